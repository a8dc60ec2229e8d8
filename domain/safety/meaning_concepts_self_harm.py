# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Concepts for the meaning stage (rules_meaning.py), one compiled pattern each.

Ways and wishes to die without the usual words: doubting living, not waking up, lethal
questions, cessation, goodbye notes, an edge, self-harm kept ready or evident.
Each pattern alone decides nothing; the rules_meaning modules combine them.
"""

from __future__ import annotations

from domain.safety.meaning_concepts_means import MEDICINE_WORDS, PILLS
from domain.safety.prefilter import prefiltered

THIRD_PERSON_DEATH = prefiltered(
    r"\b(?:someone|somebody|a person|a kid|a child|people|kids|anyone|a friend|my friend)\b[^.?!]{0,25}\b(?:wanted|wants|want|wanting|tried|trying|tries|decided|was going|were going)\b[^.?!]{0,10}\b"
    r"(?:to die|to kill (?:themselves|themself|himself|herself)|to hurt (?:themselves|themself|himself|herself)|to end (?:it|their life|his life|her life)|to not be alive|to disappear forever|to not exist)\b"
    r"|\bhow (?:do|does|would|could|can|did) (?:someone|somebody|a person|people|kids|you|u|one)\b[^.?!]{0,15}\b(?:kill (?:themselves|themself|yourself|urself|himself|herself)|die (?:fast|quick|without|painless)|end (?:their|your|ur) (?:own )?life|hurt (?:themselves|yourself|urself) (?:really|badly|without))\b"
    r"|\b(?:what|which) (?:is|'?s) the (?:easiest|fastest|quickest|best|least painful|painless) way to die\b"
)
HOW = prefiltered(
    r"\b(?:how|what way|what'?s the way|which way|what would|could they|would they|should they)\b"
)
FICTION = prefiltered(
    r"\b(?:in the (?:book|movie|story|show|game)|character|story|book|movie|episode|zombie|dragon|villain|hero|fish|hamster|plant|flower|battery|batteries|phone)\b"
)

DOUBT_LIFE = prefiltered(
    r"\b(?:why (?:i|should i|would i|do i)|don'?t (?:see|know) why i|no reason (?:for me )?to|what'?s the point (?:of|in)|can'?t (?:see|find) (?:a|any) reason to|not sure i want to)\b[^.?!]{0,20}\b(?:keep (?:living|going|trying)|go on|be alive|stay alive|live|living|exist|be here)\b"
)
# (miss5455) "so i never have to wake up again", "so i wouldn't have to wake up ever again":
# waking up at all, not for school or at an hour ("never have to wake up early").
NO_WAKE = prefiltered(
    r"\b(?:don'?t|dont|do not|won'?t|wont|never|never ever|not) wake up\b"
    r"|\b(?:never|don'?t|dont|do not|won'?t|wont|wouldn'?t|wouldnt|would not|will not|didn'?t|didnt) (?:ever )?(?:have|need|got) to (?:ever )?wake up(?: (?:ever )?again)?\b(?! (?:for|at|to|till|until|til|before|so|that|this|on|in|early|earlier|late|tomorrow)\b)"
)
NO_WAKE_CONTEXT = prefiltered(
    r"\b(?:in case|note|letter|goodbye|pills?|tablets|medicine|meds|hope|wish|want|wanna|maybe|if only|how many|how much|forever|so i)\b"
)
NO_WAKE_BENIGN = prefiltered(
    r"\b(?:alarm|late for|on time|early|school bus|lol|haha|sleepy|tired)\b|\bwake up (?:till|til|until|before)\b"
)
# (round 33) Someone who burns, cuts or scratches herself (a big sister, a friend) saying the
# child can try it too, when sad: self-harm taught and offered.
SELF_HARM_MODELLED = prefiltered(
    r"\b(?:cuts?|cutting|burns?|burning|scratch(?:es|ing)?|carves?|carving|hurts?|hurting)\b (?:her|his|their|them) ?(?:own )?(?:self|selves|arms?|legs?|wrists?|skin|thighs?|hands?|tummy|stomach)\b"
    r"|\b(?:cuts?|cutting|burns?|burning|scratch(?:es|ing)?|hurts?|hurting) (?:herself|himself|themselves|themself)\b"
)
SELF_HARM_OFFERED = prefiltered(
    r"\b(?:said|says|told me|tells me|showed me|shows me|asked (?:me|if)|wants me|dared me|says that)\b[^.?!]{0,25}\b(?:i (?:can|could|should|may|might|ought to) (?:try|do|have a go)|(?:to |i )?(?:try|do) it(?: too)?|(?:it|this) (?:will|would|'?ll|can|could) help me|how to do it|have a go)\b"
)
SELF_HARM_OFFER_NOT = prefiltered(
    r"\b(?:itch\w*|cream|plaster|mosquito|eczema|accident\w*|by mistake|oven|cooker|iron|kettle|hair|fringe|nails?)\b"
)
LETHAL_QUESTION = prefiltered(
    rf"\bhow (?:many|much)\b[^.?!]{{0,40}}\b(?:pill|{PILLS}|bleach)\b[^.?!]{{0,20}}\b(?:would it take|does it take|it takes|would i need|would you need|do you need to take|to take to)\b|"
    rf"\bhow (?:many|much)\b[^.?!]{{0,30}}\b(?:{MEDICINE_WORDS}|bleach|poison)\b[^.?!]{{0,30}}\b(?:die|dead|kill|not wake|never wake|overdose|od|end it|stop breathing)\b"
    # (miss5455) "whats the most paracetamol u can take before u die", "the max amount of pills
    # you can have without dying": the limit of a medicine asked for against dying.
    rf"|\b(?:most|max|maximum|highest|biggest|largest|limit|amount|number|lot)\b[^.?!]{{0,25}}\b(?:{MEDICINE_WORDS})\b[^.?!]{{0,40}}\b(?:before (?:u|you|i|someone|somebody|a person|people|ya|ur body|they|he|she|a kid|kids) (?:die|dies|dying|overdose|overdoses|od|stop breathing|pass out|don'?t wake up)|without (?:dying|overdosing)|to (?:die|overdose|od|not wake up|never wake up)|till (?:u|you|i|someone|a person|they|he|she) (?:die|dies|od)|(?:and|to) (?:still )?(?:live|survive))\b"
)
CESSATION = prefiltered(
    r"\bnoose\b|\bstop(?:ped)? breathing forever\b|\bheart (?:to |would |will |could )?stop\b|\bstop my heart\b|\bstop(?:ped)? breathing (?:forever|for good|and die)\b"
)
CESSATION_WANT = prefiltered(
    r"\b(?:want|wanna|wish|what if|wat if|if i just|how (?:to|do you|do i)|looked up|look up|search\w*|tie|make|hope|what would happen|thinking)\b"
)
CESSATION_NOT = prefiltered(
    r"\b(?:halloween|costume|decoration|cowboy|western|movie|game|scared me so|when i saw|almost stopped|surprise)\b"
)
WAYS_TO_DIE = prefiltered(
    r"\b(?:ways?|how|methods?) to (?:not be alive|stop living|stop existing|not exist|never wake up|die|kill (?:my ?self|yourself|urself)|end (?:it|my life|your life)|unalive)\b"
)
WEARY_LIFE = prefiltered(
    r"\b(?:tired|sick|done|exhausted) (?:of|with) (?:living|being alive|life|existing|being me|everything and everyone)\b"
    # (round 33) "going to sleep and just not waking up ever": any tense, never or not; waking
    # up at a time ("not wake up till lunch") is a lie-in.
    r"|\b(?:sleep|sleeping|sleepin|fall(?:ing|in)? asleep|fell asleep|go(?:ing|in)? (?:to|2) sleep|went to sleep|close my eyes|closing my eyes) (?:and|n|an|&) (?:just |jus )?(?:be gone|disappear|vanish|(?:never|not|nevr|neva) (?:ever )?(?:wake|waking|wakin|come back|coming back)|stay gone)\b(?!\s+up\s+(?:till|til|until|before|in time|on time|early|at \d|for (?:school|breakfast|lunch)))"
    r"|\b(?:stay|be|remain) asleep forever\b|\b(?:don'?t|dont|do not|never) (?:want to |wanna )?wake up (?:ever )?again\b|\bhate (?:being alive|living|existing|being born)\b|\b(?:don'?t|dont|do not) deserve to (?:live|be alive|exist|be here|be born)\b"
)
NOT_COME_BACK = prefiltered(
    r"\b(?:sleep|walk|go|wander|swim|lie down|float|drift)\w*\b[^.?!]{0,25}\b(?:snow|cold|river|sea|ocean|lake|pond|water|waves|woods|forest|forever|away|stars|sky|clouds)\b[^.?!]{0,15}\b(?:not|never|without) (?:come back|coming back|wake up|waking up|return\w*|swim\w* back|swim\w* out|walk\w* back|walk\w* out|com\w* up|com\w* out)\b"
    # Going under the water (a bath, a pool) and thinking of staying there, not coming up.
    r"|\b(?:my head|my face|my ?self|i (?:go|went|stay|stayed|lie|lay|sink|sank|slide|slid|duck|ducked))\b[^.?!]{0,25}\b(?:under|to the bottom|down to the bottom)\b[^.?!]{0,50}\b(?:think\w*|thought|wish\w*|want\w*|wonder\w*|imagin\w*|what if|hope\w*|pretend\w*)\b[^.?!]{0,40}\b(?:not|never|\w+n'?t|without) (?:ever )?(?:have to |want to |wanna |need to )?(?:com\w*|float\w*|go\w*|swim\w*) (?:back )?(?:up|out)\b"
    r"|\b(?:stay|staying|stayed|keep|keeping) (?:my head |my ?self )?under(?: the water)?\b[^.?!]{0,20}\b(?:forever|for good|and not|and never|till i|until i|so i (?:don'?t|never|wouldn'?t))\b"
)
DOUBT_ALIVE = prefiltered(
    r"\b(?:why|idk why|don'?t know why|dont know why)\b[^.?!]{0,6}\b(?:i'?m|im|i am|am i)\s+(?:even |still )?(?:alive|here|born|living)\b(?![^.?!]{0,20}\b(?:lol|haha|at this party|in this class|doing this))"
)
END_IT = prefiltered(
    r"\b(?:just|and|by|of|about|thinking|think about) (?:end|ending) it(?: all)?\b(?!\s+(?:with|by|there|here|at|now|early))"
)
MEANS = prefiltered(
    r"\b(?:drink|drinking|swallow|swallowing|eat|eating|take|taking|took|drank|sneak|sneaking|snuck|steal|stealing|stole|nick|nicking|nicked|stash|stashing|stashed)\b[^.?!]{0,15}\b(?:bleach|poison|pills|tablets|medicine|meds|cleaner|chemicals?|rat poison|antifreeze)\b"
    r"|\b(?:jump|jumping|fall|falling|throw my ?self)\b[^.?!]{0,15}\b(?:from|off|out of|out) (?:my|the|a|our|this) (?:window|roof|balcony|bridge|building|cliff|tower|stairs|ledge)\b"
    r"|\b(?:knife|blade|razor|rope|belt|cord|plastic bag|gun)\b[^.?!]{0,20}\b(?:my ?self|my (?:wrists?|neck|throat|arm))\b"
    # (round 29) Walking, lying or stepping in the road so that a car, bus or lorry hits me.
    r"|\b(?:walk|step|run|lie|lay|stand|sit|jump|ran|stepped|walked)\w*\b[^.?!]{0,12}\b(?:in|into|onto|on|out in|out into|in front of) (?:the|a) (?:middle of the )?(?:road|street|traffic|motorway|main road|busy road)\b[^.?!]{0,40}\b(?:car|cars|bus|lorry|truck|van|traffic)\b[^.?!]{0,25}\b(?:hit|hits|run me over|runs me over|run over me|squash\w*|kill|kills|get me|gets me)\b"
)
ESCAPE = prefiltered(
    r"\b(?:go away|goes away|disappear|stop existing|not be here|be gone|sleep forever|never wake|not wake|it (?:will|would|could|might) (?:all )?(?:stop|end|be over|go away)|all (?:stops?|ends?|be over)|everything (?:will|would|could|might) (?:all )?(?:stop|end|be over)|make (?:it|everything) (?:all )?stop|make it all (?:end|go away|be over)|so (?:i|it) (?:can|will|would|could) (?:die|stop|end|be over|be gone)|to die|and die|so i die|end it|be dead|nobody would (?:care|miss|notice)|no more pain|stop hurting)\b"
)
SELF_HIT_BY = prefiltered(
    r"\b(?:run|running|ran|walk|walking|jump|jumping|step|stepping|lie|lying|stand|standing)\b[^.?!]{0,25}\b(?:into|in front of|onto|on) (?:the|a) (?:road|street|highway|traffic|tracks|train|bus|car|truck)\b[^.?!]{0,30}\b(?:so|and let|hope|until|till)\b[^.?!]{0,15}\b(?:hits?|runs? over|kills?|hurts?) me\b"
    r"|\bso (?:that )?(?:a|the) (?:car|bus|truck|train) (?:will |would |could )?(?:hits?|runs? (?:me )?over|kills?|crush(?:es)?) me\b"
)
NEVER_BORN = prefiltered(
    r"\b(?:should(?:n'?t)? (?:have|of|'?ve) (?:never )?been born|never should (?:have|'?ve) been born|should (?:have|'?ve) never been born|i(?:'?m| am| was) a mistake|wish (?:i|you) (?:was|were|had|'?d)? ?never (?:been |got |get |was )?born\w*|wish i (?:wasn'?t|wasnt|weren'?t|hadn'?t been|hadnt been|had not been|didn'?t get|didnt get) born\w*)\b"
)
SHARP_TO_SELF = prefiltered(
    r"\b(?:knife|blade|razor|scissors|glass|shard|lighter|compass|needle|pin)\b[^.?!]{0,20}\b(?:to|on|against|across|into|over) (?:my|mine) (?:wrists?|arms?|throat|neck|skin|legs?|thighs?|stomach|chest)\b"
)
PILLS_DELIBERATE = prefiltered(
    r"\b(?:took|take|taking|swallowed|ate|had)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|some|extra|a handful|a bunch)\s+(?:of\s+)?(?:the\s+|my\s+|mom'?s\s+|dad'?s\s+|mum'?s\s+|moms\s+|dads\s+)?(?:\w+\s+)?(?:pills|tablets|meds|painkillers|sleeping pills)\b[^.?!]{0,30}\b(?:to see|on purpose|so (?:i|that)|because|what (?:would|will) happen|to feel|to sleep forever|to not)\b"
)

# Round 19: no point in waking up, goodbye letters, wishing a car would hit me, thinking
# about letting go at an edge, hurting myself because I deserve it.
POINTLESS_LIFE = prefiltered(
    r"\b(?:(?:don'?t|dont|do not|can'?t|cant|cannot|no longer) see (?:the|any|a) point|what'?s the point|whats the point|there'?s no point|theres no point|no point|not any point|pointless)\b[^.?!]{0,6}\b(?:of |in |to )?(?:waking up|getting up in the morning|living|being alive|staying alive|being here|being me|existing|going on|carrying on|me being here|life|trying anymore|anything anymore|me anymore)\b"
)
GOODBYE_NOTE = prefiltered(
    r"\b(?:wrote|written|writing|write|left|leave|leaving|made|making|hid|hidden)\b[^.?!]{0,15}\b(?:goodbye|good-?bye|good bye|suicide|farewell|last|final) (?:letters?|notes?|messages?|videos?)\b"
    r"|\b(?:wrote|written|writing|write|left|leave|leaving|made|making|hid)\b[^.?!]{0,6}\b(?:a |my )?(?:note|letter|message)\b[^.?!]{0,25}\b(?:goodbye|good-?bye|bye forever|sorry for everything|sorry and goodbye)\b"
)
GOODBYE_BENIGN = prefiltered(
    r"\b(?:teacher|miss|mr|mrs|retir\w*|moving|moved|leaving (?:school|the school|our school|class)|last day|pen ?pals?|summer|camp|holiday|class|classmates|nursery|the school|new school|funeral|grave|in the story|in the book|character)\b"
)
WISH_HIT = prefiltered(
    r"\b(?:wish|hope|hoping|want|wanna|pray|praying|(?:i'?d|id|i would|would) like|keep wishing)\b[^.?!]{0,12}\b(?:a|the|some)\s+(?:car|bus|truck|lorry|train|van|tram|taxi|lightning|tree)\b[^.?!]{0,10}\b(?:would |will |to |could |might )?(?:just |finally |actually |come and )?(?:hit|hits|run me over|runs me over|ran me over|kill|kills|crush(?:es)?|squash(?:es)?|fall on|crash(?:es)? into|smash(?:es)? into|knock(?:s)? me (?:over|down)|flatten(?:s)?) me\b"
    r"|\b(?:wish|hope|hoping|want|wanna|pray|praying|(?:i'?d|id|i would|would) like|keep wishing)\b[^.?!]{0,12}\b(?:a|the|some)\s+(?:car|bus|truck|lorry|train|van|tram|taxi)\b[^.?!]{0,10}\b(?:would |will |to |could |might )?(?:just |finally )?(?:run me over|runs me over|knock(?:s)? me (?:over|down))\b"
    r"|\b(?:wish|hope|hoping|want|wanna|pray)\b[^.?!]{0,10}\b(?:a|the|some)\s+(?:car|bus|truck|lorry|train|van)\b[^.?!]{0,8}\b(?:would |will |to |could )?(?:(?:come|comes) (?:at|into|over) me|(?:come|comes) and (?:hit|squash|kill) me|get me|gets me)\b"
    r"|\b(?:wish|hope|hoping|want|wanna|pray)\b[^.?!]{0,10}\b(?:a|the|some)\s+(?:car|truck|lorry|van)\b[^.?!]{0,8}\b(?:would |will |to |could )?(?:come|comes)\b(?! (?:and (?:pick|get|take|collect) (?:me|us) (?:up|home)|to (?:pick|take|collect|get) (?:me|us)|back|home|soon|quick))"
    r"|\b(?:want|wish|hope|hoping)\b[^.?!]{0,6}\b(?:someone|somebody|something|a person|a monster)\b[^.?!]{0,6}\b(?:would |will |to |could )?(?:kill|shoot|stab|end) me\b"
    r"|\b(?:wish|hope|hoping|want|wanna|pray|(?:i'?d|id|i would|would) like)\b[^.?!]{0,10}\b(?:i (?:get|got|would get|'?d get)|to (?:get|be)) (?:hit|run over|killed|knocked (?:over|down)|squashed)\b(?! (?:by the ball|by a ball|in the game|with a snowball|with water))"
)
EDGE_THOUGHT = prefiltered(
    r"\b(?:want|wanna|going to|gonna|feel like|thinking about|think about|wish i could)\b[^.?!]{0,6}\b(?:jump\w*|throw\w* my ?self|fall\w*|fling my ?self)\b[^.?!]{0,8}\b(?:off|out of|from|down)\b(?![^.?!]{0,12}\b(?:shed|garage|playhouse|wendy house|tree ?house|porch|caravan|bus shelter|bike shed) roof)[^.?!]{0,20}\b(?:window|roof|bridge|cliff|balcony|building|stairs|tower|car park|multi-?storey)\b(?![^.?!]{0,20}\b(?:into the (?:pool|water|sea|lake)|like superman|like a superhero|onto the trampoline|into the snow|for fun)\b)|"
    r"\b(?:stand|stands|standing|stood|sit|sitting|sat|lean|leaning|leant|climb\w*|go|went)\b[^.?!]{0,25}\b(?:bridge|edge|roof|cliff|ledge|balcony|window ?sill|railway|platform|tracks|top of the (?:car park|building|tower))\b[^.?!]{0,40}\b(?:think|thinking|thought|imagine|imagining|wonder\w*|want\w*|wish\w*|feel like|tempted)\b[^.?!]{0,20}\b(?:letting go|let go|jump\w*|fall\w*|step\w* off|go(?:ing)? over|tip\w* over)\b"
)
DESERVE_HURT = prefiltered(
    r"\b(?:deserve|deserved|deserving)\b[^.?!]{0,15}\b(?:to hurt|to be hurt|hurt|pain|to suffer|to bleed|it|to be punished|punish\w*|to feel bad|bad things)\b"
)
SELF_DONE = prefiltered(
    r"\b(?:(?:do|did|doing|does) (?:it|that|this) to my ?self|(?:hurt|hurting|hit|hitting|cut|cutting|scratch\w*|punish\w*|burn\w*|bite|biting|bit|pinch\w*|starve|starving|bash\w*|bang\w*) my ?self|(?:pull|pulling|rip|ripping|tear|tearing) (?:out )?my (?:own )?hair)\b"
)

# Paraphrase batch: self-harm kept ready or evident.
SH_READY = prefiltered(
    r"\b(?:razor|blades?|knife|pills|tablets)\b[^.?!]{0,40}\b(?:for when (?:it|things|i)|in case i need|when it gets (?:bad|too much|hard))\b"
    r"|\b(?:cuts?|scars?|slashes|lines)\b[^.?!]{0,10}\b(?:on|in|across) my (?:wrists?|thighs?|forearms?)\b|\bmy (?:wrists?|thighs?|forearms?) (?:have|has|are|is) (?:got )?(?:cuts?|scars?|bleeding|cut)\b"
    r"|\b(?:made|make|making) my ?self (?:sick|throw up|vomit|puke)\b[^.?!]{0,30}\b(?:on purpose|hate my body|fat|thin|again|so i)\b"
    r"|\b(?:gave|giving|give) (?:all |away )?(?:my|all my) \w+\b[^.?!]{0,25}\b(?:won'?t|wont|will not|not going to|not gonna) (?:need|be (?:here|around))\b"
    r"|\bif i (?:was|were|wasn'?t|wasnt) (?:gone|dead|not here|not around|never born)\b[^.?!]{0,40}\b(?:would|wouldn'?t|wouldnt|better|happier|easier|have to)\b"
    r"|\bif i (?:\w+ ){0,4}(?:died|was dead|were dead|didn'?t wake up)\b[^.?!]{0,20}\b(?:would be|that'?d be|it'?d be) (?:ok|okay|fine|good|better|nice|alright|a relief)\b"
    r"|\b(?:how to|way to|ways to) (?:make it|do it|go) painless\w*\b|\bpainless(?:ly)? (?:way|death|method)\b|\blet (?:the )?(?:waves|water|sea|river|current) (?:take|carry|pull) me\b"
    r"|\b(?:hurt|cut|scratch|burn|hit|bruise|bash|punch)\w* (?:my (?:arms?|legs?|wrists?|skin|hands?|tummy|stomach|face|head)|my ?self)\b[^.?!]{0,25}\bon purpose\b"
    r"|\b(?:sav\w*|hid\w*|hiding|collect\w*|stash\w*|keep\w*|kept)\b[^.?!]{0,20}\b(?:pills|tablets|meds|medicine|painkillers)\b[^.?!]{0,40}\b(?:all at once|at once|all together|in one go|so i can take)\b"
    r"|\b(?:tied|tie|tying|wrapped|wrap|put|pulled|pull)\b[^.?!]{0,20}\b(?:scarf|rope|belt|cord|string|tie|lead|wire|cable|shoelaces?|tights)\b[^.?!]{0,20}\b(?:round|around|on) my neck\b[^.?!]{0,30}\b(?:tight|to see|till|until|so i|can'?t breathe|chok\w*)"
    r"|\b(?:bang|hit|punch|smash|bash)\w*\b[^.?!]{0,20}\b(?:fists?|head|hands?|knuckles?|arms?)\b[^.?!]{0,15}\b(?:on|against|into) (?:the|a|my) (?:wall|floor|door|desk|table)\b[^.?!]{0,50}\b(?:until|till|so (?:the|it|i)|on purpose|make it stop|feeling stops|to feel)\b"
    r"|\b(?:til|till|until|before|then|so) i (?:end|finish) it(?: all)?\b(?!\s+(?:with|by|there|here|at|now|early|off))"
)
SH_JOKE = prefiltered(
    r"\b(?:lol|lmao|haha\w*|jk|embarrass\w*|cringe|game|story|book|level|dentist|injection|vaccine)\b"
)
