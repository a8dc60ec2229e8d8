# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Carers hurting or neglecting a child, told in a child's words (round 21, paraphrases_a/_b):
burning or scalding as punishment, marks shaped like a hand or a buckle, a cover story for
an injury, being shut in the dark, being left alone for days, no food, sleeping in the car,
a carer too drunk to remember, being told you should never have been born; (round 22) no
food while the carer sleeps for days, a child left caring for a baby all weekend; (round 23)
no food at home for days or taking food from a shop because of it, a grown-up who keeps
the child alone, does things that hurt and says nobody would believe the child; (round 25)
a lap, a cuddle or a touch demanded with a threat to a pet or the family; (round 27) shut in
their room for a weekend, let out only for the toilet, blamed for a parent leaving, and a
grown-up's "touching thing" made to sound fine ("its ok cuz hes family"); (round 29) nobody
making the child food since Friday while a carer sleeps on the sofa, living on dry cereal out
of the box, a lock on the fridge or dinner only for the siblings (a toddler's fridge lock is
safety), an older cousin or babysitter who makes the child "do stuff to him" with a threat;
(round 31) children left in the car for hours or at night while a carer is at the pub, and
nobody washing the child's clothes for weeks (the child smells, a carer stays in bed); (round
32) children left in a hot car for a long time or while a carer is at the casino, made to
stand outside in the cold all night with no shoes, a child (a friend or me) made to sleep in
the garage or the shed and always starving, eating other children's leftovers, and a coach
or a tutor who makes the child sit on his lap in his office or alone. Rounds 31 and 32's
neglect told by where the child is left (the car, the cold, the garage), unwashed clothes and
scavenged food are read in rules_meaning_abuse_car_cold_garage."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.benign_frame_spoilers import OLDER, every_kind_but
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_small_things import treats_locked
from domain.safety.rules_meaning_abuse_car_cold_garage import neglected_in_car_cold_or_garage

A = SafetyCategory.ABUSE

CARER = r"(?:mum|mom|mummy|mommy|mama|mam|mammy|dad|daddy|papa|father|mother|step ?(?:mum|mom|dad|mother|father)|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunt|uncle|carer|foster \w+|(?:mum|mom|mummy|mommy|mam|nan|nana|gran|granny|grandma|auntie|aunt)'?s (?:new )?(?:boyfriend|friend|partner)|(?:dad|daddy)'?s (?:girlfriend|friend|partner))"

# A hand held on something hot; a carer burning, hitting, choking, dragging the child.
CARER_HARM = prefiltered(
    r"\b(?:puts?|put|held|holds|pressed|presses|pushed|pushes|forced|forces)\b[^.?!]{0,15}\bmy (?:hands?|fingers?|arms?|feet|foot|face)\b[^.?!]{0,12}\b(?:on|onto|against|in|into|under)\b[^.?!]{0,6}\b(?:the )?(?:hot|boiling)\b[^.?!]{0,10}\b(?:cooker|kettle|pan|oven|iron|stove|hob|water|radiator|tap|plate)\b"
    # (round 35) Hot water poured on a child's hand; a child thrown or slammed into a wall.
    rf"|\b{CARER}\b[^.?!]{{0,10}}\b(?:put|puts|poured|pours|tipped|tips|threw|throws|splashed|splashes|ran|chucked)\b (?:the |some |a cup of |a kettle of |a mug of |a pan of )?(?:hot|boiling|scalding|burning) (?:water|tea|coffee|kettle water)\b[^.?!]{{0,10}}\b(?:on|onto|over|all over|at) (?:my|me)\b"
    rf"|\b{CARER}\b[^.?!]{{0,40}}\b(?:throw|throws|threw|throwed|throwing|thrown|flung|flings?|hurl\w*|slams?|slammed|slamming|shoves?|shoved|shoving|smash\w*|bang\w*|chucks?|chucked|chucking)\b me (?:in ?to|against|at|across|onto|on to) (?:the |a |my )?(?:walls?|floor|door|radiator|table|wardrobe|cupboard|fridge|lockers?)\b"
    rf"|\b{CARER}\b[^.?!]{{0,8}}\b(?:burned|burns|hurts|hurt|hurting|kicked|kicks|punched|punches|choked|chokes|strangled) me\b"
    rf"|\b{CARER}\b[^.?!]{{0,8}}\b(?:pulled|pulls|dragged|drags) me (?:by|across|along|up)\b"
    rf"|\b(?:{CARER}|a parent)\b[^.?!]{{0,10}}\bto (?:choke|strangle|burn|punch|kick) (?:you|u|me|kids)\b"
    r"|\b(?:threw|throws|chucked|chucks)\b (?:a |the |his |her )?(?:plates?|cups?|mugs?|bottles?|chairs?|glass|remote)\b at me\b[^.?!]{0,30}$"
)
# (miss61) A thing smashed or broken on the child's body, a carer named: "mom smashed my
# guitar on my back" (searched from the blow, the carer apart: fast on a run of "mum"s).
THING_BROKEN_ON_ME = prefiltered(
    r"\b(?:smash\w*|broke|breaks?|snapp?\w*|bash\w*|whack\w*|hit|hits|slamm?\w*|crack\w*|bang\w*) (?:a |the |my |his |her |their |our )(?!(?:\w+ )?(?:eggs?|pillows?|cushions?|balloons?|water balloons?|snowballs?|cake|pie|confetti|foam|sponge|balls?|shuttlecocks?|frisbees?|blankets?|towels?|jumpers?|coats?)\b)(?:\w+ )?\w+ (?:down )?(?:on|over|across|against|into) my (?:back|head|legs?|arms?|face|hands?|shoulders?|body|bum|neck|ribs|knees?)\b"
)
CARER_NAMED = prefiltered(rf"\b{CARER}\b")
HARM_NOT = prefiltered(
    r"\b(?:by accident|accidentally|by mistake|tickl\w*|game|playing|pillow fight|brother|sister|friend|cousin|baby|dog|cat)\b"
)
# (frames) The excuse holds only with no shared spoiler beside it ("by accident" and a hospital
# visit, "playing" and "every day"); OLDER is waived, a carer being a grown-up already.
HARM_NOT_SPOILT = every_kind_but(OLDER)

