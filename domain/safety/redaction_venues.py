# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Where to find the child, told by a named place and a time, or by a pitch or a room (round
48): personal information found on the original text, beside redaction.py.

- A named venue the child goes to, with the day or the time it goes: "i do swimming every
  tuesday at riverside leisure centre at 5", "our football training is at parkside rec on
  thursdays". A routine alone ("i do swimming on tuesdays"), a venue alone ("riverside leisure
  centre has a wave machine") or a one-off in the past ("we went to riverside pool last
  tuesday") is not where to find the child.
- Where the child is staying, down to the pitch, plot or room: "our tent is on pitch 14 at
  sunny bay holiday park", "we're in room 305 at the seaview hotel", (miss59) "staying at the
  hotel sol mar in room 214", (miss6465b) "staying at the youth hostel in keswick room 12". A football pitch ("we
  played on pitch 3") is not somewhere the child sleeps. (miss5455) A hospital ward and bed the
  child is in ("im at st marys hospital ward 7 bed 3"); "ward 7 has a playroom" is not it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.safety.meaning_concepts_people import CARER_WORDS
from domain.safety.prefilter import Prefiltered, prefiltered

_F = re.IGNORECASE
_NOT_A_NAME = (
    r"(?!(?:the|a|an|my|our|your|his|her|their|this|that|these|those|local|new|old|big|small|little|nice|indoor|outdoor|"
    r"at|to|in|on|by|of|from|near|every|each|same|other|public|school|swimming|leisure|sports?|town|village|city|council|community|"
    r"kids|main|nearest|best|favourite|favorite|fun|usual|real|proper|massive|huge|\d+|and|or|go|do|went|is|was|"
    r"hotel|holiday|camp|baby|paddling|wave|heated|deep|shallow|learner|training|practice|dance|ballet|gymnastics|swim|football|tennis|art|music|drama|visiting|dining|assembly|great|sports?|play|soft ?play|tiny|empty|cold|warm|hot|nearby)\b)"
)
_VENUE = (
    r"(?:leisure (?:centre|center)|sports (?:centre|center|hall|club|ground)|swimming (?:pool|baths|club|school|centre|center)|swim (?:club|school|centre|center|academy)|pool|baths|lido|rec|recreation ground|playing fields?"
    r"|riding (?:school|stables|centre|center)|stables|equestrian (?:centre|center)|ice rink|skate ?park|gym|gymnastics club|dance (?:studio|school|academy)|studio"
    r"|community (?:centre|center)|(?:village|church|community|scout|parish|memorial|methodist|baptist) hall|scout hut|(?:football|cricket|tennis|rugby|hockey|netball|golf|athletics|boxing|karate|judo|sailing|rowing) club|fc|arena|stadium|bowl|athletics track)"
)
VENUE = prefiltered(rf"\b{_VENUE}\b", _F)
# The venue's own name, the one or two words just before it ("riverside", "green lane").
_NAME_BEFORE = re.compile(rf"(?:^|(?<=[^\w'-]))(?:{_NOT_A_NAME}[a-z][\w'-]*\s+){{1,2}}$", _F)
SAINTS_VENUE = prefiltered(
    rf"\b(?:st|saint)\.?\s+[a-z]+'?s?\s+(?:hall|church hall|centre|center|{_VENUE})\b", _F
)
# The day or time the child is there, every week or next.
_ROUTINE = prefiltered(
    r"\b(?:every|each) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|morning|evening|afternoon|night|day|mon|tues|wed|thurs|fri|sat|sun)\b"
    r"|\bon (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)\b|\b(?:usually|always|weekly|after school|before school)\b",
    _F,
)
_WHEN = prefiltered(
    r"\bat (?:\d{1,2}(?:[:.]\d\d)?(?: ?(?:am|pm|o'?clock))?|half (?:past )?\w+|quarter (?:past|to) \w+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: (?:o'?clock|thirty))?)(?!\s*(?:-|nil|goals?|points?))\b"
    r"|\b(?:on|this|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:tomorrow|tonight|this (?:afternoon|evening|weekend))\b",
    _F,
)
_PAST = prefiltered(
    r"\b(?:went|was|were|did|had|watched|saw|swam|came|played|visited|last|yesterday|ago|once|used to)\b",
    _F,
)
_MINE = prefiltered(r"\b(?:i|i'?m|im|we|we'?re|my|our|me)\b", _F)
# A team followed as a fan, or a match watched: not where the child is.
_AS_A_FAN = prefiltered(
    r"\b(?:support|supports|supporter|fan|fans|season ticket|on (?:tv|telly|the telly|the radio)|watch\w*)\b",
    _F,
)
_NUMBER = r"(?:\d{1,4}[a-z]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-]\w+)?|thirty(?:[\s-]\w+)?|forty(?:[\s-]\w+)?|fifty(?:[\s-]\w+)?)"
_PLOT = rf"(?:pitch|plot|site|space|bay|spot|emplacement)\s+(?:number\s+|no\.?\s*)?{_NUMBER}"
_ROOM = rf"(?:room|apartment|apt|flat|suite|villa|chalet|cabin|caravan|lodge|pod|yurt|tent|static)\s+(?:number\s+|no\.?\s*)?{_NUMBER}"
STAYING_PLOT = prefiltered(
    rf"\b(?:our|my) (?:tent|caravan|static|campervan|camper|motorhome|chalet|cabin|lodge|yurt|pod|glamping pod|bell tent|trailer|van)\s+(?:is|'s)\s+(?:on|at|in)\s+(?P<value>{_PLOT})\b"
    rf"|\b(?:our|my) (?:tent |caravan |camping )?(?:pitch|plot)\s+(?:is|'s)\s+(?P<value2>(?:number\s+|no\.?\s*)?{_NUMBER})\b"
    rf"|\b(?:we'?re|we are|were|we r|i'?m|im|i am|we'?ve got|we have|we got|we'?re staying|we are staying|staying)\s+(?:on|in|at)\s+(?P<value3>{_PLOT})\b"
    rf"|\b(?:we'?re|we are|were|i'?m|im|i am|staying)\b[^.?!]{{0,25}}\b(?:in|at)\s+(?P<value4>{_ROOM})\b(?=[^.?!]{{0,40}}\b(?:hotel|inn|travelodge|hostel|b ?& ?b|bed and breakfast|guest ?house|holiday|resort|park|campsite|camp site|site|villas?|apartments)\b)",
    _F,
)
# (miss59) the hotel named first, then the room: "were staying at the hotel sol mar in room 214".
# Searched from the hotel, with who is staying looked for just before it (as one more
# alternative of STAYING_PLOT, a gap after every "im" took it from 14 to 22 ms).
_HOTEL_THEN_ROOM = prefiltered(
    rf"\b(?:at|in)\s+(?:the\s+)?(?:\w+\s+)?(?:hotel|inn|travelodge|motel|hostel|guest ?house|b ?& ?b|bnb|airbnb|resort|apartments|holiday park)\b[^.?!]{{0,30}}(?:\b(?:in|at),?\s+|,\s*|\s)(?P<room>{_ROOM})\b",
    _F,
)
_HOTEL_STAYER = prefiltered(r"\b(?:we'?re|we are|were|i'?m|im|i am|staying)\b[^.?!]{0,15}$", _F)
# (miss5455) a hospital ward and bed: "im at st marys hospital ward 7 bed 3". Searched from the
# ward or bed, with who is staying looked for just before it (a gap after "im" at every position
# of the text cost 23 ms on 10,000 characters as one more alternative of STAYING_PLOT).
_WARD_BED = prefiltered(
    rf"\b(?:ward\s+(?:number\s+|no\.?\s*)?{_NUMBER}(?:[\s,]+(?:and\s+|in\s+)?(?:bed|bay|room|cubicle)\s+(?:number\s+|no\.?\s*)?{_NUMBER})?|(?:bed|bay|cubicle)\s+(?:number\s+|no\.?\s*)?{_NUMBER}\s+(?:on|in|of)\s+(?:the\s+)?(?:\w+\s+)?ward)\b",
    _F,
)
# (miss90) or someone in the family who is in there now: "my nans in st lukes hospital on ward
# 12" ("my nan was on ward 12", "my mum works on ward 7" are not it).
_WARD_STAYER = prefiltered(
    r"\b(?:we'?re|we are|i'?m|im|i am|i'?ve been|ive been|staying|visit me|come and see me|come see me"
    rf"|(?:my|our) (?:\w+ )?(?:{CARER_WORDS}|nanny|grampy|gramps|granddad|brother|sister|auntie|aunty|aunt|uncle|cousin|baby)(?:'?s| is| are)"
    r"|(?:he|she|they)(?:'?s| is| are| has been| have been))\b[^.?!]{0,40}$",
    _F,
)
_CAMPING = prefiltered(
    r"\b(?:tent|caravan|static|campervan|camper|motorhome|camping|campsite|camp site|holiday park|caravan park|glamping|site|chalet|cabin|lodge|yurt|hotel|inn|travelodge|motel|bnb|airbnb|hostel|resort|holiday|hospital|ward)\b",
    _F,
)


