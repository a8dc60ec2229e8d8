# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Bullied for things (round 37): other children (the big girls, the older boys, the year
sixes, a kid at school) who keep taking the child's money, lunch, snacks or things, and say
they will get, hurt or beat the child up if they tell. A flag (distress), as the labelled sets
have it: not grooming (no gift), and not the threat about telling that marks abuse by a
grown-up. Anything sexual, a grown-up, or being held down spoils it.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered

D = SafetyCategory.DISTRESS

_KIDS = r"(?:kids?|boys?|girls?|lads|bull(?:y|ies)|year (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven)s?|year (?:sixes|fives|fours|sevens|eights|nines|tens|elevens)|teenagers|teens|big (?:ones|uns)|gang|someone|somebody|(?:older|bigger|big|mean|other) (?:kids?|boys?|girls?|ones|lads))"
_MY_THINGS = r"(?:money|lunch money|dinner money|pocket money|lunch|lunches|snacks?|sweets|crisps|phone|pencil case|pens|cards|pokemon cards|stuff|things|toys?|bag|hat|ball|tuck|break|packed lunch|tiffin|dinner)"
# Other children keep taking my things ...
TAKE_MY_THINGS = prefiltered(
    rf"\b{_KIDS}\b[^.?!]{{0,30}}\b(?:keeps? |always |still |every day |)(?:tak(?:e|es|ing)|took|steal(?:s|ing)?|stole|nick(?:s|ed|ing)?|grab(?:s|bed|bing)?|snatch(?:es|ed|ing)?)\b (?:my|all my|our) {_MY_THINGS}\b"
    rf"|\bmake (?:me|us) (?:give|hand over) (?:them |him |her )?(?:my|our) {_MY_THINGS}\b"
)
# ... and threaten me if I tell.
IF_I_TELL_THREAT = prefiltered(
    r"\b(?:get|gets|got|hurt|hurts|beat|beats|batter|smash|punch|bash|kick|jump|sort) (?:me|us)(?: up)?\b[^.?!]{0,25}\bif (?:i|we) (?:ever )?(?:tell|told|say|snitch|grass)\b"
    r"|\bif (?:i|we) (?:ever )?(?:tell|told|say|snitch|grass)\b[^.?!]{0,30}\b(?:get|gets|got|hurt|beat|batter|smash|punch|bash|kick|jump) (?:me|us)\b"
    r"|\b(?:get|gets|got|beat|batter) (?:me|us)(?: up)? (?:tomorrow|after school|at home time|later)\b"
)
BULLIED_NOT = prefiltered(
    r"\b(?:touch\w*|naked|privates?|private parts?|pants|knickers|kiss\w*|did stuff|does stuff|held me down|hold me down|pinned|photos?|pics?|pictures?|video|secret game|joke|joking|lol|haha\w*)\b"
    r"|\b(?:(?:a|the|this|that|some|old|big) (?:man|men|lady|woman)|grown ?ups?|adults?|uncle|coach|step ?dad|stepdad|carer|babysitter|neighbou?r|he'?s \d\d|(?:1[89]|[2-9]\d) years? old)\b"
)


# (false alerts 5) ... or other children, or "they", threatening me if I tell with no thing
# taken ("they'd beat me up if i tell", "the year 6 boys said theyd get me if i told miss"),
# as long as no one of the family is named: "dad said they'd beat me up" stays abuse.
PEERS_THREATEN = prefiltered(rf"\b(?:they|they'?d|theyd|they'?ll|theyll|{_KIDS})\b")
_FAMILY_NAMED = prefiltered(
    r"\b(?:mum|mom|mam|mummy|mommy|mama|dad|daddy|papa|father|mother|parents?|step ?\w+|uncle|aunt|auntie|aunty|nan|nana|gran|granny|grandma|grandad|grandpa|cousin|brother|sister|he|she|him|her)\b"
)


def bullied_for_things(text: str) -> bool:
    """Other children taking the child's things, or just other children, threatening them
    if they tell."""
    if IF_I_TELL_THREAT.search(text) is None or BULLIED_NOT.search(text):
        return False
    if TAKE_MY_THINGS.search(text) is not None:
        return True
    return PEERS_THREATEN.search(text) is not None and _FAMILY_NAMED.search(text) is None


def find_bullied_flags(text: str) -> list[Finding]:
    return (
        [Finding(D, "bullied_for_things", MODERATE, 0, len(text))]
        if bullied_for_things(text)
        else []
    )