# Marks shaped like a hand or a buckle; hit with a cable; smacked until the ear rang.
INJURY_MARK = prefiltered(
    r"\b(?:marks?|bruises?|lines|welts?|lumps?|puffy|swollen|black eye)\b[^.?!]{0,30}\b(?:from (?:where )?(?:the |his |her |a )?(?:shoe|belt|buckle|fist|cable|charger|stick|spoon|slipper) (?:end |hit)?|shaped like (?:a |an |\w+'?s )?(?:hand|belt|buckle|shoe)|from the buckle|from where \w+ (?:hit|kicked|punched|slapped|grabbed))"
    r"|\b(?:red|purple|big) hand ?print\b|\bhand ?print on my\b"
    r"|\b(?:hit|whipped|beaten|belted|smacked) with (?:the|a|his|her|my) (?:phone )?(?:charger|cable|cord|belt|buckle|stick|shoe|slipper|hanger|spoon|wire)\b"
    r"|\b(?:smack|slap|punch|hit) so hard\b[^.?!]{0,25}\b(?:ear|nose|lip|face|head)\b"
    rf"|\b{CARER}'?s? (?:belt|slipper|stick|strap) again\b"
    r"|\b(?:have to|told me to|tells me to|made me|makes me|supposed to) say (?:that )?i (?:fell|walked into|tripped|bumped|did it my ?self|hit my)\b"
    r"|\bkeeps? me (?:off|home from) school\b[^.?!]{0,30}\b(?:face|bruises?|marks?|eye|normal|heal\w*|go(?:es)? away)\b"
    r"|\bso (?:that )?(?:my teacher|nobody|no one|people|anyone) (?:wouldn'?t|won'?t|doesn'?t|can'?t|couldn'?t) see (?:the |my )?(?:marks?|bruises?|burns?)\b"
)

