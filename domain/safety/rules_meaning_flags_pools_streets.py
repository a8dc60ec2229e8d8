# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Worries and risky plans at the pool, the beach and out on the street (flags6667, rounds 66
and 67's flags), read as meanings:

- rough play that goes on after the child said stop, or a child kept being dunked: "the bigger
  boys keep dunking me and they dont stop when i say stop" - distress;
- still shaken after being lost from a carer: "i lost my mummy at the beach and im still all
  shaky" - distress;
- hating one's own body: "i hate my body so much in a swimsuit" - distress;
- shunned by the children of the street: "nobody on our street wants to play with me", "they
  all go inside when i come out" - distress;
- a person who died (a neighbour, a gran, a teacher), missed "so much", not long ago - distress;
- hounded by older children: "the teenagers outside the shop keep calling me names and
  following me home" - distress;
- alone at a public place, with when the carer comes back: "im at the pool on my own today,
  mum picks me up at 5" - personal information;
- a jump off a pier or a harbour wall dared or at low tide, a breath-holding contest under the
  water, a slide climbed up or gone down standing, a lamp post or a roof climbed for a dare,
  (flags8283) the top of the grain silo climbed alone - a dangerous activity;
- a child pushed into the deep end "to see if she can swim", a thing smashed with a hammer as
  a threat - violence;
- the teddy called thick: "ur so thick u couldnt even bake a cake" - an insult.

Near misses stay allowed: a dunking game with dad, "say stop if it's too rough", lost then
found and fine now, a thick fluffy teddy, a swimming lesson's underwater race to the wall with
the teacher, jumping off the diving board, the big slide, climbing the climbing wall, pushing a
friend on the swing, smashing a piggy bank."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.meaning_concepts_people import DADS, GRANS, MUMS
from domain.safety.phrase_trie import phrase_alternation
from domain.safety.prefilter import prefiltered

_CARER = rf"(?:my )?(?:{MUMS}|{DADS}|{GRANS}|grandad|grandpa|auntie|aunty|uncle|parents|big (?:sister|brother)|carer|childminder|foster (?:mum|mom|dad))"
_PLAN = phrase_alternation(  # a trie, fast after a gap on "if if if ..."
    "can i|could i|can we|should i|i want to|i wanna|i wanted to|want to|wanna|i'?m gonna|im gonna|i'?m gunna|im gunna|i'?m going to|im going to|gonna|gunna|going to|i'?ll|ill|i will|let'?s|lets|i might|i think i'?ll|i dare|dared me to|dare me to|dares me to|daring me to|i tried to|we tried to|i'?m about to|im about to"
)

# --- rough play that does not stop, dunked again and again ----------------------------------------
WONT_STOP_WHEN_TOLD = prefiltered(
    r"\b(?:they|he|she|the \w+|\w+s)\b (?:still |just )?(?:don'?t|dont|won'?t|wont|wouldn'?t|wouldnt|didn'?t|didnt|doesn'?t|doesnt|never) (?:ever )?stop\b[^.?!]{0,15}\b(?:even )?(?:when|if|after|though) i (?:say|said|says|tell|told|ask|asked|beg|begged|scream|screamed|shout|shouted|yell|yelled|cry|cried)\b"
    r"|\b(?:keep|keeps|kept|always|won'?t stop|wont stop) (?:(?:dunking|ducking|drowning) me|(?:pushing|holding|dragging) me under)\b"
    r"|\b(?:dunk|dunked|dunks|duck|ducked) me\b[^.?!]{0,40}\b(?:every (?:time|lesson|week|day)|again and again|all the time|over and over|till i (?:cry|cried|choke\w*|swallow\w*))\b"
)
ROUGH_PLAY_OK = prefiltered(
    r"\b(?:game|games|laughing|we laughed|fun|funny|tickl\w*|(?:my )?(?:dad|daddy|mum|mummy|mom|uncle) (?:dunk|dunked|ducks?|ducked) me)\b(?![^.?!]{0,20}\b(?:scared|crying|cried|hate|not fun)\b)"
)

