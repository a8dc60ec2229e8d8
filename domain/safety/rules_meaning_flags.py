# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Non-critical flags a child's message should raise (round 21, paraphrases_a/_b):
dangerous things (washing capsules that look like sweets, a hairclip in a plug, a fire in
the bedroom, climbing a pylon), grown-up drinks, hurting a pet or a sibling on purpose,
excluding a group of children, and being left out, teased or blaming oneself; (round 22)
breath-holding and choking challenges, "everyone from that religion is a terrorist", a
group chat posting pictures of me, teasing that keeps a child from school."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered

DANGER = prefiltered(
    r"\b(?:eat|drink|taste|lick|swallow)\b[^.?!]{0,20}\b(?:washing (?:capsules?|tablets?|pods?|powder)|laundry (?:pods?|capsules?)|dishwasher tablets?|button batter\w*)\b"
    r"|\b(?:hairclip|hair clip|fork|knife|key|paperclip|paper clip|finger)\b[^.?!]{0,20}\b(?:wall plug|plug socket|socket|holes in the (?:wall|plug))\b"
    r"|\b(?:campfire|bonfire|fire) (?:on|in) (?:my|the) (?:bedroom|room|carpet|bed)\b|\b(?:rings|hob|cooker)\b[^.?!]{0,25}\bcan i touch\b"
    r"|\bclimb\w*\b[^.?!]{0,25}\b(?:pylon|power lines?|electricity pole)\b|\b(?:pylon|power lines?)\b[^.?!]{0,25}\bclimb\b"
    r"|\bclimb\w*\b[^.?!]{0,35}\bwithout telling anyone\b|\b(?:big|main|busy) road\b[^.?!]{0,15}\bno helmets?\b"
    r"|\bjump\w* off\b[^.?!]{0,15}\b(?:quarry|ledge|cliff|bridge)\b[^.?!]{0,25}\binto the (?:water|river|sea|lake)\b"
    r"|\b(?:hold\w*|held) (?:your|our|my|their|his|her) breath\b[^.?!]{0,25}\b(?:pass\w* out|faint\w*|black\w* out|see stars|went purple)\b"
    r"|\b(?:choking|blackout|black ?out|pass ?out|fainting|breath ?holding|skull ?breaker) (?:challenge|game)\b|\bsqueez\w*\b[^.?!]{0,20}\b(?:till|until) (?:you|we|they|i|he|she) (?:pass out|faint)"
)
DRINK = prefiltered(
    r"\b(?:finished|drank|drink|drinking|had)\b[^.?!]{0,15}\b(?:her|his|mummy'?s|daddy'?s|mum'?s|dad'?s|the) (?:red |white )?(?:grown ?up juice|wine|beer|cider)\b"
)
HARM_ANIMAL_OR_SIBLING = prefiltered(
    r"\b(?:pushed|push|shove|shoved|kicked|kick|hit|threw)\b[^.?!]{0,10}\b(?:my |the )?(?:baby|little brother|little sister|baby brother|baby sister|brother|sister)\b[^.?!]{0,25}\b(?:on purpose|off the (?:stairs|sofa|bed|bunk)|down the stairs)\b"
    r"|\b(?:kicked|hit|kick|threw|squeezed|stamped on|hurt)\b[^.?!]{0,10}\b(?:the|my|our) (?:cat|dog|puppy|kitten|hamster|rabbit)\b[^.?!]{0,20}\b(?:really hard|on purpose|cos|because|to see)\b"
    r"|\b(?:gonna|going to|will|i'?ll)\b[^.?!]{0,25}\b(?:hit|kick|hurt)\b[^.?!]{0,6}\bthe (?:cat|dog|puppy|kitten)\b|\bget my fist in (?:his|her) (?:nose|face)\b|\bknock (?:someone|somebody|him|her) out\b"
)
EXCLUSION = prefiltered(
    r"\b(?:don'?t|won'?t|never) (?:let|play with)\b[^.?!]{0,20}\b(?:refugee|brown|black|muslim|jewish|polish|foreign|immigrant|gay|disabled)\b"
    r"|\b(?:refugee|brown|black|muslim|foreign|immigrant)\w* (?:kids|people|children)\b[^.?!]{0,30}\b(?:dirty|smell|stupid|can'?t play|not allowed|go back)\b"
    r"|\bbeing gay is (?:disgusting|gross|wrong|bad)\b|\bgirls (?:shouldn'?t|should not) be allowed\b"
    r"|\b(?:everyone|everybody|all(?: the)? people|all of them|they all) (?:from|of|in|who goes? to) (?:that|this|their|the|a) (?:\w+ )?(?:religion|country|church|mosque|temple|synagogue|race|place)\b[^.?!]{0,20}\b(?:terrorists?|criminals?|evil|dirty|thieves|stupid|bad people|smelly)\b"
    r"|\ball (?:muslims|jews|christians|hindus|sikhs|immigrants|refugees|foreigners|gypsies|travellers|black people|brown people|asians|africans|mexicans|polish people) (?:are|r)\b[^.?!]{0,15}\b(?:terrorists?|criminals?|evil|dirty|thieves|stupid|bad|smelly)\b"
)
LEFT_OUT = prefiltered(
    r"\b(?:don'?t|do not) have no (?:friends|frends)\b|\b(?:divorce|divorse|splitting up|moved out|broke up)\w*\b[^.?!]{0,30}\b(?:my fault|i caused|because of me|cos of me)\b|\bexcept me\b"
    r"|\b(?:left|leave) when i (?:joined|came)\b|\bcall(?:s|ed)? me (?:four eyes|baby|fatty|smelly|loser)\b|\bwriting mean (?:stuff|things) about me\b|\beveryone says i smell\b|\bfake account of me\b"
    r"|\b(?:post|share|send|put)\w*\b[^.?!]{0,20}\b(?:screenshots?|pics?|pictures?|photos?|videos?) of (?:me|my face)\b[^.?!]{0,40}\b(?:mean|horrible|nasty|laugh\w*|rude|ugly|stickers?|emojis?|filters?)"
    r"|\bgroup ?chats?\b[^.?!]{0,15}\b(?:without me|about me|to laugh at me|to make fun of me)\b"
    r"|\b(?:laugh\w*|make fun|making fun|teas\w*|call\w* me|mock\w*|pick\w* on me)\b[^.?!]{0,60}\b(?:don'?t|do not|never) (?:want|wanna) (?:to )?go (?:to |back to )?school\b"
    r"|\bpain in my tummy every\b|\b(?:snatch|took|take|threw)\w* my (?:hat|glasses|bag|lunch|shoes?|coat)\b[^.?!]{0,30}\b(?:bin|called me|laugh)"
)
INSULT_MORE = prefiltered(r"\blooks like a (?:fat )?pig\b|\bbrainless\b")

_FLAGS = (
    (DANGER, SafetyCategory.DANGEROUS_ACTIVITY),
    (DRINK, SafetyCategory.DRUGS_ALCOHOL),
    (HARM_ANIMAL_OR_SIBLING, SafetyCategory.VIOLENCE),
    (EXCLUSION, SafetyCategory.HATE),
    (LEFT_OUT, SafetyCategory.DISTRESS),
    (INSULT_MORE, SafetyCategory.INSULT),
)


def find_flags_more(text: str) -> list[Finding]:
    return [
        Finding(category, "flag_more", MODERATE, 0, len(text))
        for pattern, category in _FLAGS
        if pattern.search(text)
    ]
