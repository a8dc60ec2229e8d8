# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Abuse by the grown-up in charge of a lesson or of practice (miss8687sa: round 86's tutors,
music teachers, coaches, talent shows), read as meanings:

- a teacher, coach or tutor, or the lady or man of a lesson ("the piano lady", "dance miss",
  "the swimming man"), who hits, smacks or raps the child's hands, fingers or legs with a ruler,
  a stick or a bow, really hard, or so they swell, bruise or bleed ("the piano lady smacks my
  fingers with a ruler really hard and they went all puffy");
- a grown-up (a carer or one in charge) who throws a thing at the child and it hits the child
  or hurts ("daddy screams and throwed my violin at me cos i didnt practise and it hit my
  face");
- a grown-up in charge who keeps food from the child all day or for a whole competition, or
  because it is "too fat" ("dance miss said im too fat and wouldnt let me have any food all
  day at the competition").

Near misses stay allowed: "miss uses a ruler to measure our drawings", "the coach hits the pads
really hard", "the piano teacher tapped my fingers to show the rhythm", "my piano teacher is
strict but kind", "i dropped my violin and it hit my foot", "dad threw the ball at me and it
hit my face lol", "mum threw my violin case in the car", "coach said no sweets before
training", "the swimming teacher said don't eat right before the lesson"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_people import CARER_WORDS, GROWN_UP_ROLES, SPORTS
from domain.safety.prefilter import Prefiltered, prefiltered
from domain.safety.rules_meaning_abuse_hidden import THROWN_IN_PLAY

AB = SafetyCategory.ABUSE

# The grown-up in charge: a role, or the lady or man of a lesson, sport or show.
_SUBJECT = rf"(?:{SPORTS}|piano|violin|viola|cello|guitar|drum|drums|singing|music|choir|drama|maths|math|english|reading|spelling|tuition|art|chess|flute|trumpet|recorder|keyboard|talent show|modelling|acting|stage school|theatre)"
_IN_CHARGE = rf"(?:{GROWN_UP_ROLES}|trainer|sensei|leader|sir|(?<!\bi )miss|mr|mrs|ms|choir ?master|conductor|band ?leader|director|manager|{_SUBJECT} (?:lady|man|woman|guy|miss|sir|mister|missus|teach|lady teacher|man teacher))"
_GROWN = rf"(?:{_IN_CHARGE}|{CARER_WORDS}|step ?\w+|uncle|auntie|aunty|aunt)"

# Hitting the child's hands or legs with something, hard, or till they swell.
_HIT = r"(?:hits?|hitting|smack(?:s|ed|ing)?|slap(?:s|ped|ping)?|whack(?:s|ed|ing)?|rap(?:s|ped|ping)?|thwack(?:s|ed)?|bash(?:es|ed)?|beats?|beat|cane[sd]?|flick(?:s|ed)?|jab(?:s|bed)?|pinch(?:es|ed)?|twist(?:s|ed)?)"
_PART = r"(?:me|my (?:hands?|fingers?|knuckles|wrists?|arms?|legs?|knees?|back|bum|bottom|head|face|ears?|palms?|feet|toes))"
_THING = r"(?:ruler|stick|cane|bow|baton|pointer|metre stick|meter stick|drumstick|drum stick|wooden spoon|spoon|belt|slipper|shoe|racket|bat|whistle|clipboard|book|music stand|hair ?brush)"
_HARD = r"(?:really hard|so hard|super hard|very hard|hard|till (?:it|they|i) \w+|until (?:it|they|i) \w+|every time|when(?:ever)? i (?:get|play|do|make|miss|forget)|if i (?:get|play|do|make|miss|forget))"
_SWOLLEN = r"(?:puffy|swollen|swelled|swell up|swelling|bruis\w*|bled|bleed\w*|blood|red marks?|marks|welts?|sore|throbb\w*|numb|black and blue|went (?:all )?(?:red|purple|blue|fat)|cut|cuts)"
# (Speed: the act is found first, then who did it looked for in the clause just before it.)
IN_CHARGE_HURTS = prefiltered(
    rf"\b(?<!\bi ){_HIT} {_PART}\b[^.?!]{{0,30}}?(?:\bwith (?:a|the|his|her|their|my) (?:\w+ )?{_THING}\b|\b{_HARD}\b|\b{_SWOLLEN}\b)"
)
ONE_IN_CHARGE = prefiltered(rf"\b{_IN_CHARGE}\b")
_HIT_KIT = prefiltered(
    r"\b(?:pads?|mitts?|ball|shuttle\w*|puck|punch ?bag|bag|tackle bag|target|dummy|in the game|high ?fives?|sparring|spar|by accident|accidentally|didn'?t mean|pretend|playing)\b"
)

# A thing thrown at the child that hit it or hurt.
_THROWN = (
    r"(?:threw|throwed|throws|chucked|chucks|flung|flings|hurled|hurls|lobbed|lobs|launched|slung)"
)
_STRUCK = rf"(?:(?:it|that|the \w+) (?:hit|smacked|whacked|bashed|cut|caught) (?:me|my)|hit me in|hurt|hurts|bleed\w*|bled|bruis\w*|black eye|{_SWOLLEN}|crying|cried|cry)"
THROWN_AT_CHILD = prefiltered(
    rf"\b{_THROWN}\b (?:\w+ ){{0,3}}?at (?:me|my (?:face|head|eyes?|nose|mouth|cheek|lip|back|tummy|chest|legs?|arms?))\b[^.?!]{{0,60}}?\b{_STRUCK}\b"
)
GROWN_UP = prefiltered(rf"\b{_GROWN}\b")

# Food kept from the child all day, or because it is "too fat", by the one in charge.
_KEPT_FROM = r"(?:wouldn'?t|wouldnt|won'?t|wont|didn'?t|didnt|doesn'?t|doesnt|never) let (?:me|us) (?:have|eat|get)|(?:wasn'?t|wasnt|weren'?t|werent|not|isn'?t) allowed (?:to (?:have|eat|get)|any)|(?:made|makes) (?:me|us) (?:skip|miss|go without)|(?:took|takes|take) (?:my|our|away my) (?:food|lunch|snacks?|dinner|packed lunch)"
_FOOD = r"(?:any ?thing(?: to eat)?|any (?:food|lunch|snacks?|dinner|breakfast|tea)|food|lunch|snacks?|dinner|breakfast|tea|meals?|a drink|water|nothing)"
STARVED_BY_IN_CHARGE = prefiltered(
    rf"\b(?:{_KEPT_FROM})\b[^.?!]{{0,15}}\b{_FOOD}\b[^.?!]{{0,40}}\b(?:all day|the whole day|all weekend|the whole (?:competition|show|comp|time)|for (?:hours|the whole|two days|days)|since (?:breakfast|yesterday|last night)|till (?:i|we) (?:lost|lose|weigh|fainted|nearly)|until (?:i|we) (?:lost|lose|weigh|fainted|nearly))\b"
    rf"|\b(?:says?|said|tells me|told me|thinks?|called me)\b[^.?!]{{0,10}}\b(?:i'?m|im|i am|i was|a|too) (?:too |so |really |a bit |getting )?(?:fat|big|heavy|chubby|fatty|porky|piggy|whale)\b[^.?!]{{0,30}}\b(?:{_KEPT_FROM})\b"
)
_FOOD_OK = prefiltered(
    r"\b(?:sweets|chocolate|fizzy|crisps|biscuits?|cake|before (?:the |a |my )?(?:lesson|race|swim|training|match|show|class)|in the (?:studio|pool|hall|changing rooms?)|on the (?:mat|floor|stage)|nearly (?:lunch|dinner|tea)|fasting|ramadan)\b"
)


def _finding(text: str, label: str) -> list[Finding]:
    return [Finding(AB, label, CRITICAL, 0, len(text))]


def _after(who: Prefiltered, act: Prefiltered, text: str, reach: int, stops: str = ".?!") -> bool:
    """Does `act` match with `who` named in the `reach` characters before it, in its clause."""
    for found in act.finditer(text):
        before = text[max(0, found.start() - reach) : found.start()]
        before = before[max(before.rfind(stop) for stop in stops) + 1 :]
        if who.search(before):
            return True
    return False


def find_abuse_lessons(text: str) -> list[Finding]:
    if (
        IN_CHARGE_HURTS.search(text)
        and _after(ONE_IN_CHARGE, IN_CHARGE_HURTS, text, 45)
        and not _HIT_KIT.search(text)
    ):
        return _finding(text, "in_charge_hurts_the_child")
    if (
        THROWN_AT_CHILD.search(text)
        and _after(GROWN_UP, THROWN_AT_CHILD, text, 45, ".?!,")
        and not THROWN_IN_PLAY.search(text)
    ):
        return _finding(text, "thrown_at_the_child")
    if (
        STARVED_BY_IN_CHARGE.search(text)
        and _after(ONE_IN_CHARGE, STARVED_BY_IN_CHARGE, text, 75)
        and not _FOOD_OK.search(text)
    ):
        return _finding(text, "starved_by_the_one_in_charge")
    return []
