# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Concerns found next to the benign families of the false-alert work (each family's unsafe
side): a grown-up holding the child's head under water or stopping their breath (critical);
a parent or carer drinking heavily, or drinking and then not waking, shouting or hitting
(flagged, as the labelled set flags a carer's heavy drinking short of harm to the child);
a grown-up who touched, kissed, hurt or took the child to bed and said not to tell,
whatever present or surprise it was wrapped in (critical; a grandparent's or parent's
kiss goodnight is not)."""

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
_TELL_NOT = r"(?:said|says|told me|tells me|telling me|made me promise)\b[^.?!]{0,10}\b(?:don'?t|dont|not to|never) tell"
_DONE_TO_CHILD = r"touch\w* (?:me|my)|kiss\w* me|hurts? me|hurt\w* me|hit\w* me|smack\w* me|took me (?:in|into|to) (?:his|her|the) (?:bed|bedroom|room|car|van)|in (?:his|her) bed|(?:got|gets|get) in (?:my|his|her) bed|on (?:his|her) lap"
# A grown-up who did something to the child and said not to tell, whatever the present or
# surprise it was wrapped in.
SECRET_AND_TOUCH = prefiltered(
    rf"\b{_TELL_NOT}\b[^.?!]{{0,70}}\b(?:{_DONE_TO_CHILD})\b|\b(?:{_DONE_TO_CHILD})\b[^.?!]{{0,60}}\b{_TELL_NOT}\b"
)
# A family kiss goodnight is not the act above.
FAMILY_KISS = prefiltered(
    r"\bkiss\w* me (?:goodnight|good night|bye|goodbye|on (?:the|my) (?:cheek|head|forehead))\b|\b(?:grandma|nan|nana|nanny|granny|gran|mum|mummy|mom|mommy|auntie) (?:said|says|told me|made me promise)\b"
)
ORDINARY_DRINK = prefiltered(
    r"\b(?:coffee|tea|water|juice|milk|squash|smoothies?|hot chocolate|cola|coke|lemonade|shakes?|protein)\b"
)


def find_carer_risks(text: str) -> list[Finding]:
    whole = len(text)
    out: list[Finding] = []
    if HEAD_HELD_UNDER.search(text):
        out.append(Finding(SafetyCategory.ABUSE, "head_held_under", CRITICAL, 0, whole))
    secret_act = SECRET_AND_TOUCH.search(text)
    if secret_act and not ("kiss" in secret_act.group() and FAMILY_KISS.search(text)):
        out.append(Finding(SafetyCategory.ABUSE, "secret_touch", CRITICAL, 0, whole))
    if CARER_DRINKS_HEAVILY.search(text) and not ORDINARY_DRINK.search(text):
        out.append(Finding(SafetyCategory.ABUSE, "carer_drinking", MODERATE, 0, whole))
    return out
