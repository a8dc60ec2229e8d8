# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A plan to overdose (round 36): "my plan is wait till everyone is asleep then take all the
tablets in the bathroom cupboard". Taking all one's tablets as the doctor said, or taking the
tablets to grandma, is not it."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

S = SafetyCategory.SELF_HARM

_PILLS = r"(?:tablets|pills|meds|medicines?|paracetamol|painkillers|capsules|sleeping (?:pills|tablets)|calpol|ibuprofen)"
PLAN_TO_TAKE_ALL = prefiltered(
    rf"\b(?:my plan|plan(?:ning)? (?:is |to )|i'?m (?:going|gonna) to|i'?m gonna|im gonna|gonna|i will|i'?ll|i want to|i wanna|then|tonight i)\b[^.?!]{{0,70}}\b(?:take|swallow|eat|down|have|neck)\b (?:all|every|everything|loads|lots|a whole|the whole|a whole box|a bunch|all the|all of)\b[^.?!]{{0,30}}?\b{_PILLS}\b"
)
WHILE_NOBODY_SEES = prefiltered(
    r"\b(?:(?:wait|waiting) (?:till|until|for)|when|once|after)\b (?:every(?:one|body)|they|mum and dad|mum|mom|dad|my parents|the house|all of them)\b[^.?!]{0,15}\b(?:asleep|in bed|out|gone|sleeping|at work)\b"
    r"|\b(?:bathroom|kitchen|medicine) (?:cupboard|cabinet|drawer|box)\b|\bmy plan\b|\bnobody (?:will|would|can) (?:stop|find|see)\b"
)
PILLS_AS_PRESCRIBED = prefiltered(
    r"\b(?:doctor|nurse|prescri\w*|get better|antibiotics|course|inhaler|vitamins?|to (?:grandma|nan|nana|gran|granny|grandad|school|the)|with (?:water|food|my breakfast)|every (?:day|morning|night)|each (?:day|morning)|chewable|supposed to|told me to)\b"
)


def find_overdose_plan(text: str) -> list[Finding]:
    if (
        PLAN_TO_TAKE_ALL.search(text)
        and WHILE_NOBODY_SEES.search(text)
        and not PILLS_AS_PRESCRIBED.search(text)
    ):
        return [Finding(S, "self_harm_means", CRITICAL, 0, len(text))]
    return []
