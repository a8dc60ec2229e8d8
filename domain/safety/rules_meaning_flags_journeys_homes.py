# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Worries and risky plans on long journeys, at the cinema, and in a new or a second home
(flags6869, rounds 68 and 69's flags), read as meanings:

- parents shouting, screaming or arguing at each other: "mum and dad shout at each other the
  whole way" - distress;
- the others all together and the child left on their own: "everyone sat together on the coach
  and left me on my own again" - distress;
- a young child's fear said with "me" for "i": "cinema too dark me scared", "me sad at daddy
  house" - distress (not "scared of the dark in new room" with no subject at all: the learned
  vouch clears that line, so a rules flag there would only be lowered again);
- mean things posted or said about the child, again and again: "the girls keep posting mean
  stuff about me in the group chat" - distress;
- panic that takes the breath: "the tunnel makes me panic and i cant breathe" - distress;
- a parent crying night after night, or since someone left: "mum cries in the kitchen every
  night since dad left" - distress;
- a wet bed and shame about it: "i wet the bed at dads and im so embarrassed" - distress;
- loved less than the new baby: "mummy will love the new baby more than me" - distress;
- the split blamed on oneself: "they said it isnt my fault they split up but i think its my
  fault" - distress;
- climbing on top of a train or a bus: "we're gonna climb on top of a train for a pic" - a
  dangerous activity;
- a heater pushed against the bed, the duvet or the curtains: "i put the heater right up
  against my bed" - a dangerous activity.

Near misses stay allowed: a story's bear scared of the dark, "i was scared in the film but it
was fun", an exciting tunnel, mum and dad shouting to each other across the garden, a seat to
myself so i could read, friends posting nice things, mum crying at a sad film or happy tears, a
little brother who wet the bed, "mummy said she'll love us both the same", a toy train, a
heater on in my room."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.meaning_concepts_people import DADS, GRANS, MUMS, STEP_PARENT
from domain.safety.prefilter import prefiltered

_PARENT = rf"(?:{MUMS}|{DADS}|{STEP_PARENT}|stepfather|stepmother|(?:{MUMS})'?s (?:boyfriend|partner)|(?:{DADS})'?s (?:girlfriend|partner))"
_PARENTS = rf"(?:(?:my )?parents|(?:my )?{_PARENT} and (?:my )?{_PARENT}|mummy and daddy|mommy and daddy|my folks)"
_FUN = r"(?:lol|lmao|haha\w*|joking|jokes|jk|pretend\w*|game|playing|fun|funny|laugh\w*)"

# --- parents at each other's throats ----------------------------------------------------------------
PARENTS_AT_EACH_OTHER = prefiltered(
    rf"\b{_PARENTS}\b[^.?!]{{0,25}}\b(?:shout\w*|yell\w*|scream\w*|argu\w*|fight\w*|fought|row\w*|bicker\w*|snap\w*|swear\w*|sware|go mad|going mad|have a go|having a go|had a go|slag\w* off|call\w* (?:each other|one another) names)\b (?:(?:at|with|to) )?(?:each other|one another|eachother)\b"
)
PARENTS_AT_EACH_OTHER_OK = prefiltered(
    rf"\b(?:across|from (?:upstairs|downstairs|the other room|the garden|the kitchen)|over the (?:music|noise|wind|telly|tv)|to be heard|(?:the|a) (?:answers?|scores?|words?|jokes?|names of)|cheer\w*|sing\w*|play\w* (?:a )?(?:game|cards|monopoly|scrabble)|{_FUN})\b"
)