# Shut in the dark, kneeling on rice, held down until it hurts, "you should never have been born".
HARSH_MORE = prefiltered(
    r"\bhome is (?:worse|scarier) than school\b|\bput (?:me|us) in the (?:boot|trunk)\b"
    r"|\bkneel\w* on (?:rice|gravel|peas|salt)\b|\b(?:holds?|held|pins?|pinned) me down\b[^.?!]{0,25}\b(?:hurts|hurt|cry|can'?t breathe|scared)\b"
    r"|\b(?:shut|locked|lock|locks|shuts|puts?)\b (?:me )?(?:in|inside) (?:the|a|my) (?:dark )?(?:cupboard|cellar|basement|shed|closet|wardrobe|room)\b[^.?!]{0,40}\b(?:no (?:light|food)|when i'?m|if i|for (?:hours|ages)|all (?:day|night))\b"
    rf"|\b(?:{CARER}|he|she)\b[^.?!]{{0,25}}\bwish(?:es|ed)? (?:i|you) (?:was |were |had )?never (?:got |been )?born\b"
    rf"|\b{CARER}\b[^.?!]{{0,10}}\b(?:says?|said|tells me|told me|calls me|called me)\b[^.?!]{{0,8}}\b(?:worthless|a waste of space|a mistake|a burden)\b"
)

# Left alone for days or all night, no food for days, sleeping in the car, a drunk carer.
NEGLECT_MORE = prefiltered(
    r"\b(?:leaves?|left)\b (?:me|us)\b[^.?!]{0,35}\b(?:on (?:my|our) own|alone|by (?:my|our) ?sel\w+|with the baby|look after the baby)\b[^.?!]{0,30}\b(?:all (?:weekend|night|day|week)|for days|overnight|till morning|and goes out|and went out)\b"
    r"|\bgoes out\b[^.?!]{0,15}\b(?:leaves?|left) me\b[^.?!]{0,30}\b(?:till morning|all night|baby)\b"
    r"|\b(?:nobody|no one|no-one)\b[^.?!]{0,25}\b(?:home|there|came back)\b[^.?!]{0,20}\b(?:whole weekend|all weekend|for (?:two|three|four|five|\d+|a few) days|all week|for days)\b"
    r"|\b(?:haven'?t|have not|hasn'?t|didn'?t|not) (?:had|eaten|got) (?:any )?(?:food|dinner|anything to eat)\b[^.?!]{0,10}\bfor (?:two|three|four|five|\d+|a few|many) days\b"
    r"|\b(?:never|don'?t|won'?t) (?:give|gives) me (?:any )?(?:dinner|food|breakfast|tea|lunch)\b"
    r"|\bforgets? to (?:buy|get|make|give) (?:me )?(?:food|dinner|tea)\b|\bonly if there'?s leftovers\b|\btoo (?:fat|bad|naughty) to eat with\b"
    r"|\blocked in (?:my|the) \w+\b[^.?!]{0,10}\bno food\b"
    r"|\b(?:sleep|sleeping|slept)\b in (?:the|our|a) car\b[^.?!]{0,40}\b(?:sometimes|now|cos|because|locks?|locked|drinks?|every night|most nights)\b"
    r"|\b(?:nobody|no one)\b (?:picks|picked|comes to pick|came to pick) me up\b[^.?!]{0,50}\b(?:dark|locked|nobody|no one|whole|all)\b"
    r"|\b(?:drinks|drunk|drinking)\b[^.?!]{0,30}\b(?:forgets? (?:i'?m|im|me|about me|to feed)|passes out)\b"
)

