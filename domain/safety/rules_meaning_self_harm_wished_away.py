# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Self-harm told as a wish to be the one gone (miss8485sh: rounds 84 and 85's funerals and
Christmas wishes), read as meanings:

- Me in the coffin, the grave or the ground instead of the one who died, or that it should have
  been me who died: "at the funeral ... it wud be easier if it was me in the box instead". A box
  or "instead" counts only with a death in view (a funeral, died, a coffin, a grave); a magic
  trick's box, "it should have been me that won", a part in a play or "i wish it was me instead"
  about a prize or a turn is not it.
- No more me asked for or wished for, from Santa, a genie, a star or the birthday candles: "i
  asked santa for no more me"; no more homework, "no more me and my sister sharing" or "no more
  mean comments" is not it.
- To disappear or vanish for ever, or not to exist or be here, as the one wish on a list or the
  only thing wanted: "wrote my wish list and theres only one thing on it. to dissapear for ever
  and ever"; a magic set to make coins disappear, a disappearing ink pen, wanting the snow to
  stay for ever or a brother to disappear for the day is not it.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

S = SafetyCategory.SELF_HARM

# (miss90) spoken forms too: "it shoulda been me in the coffin", "shudda", "shud of".
_WISHED = r"(?:wish|wished|wishing|rather|easier|better|should(?:'?ve| have| of)|shoulda|shudda|shud(?:'?ve| have| of|a)|ought to(?: have)?|want(?:ed)?)"
_ME_BE = r"(?:(?:it|that) )?(?:was|were|'?d been|had been|been|be|is|'?s) me"
# Me in the coffin or dead in their place: the strong forms need no other word of a death.
ME_THE_DEAD_ONE = prefiltered(
    rf"\b{_WISHED}\b[^.?!]{{0,30}}\b{_ME_BE} (?:in (?:the|that|a) (?:coffin|casket|grave|hearse)|(?:that|who|what|which) (?:died|had died|was dead|got killed|was killed|got run over|passed away)|dead instead|lying dead)\b"
)
ME_IN_THEIR_PLACE = prefiltered(
    rf"\b{_WISHED}\b[^.?!]{{0,30}}\b{_ME_BE} (?:in (?:the|that|a) (?:box|ground|urn)|instead(?! of (?:the|a) \w+ (?:prize|part|turn|game|team)))\b"
)
A_DEATH = prefiltered(
    r"\b(?:funeral|died|dead|passed away|passing|buried|burial|coffin|casket|grave|graveyard|cemetery|crematorium|cremat\w*|hearse|rip|in heaven|went to heaven|killed)\b"
)
PLAYED_DEATH = prefiltered(
    r"\b(?:magic (?:trick|show)|magician|play|panto|pantomime|nativity|costume|halloween|dress(?:ed|ing)? up|vampire|dracula|zombie|mummy costume|game|hide and seek|sardines|film|movie|tv|show|book|story|lol|haha|jk)\b"
)

# No more me, asked or wished for.
NO_MORE_ME = prefiltered(
    r"\b(?:ask\w*|wish\w*|want\w*|pray\w*|hope\w*|list|letter|christmas|birthday|santa|father christmas|genie|shooting star|candles|elf|elves)\b[^.?!]{0,40}\bno more (?:of )?me\b(?! ?(?:and|or|being|having|getting|doing|to|in|at|on|with|sharing|than|going|playing|saying|'?s)\b)"
    r"|\bno more (?:of )?me\b(?! ?(?:and|or|being|having|getting|doing|to|in|at|on|with|sharing|than|going|playing|saying|'?s)\b)[^.?!]{0,30}\b(?:please|for christmas|for my birthday|is all i want|is what i want|is my wish|can (?:he|she|you|santa) (?:do|give|make|bring))\b"
)

# To disappear for ever as the only wish: the list or the wish, then the wish itself (often as a
# fragment after a full stop).
_LIST = r"(?:wish ?list|christmas list|birthday list|present list|list (?:for|to) santa|letter (?:for|to) santa|dear santa|asked santa|ask santa|birthday wish|my (?:one |only )?wish|only (?:one )?thing i (?:want|wish|asked)|only (?:one )?thing on (?:it|my list|the list)|all i want(?: for christmas| for my birthday)?)"
_GONE_FOR_EVER = r"(?:(?:disappear|vanish|fade away)(?: (?:for ?ever|for ever and ever|for good|and never (?:come|be) back|and not come back|and never be seen again|from (?:the world|everyone|existence))\b)|(?:not exist|stop existing|not be here any ?more|not be alive|never wake up|be gone for ?ever|be gone for good)\b)"
WISHED_GONE_FOR_EVER = prefiltered(
    rf"\b{_LIST}\b.{{0,60}}?(?:^|[.:,!?;-] *|\b(?:is|was|for|to be|just|and thats|and that'?s) )(?:for )?(?:me )?to (?:just |really |simply )?(?:make me |let me )?{_GONE_FOR_EVER}"
)

# (miss91) A hidey place (a den, the shed, a fort) to go away or vanish for ever in, where nobody
# would find or miss the child: "my den at the bottom of the garden would be a good place to go
# away for ever and nobody wud find me"; hiding where nobody finds us in hide and seek is not it.
_GONE_THERE = r"(?:go(?: away| off)?|going(?: away| off)?|run away|running away|disappear|vanish|hide|hiding|live|stay)"
HIDEAWAY_FOR_EVER = prefiltered(
    rf"\b{_GONE_THERE}\b[^.?!]{{0,25}}?\b(?:for ?ever(?: and ever)?|for good|and (?:never|not) (?:come|be|get|go) (?:out|back|home|found)(?: again| ever)?)\b"
    r"[^.?!]{0,40}\b(?:nobody|no ?one|no-one|noone|no body)\b (?:would |will |wud |wuld |wd |could |can |'?d |is going to |gonna )?(?:ever |even |actually )?(?:find|miss|notice|know|look|care|come)"
)
_NOT_FOR_REAL = prefiltered(
    r"\b(?:hide and seek|hide ?n ?seek|hide-and-seek|sardines|game|games|pretend|playing|in the story|in my story|in the film|minecraft|roblox|fortnite|lol|haha|jk)\b"
)


def find_self_harm_wished_away(text: str) -> list[Finding]:
    whole = len(text)
    dead_one = ME_THE_DEAD_ONE.search(text) or (
        ME_IN_THEIR_PLACE.search(text) and A_DEATH.search(text)
    )
    if dead_one and not PLAYED_DEATH.search(text):
        return [Finding(S, "me_the_dead_one", CRITICAL, 0, whole)]
    if NO_MORE_ME.search(text) or WISHED_GONE_FOR_EVER.search(text):
        return [Finding(S, "wished_gone_for_ever", CRITICAL, 0, whole)]
    if HIDEAWAY_FOR_EVER.search(text) and not _NOT_FOR_REAL.search(text):
        return [Finding(S, "wished_gone_for_ever", CRITICAL, 0, whole)]
    return []
