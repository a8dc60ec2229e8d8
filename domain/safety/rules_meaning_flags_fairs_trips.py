# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Worries at the fair, the pier, on a coach trip and in a new or a children's home (flags of
miss8889: rounds 88 and 89), read as meanings, each flagged:

- standing up on a moving ride or a coach seat, a seatbelt undone to do it, a climb up the
  outside of a ride, a jump off the pier into the sea, paper in the shoes to pass the height
  check, over the home's fence to walk miles to mum: dangerous activity;
- a bite planned or done "really hard" to a named child or a brother: violence;
- a driver who had cans or beers and the car going wobbly: drugs and alcohol;
- laughed at and called shorty for being too short, a packed lunch eaten and the bag thrown in
  the pond, a scary clown seen again with eyes shut at bedtime; a stepparent who loves their own
  kids more, a move to another foster home not knowing anyone, a parent far away and an empty
  tummy: distress.

Near misses stay allowed: "we stood up at the end when the log flume stopped", "we jumped off
the little wall on the pier", "the height man measured me and i was tall enough", "the clown
made me laugh", "the ducks ate my bread at the pond", "my stepdad is nice and loves me as much as
his kids", "daddy lives in australia and we video call on sundays and its fun"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.phrase_trie import phrase_alternation
from domain.safety.prefilter import prefiltered

_PLAN = phrase_alternation(
    "can i|could i|can we|should i|i want to|i wanna|i wanted to|want to|wanna|i'?m gonna|im gonna|i'?m going to|im going to|gonna|going to|i'?ll|ill|i will|let'?s|lets|i might|i dare|dared me to|dare me to|i tried to|we tried to|we should|we should all|we could|we'?re gonna|were gonna|we are going to"
)
_MOVING = r"(?:log flume|flume|rollercoaster|roller coaster|ride|waltzer|big wheel|dodgems?|coach|bus|car|train|boat|speedboat|rib)"
STAND_ON_MOVING = prefiltered(
    rf"\b{_PLAN}\b[^.?!]{{0,15}}\bstand(?:ing)? up (?:in|on) (?:the |a )?{_MOVING}\b(?![^.?!]{{0,30}}\b(?:stops|stopped|finished|ended|is over|has stopped)\b)"
    rf"|\b(?:undid|undo|undone|took off|unclipped|unbuckled) (?:my |the )?(?:seat ?belt|belt|lap bar|harness)\b[^.?!]{{0,40}}\b(?:stood|stand|standing|climbed|jumped) (?:up )?on (?:the |my )?(?:seat|seats)\b"
    rf"|\b(?:stood|stand|standing) (?:up )?on (?:the |my )?seats? (?:on|in) (?:the |a )?{_MOVING}\b[^.?!]{{0,40}}\b(?:going|moving|driving|fast|motorway)\b"
)
_RIDE_OUTSIDE = r"(?:helter ?skelter|big wheel|ferris wheel|rollercoaster|roller coaster|ride|drop tower|tower|slide|pier|lighthouse|bandstand)"
CLIMB_OUTSIDE = prefiltered(
    rf"\b{_PLAN}\b[^.?!]{{0,15}}\bclimb\w* (?:up )?(?:the )?outside of (?:the |a )?{_RIDE_OUTSIDE}\b"
    rf"|\b{_PLAN}\b[^.?!]{{0,15}}\bclimb\w* up (?:the )?(?:big wheel|ferris wheel|helter ?skelter|rollercoaster|roller coaster|drop tower|lighthouse|pier legs|pylon)\b"
)
PIER_JUMP = prefiltered(
    rf"\b{_PLAN}\b[^.?!]{{0,20}}\bjump\w* (?:off|from) (?:the )?(?:end of the |edge of the )?(?:pier|harbour wall|jetty|end|edge)\b[^.?!]{{0,40}}\b(?:sea|water|tonight|at night|dark|tide)\b"
)
HEIGHT_CHEAT = prefiltered(
    r"\b(?:paper|tissues?|socks|insoles?|books?|cardboard|heels|platforms?|lifts?)\b[^.?!]{0,25}\b(?:in|into|under) (?:my|me|the|his|her) (?:shoes|trainers|wellies|boots|socks|heels)\b[^.?!]{0,40}\b(?:tall enough|big enough|height|measur\w*|let me on|get on|go on|won'?t notice|wont notice)\b"
    r"|\b(?:sneak|sneaked|snuck|trick|tricked|lie|lied|cheat|cheated) (?:past |on |about )?(?:the )?(?:height|measur\w*|stick|sign)\b"
)
RUN_TO_MUM = prefiltered(
    r"\b(?:climb|climbing|jump|jumping|get|getting|sneak|sneaking|run|running)\w* (?:over|out|through|under|off) (?:the )?(?:fence|gate|wall|window)\b[^.?!]{0,50}\b(?:walk|run|hitch|go|get) (?:all the way )?(?:to|back to|home to) (?:my )?(?:mums?|mum'?s|dads?|dad'?s|nans?|nan'?s|home|my real home)\b"
)