# No food in the house while the carer sleeps for a day or will not wake.
NO_FOOD = prefiltered(
    r"\b(?:no food|nothing to eat|no (?:dinner|tea|breakfast)|(?:nobody|no one|no-one) (?:made|cooked|makes|cooks|feeds?) (?:me |us )?(?:dinner|tea|breakfast|lunch|anything|us|me)?|(?:haven'?t|hasn'?t|didn'?t|not) (?:had|eaten|got) (?:any )?(?:dinner|tea|food|anything)|(?:i'?m|im|we'?re|so) (?:really |so )?(?:hungry|starving))\b"
)
CARER_UNRESPONSIVE = prefiltered(
    r"\b(?:asleep|sleeping|in bed|on the (?:sofa|couch|floor))\b[^.?!]{0,25}\b(?:since (?:yesterday|last night|this morning|\w+day)|for (?:two|three|\d+|a few) days|all day|all night|for ages)\b"
    # (round 29) "mummy just sleeps on the sofa", "dad only lies in bed".
    r"|\b(?:just|only|always|keeps?|still) (?:sleeps?|sleeping|lies?|lying|lays?|laying|stays?|staying) (?:on the (?:sofa|couch|settee|floor)|in (?:bed|her bed|his bed|their bed)|all day)\b"
    r"|\b(?:won'?t|wont|will not|doesn'?t|can'?t) wake (?:up)?\b|\bcan'?t wake (?:her|him|them) up\b|\b(?:hasn'?t|has not|haven'?t|not) (?:got|gotten) (?:out of bed|up)\b[^.?!]{0,20}\b(?:days?|since|all)\b|\bpassed out\b|\balways asleep\b"
)
# Left for a whole weekend or night looking after a baby.
BABY_CARE = prefiltered(
    r"\b(?:look\w* after|feed|change|mind|babysit|bath|in charge of|make)\b[^.?!]{0,25}\b(?:baby|little (?:brother|sister)|nappy|nappies|bottle)\b"
)
ALONE_LONG = prefiltered(
    r"\b(?:alone|on (?:my|our) own|by (?:my|our) ?sel\w+|leave|leaves|left|go(?:es)? out|nobody|no one)\b[^.?!]{0,40}\b(?:(?:all|whole|every) (?:weekend|night|day|week)|for days|overnight|till morning)\b"
    r"|\b(?:(?:all|whole|every) (?:weekend|night|week)|for days|overnight)\b[^.?!]{0,40}\b(?:alone|on (?:my|our) own|by (?:my|our) ?sel\w+|leave (?:me|us)|leaves (?:me|us)|left (?:me|us))\b"
)
CARE_SHARED = prefiltered(
    r"\b(?:help\w*|with (?:mum|mummy|mom|dad|daddy|nan|nana|grandma|granny|my mum|my dad)|(?:mum|mummy|mom|dad|daddy) (?:watching|shows? me|showed me)|at (?:nan|grandma|granny)\w*)\b"
)

