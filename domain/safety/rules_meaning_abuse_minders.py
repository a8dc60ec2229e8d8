# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Hurt by the grown-ups and older ones who mind the child, and abuse asked about as "what if"
(paraphrases_f):

- A minder (babysitter, childminder, nanny, the neighbour who looks after us, a coach, tutor
  or teacher) who kicks, hits, punches or sits on the child until it
  hurts, hits a child with a thing (a wooden spoon, a shoe, the controller) or threatens the
  children if they tell ("she'll get mum arrested").
- A carer hitting the child with whatever it holds ("grabs the controller and hits me with it").
- Asked as a question about someone else: "what if a dad hits his kid with a shoe every time",
  "is it allowed for a mum to throw her child at the wall".
- Fear of the beating at home: "he'll tell my dad and i'll get beaten like last time".
- Hurt at night with "nobody will believe me"; a carer who keeps coming into the child's room
  at night so the child barricades the door.
- Contact demanded with a threat: "if i don't let him hug me the way he wants he'll tell mum".

Near misses stay allowed: a piano teacher tapping a hand to show where the thumb goes, a
brother sitting on me in a pillow fight and we laughed, a coach who kicked the ball to me or
kicked me off the team for a week, "what if a dad forgets the homework", a chair against the
door for a den or a fort, "if i don't let him have a go he'll tell mum".
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.benign_frame_spoilers import AGAIN, OLDER, every_kind_but
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_people import STEP_PARENT
from domain.safety.prefilter import prefiltered
from domain.safety.rules_meaning_abuse import CARER

A = SafetyCategory.ABUSE

MINDER = (
    r"(?:babysitter|baby sitter|childminder|child minder|nanny|au pair|"
    r"(?:lady|man|woman|neighbou?r|person) (?:next door )?who (?:looks|looked) after (?:us|me)|"
    r"neighbou?r|coach|tutor|teacher|instructor|trainer|leader)"
)
_VICTIM = r"(?:me|us|my (?:little |baby |big )?(?:sister|brother|cousin)|the (?:little ones|baby))"
_HIT = r"(?:hits?|hitting|hit|whacks?|whacked|whacking|smacks?|smacked|beats?|beat|beating|slaps?|slapped|kicks?|kicked|kicking|punch(?:es|ed)?|thumps?|thumped)"
_SOFT = r"(?:pillows?|cushions?|balloons?|foam|nerf|snowballs?|water ?(?:pistol|gun|balloon)s?|teddy|toy sword|pool noodle|feather)"

MINDER_HURTS = prefiltered(
    # A minder who hits, kicks or punches the child or another child, or hits them with a thing.
    rf"\b(?:(?:the|my|our) )?{MINDER}\b[^.?!]{{0,60}}\b{_HIT} {_VICTIM}\b(?! off\b| out\b| the ball| with (?:a |the )?{_SOFT})(?![^.?!]{{0,12}}\bball\b)"
    # A minder who sits or kneels on the child and it hurts.
    rf"|\b(?:the|my|our) {MINDER}\b[^.?!]{{0,30}}\b(?:sits?|sat|sitting|kneels?|knelt|kneeling|lies|lay|lying|stands?|stood) on (?:me|my (?:chest|back|tummy|belly|legs?|arms?|head))\b[^.?!]{{0,40}}\b(?:hurts?|hurting|can'?t breathe|couldn'?t breathe|crying|cry|squash\w*)\b"
    # A carer hitting the child with what they hold: "grabs the controller and hits me with it".
    rf"|\b(?:{CARER}|{MINDER})\b[^.?!]{{0,60}}\b{_HIT} me with (?:it|that|them|(?:a|the|his|her|my) (?!{_SOFT})\w+)\b"
    # Told to keep quiet with a threat to the family: "if we tell she'll get mum arrested".
    rf"|\b{_HIT} {_VICTIM}\b[^.?!]{{0,60}}\bif (?:we|i) (?:tell|told|say)\b[^.?!]{{0,30}}\b(?:get (?:mum|mom|dad|mummy|daddy|my \w+) (?:arrested|in trouble|taken away|locked up)|take (?:us|me) away|hurt (?:us|me|mum|dad)|kill)\b"
)
MINDER_NOT = prefiltered(
    r"\b(?:by accident|accidentally|by mistake|pillow fight|play fight\w*|playing|tickl\w*|tag|wrestl\w*|laughed|we laugh\w*|joking|pretend\w*|in the game|game of)\b"
)
# (frames) Play or an accident excuses the blow only with no shared spoiler beside it ("we
# were playing and she kicked me so hard i was bleeding"); OLDER is waived, a minder being a
# grown-up already.
MINDER_NOT_SPOILT = every_kind_but(OLDER)

