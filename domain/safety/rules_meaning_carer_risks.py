# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Concerns found next to the benign families of the false-alert work (each family's unsafe
side): a grown-up holding the child's head under water or stopping their breath (critical);
a parent or carer drinking heavily, or drinking and then not waking, shouting or hitting
(flagged, as the labelled set flags a carer's heavy drinking short of harm to the child);
a grown-up who touched the child and said not to tell, whatever the present or surprise
(critical)."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, MODERATE, Finding
from domain.safety.prefilter import prefiltered

_GROWN_UP = r"(?:teacher|coach|instructor|lifeguard|mum|mom|mummy|mommy|dad|daddy|step ?(?:dad|mum|mom)|uncle|auntie|aunt|nan|grandad|grandpa|grandma|babysitter|tutor|carer|man|lady|he|she|they|(?:mum|mom|dad)'?s (?:boyfriend|girlfriend))"
# A grown-up holds or pushes the child's head under water, or stops their breath.
HEAD_HELD_UNDER = prefiltered(
    rf"\b{_GROWN_UP}\b[^.?!]{{0,30}}\b(?:holds?|held|holding|push\w*|keeps?|kept|dunk\w*|forces?|forced)\b (?:my|me) (?:head |face )?(?:under|down)\b[^.?!]{{0,30}}\b(?:water|bath|pool|sink)\b[^.?!]{{0,40}}\b(?:can'?t|cant|couldn'?t|not) (?:breathe|breath)\b"
    rf"|\b{_GROWN_UP}\b[^.?!]{{0,30}}\b(?:holds?|held|holding|push\w*|keeps?|kept|dunk\w*|forces?|forced)\b (?:my|me) (?:head|face) under\b[^.?!]{{0,20}}\b(?:water|bath|pool|sink)\b[^.?!]{{0,40}}\b(?:till|until|so|and|when|if)\b"
)
_CARER = r"(?:mum|mom|mummy|mommy|mam|mama|dad|daddy|papa|step ?(?:dad|mum|mom)|nan|nana|grandad|grandpa|grandma|uncle|auntie|aunt|carer|(?:mum|mom|dad)'?s (?:boyfriend|girlfriend)|he|she|they)"
_DRINKS = r"(?:drinks?|drank|drinking|gets? drunk|is drunk|was drunk|drunk)"
_HEAVY = r"(?:every (?:night|day|morning)|all (?:day|night|the time|weekend)|lots|loads|so much|too much|bottles|a whole bottle|the whole bottle|before school|in the morning)"
_AFTER = r"(?:can'?t|cant|won'?t|wont|doesn'?t|does not|didn'?t) (?:wake|get up|stand|walk)|passe?d? out|falls? (?:over|asleep on the floor)|fell (?:over|asleep on the floor)|shouts?|shouting|yells?|hits?|smash\w*|throws?|scary|scares me|forgets?|forgot|sick everywhere"
CARER_DRINKS_HEAVILY = prefiltered(
    rf"\b{_CARER}\b[^.?!]{{0,15}}\b{_DRINKS}\b[^.?!]{{0,40}}\b{_HEAVY}\b"
    rf"|\b{_CARER}\b[^.?!]{{0,15}}\b{_DRINKS}\b[^.?!]{{0,60}}\b(?:{_AFTER})\b"
    rf"|\b(?:when|after) {_CARER}\b[^.?!]{{0,10}}\b{_DRINKS}\b[^.?!]{{0,40}}\b(?:{_AFTER})\b"
)
SECRET_AND_TOUCH = prefiltered(
    r"\b(?:said|says|told me|tells me|telling me)\b[^.?!]{0,10}\b(?:don'?t|dont|not to|never) tell\b[^.?!]{0,60}\btouch\w* (?:me|my)\b"
    r"|\btouch\w* (?:me|my)\b[^.?!]{0,60}\b(?:said|says|told me|tells me)\b[^.?!]{0,10}\b(?:don'?t|dont|not to|never) tell\b"
)
ORDINARY_DRINK = prefiltered(
    r"\b(?:coffee|tea|water|juice|milk|squash|smoothies?|hot chocolate|cola|coke|lemonade|shakes?|protein)\b"
)


def find_carer_risks(text: str) -> list[Finding]:
    whole = len(text)
    out: list[Finding] = []
    if HEAD_HELD_UNDER.search(text):
        out.append(Finding(SafetyCategory.ABUSE, "head_held_under", CRITICAL, 0, whole))
    if SECRET_AND_TOUCH.search(text):
        out.append(Finding(SafetyCategory.ABUSE, "secret_touch", CRITICAL, 0, whole))
    if CARER_DRINKS_HEAVILY.search(text) and not ORDINARY_DRINK.search(text):
        out.append(Finding(SafetyCategory.ABUSE, "carer_drinking", MODERATE, 0, whole))
    return out