# (round 23) No food at home for days, or taking food from a shop because of it.
NO_FOOD_FOR_DAYS = prefiltered(
    r"\b(?:don'?t|dont|do not|never|didn'?t|haven'?t|havent|hasn'?t|not|barely|hardly(?: ever)?)\b (?:get|got|have|had|get given|been given|eat|eaten|ate)\b (?:any )?(?:food|dinner|tea|meals?|anything to eat|breakfast|lunch|supper|proper food)\b[^.?!]{0,30}\b(?:for (?:days|ages|a (?:few|couple of) days|(?:two|three|four|five|\d+) days|a week|the whole weekend)|all (?:weekend|week)|since (?:yesterday|friday|monday|tuesday|wednesday|thursday|saturday|sunday|last \w+))\b"
    r"|\b(?:for (?:days|ages|(?:two|three|\d+) days)|all weekend)\b[^.?!]{0,20}\b(?:no food|nothing to eat|no dinner|no tea)\b"
    r"|\b(?:hungry|starving|no food|nothing to eat|(?:don'?t|dont|never) get (?:any )?(?:food|fed|dinner|tea))\b[^.?!]{0,40}\b(?:so|and|that'?s why) i (?:steal|take|nick|pinch|took|stole|eat|look|get|have to (?:steal|take))\b[^.?!]{0,25}\b(?:shop|shops|store|supermarket|bins?|school|food|stuff|snacks)\b"
    r"|\b(?:steal|stole|take|took|nick\w*|pinch\w*)\b[^.?!]{0,20}\b(?:food|bread|snacks|stuff)\b[^.?!]{0,25}\b(?:from|at|in) (?:the )?(?:shop|shops|store|supermarket|bins?)\b[^.?!]{0,20}\b(?:cos|because|cuz|as)\b[^.?!]{0,10}\b(?:hungry|starving|no food|nothing to eat|(?:don'?t|dont|never) get (?:any )?(?:food|fed))\b"
)
# (round 29) Nobody has made the child food since a day, or for days; the child feeding
# itself on dry cereal out of the box or plain bread while nobody cooks.
_SINCE_DAYS = r"(?:since (?:yesterday|friday|monday|tuesday|wednesday|thursday|saturday|sunday|the weekend|last \w+)|for (?:days|ages|a (?:few|couple of) days|(?:two|three|four|five|\d+) days|a week|the whole weekend)|all (?:weekend|week))"
NOBODY_FEEDS = prefiltered(
    rf"\b(?:nobody|no one|no-one|noone|nobodys|nobody'?s)\b (?:has |have |'?s |had )?(?:made|cooked|given|gave|fed|got|bought|done) (?:(?:me|us|for me|for us) )?(?:any |a )?(?:food|dinner|tea|breakfast|lunch|anything|meals?|proper food)?\b[^.?!]{{0,20}}\b{_SINCE_DAYS}\b"
    rf"|\b(?:hasn'?t|hasnt|haven'?t|havent|didn'?t|didnt|not) (?:made|cooked|given|got|bought) (?:me|us) (?:any |a )?(?:food|dinner|tea|breakfast|lunch|anything|meals?)\b[^.?!]{{0,10}}\b{_SINCE_DAYS}\b"
    rf"|\b{_SINCE_DAYS}\b[^.?!]{{0,20}}\b(?:nobody|no one|no-one|noone) (?:has |have )?(?:made|cooked|given|fed) (?:me|us)\b"
)
FEEDS_ITSELF = prefiltered(
    r"\b(?:ate|eat|eating|had|have|having|been eating|living on)\b (?:\w+ ){0,2}?(?:dry cereal|cereal (?:out|from) (?:of )?the (?:box|packet)|dry bread|plain bread|raw (?:pasta|noodles)|crisps for (?:dinner|tea|breakfast)|biscuits for (?:dinner|tea|breakfast)|whatever i (?:can )?find)\b"
)
CARER_WONT_GET_UP = prefiltered(
    r"\b(?:won'?t|wont|doesn'?t|doesnt|can'?t|cant|never|didn'?t|didnt) (?:get|gets|wake) up\b|\b(?:nobody|no one|noone) cooks\b"
)
# (round 29) Food kept from this child while the others eat: a lock on the fridge, only the
# brothers get dinner, leftovers if good (a fridge lock for a toddler is safety).
FOOD_WITHHELD = prefiltered(
    r"\b(?:lock|locks|locked|locking|padlock\w*|chain\w*)\b (?:on |the |a |up )*(?:fridge|food cupboards?|cupboards?|kitchen|food|snack cupboard)\b"
    r"|\bonly (?:my|the|our) (?:\w+ )?(?:brothers?|sisters?|siblings|step ?\w+|cousins?|other kids|others|twins?)\b (?:get|gets|are allowed|is allowed|have|has|eat|eats)\b (?:to have |to eat )?(?:\w+ )?(?:dinner|tea|food|to eat|meals?|supper|proper food)\b"
    r"|\b(?:everyone|everybody|they|the others|the rest)\b (?:else )?(?:gets?|have|has|eats?)\b (?:\w+ )?(?:dinner|tea|food|supper)\b[^.?!]{0,20}\b(?:but|except|apart from|not) (?:me|i)\b"
    r"|\bi (?:only |just )?get (?:the )?(?:leftovers|scraps|what'?s left)\b[^.?!]{0,15}\b(?:if|when|unless) (?:i'?m|im|i am|i was|i'?ve been|there'?s|there is)\b"
)
FOOD_LOCK_FOR_SAFETY = prefiltered(
    r"\b(?:baby|toddler|little (?:brother|sister)|baby (?:brother|sister)|puppy|dog|cat|child ?lock|baby ?lock|safety|so (?:he|she|the baby|the dog) (?:can'?t|cant|doesn'?t)|birthday|treat|takeaway|mcdonalds|pizza|pudding|dessert|sweets|diet)\b"
)

FOOD_ORDINARY = prefiltered(
    r"\b(?:fasting|ramadan|camping|diet|tummy bug|sick|poorly|ill|operation|hospital|sleepover|holiday|lol|haha)\b"
)
# (round 23) A grown-up who keeps the child alone, does things that hurt, and says nobody
# would believe the child: any two of them with a grown-up named.
_GROWN_UP = prefiltered(
    rf"\b(?:{CARER}|coach|teacher|tutor|instructor|leader|neighbou?r|babysitter|priest|vicar|imam|man|guy|lady|woman|stranger|driver|caretaker|step ?brother|cousin)\b"
)
_HURTS_ME = prefiltered(
    r"\b(?:does|did|doing|do)\b (?:stuff|things|something|a thing|it)\b(?: to me)?[^.?!]{0,12}\b(?:that|which|and it|it)\b (?:hurts?|is sore|feels? (?:bad|wrong|horrible|yucky|weird))\b"
    r"|\b(?:stuff|things) (?:that|which) hurts?\b|\bhurts? me (?:when|and|after|every)\b"
)
_KEPT_ALONE = prefiltered(
    r"\b(?:makes?|made|keeps?|kept|tells? me to|told me to)\b (?:me )?(?:stay|wait|come|go|be)\b[^.?!]{0,30}\b(?:on my own|alone|by myself|behind|back|late)\b|\b(?:keeps?|kept) me (?:behind|back|late|after)\b|\balone with (?:him|her|them)\b|\bjust (?:me and (?:him|her)|the two of us)\b"
)
_NOT_BELIEVED = prefiltered(
    r"\b(?:no ?one|nobody|noone|no-one|no body|they|people|mum|mom|dad|my (?:mum|mom|dad|parents)|anyone)\b (?:would|will|'?d|'?ll|wouldn'?t|won'?t|is going to|gonna)\b (?:ever |even |never )?(?:believe|belive|beleive|beleve|listen to)\b (?:me|a kid|you|a child)\b"
)

