# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Tears hidden away or that went on (a flag, round 48: "i got dropped from the dance show and
cried in the toilets all lunch"): the child cried in the toilets, the changing rooms, under the
duvet or in the stables, so nobody would see, or all lunch, all night, for hours; or hid
somewhere to cry.

The child must be the one crying: "my sister got dropped and cried all night" is hers. Near
misses stay allowed: cried laughing, happy tears, cried at the end of the film, cried a tiny
bit, cried wolf, onions."""

from __future__ import annotations

import re

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_over_now import tears_over

_CRIED = r"(?:cried|cry|cries|crying|criyng|cryed|sobbed|sobbing|bawled|bawling|wept|weeping|blubbed|blubbing|in tears|burst into tears)"
_HIDING = r"(?:in|into|inside|behind|under|underneath|round the back of) (?:the |my |a |our |an )?(?:\w+ )?(?:toilets?|loos?|bathroom|cubicle|changing ?rooms?|locker ?rooms?|stables?|stable|shed|cupboard|wardrobe|closet|pillow|duvet|covers|blanket|bed|tent|car|bushes|sleeping bag|bedroom|stairs|showers?|corner|playground corner|coats|cloakroom|hay ?loft|tables?|tablecloth|slide|climbing frame)"
_LONG = r"(?:all (?:lunch|lunchtime|break|breaktime|night|day|evening|weekend|the way home|the way back|morning|afternoon|through (?:lunch|break|the night|training|practice|the match))|the whole (?:time|night|day|lunch|lunchtime|way home|way back|match|evening|weekend|journey)|for (?:hours|ages|the whole \w+|a long time)|every (?:night|day|lunch|break|time i (?:go|think))|till i fell asleep|until i fell asleep|myself to sleep)"
_UNSEEN = r"(?:so (?:that )?(?:no ?one|nobody|noone|they|people|the others|my (?:friends|team|mum|mom|dad)|mum|mom|dad) (?:would|could|can|will|wouldn'?t|couldn'?t|can'?t|won'?t|didn'?t|don'?t|does ?n'?t)(?:n'?t)? (?:see|hear|notice|know)|where (?:no ?one|nobody|noone) (?:could|can|would) (?:see|hear))"
HIDDEN_TEARS = prefiltered(
    rf"\b(?P<who>i|and|then|just|me)\b (?:\w+ ){{0,2}}?{_CRIED}\b (?:\w+ ){{0,3}}?(?:{_HIDING}|{_LONG}|{_UNSEEN})\b"
    rf"|\b(?P<who2>i|and|then|just)\b (?:\w+ ){{0,2}}?(?:hid|hide|hiding|went|go|ran|run|locked myself|sat|sit|sitting|stayed|curled up|crawled) (?:off )?(?:\w+ ){{0,2}}?{_HIDING}\b[^.?!]{{0,25}}\b(?:and |to |so i could |so i can )?(?:\w+ )?{_CRIED}\b"
)
_SUBJECT = re.compile(
    r"\b(?:i|i'?m|im|me|we|he|she|they|baby|sister|brother|friend|cousin|bestie|mum|mom|dad|nan|gran|puppy|dog|kitten|pony|horse|foal)\b"
)
_NOT_SAD_TEARS = prefiltered(
    r"\b(?:laugh\w*|happy|happiness|joy|proud|film|movie|book|story|episode|tv|telly|onions?|cried wolf|lol|lmao|haha\w*|jk|when i was (?:a baby|little|small)|as a baby|tiny bit|little bit)\b"
)


_AND_I = re.compile(r"(?:and|then|just) i\b")


def _mine(text: str, start: int, who: str) -> bool:
    """The tears are the child's: said with "i", or the last subject before "and" is "i"."""
    if who in ("i", "me"):
        return True
    subjects = _SUBJECT.findall(text[max(0, start - 80) : start])
    return bool(subjects) and subjects[-1] in ("i", "i'm", "im", "me")


def find_hidden_tears(text: str) -> list[Finding]:
    if tears_over(text):
        return []  # (fa8283b) "i used to cry every night ... but now im fine": over
    for m in HIDDEN_TEARS.finditer(text):
        who = (m.group("who") or m.group("who2") or "").lower()
        # (round 60) "... and i sat under the table by myself crying": "and" then "i".
        said_with_i = _AND_I.match(m.group().lower()) is not None
        if (said_with_i or _mine(text.lower(), m.start(), who)) and not _NOT_SAD_TEARS.search(text):
            return [Finding(SafetyCategory.DISTRESS, "hidden_tears", MODERATE, 0, len(text))]
    return []
