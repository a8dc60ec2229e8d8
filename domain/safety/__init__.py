"""The child-safety engine: framework-free, offline, batch-friendly."""

from domain.safety.engine import ENGINE_VERSION, SafetyEngine
from domain.safety.responses import blocked_child_reply, incident_severity, teddy_fallback_reply
from domain.safety.risk import GROOMING_STAGES, RiskState, update_risk
from domain.safety.toxicity import NullScorer, ProfanityCheckScorer, ToxicityScorer
from domain.safety.verdict import AssessmentRequest, Span, Verdict, level_for_score

__all__ = [
    "ENGINE_VERSION",
    "GROOMING_STAGES",
    "AssessmentRequest",
    "NullScorer",
    "ProfanityCheckScorer",
    "RiskState",
    "SafetyEngine",
    "Span",
    "ToxicityScorer",
    "Verdict",
    "blocked_child_reply",
    "incident_severity",
    "level_for_score",
    "teddy_fallback_reply",
    "update_risk",
]