# --- still shaken after being lost -----------------------------------------------------------------
_LOST = rf"(?:i (?:lost|couldn'?t find|couldnt find|could not find) {_CARER}|i got lost|i was lost|got separated|lost (?:me|each other))"
SHAKEN_AFTER_LOST = prefiltered(
    rf"\b{_LOST}\b[^.?!]{{0,80}}\b(?:still|all|so|really|im|i'?m|i am|i feel|i was) (?:all |so |really )?(?:shaky|shaking|shakey|trembly|trembling|wobbly|jittery|scared|frightened|upset|teary)\b"
)
LOST_OK = prefiltered(
    r"\b(?:but (?:i'?m|im|i am) (?:ok|okay|fine|better) now|game|hide and seek|minecraft|roblox|pretend|dream|lol|haha)\b"
)

# --- hating one's own body --------------------------------------------------------------------------
BODY_HATED = prefiltered(
    r"\bi (?:really |just |so )?(?:hate|hated|can'?t stand|cant stand|despise|loathe) (?:my (?:body|tummy|belly|thighs|legs|arms|stomach|bum|shape|size|face)|how i look|the way i look|looking at my ?self)\b[^.?!]{0,60}\b(?:swim\w*|costume|cozzie|cossie|bikini|swimsuit|mirror|changing|getting changed|pe\b|fat|ugly|gross|disgusting|sick|cry|crying|ashamed|embarrass\w*|so much)"
    r"|\bi (?:really |just |so )?(?:hate|can'?t stand|cant stand|despise|loathe) my body\b(?! ?(?:clock|double|temp\w*|parts? in|in (?:minecraft|roblox|the game)))"
)

# --- shunned by the children of the street ----------------------------------------------------------
SHUNNED_ON_THE_STREET = prefiltered(
    r"\b(?:nobody|no one|noone|no-one|none of the (?:kids|children|boys|girls))\b[^.?!]{0,30}\b(?:wants?|will|would|ever) (?:to )?(?:play|hang out|hang around|talk) with me\b"
    r"|\b(?:they|everyone|everybody|the (?:other )?(?:kids|children|boys|girls)|all the (?:kids|children|boys|girls))\b (?:all )?(?:go|goes|run|runs|went|ran|go back|going) (?:back )?(?:in|inside|indoors|home|away|off)\b[^.?!]{0,15}\bwhen (?:i|ever i) (?:come|go|get|went|came|walk) (?:out|outside|over|there|up)\b"
)

# --- a person who died, missed so much (not a pet, not long ago) ----------------------------------------
_PERSON_GONE = r"(?:neighbou?r|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|great (?:nan|gran|grandma|grandad)|auntie|aunty|aunt|uncle|cousin|teacher|friend|best friend|mate|(?:mrs|mr|miss|ms) \w+|lollipop (?:lady|man)|childminder|godmother|godfather)"
PERSON_DIED_MISSED = prefiltered(
    rf"\b(?:my|our)\b (?:\w+ ){{0,2}}?{_PERSON_GONE}\b[^.?!]{{0,20}}\b(?:died|passed away|passed|is dead|went to heaven)\b[^.?!]{{0,30}}\bmiss (?:him|her|them) (?:so (?:so )?much|loads|so bad|sooo+ much|like mad)\b"
)
GRIEF_LONG_AGO = prefiltered(
    r"\b(?:last (?:year|summer|winter|spring|autumn|christmas)|years ago|a long time ago|ages ago|when i was (?:little|a baby|\w+)|but (?:i'?m|im) (?:ok|okay|fine) now)\b"
)

# --- hounded by older children -------------------------------------------------------------------------
_GROUP = r"(?:teenagers|teens|older (?:kids|boys|girls|lads|ones)|big (?:kids|boys|girls|lads)|bigger (?:kids|boys|girls|lads)|year \d+s|some (?:kids|boys|girls|lads|teenagers|men)|(?:the|these|those) (?:boys|girls|lads|kids|gang|teens)|a gang|a group of \w+|they)"
HOUNDED = prefiltered(
    rf"\b{_GROUP}\b[^.?!]{{0,40}}\b(?:keep|keeps|kept|always|are always|start|started)\b (?:on )?(?:calling me (?:names|\w+)|following me|chasing me|shouting (?:at me|names)|spitting at me|throwing (?:\w+ ){{0,2}}at me|waiting for me)\b"
    rf"|\b{_GROUP}\b[^.?!]{{0,40}}\b(?:follow|follows|followed|following|chase|chased|chasing) me (?:all the way )?home\b"
)
HOUNDED_OK = prefiltered(
    r"\b(?:dog|puppy|cat|kitten|duck|ducks|seagulls?|geese|game|tag|it\b|tiktok|insta\w*|youtube|online|followers)\b"
)