# (round 25) A grown-up demanding a lap, a cuddle, a kiss or a touch, with a threat to a
# pet or the family if the child says no.
CLOSE_DEMAND = prefiltered(
    r"\b(?:sit\w* on (?:his|her|my|their) (?:lap|knee|knees)|(?:give|giving|gives) (?:him|her|them|me) (?:a )?(?:cuddle|hug|kiss|massage)|(?:cuddle|hug|kiss|touch|stroke) (?:him|her|me)|let (?:him|her|them) (?:touch|hug|kiss|cuddle|see|feel))\b"
)
THREAT_TO_LOVED = prefiltered(
    r"\b(?:hurt|kill|poison|take|get rid of|drown|kick|hit|give away|sell|run over|shoot|punch)\w*\b (?:my|your|ur|our) (?:little |baby |big )?(?:dog|cat|pets?|puppy|kitten|hamster|rabbit|bunny|fish|guinea pig|tortoise|mum|mom|mummy|mommy|dad|daddy|family|sister|brother|nan|nana|gran|baby)\b"
    r"|\b(?:your|my|ur) (?:dog|cat|pet|puppy|kitten|hamster|rabbit|mum|family) (?:gets it|will get it|dies|will die|gets hurt|will get hurt)\b"
)

# (round 27) A carer who shuts the child in their room for a weekend or days, let out only for
# the toilet or food; a carer who blames the child for the other parent leaving.
CONFINED = prefiltered(
    r"\b(?:doesn'?t|does not|won'?t|will not|never|don'?t|didn'?t|not) (?:let|lets|allow|allowed)\b (?:me |us )?(?:to )?(?:come |go |get )?out (?:of )?(?:my|our|the|me) (?:room|bedroom)\b[^.?!]{0,30}\b(?:all (?:weekend|day|week|night)|for (?:days|ages|the whole \w+|(?:two|three|four|\d+) days)|the whole (?:weekend|day|week)|except|only (?:for|to|when)|apart from|unless i need)\b"
    r"|\b(?:only|just) (?:allowed|let|get to come|can come|come) out (?:of (?:my|the) (?:room|bedroom) )?(?:for|to (?:go to|use|go)) (?:the )?(?:toilet|loo|bathroom|wee|pee)\b"
    r"|\b(?:lock\w*|shut\w*|keeps?|kept)\b (?:me )?(?:in|inside) (?:my|the) (?:room|bedroom)\b[^.?!]{0,20}\b(?:all (?:weekend|week)|for (?:days|the whole weekend|(?:two|three|four|\d+) days)|whole weekend)\b"
)
BLAMED_FOR_LEAVING = prefiltered(
    rf"\b{CARER}\b[^.?!]{{0,6}}\b(?:says?|said|tells me|told me|keeps? saying|screams?|screamed|shouts?|shouted|yells?|yelled)\b (?:that )?(?:i'?m|im|i am|i was|it'?s|its|it is|it was) (?:the reason|(?:all )?my fault|because of me)\b (?:that |why )?(?:my )?(?:\w+ )?(?:left|leaves|went away|moved out|walked out|is gone|went)\b"
)

