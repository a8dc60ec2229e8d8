# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Self-harm told as a quiet way out (rounds 44 to 46's critical misses), read as meanings:

- staying or holding one's head under the water so as not to come back up ("if i stay under
  the bath water long enough maybe i wont have to come back up", "how long do you have to
  hold your head under so you dont come back up", "in the pool i'll hold my breath and then i
  dont come back up");
- letting go, or letting oneself fall, from the top of a rope, a wall, a ladder or a climbing
  frame on purpose, thought of or planned ("i thought about letting go at the top on purpose");
- starving or not eating until one dies or disappears ("i stopped eating my lunch so i can
  starve till i die");
- (round 52) a way to die named, to join someone in heaven ("can i make myself get sick so i
  go to heaven with my baby brother", "if i stop eating will i go to heaven with nana");
- (round 52) not eating so that a carer will worry, notice or care ("i stopped eating my lunch
  so maybe mum will worry about me like she worrys about the baby");
- someone (a sister, mum, the family) who would be better off, have more room or be happier if
  the child wasn't here, with a plan to make it so ("im gonna make that happen tonight");
- (round 57) how long it takes to die (freeze, drown, starve, bleed out) asked with the child's
  own act or a wish to try it ("how long does it take to freeze to death if i just lie down in
  the snow, i want to try it");
- (round 57) a way to die named, to be with a dead pet or person again, without the word heaven
  ("maybe ill just stop eating like our old cat did and then i can be with her");
- (miss90) a way to die or get hurt named (not eating, getting sick like grandad, running in
  front of a car), then seeing the one who died again or going where they are ("if i run in
  front of a car do you think i get to see my dog again");
- (round 58) staying under the water long enough not to have to wake up ("if i stayed under at
  the pool long enough i wouldnt have to wake up tomorrow"); under the duvet so as not to wake
  up early for school is not it.

Near misses stay allowed: holding one's breath under the bath water for ten seconds, a rope
climb race, letting go of the rope swing into the lake, "im starving till dinner", "im
starving to death lol", "my sister gets my room when i'm at camp", "when i'm really old i'll go to
heaven and see nana", "i stopped eating sweets so mum will be proud of me", how long it takes a pond to freeze, how long
to drown "if i fall through the ice" (an accident asked about), "i'll stop eating so fast so i can be
with her at playtime"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

_NOT = r"(?:won'?t|wont|wouldn'?t|wouldnt|don'?t|dont|do not|doesn'?t|doesnt|never|not|can'?t|cant|didn'?t|didnt)"

# Under the water, and not coming back up (a way out, not a breath-holding game).
UNDER_WATER = prefiltered(
    r"\b(?:under ?water|under the (?:bath ?|pool |sea |lake |river )?water|under the waves|under the surface|my head under|myself under|stay\w* under|go\w* under|sink\w* (?:to the bottom|down)|to the bottom of the (?:bath|pool|lake|sea|river))\b"
    # (fixholes) "in the pool i'll hold my breath and then i dont come back up".
    r"|\b(?:hold\w*|held) my breath\b|\bin the (?:swimming )?(?:pool|bath|sea|lake|river)\b|\bat (?:the )?(?:swimming|pool|baths)\b"
    # (miss66) the quarry or the deep water where the big kids jump: "i want to jump and not swim
    # back up"
    r"|\b(?:quarry|quarries|reservoir|canal|loch|weir|the deep end|the deep (?:bit|part|water)|how deep)\b"
    # (miss7879) a jump or a dive from a board, a pier or a boat: "i want to jump off the top
    # diving board and not swim back up on purpose"
    r"|\b(?:diving boards?|high ?boards?|top board|springboards?|(?:jump|dive|leap)\w* (?:off|from) (?:the |a )?(?:\w+ )?(?:pier|jetty|harbour wall|boat|rocks|board)|(?:jump|dive|leap|fall)\w* in(?:to)? the (?:\w+ )?(?:water|sea|lake|river|pool|waves))\b"
)
NOT_COMING_UP = prefiltered(
    rf"\b(?:i|you|u|me|myself|my body)\b[^.?!]{{0,20}}\b{_NOT} (?:have to |need to |ever |want to |gotta )?(?:come|coming|float|floating|get|getting|swim|swimming) (?:back )?up\b(?! (?:on(?! purpose)|onto|out|the|to|off)\b)"
    rf"|\band (?:then )?(?:just )?{_NOT} (?:ever )?(?:come|float|get|swim) (?:back )?up\b(?! (?:on(?! purpose)|onto|out|the|to|off)\b)"
    r"|\b(?:never|not) (?:surface|resurface|come out of the water)\b"
)
# (round 58) Under the water long enough not to wake up: "if i stayed under at the pool long
# enough i wouldnt have to wake up tomorrow" (under a duvet, or waking early, is not it).
STAY_UNDER = prefiltered(
    r"\b(?:under ?water|under the (?:bath ?|pool |sea |lake |river )?water|under the waves|under the surface|my head under|myself under|(?:stay|stayed|stayd|staying|stays|go|went|going|sink|sank|sinking|held|hold|holding|keep|kept) (?:\w+ )?under|sink\w* (?:to the bottom|down)|to the bottom of the (?:bath|pool|lake|sea|river))\b"
)
NO_WAKE_AFTER = prefiltered(
    rf"\b{_NOT} (?:ever )?(?:have to |need to |gotta |got to )?(?:ever )?(?:wake|waking) up\b(?! (?:early|earlier|late|for|at|till|until|til|before|in time|on time)\b)"
)
_UNDER_COVERS = prefiltered(
    r"\b(?:duvet|covers|blankets?|quilt|sheets|bed|umbrella|shelter|table|stairs|sofa|snorkel\w*|goggles|mermaid|submarine)\b"
)
# (review) up again later: "i don't come up till the other end", "for a while".
_UP_LATER = prefiltered(
    r"\b(?:come|coming|float|floating|get|getting|swim|swimming) (?:back )?up (?:till|until|til|for (?:a (?:while|bit|few|second|minute)|ages|\d+|ten|five|twenty)|before|at the (?:other )?end)\b"
)
_WATER_PLAY = prefiltered(
    r"\b(?:seconds|secs|snorkel\w*|goggles|mermaid|submarine|diving (?:for|ring|stick|lesson)|swimming lesson|treasure|toy|boat|duck|torpedo|til(?:l)? (?:the )?(?:count|whistle|teacher)|until (?:the )?(?:count|whistle|teacher|i say|you say))\b"
)

# Letting go from a height on purpose, thought of or wanted.
_THINK = r"(?:thought|think|thinking|want|wanted|wanna|wish|wished|feel like|felt like|imagine|imagined|plan\w*|going to|gonna|might|tempted|urge|nearly|almost|could just|should just)"
LET_GO_HIGH = prefiltered(
    rf"\b{_THINK}\b[^.?!]{{0,25}}\b(?:let(?:ting)? go|let(?:ting)? myself (?:fall|drop)|just (?:fall|falling|drop|dropping)|fall\w* off|jump\w* off|drop\w* off|throw\w* myself off)\b[^.?!]{{0,40}}\b(?:on purpose|deliberately|and (?:fall|falling|dying|die)|to (?:fall|die)|so i (?:fall|die|break|get hurt|would die|wouldnt|won'?t|wont)|and not (?:hold on|grab))"
)
HIGH_PLACE = prefiltered(
    r"\b(?:the top|at the top|rope|ropes|climbing (?:wall|frame)|climbing|ladder|bridge|roof|balcony|cliff|tower|high|the wall bars|bars|tree|scaffold\w*|crane|stairs|bannister|banister)\b"
)
_SAFE_DROP = prefiltered(
    r"\b(?:rope ?swing|swing|into the (?:lake|river|pool|water|sea)|splash|crash ?mat|mat|harness|belay\w*|zip ?wire|trampoline|bouncy|foam pit|ball pit|race|races|racing|monkey bars|slide|to land|land on my feet|go fast|go faster|diving board|big wave|lowers? me|lower me|catch(?:es)? me|auto)\b"
)

# Starving or not eating until one dies or disappears.
STARVE_TO_DIE = prefiltered(
    r"\b(?:starv\w*|stop\w* eating|stopped eating|not eat\w*|not going to eat|never eat\w*|won'?t eat|wont eat|don'?t eat|dont eat|refus\w* to eat|skip\w* (?:every|all my) meals?)\b[^.?!]{0,30}\b(?:(?:till|until|til|so|and) (?:i |i'?m |im |i can |i will |i'?ll )(?:just )?(?:die|dead|disappear|waste away|am gone|gone|not here|not alive|stop breathing)|(?:till|until|til) (?:death|dead)|myself to death|to death so)\b"
    r"|\bstarv\w* my ?self\b[^.?!]{0,20}\b(?:to death|till|until|so i)\b"
)
_HYPERBOLE = prefiltered(
    r"\b(?:lol|lmao|haha\w*|jk|joking|so hungry|hungry|when'?s (?:dinner|tea|lunch)|if (?:dinner|tea|lunch|food) (?:isn'?t|is not|doesn'?t)|till (?:dinner|tea|lunch|break)|in the game|my (?:sims?|character|tamagotchi|pet)|yuck\w*|gross|disgusting|horrible|broccoli|sprouts|peas|carrots|cabbage|mushrooms|veg|vegetables|greens|cauliflower|spinach)\b"
)

# (round 52) Joining someone in heaven, with a way to die named.
JOIN_IN_HEAVEN = prefiltered(
    r"\b(?:so|then|and|to|if|could|can|will|would) (?:that )?(?:i|me) (?:can |could |would |will |'?ll |might |get to |go |just )?(?:go|get|be|see|join|meet|live|stay|hug|visit|play)\b[^.?!]{0,25}\b(?:in|to|up in|up to) (?:heaven|heavan|hevan|heven)\b"
    # (review54) "how can i die so im with my brother in heaven"
    r"|\b(?:so|then|and|to|if) (?:that )?(?:i'?m|im|i am|i'?d be|i'?ll be|i will be|i would be|i can be|i could be) (?:with|up with|in heaven with)\b[^.?!]{0,25}\b(?:heaven|heavan|hevan|heven)\b"
    r"|\b(?:heaven|heavan|hevan|heven)\b[^.?!]{0,10}\b(?:with|to (?:be with|see|join|meet)|and (?:be with|see|join|meet)) (?:my|our|nan|nana|gran|grandma|grandad|grandpa|mum|mom|mummy|dad|daddy|him|her|them)\b"
)
MEANS_TO_DIE = prefiltered(
    r"\b(?:make my ?self|get (?:really |very |so )?(?:sick|ill|poorly|hurt)|stop\w* eating|not eat\w*|don'?t eat|never eat|starv\w*|die|dying|dead|jump\w*|pills|tablets|hurt my ?self|run over|drown\w*|stop breathing|how (?:do|can|could) i (?:get|go)|fastest way|quickest way)\b"
)
_HEAVEN_LATER = prefiltered(
    r"\b(?:one day|some ?day|when i'?m (?:really |very )?old|when i (?:grow|get) (?:up|old)|after a long|a long (?:long )?time|mum says|dad says|(?:mum|mom|dad|nan) (?:said|told me)|when we (?:all )?die)\b"
)

# (round 52) Not eating so that a carer will worry, notice or care.
STARVE_FOR_NOTICE = prefiltered(
    r"\b(?:(?:stop\w*|quit|skip\w*|not|never|won'?t|wont|don'?t|dont|didn'?t|didnt|refus\w* to) (?:gonna |going to |gunna )?(?:eating |eat |have |having )?(?:my |any )?|(?:throw\w*|threw|chuck\w*|bin\w*|hid\w*|hide|giv\w*|gave) (?:away )?(?:all )?(?:my )?)(?:lunch|dinner|tea|breakfast|food|meals?|eating|eat)\b(?: away| anything| nothing| at all| a thing)?[^.?!]{0,30}\b(?:so|hoping|till|untill?|til|to make) (?:that )?(?:maybe |then |at last |finally )?(?:my )?(?:mum|mom|mummy|mommy|dad|daddy|parents|they|someone|somebody|anyone|people|nan|everyone)\b[^.?!]{0,12}\b(?:will|would|might|'?ll|'?d|could|start to|starts? to|finally)? ?(?:worry|worries|notice|notices|care|cares|love|loves|see|sees|look at|pay attention|feel sorry|remember)\b"
)
_NOTICE_NOT = prefiltered(
    r"\b(?:sweets?|chocolate|crisps|sugar|junk|fizzy|biscuits?|candy|meat|healthy|proud|fasting|ramadan|lent|vegan|vegetarian)\b"
)

# Someone better off if the child wasn't here, and a plan to make it so.
IF_I_WASNT_HERE = prefiltered(
    r"\b(?:would|will|could|'?d)\b[^.?!]{0,50}\b(?:if|when|once) i (?:wasn'?t|wasnt|was not|weren'?t|werent|were not|am not|'?m not|was gone|were gone|am gone|disappeared|was dead|were dead|didn'?t exist|didnt exist|never existed)\b(?! (?:for|at|on|in time|today|during|there|so|as|too|such|always|up|late|being|ill|sick|poorly|naughty|chatty|noisy|loud|mean|grumpy|rude|in the way)\b)"
    r"|\b(?:better off|happier|easier|more room|more space|more money)\b[^.?!]{0,20}\bwithout me\b"
)
MAKE_IT_SO = prefiltered(
    r"\b(?:make (?:that|it|this) (?:happen|come true|so|real)|(?:gonna|going to|will|'ll|im|i'?m) (?:do it|do something about (?:it|that)|fix (?:that|it)|sort (?:that|it) out|disappear|be gone|go away for (?:good|ever)|leave for (?:good|ever)|make sure)"
    r"|(?:gonna|going to|will|'ll|plan\w* to)\b[^.?!]{0,25}\b(?:tonight|tomorrow|this week|soon|when (?:they|everyone)'?r?e? (?:asleep|sleeping|out)))\b"
)
_MISSED = prefiltered(
    r"\b(?:sad|sadder|miss me|missed me|upset|cry|crying|worried|worry|lonely|bored|scared|lost|heartbroken)\b"
)
_AWAY_FRAME = prefiltered(
    r"\b(?:camp|sleepover|school trip|residential|holiday|nan'?s|nana'?s|grandma'?s|dad'?s house|mum'?s house|mom'?s house|my room to myself|swap rooms)\b"
)


# (round 57) How long it takes to die, asked with the child's own act or a wish to try it.
_DIE_BY = r"(?:freeze to death|freeze solid|freeze(?! (?:it|them|the|some|ice|water|juice|lollies|over))|starve to death|starve|bleed to death|bleed out|drown|suffocate|die|be dead|stop breathing|choke to death)"
HOW_LONG_TO_DIE = prefiltered(
    rf"\bhow (?:long|many (?:minutes|hours|days|nights)|fast|quick(?:ly)?) (?:does|would|will|did|do|could|can) (?:it (?:take|be) )?(?:(?:for )?(?:me|you|u|someone|a (?:kid|person|child)) )?(?:to )?{_DIE_BY}\b"
    rf"|\b(?:can|could|would|will|do|does) (?:you|u|i|a (?:kid|person|child)) (?:really |actually )?{_DIE_BY}\b"
)
_MY_OWN_ACT = prefiltered(
    r"\bif (?:i|you|u) (?:just |only |really )?(?:lie|lay|lied|laid|stay|stayed|sit|sat|sleep|slept|stand|go out|went out|walk out|stop eating|stopped eating|don'?t eat|dont eat|never eat|hold my head|put my head|cut|jump|sink|stay under|keep (?:my|your) head)\b"
    r"|\b(?:i|me) (?:want|wanna|wanted|am going|'?m going|am gonna|'?m gonna|im gonna|im going|will|'?ll|might|could) (?:to )?(?:try|do) (?:it|that|this)\b|\b(?:let me|gonna|going to) try (?:it|that)\b|\bon my ?self\b"
)
_DIE_ASKED_NOT = prefiltered(
    r"\b(?:project|homework|science|documentary|film|movie|book|story|game|minecraft|roblox|fortnite|character|penguins?|fish|plants?|flowers?|ice cubes?|ice lolly|lollies|water|pond|lake|puddle|phone|battery|zombies?)\b"
)

# (round 57) A way to die named, to be with a dead pet or person again (no heaven said).
_WITH_ONE = r"(?:with|next to|beside) (?:him|her|them|my \w+|our \w+|nan|nana|gran|grandma|grandad|grandpa|granny)"
_FOR_EVER = r"(?:again|forever|for ever|for good|up there|in the sky|over the rainbow bridge)"
BE_WITH_THE_DEAD = prefiltered(
    rf"\b(?:so|then|and then|and) (?:that )?(?:(?:i|me) (?:can|could|will|'?ll|would|'?d|might|get to)|i'?d|id|i'?ll|ill) (?:be|go|stay|sleep|curl up) {_WITH_ONE}(?: \w+)?\b(?: {_FOR_EVER})?\s*(?:$|[,.!?;])"
)
BE_WITH_AGAIN = prefiltered(
    rf"\b(?:(?:so|then|and then|and) (?:that )?(?:(?:i|me) (?:can|could|will|'?ll|would|'?d|might|get to)|i'?d|id|i'?ll|ill)|(?:will|would|could|can|do) i(?: get to)?) (?:be|go|stay|sleep) {_WITH_ONE}(?: \w+)? {_FOR_EVER}\b"
)
STOP_EATING_OR_DIE = prefiltered(
    r"\b(?:stop\w* eating|not eat\w*|don'?t eat|dont eat|never eat|starv\w*|die|dying|kill my ?self|pills|tablets|drown\w*|stop breathing|jump\w* off|run over|freeze|sleep forever|not wake up|never wake up)\b"
)
THE_ONE_IS_DEAD = prefiltered(
    r"\b(?:died|dead|passed|put down|put to sleep|gone|rainbow bridge|heaven|buried|grave|funeral|like (?:our|my|the) (?:old |poor )?\w+ (?:did|done)|(?:our|my) (?:old|poor) (?:cat|dog|hamster|rabbit|bunny|pony|horse|guinea pig|fish|budgie|pet|kitty|puppy|nan|gran|grandad|grandpa|grandma))\b"
)
_EATING_FRAME = prefiltered(
    r"\b(?:at (?:playtime|break|lunch|school|the party|the park)|tomorrow|after school|on (?:saturday|sunday|the weekend)|for tea|sleepover|stop eating (?:so fast|sweets|chocolate|junk|crisps)|video ?call|facetime|when i'?m (?:really |very )?old|when im old|one day|some ?day|when i grow up|in the game)\b"
)


# (miss90) A way to die or get hurt named, then seeing the one who died again or going where
# they are: "if i dont eat nothing at all maybe ill get sick like grandad and go where he is",
# "if i run in front of a car do you think i get to see my dog again". A death wished with no
# way named ("when i die ill see my dog again", "when im old ill go where grandad is") is
# JOIN_IN_HEAVEN's _HEAVEN_LATER reading, not this; "i cant see my friends again" is no reunion.
_ONE_GONE = r"(?:him|her|them|my \w+|our \w+|nan|nana|nanny|gran|granny|grandma|grandad|granddad|grandpa|grampy|gramps|mum|mom|mummy|mommy|dad|daddy)"
REUNITED = prefiltered(
    rf"\b(?:(?:see|be with|hug|cuddle|hold|stroke|play with|meet) {_ONE_GONE}(?: \w+)? again|(?:go|get|be|end up|come) (?:to )?where (?:he|she|they|{_ONE_GONE})(?: \w+)? (?:is|are|went|has gone|'?s gone|have gone|lives now|is now)|join {_ONE_GONE}(?: \w+)?(?: up there| in heaven)?)\b"
)
# The child as who is reunited, in the few words before (read behind each match: a gap before
# the reunion in the pattern itself cost 27 ms on "id id id ...").
_I_BEFORE = prefiltered(r"\b(?:i|i'?ll|ill|i'?d|id|me)\b[^.?!]{0,45}$")
_NOT_REUNITED = prefiltered(
    r"\b(?:not|can'?t|cant|won'?t|wont|never|don'?t|dont|wouldn'?t|wouldnt) (?:\w+ )?(?:get to )?(?:see|be with|hug|cuddle|hold|stroke|play with|meet|go|get|be|end up|come|join)\b"
)
WAY_TO_GO = prefiltered(
    r"\b(?:stop\w* eating|not eat\w*|don'?t eat|dont eat|never eat|won'?t eat|wont eat|starv\w*|kill my ?self|hurt my ?self|pills|tablets|drown\w*|stop breathing|(?:get|make my ?self|making my ?self) (?:really |very |so )?(?:sick|ill|poorly)(?: like| too| as well)?|jump\w* off|get run over|get hit by (?:a|the) (?:car|bus|lorry|truck|train|van)|(?:run|ran|step|stepped|walk|walked|jump|jumped|lie|lay|stand|stood) (?:out )?(?:in front of|into|onto|in the middle of) (?:a |the |that |them )?(?:\w+ )?(?:car|cars|bus|lorry|truck|train|van|traffic|road)|sleep forever|not wake up|never wake up)\b"
)


def _reunited(text: str) -> bool:
    """A reunion with the one gone, the child the one reunited."""
    for m in REUNITED.finditer(text):
        start = max(0, m.start() - 50)
        while start and text[start - 1].isalnum():  # never begin inside a word
            start -= 1
        if _I_BEFORE.search(text[start : m.start()]):
            return True
    return False


def _finding(text: str) -> list[Finding]:
    return [Finding(SafetyCategory.SELF_HARM, "quiet_way_out", CRITICAL, 0, len(text))]


def find_self_harm_quiet_ways(text: str) -> list[Finding]:
    if (
        UNDER_WATER.search(text)
        and NOT_COMING_UP.search(text)
        and not (_WATER_PLAY.search(text) or _UP_LATER.search(text))
    ):
        return _finding(text)
    if STAY_UNDER.search(text) and NO_WAKE_AFTER.search(text) and not _UNDER_COVERS.search(text):
        return _finding(text)
    if LET_GO_HIGH.search(text) and HIGH_PLACE.search(text) and not _SAFE_DROP.search(text):
        return _finding(text)
    if STARVE_TO_DIE.search(text) and not _HYPERBOLE.search(text):
        return _finding(text)
    if JOIN_IN_HEAVEN.search(text) and MEANS_TO_DIE.search(text) and not _HEAVEN_LATER.search(text):
        return _finding(text)
    if (
        HOW_LONG_TO_DIE.search(text)
        and _MY_OWN_ACT.search(text)
        and not _DIE_ASKED_NOT.search(text)
    ):
        return _finding(text)
    if (
        STOP_EATING_OR_DIE.search(text)
        and (
            BE_WITH_AGAIN.search(text)
            or (BE_WITH_THE_DEAD.search(text) and THE_ONE_IS_DEAD.search(text))
        )
        and not _EATING_FRAME.search(text)
    ):
        return _finding(text)
    if (
        WAY_TO_GO.search(text)
        and _reunited(text)
        and not (
            _NOT_REUNITED.search(text) or _EATING_FRAME.search(text) or _HYPERBOLE.search(text)
        )
    ):
        return _finding(text)
    if STARVE_FOR_NOTICE.search(text) and not _NOTICE_NOT.search(text):
        return _finding(text)
    if (
        IF_I_WASNT_HERE.search(text)
        and MAKE_IT_SO.search(text)
        and not (_AWAY_FRAME.search(text) or _MISSED.search(text))
    ):
        return _finding(text)
    return []