# --- the others together, the child left on their own -----------------------------------------------
_OTHERS = r"(?:everyone|everybody|every1|they|the others|the other (?:kids|children|girls|boys)|the (?:girls|boys|kids)|all (?:the|my) (?:friends|mates|class|kids|girls|boys|others)|my (?:friends|mates|class|group)|(?:the )?rest of (?:the|my) (?:class|group|team))"
LEFT_ON_MY_OWN = prefiltered(
    rf"\b{_OTHERS}\b[^.?!]{{0,60}}\b(?:left|leave|leaves|leaving) me (?:all )?(?:on my own|by myself|by my ?self|alone|sat on my own|sitting on my own|behind)\b"
)
LEFT_ON_MY_OWN_OK = prefiltered(
    rf"\b(?:so (?:i|we) (?:could|can|got|get)|i (?:like|liked|wanted|wanna|want|prefer|preferred|asked)|at first|but then|let me (?:play|join|be|sit|come)|hide and seek|hide n seek|race|tag|won|winning|{_FUN})\b"
)

# --- a young child's fear, said without an "i'm" ------------------------------------------------------
_FEAR_WORD = (
    r"(?:scared|scarey|scard|frightened|fritened|afraid|sad|lonely|upset|worried|crying|cry)"
)
_OBJECT_OF = (
    r"(?:made|make|makes|let|lets|give|gives|gave|got|get|gets|help|helps|told|tell|tells|call|calls|"
    r"called|with|for|to|at|like|about|scare|scares|scared|leave|leaves|left|see|saw|want|wants|found|"
    r"find|keep|keeps|kept|thought|think|thinks|than|of|from|and|or|read|reads|show|shows|showed|sing|"
    r"sings|sang|send|sends|sent|teach|taught)"
)
_AFTER_CUE = rf"(?:^|[^\w\s']\s*|\b(?!{_OBJECT_OF}\s)[\w']+\s+)"
""""me" as the one who feels ("cinema too dark me scared"), not the one acted on ("made me
sad", "they call me sad"), nor one of two ("me and him ...")."""
ME_SCARED = prefiltered(
    rf"{_AFTER_CUE}me\s+(?:(?:is|am|very|so|really|too|bit|a bit|all|still|always|feel|feels|not like|no like)\s+){{0,3}}{_FEAR_WORD}\b(?! (?:the|a|an|my|his|her|him|them|us|off|away|everyone|everybody|it|stor(?:y|ies)|films?|songs?|books?|movies?|faces?|emojis?|bits?|parts?|things?|stuff)\b)"
)
ME_SCARED_OK = prefiltered(
    rf"\b(?:but (?:\w+ ){{0,3}}(?:fun|funny|ok|okay|fine|good|brave|loved? it|liked it|happy|better|cool)|not (?:scared|sad|frightened) (?:anymore|any more|now)|story|book|pretend\w*|{_FUN})\b"
)

# --- mean things posted or said about the child -------------------------------------------------------
_SAID_ABOUT = r"(?:posting|posts|posted|post|sending|sends|sent|putting|puts|put|writing|writes|wrote|saying|says|said|spreading|spreads|spread|sharing|shares|shared|making up|made up|telling|tell|told)"
_MEAN = r"(?:mean|nasty|horrible|rude|cruel|bad|fake|false|embarrassing|hurtful|awful|gross|horrid|evil|untrue|made up)"
SAID_ABOUT_ME = prefiltered(
    rf"\b(?:keep|keeps|kept|keep on|always|are|were|is|was|been|have been|started|start|starting|won'?t stop|wont stop)\s+(?:all\s+)?{_SAID_ABOUT}\s+(?:(?:such|really|so|loads of|lots of|more)\s+)?(?:{_MEAN}\s+(?:stuff|things|messages|comments|pics|pictures|memes|posts|lies|rumou?rs|videos)|lies|rumou?rs)\s+(?:about|of)\s+me\b"
    rf"|\b(?:made|make|makes|making|started|set up)\s+(?:a|another|their own)\s+(?:group ?chat|gc|chat|page|account|server)\s+(?:just\s+)?(?:about|to (?:laugh at|make fun of|talk about|slag off|roast))\s+me\b"
)
SAID_ABOUT_ME_OK = prefiltered(
    r"\b(?:game|pretend\w*|lol|lmao|haha\w*|jk|joking|in the story|in the play)\b"
)