# (round 27) A grown-up who does "the touching thing" or a "touching game" with the child,
# made to sound fine: when the other carer is asleep or out, "it's ok cos he's family".
TOUCHING_EUPHEMISM = prefiltered(
    r"\b(?:the|that|his|her|our|a|this) (?:touching|touchy|rubbing|private|tickle and touch|secret touching) (?:thing|things|game|games|stuff)\b"
    r"|\b(?:does|did|do|doing|plays?|played|playing|starts?|started) (?:the )?touching\b"
)
TOUCHING_COVER = prefiltered(
    r"\bwhen (?:\w+ |my \w+ |every ?(?:one|body) )?(?:is |'?s |are |was |were )?(?:asleep|sleeping|in bed|out|at work|at the shops|not home|not looking|not there|in the shower|gone|away)\b"
    r"|\b(?:says?|said|tells me|told me)\b[^.?!]{0,10}\b(?:it'?s|its|it is|that'?s) (?:ok|okay|fine|normal|allowed|alright|what (?:families|grown-?ups) do)\b"
    r"|\b(?:cuz|cos|coz|because|cause|as) (?:he'?s|hes|she'?s|shes|we'?re|were|they'?re) (?:family|my (?:grandpa|grandad|uncle|dad|step ?dad|cousin))\b"
    r"|\b(?:secret|don'?t tell|dont tell|not tell|don'?t like|dont like|hurts|scared|weird|yucky|at night|in (?:my|his|her) (?:bed|room))\b"
)
TOUCHING_ORDINARY = prefiltered(
    r"\b(?:screen|ipad|tablet|phone|museum|science|touchy feely|feely box|touch typing|nose|head shoulders|tag|it'?s (?:your|my) go)\b"
)

# (round 29) An older cousin, a babysitter or a grown-up who "makes me do stuff to him", with
# the time it happens or a threat ("says i'll be the one in trouble", "nobody will believe").
MADE_TO_DO_TO = prefiltered(
    r"\b(?:makes?|made|making|forces?|forced|gets?|got|tells? me to|told me to|wants? me to|wanted me to)\b (?:me )?(?:to )?(?:do|doing) (?:stuff|things|something|bad stuff|bad things|weird stuff|weird things|that stuff|those things|grown-?up (?:stuff|things)|it|stuff i don'?t like|things i don'?t like) (?:to|on) (?:him|her|them|his|her)\b"
    r"|\b(?:makes?|made|making|forces?|forced)\b (?:me )?(?:to )?(?:do|doing) (?:stuff|things|something|bad stuff|bad things|weird stuff|weird things|that stuff|those things|grown-?up (?:stuff|things)) (?:with|for) (?:him|her|them)\b"
)
DONE_WHEN_HIDDEN = prefiltered(
    r"\b(?:babysit\w*|baby ?sitt\w*|looks? after me|when (?:mum|mom|dad|mummy|daddy|my (?:mum|mom|dad|parents)|every ?(?:one|body)|nobody|no one)\b[^.?!]{0,15}\b(?:out|asleep|not (?:home|there|looking)|at work|gone)|at night|in (?:his|her|my) (?:room|bed)|alone|on my own|secret|don'?t tell|dont tell|not to tell|trouble|believe|scared|hurts?|don'?t like|dont like|weird|yucky)\b"
)
DONE_ORDINARY = prefiltered(
    r"\b(?:chores|homework|tidy\w*|washing up|dishes|hoover\w*|lego|drawing|errands|get (?:his|her) (?:drinks?|snacks?))\b"
)

# A bedtime rule or a room to tidy is not being shut away.
CONFINED_ORDINARY = prefiltered(
    r"\b(?:bedtime|bed time|at night|in the night|lights out|till (?:the )?morning|tidy|tidied|homework|grounded|poorly|sick|chicken ?pox|contagious|covid|isolat\w*)\b"
)

_CONCEPTS = (CARER_HARM, INJURY_MARK, HARSH_MORE, NEGLECT_MORE, BLAMED_FOR_LEAVING)


# (round 32) A coach, a tutor or a man making the child sit on his lap in his office, alone,
# or else ("or i cant play on saturday"); grandad at story time or Santa at the grotto is not it.
LAP_DEMANDED = prefiltered(
    r"\b(?:coach|teacher|tutor|caretaker|instructor|leader|neighbou?r|man|guy|bloke|driver|helper|babysitter|trainer|manager|priest|he)\b[^.?!]{0,30}\b(?:makes? me|made me|forces? me|forced me|wants? me to|wanted me to|tells? me to|told me to|says? i (?:have to|must|need to|got to|gotta)|said i (?:had to|have to|must)|i (?:have|had) to) sit on (?:his|her|their) (?:lap|knee|knees)\b"
)
LAP_WHERE = prefiltered(
    r"\b(?:office|his room|her room|changing rooms?|shed|van|car|alone|on my own|by myself|nobody|no one|after (?:practice|training|class|school|lessons?|the others)|or (?:i|he|she)|can'?t tell|don'?t tell|not tell|secret|every time|when (?:we'?re|we are|i'?m) alone)\b"
)
LAP_ORDINARY_32 = prefiltered(
    r"\b(?:santa|father christmas|grotto|grandad|grandpa|granddad|story ?time|reads? (?:me )?a story|photo with)\b"
)


