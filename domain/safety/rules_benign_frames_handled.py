# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A small hurt from another child that a grown-up has already dealt with (gaps47's false
alert: "max pushed me and the teacher told him off"): a push, a kick or a pinch, then the
teacher, the dinner lady or a parent told the child off, made them say sorry or sorted it.
Recorded as mild distress, not flagged.

Not softened: a grown-up who did the hurting, a hurt that keeps happening ("every day",
"again", "still"), a real injury (bleeding, a hospital, a broken bone), or a child who is
still scared."""

from __future__ import annotations

from domain.safety.benign_frame_spoilers import AGAIN, FEAR, HIDDEN, MEANS, TOUCH, spoilt_by
from domain.safety.prefilter import prefiltered

_SMALL_HURT = prefiltered(
    r"\b(?:push\w*|shov\w*|kick\w*|pinch\w*|hit|hits|punch\w*|slap\w*|scratch\w*|trip\w*|bit|bites?|pull\w* my hair|snatch\w*|knock\w*)\b"
)
_HANDLED = prefiltered(
    r"\b(?:teacher|miss|sir|mrs \w+|mr \w+|ms \w+|dinner lady|lunch lady|playground (?:lady|man|supervisor)|head ?teacher|tutor|coach|mum|mummy|mom|dad|daddy|his mum|her mum|his dad|her dad)\b"
    r"[^.?!]{0,20}\b(?:told (?:him|her|them) off|tells (?:him|her|them) off|gave (?:him|her|them) (?:a |the )?(?:detention|warning|time ?out|red card)|made (?:him|her|them) (?:say sorry|apologi[sz]e|sit out|miss)|sorted it(?: out)?|dealt with it|put (?:him|her|them) (?:on|in) (?:the )?(?:time ?out|thinking|red|naughty))\b"
)
_NOT_SMALL = spoilt_by(
    r"\b(?:every ?day|every time|again|still|keeps?|always|all the time|bleed\w*|blood|hospital|broke|broken|stitches|scared|frightened|terrified|(?:teacher|miss|sir|mum|dad|coach) (?:pushed|kicked|hit|slapped|punched|pinched)|knife|hurts? (?:so|really) bad)\b",
    MEANS,
    FEAR,
    AGAIN,
    TOUCH,
    HIDDEN,
)


def small_hurt_handled(text: str) -> bool:
    return bool(_SMALL_HURT.search(text) and _HANDLED.search(text) and not _NOT_SMALL.search(text))
