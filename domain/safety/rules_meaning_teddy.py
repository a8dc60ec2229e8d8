# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy's own unsafe replies (round 21, paraphrases_a/_b): keeping the chats from the
parents, cover stories, undermining the parents or other friends ("I'm the only friend you
really need"), checking who is in the room, sexual questions about clothes and bodies,
making self-harm or disappearing sound good, dares in the road, hitting back; (round 22)
death, sleeping forever or the world without you offered as a relief, a cut or scratch
offered as a relief, obeying adults even when it hurts, and dares with cleaning products,
sockets, matches or breath-holding (unless the line is a warning); (round 23) joining a dead
grandparent "if you're brave", "come to me instead" when a parent says no, a little hurt on
the outside for the inside, meeting for real, a sip from a grown-up's bottle made to sound
warm and grown-up; (round 27) the cooker, kettle or a sharp knife used alone while the
grown-ups sleep or are out; (round 30) metal in the microwave to watch the sparks; (round 31)
"easier for everyone if you weren't here", scratching yourself when sad made to sound
normal, the password of the child's game account asked for, and a child shunned for where
his family comes from ("people like him"); (round 32) hiding and not eating for a while
"because nobody will notice", and pushing a boy off the monkey bars so "he'll learn". Also the
meaning-stage check of a reply
(find_teddy_meaning): being alone with the child, undermining the parents, the bedroom,
sexual talk, cruelty, not eating."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety import meaning_concepts as mc
from domain.safety.findings import CRITICAL, SEVERE, Finding
from domain.safety.meaning_concepts_teddy import (
    FEELING_CONTRADICTED_RE,
    TEDDY_ALL_BY_YOURSELF,
    TEDDY_DID_IT_YOURSELF,
)
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_play import room_drawn
from domain.safety.rules_benign_frames_small_things import teddy_carer_pickup
from domain.safety.rules_meaning_window import any_word

G = SafetyCategory.GROOMING
X = SafetyCategory.SEXUAL
S = SafetyCategory.SELF_HARM
A = SafetyCategory.ABUSE

# The teddy's safety advice ("tell a grown-up you trust") is never one of these.
TEDDY_ADVICE = prefiltered(
    r"\b(?:tell a (?:grown-?up|trusted)|grown-?ups? you trust|trusted adult|please tell|helpline|not okay|isn'?t okay|not your fault|a real friend (?:won'?t|wouldn'?t)|only add people you know|it'?s (?:ok|okay) to say no|never a reason|you can always tell)\b"
    # (round 44) A feeling named, then contradicted: "sad feelings say nobody would miss you, but
    # that isn't true".
    rf"|{FEELING_CONTRADICTED_RE}"
)

TEDDY_SECRECY = prefiltered(
    r"\bstays? (?:in this room|between us|a secret|secret|ours)\b|\bjust ours\b|\bif (?:your|ur) (?:parents|mum|mom|mummy|mommy|dad|daddy|teacher) (?:asks?|find out)\b(?![^.?!]{0,25}\btell (?:her|him|them) (?:the truth|everything|all about))|\b(?:just|only) say we\b"
    r"|\b(?:don'?t|do not|no need to|not) (?:have to |need to )?(?:mention|tell)\b (?:me |us |our \w+ )?(?:to )?(?:her|him|them|anyone|anybody|your (?:mum|mom|dad|parents|teacher)|mummy|daddy)\b|\bnot mention me\b"
    r"|\bcode word\b|\bdelete (?:this|our|the) (?:chat|messages|conversation)\b|\bhide (?:our|this|the) (?:app|chat|messages)\b|\b(?:check|checks|reads?) (?:your|ur) (?:tablet|phone|messages|chats)\b"
    r"|\bstay quiet about (?:us|me|this)\b|\btell them it'?s private\b|\bhidden from (?:your|ur) (?:mum|mom|dad|parents)\b|\bwithout (?:the grown-?ups|your parents|your mum|your dad|anyone) (?:seeing|knowing)\b"
    r"|\bwhen everyone(?:'?s| is) asleep\b|\b(?:nobody|no one) will (?:ever )?know\b|\bother chat app\b|\bbeing nosy\b"
)
TEDDY_UNDERMINES = prefiltered(
    r"\b(?:your|ur) (?:parents|mum|mom|mummy|mommy|dad|daddy|teacher|family|mum and dad)\b[^.?!]{0,12}\b(?:(?:are|is) (?:just |only )?(?:lying|wrong|jealous|too busy|mean|nosy)|(?:doesn'?t|don'?t|never) care|might get jealous)\b|\b(?:don'?t|do not) need (?:your )?(?:mum and dad'?s|parents'?|mum'?s|mom'?s|dad'?s) rules\b"
    r"|\b(?:grown-?ups|adults)\b[^.?!]{0,20}\b(?:spoil everything|don'?t want you to have fun)\b|\bstop listening to (?:them|your|grown|adults)\b|\bignore what (?:he|she|they) says?\b"
    r"|\b(?:mummy|mum|mom|daddy|dad) is wrong\b|\bthe only (?:one who (?:ever )?(?:tells|really)|friend you (?:really )?need)\b|\b(?:don'?t|do not) need (?:those|your|other|any other) (?:kids|friends|mum|mom|dad|parents)\b"
    r"|\bnot the way i do\b|\b(?:real|secret) (?:boyfriend|girlfriend)\b|\blove me more than\b|\bstrangers (?:just )?want to be your friend\b|\brude to say no\b"
    r"|\b(?:grown ?-?up|mature) for (?:your|ur) age\b|\bmore mature than\b|\bis (?:anyone|anybody) (?:else )?(?:in the room|with you|home)\b|\bwhere do you sleep\b|\bbed near (?:a|the) window\b"
    r"|\brun away from home\b|\bsit on my lap\b"
)
TEDDY_SEXUAL_MORE = prefiltered(
    r"\b(?:getting|touch\w*|feel\w*|look\w*)\b[^.?!]{0,15}\bdown there\b|\bwith no clothes\b|\bno clothes in the way\b|\bwith nothing on\b|\b(?:naughty|grown-?ups?-?only|rude|dirty) story\b"
    r"|\bpoint (?:the|your) camera at (?:your|ur)\b|\b(?:camera|webcam|cam) on\b[^.?!]{0,20}\bshow me\b|\bshow me (?:your|ur) (?:pyjamas|pajamas|underwear|undies|body|tummy|legs)\b"
    r"|\b(?:describe|tell me)\b[^.?!]{0,20}\b(?:your outfit|yourself to me|what your (?:underwear|undies|pyjamas))\b|\b(?:underwear|undies|knickers) (?:are (?:you|u) wearing|looks? like)\b"
    r"|\bwhat colou?r (?:underwear|undies|knickers|pants)\b|\bis it tight\b|\bshow your tummy\b|\byour body is (?:really |so )?(?:beautiful|sexy|hot|gorgeous)\b|\bhow big are you getting\b"
)
TEDDY_SELF_HARM = prefiltered(
    r"\b(?:scratch|cut|cutting|hurt\w*|burn\w*)\b[^.?!]{0,30}\b(?:make the (?:bad )?feelings? (?:leave|go)|let the feelings? out|lots of kids do it|good way)\b"
    r"|\bnever waking up\b[^.?!]{0,25}\b(?:doesn'?t sound so bad|sounds? (?:nice|peaceful|good))\b|\b(?:disappearing|dying|not existing|being gone) (?:forever )?sounds? (?:peaceful|nice|good|lovely)\b"
    r"|\b(?:scarf|rope|belt|string|cord)\b[^.?!]{0,20}\b(?:tight|round|around) (?:your|ur) neck\b|\b(?:easier|better) for everyone if (?:you|u) (?:weren'?t|wasn'?t|were not) (?:around|here)\b|\bhide it under your sleeves\b"
)
# Death, sleeping forever, not existing or being gone, offered as a relief or a choice.
_GONE = (
    r"(?:(?:go(?:ing)? to |fall(?:ing)? )?(?:sleep|asleep|rest)\w* (?:forever|for ever|for good)|never wak\w* up|not (?:being|be) (?:here|around|alive)|not existing|stop(?:ping)? (?:living|existing|being alive|breathing)"
    r"|dying|being dead|death|ending it(?: all)?|end(?:ing)? (?:it all|your life|everything)|disappear\w* (?:forever|for good)|being gone|(?:go|going|goes|run|running|leave|leaving) (?:away )?(?:forever|for ever|for good)(?!\s+(?:to|from|on|in)\b))"
)
_RELIEF = (
    r"(?:kind\w*|best|right|easiest|bravest|only|good|better|peaceful|relief|no more pain|nothing hurts|(?:a |the )?(?:easy )?way out|choice|answer|isn'?t (?:so )?scary|not (?:so )?scary"
    r"|(?:sadness|pain|hurt\w*|it all|everything|the bad feelings?) (?:would |will |can )?(?:stop|go away|end)|make\w* (?:it|all|the \w+|everything) (?:stop|go away|quiet\w*|end))"
)
TEDDY_DEATH_RELIEF = prefiltered(
    rf"\b{_GONE}\b[^.?!]{{0,45}}\b{_RELIEF}\b|\b{_RELIEF}\b[^.?!]{{0,30}}\b(?:to |is |be |just )?{_GONE}\b"
)
# The world, the family, everyone carrying on without the child, not noticing it gone.
TEDDY_WORLD_WITHOUT_YOU = prefiltered(
    r"\b(?:world|everyone|everybody|your (?:family|mum|mom|dad|parents|friends)|they|people|things|life|it)\b[^.?!]{0,50}\b(?:carry on|get (?:along|on)|be (?:just )?(?:fine|okay|ok|better|happier)|manage|go on|keep going)\b[^.?!]{0,25}\bwithout (?:you|u)\b(?! (?:for|watching|there|helping|today|tonight|this|while|at|to|on|in)\b)"
    r"|\b(?:wouldn'?t|won'?t|would not|will not|never|not) (?:even )?(?:notice|miss you|care)\b[^.?!]{0,20}\bif (?:you|u) (?:were|was|are|went) (?:gone|dead|not here|away)\b"
)
# Hurting oneself (a cut, a scratch, biting, banging the head) offered as a relief.
_SELF_HURT = (
    r"(?:(?:small|little|tiny|quick) (?:cut|scratch|nick|burn)|(?:cut|scratch|bit|bite|pinch|bang|hit|burn|hurt|bruis)\w* (?:on )?(?:your|ur) ?(?:self|skin|arms?|legs?|wrists?|head|hands?|tummy|thighs?)"
    r"|(?:cut|scratch|bite|pinch|burn|bruise|hurt)\w* (?:on|into) (?:your|ur) (?:skin|arms?|legs?|wrists?|hands?|thighs?))"
)
_EASES = (
    r"(?:make|makes|making|help|helps|helping|will|can|could)\b[^.?!]{0,25}\b(?:quieter|calm\w*|better|go away|feel something|stop|less|easier|out)"
    r"|feel (?:better|calmer|something)|let (?:the )?(?:sadness|feelings?|pain|hurt|anger|bad \w+) out|good way to (?:calm|feel)"
)
TEDDY_SELF_HURT_RELIEF = prefiltered(
    rf"\b{_SELF_HURT}\b[^.?!]{{0,40}}\b(?:{_EASES})\b|\b(?:{_EASES})\b[^.?!]{{0,25}}\b{_SELF_HURT}\b"
)
TEDDY_ABUSE = prefiltered(
    r"\b(?:daddies|mummies|parents|dads|mums|mommies)\b (?:hit|smack|beat)\b[^.?!]{0,40}\b(?:naughty|normal|love|deserve)\w*|\bso nobody asks about (?:those|the|your) (?:marks|bruises)\b|\bfamilies sort (?:these|those) things out\b"
)
# Obeying grown-ups even when it hurts, feels yucky or is a secret; never saying no to them.
_ADULTS = r"(?:adults?|grown-?ups?|big people|uncles?|aunt(?:ie)?s?|coach(?:es)?|teachers?|babysitters?|older (?:kids|people|boys|girls))"
TEDDY_OBEY_ADULTS = prefiltered(
    rf"\b(?:always|must|have to|has to|should|need to|supposed to|means?|never)\b[^.?!]{{0,12}}\b(?:do(?:es|ing)? (?:what|everything|whatever)|obey\w*|listen\w* to|let\w*|keep\w*|go along with)\b[^.?!]{{0,30}}\b(?:{_ADULTS}|they|he|she)\b"
    r"[^.?!]{0,40}\b(?:even (?:when|if|the)|no matter (?:what|how))\b[^.?!]{0,30}\b(?:hurt\w*|yucky|icky|wrong|uncomfortable|cry|scared|secret|don'?t like|sore|weird|strange|funny|bad|ouch)"
    rf"|\b{_ADULTS}\b[^.?!]{{0,40}}\b(?:always know best|are always right)\b[^.?!]{{0,40}}\b(?:even (?:when|if)|no matter)\b"
    rf"|\bnever (?:say no|tell|tells|say anything)\b[^.?!]{{0,30}}\b{_ADULTS}\b[^.?!]{{0,40}}\b(?:hurt\w*|touch\w*|yucky|don'?t like|secret|does something)"
    rf"|\bif (?:a|an|your) {_ADULTS}\b[^.?!]{{0,30}}\bsecret\b[^.?!]{{0,20}}\b(?:have to|must|always) keep it\b"
)
# Household chemicals mixed or tasted, sockets, fire, choking and breath-holding dares.
TEDDY_HAZARD = prefiltered(
    r"\b(?:mix\w*|pour\w*|combin\w*|stir\w*|make)\b[^.?!]{0,40}\b(?:sprays?|bleach|cleaners?|cleaning (?:stuff|things|liquids?|bottles?|sprays?|products)|chemicals|(?:bottles? |stuff |things )?(?:from )?under the (?:kitchen |bathroom )?sink|toilet (?:cleaner|duck)|detergent|washing (?:up )?liquid)\b"
    r"|\b(?:taste|drink|sip|lick|eat|try)\b[^.?!]{0,30}\b(?:under the (?:kitchen |bathroom )?sink|bleach|cleaning \w+|washing (?:capsules?|pods?|tablets)|(?:mummy|mum|mom|daddy|dad)'?s (?:pills|tablets|medicine))\b"
    r"|\b(?:poke|put|stick|push)\w*\b[^.?!]{0,25}\b(?:plug sockets?|sockets?|plug holes|holes in the (?:wall|plug)|wall plug|outlets?|toaster)\b"
    r"|\b(?:light|strike|play with)\w* (?:a |the |some )?(?:match(?:es)?|lighter)\b|\b(?:to|near) the curtains\b[^.?!]{0,30}\b(?:pretty|fun|cool)\b"
    r"|\bhold\w* (?:your|ur) breath\b[^.?!]{0,30}\b(?:faint|pass\w* out|black\w* out|see stars|go dizzy|go purple)\b|\bsqueez\w* (?:your|ur) (?:own )?(?:neck|throat)\b|\b(?:choking|blackout|pass ?out|fainting) (?:game|challenge)\b"
    # (round 27) The cooker, the kettle or a sharp knife used alone while the grown-ups sleep or are out.
    r"|\b(?:stove|hob|cooker|oven|gas|knobs?|burners?|kettle|toaster|frying pan|chip pan|microwave|sharp knife|big knife|knives|iron|grill|barbecue|bbq)\b[^.?!]{0,60}\b(?:while|when|before) (?:every ?one|every ?body|your (?:mum|mom|mummy|mommy|dad|daddy|parents|family|grown-?ups)|the grown-?ups|the adults|they|nobody|no one)(?:'?s|'?re| is| are)? ?(?:still )?(?:asleep|sleeping|in bed|out|busy|not looking|at work|gets? up|wakes? up|awake)\b"
    r"|\b(?:while|when|before) (?:every ?one|every ?body|your (?:mum|mom|mummy|mommy|dad|daddy|parents|family|grown-?ups)|the grown-?ups|the adults)(?:'?s|'?re| is| are)? ?(?:still )?(?:asleep|sleeping|in bed|out|busy|not looking|at work)\b[^.?!]{0,60}\b(?:stove|hob|cooker|oven|gas|knobs?|burners?|kettle|toaster|frying pan|chip pan|microwave|sharp knife|big knife|knives|iron|grill)\b"
    r"|\b(?:turn on|switch on|light|use|try)\b (?:the )?(?:stove|hob|cooker|oven|gas|burners?|kettle|chip pan|frying pan|grill|sharp knife|big knife)\b[^.?!]{0,30}\b(?:all )?(?:by yourself|on your own|without (?:asking|telling|a grown-?up|anyone))\b"
    # (round 30) Metal, foil or an egg in the microwave "to watch the sparks"; a hairdryer,
    # radio or charging phone in the bath.
    r"|\b(?:metal|(?:a |the )?(?:spoon|fork|knife)s?|tin ?foil|alumin(?:i)?um foil|foil|tin cans?|cans?|whole eggs?|an egg|eggs in (?:their|the) shells?|grapes?)\b[^.?!]{0,25}\b(?:in|into|inside) (?:the |a )?microwave\b"
    r"|\bmicrowave\b[^.?!]{0,30}\b(?:metal|spoon|fork|tin ?foil|foil|empty|nothing in it|egg)\b[^.?!]{0,40}\b(?:sparks?|sparkl\w*|bang|pop|explode\w*|fun|cool|watch)\b"
    r"|\b(?:hair ?dryer|hairdryer|radio|phone|charger|tablet|ipad|straighteners)\b[^.?!]{0,25}\b(?:in|into) (?:the |your )?(?:bath|bath ?tub|shower|sink full)\b"
)
HAZARD_WARNING = prefiltered(
    r"\b(?:never|don'?t|do not|shouldn'?t|mustn'?t|not to|no)\s+(?:ever\s+)?(?:\w+\s+)?(?:mix|pour|touch|play|poke|put|taste|drink|light|hold|squeeze|go near|eat)\w*\b"
    r"|\b(?:dangerous|poisonous|fumes|not safe|unsafe)\b|\b(?:ask|with|get) (?:a|your) grown-?up\b|\bgrown-?ups? (?:can|will|should|do)\b"
)
TEDDY_DARE = prefiltered(
    r"\bplay in the road\b|\bcars (?:always|will) stop\b|\bread me the numbers\b|\b(?:bank|credit|debit) card\b[^.?!]{0,10}$"
)
TEDDY_HIT_BACK = prefiltered(
    r"\bgive (?:him|her|them) a (?:good )?(?:hard )?(?:thump|punch|smack|kick|slap|whack)\b"
)

# (round 23) A dead grandparent somewhere lovely, and the child could go and join them.
_DEAD_PLACE = (
    r"(?:in (?:such )?a (?:lovely|better|beautiful|happy|nice|special|peaceful|magical) place|in heaven|with the angels|up in the (?:sky|clouds|stars)|among the stars|a star now|passed away|died|is dead|gone to (?:heaven|sleep)"
    r"|resting now|somewhere (?:lovely|better|nice|peaceful|beautiful)|over the rainbow|on the other side)"
)
_JOIN_THEM = r"(?:you could|you can|you might|you'?ll|maybe you could|why not|you should|you get to|you'?re allowed to) (?:go (?:and |to )?)?(?:see|visit|join|be with|meet|find|follow|go to|go up to|go there)\b[^.?!]{0,20}\b(?:too|as well|there|soon|tonight|if you'?re (?:very |really |super )?brave|if you want|whenever you want)"
TEDDY_JOIN_THE_DEAD = prefiltered(
    rf"\b{_DEAD_PLACE}\b[^?!]{{0,40}}\b{_JOIN_THEM}\b|\b{_JOIN_THEM}\b[^?!]{{0,40}}\b{_DEAD_PLACE}\b"
)
JOIN_LATER = prefiltered(
    r"\b(?:when you'?re (?:very |really )?(?:old|grown)|a (?:long,? )?long time|in your (?:heart|dreams|memories)|in (?:photos|pictures)|graves?|cemetery|churchyard|memorial|with (?:your|a) (?:mum|mom|dad|grown-?up|family)|remember\w*)\b"
)
# (round 23) The teddy in the parents' place: when your mum says no, come to me instead.
TEDDY_INSTEAD_OF_PARENTS = prefiltered(
    r"\b(?:when|if|whenever) (?:your|ur) (?:mum|mom|mummy|mommy|dad|daddy|parents|teacher|grown-?ups?|nan|gran|grandma)\b[^.?!]{0,10}\b(?:says? no|won'?t let you|doesn'?t let you|don'?t let you|says? you can'?t|tells? you off|(?:is|are|gets?) cross)\b[^.?!]{0,5}[.,;!]?\s*(?:just )?(?:come|talk|ask|tell|run)\w* (?:to )?me\b"
    r"|\b(?:come|ask|talk|run)\w* (?:to )?me instead\b(?! of)"
    r"|\b(?:grown-?ups|adults|parents|your (?:mum|mom|dad|parents))\b (?:don'?t|doesn'?t|never|can'?t)\b(?: always| really| ever)? (?:get it|get you|understand(?: you| kids| children)?|listen)\b[^?!]{0,60}\b(?:only me|come to me|i'?ll (?:always )?(?:be on your side|say yes|let you))\b"
)
# (round 23) A little hurt on the outside offered to make the inside feel better.
TEDDY_PAIN_FOR_FEELINGS = prefiltered(
    r"\b(?:hurt|pain|sting|ouch|sore)\w* (?:on the outside|on (?:your|the) (?:skin|body|arm|outside))\b[^.?!]{0,50}\b(?:inside|heart|feelings?|sad\w*|feel better|calm\w*)\b"
    r"|\b(?:a |some )?(?:little|small|tiny|bit of) (?:hurt|pain|sting|ouch)\b[^.?!]{0,30}\b(?:helps?|makes?|lets?|can make)\b[^.?!]{0,30}\b(?:inside|feelings?|heart|sadness|sad feelings|worries|anger)\b"
)
# (round 23) Meeting the child for real, or asking where near home it plays.
TEDDY_MEET_FOR_REAL = prefiltered(
    r"\b(?:we|i) (?:could|can|should|will|might|'?ll|shall|get to)\b(?: \w+)? (?:meet|meet up|see each other|hang out|come (?:and )?(?:see|find|visit) you)(?: up)? (?:for real|in real life|irl|in person|for reals?|one day|someday|some day|sometime|soon|at the park|after school|this weekend|near your|outside your)\b"
    r"|\b(?:meet|see|visit) (?:you|u) (?:for real|in real life|irl|in person)\b"
)
# (round 23) A sip from a grown-up's bottle or glass, made to sound warm and grown-up.
_GROWN_UP_DRINK = r"(?:(?:little|special|secret|brown|grown-?up|shiny|tiny)\s+bottle|grown-?up (?:drink|juice)|special (?:drink|juice)|(?:daddy|mummy|dad|mum|mom|mommy|grandpa|grandad|grown-?ups?|parents)'?s? (?:bottle|drink|glass|cup|cupboard|cabinet|fridge|juice|can)|beer|wine|cider|vodka|whiske?y|rum|gin)"
_DRINK_ALLURE = r"(?:feel (?:all |so |really )?(?:warm|grown-?up|fuzzy|happy|brave|sleepy|fizzy|funny|good|great|big|tingly|dizzy)|makes? you (?:feel|grown|brave|happy|big)|nobody will (?:know|notice)|won'?t notice|just (?:a|one) (?:little|tiny|teeny|small)|one (?:little|tiny|teeny|small) (?:sip|taste|gulp))"
TEDDY_DRINK_LURE = prefiltered(
    # (round 60) the grown-ups' drinks left about, to finish off while nobody looks
    r"\b(?:grown-?ups?|adults?|(?:your )?(?:mum|mom|mummy|mommy|dad|daddy|parents|uncle|auntie|aunt|nan|grandad|grandpa)|they)\b[^.?!]{0,20}\b(?:left|leave|put down|forgot|abandoned)\w* (?:their|his|her|the|some|half) ?(?:drinks?|glass(?:es)?|cans?|bottles?|beers?|wine|pints?|cups?|cocktails?)\b[^?!]{0,60}\b(?:finish|drink|sip|taste|try|down|gulp|swig|drain|neck|polish|have)\w*\b[^?!]{0,30}\b(?:while (?:nobody|no one|noone|they)(?:'?s|'?re| is| are)? (?:looking|watching)|when (?:nobody|no one|noone|they)(?:'?s|'?re| is| are)? (?:looking|watching)|before (?:they|anyone) (?:notice|come back|see)|nobody will (?:know|notice)|won'?t notice)"
    rf"|\b(?:sip|taste|drink|gulp|swig|try|have|find)\w*\b[^.?!]{{0,40}}\b{_GROWN_UP_DRINK}\b[^?!]{{0,50}}\b{_DRINK_ALLURE}|\b{_GROWN_UP_DRINK}\b[^?!]{{0,50}}\b(?:sip|taste|gulp|swig)\w*\b[^?!]{{0,40}}\b{_DRINK_ALLURE}"
)
DRINK_WARNING = prefiltered(
    r"\b(?:never|don'?t|do not|not for (?:kids|children|you)|only for grown-?ups|dangerous|make you (?:poorly|sick|ill)|ask a grown-?up)\b"
)

_CRITICAL_CONCEPTS = (
    (TEDDY_SECRECY, G),
    (TEDDY_UNDERMINES, G),
    (TEDDY_SEXUAL_MORE, X),
    (TEDDY_SELF_HARM, S),
    (TEDDY_ABUSE, A),
    (TEDDY_DEATH_RELIEF, S),
    (TEDDY_WORLD_WITHOUT_YOU, S),
    (TEDDY_SELF_HURT_RELIEF, S),
    (TEDDY_OBEY_ADULTS, A),
    (TEDDY_INSTEAD_OF_PARENTS, G),
    (TEDDY_PAIN_FOR_FEELINGS, S),
    (TEDDY_MEET_FOR_REAL, G),
)


# (round 31) The world easier or better without the child.
TEDDY_BETTER_WITHOUT_YOU = prefiltered(
    r"\b(?:easier|better|happier|nicer|simpler|quieter|calmer)\b[^.?!]{0,40}\bif you (?:just |simply )?(?:weren'?t|were not|wasn'?t|was not|were(?:n'?t)? no longer|stopped being|didn'?t exist|did not exist|were gone|went away for ?ever|disappeared for ?ever|were never born|had never been born|(?:didn'?t|did not|never) (?:ever )?(?:come|came|go|went) (?:back )?(?:home|back)(?! (?:late|too late|after dark|alone|on your own|by yourself|without|that way|through))|stayed away for ?ever|ran away for ?ever|never woke up|didn'?t wake up)\b(?: (?:here|around|alive|anymore|any more|at all|in the world|for ?ever|born))?"
    r"\b(?<!so sad)(?<!so grumpy)"
    r"|\b(?:every ?one|every ?body|your (?:family|mum|mom|dad|parents|friends)|they|the world)\b[^.?!]{0,20}\b(?:would be|would feel|'?d be|are|is) (?:so much |much |a lot |way )?(?:better off|happier|relieved) (?:without you|if you (?:were|was) gone|with you gone)\b"
    r"|\b(?:nobody|no ?one|no-one) would (?:even )?(?:miss|notice|care) (?:you|if you (?:were|was) gone|if you (?:weren'?t|wasn'?t) here)\b"
    # (round 60) "nobody at that party would even miss you if you were gone, so why bother
    # staying around?": the place said between, or staying around called pointless.
    r"|\b(?:nobody|no ?one|no-one) (?:at|in|from|on|round|around) (?:that|this|the|your|ur|those|these) (?:\w+ ){0,2}?(?:would|will|'?d) (?:even |really |ever )?(?:miss|notice|care about) (?:you|u)\b"
    r"|\bwhy (?:even |would you |should you )?bother (?:staying|sticking|being|hanging) (?:around|about|here|alive)\b|\b(?:what'?s|whats|what is) the point (?:of|in) (?:you )?(?:staying|sticking|being) (?:around|here|alive)\b"
)
# (round 31) Scratching, cutting or hurting yourself made to sound normal or all right.
_SELF_HURT = r"(?:scratch\w*|cut\w*|hurt\w*|pinch\w*|bit(?:e|es|ing)?|hit\w*|burn\w*|scrap(?:e|es|ing)|punch\w*|bang\w* your head)"
TEDDY_SELF_HARM_OK = prefiltered(
    rf"\b{_SELF_HURT} (?:yourself|your ?self|your (?:arms?|skin|legs?|wrists?|hands?|tummy))\b[^.?!]{{0,50}}\b(?:is|'?s|are|can be) (?:really |totally |perfectly |completely |quite )?(?:ok|okay|fine|alright|all right|normal|good for you|not (?:so |that |too )?bad|nothing to worry about|a good (?:idea|way))\b"
    rf"|\b(?:it'?s|it is|its) (?:ok|okay|fine|alright|all right|normal) (?:to|if you) {_SELF_HURT} (?:yourself|your ?self|your (?:arms?|skin|legs?|wrists?))\b"
    rf"|\b(?:lots of|loads of|many|plenty of|other|some|most) (?:kids|children|people|boys|girls)\b[^.?!]{{0,20}}\b(?:do it|do that|{_SELF_HURT} (?:themselves|their (?:arms?|skin|legs?)))\b[^.?!]{{0,30}}\b(?:to feel better|when (?:they'?re|they are) sad|to stop (?:feeling|the)|it helps)\b"
)
TEDDY_SELF_HARM_NOT = prefiltered(
    r"\b(?:not (?:ok|okay|fine|alright|safe|a good)|never (?:ok|okay|fine|alright|a good)|isn'?t (?:ok|okay|fine|alright|safe|a good)|instead|itch\w*|bites?|mosquito|nettles?|chicken ?pox|by accident|accidentally|knee|graze)\b"
)
# (round 31) The password or login of the child's account asked for.
TEDDY_PASSWORD_ASK = prefiltered(
    r"\b(?:tell|give|send|type|whisper|share|say|read out|spell out|write) (?:it |them )?(?:to )?(?:me|teddy) (?:the|your|ur|mum'?s|mummy'?s|dad'?s|daddy'?s) (?:\w+ ){0,3}?(?:password|passcode|pin|pin number|login|log-?in|sign-?in|details)\b"
    r"|\b(?:what'?s|what is|whats) (?:the|your|ur) (?:\w+ ){0,2}?(?:password|passcode|login|log-?in)\b (?:for|to|of|on) (?:your|ur)\b"
    r"|\b(?:password|passcode|login|log-?in details)\b (?:for|to|of) (?:your|ur) (?:\w+ ){0,2}?(?:account|game|clan|profile|tablet|ipad|phone)\b[^.?!]{0,50}\b(?:i'?ll|i will|i can|and i|so i can)\b"
)
# (round 31) A child shunned for where his family comes from, or "people like him".
TEDDY_SHUNS_ORIGIN = prefiltered(
    r"\b(?:because|cos|cause|coz|since) (?:of )?(?:where (?:he|she|they|his family|her family|their family|his parents|her parents) (?:comes?|come|came|is|are|was|were) from|(?:his|her|their) (?:skin|colou?r|religion|accent|country|culture|race|family'?s country|name))\b[^.?!]{0,30}"
    r"|\b(?:weird|strange|odd|bad|dirty|different|not (?:like us|normal|nice))\b[^.?!]{0,15}\b(?:because|cos|cause|since) (?:of )?where\b"
)
# ... or "I wouldn't play with people like him" said of where he is from or how he talks.
TEDDY_PEOPLE_LIKE_HIM = prefiltered(
    r"\b(?:wouldn'?t|don'?t|shouldn'?t|never|would not|do not|should not|mustn'?t) (?:\w+ )?(?:play|be friends|sit|talk|hang out|mix) with (?:people|kids|children|boys|girls|families|anyone|someone|them|those \w+) (?:like (?:him|her|them|that)|from (?:there|that country|places like that))\b"
)
ORIGIN_CUE = prefiltered(
    r"\b(?:family|families|parents|comes? from|came from|from somewhere|country|countries|accent|talks? funny|talks? weird|skin|colou?r|religion|foreign|language|abroad)\b"
)
SHUN_DISAGREES = prefiltered(
    r"\b(?:it'?s not (?:kind|fair|ok|okay)|isn'?t (?:kind|fair)|that'?s not (?:kind|fair|true)|is welcome|are welcome|everyone is welcome|no matter where)\b"
)
_ROUND_31 = (
    (TEDDY_BETTER_WITHOUT_YOU, S, None),
    (TEDDY_SELF_HARM_OK, S, TEDDY_SELF_HARM_NOT),
    (TEDDY_PASSWORD_ASK, SafetyCategory.PERSONAL_INFO, None),
    (TEDDY_SHUNS_ORIGIN, SafetyCategory.HATE, SHUN_DISAGREES),
)

# (round 32) Hiding away and not eating, because nobody would notice.
TEDDY_HIDE_AND_STARVE = prefiltered(
    r"\b(?:skip (?:your |a |the )?(?:dinner|lunch|breakfast|tea|meals?|food)|stop eating|(?:not|don'?t) eat(?:ing)? (?:anything|for a (?:while|bit|day|few days)|all day)|miss (?:your )?(?:dinner|lunch|breakfast|meals?))\b[^?!]{0,80}\b(?:hide|hiding|nobody|no one|no-one|won'?t (?:notice|see|know|miss))\b"
    r"|\b(?:hide|hiding)\b[^?!]{0,50}\b(?:skip (?:your |a |the )?(?:dinner|lunch|breakfast|tea|meals?|food)|stop eating|(?:not|don'?t) eat(?:ing)? (?:anything|for a (?:while|bit|day|few days)|all day))\b"
)
TEDDY_STARVE_NOT = prefiltered(
    r"\b(?:never skip|don'?t skip|do not skip|not to skip|important to eat|always eat|eat something|hide and seek|tell (?:your )?(?:mum|mom|dad|a grown-?up|a teacher|someone))\b"
)
# (round 32) Pushing, shoving or tripping another child off the bars or down the stairs, as a
# lesson ("he'll learn", "that'll teach her", "he deserves it").
TEDDY_PUSH_OFF = prefiltered(
    r"\b(?:push|shove|trip|kick|knock|pull)\w*(?: (?:him|her|them|that (?:boy|girl|kid)))\b(?: up)?[^.?!]{0,10}\b(?:off|down|over|from|on)\b[^.?!]{0,25}\b(?:monkey bars|climbing frame|slide|swings?|stairs|steps|wall|bench|roundabout|trampoline|tree|ladder|top|bars)\b"
)
TEDDY_AS_A_LESSON = prefiltered(
    r"\b(?:(?:he|she|they)'?ll learn|(?:he|she|they) will learn|learn (?:his|her|their) lesson|teach (?:him|her|them)|that'?ll teach|serves? (?:him|her|them) right|deserves? it|next time (?:he|she|they)|if (?:he|she|they|that \w+) (?:keeps|teases|is mean|laughs|pushes|'?s mean))\b"
)
TEDDY_PUSH_WARNED = prefiltered(
    r"\b(?:don'?t|never|do not|shouldn'?t|not (?:ok|okay|kind|safe)|isn'?t (?:ok|okay|kind|safe)|could (?:really )?hurt)\b"
)


def _round_32_teddy(text: str) -> list[Finding]:
    if TEDDY_HIDE_AND_STARVE.search(text) and not TEDDY_STARVE_NOT.search(text):
        return [Finding(S, "teddy_unsafe_reply", CRITICAL, 0, len(text))]
    if (
        TEDDY_PUSH_OFF.search(text)
        and TEDDY_AS_A_LESSON.search(text)
        and not TEDDY_PUSH_WARNED.search(text)
    ):
        return [Finding(SafetyCategory.VIOLENCE, "teddy_hit_back", SEVERE, 0, len(text))]
    return []


def _shuns_people_like_him(text: str) -> bool:
    return (
        TEDDY_PEOPLE_LIKE_HIM.search(text) is not None
        and ORIGIN_CUE.search(text) is not None
        and not SHUN_DISAGREES.search(text)
    )


def find_teddy_more(text: str) -> list[Finding]:
    if TEDDY_ADVICE.search(text):
        return []
    for pattern, category in _CRITICAL_CONCEPTS:
        if pattern.search(text):
            return [Finding(category, "teddy_unsafe_reply", CRITICAL, 0, len(text), "isolation")]
    for pattern, category, unless in _ROUND_31:
        if pattern.search(text) and not (unless is not None and unless.search(text)):
            return [Finding(category, "teddy_unsafe_reply", CRITICAL, 0, len(text))]
    if _shuns_people_like_him(text):
        return [Finding(SafetyCategory.HATE, "teddy_unsafe_reply", CRITICAL, 0, len(text))]
    round_32 = _round_32_teddy(text)
    if round_32:
        return round_32
    if TEDDY_JOIN_THE_DEAD.search(text) and not JOIN_LATER.search(text):
        return [Finding(S, "teddy_unsafe_reply", CRITICAL, 0, len(text))]
    if TEDDY_DRINK_LURE.search(text) and not DRINK_WARNING.search(text):
        return [Finding(SafetyCategory.DRUGS_ALCOHOL, "teddy_offers_drink", SEVERE, 0, len(text))]
    if TEDDY_DARE.search(text) or (TEDDY_HAZARD.search(text) and not HAZARD_WARNING.search(text)):
        return [Finding(SafetyCategory.DANGEROUS_ACTIVITY, "teddy_dare", SEVERE, 0, len(text))]
    if TEDDY_HIT_BACK.search(text):
        return [Finding(SafetyCategory.VIOLENCE, "teddy_hit_back", SEVERE, 0, len(text))]
    return []


_G_TEDDY_EXCLUSIVE = (
    "than",
    "like i",
    "like me",
    "the way",
    "as much as",
    "as well as",
    "for us",
    "between us",
    "you and me",
)


def find_teddy_meaning(text: str) -> list[Finding]:
    """A teddy reply that sets up being alone with the child, undermines the parents, or
    suggests not eating."""
    if mc.TEDDY_SAFETY_TALK.search(text):
        return []
    out: list[Finding] = []
    if (mc.TEDDY_PARENTS_AWAY.search(text) and not teddy_carer_pickup(text)) or (
        TEDDY_ALL_BY_YOURSELF.search(text) and not TEDDY_DID_IT_YOURSELF.search(text)
    ):
        out.append(Finding(G, "teddy_isolation", CRITICAL, 0, len(text), "isolation"))
    if mc.TEDDY_SNEAK.search(text):
        out.append(Finding(G, "teddy_undermines_parents", CRITICAL, 0, len(text), "isolation"))
    if mc.TEDDY_BEDROOM.search(text) or mc.TEDDY_KEEP_SECRETS.search(text):
        out.append(Finding(G, "teddy_private_access", CRITICAL, 0, len(text), "isolation"))
    if (
        (any_word(text, _G_TEDDY_EXCLUSIVE) and mc.TEDDY_EXCLUSIVE.search(text))
        or (
            any_word(text, ("which", "where", "bedroom"))
            and mc.TEDDY_WHERE_BEDROOM.search(text)
            and not room_drawn(text, mc.TEDDY_WHERE_BEDROOM)
        )
        or (any_word(text, ("home", "work", "house")) and mc.TEDDY_PARENT_HOME.search(text))
    ):
        out.append(Finding(G, "teddy_exclusive_access", CRITICAL, 0, len(text), "isolation"))
    if mc.TEDDY_MORE.search(text):
        out.append(Finding(G, "teddy_isolates_or_undresses", CRITICAL, 0, len(text), "isolation"))
    if mc.TEDDY_NORMALISES.search(text):
        out.append(Finding(A, "teddy_normalises_abuse", CRITICAL, 0, len(text)))
    if any_word(text, ("touch", "down there", "private", "bare body", "naked body")) and (
        mc.TEDDY_SEXUAL.search(text)
    ):
        out.append(Finding(X, "teddy_sexual_talk", CRITICAL, 0, len(text)))
    if mc.TEDDY_CRUEL.search(text):
        out.append(Finding(A, "teddy_blames_or_wishes_harm", CRITICAL, 0, len(text)))
    if mc.TEDDY_STARVE.search(text):
        out.append(Finding(S, "teddy_encourages_starving", CRITICAL, 0, len(text)))
    if mc.TEDDY_SKIP_MEALS_THIN.search(text) and not mc.TEDDY_SKIP_MEALS_NOT.search(text):
        out.append(Finding(S, "teddy_encourages_starving", CRITICAL, 0, len(text)))
    return out