# --- alone at a public place, and when the carer comes back ----------------------------------------------
_PLACE = r"(?:the )?(?:pool|swimming baths|baths|leisure cent(?:re|er)|beach|park|playground|shops?|shopping cent(?:re|er)|arcade|library|cinema|rec|skate ?park|field|lido|sports cent(?:re|er))"
_ALONE = r"(?:on my own|by myself|by my self|alone|on my tod|with no (?:grown ?ups?|adults?))"
_PICKUP = rf"(?:{_CARER} )?(?:picks? me up|is picking me up|will pick me up|'?ll pick me up|collects? me|is collecting me|comes? back|gets? me|is getting me|fetch(?:es)? me)"
_AT_HOUR = r"(?:at|about|around|after|gone|till|until) (?:\d{1,2}(?::\d\d)?(?: ?(?:o'?clock|pm|am))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|tea ?time|dinner ?time|lunch ?time|closing|half (?:past )?\w+|quarter (?:past|to) \w+)\b"
ALONE_TILL_PICKUP = prefiltered(
    rf"\b(?:i'?m|im|i am|i'?ll be|ill be|i go|i get dropped|i stay|i'?m staying)\b[^.?!]{{0,20}}\b(?:at|to|in) {_PLACE}\b[^.?!]{{0,15}}\b{_ALONE}\b[^.?!]{{0,70}}\b{_PICKUP}[^.?!]{{0,20}}\b{_AT_HOUR}"
    rf"|\b(?:i'?m|im|i am|i'?ll be|ill be)\b (?:\w+ )?{_ALONE}\b[^.?!]{{0,15}}\b(?:at|in) {_PLACE}\b[^.?!]{{0,70}}\b{_PICKUP}[^.?!]{{0,20}}\b{_AT_HOUR}"
)

