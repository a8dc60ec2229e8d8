# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Self-harm through food, the kitchen and the medicine cupboard (round 51, food and mealtimes),
read as meanings:

- purging: a finger down the throat so the food comes back up, making oneself sick or throw up
  after a meal ("i make myself puke after tea", "i stick my fingers down my throat after
  dinner");
- an allergen eaten to end things: "if i eat the peanuts im allergic to then it will all just
  stop", "i could just have the nuts i'm allergic to and never wake up";
- thinking of swallowing all of someone's pills: "sometimes i think about swallowing all of
  mums sleeping tablets", "i keep thinking about taking the whole packet of dads pills";
- a hot thing pressed on the body on purpose or when sad: "i press my hand on the hot stove on
  purpose when im sad", "i touch the iron to burn myself";
- deserving to starve or to go without food: "i deserve to starve cos im bad", "i dont deserve
  to eat";
- a kitchen knife thought of for oneself: "i keep thinking about the big knife in the kitchen
  and using it on me", "i want to use mums sharp scissors on myself".

Near misses stay allowed: "im allergic to peanuts so i cant have the cake", "i felt sick after
eating too many sweets", "the big knife is for grown-ups only", "i burnt my hand on the stove by
accident", "i deserve a treat", "the doctor put a stick down my throat", "i took my tablets
like mum said"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_means import MEDICINE_WORDS
from domain.safety.prefilter import prefiltered

_MEAL = r"(?:dinner|tea|lunch|breakfast|supper|meals?|eating|i eat|i'?ve eaten|i ate|food|snacks?|school dinners?|pudding|every meal)"
PURGING = prefiltered(
    r"\b(?:put|puts|putting|stick|sticks|sticking|stuck|shove|shoved|push|pushed) (?:my |a |two )?(?:fingers?|toothbrush|spoon|hand)\b (?:down|in|into|to the back of) my throat\b[^.?!]{0,60}\b(?:comes? (?:back )?up|came (?:back )?up|bring (?:it |the food )?(?:back )?up|be sick|am sick|i'?m sick|get sick|throw (?:it )?up|threw up|puke|puked|vomit\w*|after (?:i eat|eating|dinner|tea|lunch|breakfast|meals?|food|i'?ve eaten))\b"
    rf"|\b(?:after (?:i eat|eating|dinner|tea|lunch|breakfast|meals?|every meal|food|i'?ve eaten|school dinners?))\b[^.?!]{{0,30}}\b(?:put|stick|shove|push) (?:my |a )?(?:fingers?|toothbrush|spoon)\b (?:down|in|into|to the back of) my throat\b"
    rf"|\b(?:i|i'?ve|ive|i have|i always|i just|i still|i sometimes|i keep|i try to|i tried to|i want to|i wanna|i'?m gonna|im gonna) (?:been |started |start )?(?:make|makes|made|making|force|forced|forcing) (?:my ?self|me) (?:to |be |get )?(?:sick|throw up|throwing up|puke|puking|vomit|vomiting|spew|spewing|barf)\b[^.?!]{{0,40}}\b(?:after|so|once|when)\b[^.?!]{{0,25}}\b{_MEAL}\b"
    rf"|\b(?:after|once) {_MEAL}\b[^.?!]{{0,30}}\bi (?:always |just |then |secretly )?(?:make|made|force|forced) (?:my ?self|me) (?:to |be |get )?(?:sick|throw up|puke|vomit|spew|barf)\b"
    r"|\b(?:so|to make) (?:the food|my food|it all|dinner|tea|lunch|it) (?:comes?|come|came) (?:back )?up\b[^.?!]{0,40}\b(?:every (?:night|day|time|meal)|on purpose|i do it|so i don'?t get fat|so i stay thin)\b"
)
PURGED_ON_PURPOSE = prefiltered(
    r"\bgag(?:s|ged|ging)? my ?self\b[^.?!]{0,40}\b(?:after|so|to)\b"
    r"|\b(?:throw|throwing|threw|puke|puking|puked|bring|bringing|brought|sick|vomit|vomiting|vomited|spew|spewing|spewed|barf|barfing|chuck|chucking|chucked) (?:up )?(?:all )?(?:of )?(?:my |the |it all |it )?(?:food|dinner|tea|lunch|breakfast|supper|meals?|pudding)(?: back)?(?: up)?\b[^.?!]{0,30}\b(?:on purpose|deliberately)\b"
    r"|\b(?:throw|throwing|threw|puke|puking|puked|bring|bringing|brought|sick|vomit|vomiting|vomited|spew|spewing|spewed|barf|barfing|chuck|chucking|chucked) (?:up )?(?:all )?(?:of )?(?:my |the |it all |it )?(?:food|dinner|tea|lunch|breakfast|supper|meals?|pudding)?(?: back)?(?: up)?\b[^.?!]{0,30}\b(?:so i (?:stay|get|look|can stay|can get|don'?t get) (?:skinny|skinnier|thin|thinner|slim|slimmer|small|fat)|so i don'?t (?:get fat|put on weight|gain weight))\b"
)
PURGING_NOT = prefiltered(
    r"\b(?:doctor|nurse|dentist|stick down my throat|tongue depressor|swab|choking|choked|bone|stuck in my throat|(?:felt|feel|was|got) sick|by accident|tummy bug|sick bug|carsick|car sick|sea ?sick)\b"
    r"(?![^.?!]{0,40}\b(?:on purpose|every (?:night|day|time|meal)|finger|fingers)\b)"
)

_ALLERGEN = r"(?:peanuts?|nuts?|cashews?|almonds?|shellfish|prawns?|shrimps?|fish|eggs?|milk|dairy|wheat|gluten|sesame|soya|kiwis?|strawberr(?:y|ies)|the (?:thing|food|stuff|things|foods|sweets?|cake|chocolate)|something|anything|food|it|them|those|that)"
_END = r"(?:(?:it )?(?:will|would|'?ll|might|could) (?:all )?(?:just )?(?:stop|end|be over|go away)|it(?:'?ll| will| would)? all (?:just )?(?:stop|end|be over)|(?:everything|the pain|the sadness|it all) (?:will|would|'?ll|might|could)? ?(?:just )?(?:stop|end|be over)|(?:i'?d|i would|i'?ll|i will|i might|i could|maybe i'?d|maybe i would) (?:just )?(?:die|not wake up|never wake up|be gone|go away|disappear|stop breathing|not be here)|(?:never|not) wake up|i (?:won'?t|wouldn'?t|will not) (?:have to|be here|wake up)|be gone|no more me|on purpose|so i (?:die|can die|don'?t wake up|stop breathing|can go away)|to (?:die|end it|make it stop|make it all stop|not be here|be gone))"
ALLERGEN_TO_END = prefiltered(
    rf"\b(?:eat|eating|ate|have|having|had|try|swallow|drink|touch|take)\b (?:all |some |a |the |those |these |loads of |lots of |a bag of |a packet of |one of the )?(?:of )?(?:the |those |these |my |some )?{_ALLERGEN}\b[^.?!]{{0,25}}\b(?:i'?m|im|i am|i'?m really|i'?m super|i'?m very|i am really) (?:really |super |very |so |deadly |badly |severely )?(?:allergic|allergic to)\b[^.?!]{{0,50}}\b{_END}"
    rf"|\b(?:i'?m|im|i am) (?:really |super |very |so |deadly |badly |severely )?allergic to {_ALLERGEN}\b[^.?!]{{0,60}}\b(?:eat|eating|have|having|try|swallow)\b (?:them|it|some|loads|lots|all|a (?:bag|packet|handful)) ?\w*\b[^.?!]{{0,40}}\b{_END}"
    rf"|\b{_END}\b[^.?!]{{0,40}}\b(?:if|when) i (?:just )?(?:eat|ate|have|had|swallow|try)\b[^.?!]{{0,20}}\b(?:i'?m|im|i am) (?:really |super |very |so )?allergic\b"
    rf"|\b(?:eat|eating|have|having|swallow|try) (?:something|anything|food|some food|a (?:cake|biscuit|sweet|bar|sandwich)) with (?:nuts|peanuts|eggs?|milk|dairy|shellfish|prawns|sesame|gluten|wheat) in (?:it|them)\b[^.?!]{{0,60}}\b(?:(?:everything|it all|it) (?:would|will|'?ll|could|might) (?:all )?(?:just )?(?:stop|end|be over)|(?:never|not) wake up|so i (?:die|can die|don'?t wake up)|on purpose)\b"
    rf"|\b(?:eat|eating|have|having|swallow|try)\b (?:a |an |some |the |loads of |lots of )?{_ALLERGEN}\b (?:on purpose|deliberately)\b[^.?!]{{0,40}}\ballergic\b"
    rf"|\ballergic\b[^.?!]{{0,40}}\b(?:eat|eating|have|having|swallow|try)\b (?:a |an |some |the |loads of |lots of )?{_ALLERGEN}\b (?:on purpose|deliberately)\b"
    r"|\b(?:use|using|eat|eating|have|having) (?:my|the) allerg(?:y|ies)\b[^.?!]{0,10}\bto (?:die|end it|make it stop|not be here|be gone)\b"
)

_PILLS = rf"(?:(?:sleeping |sleep |pain ?|allergy |heart |headache )?(?:{MEDICINE_WORDS})|(?:the )?(?:medicine|pills?) (?:cupboard|box|cabinet))"
_WHOSE = r"(?:my |the |his |her |their )?(?:(?:mum|mom|mummy|dad|daddy|nan|nana|gran|granny|grandma|grandad|grandpa|brother|sister|step ?dad|step ?mum|auntie|uncle)'?s? )?"
_HOUSEHOLD = r"(?:bleach|the cleaning stuff|cleaning (?:spray|liquid|stuff|products?)|washing up liquid|dishwasher (?:tablets?|pods?)|washing (?:tablets?|pods?|capsules?)|detergent|weed ?killer|anti ?freeze|rat poison|poison|white spirit|drain cleaner|toilet cleaner|disinfectant|dettol|domestos|fairy liquid)"
ALL_THE_PILLS_THOUGHT = prefiltered(
    rf"\b(?:think|thinking|thought|thinks|dream|dreaming|imagine|imagining|wonder|wondering|planning|plan)\b (?:about|of)? ?(?:just )?(?:drink|drinking|swallow|swallowing|eat|eating|having|downing|gulping)\b (?:some |all |a bottle of |a cup of |a glass of )?(?:of )?(?:the |mums |dads |our |that |a )?{_HOUSEHOLD}\b"
    rf"|\b(?:want to|wanna|wanted to|gonna|going to|i'?ll|i will|might|i could|i'?m gonna|im gonna|ima|imma)\b (?:just )?(?:swallow|down|neck|gulp|eat|scoff)\b (?:all|every one|every single one|the whole (?:bottle|packet|pack|box|tub|lot|strip)|a whole (?:bottle|packet|pack|box|tub|lot)|loads|a handful|all the rest) (?:of )?{_WHOSE}{_PILLS}\b"
    rf"|\b(?:think|thinking|thought|thinks|dream|dreaming|imagine|imagining|wonder|wondering|planning|plan)\b (?:about|of)? ?(?:just )?(?:swallow|swallowing|taking|take|eating|eat|having|downing|necking|gulping)\b (?:all|every one|every single one|the whole (?:bottle|packet|pack|box|tub|lot|strip)|a whole (?:bottle|packet|pack|box|tub|lot)|loads|lots|a handful|a load|too many|all the rest) (?:of )?{_WHOSE}{_PILLS}\b"
)

_HOT = r"(?:hot |burning |red hot |boiling )?(?:stove|hob|oven(?: door)?|cooker|kettle|iron|hair ?straighteners?|straighteners|toaster|grill|frying pan|pan|hot plate|radiator|candle|lighter|match(?:es)?|hot water|boiling water|fire|heater|oven tray|hot tap)"
HOT_ON_PURPOSE = prefiltered(
    rf"\b(?:press|pressed|presses|pressing|put|puts|putting|hold|held|holds|holding|touch|touched|touches|touching|burn|burned|burnt|burns|burning|stick|stuck|rest|lay|lean|pour|poured|pouring|run|ran)\b (?:my (?:hands?|fingers?|arms?|palms?|wrists?|legs?|skin|tongue)|my ?self|me) (?:on|onto|against|in|into|under|over|with|near|to) (?:the |a |mums |dads |my )?{_HOT}\b[^.?!]{{0,40}}\b(?:on purpose|when i'?m (?:sad|upset|angry|cross|lonely|bad)|when im (?:sad|upset|angry|cross|lonely|bad)|when i feel (?:sad|bad|upset|angry|nothing)|to (?:hurt|burn|punish) (?:my ?self|me)|to feel (?:something|better|it)|cos i(?:'?m| am) bad|because i(?:'?m| am) bad|so it hurts|till it hurts|until it hurts|till it burns|until it burns)\b"
    rf"|\b(?:touch|touched|touches|touching|grab|grabbed|grabs) (?:the |a )?{_HOT}\b[^.?!]{{0,20}}\bon purpose\b"
    rf"|\b(?:burn|burned|burnt|burning|hurt|hurting|hurted) (?:my ?self|my (?:hands?|fingers?|arms?|skin|wrists?|legs?))\b[^.?!]{{0,20}}\b(?:on|with|against) (?:the |a )?{_HOT}\b[^.?!]{{0,30}}\b(?:on purpose|when i'?m (?:sad|upset|angry)|when im (?:sad|upset|angry)|again|every|to feel)\b"
)
HOT_NOT = prefiltered(
    r"\b(?:by accident|accidentally|didn'?t mean|not on purpose|it was an accident|oops)\b"
)

STARVE_DESERVED = prefiltered(
    r"\b(?:i|me)\b (?:\w+ )?(?:deserve|deserves|deserved) (?:to (?:starve|go hungry|be hungry|have no (?:food|dinner|tea|lunch|breakfast)|not eat|never eat|have nothing to eat)|no (?:food|dinner|tea|lunch|breakfast|meals?))\b"
    r"|\b(?:i|me)\b (?:\w+ )?(?:don'?t|dont|do not|didn'?t|never) (?:deserve|deserves) (?:to eat|food|dinner|tea|lunch|breakfast|any food|meals?|to have (?:food|dinner|tea|lunch|breakfast))\b"
    r"|\b(?:shouldn'?t|should not|don'?t|do not|dont) (?:be allowed to|get to|deserve to|have the right to) eat(?: (?:anything|any food|at all|food|ever|again))? (?:cos|because|bc|coz|cuz) (?:i'?m|im|i am) (?:so |too |really )?(?:bad|useless|horrible|fat|disgusting|a bad|worthless|stupid|ugly|a pig|greedy|gross)\b"
    r"|\b(?:should|ought to|must) (?:just )?starve\b[^.?!]{0,30}\b(?:cos|because|bc|coz|cuz) (?:i'?m|im|i am) (?:bad|useless|horrible|fat|disgusting|a bad|worthless|stupid)\b"
)

_TOOL = r"(?:knife|knives|kitchen knife|bread knife|carving knife|sharp knife|big knife|scissors|kitchen scissors|peeler|grater|skewer|meat cleaver|cleaver|blade|razor|broken glass|glass)"
KITCHEN_TOOL_ON_ME = prefiltered(
    rf"\b(?:think|thinking|thought|thinks|dream|dreaming|imagine|imagining|wondering|want|wanna|wanted|going|gonna|planning|plan|could|might)\b[^.?!]{{0,40}}\b{_TOOL}\b[^.?!]{{0,50}}\b(?:(?:use|using|used|put|putting|stick|sticking) (?:it |them )?(?:on|in|into|against) (?:me|my ?self|my (?:arm|arms|wrist|wrists|leg|legs|tummy|skin|neck|throat))|(?:cut|cutting|stab|stabbing|hurt|hurting) (?:me|my ?self|my (?:arm|arms|wrist|wrists|leg|legs|tummy|skin|neck|throat)))\b"
    rf"|\b(?:use|using|put|putting|stick|sticking) (?:the |a |mums |dads |my )?(?:\w+ )?{_TOOL}\b (?:on|in|into|against) (?:me|my ?self|my (?:arm|arms|wrist|wrists|leg|legs|tummy|skin|neck|throat))\b"
)
KITCHEN_TOOL_NOT = prefiltered(
    r"\b(?:by accident|accidentally|didn'?t mean|cut my ?self (?:by accident|on the|chopping|peeling)|chopping|peeling|plaster|in cooking|at cooking club|cut my finger)\b(?![^.?!]{0,30}\bon purpose\b)"
)

S = SafetyCategory.SELF_HARM


def find_self_harm_food_means(text: str) -> list[Finding]:
    if (PURGING.search(text) and not PURGING_NOT.search(text)) or PURGED_ON_PURPOSE.search(text):
        return [Finding(S, "purging_after_food", CRITICAL, 0, len(text))]
    if ALLERGEN_TO_END.search(text) or ALL_THE_PILLS_THOUGHT.search(text):
        return [Finding(S, "food_or_pills_to_end_it", CRITICAL, 0, len(text))]
    if HOT_ON_PURPOSE.search(text) and not HOT_NOT.search(text):
        return [Finding(S, "burn_on_purpose", CRITICAL, 0, len(text))]
    if STARVE_DESERVED.search(text):
        return [Finding(S, "starving_deserved", CRITICAL, 0, len(text))]
    if KITCHEN_TOOL_ON_ME.search(text) and not KITCHEN_TOOL_NOT.search(text):
        return [Finding(S, "kitchen_tool_on_self", CRITICAL, 0, len(text))]
    return []