# --- panic that takes the breath ---------------------------------------------------------------------
_PANIC = r"(?:panic|panics|panicked|panicking|panicky|panick\w*|freak out|freaks me out|freaking out|freaked out|scared|terrified|frightened)"
_NO_BREATH = r"(?:(?:can'?t|cant|cannot|couldn'?t|couldnt|could not) (?:breathe|breath|get my breath|catch my breath)|my chest (?:goes|gets|went|feels) (?:all )?tight|heart (?:goes|beats|was going|is going|pounds|pounding|races|racing) (?:really |so |super )?(?:fast|mad|crazy|hard))"
PANIC_NO_BREATH = prefiltered(
    rf"\b{_PANIC}\b[^.?!]{{0,40}}\b{_NO_BREATH}"
    rf"|\b{_NO_BREATH}\b[^.?!]{{0,40}}\b{_PANIC}\b"
    r"|\b(?:makes?|made) me (?:really |so |totally |proper )?(?:panic|freak out|have a panic)\b[^.?!]{0,30}\b(?:every time|each time|always|so bad|and (?:cry|shake|go all))"
)
PANIC_OK = prefiltered(
    r"\b(?:laugh\w*|giggl\w*|lol|lmao|haha\w*|funny|joke|jk|swimming (?:lesson|race)|under ?water|running|race|sprint\w*|excit\w*)\b"
)

# --- a parent crying night after night ---------------------------------------------------------------
_CARER = rf"(?:{MUMS}|{DADS}|{GRANS}|{STEP_PARENT}|grandad|grandpa|auntie|aunty|my parents|parents)"
CARER_CRYING = prefiltered(
    rf"\b(?<!baby )(?<!the )(?:my )?{_CARER}\b (?:\w+ )?(?:cries|crying|cried|keeps crying|has been crying|is always crying|sobs|sobbing)\b[^.?!]{{0,40}}\b(?:every (?:night|day|morning|time)|all the time|all night|loads|a lot|lots|most nights|since (?:\w+ ){{0,2}}(?:left|moved out|went|died|passed|lost|split|broke up)|when (?:she|he|they) thinks? (?:i|we) (?:can'?t|cant|don'?t|dont) (?:hear|see)|and i (?:don'?t|dont|do not) know what to do)\b"
    rf"|\bi (?:can |could |keep |always )?(?:hear|heard|see|saw|find|found) (?:my )?{_CARER} (?:crying|cry|sobbing)\b[^.?!]{{0,40}}\b(?:every (?:night|day|morning)|all the time|all night|again|at night|most nights|since)\b"
)
CARER_CRYING_OK = prefiltered(
    r"\b(?:film|movie|tv|telly|show|programme|book|onions?|happy tears|tears of joy|happy|wedding|laugh\w*|proud|so funny|lol|haha\w*|baby (?:cries|crying|cried))\b"
)

# --- a wet bed and shame -------------------------------------------------------------------------------
BED_WET_ASHAMED = prefiltered(
    r"\bi (?:still |always |keep |sometimes |accidentally )?(?:wet|wets|wetted|weed in|peed in|pee in|wee in|wee'?d in) (?:the |my )?bed\b[^.?!]{0,60}\b(?:embarr?ass?\w*|embaras\w*|ashamed|shame|don'?t want to go back|dont want to go back|never going back|hid (?:the|my) (?:sheets|pyjamas|pjs|pants)|hide (?:the|my) (?:sheets|pyjamas|pjs|pants)|nobody can know|no one can know|laugh\w* at me|called me|teas\w*|find out|baby)\b"
)
BED_WET_OK = prefiltered(
    r"\b(?:when i was (?:little|small|a baby|\d|three|four|five)|used to|years ago|lol|haha\w*|(?:but|and) (?:mum|mummy|mom|dad|daddy|\w+) said (?:it'?s|its|it is|that'?s|thats) (?:ok|okay|fine|normal|alright))\b"
)

