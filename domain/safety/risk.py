"""Conversation-level risk: grooming stages and repeated distress build up across turns."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from domain.enums import SafetyCategory, SafetyLevel, Speaker
from domain.safety.verdict import Verdict, level_for_score

GROOMING_STAGES = ("trust", "secrecy", "isolation", "photo", "meeting", "gifts")
_STAGE_SET = frozenset(GROOMING_STAGES)
_DECAY = 0.85  # share of the running score kept per turn
_CRITICAL = frozenset(
    {SafetyCategory.SELF_HARM, SafetyCategory.ABUSE, SafetyCategory.GROOMING, SafetyCategory.SEXUAL}
)


@dataclass(frozen=True, slots=True)
class RiskState:
    """Running risk of one conversation, stored as JSON between turns."""

    score: float = 0.0
    """0..1, 1 is the highest risk."""
    stages: frozenset[str] = frozenset()
    distress_turns: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 4),
            "stages": sorted(self.stages),
            "distress_turns": self.distress_turns,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> RiskState:
        """Tolerant of missing or malformed fields: bad values fall back to defaults."""
        if not isinstance(data, Mapping):
            return cls()
        try:
            score = float(data.get("score", 0.0))
        except (TypeError, ValueError):
            score = 0.0
        if score != score:  # NaN
            score = 0.0
        raw_stages = data.get("stages") or ()
        stages = (
            frozenset(s for s in raw_stages if isinstance(s, str) and s in _STAGE_SET)
            if isinstance(raw_stages, list | tuple | set | frozenset)
            else frozenset()
        )
        try:
            distress = max(0, int(data.get("distress_turns", 0)))
        except (TypeError, ValueError):
            distress = 0
        return cls(score=min(1.0, max(0.0, score)), stages=stages, distress_turns=distress)

    @property
    def level(self) -> SafetyLevel:
        return level_for_score(round(1.0 - self.score, 6))


def stages_in(verdict: Verdict, *, established: bool = False) -> frozenset[str]:
    """Grooming stages shown by this verdict; mere mentions ("secrecy_mention") count only
    once the conversation already has stages (someone is already grooming the child)."""
    found = set()
    for span in verdict.spans:
        if span.category is not SafetyCategory.GROOMING:
            continue
        if span.label in _STAGE_SET:
            found.add(span.label)
        elif established and span.label.removesuffix("_mention") in _STAGE_SET:
            found.add(span.label.removesuffix("_mention"))
    return frozenset(found)


def stage_risk(stages: frozenset[str]) -> float:
    """Risk implied by the grooming stages seen so far."""
    count = len(stages)
    if count == 0:
        return 0.0
    risk = {1: 0.15, 2: 0.4, 3: 0.6}.get(count, 0.75)
    if "photo" in stages or "meeting" in stages:
        risk += 0.1 if count >= 2 else 0.0
    return min(0.95, risk)


def distress_risk(turns: int) -> float:
    if turns <= 1:
        return 0.1 * turns
    return min(0.7, 0.15 * turns)


def update_risk(
    state: RiskState, verdict: Verdict, *, speaker: Speaker = Speaker.CHILD
) -> RiskState:
    """The conversation's risk after this message."""
    stages = state.stages | stages_in(verdict, established=bool(state.stages))
    distress = state.distress_turns
    if (
        speaker is Speaker.CHILD
        and SafetyCategory.DISTRESS in verdict.categories
        and verdict.level in (SafetyLevel.FLAGGED, SafetyLevel.BLOCKED)
    ):
        distress += 1
    message_risk = 1.0 - verdict.score
    if verdict.level is SafetyLevel.BLOCKED and _CRITICAL.intersection(verdict.categories):
        message_risk = max(message_risk, 0.8)
    if speaker is Speaker.TEDDY:
        message_risk *= 0.5  # an unsafe teddy reply is replaced; it still counts
    carried = state.score * _DECAY
    score = max(
        carried,
        message_risk * 0.9,
        stage_risk(stages),
        distress_risk(distress),
        min(1.0, carried + message_risk * 0.3),
    )
    return RiskState(
        score=round(min(1.0, max(0.0, score)), 4), stages=stages, distress_turns=distress
    )
