# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Flattery about the child's maturity joined to a meeting out of sight (round 48: "he says im
really mature for my age and we should meet behind the tents at the campsite"), read as a
meaning: someone calls the child mature or grown up for their age, older than their years, not
like other kids, and wants to meet or hang out behind something, round the back, in the woods,
at his tent, caravan, car or flat, alone, just the two of them, or where nobody can see.

Near misses stay allowed: a teacher's report that says "mature for my age", mum saying the child
is grown up enough to walk to school, friends meeting behind the tents to tell ghost stories,
grandma meeting the child at the cafe."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

G = SafetyCategory.GROOMING

MATURE_FLATTERY = prefiltered(
    r"\b(?:mature|grown[- ]?up|grownup|old|older|wise|adult) for (?:my|your|ur|her|his|a|an) (?:age|\d+|(?:\w+ )?year[- ]old)\b"
    r"|\b(?:mature|grown[- ]?up) for (?:only )?(?:\d+|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\b"
    r"|\b(?:more|way more|much more|so much more) (?:mature|grown[- ]?up) than (?:the others|others|the other|other|all the|the rest|kids|girls|boys|anyone|everyone|my friends|(?:the )?(?:girls|boys|kids) (?:my|in my))\b"
    r"|\b(?:so|really|very|super|dead|well|rlly|rly) mature\b"
    r"|\b(?:act|acts|seem|seems|look|looks|talk|talks) (?:way |much |so )?(?:older|more grown[- ]?up) than (?:my|your|ur) age\b"
    r"|\bnot like (?:the )?other (?:girls|boys|kids|children)(?: (?:my|your|ur) age)?\b"
)
FAMILY_FLATTERS = prefiltered(
    r"\b(?:mum|mom|mummy|mommy|mam|dad|daddy|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunt|parents|(?:my|the) teachers?|head ?teacher|report|parents'? evening)\b"
)
_MEET = r"(?:meet|meeting|hang out|hanging out|come|go|see me|wait|chill|sneak|walk)"
HIDDEN_MEETING = prefiltered(
    rf"\b{_MEET}\b[^.?!]{{0,40}}\b(?:behind (?:the|a|his|her|those|that) \w+|round the back|around the back|at the back of|in the woods|in the trees|in the bushes|down by the (?:river|lake|canal)|under the (?:bridge|pier)|(?:at|in|to) (?:his|her|their) (?:tent|caravan|car|van|flat|house|place|room|cabin|hut|shed)|(?:somewhere|some ?place) (?:quiet|private|secret|nobody|no one|alone|hidden)|where (?:no ?one|nobody|no-one|mum|mom|dad|my (?:mum|mom|dad|parents)) (?:can'?t|cant|cannot|can|won'?t|wont|will|would|could|couldn'?t)? ?(?:see|find|know|look)|(?:just )?(?:us two|the two of us|me and him|me and her|him and me)|alone|on (?:my|our) own|by myself|in secret|secretly)\b"
)


def find_mature_and_meet(text: str) -> list[Finding]:
    if (
        MATURE_FLATTERY.search(text)
        and HIDDEN_MEETING.search(text)
        and not FAMILY_FLATTERS.search(text)
    ):
        return [Finding(G, "grooming_told", CRITICAL, 0, len(text), "isolation")]
    return []
