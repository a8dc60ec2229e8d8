"""What follows a verdict: incident severity and the teddy's calm scripted answers."""

from __future__ import annotations

import json
from importlib import resources

from domain.enums import AgeGroup, SafetyCategory, SafetyLevel, Severity
from domain.safety.verdict import Verdict

C = SafetyCategory

_ALWAYS_CRITICAL = frozenset({C.SELF_HARM, C.ABUSE})
_CRITICAL_WHEN_BLOCKED = frozenset({C.GROOMING, C.SEXUAL})


def _category_severity(category: SafetyCategory, blocked: bool, age: int) -> Severity:
    young = AgeGroup.for_age(age) is AgeGroup.AGES_3_6
    if category in _ALWAYS_CRITICAL:
        return Severity.CRITICAL if blocked else Severity.HIGH
    if category in _CRITICAL_WHEN_BLOCKED:
        return Severity.CRITICAL if blocked else Severity.HIGH
    if category in (C.VIOLENCE, C.HATE):
        return Severity.HIGH if blocked else Severity.MEDIUM
    if category in (C.DANGEROUS_ACTIVITY, C.DRUGS_ALCOHOL):
        return Severity.HIGH if blocked and young else Severity.MEDIUM
    if category is C.PERSONAL_INFO:
        return Severity.HIGH if blocked or young else Severity.MEDIUM
    if category is C.DISTRESS:
        return Severity.HIGH if blocked else Severity.MEDIUM
    return Severity.MEDIUM if blocked else Severity.LOW  # profanity, insult


def incident_severity(verdict: Verdict, age: int) -> Severity | None:
    """None when there is no incident (safe or minor); else the worst category's severity."""
    if verdict.level in (SafetyLevel.SAFE, SafetyLevel.MINOR):
        return None
    blocked = verdict.level is SafetyLevel.BLOCKED
    if not verdict.categories:
        return Severity.MEDIUM if blocked else Severity.LOW
    return max(
        (_category_severity(c, blocked, age) for c in verdict.categories), key=lambda s: s.rank
    )


# Scripts by topic and age band (3-6, 7-10, 11-13): calm, short, never repeating the child's words.
_DATA = json.loads(resources.files("domain.safety").joinpath("scripts.json").read_text("utf-8"))
_SCRIPTS: dict[str, tuple[str, str, str]] = {k: tuple(v) for k, v in _DATA["topics"].items()}
_FALLBACKS: tuple[str, str, str] = tuple(_DATA["fallbacks"])
_TOPIC = {
    C.SELF_HARM: "self_harm",
    C.ABUSE: "abuse",
    C.GROOMING: "grooming",
    C.SEXUAL: "sexual",
    C.PERSONAL_INFO: "personal_info",
    C.DISTRESS: "distress",
    C.VIOLENCE: "danger",
    C.DANGEROUS_ACTIVITY: "danger",
    C.DRUGS_ALCOHOL: "danger",
    C.HATE: "kindness",
    C.INSULT: "kindness",
    C.PROFANITY: "kindness",
}
_PRIORITY = (
    C.SELF_HARM, C.ABUSE, C.GROOMING, C.SEXUAL, C.DISTRESS, C.VIOLENCE, C.DANGEROUS_ACTIVITY,
    C.DRUGS_ALCOHOL, C.PERSONAL_INFO, C.HATE, C.INSULT, C.PROFANITY,
)  # fmt: skip
_BAND_INDEX = {AgeGroup.AGES_3_6: 0, AgeGroup.AGES_7_10: 1, AgeGroup.AGES_11_13: 2}


def blocked_child_reply(verdict: Verdict, age: int) -> str:
    """The calm, age-appropriate answer the teddy gives instead of the AI's."""
    present = set(verdict.categories)
    topic = next((_TOPIC[c] for c in _PRIORITY if c in present), "kindness")
    return _SCRIPTS[topic][_BAND_INDEX[AgeGroup.for_age(age)]]


def teddy_fallback_reply(age: int) -> str:
    """A safe reply that replaces a teddy reply failing the safety check."""
    return _FALLBACKS[_BAND_INDEX[AgeGroup.for_age(age)]]