BITE = prefiltered(
    rf"\b{_PLAN}\b[^.?!]{{0,10}}\bbite (?:my |our )?(?:\w+ )?(?:[a-z]+|him|her|them)\b (?:really |so |super )?(?:hard|on the arm|till)\b"
    r"|\bi (?:\w+ )?bit (?:my |our )?(?:new |little |big |baby )?(?:step ?brother|step ?sister|brother|sister|cousin|friend|mate|him|her|them|[a-z]+) (?:really |so |super )?hard\b"
)
_NOT_A_PERSON = prefiltered(
    r"\b(?:bite|bit) (?:my |the |a |an |into )?(?:tongue|lip|lips|nails?|sandwich|apple|carrot|biscuit|cake|food|pencil|toast|lolly|ice|ice ?cream|chocolate|crisps|sweets?|cheek|it|off|of)\b"
)
DRUNK_DRIVER = prefiltered(
    r"\b(?:dad|daddy|mum|mummy|mom|uncle|driver|he|she|step ?dad|nan|grandad)\b[^.?!]{0,20}\b(?:had|drank|was drinking|drinks?|downed|had loads of|had lots of)\b (?:\w+ )?(?:cans|beers?|lagers?|ciders?|wine|vodka|drinks|pints|bottles|shots)\b"
    r"[^.?!]{0,60}\b(?:car|van|drove|driving|drive|swerv\w*|wobbly|wobbling|all over the road)\b[^.?!]{0,30}\b(?:wobbly|wobbl\w*|swerv\w*|all over|too fast|crash\w*|going|drove|driving)\b"
)
SHORT_MOCKED = prefiltered(
    r"\b(?:too short|too small|not tall enough|the smallest|so short|so small)\b[^.?!]{0,60}\b(?:laughed|laughing|called me|call me|mocked|teased|pointed)\b"
    r"|\b(?:laughed|laughing|called me|call me|mocked|teased)\b[^.?!]{0,20}\b(?:shorty|titch|tiny|short ?arse|midget|smurf|dwarf|hobbit|shrimp)\b[^.?!]{0,30}\b(?:all day|the whole|every|all the time|again|whole day|because|cos|coz)\b"
)
LUNCH_AND_BAG = prefiltered(
    r"\b(?:ate|eaten|took|stole|nicked|threw away|binned|stamped on|squashed)\b (?:all )?(?:my|me) (?:packed )?(?:lunch|sandwiches|snacks|food|crisps)\b[^.?!]{0,50}\b(?:threw|chucked|flung|kicked|tipped) (?:my|me) (?:bag|lunchbox|lunch box|coat|shoes|hat|stuff|things|rucksack|backpack)\b (?:in|into|in to) (?:the |a )?(?:\w+ )?(?:pond|river|lake|sea|bin|mud|water|canal|toilet|puddle)\b"
)
SCARE_STUCK = prefiltered(
    r"\b(?:clowns?|man|mask|monster|ghost|ghost train|scary \w+)\b[^.?!]{0,40}\b(?:scared|frightened|terrified|spooked)\b (?:me|us)\b[^.?!]{0,50}\b(?:keep|kept|still|every time i) (?:seeing|see|thinking about|hearing)\b[^.?!]{0,30}\b(?:close my eyes|shut my eyes|bedtime|in bed|at night|go to sleep|in the dark|night ?mares?)\b"
)
_STEP = r"(?:step ?(?:dad|mum|mom|father|mother|parent)|mum'?s (?:boyfriend|partner)|dad'?s (?:girlfriend|partner)|new (?:dad|mum))"
NEW_FAMILY_SAD = prefiltered(
    rf"\b(?:don'?t|dont|do not|never|can'?t|cant) (?:like|love|want)\b (?:my |our |the )?(?:new )?{_STEP}\b[^.?!]{{0,60}}\b(?:loves?|likes?|cares? about|wants?) (?:his|her|their|the) (?:own )?(?:kids|children|son|daughter|boys|girls|baby)\b (?:more|better)\b"
    r"|\b(?:have to|got to|gotta|going to|gonna|moving|move) (?:\w+ )?(?:to )?(?:a |another )?(?:new |different )?(?:foster (?:home|family|placement|carers?|house)|children'?s home|care home|placement)\b[^.?!]{0,30}\b(?:again|don'?t know (?:any|no)\w*|dont know (?:any|no)\w*|scared|sad|don'?t want|dont want|cry\w*|never)\b"
    r"|\b(?:dad|daddy|mum|mummy|mom|mommy)\b (?:\w+ )?(?:lives|moved|went|has gone|is) (?:\w+ ){0,2}(?:australia|america|abroad|far away|another country|the other side of the world|overseas|dubai|canada|new zealand|prison|jail)\b[^.?!]{0,40}\b(?:tummy|heart|chest|belly) (?:feels|is|hurts|goes) (?:all |so |really )?(?:empty|sore|heavy|funny|sad|achy|hollow)\b"
)


def find_fairs_trips_flags(text: str) -> list[Finding]:
    found: list[Finding] = []
    if (
        STAND_ON_MOVING.search(text)
        or CLIMB_OUTSIDE.search(text)
        or PIER_JUMP.search(text)
        or HEIGHT_CHEAT.search(text)
        or RUN_TO_MUM.search(text)
    ):
        found.append(
            Finding(SafetyCategory.DANGEROUS_ACTIVITY, "fair_trip_danger", MODERATE, 0, len(text))
        )
    if BITE.search(text) and not _NOT_A_PERSON.search(text):
        found.append(Finding(SafetyCategory.VIOLENCE, "bite_hard", MODERATE, 0, len(text)))
    if DRUNK_DRIVER.search(text):
        found.append(Finding(SafetyCategory.DRUGS_ALCOHOL, "drink_driver", MODERATE, 0, len(text)))
    if (
        SHORT_MOCKED.search(text)
        or LUNCH_AND_BAG.search(text)
        or SCARE_STUCK.search(text)
        or NEW_FAMILY_SAD.search(text)
    ):
        found.append(Finding(SafetyCategory.DISTRESS, "fair_trip_upset", MODERATE, 0, len(text)))
    return found
