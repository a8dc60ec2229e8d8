# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Locked in or left behind by a carer (round 41: "they put a lock on the outside of my door n
only let me out for school", "when dad gets mad he leaves me at the rest stop n drives off for
hours"), read as meanings:

- Locked in: a lock put on the outside of the child's own door, or the child locked in a room,
  a cupboard or the basement and let out only for school, meals or the toilet, or for days,
  all weekend, every night; (miss8283) a camp's shower block or toilets, a hut, a barn.
- Left behind as a punishment: a carer who, when angry or to teach a lesson, leaves the child
  at a rest stop, a gas station, the roadside or a car park and drives off, or makes the child
  get out of the car and walk.

Near misses stay allowed: a lock on my door so my baby sister can't get in, locked myself out,
a door that got stuck, dad stopping at the rest stop for snacks, mum dropping me at the mall
with my friends."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_meaning_abuse import CARER

A = SafetyCategory.ABUSE

# (miss8283) and the places of a camp or a farm: "locked me in the shower block all night"
_ROOM = r"(?:room|bedroom|closet|cupboard|basement|cellar|attic|shed|garage|bathroom|box ?room|wardrobe|cage|crate|block|toilets?|loos?|hut|cabin|barn|stables?|outhouse|changing rooms?|store ?room|kennel|dorm)"
# Speed: at most four words before the lock (a run of "a a a ..." was tried again from each word).
LOCK_ON_THE_OUTSIDE = prefiltered(
    rf"\b(?:a |the |new |big |extra ){{0,4}}(?:locks?|bolts?|padlocks?|latch(?:es)?|chains?)\b (?:on|to) (?:the )?(?:outside|out ?side) (?:of )?(?:my|our|me and my \w+'?s?) (?:\w+ )?(?:door|{_ROOM})\b"
    rf"|\b(?:locks?|locked|bolts?|bolted|shuts?|shut) (?:me|us) in (?:my|our|the|a|his|her|their) (?:\w+ )?{_ROOM}\b[^.?!]{{0,60}}\b(?:only (?:lets?|let) (?:me|us) out|(?:won'?t|wont|don'?t|dont|doesn'?t|doesnt|never) (?:let|lets) (?:me|us) out|except (?:for|when|to)|all (?:day|night|weekend)|for (?:days|hours|nights|weeks|the whole (?:day|night|weekend|week)|the weekend|(?:two|three|four|five|\d+) (?:days|hours|nights|weeks))|every (?:night|day|weekend)|overnight|as (?:a )?punishment|when (?:i'?m|im|i am) (?:bad|naughty))"
    rf"|\bonly (?:lets?|let|allowed) (?:me|us) out (?:of (?:my|our|the) (?:\w+ )?{_ROOM} )?(?:for|to go to|to use|when (?:i|it'?s)) (?:school|meals|dinner|food|the toilet|the bathroom|pee|wee|time for school)\b"
)
LOCKED_IN_NOT = prefiltered(
    r"\b(?:keep (?:my|the) (?:little |baby |big )?(?:sister|brother|sibling|dog|cat|puppy)s? out|so (?:my|the) (?:little |baby |big )?(?:sister|brother|dog|cat|puppy) (?:can'?t|cant|doesn'?t|won'?t) (?:get|come) in|escape room|hide and seek|prank\w*|joke|joking|by accident|accidentally|(?:got|was|is) stuck|jammed|game|pretend|the dog|the puppy|the hamster|the rabbit|chickens?)\b"
)

