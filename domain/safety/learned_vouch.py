"""The learned stage's vouch: a child's line the rules flagged or blocked is lowered to minor
when the learned "needs a grown-up" head is sure it is harmless.

The rules flag many harmless lines on a topic they have not met ("that injection was brutal but
im glad i had it" as drugs, "im so nervous for my swimming badge test" as distress). Left one
blind round out at a time (rounds 46-65), a head trained on whether a line's label is flag or
block, read at 0.1, took benign pass from 0.966 to 0.974 (12 of the 57 harmless lines lost)
and let 3 of 500 flag lines through, with no critical line lowered. The vouch reaches only
flags of the categories where those false alerts fall; a flag that names a critical harm,
personal information, profanity, an insult or hate stays a flag, as does any line the critical
head does not clear, and the teddy's lines (the stage's only say on them is to raise).

The rules' blocks of the same categories are read the same way: "ugh my brother ate the last
cookie im gonna kill him" and "coach says were gonna murder them on saturday lol" are blocked
as violence. Left one blind round out at a time, with the thresholds calibrated as the engine
runs (vouch counted), it lowered 3 more harmless lines on rounds 46-69 (where it was chosen)
and 3 on rounds 70-85 (1,316 -> 1,319 of 1,360), with no flag or block line lowered and
critical recall unchanged; over rounds 12-85 it lowered 9 blocks, every one a harmless line.
A block of a critical category, personal information, profanity, an insult or hate stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from domain.enums import SafetyCategory, SafetyLevel, Speaker
from domain.safety.semantic import SemanticScore, SemanticStage
from domain.safety.verdict import AssessmentRequest, Verdict

VOUCHED_SCORE = 0.8
"""The top of the flagged band's neighbour: minor's lowest score."""
VOUCHABLE = frozenset(
    {
        SafetyCategory.DISTRESS,
        SafetyCategory.DANGEROUS_ACTIVITY,
        SafetyCategory.VIOLENCE,
        SafetyCategory.DRUGS_ALCOHOL,
    }
)

_VOUCHED_LEVELS = (SafetyLevel.FLAGGED, SafetyLevel.BLOCKED)


def vouch_for_flags(
    stage: SemanticStage | None,
    requests: Sequence[AssessmentRequest],
    verdicts: list[Verdict],
    scores: dict[int, SemanticScore],
    texts: Sequence[str],
) -> list[Verdict]:
    """`verdicts` with each vouched flag or block lowered to minor (`texts`: the model's text
    of each request; `scores`: the critical head's, for the lines it scored high enough to
    keep)."""
    head = None if stage is None or stage.failed else stage.model.harm
    if stage is None or head is None:
        return verdicts
    limit = stage.thresholds.flagged_to_block
    asked = [
        i
        for i, (request, verdict) in enumerate(zip(requests, verdicts, strict=True))
        if verdict.level in _VOUCHED_LEVELS
        and request.speaker is Speaker.CHILD
        and verdict.categories
        and set(verdict.categories) <= VOUCHABLE
        and (i not in scores or scores[i].critical < limit)
    ]
    if not asked:
        return verdicts
    harm = stage.harm([texts[i] for i in asked])
    if harm is None:
        return verdicts
    out = list(verdicts)
    for i, probability in zip(asked, harm, strict=True):
        if probability < head.vouch:
            out[i] = replace(verdicts[i], score=VOUCHED_SCORE, level=SafetyLevel.MINOR)
    return out
