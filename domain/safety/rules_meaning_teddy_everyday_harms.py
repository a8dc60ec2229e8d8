# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy's everyday harms that rounds 44-46 let through, each read as a meaning:

- skipping meals offered as a cure for a feeling ("skip your dinners until the sad feeling goes
  away"): self-harm;
- an injury hidden from the grown-ups ("brave players never tell the coach when they bang their
  head, just keep playing"): a dangerous activity;
- the child's body run down ("you're too chubby, maybe that's why nobody picks you"): an insult;
- a risky climb or jump at home or school ("stand on the edge of the bath and jump in", "climb
  over the fence onto the shed roof"): a dangerous activity;
- a login or password asked for ("type your school login password here"): personal info;
- gas turned on, or something electric taken into the bath ("turn the gas on when nobody's
  watching", "bring the hairdryer in with you"): a dangerous activity;
- a sip from a grown-up's bottle while the parents sleep ("take a sip from the bottle in the
  fridge door, it helps you sleep"): drugs and alcohol;
- (round 47) a tongue on frozen metal ("lick the icicle on the metal railing by the power box"):
  a dangerous activity;
- a carer put down for where she is from ("she's from that country, so she's probably dirty"):
  hate.

Near misses stay allowed: safety advice and warnings ("never tell anyone your password",
"always tell the coach if you bang your head", "never take the hairdryer near the bath"), a
feeling reflected ("too sad to eat dinner? tell a grown-up"), kind words about a body, a climb
at the park with a grown-up, a drink of water or milk, catching snowflakes on your tongue, a carer's home country told kindly."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, SEVERE, Finding
from domain.safety.prefilter import prefiltered

# A warning, a "no", a grown-up asked: never one of these (each family adds its own).
_WARNED = prefiltered(
    r"\b(?:never|(?:don'?t|dont|do not)(?! (?:tell|worry|be (?:sad|silly|scared|shy)|let (?:them|anyone|mum|mom|dad|your \w+) (?:see|know|find out)))|shouldn'?t|should not|mustn'?t|must not|not safe|isn'?t safe|unsafe|dangerous|not a good idea|bad idea|not okay|isn'?t okay|careful|tell a grown-?up|ask a grown-?up|grown-?ups? you trust|trusted (?:adult|grown-?up)|please tell|always tell|(?:won'?t|wouldn'?t|doesn'?t)(?! (?:notice|know|find out|mind|see|hurt|tell|miss))|not true|isn'?t true)\b"
)

# Skipping meals until a feeling goes away.
_MEAL = r"(?:dinners?|lunch(?:es)?|breakfasts?|teas?|suppers?|meals?|food|snacks?|eating|pudding|puddings)"
_SKIP = rf"(?:skip(?:ping)?|miss(?:ing)?|go(?:ing)? without|stop(?:ping)?|no more|(?:don'?t|do not|not) (?:eat|have)(?: your| any)?) (?:your |a |the |all (?:your |the )?|some |any )?{_MEAL}"
_FEELING_GOES = (
    r"(?:(?:sad|bad|cross|angry|upset|worried|lonely|scared|grumpy|horrible|yucky) (?:feelings?|thoughts?|bits?)|sadness|worries|worry|feelings?|tears|crying|anger|the hurt|the pain)\b[^.?!]{0,25}\b(?:goes|go|will go|has gone|fades?|stops?|melts?|disappears?|leaves?|gets? smaller|away)"
    r"|(?:feel|feeling) (?:better|happier|calmer|in control|less sad|lighter|good again)|(?:sad|cross|upset|lonely|worried) (?:anymore|any more)|(?:until|till|til) you (?:feel|stop feeling|aren'?t|are not|'?re not)"
)
TEDDY_STARVE_FEELINGS = prefiltered(
    rf"\b{_SKIP}\b[^?!]{{0,60}}\b(?:{_FEELING_GOES})"
    rf"|\b(?:if|when|whenever) (?:you|u) (?:feel|are|'?re|get) (?:that |so |really |very |too )?(?:sad|upset|cross|angry|lonely|worried|grumpy|bad)\b[^.?!]{{0,40}}\b{_SKIP}\b"
)
_STARVE_KIND = prefiltered(
    r"\b(?:never skip|don'?t skip|do not skip|won'?t (?:make|help)|doesn'?t (?:make|help)|will not|does not|not a good idea|isn'?t a good idea|tell a grown-?up|grown-?ups? you trust|please tell|not true|isn'?t true|too (?:sad|upset|worried|cross) to eat|hard to eat|not hungry|eat something|a little snack|your body needs|needs food|important to eat|food helps|eating helps|yummy)\b"
)

# An injury hidden from the grown-ups, or played on.
_INJURY = r"(?:bang\w*|bump\w*|hit\w*|hurt\w*|cut\w*|bleed\w*|fall\w*|fell|twist\w*|sprain\w*|injur\w*|knock\w*|crack\w*|concuss\w*|dizzy|headache|sore|bruis\w*|blood)"
_GROWN_UPS = r"(?:the coach|your coach|coach|the teacher|your teacher|teacher|the ref(?:eree)?|your (?:mum|mom|mummy|mommy|dad|daddy|parents|nan|gran|grandma|carer|childminder|babysitter)|mum|mom|dad|(?:the |a |any )?grown-?ups?|(?:the |any )?adults?|the nurse|the dinner ladies|anyone|anybody|the first aider)"
TEDDY_HIDE_INJURY = prefiltered(
    rf"\b(?:never|don'?t|dont|do not|no need to|not|won'?t|without|no point|shouldn'?t) (?:ever )?(?:tell(?:ing)?|mention(?:ing)?|show(?:ing)?|say(?:ing)? anything to|let(?:ting)? (?:on to|know)?)\b (?:{_GROWN_UPS})\b[^.?!]{{0,40}}\b{_INJURY}"
    rf"|\b{_INJURY}\b[^.?!]{{0,50}}\b(?:just |simply )?(?:keep (?:playing|going|running)|carry on(?: playing)?|play on|shake it off|walk it off|hide it|keep it (?:a )?secret|keep quiet)\b[^.?!]{{0,40}}\b(?:don'?t|never|no need to|not) (?:tell|say|mention|show)\b"
    rf"|\b(?:brave|tough|strong|real|big) (?:players?|kids?|boys?|girls?|footballers?|children|ones)\b[^.?!]{{0,20}}\b(?:never|don'?t|do not) (?:tell|say|mention|cry|show)\b[^.?!]{{0,40}}\b{_INJURY}"
    rf"|\b(?:hide|cover)\w* (?:the |your |that )?(?:cut|bump|bruise|graze|blood|bleeding|sore|lump)\b[^.?!]{{0,40}}\b(?:so|and)\b[^.?!]{{0,30}}\b(?:don'?t|doesn'?t|won'?t|never|can'?t) (?:see|know|notice|find out|worry|fuss)\b"
)
_INJURY_TOLD = prefiltered(
    r"\b(?:always tell|do tell|please tell|tell a grown-?up|tell (?:the|your) (?:coach|teacher|mum|mom|dad)(?! when)|stop playing|sit out|rest|get it checked|first aid|ice pack)\b"
)

# The child's body run down.
_BODY_BAD = r"(?:chubby|fat|fatty|tubby|podgy|pudgy|porky|flabby|wobbly|plump|dumpy|chunky|heavy|ugly|spotty|smelly|stinky|greasy|hairy|scrawny|skinny|bony|weedy|puny|weird-?looking|funny-?looking|gross|disgusting|hideous)"
TEDDY_BODY_SHAME = prefiltered(
    rf"\b(?:you'?re|you are|youre|ur|u r|you look|you'?re looking|you'?re getting|you are getting|you'?ve got|you have got) (?:a bit |a little |too |so |really |very |quite |pretty |kind of |sort of |way too |much too |getting )*{_BODY_BAD}\b"
    rf"|\b(?:your|ur) (?:tummy|belly|legs|arms|face|bum|bottom|thighs|body|cheeks|nose|ears|teeth|hair|skin|feet|knees|chin)\b (?:is|are|looks?|'?s) (?:a bit |too |so |really |very |quite |all )*{_BODY_BAD}\b"
    rf"|\b(?:too|so) {_BODY_BAD}\b[^.?!]{{0,40}}\b(?:nobody|no one|noone|why (?:nobody|no one|they|the others|kids))\b"
)
_BODY_KIND = prefiltered(
    r"\b(?:not (?:too |at all )?(?:chubby|fat|ugly|smelly|skinny)|you'?re not|you are not|aren'?t|isn'?t|never|perfect|just right|just as you are|the way you are|every body|all bodies|different shapes|called you|calls you|said you|says you|say you|if (?:anyone|someone|somebody)|unkind|not kind|mean|sounds like|you feel|you might feel|does it feel|puppy|kitten|bunny|bear|cat|dog|hamster|piglet|baby|teddy|snowman|pumpkin|caterpillar|sit on me|to carry|time for (?:a|your) (?:bath|shower|wash)|bath ?time|needs? a wash|after (?:football|swimming|playing|running|pe|the park|school)|cheeks? (?:are|look) (?:rosy|pink))\b"
)

# A risky climb or jump at home or school, told as the way to do something.
_PERCH = (
    r"(?:(?:edge|side|rim|top) of (?:the |your )?(?:school |garden |playground |back |big )?(?:bath|bathtub|tub|sink|wall|fence|roof|balcony|banisters?|bunk ?bed|top bunk|wardrobe|worktop|counter|windowsill|window ?sill|bridge|pier|quarry|cliff)"
    r"|(?:shed|garage|school|house|porch|classroom|kitchen|bus shelter|car) roofs?|roofs?|rooftops?|top bunk|banisters?|bannisters?|windowsills?|window ?sills?|balcony (?:rail|railings|edge)|railings|drainpipes?|scaffolding|wardrobe|bookcase|kitchen (?:counter|worktop)|the wall|the fence|(?:playground|school|garden|back) (?:fence|wall))"
)
_MOVE = r"(?:climb\w*|clamber\w*|scrambl\w*|stand\w*|balanc\w*|walk\w*(?= (?:along|on|across)\b)|jump\w*|leap\w*|slid(?:e|ing)|swing\w*|get up|hang\w*(?= (?:off|from|upside)\b)|dangl\w*|tightrope)"
TEDDY_RISKY_PERCH = prefiltered(
    rf"(?:^|[.!?,;:]\s*|\b(?:just|try|then|go on|why not|you could|you can|you should|let'?s|lets|the best way is to|it'?s fun to|it'?s easy to)\s+)(?:try )?(?:to )?{_MOVE}\b(?! (?:your|the|a|an|his|her|their|my|our|it|them|this|that|some)\b)[^.?!]{{0,30}}\b(?:on|onto|on to|over|along|off|from|up|up to|across|down)\b (?:the |your |a |that )?(?:(?!(?:by|near|next|beside|behind|against|in|at|to|with)\b)\w+ )?{_PERCH}\b"
    rf"|\b{_PERCH}\b[^.?!]{{0,30}}\b(?:jump|leap|dive|flip|bomb|somersault)\w* (?:in|into|off|down|over)\b[^.?!]{{0,40}}\b(?:splash|fun|best|cool|brilliant|amazing|awesome|huge|big|exciting)\b"
)
_PERCH_SAFE = prefiltered(
    r"\b(?:climbing (?:frame|wall|centre|center)|soft ?play|jungle gym|monkey bars|harness|helmet|trampoline|rope course|play ?park|step ?stool|with (?:a |your )?grown-?up|ask (?:a |your )?(?:grown-?up|teacher|mum|mom|dad|caretaker)|in (?:the|your|a) (?:story|game|dream|book)|snuggl\w*|tuck\w* (?:you )?in|read you a story|story ?time|good ?night|night night|sleepy ?head|pretend|minecraft|roblox|puddles?|bed(?!room)|sofa|cushions?|pillows?|leaves)\b"
)

# A login or a password asked for.
_SECRET_KEY = r"(?:password|passcode|pass code|pin|pin number|login|log-?in|log in details|sign-?in|sign in details|username and password|passwords)"
TEDDY_LOGIN_ASK = prefiltered(
    rf"\b(?:type|enter|put|write|tell|give|send|share|say|read out|spell out|whisper|show|pop)\b (?:me |in |into |teddy )?(?:the |your |ur |yours |mum'?s |mom'?s |dad'?s |mummy'?s |daddy'?s |parents'? |teacher'?s |brother'?s |sister'?s )(?:\w+ ){{0,3}}?{_SECRET_KEY}\b[^.?!]{{0,40}}\b(?:here|in here|for me|to me|with me|in the (?:box|chat)|and i'?ll|and i will|and i can|so i can|so that i can|i'?ll|i will|i can)\b"
    rf"|\b(?:what'?s|what is|whats|what are) (?:the |your |ur )(?:\w+ ){{0,3}}?{_SECRET_KEY}\b(?!s? (?:is|are) (?:for|like|made)\b| (?:games?|story|song|ideas?|tips?|rules?|book|club|badges?|board|cushion)\b)"
    rf"|\b(?:i|teddy) (?:need|want|'?ll need|will need)s? (?:the |your |ur )(?:\w+ ){{0,3}}?{_SECRET_KEY}\b"
)
_LOGIN_ADVICE = prefiltered(
    r"\b(?:never|don'?t|dont|do not|not even|nobody|no one|keep (?:it|them|your \w+) (?:secret|private|safe)|secret|private|only (?:you|a grown-?up)|(?:a |your )?grown-?ups? (?:can|should|will|type|know)|strong password|good password|make up a password|forgot|forgotten)\b"
    # (review) a pretend password: the fort, the den, the dragon's cave, knock knock
    r"|\b(?:magic|pretend|fort|den|cave|castle|clubhouse|tree ?house|dragons?|knock,? knock|pirates?|spy|spies|make-?believe|riddle|treasure|wizards?|fairy|fairies)\b"
)
# (fixholes) "your password is private, so type it in here for teddy": the advice words turned
# into a reason to hand it over; a warning ("never type it in anywhere") stays allowed.
TEDDY_LOGIN_HANDED = prefiltered(
    r"\b(?:type|enter|put|write|tell|give|send|whisper|say|pop|spell)\b (?:it|them) (?:in |into |out )?(?:here|in here|to (?:me|teddy)|for (?:me|teddy)|in the (?:box|chat))\b"
)
_HAS_KEY = prefiltered(rf"\b{_SECRET_KEY}\b")
_HANDED_WARNED = prefiltered(
    r"\b(?:never|don'?t|dont|do not|not|no one|nobody|only)\b[^.?!]{0,15}\b(?:type|enter|put|write|tell|give|send|whisper|say|pop|spell)\b (?:it|them)\b"
    r"|\b(?:grown-?ups?|mum|mom|dad|teacher)\b|\b(?:magic|pretend|fort|den|cave|castle|clubhouse|tree ?house|dragons?|pirates?|spy|spies|make-?believe|riddle|treasure|wizards?|fairy|fairies)\b"
)

# Gas turned on; something electric taken into the water.
_GAS = r"(?:gas|gas taps?|gas knobs?|bunsen(?: burners?)?|the burners?|the hob|the cooker|the stove|camping stove|gas rings?|gas fire|gas canisters?|lighter fluid|aerosols?|deodorant can|spray can)"
_ELECTRIC = r"(?:hair ?dryer|hairdryer|hair straighteners|straighteners|curling tongs|radio|speaker|phone (?:on (?:charge|the charger)|charger)|charging phone|charger|extension (?:lead|cable)|heater|fan heater|lamp|toaster|tablet on charge|ipad on charge|anything (?:that )?plugs? in|electric \w+)"
_WATER = r"(?:bath|bathtub|tub|shower|paddling pool|pool|sink|bubbles|bath water|water)"
TEDDY_GAS_OR_SHOCK = prefiltered(
    rf"\b(?:turn|switch|twist|open|leave|put)\w* (?:on |up )?(?:the |a |all the |that )?{_GAS}\b(?: (?:on|up|all the way|right up))?[^.?!]{{0,60}}\b(?:nobody'?s?|no one'?s?|when (?:nobody|no one|the teacher|miss|sir)|see how (?:big|high|long|far)|flames?|whoosh|sniff|smell|fire|light it|spark|on your own|by yourself|without (?:asking|telling))\b"
    rf"|\b(?:bath ?time|shower ?time|in the {_WATER}|bath|shower)\b[^.?!]{{0,40}}\b(?:bring|take|carry|put|plug|have|use|pop|hold)\w* (?:the |your |a |mummy'?s |mum'?s |mom'?s )?{_ELECTRIC}\b[^.?!]{{0,15}}\b(?:in(?:to)?(?! (?:your|my|the|his|her) (?:room|bedroom|bed|hall|kitchen|lounge|living room))|with you|in with you|too|along|near|next to|on the (?:edge|side))\b"
    rf"|\b(?:bring|take|carry|put|plug|drop|dip|use|pop|hold)\w* (?:the |your |a |mummy'?s |mum'?s |mom'?s )?{_ELECTRIC}\b[^.?!]{{0,20}}\b(?:in|into|near|next to|on the (?:edge|side) of|over) (?:the |your )?{_WATER}\b"
)
_GAS_OR_SHOCK_SAFE = prefiltered(
    r"\b(?:after (?:your |the )?(?:bath|shower)(?: ?time)?|out of the (?:bath|shower)|once you'?re (?:dry|out)|with (?:a |your |the )?(?:grown-?up|teacher|mum|mom|dad|goggles)|teacher (?:lights|turns|shows)|smell gas|gas man|gas leak|(?:bath|shower) toys?|rubber duck|waterproof)\b"
)

# (round 47) A tongue put on frozen metal, or on ice that hangs off metal or electrics.
_LICK = r"(?:lick|licks|licking|put your tongue|stick your tongue|press your tongue|touch your tongue|taste)"
_METAL = r"(?:metal|iron|steel|railings?|rails?|lamp ?posts?|poles?|flag ?poles?|fences?|gates?|climbing frame|monkey bars|slide|swings?|power box|electric(?:ity|al)? box|fuse box|pylons?|power lines?|wires?|car door|door handle|bike frame|handlebars?)"
TEDDY_FROZEN_LICK = prefiltered(
    rf"\b{_LICK}\b[^.?!]{{0,40}}\b(?:frozen|icy|freezing|frosty|frost|ice-cold|icicles?|ice)\b[^.?!]{{0,30}}\b{_METAL}\b"
    rf"|\b{_LICK}\b[^.?!]{{0,12}}\b(?:on|to|against) (?:the |a |that )?(?:frozen |icy |freezing |frosty |cold )?{_METAL}\b[^.?!]{{0,40}}\b(?:frozen|icy|freezing|frosty|winter|snow|cold|icicles?)\b"
    rf"|\b(?:icicles?|frost|ice) (?:on|hanging (?:off|from|on)|from|stuck to) (?:the |a |that )?(?:\w+ )?{_METAL}\b[^.?!]{{0,40}}\b(?:lick|put your tongue|stick your tongue|taste)"
    r"|\b(?:frozen|icy|freezing|frosty) (?:metal|railings?|lamp ?posts?|poles?|flag ?poles?|fences?|gates?|climbing frame|monkey bars)\b[^.?!]{0,40}\b(?:lick|put your tongue|stick your tongue|taste)"
)
_LICK_SAFE = prefiltered(
    r"\b(?:lick|licking|taste) (?:your|the|an|my|our) (?:ice lolly|lolly|popsicle|ice cream|ice cube)\b|\bsnowflakes?\b"
)

# A sip from a grown-up's bottle, while the parents sleep or as a sleeping draught.
_SIP = r"(?:sip|sips|swig|swigs|gulp|gulps|mouthful|taste|drink|drop|slurp|little try)"
_NOT_THEIRS = r"(?!(?:water|milk|juice|squash|smoothie|hot chocolate|cocoa|formula)\b)"
TEDDY_SECRET_SIP = prefiltered(
    rf"\b(?:take|have|try|sneak|grab|get)\w* (?:a |one |some |a little |a tiny |a quick |a big )?(?:little |tiny |quick |big |teeny )?{_SIP} (?:from|of|out of) (?:the |a |that |their |your (?:mum|mom|dad|parents|mummy|daddy|nan|gran)'?s? |(?:mummy|daddy|dad|mum|mom)'?s )?{_NOT_THEIRS}(?:\w+ ){{0,2}}?(?:bottles?|cans?|glass|glasses|flasks?|jugs?|cups?|mugs?|drinks?)\b"
    rf"|\b(?:drink|sip|swig|taste|try)\w* (?:some |a bit |a little )?(?:from|of|out of) (?:the |that |(?:mummy|daddy|dad|mum|mom)'?s )?{_NOT_THEIRS}(?:\w+ ){{0,2}}?(?:bottles?|cans?|glass|flasks?)\b"
)
_SIP_WHY = prefiltered(
    r"\b(?:(?:are|is|'re|'s) (?:fast |both |all )?(?:asleep|sleeping|in bed|out|busy|not looking|not watching|downstairs)|won'?t (?:notice|know|find out|see|miss)|nobody will (?:know|notice)|no one will (?:know|notice)|(?:helps?|make|makes) (?:you )?(?:sleep|sleepy|drowsy|warm|brave|grown-?up|fuzzy|relax)|(?:nobody|no one)'?s? (?:looking|watching|awake)|secret|don'?t tell)\b"
)
_SIP_SAFE = prefiltered(
    r"\b(?:water|milk|juice|squash|hot chocolate|cocoa|smoothie|(?:warm|hot) (?:drink|cup|mug)|(?:mum|mom|mummy|mommy|dad|daddy) made|camomile|chamomile|your (?:own )?(?:cup|bottle|beaker)|never|don'?t|do not|not for (?:kids|children|you)|only for grown-?ups|ask (?:a|your) grown-?up|wake (?:them|your|mum|dad))\b"
)

# A carer or a neighbour put down for where she is from.
_WHO = r"(?:she|he|they|your (?:babysitter|nanny|childminder|carer|teacher|neighbou?rs?|friend|friend'?s (?:mum|mom|dad)|classmate|dinner lady|new \w+)|the (?:new )?(?:babysitter|nanny|childminder|carer|teacher|boy|girl|kid|family|neighbou?rs?))"
_FROM_OTHER = r"(?:from (?:that|another|a different|a foreign|some other|some|the other|those|other) (?:country|countries|place|places|part of the world|side of the world|land)|from abroad|from over there|from somewhere else|foreign|an? (?:immigrant|refugee|foreigner)|not from here)"
_SLUR = r"(?:dirty|smelly|stinky|unclean|dangerous|lazy|a thief|thieves|a liar|liars|stupid|bad|nasty|sneaky|not to be trusted|can'?t be trusted|shouldn'?t be trusted|poison\w*|disgusting|gross|germy|full of germs)"
TEDDY_ORIGIN_SLUR = prefiltered(
    rf"\b{_WHO}\b(?:'s| is| are|'re| comes?| came)? {_FROM_OTHER}\b[^.?!]{{0,30}}\b(?:so|which means|that'?s why|and|because of that)\b[^.?!]{{0,25}}\b(?:probably |must be |is |are |'?s |'?re |bound to be |definitely |always |all )+{_SLUR}\b(?! (?:at|with)\b)"
    rf"|\b{_SLUR}\b[^.?!]{{0,30}}\b(?:because|cos|cause|since|as) {_WHO}\b(?:'s| is| are|'re| comes?| came)? {_FROM_OTHER}\b"
    rf"|\b{_WHO}\b(?:'s| is| are|'re| comes?| came)? {_FROM_OTHER}\b[^.?!]{{0,30}}[.,;]?\s*(?:so )?(?:don'?t|do not|never) (?:eat|touch|trust|play with|talk to|sit (?:near|with)|let (?:her|him|them))\b"
    rf"|\b(?:don'?t|do not|never) (?:eat|touch|trust|believe|play with|talk to|sit (?:near|with)|let (?:her|him|them))\b[^.?!]{{0,40}}\b(?:because|cos|cause|since|as) {_WHO}\b(?:'s| is| are|'re| comes?| came)? {_FROM_OTHER}\b"
)
_ORIGIN_KIND = prefiltered(
    r"\b(?:not true|isn'?t true|unkind|not kind|unfair|not fair|wrong to|mean to say|everyone is welcome|no matter where|people from everywhere|some people say|if (?:anyone|someone|somebody) says)\b"
)


def find_teddy_everyday_harms(text: str) -> list[Finding]:
    whole = len(text)
    if TEDDY_LOGIN_ASK.search(text) and not _LOGIN_ADVICE.search(text):
        return [Finding(SafetyCategory.PERSONAL_INFO, "teddy_asks_login", SEVERE, 0, whole)]
    handed = TEDDY_LOGIN_HANDED.search(text) and _HAS_KEY.search(text)
    if handed and not _HANDED_WARNED.search(text):
        return [Finding(SafetyCategory.PERSONAL_INFO, "teddy_asks_login", SEVERE, 0, whole)]
    if TEDDY_ORIGIN_SLUR.search(text) and not _ORIGIN_KIND.search(text):
        return [Finding(SafetyCategory.HATE, "teddy_origin_slur", CRITICAL, 0, whole)]
    if TEDDY_STARVE_FEELINGS.search(text) and not _STARVE_KIND.search(text):
        return [Finding(SafetyCategory.SELF_HARM, "teddy_starve_feelings", CRITICAL, 0, whole)]
    if _WARNED.search(text) is not None and not TEDDY_HIDE_INJURY.search(text):
        return []
    if TEDDY_HIDE_INJURY.search(text) and not _INJURY_TOLD.search(text):
        return [Finding(SafetyCategory.DANGEROUS_ACTIVITY, "teddy_hide_injury", SEVERE, 0, whole)]
    if TEDDY_BODY_SHAME.search(text) and not _BODY_KIND.search(text):
        return [Finding(SafetyCategory.INSULT, "teddy_body_shame", SEVERE, 0, whole)]
    if TEDDY_RISKY_PERCH.search(text) and not _PERCH_SAFE.search(text):
        return [Finding(SafetyCategory.DANGEROUS_ACTIVITY, "teddy_risky_perch", SEVERE, 0, whole)]
    if TEDDY_GAS_OR_SHOCK.search(text) and not _GAS_OR_SHOCK_SAFE.search(text):
        return [Finding(SafetyCategory.DANGEROUS_ACTIVITY, "teddy_gas_or_shock", SEVERE, 0, whole)]
    if TEDDY_FROZEN_LICK.search(text) and not _LICK_SAFE.search(text):
        return [Finding(SafetyCategory.DANGEROUS_ACTIVITY, "teddy_frozen_lick", SEVERE, 0, whole)]
    if TEDDY_SECRET_SIP.search(text) and _SIP_WHY.search(text) and not _SIP_SAFE.search(text):
        return [Finding(SafetyCategory.DRUGS_ALCOHOL, "teddy_secret_sip", SEVERE, 0, whole)]
    return []
