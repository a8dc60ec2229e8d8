"""How what a conversation has already shown raises one message's risks: grooming stages
adding up across turns, repeated distress, and a conversation already running hot."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, MILD, MODERATE, SEVERE, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.risk import GROOMING_STAGES, RiskState

_BENIGN_SECRET = prefiltered(r"\b(?:surprise|present|gift|birthday|party|handshake|crush)\b")


def escalate_with_conversation(
    risks: dict[SafetyCategory, float],
    findings: list[Finding],
    state: RiskState,
    text: str,
    *,
    teddy: bool,
) -> None:
    """Escalate this message's risks given what the conversation has already shown."""
    stages_now = {f.stage for f in findings if f.stage in GROOMING_STAGES}
    if state.stages and not _BENIGN_SECRET.search(text):
        # Once someone is grooming the child, a bare "don't tell your mom" counts too.
        stages_now |= {
            f.label.removesuffix("_mention")
            for f in findings
            if f.label.removesuffix("_mention") in GROOMING_STAGES
        }
    if stages_now and not (
        stages_now == {"secrecy"} and _BENIGN_SECRET.search(text) and not state.stages
    ):
        all_stages = set(state.stages) | stages_now
        new_or_repeat = len(all_stages)
        if new_or_repeat >= 3 or (state.stages and stages_now & {"photo", "meeting", "isolation"}):
            bump = CRITICAL
        elif new_or_repeat == 2 or state.score >= 0.4:
            risky = all_stages & {"photo", "meeting", "isolation"}
            bump = SEVERE if risky and not _BENIGN_SECRET.search(text) else MODERATE + 0.1
        else:
            bump = MILD
        risks[SafetyCategory.GROOMING] = max(risks.get(SafetyCategory.GROOMING, 0.0), bump)
    if (
        not teddy
        and SafetyCategory.DISTRESS in risks
        and risks[SafetyCategory.DISTRESS] >= MODERATE
    ):
        turns = state.distress_turns
        if turns >= 3:
            risks[SafetyCategory.DISTRESS] = max(risks[SafetyCategory.DISTRESS], SEVERE)
        elif turns >= 1:
            risks[SafetyCategory.DISTRESS] += 0.06 * turns
    if state.score >= 0.6 and risks:
        top = max(risks, key=lambda c: risks[c])
        if risks[top] >= MODERATE:
            risks[top] = min(1.0, risks[top] + 0.15)
