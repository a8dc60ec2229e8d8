# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Lessons, talent shows, the flats and the road: flags a child tells (rounds 86 and 87,
flags8687), read as meanings:

- a grown-up who shouts at me every time (each lesson, training, practice) and the child sick,
  shaking or dreading it ("coach shouts at me every single training and i feel sick in the car
  on the way") - distress;
- others shutting me in a locker, a cupboard or a bin ("the boys at karate shut me in the
  locker and called me a baby") - distress (bullying);
- my full or real name put online with my school, street or age ("I put my full name ... and my
  school on the about page of my youtube") - personal info;
- a flat or house number given with its floor, block or road ("our flat is number 14 on the
  third floor of the tall block ... on mill road") - personal info;
- a beating planned for a person ("gonna batter the delivery guy", "i want to punch the judge",
  "smash my violin over Ellas head") - violence;
- up onto the roof of the flats or a shed ("we get onto the roof of the flats through the fire
  door"), chicken played on the road or a run across right before the cars, loose or hanging
  wires touched ("wires hanging out by the shop, can i touch them") - a dangerous activity.

Near misses stay allowed: "smash it at the talent show", "punch the air", chicken nuggets, the
coach who shouts "well done", a locker shut on my coat, hide and seek in the cupboard; my
first name on my channel, "never put your full name online"; "my flat is near the park", the
view from the top of the flats from our window; a ball stuck on the roof; the electrician
fixing the wires; "we cross the road at the lights"."""

from __future__ import annotations

from domain.enums import SafetyCategory as C
from domain.safety.findings import MODERATE, Finding
from domain.safety.meaning_concepts_people import CARER_WORDS, FIRST_PERSON, GROWN_UP_ROLES
from domain.safety.prefilter import prefiltered

_NO = rf"never|not allowed|mustn'?t|shouldn'?t|should not|wouldn'?t|would never|told (?:me|us) not|(?:{CARER_WORDS}) said no"
_ME = prefiltered(rf"\b(?:{FIRST_PERSON}|our|let'?s|lets|can i|could i|should i|my mates?)\b")

# --- a grown-up shouting at me every time, and the child sick with it ------------------------------
_SHOUTER = rf"(?:{GROWN_UP_ROLES}|coaches|trainer|manager|conductor|examiner|miss|sir|mr \w+|mrs \w+|ms \w+|he|she)"
SHOUTED_AT_EVERY_TIME = prefiltered(
    rf"\b{_SHOUTER}\b (?:always |just |still |really )?(?:shouts?|shouted|shouting|yells?|yelled|yelling|screams?|screamed|screaming|bellows?|bellowed|snaps?|snapped|roars?|roared) at me\b[^.?!]{{0,25}}\b(?:every (?:single )?(?:training|lesson|practice|session|class|time|week|day|match|game|rehearsal|saturday|sunday)|all the time|the whole (?:time|lesson|session)|non ?stop)"
)
_SICK_WITH_DREAD = prefiltered(
    r"\b(?:feel|feels|feeling|felt|get|go|goes) (?:so |really |all |proper |a bit )?(?:sick|ill|shaky|wobbly|scared|frightened|terrified|nervous|panicky|funny in my tummy)\b"
    r"|\b(?:tummy|stomach|belly) (?:hurts|aches|ache|goes (?:funny|weird|tight))|\b(?:i|me) (?:cry|crying|cried|shake|shaking|shook)\b"
    r"|\b(?:don'?t|dont|do not) (?:want|wanna) to go\b|\bdread\w*|\bcan'?t sleep\b|\bthrow up\b|\bbeing sick\b"
)

# --- shut in a locker by others ------------------------------------------------------------------------
SHUT_IN_LOCKER = prefiltered(
    r"\b(?:shut|shuts|locked|locks|pushed|pushes|shoved|shoves|stuffed|stuffs|trapped|traps|threw|throws|squashed|squeezed|put|puts) (?:me|us) (?:in|inside|into) (?:the|a|my|their|his|her|an) (?:\w+ )?(?:lockers?|cupboard|bin|wheelie bin|cubicle|store ?room|cage|kit bag|equipment room|boot)\b"
)
# A grown-up shutting the child in, in the dark, all night or as a punishment, is abuse (its own
# rules block it); this is other children's bullying.
SHUT_IN_OK = prefiltered(
    rf"\b(?:hide and seek|hide n seek|hiding|game|by accident|accidentally|pretend|lol|haha|in the dark|all night|naughty|punish\w*|{GROWN_UP_ROLES}|{CARER_WORDS}|mr|mrs|miss|sir)\b"
)

# --- my full name posted online with where I am ----------------------------------------------------------
_POSTED = r"(?:put|puts|putting|post|posts|posted|posting|wrote|write|writes|writing|written|type|typed|typing|add|added|adding|share|shared|sharing|list|listed|show|shows|showed|showing)"
FULL_NAME_POSTED = prefiltered(
    rf"\b{_POSTED}\b (?:up )?(?:my|our) (?:full|real|whole|proper|first and last|first and second|actual) names?\b"
    r"|\bmy (?:full|real|whole|proper|actual) names? (?:is|'s|are) (?:on|in|up on)\b"
)
_AND_WHERE = prefiltered(
    r"\b(?:my|our) (?:school|address|street|road|town|postcode|post code|phone number|school'?s name|house|flat|age|birthday|class)\b|\bwhere i live\b|\b(?:which|what) school\b"
)
_ONLINE_PAGE = prefiltered(
    r"\b(?:youtube|yt|channel|tiktok|insta\w*|profile|bio|about (?:page|me|section|bit|tab)|description|account|username|online|website|blog|roblox|discord|snapchat|snap|facebook|twitch|page|vlog|video|comments?|server|stream)\b"
)
POSTED_OK = prefiltered(
    rf"\b(?:{_NO}|don'?t|dont|do not|deleted|removed|took (?:it|them) (?:off|down)|taken (?:it )?(?:off|down)|private|not my real|fake name|made up name|name tag|name label|exam|test paper|form|certificate|book|books|homework)\b"
)

# --- a flat or house number with its floor, block or road -------------------------------------------------------
FLAT_NUMBER = prefiltered(
    r"\b(?:our|my) (?:flat|apartment|apt|house|home|door)(?: number)? (?:is|'s|is at) (?:number |no\.? |#)?\d{1,4}[a-z]?\b(?! ?(?:minutes?|mins?|miles?|hours?|hrs?|doors?|streets?|stops?|floors?|stories|storeys|years?|km|metres|meters|steps|times|stars?)\b)"
    r"|\b(?:i|we) live (?:in|at) (?:flat|apartment|apt|number|no\.?) ?\d{1,4}[a-z]?\b"
)
_PLACED = prefiltered(
    r"\b(?:\w+ )(?:road|street|lane|avenue|close|drive|crescent|grove|terrace|court|gardens|estate|tower|towers|block|mansions|heights)\b|\b(?:floor|storey)\b|\b(?:next to|opposite|above|behind|across from) the\b"
)
FLAT_OK = prefiltered(r"\b(?:game|monopoly|story|book|film|pretend|dolls? ?house|lego)\b")

# --- a beating planned for a person ----------------------------------------------------------------------------
_PLAN = r"(?:gonna|gunna|going to|want to|wanna|i'?ll|ill|we'?ll|i will|we will|about to|plan to|planning to|feel like|should|could|might)"
_HIT = r"(?:smash|batter|punch|thump|deck|whack|bash|clobber|slap|kick|headbutt|hit|beat up|wallop|knock out|smack|lamp|belt|boot|sock|floor|flatten)"
_WHOM = rf"(?:judges?|referee|ref|umpire|examiner|{GROWN_UP_ROLES}|coaches|conductor|(?:delivery|pizza|takeaway|parcel|amazon|uber|taxi|ice cream) (?:guy|man|driver|person|lady|woman|boy|bloke|rider)|driver|courier|postman|postie|caretaker|man|guy|lady|woman|boy|girl|kid|lad|bloke|dude|bully|bullies|boys|girls|kids|lads)"
BEATING_PLANNED = prefiltered(
    rf"\b{_PLAN} (?:go |really |just |so |totally |proper )?{_HIT} (?:up )?(?:the|that|this|those|these|them|our|his|her|their) (?:\w+ )?{_WHOM}\b(?!'s|s'| ?(?:buzzer|bag|pads?|dummy|score|scores|marks?|record|ball|toy|game|cards?)\b)"
    rf"|\b{_PLAN} (?:go |really |just )?(?:smash|bash|whack|crack|hit|break|slam|wallop|clobber|bang)\w* (?:my|a|the|his|her|their|this|that|our) (?:\w+ ){{0,2}}?(?:over|on|into|across|round|against) (?:\w+'?s|his|her|their) (?:head|face|skull|nose|teeth|back)\b"
)
BEATING_OK = prefiltered(
    # (fa) a race won, not a fight: "im gonna smash that kid at swimming on friday"
    r"\b(?:smash|batter|floor|flatten)\w* (?:the|that|this|those|these|them|our|his|her|their) (?:\w+ )?\w+ (?:at|in) (?!school|class|the park|break|lunch|home|recess|playtime|the playground|the (?:face|head|nose|stomach|mouth|teeth)\b)\w+"
    r"|\b(?:never|wouldn'?t|would never|not really|only joking|just joking|jk|only kidding|in (?:the|my|a) (?:game|play|film|movie|story|dream)|pretend|dream\w*|boxing|punch ?bag|punching bag|pads|stage fight|scene|at (?:chess|fifa|uno|cards|the game)|pi[nñ]ata|air)\b"
)

# --- up on a roof, chicken on the road, loose wires touched ------------------------------------------------------
ONTO_ROOF = prefiltered(
    r"\b(?:get|gets|got|getting|climb\w*|go|goes|went|going|sneak\w*|snuck|hang\w* out|sit|sits|sat|sitting|run|runs|ran|running|play\w*|chill\w*|stand\w*|stood|walk\w*|jump\w*|clamber\w*|crawl\w*) (?:up )?(?:on|onto|on to|up on|up onto|out on|out onto|across|over|up to) (?:the |our |a |their |that |his |her |next door'?s )?(?:\w+ )?(?:roof|roofs|rooftops?)\b(?! (?:garden|terrace|restaurant|bar|cafe|pool|deck|top bar)\b)"
)
ROOF_OK = prefiltered(
    rf"\b(?:{_NO}|ball|frisbee|kite|shuttlecock|drone|plane|cat|bird|seagull|squirrel|pigeon|snow|rain|santa|reindeer|roofer|builder|builders|workmen|scaffold\w*|in (?:the|a|my) (?:game|film|movie|story|book|dream)|minecraft|roblox|fortnite)\b"
)
ROAD_CHICKEN = prefiltered(
    r"\bplay\w* chicken\b[^.?!]{0,30}\b(?:road|roads|street|traffic|cars|lorries|lorry|buses|bus|trains?|tracks|railway|level crossing|motorway)\b"
    r"|\b(?:run|runs|ran|running|dash\w*|leg it|jump|jumping|dart\w*|sprint\w*|ride|riding|cycle|cycling) (?:out )?(?:across|into|in front of|over) (?:the )?(?:\w+ )?(?:road|street|traffic|cars?|bus|lorry|lorries|trucks?|train)\b[^.?!]{0,30}\b(?:(?:right|just|seconds?|at the last second) (?:before|when)|last second|last minute|at the last|before (?:the|a) (?:cars?|bus|lorry|lorries|trucks?|train|traffic) (?:come|comes|hits?|gets?)|to see who)\b"
    r"|\b(?:dodg\w*|weav\w*) (?:in and out of |between |through )?(?:the )?(?:cars|traffic|buses|lorries)\b"
)
ROAD_OK = prefiltered(
    rf"\b(?:{_NO}|crossy road|frogger|video ?game|in (?:the|a|my) (?:game|film|movie|story)|nuggets?|lollipop|green man|zebra crossing|crossing patrol)\b"
)
LOOSE_WIRES = prefiltered(
    r"\b(?:wires?|cables?|electric\w*|power lines?)\b[^.?!]{0,15}\b(?:hanging|sticking|poking|coming|dangling) (?:out|down|off|loose)\b"
    r"|\b(?:bare|live|loose|broken|exposed|sparking|snapped|fallen|frayed|dangling) (?:electric |electrical |power )?(?:wires?|cables?|power lines?)\b"
)
_TOUCH = prefiltered(
    r"\b(?:touch|touched|touching|grab|grabbed|grabbing|pull|pulled|pulling|poke|poked|poking|hold|holding|play with|playing with|pick (?:it |them )?up|yank\w*|swing on|climb\w*|lick|step on|prod|prodded)\b"
)
WIRES_OK = prefiltered(
    rf"\b(?:{_NO}|don'?t|dont|do not|stay away|electrician|headphones|earphones|charger|lego|robot|circuit|battery|batteries|science|kit|braces|guitar|piano|toy|reported|rang|called)\b"
)


def find_lessons_and_flats_flags(text: str) -> list[Finding]:
    found: list[Finding] = []
    whole = len(text)
    distress = (SHOUTED_AT_EVERY_TIME.search(text) and _SICK_WITH_DREAD.search(text)) or (
        SHUT_IN_LOCKER.search(text) and not SHUT_IN_OK.search(text)
    )
    if distress:
        found.append(Finding(C.DISTRESS, "shouted_at_or_shut_in", MODERATE, 0, whole))
    posted = (
        FULL_NAME_POSTED.search(text)
        and _AND_WHERE.search(text)
        and _ONLINE_PAGE.search(text)
        and not POSTED_OK.search(text)
    )
    flat = FLAT_NUMBER.search(text) and _PLACED.search(text) and not FLAT_OK.search(text)
    if posted or flat:
        found.append(Finding(C.PERSONAL_INFO, "name_or_flat_given", MODERATE, 0, whole))
    if BEATING_PLANNED.search(text) and not BEATING_OK.search(text):
        found.append(Finding(C.VIOLENCE, "beating_planned", MODERATE, 0, whole))
    danger = (
        (ONTO_ROOF.search(text) and not ROOF_OK.search(text))
        or (ROAD_CHICKEN.search(text) and not ROAD_OK.search(text))
        or (LOOSE_WIRES.search(text) and _TOUCH.search(text) and not WIRES_OK.search(text))
    )
    if danger and _ME.search(text):
        found.append(Finding(C.DANGEROUS_ACTIVITY, "roof_road_or_wires", MODERATE, 0, whole))
    return found
