# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Non-critical flags of round 24, each widened to its family: a door, alarm, key-safe or
card code with its digits; walking home or to school alone with the time or the route;
picked last, laughed at, or told "you can't be in our group"; not wanting a child in the
group because of their colour or religion; making a fire with a lighter or matches; a
battery, magnet or coin in the mouth; bringing a knife or hammer in to school; a little bag
of powder or pills, or a needle, found somewhere."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_meaning_flags import PLAYFUL

_DIGITS = r"(?:\d[\d\s-]{2,12}\d|(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double \w+)[\s,-]*){3,8})"
_LOCKED = r"(?:door|gate|house|home|flat|alarm|key ?safe|keysafe|garage|building|lock|padlock|bank card|card|phone|ipad|tablet|safe|shed|front|back)"
# A code, PIN or password for a door, alarm, card or phone, with its digits.
HOME_CODE = prefiltered(
    rf"\b(?:code|pin|passcode|password|combination|number)\b[^.?!]{{0,30}}\b{_LOCKED}\b[^.?!]{{0,20}}\b(?:is|=|:)\s*{_DIGITS}"
    rf"|\b{_LOCKED}'?s? (?:code|pin|passcode|password|number|combination)\b[^.?!]{{0,15}}\b(?:is|=|:)\s*{_DIGITS}"
    rf"|\b(?:key ?safe|alarm) (?:number|code)\b[^.?!]{{0,20}}\bis\s*{_DIGITS}"
)
# Walking home or to school alone, with the time or the way.
_ALONE = r"(?:on my own|by myself|by my self|alone|on my tod)"
_WHEN_OR_WAY = r"(?:at \d|\d[:.]\d\d|at half \w+|half (?:past )?\w+|every (?:day|morning|night|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)|(?:down|along|through|past|via|up|across) (?:the )?\w+ (?:road|street|lane|alley|park|way|avenue|drive|close|path|shop|field)|the alley|the shortcut)"
WALKS_ALONE = prefiltered(
    rf"\b(?:walk|go|cycle|bike|ride|come|get)\w* (?:home|to school|back)\b[^.?!]{{0,60}}\b{_ALONE}\b[^.?!]{{0,40}}\b{_WHEN_OR_WAY}"
    rf"|\b(?:walk|go|cycle|bike|ride|come|get)\w* (?:home|to school|back)\b[^.?!]{{0,60}}\b{_WHEN_OR_WAY}[^.?!]{{0,40}}\b{_ALONE}\b"
    rf"|\b(?:walk|go|cycle|bike|ride)\w* (?:home |to school |back )?{_ALONE}\b[^.?!]{{0,50}}\b{_WHEN_OR_WAY}"
)
# Picked last, laughed at, or shut out of a group by other children.
LEFT_OUT_BY_PEERS = prefiltered(
    r"\bpicked last\b|\b(?:nobody|no one|no-one) (?:picks|picked|wants|wanted|chose|chooses) me\b|\b(?:everyone|everybody|the whole class|they all|all of them|all the \w+) laughed at me\b"
    r"|\b(?:said|says|told me|tell me|say)\b (?:that )?(?:i|im|i'?m|i am)\b (?:can'?t|cant|cannot|can not|am not allowed to|'?m not allowed to|not allowed to) (?:be in (?:it|their \w+|the (?:group|club|gang|team|game|den|chat|group chat))|join (?:in|them|it|their \w+|the (?:group|club|gang|game))|play with (?:them|us)|sit with (?:them|us)|be (?:their|your) friend|be part of (?:it|their \w+|the (?:group|club|gang)))\b"
    r"|\bmade a (?:new )?(?:group|club|gang|group chat)\b[^.?!]{0,30}\b(?:without me|except me|i can'?t|i cant|not allowed)\b|\bwon'?t let me (?:play|join|sit|be in)\b"
)
# Not wanting a child around because of colour or religion.
PREJUDICE_EXCLUDES = prefiltered(
    r"\b(?:don'?t|dont|won'?t|wont|not|never|hate)\b[^.?!]{0,40}\b(?:cos|coz|cause|because|since|as)\s+(?:he|she|they)(?:'?s|'?re| is| are| r)\s+(?:black|brown|white|asian|chinese|muslim|jewish|indian|pakistani|polish|gay|disabled|a refugee|refugees|foreign|african|a gypsy|a traveller|romanian|hindu|sikh)\b"
)
# Making a fire with a lighter or matches.
MAKE_FIRE = prefiltered(
    r"\bhow (?:do|can|would|to|do u|do you|do i|can i|can u)\b[^.?!]{0,15}\b(?:make|start|light|build)\w* (?:a |the )?(?:fire|flames?|campfire|bonfire)\b"
    r"|\b(?:make|start|light|build)\w* (?:a |the )?(?:fire|campfire|bonfire)\b[^.?!]{0,30}\b(?:lighter|matches|match)\b"
)
FIRE_SUPERVISED = prefiltered(
    r"\b(?:with (?:my |the |a )?(?:dad|daddy|mum|mummy|mom|grown-?ups?|leader|adults?|teacher|parents|grandad|grandpa|scouts?|beavers|cubs|brownies)|showed me|taught me|supervis\w*|fire (?:drill|engine|station|fighters?|man|men))\b"
)
# A battery, magnet or coin in the mouth, or swallowed.
_SMALL_THING = r"(?:batter(?:y|ies)|magnets?|coins?|marbles?|beads?|pins?|screws?|lego)"
MOUTH_HAZARD = prefiltered(
    rf"\b{_SMALL_THING}\b[^.?!]{{0,20}}\b(?:in|into|up) (?:my|your|his|her) (?:mouth|nose|ear)\b"
    rf"|\b(?:swallow|lick|suck|eat|chew|bite)\w*\b[^.?!]{{0,15}}\b{_SMALL_THING}\b"
)
# Bringing a weapon in to school, or to use on someone.
_INTEND = r"(?:ima|imma|i'?ma|i'?m gonna|im gonna|i'?m going to|im going to|gonna|i'?ll|ill|i will|i wanna|i want to)"
WEAPON_IN = prefiltered(
    rf"\b{_INTEND}\s+(?:bring|take|carry|sneak|get)\b[^.?!]{{0,30}}\b(?:knife|knives|blade|gun|hammer|bat|machete|axe|screwdriver)\b[^.?!]{{0,30}}\b(?:in|to school|tomorrow|if|to (?:scare|hurt|show|get|stab|use))\b"
)
CUTLERY = prefiltered(
    r"\b(?:knife and fork|butter knife|cut (?:my|the) (?:food|cake|apple|sandwich|pizza)|baseball|cricket|rounders)\b"
)
# A little bag of powder or pills, or a needle, found.
FOUND_DRUGS = prefiltered(
    r"\b(?:found|find|saw|there'?s|there is|there was|theres)\b[^.?!]{0,40}\b(?:bag|baggie|packet|bags)\b (?:of|with) (?:some |white |brown |green |little |weird |funny )*(?:powder|stuff|pills|tablets|crystals)\b"
    r"|\b(?:found|find)\b[^.?!]{0,20}\b(?:needle|syringe)s?\b|\b(?:pills|tablets|powder) in a (?:little |tiny |small )?(?:bag|baggie)\b"
)

_FLAGS = (
    (HOME_CODE, SafetyCategory.PERSONAL_INFO, None),
    (WALKS_ALONE, SafetyCategory.PERSONAL_INFO, None),
    (LEFT_OUT_BY_PEERS, SafetyCategory.DISTRESS, PLAYFUL),
    (PREJUDICE_EXCLUDES, SafetyCategory.HATE, None),
    (MAKE_FIRE, SafetyCategory.DANGEROUS_ACTIVITY, FIRE_SUPERVISED),
    (MOUTH_HAZARD, SafetyCategory.DANGEROUS_ACTIVITY, None),
    (WEAPON_IN, SafetyCategory.VIOLENCE, CUTLERY),
    (FOUND_DRUGS, SafetyCategory.DRUGS_ALCOHOL, None),
)


def find_everyday_flags(text: str) -> list[Finding]:
    return [
        Finding(category, "flag_more", MODERATE, 0, len(text))
        for pattern, category, unless in _FLAGS
        if pattern.search(text) and not (unless is not None and unless.search(text))
    ]