# --- loved less than the new baby -----------------------------------------------------------------------
_BABY = r"(?:the |our |my )?(?:new )?(?:baby|babies|twins|newborn)(?: (?:brother|sister|sis|bro))?"
LOVED_LESS_THAN_BABY = prefiltered(
    rf"\b(?:love|loves|like|likes|want|wants|care about|cares about|prefer|prefers)\s+{_BABY}\s+(?:way |much |loads |so much |a lot )?more than me\b"
    rf"|\b(?:won'?t|wont|will not|doesn'?t|don'?t|dont|doesnt|not gonna|never) (?:love|want|like|care about) me (?:any ?more|as much|now)\b[^.?!]{{0,40}}\b(?:baby|babies|twins)\b"
    rf"|\b(?:baby|babies|twins)\b[^.?!]{{0,50}}\b(?:won'?t|wont|will not|doesn'?t|don'?t|dont|doesnt|not gonna|never) (?:love|want|like|care about) me (?:any ?more|as much)\b"
    r"|\b(?:nobody|no one|noone|no-one) (?:cares about|loves|wants|notices|plays with|has time for) me (?:any ?more |now )?since (?:the|our|my) (?:new )?baby\b"
)
# --- the split blamed on oneself ---------------------------------------------------------------------------
_SPLIT = r"(?:split\w*|divorc\w*|broke up|break up|breaking up|separat\w*|left|moved out|leaving|argu\w*|fight\w*|fought|row\w*)"
_MY_FAULT = r"(?:(?:i think|i know|maybe|i bet|i feel like|i reckon|really|secretly|deep down|but) (?:it'?s|its|it is|it was|it'?s all|its all) my fault|(?:it'?s|its|it is|it was) all my fault|(?:it'?s|its|it is|it was) because of me|(?:it'?s|its|it is|it was) (?:cos|coz|cause|cuz) of me|i (?:made|make) (?:them|mum and dad|my parents|\w+ and \w+) (?:split|break|argu\w*|fight|divorc\w*))"
SPLIT_MY_FAULT = prefiltered(
    rf"\b{_MY_FAULT}\b[^.?!]{{0,40}}\b{_SPLIT}"
    rf"|\b{_SPLIT}\b[^.?!]{{0,60}}\b{_MY_FAULT}\b"
)
SPLIT_MY_FAULT_OK = prefiltered(
    r"\b(?:lol|lmao|haha\w*|jk|joking|game|minecraft|roblox|team|lego|tower|glass|vase|cup|plate)\b"
)

LOVED_LESS_OK = prefiltered(
    r"\b(?:the same|just as much|both (?:of us|the same)|not true|isn'?t true|wasn'?t true|lol|haha\w*|jk|joking|my (?:cat|dog|puppy|kitten|hamster|rabbit))\b"
)

# --- climbing on top of a train or a bus ------------------------------------------------------------------
_PLAN = r"(?:can i|could i|can we|should i|i want to|i wanna|want to|wanna|i'?m gonna|im gonna|gonna|gunna|going to|i'?ll|ill|i will|we'?ll|let'?s|lets|i dare|dared me to|dare me to|dares me to|i tried to|we tried to|i might|we might|we'?re gonna|we are gonna|are gonna|were gonna|plan to|planning to)"
_VEHICLE = r"(?:trains?|carriages?|tube trains?|trams?|freight trains?|goods trains?|buses|bus|double deckers?|coaches|coach|lorry|lorries|trucks?|vans?|moving cars?)"
ON_TOP_OF_A_TRAIN = prefiltered(
    rf"\b{_PLAN}\b[^.?!]{{0,25}}\b(?:climb|get|go|stand|sit|ride|jump|lie|lay|surf|hop)\w* (?:up )?(?:on ?(?:to )?(?:the )?(?:top|roof) of|onto the (?:top|roof) of|on the (?:top|roof) of) (?:a |the |that |this )?(?:parked |moving |stopped |old |real )?{_VEHICLE}\b"
    rf"|\b(?:train|bus|tram) ?surf\w*\b"
    rf"|\b{_PLAN}\b[^.?!]{{0,25}}\b(?:walk|play|stand|sit|lie|lay|go|run|climb)\w* (?:on|along|across|down) (?:the )?(?:railway|train|rail|tube) (?:tracks?|lines?)\b"
)
ON_TOP_OK = prefiltered(
    r"\b(?:toy|model|lego|brio|train set|minecraft|roblox|game|playground|play park|climbing frame|pretend|bouncy|museum|ride-?on|kiddie|miniature|not allowed|never)\b"
)