# "what if a dad hits his kid with a shoe every time", "is it allowed for a mum to throw her
# child at the wall".
_PARENT = rf"(?:dad|daddy|mum|mom|mummy|mother|father|parent|{STEP_PARENT}|grown ?-?up|adult|carer|teacher|coach)"
ASKED_ABOUT = prefiltered(
    rf"\b(?:what if|is it (?:ok|okay|allowed|normal|legal|fine|bad)|are (?:they|parents|grown ?-?ups) allowed|can|would it be (?:ok|okay|allowed))\b[^.?!]{{0,20}}\b(?:a|your|someone'?s) {_PARENT}\b[^.?!]{{0,10}}\b(?:to )?(?:{_HIT}|throws?|threw|burns?|chokes?|locks?)\b (?:his|her|their|a|the) (?:kid|child|son|daughter|children|kids|baby|boy|girl)s?\b[^.?!]{{0,25}}\b(?:with (?:a|the|his|her) (?!{_SOFT})\w+|at the wall|against the wall|every (?:time|day|night)|until|till|so hard|in the (?:cupboard|dark|shed))"
)

# "he'll tell my dad and i'll get beaten like last time"
FEARED_BEATING = prefiltered(
    rf"\b(?:{CARER}|parents?|at home|home)\b[^.?!]{{0,50}}\b(?:i'?ll|i will|i'?m gonna|im gonna|i'?m going to|i get|i got|i'?d)\b (?:get )?(?:beaten|battered|belted|leathered|whipped|a (?:good )?(?:hiding|beating|belting)|the belt|hit|smacked)\b[^.?!]{{0,10}}\b(?:like (?:last time|before|the other time)|again)\b"
)

FEARED_NOT = prefiltered(
    r"\b(?:chess|games?|match|race|football|fortnite|minecraft|roblox|cards|monopoly|tennis|score|team|quiz|ball|snowball|dodgeball)\b"
)

# Hurt at night with "nobody will believe me"; a carer coming into the room at night so the
# child puts a chair against the door.
AT_NIGHT = prefiltered(
    r"\b(?:hurts?|hurt|hurting|touches|touched|does things to)\b me\b[^.?!]{0,40}\b(?:says?|said|tells me|told me)\b[^.?!]{0,10}\b(?:nobody|no one|no-one|noone) (?:will|would|'?ll|is gonna|is going to) (?:ever )?believe me\b"
    rf"|\b(?:{CARER}|step ?(?:brother|sister)|(?:big |older )?(?:brother|cousin)|he|she|someone|a man)\b[^.?!]{{0,20}}\b(?:keeps?|kept|always|still) (?:coming|comes|coming in|creeping|sneaking) (?:in ?to|in) my (?:bed)?room\b[^.?!]{{0,60}}\b(?:chair|wardrobe|dresser|desk|bed|drawers) (?:against|in front of|under the handle of) (?:the|my) door\b"
)

# "if i don't let him hug me the way he wants he'll tell mum im failing everything"
FORCED_CONTACT = prefiltered(
    r"\bif (?:i|you) (?:don'?t|dont|won'?t|do not|will not) let (?:him|her|them) (?:hug|kiss|cuddle|touch|hold|stroke|tickle|sit (?:me )?on (?:his|her) lap)\b[^.?!]{0,30}\b(?:he'?ll|hell|she'?ll|shell|they'?ll|he will|she will|he would|she would|he'?d|she'?d)\b (?:tell|hurt|get|make|fail|ruin|say|kick|punish|stop)\b"
)

# (frames) A game's beating ("i'll get beaten at chess again") is excused only with no hurt, means,
# fear, touching or secret beside it; "again" and a grown-up are the rule's own words.
FEARED_NOT_SPOILT = every_kind_but(AGAIN, OLDER)


def find_minder_abuse(text: str) -> list[Finding]:
    hit = (
        (
            MINDER_HURTS.search(text)
            and not (MINDER_NOT.search(text) and not MINDER_NOT_SPOILT.search(text))
        )
        or ASKED_ABOUT.search(text)
        or (
            FEARED_BEATING.search(text)
            and not (FEARED_NOT.search(text) and not FEARED_NOT_SPOILT.search(text))
        )
        or AT_NIGHT.search(text)
        or FORCED_CONTACT.search(text)
    )
    return [Finding(A, "abuse_minders", CRITICAL, 0, len(text))] if hit else []
