# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Harms told about new homes, bath time and journeys (rounds 76 and 77, miss7677), read as
meanings:

- a deadly act imagined ("if i jumped out my bedroom window", "if i walk in front of the bus",
  "if i stepped off the platform") and what the world would make of it: would anyone even care,
  notice or miss me, nobody has to put up with me, everyone would be better off - self-harm;
- (miss8081) going off for good, "never coming back so nobody has to deal with me" - self-harm;
- a grown-up's bath time, bedtime or shower made "special" with him or her and kept "our
  secret" ("uncle dave says bathtime is special with him and i have to keep it our secret") -
  grooming.

Near misses stay allowed: "if i jump off the wall onto the mat will you catch me", "if i walk
in front of the bus the driver beeps", "would anyone care if i painted my room blue", "never
coming back to this campsite, it rained all week", "bath time is special with mum cos we do
bubbles", "bedtime stories with grandad are our special time", a surprise kept secret for mum's
birthday."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

SH = SafetyCategory.SELF_HARM
GR = SafetyCategory.GROOMING

# --- a deadly act imagined, and whether anyone would care ----------------------------------------
_ACT = r"(?:jump|jumped|jumps|jumpt|leap|leapt|leaped|fell|fall|threw (?:my ?self|me)|throw (?:my ?self|me)|climbed|stepped|step|walked|walk|ran|run|lay down|lie down|laid down|went)"
_WHERE = r"(?:out (?:of )?(?:my |the |our |a |that )?(?:\w+ ){0,2}?(?:window|balcony)|off (?:the |a |that |our |my )?(?:\w+ ){0,2}?(?:roof|bridge|cliff|balcony|building|car park|tower|block of flats|flats|platform|pier|edge)|(?:in front of|under|into the path of|onto|on to|on) (?:the |a |that |an )?(?:\w+ )?(?:bus|buses|car|cars|train|trains|lorry|lorries|truck|van|traffic|tracks|railway|road|motorway|tram))"
_CARE = r"(?:would|will|wud|wd|does|do|did)\b (?:\w+ )?(?:any ?one|any ?body|any1|anyone at all|people|they|my (?:family|mum|mom|dad|parents)|mum|mom|dad|my friends)\b (?:even |actually |really |ever )?(?:care|notice|miss me|come to my funeral)"
_BURDEN = r"(?:nobody|no ?one|no-one|no body|everyone|everybody|my (?:family|mum|mom|dad|parents))\b (?:\w+ ){0,3}?(?:put up with|deal with|bother with|be stuck with) me\b|(?:everyone|everybody|they|my family|mum|dad|the world) (?:would|will|'?d) be (?:happier|better off|glad|relieved|free)"
IMAGINED_DEATH_ASKED = prefiltered(
    rf"\bif i (?:just |really |ever |actually |like )?{_ACT} (?:\w+ )?{_WHERE}\b[^.?!]{{0,40}}\b(?:{_CARE}|{_BURDEN})\b"
)
# (miss8081) Going off and never coming back "so nobody has to deal with me": gone for good to
# spare the others.
GONE_FOR_GOOD_SPARING = prefiltered(
    rf"\b(?:(?:never|not|won'?t|wont|don'?t|dont) (?:ever )?(?:be )?(?:coming|come|going|go|getting|get) (?:back|home)|(?:go|going|went|run|running|ran|walk|walking|wander|wandering|disappear|disappearing|vanish|vanishing) (?:off |away )?(?:for good|for ?ever))\b[^.?!]{{0,30}}\b(?:so|and|then|cos|because|coz)\b (?:then )?(?:{_BURDEN})\b"
)
_IMAGINED_OK = prefiltered(
    r"\b(?:onto the (?:mat|trampoline|bed|sofa|cushions|crash mat|bouncy castle)|into the (?:pool|water|sea|river|lake)|would anyone catch me|catch me|in the game|minecraft|roblox|fortnite|in my dream|the driver (?:beeps|stops|waves)|stop for me|let me on|pick me up)\b"
)

# --- bath time or bedtime made "special" and secret with a grown-up -------------------------------
_ROUTINE = r"(?:bath ?time|bath ?times|baths?|bathing|bath ?night|showers?|shower ?time|bed ?time|bed ?times|nap ?time|sleepovers?|tickle time|tickling|massages?|cuddle time|getting dressed|getting changed|changing time|wash time)"
_SECRET = r"(?:keep (?:it|this|that|them) (?:a |our |as (?:a |our )?)?(?:little |special |big )?secret|(?:our|a) (?:little |special |big )?secret|(?:don'?t|dont|do not|never|mustn'?t|not (?:to|allowed to)|can'?t) (?:ever )?tell|nobody (?:can|must|should) know|just between (?:us|me and him|me and her))"
ROUTINE_MADE_SECRET = prefiltered(
    rf"\b{_ROUTINE}\b[^.?!]{{0,25}}\b(?:is|are|was|were|be|gets?|feels?)\b (?:\w+ )?(?:special|our special time|our thing|different|extra special)\b[^.?!]{{0,25}}\bwith (?:him|her|them|me|uncle \w+|my uncle|\w+ uncle)\b[^.?!]{{0,60}}\b{_SECRET}"
    rf"|\bspecial {_ROUTINE}\b[^.?!]{{0,25}}\bwith (?:him|her|uncle \w+|my uncle)\b[^.?!]{{0,60}}\b{_SECRET}"
)
_ROUTINE_OK = prefiltered(
    r"\b(?:surprise|birthday|present|presents|christmas|party|bubbles? (?:recipe|mix)|for (?:mum|mom|mummy|dad|daddy|nan)'?s?)\b"
)


def find_new_homes_and_journeys(text: str) -> list[Finding]:
    whole = len(text)
    if IMAGINED_DEATH_ASKED.search(text) and not _IMAGINED_OK.search(text):
        return [Finding(SH, "imagined_death_would_anyone_care", CRITICAL, 0, whole)]
    if GONE_FOR_GOOD_SPARING.search(text) and not _IMAGINED_OK.search(text):
        return [Finding(SH, "gone_for_good_to_spare_them", CRITICAL, 0, whole)]
    if ROUTINE_MADE_SECRET.search(text) and not _ROUTINE_OK.search(text):
        return [Finding(GR, "bath_or_bed_made_secret", CRITICAL, 0, whole)]
    return []
