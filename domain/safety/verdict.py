"""The engine's answer for one message and the request that asks for it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from domain.enums import SafetyCategory, SafetyLevel, Speaker

if TYPE_CHECKING:
    from domain.safety.risk import RiskState


def level_for_score(score: float) -> SafetyLevel:
    """Score bands: safe 1.0, minor 0.8-0.99, flagged 0.5-0.79, blocked below 0.5."""
    if score >= 1.0:
        return SafetyLevel.SAFE
    if score >= 0.8:
        return SafetyLevel.MINOR
    if score >= 0.5:
        return SafetyLevel.FLAGGED
    return SafetyLevel.BLOCKED


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the original text that triggered a category."""

    start: int
    end: int
    category: SafetyCategory
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "category": self.category.value,
            "label": self.label,
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    score: float
    """0..1, 1 is safe."""
    level: SafetyLevel
    categories: tuple[SafetyCategory, ...]
    spans: tuple[Span, ...]
    redacted_text: str
    """The original text with personal information replaced by placeholders."""
    engine_version: str
    toxicity: float
    """The learned model's probability of toxic language; 0 when the model was skipped."""

    @property
    def blocked(self) -> bool:
        return self.level is SafetyLevel.BLOCKED

    @property
    def allowed(self) -> bool:
        return self.level in (SafetyLevel.SAFE, SafetyLevel.MINOR)

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 4),
            "level": self.level.value,
            "categories": [c.value for c in self.categories],
            "spans": [s.to_dict() for s in self.spans],
            "redacted_text": self.redacted_text,
            "engine_version": self.engine_version,
            "toxicity": round(self.toxicity, 4),
        }


@dataclass(frozen=True, slots=True)
class AssessmentRequest:
    text: str
    age: int
    speaker: Speaker = Speaker.CHILD
    risk: RiskState | None = None