# --- a dangerous plan at the water or the street ---------------------------------------------------
_HIGH_EDGE = r"(?:pier|jetty|harbou?r wall|sea ?wall|quay|quayside|dock|groyne|breakwater|rocks|cliffs?|prom|promenade|slipway|lock gates?)"
JUMP_OFF_THE_PIER = prefiltered(
    rf"\b(?:{_PLAN}|dared me|dare me|i'?m gonna|we'?re gonna|we'?re going to|we are going to)\b[^.?!]{{0,20}}\b(?:jump|leap|dive|bomb|flip|backflip)\w*\b (?:off|from|of) (?:the |a |that |this )?(?:end of the )?{_HIGH_EDGE}\b"
)
_BREATH_CONTEST = r"(?:compet\w*|compat\w*|comp|contest|challenge|race|who can|see who|seeing who|who could|who'?s the longest)"
BREATH_CONTEST = prefiltered(
    rf"\b{_BREATH_CONTEST}\b[^.?!]{{0,40}}\b(?:stay|sit|hold|last|lie|stay down|keep)\w*\b[^.?!]{{0,40}}\b(?:under(?: the)? water|underwater|at the bottom|on the bottom|under the longest|holding (?:our|their|my|your) breath|breath)\b[^.?!]{{0,40}}\b(?:longest|longer|the most|for ages|till (?:we|you|they) (?:pass out|faint|go dizzy))\b"
    rf"|\b{_BREATH_CONTEST}\b[^.?!]{{0,30}}\bhold (?:our|their|my|your|his|her) breath\b[^.?!]{{0,30}}\b(?:under(?: the)? water|underwater|at the bottom|in the (?:pool|deep end|bath|sea))\b"
)
# Speed: after "i", "we" the "l" every slide word has in its first 8 letters and the beginning
# of one are looked for first (by a letter, which `re` skips to at C speed), or a letter every
# verb of the third way has in its first 2.
_SLIDE = r"(?:slides?|flumes?|water ?slides?|helter skelter)"
SLIDE_WRONG_WAY = prefiltered(
    rf"\b(?:{_PLAN}|i|we)\b[^.?!]{{0,15}}\b(?:climb|run|walk|crawl|go)\w* up (?:the |a |that )?(?:big |water |tall )?{_SLIDE}\b[^.?!]{{0,25}}\b(?:from the bottom|the wrong way|backwards|then (?:go|come|slide) down)"
    rf"|\b(?:{_PLAN}|i|we)\b(?=[^.?!l]{{0,47}}l)(?=[^.?!]{{0,40}}sl|[^.?!]{{0,40}}fl|[^.?!]{{0,40}}wat|[^.?!]{{0,40}}hel)[^.?!]{{0,40}}\b{_SLIDE}\b[^.?!]{{0,30}}\b(?:go|come|slide|run|jump|went|came|slid)\w* down\b[^.?!]{{0,25}}\b(?:standing up|stood up|on my feet|on (?:our|my) feet|standing)\b"
    rf"|\b(?:{_PLAN}|i|we)\b(?=[^.?!]{{0,21}}[oluea])[^.?!]{{0,20}}\b(?:go|come|slide|run|jump|went|came|slid)\w* down (?:the |a |that )?(?:big |water |tall )?{_SLIDE}\b[^.?!]{{0,15}}\b(?:standing up|stood up|on my feet|on (?:our|my) feet|standing)\b"
    rf"|\b(?:standing up|stood up) (?:and )?(?:head ?first|backwards)\b"
)
# (flags8283) and the farm's: a grain silo, a barn roof, a wind turbine, a phone mast
_CLIMB_HIGH = r"(?:lamp ?posts?|street ?lights?|telegraph poles?|electricity poles?|pylons?|scaffolding|cranes?|drain ?pipes?|roofs?|garage roofs?|shed roofs?|bus shelters?|railway bridge|bridge|chimney|water tower|billboard|silos?|grain (?:silos?|towers?|bins?|stores?)|barn roofs?|wind ?turbines?|(?:phone|radio|telephone) masts?|masts?)"
DARED_TO_CLIMB = prefiltered(
    rf"\b(?:{_PLAN}|dared me|dare me|daring me|i'?m gonna|we'?re gonna)\b[^.?!]{{0,20}}\b(?:climb|get|go|shimmy|scramble)\w* (?:up |on ?to |onto |on |up on ?to |(?:up )?to the (?:very |tippy |tip )?top of )?(?:the |a |that |this |our |their )?(?:big |tall |old |farm'?s? |farmers? )?{_CLIMB_HIGH}\b"
)
CLIMB_OK = prefiltered(
    r"\b(?:minecraft|roblox|fortnite|game|lego|pretend|toy|dream|with (?:my )?(?:dad|daddy|mum|mummy|mom|grandad|grandpa|uncle|the farmer|a grown ?up|an adult|the guide|the instructor))\b"
)

# --- a push into deep water, a thing smashed with a tool -----------------------------------------------
_DEEP = r"(?:the )?(?:deep end|deep bit|deep water|pool|swimming pool|sea|river|lake|canal|pond|harbou?r|water|waves)"
# (fa8485) A stone, a stick or bread thrown into the water is play ("throw a rock in the river").
_THROWN_IN = r"(?:stones?|rocks?|pebbles?|sticks?|twigs?|leaves|bread|coins?|pennies|penny|balls?|shells?|sand)"
PUSH_INTO_DEEP_WATER = prefiltered(
    rf"\b{_PLAN}\b[^.?!]{{0,10}}\b(?:push|shove|throw|chuck|drag|knock|tip|dunk)\w* (?!me\b|myself\b|(?:\w+ )?{_THROWN_IN}\b)(?:\w+ ){{1,3}}?(?:in|into|in to|off into) {_DEEP}\b"
)
PUSH_OK = prefiltered(
    r"\b(?:swing|swings|pram|buggy|rubber ring|lilo|inflatable|boat|dinghy|float|wheelchair|toy|teddy|boat|game|pretend|minecraft|roblox|lifeguard|coach|instructor)\b"
)
_TOOL = r"(?:hammer|mallet|bat|cricket bat|baseball bat|brick|rock|stick|crowbar|axe|spanner|golf club|pole)"
SMASHED_AS_A_THREAT = prefiltered(
    rf"\b(?:if|next time|one more time|again)\b[^.?!]{{0,60}}\b{_PLAN}\b[^.?!]{{0,10}}\b(?:smash|break|wreck|bash|batter|trash|whack)\w*\b (?:it|that|his|her|their|the) ?(?:\w+ )?(?:up )?(?:\w+ )?with (?:my |a |his |her |our |dads |dad'?s |mums |mum'?s |the |\w+'?s )?{_TOOL}\b"
    rf"|\b{_PLAN}\b[^.?!]{{0,10}}\b(?:smash|break|wreck|bash|batter|trash)\w*\b (?:up )?(?:his|her|their|\w+'?s) (?:\w+ )?(?:up )?with (?:my |a |his |her |our |dads |dad'?s |mums |mum'?s |the )?{_TOOL}\b"
)
SMASH_OK = prefiltered(
    r"\b(?:piggy ?bank|ice|nuts?|eggs?|biscuits?|chocolate|walnuts?|coconut|crab|pinata|piñata|lego|minecraft|roblox|game|nails?|tent pegs?|pegs?|shed|old (?:fence|table|chair|wardrobe)|biscuit)\b"
)