# --- a heater against the bed -------------------------------------------------------------------------------
_HEATER = r"(?:heater|fan heater|electric heater|electric fire|gas fire|heat lamp|halogen heater|oil heater|plug-?in heater)"
_BEDDING = r"(?:bed|duvet|quilt|covers|blankets?|sheets|pillows?|mattress|curtains?|sofa|settee|clothes|dressing gown|teddies|towels?|sleeping bag|socks|pyjamas|pjs|jumper|school uniform|uniform)"
HEATER_AGAINST_BEDDING = prefiltered(
    rf"\b(?:put|puts|putting|pushed|pushes|push|moved|move|moves|dragged|drag|stuck|stick|have|had|keep|kept|got)\b (?:the |my |a |dads |dad'?s |mums |mum'?s )?{_HEATER}\b (?:right |really |all the way )?(?:up )?(?:against|touching|next to|under|in|inside|on|on ?to|onto|right by|right next to) (?:the |my )?{_BEDDING}\b"
    rf"|\b{_HEATER}\b (?:is |was |'?s )?(?:right |really )?(?:up )?(?:against|touching|pressed against|under|on top of|covered (?:with|in|by)) (?:the |my )?{_BEDDING}\b"
    rf"|\b(?:put|puts|putting|hang|hung|drape\w*|dry|dried|drying|threw|throw|chuck\w*) (?:the |my )?(?:wet |damp |soggy |school )?{_BEDDING}\b (?:right )?(?:over|on|on top of|onto) (?:the |my |a )?{_HEATER}\b"
)
HEATER_OK = prefiltered(
    r"\b(?:turned (?:it )?off|switched (?:it )?off|not on|isn'?t on|wasn'?t on|toy|minecraft|roblox|game|pretend)\b"
)


def find_journey_and_home_flags(text: str) -> list[Finding]:
    found: list[Finding] = []
    distress = (
        (PARENTS_AT_EACH_OTHER.search(text) and not PARENTS_AT_EACH_OTHER_OK.search(text))
        or (LEFT_ON_MY_OWN.search(text) and not LEFT_ON_MY_OWN_OK.search(text))
        or (ME_SCARED.search(text) and not ME_SCARED_OK.search(text))
        or (SAID_ABOUT_ME.search(text) and not SAID_ABOUT_ME_OK.search(text))
        or (PANIC_NO_BREATH.search(text) and not PANIC_OK.search(text))
        or (CARER_CRYING.search(text) and not CARER_CRYING_OK.search(text))
        or (BED_WET_ASHAMED.search(text) and not BED_WET_OK.search(text))
        or (LOVED_LESS_THAN_BABY.search(text) and not LOVED_LESS_OK.search(text))
        or (SPLIT_MY_FAULT.search(text) and not SPLIT_MY_FAULT_OK.search(text))
    )
    if distress:
        found.append(Finding(SafetyCategory.DISTRESS, "journey_home_worry", MODERATE, 0, len(text)))
    if (ON_TOP_OF_A_TRAIN.search(text) and not ON_TOP_OK.search(text)) or (
        HEATER_AGAINST_BEDDING.search(text) and not HEATER_OK.search(text)
    ):
        found.append(
            Finding(
                SafetyCategory.DANGEROUS_ACTIVITY, "journey_home_danger", MODERATE, 0, len(text)
            )
        )
    return found
