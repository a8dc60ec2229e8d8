# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A grown-up or an online friend cutting the child off, told in passing (grooming probes):

- Telling parents made to look costly: "he said if i tell mummy about our game she will be
  cross with me not him", "my mum would just ruin it if she knew about us", "if i tell mum
  about the tickle game i won't be allowed to see her again".
- Parents who "don't understand stuff like this, so we shouldn't tell them".
- "Don't mention to anyone we stopped at his house."
- Friends run down and himself put in their place: "my friends are fake and I should only
  talk to him", "I don't need to hang out with the other girls, they're babyish", "I'm the
  only one who understands him and my friends are just jealous".
- Flattery that sets the child apart from its age: "way more mature than the other kids in
  the server" (someone online), "girls my age are boring but you're different", "you act
  older than your age, I can talk to you like a grown-up".

Near misses stay allowed: a coach who says I was mature about losing, a teacher who says I
was grown up in assembly, grandma who says I'm more grown up than my cousin, a surprise kept
from mum, dad who says don't tell mum we had ice cream, mum who says only talk to people I
know."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

G = SafetyCategory.GROOMING

_TELLER = r"(?:he|him|(?:the|my|this|that|a|some|an|our) (?:[\w']+ ){0,2}(?:coach|tutor|teacher|babysitter|baby ?sitter|guy|man|lady|woman|leader|neighbou?r|player|uncle|lodger|stranger|priest|instructor|trainer|caretaker|bf|boyfriend|gamer|teen|teenager)|mr \w+|mrs \w+|miss \w+|\w+'?s (?:friend|mate|boyfriend)|online friend|friend (?:from|on|in) (?:the |a )?\w+)"
_SAID = (
    r"(?:said|says|say|told me|tells me|tell me|keeps? saying|goes|warned me|texted|messaged|wrote)"
)
_PARENT = r"(?:mum|mom|mummy|mommy|mam|dad|daddy|parents|family|nan|nana|grandma|gran|auntie|anyone|anybody)"
_MY = r"(?:my |your |ur |yr |the )?"
_IF_TOLD = rf"(?:if (?:i|you|u|we|anyone) (?:ever )?(?:tell|told|mention\w*|say|said|show|showed)|if {_MY}{_PARENT} (?:ever )?(?:knew|know|knows|finds? out|found out|sees?|saw|hears?|heard|reads?|checks?))"
_CONSEQ = r"(?:ruin|spoil|wreck|stop|end|ban|be (?:so |really )?(?:cross|mad|angry|upset|sad|furious|disappointed)|get (?:so |really )?(?:mad|angry|cross)|(?:won'?t|wont|will not|not|never|wouldn'?t|wouldnt) (?:be )?(?:allowed|let me|let us|see (?:him|her|me|us|each other) again|be friends|talk to|play)|take (?:you|me|it|u|my \w+) away|split us up|(?:my|your|ur) fault|get (?:me|you|u|us|him|her) in(?:to)? (?:big |so much |real |serious )?trouble|(?:be|get|i'?ll be|you'?ll be|ill be) in (?:big |so much |real |serious )?trouble|freak|go mental|go crazy|kill|hate|blame|send (?:him|her|me|you) away|go to (?:jail|prison)|never let|not believe|won'?t believe|wont believe|call the police|take (?:you|me) from)"
# Said by someone (TOLD, checked apart): telling or a parent finding out made costly.
CONSEQUENCE_OF_TELLING = prefiltered(
    rf"\b{_IF_TOLD}\b[^.?!]{{0,60}}\b{_CONSEQ}"
    rf"|\b{_MY}{_PARENT}\b (?:would|will|'d|wud|wld|gonna|is gonna|are gonna)(?: just| only| totally| so)? {_CONSEQ}\b[^.?!]{{0,40}}\b(?:knew|know|knows|finds? out|found out|saw|sees|heard|hears)\b"
)
_NOT_UNDERSTAND = rf"\b{_MY}{_PARENT}\b[^.?!]{{0,12}}\b(?:don'?t|dont|do not|wouldn'?t|wouldnt|would not|won'?t|wont|will not|never|can'?t|cant|could not|couldn'?t)\b (?:understand|get it|get us|get this|get what we|get what i)"
PARENTS_WOULD_NOT_UNDERSTAND = prefiltered(
    rf"{_NOT_UNDERSTAND}\b[^.?!]{{0,60}}\b(?:shouldn'?t|should not|shudnt|don'?t|dont|do not|not|never|won'?t|wont|no need to|better not)\b (?:tell|say|mention|show)"
    rf"|\b(?:shouldn'?t|should not|don'?t|dont|do not|not to|never|better not)\b (?:tell|say|mention|show)\w*\b[^.?!]{{0,40}}{_NOT_UNDERSTAND}"
)
_HIS_PLACE = r"(?:(?:his|her) (?:house|flat|place|home|car|van|garage|shed|room|bedroom|caravan|office)|we (?:stopped|went|stayed|were|had a \w+|parked))"
NOT_TO_MENTION_HIS_PLACE = prefiltered(
    rf"\b(?:coach|tutor|teacher|babysitter|guy|man|leader|neighbou?r|uncle|lodger|instructor|trainer|caretaker|mr \w+|he)\b[^.?!]{{0,60}}\b(?:said|says|told me|tells me|asked me)\b[^.?!]{{0,10}}\b(?:don'?t|dont|do not|not to|never|better not)\b (?:tell|mention|say)\w*(?: it| this)?(?: to)? (?:anyone|anybody|no ?one|my (?:mum|mom|dad|parents)|mum|mom|dad)\b[^.?!]{{0,10}}\b(?:that )?{_HIS_PLACE}"
)
_FRIENDS = r"(?:my|your|ur|yr|the other) (?:friends|mates|besties|girls|boys|kids|parents|mum|mom|dad|family)"
_RUN_DOWN = rf"\b{_FRIENDS}\b (?:are|r|is|were|just|are just|r just|are all|r all|are so|r so|are only)\b[^.?!]{{0,8}}\b(?:jealous|haters|fake|babyish|babies|immature|childish|boring|losers|not real friends|not your real|mean|controlling|too strict|so strict|annoying|using (?:you|u|me)|don'?t care|dont care|don'?t get (?:you|u|me)|dont get (?:you|u|me)|don'?t understand (?:you|u|me)|holding (?:you|u|me) back)"
_ONLY_HIM = r"\b(?:only|just) (?:talk to|trust|need|tell|listen to|be friends with|hang out with) (?:him|her|me)\b|\b(?:the )?only (?:one|person) who (?:understands|gets|really knows|cares about|loves) (?:him|her|me|you|u)\b|\b(?:don'?t|dont|do not|doesn'?t|no) need (?:to (?:hang out|play|sit|talk|be friends) with )?(?:my|your|ur|the other|other|any other) (?:friends|mates|girls|boys|kids|parents|family)\b|\bshould (?:stop|quit) (?:talking to|seeing|hanging out with|playing with) (?:my|your|ur|the other) (?:friends|mates|girls|boys|kids)\b|\b(?:should|must|have to|need to|gotta|to) (?:block|unfriend|delete|drop|ditch|ignore) (?:them|them all|my friends|your friends|ur friends|my mates|everyone)\b"
RUN_DOWN = prefiltered(_RUN_DOWN)
ONLY_HIM = prefiltered(_ONLY_HIM)
# What would be told is an everyday mishap ("about the broken window"), not us, our game,
# the touching or what happens.
_EVERYDAY_TOLD = prefiltered(
    r"\babout (?:the|a|an|my|his|her|your|ur|that|this) (?!touch|tickl|game|secret|cuddl|chat|messag|text|pic|photo|kiss|video|vid|call|bath|shower|sleep|massag|hug|present|gift|money|robux|v-?bucks|skin|lesson|car|van|house|flat|room|bed)\w+"
)
TOLD = prefiltered(rf"\b{_TELLER}(?: [\w']+){{0,5}} {_SAID}\b")
_MATURE_CMP = r"(?:(?:more|so much more|way more|much more|a lot more) (?:mature|grown ?up|grownup|adult)|older|smarter|cooler|prettier|more interesting|different) than (?:the |all the |most |other )*(?:other )?(?:kids|girls|boys|children|people (?:my|your|ur) age|\d+ ?(?:year olds?|yr olds?|yos?)|(?:girls|boys|kids) (?:my|your|ur) age)"
_TOO_GOOD_FOR = r"(?:too|so much too|way too|much too) (?:clever|mature|grown ?up|smart|advanced|special|good|cool) for (?:the |all the )?(?:other (?:kids|girls|boys|children)|(?:kids|girls|boys) (?:my|your|ur) age|people (?:my|your|ur) age)"
_OLDER_THAN_AGE = r"(?:act|acts|seem|seems|look|looks|sound|sounds|talk|talks|think|thinks)(?: so| way| much)? (?:older|more grown ?up|more mature) than (?:my|your|ur) age"
_AGE_BORING = r"(?:girls|boys|kids|people) (?:my|your|ur) age (?:are|r|is)\b[^.?!]{0,15}\b(?:boring|immature|babyish|childish|annoying|silly|dumb|stupid|babies)\b[^.?!]{0,30}\b(?:but|except|not) (?:i'?m|im|i am|you'?re|youre|your|ur|u r|you are|u)\b"
_LIKE_GROWN_UP = r"(?:talk to|treat|speak to|chat to|chat with|talk with) (?:me|you|u) like (?:a|an) (?:grown ?up|grownup|adult|woman|man|girlfriend|boyfriend)"
FLATTERY_APART = prefiltered(
    rf"\b(?:{_MATURE_CMP}|{_TOO_GOOD_FOR}|{_OLDER_THAN_AGE}|{_AGE_BORING}|{_LIKE_GROWN_UP})"
)
_AGE_BORING_OR_GROWN = prefiltered(rf"\b(?:{_AGE_BORING}|{_LIKE_GROWN_UP})")
_ONLINE_ACTOR = prefiltered(
    r"\b(?:roblox|fortnite|minecraft|discord|server|online|game|gaming|snap\w*|tiktok|insta\w*|xbox|playstation|app|chat|guy|man|stranger|player|gamer|dm|dms|messag\w*|text\w*)\b"
)
_FAMILY_SPEAKER = prefiltered(
    r"\b(?:mum|mom|mummy|mommy|dad|daddy|nan|nana|grandma|granny|gran|grandad|grandpa|auntie|aunt|parents|sister|brother|teacher|miss|headteacher)\b (?:said|says|told|tells)\b"
)