_ANGER = (
    rf"\b(?:when|whenever|every time|if)\b (?:{CARER}|he|she|they) (?:gets?|got|is|was|are|were) (?:really |so |super |rlly |real )?(?:mad|angry|cross|upset|pissed|furious|annoyed|raging|livid)\b"
    r"|\b(?:when|whenever|every time|if) i (?:cry|cried|whine|whined|talk back|talked back|answer back|misbehave|misbehaved|am bad|was bad|am naughty|was naughty|make (?:him|her|them) mad|fight with|argue|complain)\b"
    r"|\b(?:as (?:a )?punishment|to punish (?:me|us)|to teach (?:me|us) a lesson|on purpose)\b"
)
ANGER_FRAME = prefiltered(_ANGER)
_PLACE = r"(?:rest stop|rest area|truck stop|gas station|petrol station|service station|services|side of the road|roadside|road|highway|motorway|freeway|car park|parking lot|parking garage|mall|supermarket|shop|store|park|woods|forest|middle of nowhere|bus stop|church|street|corner|curb|kerb)"
_AT_PLACE = rf"(?:me|us) (?:out )?(?:at|on|by|in|outside|off at|out at) (?:the |a |some |this )?(?:random |empty |dark )?{_PLACE}\b"
LEFT_BEHIND = prefiltered(
    rf"\b(?:leaves?|left|leaving|dumps?|dumped|ditch\w*|abandon\w*|kicks?|kicked|throws?|threw|puts?|put) {_AT_PLACE}"
)
# Dropping off is what carers do: it is leaving behind when the place is by the road or in the
# middle of nowhere and the carer drives off, or when the child is left there a long time.
_DROP = r"\b(?:drops?|dropped|dropping) (?:me|us) (?:out |off )?(?:at|on|by|in|outside|off at|out at) (?:the |a |some |this )?(?:random |empty |dark )?"
DROPPED_OFF = prefiltered(rf"{_DROP}{_PLACE}\b")
_REMOTE = r"(?:rest stop|rest area|truck stop|gas station|petrol station|service station|services|side of the road|roadside|highway|motorway|freeway|woods|forest|middle of nowhere)"
DROPPED_FAR_OFF = prefiltered(rf"{_DROP}{_REMOTE}\b")
LEFT_A_LONG_TIME = prefiltered(
    r"\bfor (?:hours|ages|an hour|a long time|like an hour|\d+ hours?)\b|\btill (?:it got |it gets )?dark\b|\b(?:all night|overnight)\b"
)
PUT_OUT_OF_THE_CAR = prefiltered(
    r"\b(?:makes?|made|forces?|forced|tells?|told) (?:me|us) (?:to )?(?:get|got) out (?:of the car )?(?:and|n|to) (?:walk|wait)\b"
    r"|\b(?:kicks?|kicked|throws?|threw) (?:me|us) out of the car\b"
)
DRIVES_OFF = prefiltered(
    r"\b(?:dr(?:ove|ives|ive|iving)|speeds?|sped|goes|went|takes? off|took off) (?:off|away|home|without (?:me|us))\b|\bfor (?:hours|ages|an hour|a long time|like an hour|\d+ hours?)\b|\btill (?:it got |it gets )?dark\b|\b(?:all night|overnight)\b"
)
LEFT_NOT = prefiltered(
    r"\b(?:snacks?|bathroom break|pee break|toilet|with (?:my )?(?:friends?|mates|bff|bestie|cousins?|grandma|nan|gran)|for (?:my |a )?(?:party|practice|training|lesson|class|school|sleepover|camp)|came back (?:in|after) (?:like )?(?:a |\d+ )?(?:minute|min|sec)|joking|prank)\b"
)


def _left_and_gone(text: str) -> bool:
    if (LEFT_BEHIND.search(text) or DROPPED_FAR_OFF.search(text)) and DRIVES_OFF.search(text):
        return True
    return DROPPED_OFF.search(text) is not None and LEFT_A_LONG_TIME.search(text) is not None


def find_locked_or_left(text: str) -> list[Finding]:
    if LOCK_ON_THE_OUTSIDE.search(text) and not LOCKED_IN_NOT.search(text):
        return [Finding(A, "locked_in", CRITICAL, 0, len(text))]
    if (
        (_left_and_gone(text) or PUT_OUT_OF_THE_CAR.search(text))
        and ANGER_FRAME.search(text)
        and not LEFT_NOT.search(text)
    ):
        return [Finding(A, "left_behind_as_punishment", CRITICAL, 0, len(text))]
    return []