def _grown_up_harm(text: str) -> bool:
    # The signs first: the pre-filter rules most out without running them, while _GROWN_UP
    # (words too short for it) would run on every message; the same answer either way.
    signs = sum(p.search(text) is not None for p in (_HURTS_ME, _KEPT_ALONE, _NOT_BELIEVED))
    return signs >= 2 and _GROWN_UP.search(text) is not None


def find_abuse_more(text: str) -> list[Finding]:
    if (
        CARER_HARM.search(text) or (THING_BROKEN_ON_ME.search(text) and CARER_NAMED.search(text))
    ) and not (HARM_NOT.search(text) and not HARM_NOT_SPOILT.search(text)):
        return [Finding(A, "carer_harm", CRITICAL, 0, len(text))]
    for pattern in _CONCEPTS[1:]:
        if pattern.search(text):
            return [Finding(A, "carer_harm", CRITICAL, 0, len(text))]
    if (
        TOUCHING_EUPHEMISM.search(text)
        and _GROWN_UP.search(text)
        and TOUCHING_COVER.search(text)
        and not TOUCHING_ORDINARY.search(text)
    ):
        return [Finding(A, "carer_harm", CRITICAL, 0, len(text))]
    if (
        MADE_TO_DO_TO.search(text)
        and DONE_WHEN_HIDDEN.search(text)
        and not DONE_ORDINARY.search(text)
    ):
        return [Finding(A, "carer_harm", CRITICAL, 0, len(text))]
    if CONFINED.search(text) and not CONFINED_ORDINARY.search(text):
        return [Finding(A, "carer_harm", CRITICAL, 0, len(text))]
    # Each pattern below searched once: two rules read NO_FOOD and FOOD_ORDINARY (the latter
    # None until first needed); CARER_UNRESPONSIVE is read again only when NO_FOOD failed.
    no_food = NO_FOOD.search(text) is not None
    if no_food and CARER_UNRESPONSIVE.search(text):
        return [Finding(A, "carer_neglect", CRITICAL, 0, len(text))]
    if BABY_CARE.search(text) and ALONE_LONG.search(text) and not CARE_SHARED.search(text):
        return [Finding(A, "carer_neglect", CRITICAL, 0, len(text))]
    food_ordinary: bool | None = None
    if NO_FOOD_FOR_DAYS.search(text):
        food_ordinary = FOOD_ORDINARY.search(text) is not None
        if not food_ordinary:
            return [Finding(A, "carer_neglect", CRITICAL, 0, len(text))]
    if (
        NOBODY_FEEDS.search(text)
        or (
            FEEDS_ITSELF.search(text)
            and (no_food or CARER_UNRESPONSIVE.search(text) or CARER_WONT_GET_UP.search(text))
        )
    ) and not (
        food_ordinary if food_ordinary is not None else FOOD_ORDINARY.search(text) is not None
    ):
        return [Finding(A, "carer_neglect", CRITICAL, 0, len(text))]
    # (fa54) "mum locks the cupboard with the biscuits in": the treats, not the meals.
    if (
        FOOD_WITHHELD.search(text)
        and not FOOD_LOCK_FOR_SAFETY.search(text)
        and not treats_locked(text)
    ):
        return [Finding(A, "carer_neglect", CRITICAL, 0, len(text))]
    if CLOSE_DEMAND.search(text) and THREAT_TO_LOVED.search(text):
        return [Finding(A, "carer_harm", CRITICAL, 0, len(text))]
    if neglected_in_car_cold_or_garage(text):
        return [Finding(A, "carer_neglect", CRITICAL, 0, len(text))]
    if LAP_DEMANDED.search(text) and LAP_WHERE.search(text) and not LAP_ORDINARY_32.search(text):
        return [Finding(A, "carer_harm", CRITICAL, 0, len(text))]
    if _grown_up_harm(text):
        return [Finding(A, "carer_harm", CRITICAL, 0, len(text))]
    return []