def _told_costly(text: str) -> bool:
    """Someone said it, and the cost of telling comes straight after what he said."""
    told = TOLD.search(text)
    if not told:
        return False
    costly = CONSEQUENCE_OF_TELLING.search(text[told.end() : told.end() + 160])
    return bool(costly and costly.start() <= 30 and not _EVERYDAY_TOLD.search(costly.group()))


def _cut_off(text: str) -> bool:
    if not TOLD.search(text):
        return False
    run_down = bool(RUN_DOWN.search(text))
    only_him = bool(ONLY_HIM.search(text))
    return (run_down and only_him) or (only_him and not _FAMILY_SPEAKER.search(text))


def _set_apart(text: str) -> bool:
    if not FLATTERY_APART.search(text) or _FAMILY_SPEAKER.search(text):
        return False
    return bool(_ONLINE_ACTOR.search(text) or _AGE_BORING_OR_GROWN.search(text))


def find_isolating_grooming(text: str) -> list[Finding]:
    hit = (
        _told_costly(text)
        or (PARENTS_WOULD_NOT_UNDERSTAND.search(text) and TOLD.search(text))
        or NOT_TO_MENTION_HIS_PLACE.search(text)
        or _cut_off(text)
        or _set_apart(text)
    )
    return [Finding(G, "grooming_isolating", CRITICAL, 0, len(text))] if hit else []
