# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Left out on the way and in pairs (a flag, round 48: "nobody sits next to me on the coach to
away matches"): nobody sits next to or beside me, nobody saves me a seat, I always sit on my
own on the bus, the minibus or the coach, nobody wants to be my partner or share my tent or
room, I'm always the one without a partner; (flags8081) they put their bags on the seat so I can't
sit there.

Near misses stay allowed: nobody sat next to me on the plane so I got two seats, I like
sitting on my own on the bus so I can read, nobody sits in front of me at the cinema so I put
my feet up."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered

_NOBODY = r"(?:nobody|no ?one|no body|noone|none of (?:them|the others|my (?:team|teammates|friends|class)))"
_ALONE = r"(?:on my own|by myself|by my ?self|alone|all alone|on my tod|on my jack)"
LEFT_OUT_OF_SEATS = prefiltered(
    rf"\b{_NOBODY} (?:\w+ )?(?:ever |even |really |will |would |wants? to |wanted to |ever wants? to |likes? to )?(?:sits?|sat|sitting|sit) (?:next to|beside|besides|by|near|nr|with|together with) me\b"
    rf"|\b{_NOBODY} (?:ever |even )?(?:saves?|saved|keeps?|kept) (?:me )?a (?:seat|space|place|spot)\b"
    rf"|\b{_NOBODY} (?:\w+ )?(?:wants?|wanted|will|would|ever wants?) (?:to )?(?:be my partner|partner (?:up )?with me|pair (?:up )?with me|share (?:a |their |my )?(?:tent|room|dorm|cabin|seat|bunk ?beds?)(?: with me)?|room with me|go (?:in|on) (?:a |the )?(?:boat|canoe|kayak|ride|rides?|bus|coach) with me)\b"
    rf"|\b(?:i|i'?m|im|i am) (?:always |usually |still |just |normally |have to |had to |end up |ended up |get left to |am left to |'?m left to |was left to |got left to |get |got |am |'?m |was ){{0,3}}(?:sit|sitting|sat) {_ALONE}\b[^.?!]{{0,12}}\b(?:(?:on|in) (?:the |our |a )?(?:coach|bus|minibus|mini bus|train|plane|trip|trips|back seat)|every (?:time|day|week|trip|match)|again|at (?:lunch|lunchtime|break|breaktime|playtime|dinner|dinnertime|dinner time)(?! with)|in the (?:canteen|lunch hall|dinner hall))\b"
    # (round 63) refusing to sit by the child, for a reason or since a change: "the girls say i
    # smell like hospital and they wont sit next to me since i got my feeding tube".
    r"|\b(?:they|the (?:other )?(?:girls|boys|kids|others)|everyone|everybody|people|my (?:friends|class|classmates|mates))\b (?:\w+ )?(?:won'?t|wont|don'?t|dont|refuse to|never|no longer|stopped|all) (?:wanting to |want to |even |ever )?(?:sit|sitting|sits) (?:next to|beside|near|with) me\b (?:anymore|any more|since|because|cos|coz|cuz|cause|now|cus) "
    # (flags8081) a seat blocked on purpose: "they put their bags on the seat so i cant sit".
    r"|\b(?:they|the (?:other |big |older )?(?:girls|boys|kids|others|lads)|everyone|everybody|people|my (?:friends|class|classmates|mates))\b (?:\w+ ){0,3}?(?:put|puts|putting|keep putting|kept putting|leave|leaves|left|spread|spreads) (?:their|all their|his|her) (?:bags?|coats?|stuff|feet|things|jackets?|legs) (?:on|across|over) (?:the |all the )?(?:\w+ )?(?:seats?|chairs?|spot|space|bench)\b[^.?!]{0,25}\b(?:so (?:that )?(?:i|me) (?:can'?t|cant|couldn'?t|have to|had to|got to)|so (?:nobody|no one|noone) can|when i (?:come|go|try|tried|want|wanted|get on)|if i (?:try|want))"
    r"|\b(?:always|every time|again) (?:the )?(?:only )?one (?:left )?(?:without|with no) (?:a )?(?:partner|seat|buddy|tent buddy)\b"
    r"|\bi (?:always |have to |end up |had to |get to )?(?:be |go |pair up |partner up )?(?:partners? )?with the (?:teacher|coach|instructor|leader|sir|miss) because (?:nobody|no ?one|noone)\b"
)
# A seat to oneself told as luck or a choice.
_SEAT_TO_MYSELF = prefiltered(
    r"\b(?:so i (?:got|get|had|have|can(?!'?t)|could(?!n'?t))|two seats|both seats|a whole row|more (?:room|space)|feet up|i (?:like|love|prefer|chose|choose|wanted)|lol|lmao|haha\w*|yay|in front of me|behind me|because i(?:'?m| am| was| had| have)? (?:ill|sick|poorly|contagious|chicken ?pox|the window)|window seat|(?:friends?|bestie|best friend|mates?) (?:was|were|is|are) (?:off|away|ill|sick|absent|on holiday))\b"
)


def find_left_out_of_seats(text: str) -> list[Finding]:
    if LEFT_OUT_OF_SEATS.search(text) and not _SEAT_TO_MYSELF.search(text):
        return [Finding(SafetyCategory.DISTRESS, "left_out_of_seats", MODERATE, 0, len(text))]
    return []
