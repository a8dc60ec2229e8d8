# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Worries and risky plans at mealtimes, at Halloween, on bonfire night and on holiday
(flags7071, rounds 70 and 71's flags), read as meanings:

- the others making animal noises at the child: "everyone oinks at me when i eat in the
  canteen", "the boys make pig noises at me" - distress (bullying);
- shut out of what the others all did: "nobody asked me to go trick or treating", "my friends
  all went to the bonfire without me" - distress;
- bad dreams night after night: "the clown masks give me bad dreams every single night",
  "every night i get nightmares about the zombie" - distress;
- a food the child is allergic to, eaten to test it: "i want to eat a tiny bit of peanut to see
  if im still allergic", "im allergic to eggs but im gonna try some anyway" - a dangerous
  activity;
- a firework thrown or aimed at someone: "im gonna chuck a banger at jack", "lets fire a rocket
  at the boys" - violence;
- a jump off a roof of any kind, a flip off anywhere high: "wanna jump off the caravan roof onto
  the trampoline", "we jumped off the roof of the van", "im gonna do a backflip off the garage
  roof onto the trampoline" - a dangerous activity (one rule for rounds 29, 70-71 and 78-79);
- testing how close to a fire before something catches: "how close can i stand to the bonfire
  before my coat catches fire lets test it", "how long can i hold my finger over the candle" -
  a dangerous activity.

Near misses stay allowed: a little brother oinking in a Peppa Pig game, cows mooing at us at
the farm; friends who went without me because I was ill; one bad dream, bad dreams that used to
come, a brother's nightmares; a food challenge at the hospital, "im allergic to nuts so i cant
have the cake"; fireworks let off into the sky, bangers and mash thrown in a food fight; the cat
jumping off the shed roof, a roof jump in minecraft; "mum said stand behind the rope at the
bonfire"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.meaning_concepts_means import FLIPS
from domain.safety.meaning_concepts_people import FIRST_PERSON
from domain.safety.prefilter import prefiltered

_FUN = r"(?:lol|lmao|haha\w*|jk|joking|pretend\w*|game|minecraft|roblox|fortnite|lego|toy|film|movie|cartoon|story|book|video)"

# --- animal noises at the child -------------------------------------------------------------------
_OTHERS = r"(?:everyone|everybody|every1|they|they all|the (?:other |big |older )?(?:kids|boys|girls|children|lads)|all the (?:kids|boys|girls|others)|the others|people|kids|some (?:kids|boys|girls|lads)|the whole (?:class|table|bus|year|school)|my class|the lads)"
_NOISE = r"(?:oink|oinks|oinked|oinking|moo|moos|mooed|mooing|snort|snorts|snorted|snorting|grunt|grunts|grunted|grunting|squeal|squeals|squealed|squealing)"
_MAKE = r"(?:make|makes|made|making|do|does|did|doing)"
_ANIMAL = r"(?:pig|piggy|cow|moo|monkey|ape|gorilla|elephant|hippo|whale|sheep|goat|donkey|animal|farm ?yard|farm|oinking|snorting|grunting)"
NOISES_AT_ME = prefiltered(
    rf"\b{_OTHERS}\b[^.?!]{{0,30}}\b(?:{_NOISE}|{_MAKE} (?:\w+ )?{_ANIMAL} (?:noises?|sounds?)|go (?:oink|moo))\b (?:at|to|behind|when (?:they see|i)|whenever i|every time i) (?:me|i)\b"
    rf"|\b{_OTHERS}\b[^.?!]{{0,30}}\b(?:go|goes|went|going) ['\"]?(?:oink|moo)\w*\b[^.?!]{{0,20}}\b(?:at me|when i|whenever i|every time i)\b"
)
NOISES_OK = prefiltered(
    rf"\b(?:peppa|farm|zoo|cows?|pigs|piglets?|horses?|sheep|baby|panto|nativity|charades|guess the animal|animal noises game|we all|my (?:little |baby )?(?:brother|sister|cousin)|{_FUN})\b"
)

# --- left out of what the others all did ------------------------------------------------------------
_ALL_OF_THEM = r"(?:they|they all|everyone|everybody|every1|all my (?:friends|mates)|my (?:friends|mates)|the (?:other )?(?:kids|boys|girls)|the others|all the (?:others|kids|girls|boys)|the whole (?:class|street|group))"
_OUTING = r"(?:trick or treat\w*|trick ?r ?treat\w*|guising|the (?:bonfire|fireworks|party|disco|fair|park|cinema|sleepover|beach|pool)|a (?:party|sleepover|disco)|halloween|bonfire night|the halloween party|out|round|swimming|to town|with them|this year|again)"
WENT_WITHOUT_ME = prefiltered(
    rf"\b(?:nobody|no ?one|no-one|none of (?:my|the) (?:friends|mates|class|kids))\b (?:even )?(?:asked|invited|called for|knocked for|came for|wanted) me (?:to (?:go|come|join)(?: them)?(?: out)?|along|with them)\b[^.?!]{{0,15}}\b{_OUTING}"
    rf"|\b{_ALL_OF_THEM}\b (?:all )?(?:went|go|goes|are going|were going|have gone|had gone|'?ve gone|went off|set off|went out|go out)\b[^.?!]{{0,40}}\bwithout me\b"
)
WENT_WITHOUT_ME_OK = prefiltered(
    rf"\b(?:ill|sick|poorly|grounded|chicken ?pox|flu|bug|temperature|asleep|at (?:my )?(?:dads|mums|nans|grans|dad'?s|mum'?s|nan'?s|gran'?s)|on holiday|away|didn'?t want|didnt want|didn'?t wanna|didnt wanna|i said no|my choice|too young|too little|(?:my )?(?:mum|dad|parents|mum and dad|nan|grandma)\b[^.?!]{{0,20}}\b(?:went|go|goes)|but then|came back for me|saved me|{_FUN})\b"
)

# --- bad dreams night after night ----------------------------------------------------------------------
_BAD_DREAMS = r"(?:nightmares?|night ?mares?|bad dreams?|scary dreams?|horrible dreams?|horrid dreams?|night terrors?)"
_NIGHTLY = r"(?:every (?:single )?night|each night|night after night|every time i (?:go to sleep|sleep|close my eyes|go to bed)|every night since|all the time|for (?:weeks|ages|months)|every night this week)"
NIGHTMARES_NIGHTLY = prefiltered(
    rf"\b{_BAD_DREAMS}\b[^.?!]{{0,40}}\b{_NIGHTLY}\b"
    rf"|\b{_NIGHTLY}\b[^.?!]{{0,40}}\b{_BAD_DREAMS}\b"
)
NIGHTMARES_OK = prefiltered(
    rf"\b(?:used to|when i was (?:little|small|younger)|not any ?more|no more|stopped|gone now|went away|go away|goes away|keeps? (?:the |my |them |all )?(?:\w+ )?away|chases?|scares? (?:them|the \w+) away|dream ?catcher|my (?:little |baby |big )?(?:brother|sister|bro|sis|cousin|friend|dog|cat|puppy)|(?:he|she) (?:has|gets|had|got)|the bear|{_FUN})\b"
)

# --- an allergen eaten to test it -----------------------------------------------------------------------
_TRY_FOOD = r"(?:eat|eating|ate|try|trying|tried|have|having|taste|tasting|tasted|lick|licking|licked|touch|touching|nibble|nibbling|bite|sip|drink|swallow)"
_ALLERGIC = r"(?:allergic|allergy|allergies|gonna (?:swell|react|come up in)|get a reaction|have a reaction|react)"
ALLERGY_TESTED = prefiltered(
    rf"\b{_TRY_FOOD}\b[^.?!]{{0,50}}\b(?:to see|see|find out|test|check|know)\w* (?:if|whether|how) (?:i'?m|im|i am|i still|i (?:really |actually )?am|i'?d|i would|i will|i'?ll|my) (?:still |really |even |actually |really still )?(?:be |get |have )?{_ALLERGIC}\b"
    rf"|\b(?:i'?m|im|i am) (?:really |super |very |so |deadly |badly |a bit )?allergic to (?:\w+ ){{1,2}}(?:but|and) (?:i'?m|im|i) (?:gonna|going to|wanna|want to|will|'?ll|dare|might|really want to) (?:\w+ )?{_TRY_FOOD}\b(?! (?:it|them|one) (?:at|with) (?:the )?(?:hospital|doctors?|clinic))"
    rf"|\b(?:gonna|going to|wanna|want to|will|i'?ll|ill|let'?s|lets|dare me to|dared me to) {_TRY_FOOD}\b[^.?!]{{0,40}}\beven (?:though|tho|if) (?:i'?m|im|i am) (?:\w+ )?allergic\b"
)
ALLERGY_TESTED_OK = prefiltered(
    r"\b(?:hospital|clinic|doctors?|nurses?|allergist|specialist|consultant|food challenge|(?:mum|mom|dad|my parents) (?:says?|said|is|will|let|lets|is gonna|are going to)\b|with (?:my )?(?:mum|mom|dad|the doctor|the nurse)|grew out of|not allergic|used to be)\b"
)

# --- a firework thrown or aimed at someone ----------------------------------------------------------------
_THROW_AT = r"(?:throw|throws|threw|throwing|chuck|chucks|chucked|chucking|lob|lobs|lobbed|lobbing|fire|fires|fired|firing|aim|aims|aimed|aiming|point|points|pointed|pointing|shoot|shoots|shot|shooting|launch|launches|launched|launching|toss|tosses|tossed|tossing|flick|flicked)"
_THROW = rf"(?:{_THROW_AT}|set off|let off|drop|dropped|post|posted|shove|shoved|put|stick|stuck)"
_FIREWORK = r"(?:bangers?|fireworks?|rockets?|roman candles?|fire ?crackers?|crackers?|snappers?|bang ?snaps?|sparklers?|smoke bombs?|stink bombs?|catherine wheels?|air bombs?|mortars?|screamers?)"
_NOT_A_PERSON = r"(?:the |a |into the |up )?(?:end|start|top|bottom|back|front|park|field|beach|display|party|night|midnight|dusk|christmas|halloween|new years?|bonfire night|home|school|nans?|grans?|\d+|once|last|least|first|sky|air|bonfire|fire|ground|floor|water|sea|river|lake|bin|bucket|field|grass|garden|distance|tree|trees|moon|stars|wall|target|tin|bottle|sand|snow|clouds?)"
FIREWORK_AT_SOMEONE = prefiltered(
    rf"\b{_THROW_AT} (?:a |an |the |some |this |that |my |our |loads of |lots of |two |one of (?:the|my|them|those|these) )?(?:lit |massive |big |little |huge )?{_FIREWORK}\b(?: (?:straight|right|really|just))? (?:at|towards|toward) (?!{_NOT_A_PERSON}\b)\w+"
    rf"|\b{_THROW} (?:a |an |the |some |this |that |my |our )?(?:lit )?{_FIREWORK}\b (?:in|into|through|down|under|behind|up) (?:his|her|their|someone'?s|somebody'?s|people'?s|the neighbou?rs?'?|next doors?|[a-z]+'?s) (?:hood|face|pocket|bag|garden|house|letter ?box|door|window|car|feet|back|trousers|pants|top|shirt|tent|pram)\b"
)
FIREWORK_OK = prefiltered(
    rf"\b(?:sausages?|mash|bbq|barbecue|barbie|dinner|plate|food fight|hot ?dogs?|never|not allowed|mustn'?t|shouldn'?t|should not|don'?t|dont|do not|dangerous|illegal|nerf|{_FUN})\b"
)

# --- a jump off a roof, a flip off anywhere high ----------------------------------------------------------
# One rule for the roof jumps of rounds 29, 70-71 and 78-79: a jump, a leap or a flip off a roof
# of any kind ("wanna jump off the caravan roof onto the trampoline", "we jumped off the roof of
# the van"), a flip, a dive or a stunt off anywhere high ("im gonna do a backflip off the garage
# roof", "a front flip off the wall"); the child's own or planned (a first person or a plan
# somewhere in the message: "i", "we", "my", "let's", "wanna", "dared"). Jumping off a wall or a
# tree is play; a flip off one is a stunt. Not the self-harm modules' heights to fall from (a
# car park named with dying is theirs: ROOF_JUMP_OK) nor home_dangers' furniture.
_JUMP = rf"(?:jump\w*|leap\w*|{FLIPS})"
_DET = r"(?:the |a |our |my |his |her |their |\w+'?s )"
_ROOFED = r"(?:caravan|van|camper|campervan|motorhome|shed|garage|house|car|bus shelter|playhouse|summer ?house|bungalow|porch|conservatory|tree ?house|garden room|hut|barn|stable|chalet|lodge|cabin|school|flat|extension|wendy house)"
_HIGH = (
    r"(?:(?:\w+ )?(?:roof|rooftop|roofs)|garage|shed|balcony|bridge|cliff|cliffs|chimney|banister|bannister|upstairs window|bedroom window|window ?sill|window ledge|ledge|"
    r"(?:\w+ )?wall|fence|tree|top bunk|bunk bed|multi-?storey|car park|bus shelter|quarry|harbour wall|sea wall|top of the (?:stairs|garage|shed|wall|fence|tree|climbing frame|slide|house))"
)
# Searched from the jump, not from every "i" before it (26 ms on "i i i ...").
ROOF_JUMP = prefiltered(
    rf"\b{_JUMP} (?:right |straight )?(?:off|from|down from) {_DET}?(?:top of (?:the |our |a )?)?(?:(?!(?:the|a|our|my|his|her|their|top|of)\b)\w+ ){{1,2}}(?:roof|rooftop|roofs)\b"
    rf"|\b{_JUMP} (?:right |straight )?(?:off|from|down from) the (?:roof|top) of (?:the|a|our|my|his|her|their|\w+'?s) (?:\w+ )?{_ROOFED}\b"
    rf"|\b(?:{FLIPS}) (?:right |straight )?(?:off|from|down from|out of) {_DET}?{_HIGH}\b"
)
_ME_OR_A_PLAN = prefiltered(
    rf"\b(?:{FIRST_PERSON}|ill|i'?d|our|let'?s|lets|wanna|want to|wants to|gonna|going to|gunna|dare|dared)\b"
)
ROOF_JUMP_OK = prefiltered(
    rf"\b(?:never|not allowed|wouldn'?t|would never|shouldn'?t|mustn'?t|dream\w*|dreamt|cat|dog|squirrel|bird|monkey|santa|reindeer|snow (?:fell|slid)|stunt ?(?:man|men|woman|double)|spider-?man|superhero|action figure|saw a|watched|"
    rf"die|dying|dead|kill\w*|be here|any ?more|end it|fifa|toys|joke|in (?:the|a|my) (?:film|movie|video|game|story|book|cartoon)|{_FUN})\b"
)

# --- how close to a fire before something catches ---------------------------------------------------------
_FIRE = r"(?:bonfire|fire|fires|flames?|candles?|fireworks?|sparklers?|heater|fire ?pit|bbq|barbecue|barbeque|hob|lighter|matches|camp ?fire|fire ?place|torch)"
_CATCHES = r"(?:catch\w*(?: (?:fire|alight|light))?|caught(?: fire)?|melt\w*|burn\w*|go(?:es)? on fire|goes up in flames|set\w* (?:on fire|alight)|smok\w*|singe\w*|frazzle\w*|sizzle\w*|light\w* up|go(?:es)? (?:black|brown|crispy))"
_THING_ON_ME = r"(?:my|the|his|her|our|your) (?:\w+ )?(?:coat|hair|jumper|sleeves?|clothes|shoes|trainers|trousers|gloves|hat|hood|scarf|eyebrows|hands?|fingers?|skin|shirt|top|dress|costume|cape|wig|mask|onesie|socks|jacket|fleece|t-?shirt)"
_TEST = r"(?:let'?s (?:test|try|see|find out)|(?:test|try) it|i'?m gonna (?:test|try|see)|gonna (?:test|try|see|find out)|(?:wanna|want to) (?:test|try|see|find out)|find out|dare (?:you|me)|how (?:close|near|long|far) can (?:i|we)|bet i can)"
FIRE_TEST = prefiltered(
    rf"\b{_TEST}\b[^.?!]{{0,60}}\b{_FIRE}\b[^.?!]{{0,50}}\b(?:before|till|until|til|without)\b[^.?!]{{0,10}}\b{_THING_ON_ME} {_CATCHES}"
    rf"|\b{_FIRE}\b[^.?!]{{0,50}}\b(?:before|till|until|til)\b[^.?!]{{0,10}}\b{_THING_ON_ME} {_CATCHES}\b[^.?!]{{0,30}}\b{_TEST}\b"
    rf"|\bhow (?:long|close|near) can (?:i|we|you) (?:hold|keep|put|stick|leave) (?:my|our|your) (?:hand|hands|finger|fingers|arm|hair|face) (?:over|in|near|above|on|next to|by) (?:the |a )?(?:candle|flame|fire|lighter|match|bonfire|hob|heater|sparkler|campfire|fire ?pit|bbq)\b"
)
FIRE_TEST_OK = prefiltered(
    rf"\b(?:(?:mum|mom|dad|teacher|nan|grandad|the (?:man|lady|fire ?(?:man|fighter|officer)s?)) (?:says?|said|told|showed)|the rope|behind the (?:rope|fence|barrier|line)|safe distance|safely|fire ?(?:man|fighter|safety|officer)s?|science|experiment with (?:the |my )?teacher|{_FUN})\b"
)


def find_food_and_firework_flags(text: str) -> list[Finding]:
    found: list[Finding] = []
    distress = (
        (NOISES_AT_ME.search(text) and not NOISES_OK.search(text))
        or (WENT_WITHOUT_ME.search(text) and not WENT_WITHOUT_ME_OK.search(text))
        or (NIGHTMARES_NIGHTLY.search(text) and not NIGHTMARES_OK.search(text))
    )
    if distress:
        found.append(
            Finding(SafetyCategory.DISTRESS, "food_firework_worry", MODERATE, 0, len(text))
        )
    if FIREWORK_AT_SOMEONE.search(text) and not FIREWORK_OK.search(text):
        found.append(
            Finding(SafetyCategory.VIOLENCE, "firework_at_someone", MODERATE, 0, len(text))
        )
    danger = (
        (ALLERGY_TESTED.search(text) and not ALLERGY_TESTED_OK.search(text))
        or (ROOF_JUMP.search(text) and _ME_OR_A_PLAN.search(text) and not ROOF_JUMP_OK.search(text))
        or (FIRE_TEST.search(text) and not FIRE_TEST_OK.search(text))
    )
    if danger:
        found.append(
            Finding(
                SafetyCategory.DANGEROUS_ACTIVITY, "food_firework_danger", MODERATE, 0, len(text)
            )
        )
    return found