def find_venue_with_time(text: str) -> list[tuple[int, int]]:
    """A named venue with the day or the time the child is there, as (start, end) spans."""
    if not _MINE.search(text) or _AS_A_FAN.search(text):
        return []
    routine = _ROUTINE.search(text) is not None
    if not routine and (_WHEN.search(text) is None or _PAST.search(text)):
        return []
    spans = [(m.start(), m.end()) for m in SAINTS_VENUE.finditer(text)]
    for m in VENUE.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        name = _NAME_BEFORE.search(before)
        if name is not None:
            spans.append((m.start() - len(before) + name.start(), m.end()))
    return spans


def _told_by_a_stayer(
    text: str, pattern: Prefiltered, stayer: Prefiltered, window: int
) -> Iterator[re.Match[str]]:
    """Each match of `pattern` with who is staying ("im", "we're staying") in the `window`
    characters just before it (widened to never begin inside a word)."""
    for m in pattern.finditer(text):
        start = max(0, m.start() - window)
        while start and text[start - 1].isalnum():  # never begin inside a word
            start -= 1
        if stayer.search(text[start : m.start()]):
            yield m


def find_staying_plot(text: str) -> list[tuple[int, int]]:
    """The pitch, plot or room where the child is staying, as (start, end) spans."""
    if not _CAMPING.search(text):
        return []
    spans = []
    for m in STAYING_PLOT.finditer(text):
        group = next(g for g in ("value", "value2", "value3", "value4") if m.group(g))
        spans.append((m.start(group), m.end(group)))
    spans.extend(
        m.span("room") for m in _told_by_a_stayer(text, _HOTEL_THEN_ROOM, _HOTEL_STAYER, 30)
    )
    spans.extend(m.span() for m in _told_by_a_stayer(text, _WARD_BED, _WARD_STAYER, 60))
    return spans