# --- the teddy called thick -------------------------------------------------------------------------------
TEDDY_CALLED_THICK = prefiltered(
    r"\b(?:ur|you'?re|youre|you are|u r|u are|u'?re)\b (?:so |such a |really |proper |well |dead |soo+ |a )?(?:thick|dense|dim|thicko|dimwit|brainless|pea ?brain\w*)\b(?! (?:and )?(?:fur|furry|fluffy|soft|coat|cuddly|warm|woolly|wooly|jumper|blanket|pile))(?=[^.?!]{0,40}\b(?:teddy|ted|couldn'?t|couldnt|can'?t|cant|lol|lmao|even|idiot)\b|\s*teddy)"
    r"|\bteddy\b[^.?!]{0,10}\b(?:ur|you'?re|youre|you are|u r|u are)\b (?:so |such a |really |proper |well |dead |a )?(?:thick|dense|dim|thicko|dimwit|brainless)\b(?! (?:and )?(?:fur|furry|fluffy|soft|coat|cuddly|warm|woolly|wooly|jumper|blanket|pile))"
)


def find_pool_and_street_flags(text: str) -> list[Finding]:
    found: list[Finding] = []
    distress = (
        (WONT_STOP_WHEN_TOLD.search(text) and not ROUGH_PLAY_OK.search(text))
        or (SHAKEN_AFTER_LOST.search(text) and not LOST_OK.search(text))
        or BODY_HATED.search(text)
        or SHUNNED_ON_THE_STREET.search(text)
        or (HOUNDED.search(text) and not HOUNDED_OK.search(text))
        or (PERSON_DIED_MISSED.search(text) and not GRIEF_LONG_AGO.search(text))
    )
    if distress:
        found.append(Finding(SafetyCategory.DISTRESS, "pool_street_worry", MODERATE, 0, len(text)))
    if ALONE_TILL_PICKUP.search(text):
        found.append(
            Finding(SafetyCategory.PERSONAL_INFO, "alone_till_pickup", MODERATE, 0, len(text))
        )
    if (
        JUMP_OFF_THE_PIER.search(text)
        or BREATH_CONTEST.search(text)
        or SLIDE_WRONG_WAY.search(text)
        or (DARED_TO_CLIMB.search(text) and not CLIMB_OK.search(text))
    ):
        found.append(
            Finding(SafetyCategory.DANGEROUS_ACTIVITY, "pool_street_danger", MODERATE, 0, len(text))
        )
    if (PUSH_INTO_DEEP_WATER.search(text) and not PUSH_OK.search(text)) or (
        SMASHED_AS_A_THREAT.search(text) and not SMASH_OK.search(text)
    ):
        found.append(Finding(SafetyCategory.VIOLENCE, "pool_street_threat", MODERATE, 0, len(text)))
    if TEDDY_CALLED_THICK.search(text):
        found.append(Finding(SafetyCategory.INSULT, "teddy_called_thick", MODERATE, 0, len(text)))
    return found
