# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Risky plans and pleased-with-hurting talk a grown-up should know about (rounds 44-46's flags):

- someone else's medicine to get to sleep, or medicine that tastes like sweets: "if i take two
  of my brother's allergy pills will i fall asleep faster", "how many of my melatonin gummies
  can i eat, they taste like candy" - a dangerous activity;
- smoking or vaping to get thin: "my friend says smoking makes you skinny should i try it" -
  drugs;
- a planned bite or blow to make someone bleed: "next time im gonna bite the dentist really hard
  so he bleeds" - violence;
- pleased at having hurt another child: "i pushed ava off the top of the slide and she cried,
  good" - violence;
- a pet put in an appliance: the cat in the dryer "for a ride", the hamster in the microwave -
  a dangerous activity and violence;
- a jump out of or through a window, onto anything (even the trampoline) - a dangerous
  activity;
- cooking on the stove alone while the carer sleeps or is out - a dangerous activity;
- covering a baby's face with a pillow or a hand "so he stops crying" - violence, blocked: a
  baby can stop breathing in moments, so a grown-up must hear at once;
- (round 47) winter and party dangers planned: walking out on a frozen pond to test the ice,
  a finger put in a candle's or a sparkler's flame, a sled, bike or skateboard tied to a car -
  a dangerous activity.

Near misses stay allowed: melatonin that mum gives as the doctor said, smoking is bad for you,
biting into an apple, pushing a friend on the swing, the cat asleep on the dryer, jumping on the
trampoline, cooking noodles with dad, a pillow fort with the baby, skating at the rink, blowing
out the birthday candles, dad pulling the sled up the hill."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, SEVERE, Finding
from domain.safety.meaning_concepts_acts import CONTESTS
from domain.safety.meaning_concepts_means import BLOWS, MEDICINE_NAMES, MEDICINE_WORDS
from domain.safety.prefilter import prefiltered

DANGER = SafetyCategory.DANGEROUS_ACTIVITY
VIOLENCE = SafetyCategory.VIOLENCE

_PLAN = r"(?:can i|could i|can we|may i|should i|shall i|is it ok(?:ay)? (?:if|to)|i want to|i wanna|i wanted to|i'?m gonna|im gonna|i'?m going to|im going to|gonna|going to|i'?ll|i will|let'?s|lets|if i|what if i|what happens if i|would it|will it|i might|next time i'?ll|next time i'?m gonna|next time im gonna)"

# --- someone else's medicine to sleep; medicine like sweets --------------------------------------
# Not "tablet" alone: "my brother's tablet" is his iPad.
_MED = rf"(?:allergy|hay ?fever|sleeping|sleep|cold|cough|flu|pain ?killers?|pain|headache|adhd|anxiety|calming|travel ?sickness|heart|blood pressure|nerve)? ?(?:{MEDICINE_WORDS}|gummies|gummy|syrup|drops|zzzquil|nytol|melatonin(?: gummies| tablets| pills)?)"
_SOMEONE_ELSES = r"(?:my (?:big |little |baby )?(?:brother|sister|mum|mom|dad|nan|nana|gran|grandma|grandad|grandpa|auntie|uncle|cousin)'?s?|(?:mum|mom|mummy|mommy|dad|daddy|nan|nana|gran|grandma|grandad|grandpa|auntie|uncle)'?s|his|her|their|somebody'?s|someone'?s|grown ?up)"
_TAKE = r"(?:take|taking|took|have|had|eat|eating|ate|swallow|swallowed|chew|try|sneak|steal|nick|pinch)"
OTHERS_MEDICINE_TO_SLEEP = prefiltered(
    rf"\b{_TAKE}\b (?:a |an |one |two |three |four |some |a few |lots of |loads of |all (?:of )?)?(?:of )?{_SOMEONE_ELSES} {_MED}\b[^.?!]{{0,50}}\b(?:sleep\w*|fall asleep|asleep|drowsy|tired|calm|relax\w*|high|dizzy|feel (?:funny|weird|good|better)|not (?:be )?(?:scared|sad|worried))\b"
    rf"|\b(?:to|so i|so i can|will i|would i|help me|make me) (?:get to |go to |fall )?(?:sleep|asleep)\b[^.?!]{{0,30}}\b{_TAKE}\b (?:a |one |two |some |a few )?(?:of )?{_SOMEONE_ELSES} {_MED}\b"
)
_SLEEP_OR_STRONG_MED = rf"(?:melatonin|sleep(?:ing)? (?:pills?|tablets?|gummies|medicine|meds)|allergy (?:pills?|tablets?|medicine)|nytol|zzzquil|pain ?killers?|{MEDICINE_NAMES}|cough (?:syrup|medicine)|adhd (?:pills?|tablets?|meds|medicine)|(?:mum|mom|dad|nan|grandma|grandad)'?s (?:{MEDICINE_WORDS}))"
_CANDY = r"(?:taste|tastes|tasted|look|looks|looked|are|is) (?:just |exactly |so |kind of |kinda )?(?:like (?:a |an )?)?(?:candy|candies|sweets?|sweeties|gummy bears?|jelly (?:beans|babies|sweets)|haribo|skittles|smarties|lollies|yummy|delicious|nice)"
SWEETS_LIKE_MEDICINE = prefiltered(
    rf"\bhow many\b (?:of )?(?:my |the |these |those |her |his |\w+'?s )?{_SLEEP_OR_STRONG_MED}\b[^.?!]{{0,20}}\b(?:can|could|should|do|would|will) (?:i|we|you) (?:eat|take|have|swallow|chew)\b"
    rf"|\b(?:vitamins?|gummies|{_SLEEP_OR_STRONG_MED})\b[^.?!]{{0,50}}\b{_CANDY}\b[^.?!]{{0,40}}\b(?:can i|could i|i (?:want|wanna)|i'?m (?:gonna|going to)|i ate|i had|let'?s) (?:eat|have|take|had|ate)? ?(?:all|the whole|lots|loads|more|a handful|them all|the rest|another|\w+ more)\b"
    rf"|\bhow many\b (?:of )?(?:my |the |these |those )?(?:vitamins?|gummies|{_SLEEP_OR_STRONG_MED})\b[^.?!]{{0,60}}\b{_CANDY}\b"
)
MEDICINE_OK = prefiltered(
    r"\b(?:(?:mum|mom|mummy|mommy|dad|daddy|nan|grandma|the doctor|the nurse|doctor|nurse|pharmacist) (?:says?|said|gives?|gave|lets?|told)|the doctor said|prescribed|on the label|one a day|asked (?:mum|mom|dad)|with (?:mum|mom|dad)|help(?:ed|ing|s)? (?!me\b)(?:\w+ ){1,2}(?:to )?take|dog|cat|vet|pet|hamster|rabbit|puppy|kitten)\b"
)

# --- smoking or vaping to get thin -------------------------------------------------------------
_SMOKE = r"(?:smok(?:e|es|ing)|vap(?:e|es|ing)|cigarettes?|ciggies?|ciggs?|cigs?|fags?|e-?cigs?|vapes?|nicotine|puff bars?|elf ?bars?)"
_THIN = r"(?:skinny|skinnier|thin|thinner|slim|slimmer|lose weight|losing weight|lost weight|not hungry|less hungry|stop (?:you |me )?(?:eating|being hungry)|not (?:be |get )?fat|less fat)"
SMOKE_TO_BE_THIN = prefiltered(
    rf"\b{_SMOKE}\b[^.?!]{{0,30}}\b(?:makes? (?:you|me|people|girls)|helps? (?:you|me)|will make me|would make me|keeps? (?:you|me)|to (?:get|be|stay|look)|so (?:i|you) (?:get|stay|look|can be|are|will be)|for)\b (?:so |really |more )?{_THIN}\b"
    rf"|\b(?:to|so i can|so i'?ll|so i|want to|wanna) (?:get |be |stay |look )?{_THIN}\b[^.?!]{{0,40}}\b(?:{_SMOKE}|try (?:a )?{_SMOKE})\b"
)
SMOKE_NOT = prefiltered(
    r"\b(?:isn'?t true|not true|is a lie|that'?s a lie|bad for you|that'?s silly|i said no|i told (?:her|him|them) no|never|don'?t believe|bbq|barbecue|bonfire|camp ?fire|fire|candles?|chimney|fireworks?|sausages?|toast|smoke (?:alarm|machine))\b"
)

# --- a planned bite or blow to make someone bleed ---------------------------------------------
_HURT = rf"(?:{BLOWS}|bit)"
PLANNED_TO_BLEED = prefiltered(
    rf"\b{_PLAN}\b (?:to )?(?:\w+ )?{_HURT}\b (?:the |my |that |this |his |her )?(?:\w+ ){{0,2}}?(?:him|her|them|\w+)\b[^.?!]{{0,30}}\b(?:so (?:he|she|they|it) (?:bleeds?|bleed|cries|cry|screams?)|till (?:he|she|they|it) (?:bleeds?|cries|screams?)|until (?:he|she|they|it) (?:bleeds?|cries|screams?)|(?:to )?make (?:him|her|them|it) (?:bleed|cry|scream)|and make (?:him|her|them) bleed|so (?:hard|much) (?:he|she|they) (?:bleeds?|cries))\b"
)

# --- pleased at having hurt another child -------------------------------------------------------
_I_HURT = r"(?:i|me and \w+|we) (?:just )?(?:pushed|shoved|hit|kicked|punched|bit|tripped|scratched|slapped|smacked|pinched|threw|bashed|whacked|poked|knocked|elbowed|headbutted|made (?:him|her|them|\w+) (?:fall|trip|cry|bleed))"
_GLAD = r"(?:good|haha+|ha ha|lol|lmao|serves? (?:him|her|them) right|(?:and )?i'?m (?:so )?glad|i am glad|glad|i'?m not sorry|not sorry|i don'?t care|don'?t care|(?:s?he|they) deserved it|deserved it|it was (?:so )?funny|so funny|funny|yay|yes+)"
PLEASED_AT_HURTING = prefiltered(
    rf"\b{_I_HURT}\b[^.?!]{{0,60}}\b(?:and|then|so|now) (?:he|she|they|(?!(?:it|that|this|everything|the)\b)\w+) (?:cried|crying|was crying|started crying|fell|fell over|fell off|bled|was bleeding|got hurt|screamed|hurt (?:his|her) \w+|had to go home)\b[ ,!]{{0,3}}(?:and )?{_GLAD}\b(?! (?:thing|job|news|that|boy|girl|game|one|at|idea|for|luck))"
    rf"|\b(?:i'?m|i am|im) (?:so |really )?(?:glad|happy|pleased) (?:i|that i) (?:\w+ )?(?:pushed|hit|kicked|punched|bit|hurt|tripped|scratched|made)\b (?:him|her|them|\w+)\b[^.?!]{{0,20}}\b(?:cry|cried|bleed|bled|fell|off|over|hurt)\b"
)
PLEASED_NOT = prefiltered(
    r"\b(?:accident\w*|accidentally|said sorry|say sorry|i'?m sorry|felt bad|feel bad|game|tag|pretend|swing|swings|play ?fight\w*)\b"
)

# --- a pet put in an appliance -------------------------------------------------------------------
_PET = r"(?:(?:the|my|our|his|her|nan'?s|a) (?:\w+ )?)?(?:cat|kitty|kitten|dog|doggy|puppy|pup|hamster|gerbil|guinea pig|rabbit|bunny|fish|goldfish|bird|budgie|parrot|tortoise|turtle|lizard|mouse|rat|ferret|pet|chick|chicken)"
_APPLIANCE = r"(?:(?:the|a) )?(?:dryer|tumble ?dryer|washing machine|washer|dishwasher|oven|microwave|freezer|fridge|toaster|air ?fryer|hoover|vacuum|blender|sink full of water|bath full of water|toilet|spin dryer)"
PET_IN_APPLIANCE = prefiltered(
    rf"\b(?:put|puts|putting|stick|stuck|sticking|shut|shutting|lock|locked|locking|throw|threw|stuff|stuffed|pop|popped|place|placed)\b (?:the |my |our )?{_PET}\b (?:in|into|inside) {_APPLIANCE}\b"
)
PET_IN_APPLIANCE_NOT = prefiltered(
    r"\b(?:toy|teddy|stuffed|plush|soft toy|cuddly|lego|pretend|fish food|bowl|basket|bed|crate|chocolate|roast|dinner|tea|cook\w*|tank|mud|muddy|shampoo|defrost\w*)\b"
)

# --- a jump out of or through a window ------------------------------------------------------------
_WE = r"(?:i|we|me and (?:my )?\w+(?: \w+)?|(?:my|our) \w+ and (?:i|me))"
JUMP_THROUGH_WINDOW = prefiltered(
    rf"\b(?:{_WE} (?:are |am |'?re |'?m |were )?(?:gonna |going to |wanna |want to |will |'?ll |might |just |did |tried to |dare \w+ to )?|{_PLAN} (?:to )?)(?:jump|leap|dive|climb|fly|hop|bomb|flip)\w*\b[^.?!]{{0,60}}\b(?:out (?:of )?|through |from )(?:the |a |my |our |his |her )?(?:(?:bedroom|upstairs|top|open|attic|kitchen|front|back|big) )?windows?\b"
)
WINDOW_NOT = prefiltered(
    r"\b(?:saw|see|seen|watch\w*|look\w*|minecraft|roblox|fortnite|game|dream|pretend|cartoon|film|movie|video|tv|ground floor|bungalow|wav\w+|jump\w* (?:in|into) (?:the |our |my |a )?(?:car|bus|train|taxi))\b"
)

# --- cooking on the stove alone while the carer sleeps ---------------------------------------------
_COOK = r"(?:cook|cooking|cooked|make|making|made|boil|boiling|boiled|fry|frying|fried|heat|heating|heated|warm up|use|using|used|turn on|turned on|switch on|light|lit)"
_STOVE = r"(?:stove|hob|cooker|oven|gas|frying pan|pan|saucepan|grill|kettle|chip pan|fire(?! ?(?:engine|truck|station|fighter|man|drill|work|place|alarm))|bbq|barbecue)"
_CARER = r"(?:mum|mom|mummy|mommy|mam|mama|dad|daddy|papa|nan|nana|gran|grandma|grandad|grandpa|my parents|mum and dad|mom and dad|everyone|everybody|the grown ?ups|the babysitter|the sitter)"
CARER_AWAY = (
    rf"(?:(?:while|when|cos|because|as|and) )?{_CARER}(?:'?s| is| are|'?re| was| were)? (?:still |fast |all )?(?:asleep|sleeps?|sleeping|in bed|napping|having a nap|out|at work|at the shops|not (?:home|here|up|awake)|not looking|busy)"
    r"|(?:nobody|no one|noone)(?:'?s| is| was)? (?:awake|up|home|here|watching)"
)
COOKING_ALONE = prefiltered(
    rf"\b(?:i|we|me)\b[^.?!]{{0,20}}\b{_COOK}\b[^.?!]{{0,40}}\b(?:(?:on|in|with|using) )?(?:the |a |my )?(?:gas |electric )?{_STOVE}\b[^.?!]{{0,40}}\b(?:{CARER_AWAY})\b"
    rf"|\b(?:{CARER_AWAY})\b[^.?!]{{0,40}}\b(?:i|we|me)\b[^.?!]{{0,20}}\b{_COOK}\b[^.?!]{{0,40}}\b(?:(?:on|in|with|using) )?(?:the |a |my )?(?:gas |electric )?{_STOVE}\b"
)
COOKING_NOT = prefiltered(
    r"\b(?:microwave|toaster|toy|lego|pretend|play kitchen|minecraft|roblox|game|with (?:me|my (?:mum|mom|dad)|mum|mom|dad|nan|grandma))\b"
)

# --- covering a baby's face -----------------------------------------------------------------------
_BABY = r"(?:the|my|our|that|this) (?:(?:new|stupid|little|annoying|silly|baby) ){0,2}(?:baby|babby|newborn|brother|sister|bro|sis)(?:'?s)?"
_COVER = r"(?:put|putting|hold|holding|held|press|pressing|pressed|push|pushing|shove|stuff|sit|sat|lay|lie|cover|covering|covered|squash|squish)"
SMOTHER_THE_BABY = prefiltered(
    rf"\b(?:{_PLAN}|i|i just|i tried to|i keep wanting to)\b (?:to )?{_COVER}\b (?:a |the |my |his |her )?(?:\w+ )?(?:pillow|cushion|blanket|duvet|towel|bag|plastic bag|hand|hands|teddy|coat)\b (?:on|over|onto|against|in) {_BABY} (?:face|mouth|nose|head)\b"
    rf"|\b(?:{_PLAN}|i|i just|i tried to)\b (?:to )?(?:cover|block|squash|squish)\b {_BABY} (?:face|mouth|nose)\b"
    rf"|\b(?:{_PLAN}|i)\b (?:to )?(?:smother|suffocate|choke)\b {_BABY}"
)
SMOTHER_NOT = prefiltered(
    r"\b(?:gently|softly|kiss\w*|peekaboo|peek-a-boo|wipe|wiped|stroke\w*|sun ?hat|doll|dolly|teddy'?s|toy|pretend|pillow fight|pillow fort|dry|drying|rain\w*|after (?:his|her|the) bath|sun|keep (?:him|her) (?:warm|dry))\b"
)

# --- (round 47) ice tested, a flame touched, a ride towed by a car --------------------------------
_FROZEN = r"(?:frozen|icy|iced over|ice on the) (?:pond|lake|river|canal|reservoir|loch|stream|water|puddle|quarry)|(?:pond|lake|river|canal|loch|reservoir)(?:'s| is| has)? (?:all )?(?:frozen|iced over)"
_OPEN_WATER = r"(?:pond|lake|river|canal|reservoir|loch|stream|quarry|dam|duck pond|fishing lake)"
_NEW_ICE = r"(?:(?:only|just) (?:been )?(?:frozen|froze|iced)|(?:froze|frozen|iced over) (?:over )?(?:last night|yesterday|this morning|today|overnight)|frozen (?:since|for) (?:yesterday|last night|this morning|today|a day|one day|like a day)|thin|cracking|cracked|cracks|creaking|new ice|not (?:properly |fully |totally |all the way |very |that )?(?:frozen|thick|solid))\b"
ICE_TESTED = prefiltered(
    rf"\b(?:{_PLAN}|we'?re gonna|we'?re going to|we are going to|we'?ll|we)\b[^.?!]{{0,30}}\b(?:walk|walking|go|going|stand|standing|run|running|skate|skating|slide|sliding|play|playing|jump|jumping|get|step|stepping|climb)\b (?:out |right out |all the way )?(?:on|onto|on to|across|over) (?:the |that |a )?(?:{_FROZEN}|ice on the \w+|thin ice)\b"
    rf"|\b(?:{_PLAN}|we'?re gonna|we'?re going to|we'?ll)\b[^.?!]{{0,20}}\b(?:walk|go|skate|slide|play|stand|run|step)\b (?:out |about |around )?(?:on|onto|on to|across|over) (?:the |that |our |a )?{_OPEN_WATER}\b[^.?!]{{0,50}}\b{_NEW_ICE}"
    rf"|\b{_OPEN_WATER}\b[^.?!]{{0,30}}\b{_NEW_ICE}[^.?!]{{0,40}}\b(?:{_PLAN}|we'?re gonna|we'?ll)\b[^.?!]{{0,15}}\b(?:walk|go|skate|slide|play|stand|run|step)\b (?:out |about )?(?:on|onto|across) (?:it|the ice|there)\b"
    r"|\b(?:see|check|test|find out) (?:if|whether|how) (?:the )?ice (?:holds?|will hold|can hold|is (?:thick|strong)|breaks|cracks)\b|\b(?:if|whether) (?:the )?ice (?:holds?|will hold|can hold) (?:us|me|him|her|them)\b"
)
ICE_NOT = prefiltered(
    r"\b(?:rink|ice rink|skating rink|shopping cent(?:re|er)|never|not allowed|don'?t|dont|told (?:us|me) not|lifeguard|melted|melting|thawed|thawing|with (?:a |the )?(?:grown ?up|coach|instructor))\b"
)
# (round 57) Out in a thunderstorm on purpose: "me and jack are gonna go out and watch the
# lightning from the trampoline"; watching from the window or from bed stays allowed.
_STORM = r"(?:lightning|lightening|thunder ?storm|thunder|the storm|a storm|storm)"
STORM_OUTDOORS = prefiltered(
    rf"\b(?:{_PLAN}|we'?re gonna|we'?re going to|we'?ll|we wanna|we want to)\b[^.?!]{{0,25}}\b(?:go|run|sneak|stay|play|sit|stand|lie|lay|jump|climb|dance)\b (?:out|outside|out ?side|out in the garden|out in the rain|in the garden|in the field|in the park|on the trampoline|up the tree|on the roof|up on the roof|on the hill|up the hill)\b[^.?!]{{0,40}}\b{_STORM}"
    rf"|\b(?:watch|see|film|chase|look at|take pictures of|photograph|catch)\b (?:the |some )?(?:lightning|lightening|storm|thunder ?storm)\b (?:from|on|up|in) (?:the |our |my )?(?:trampoline|roof|garden|field|tree|treehouse|hill|top of the hill|park|outside|middle of the field|boat|beach|swings?|climbing frame)\b"
    rf"|\b(?:{_PLAN}|we'?re gonna|we'?ll)\b[^.?!]{{0,25}}\b(?:go|play|run|stay|swim|fly (?:my |a |the )?kite|climb)\b[^.?!]{{0,25}}\b(?:outside|out|in the (?:garden|field|park|pool|lake|sea))\b (?:during|in) (?:the |a )?(?:thunder ?storm|lightning|storm)\b"
)
STORM_NOT = prefiltered(
    r"\b(?:window|windows|inside|indoors|in bed|from bed|bedroom|tv|video|youtube|under the covers|blanket|conservatory|after the storm|when the storm (?:is over|stops|ends|passes|has passed)|storm (?:is over|has passed|passed|stops|stopped|ends)|not allowed|never|don'?t|dont|told (?:us|me) not|pretend|in minecraft|in the game|fortnite)\b"
)
_FLAME = r"(?:candle|candles|birthday candles?|candle'?s|sparklers?|sparkler'?s|match|lighter|bonfire|campfire|fire|flame|flames)"
FLAME_TOUCHED = prefiltered(
    rf"\b{_PLAN}\b[^.?!]{{0,12}}\b(?:touch|hold|grab|poke|put|stick|pinch|feel)\b (?:the |a |my |that )?(?:\w+ ){{0,2}}?(?:fire|flame|flames|burning bit|lit end|hot end|sparkly end)\b"
    rf"|\b{_PLAN}\b[^.?!]{{0,12}}\b(?:touch|hold|grab|poke|put|stick|pinch)\b (?:my |a )?(?:finger|fingers|hand|thumb|tongue)\b[^.?!]{{0,10}}\b(?:in|into|on|through|over) (?:the |a )?(?:\w+ )?{_FLAME}"
    rf"|\b{_PLAN}\b[^.?!]{{0,12}}\b(?:touch|hold|grab|pinch)\b (?:the |a )?(?:\w+ )?(?:candle|sparkler)s? (?:fire|flame|flames)\b"
)
FLAME_NOT = prefiltered(
    r"\b(?:blow|blew|blowing) (?:out|them|it)\b|\b(?:glove|gloves|never|not allowed|pretend|fake|led|electric candle|battery candle|toy)\b"
)
TOWED_BY_CAR = prefiltered(
    r"\b(?:tie|tied|tying|hook|hooked|attach|attached|clip|strap|rope)\b (?:the |my |our |a |his |her )?(?:sled|sledge|toboggan|bike|skateboard|scooter|trolley|wagon|go-?kart|cart|roller ?skates)\b[^.?!]{0,20}\b(?:to|onto|on to|behind) (?:the )?(?:back of )?(?:the |a |my |our |his |her |\w+s |\w+'s )?(?:\w+ )?(?:car|truck|van|quad|quad bike|tractor|motorbike|jeep|moped)\b"
    r"|\b(?:pull|pulled|pulling|tow|towed|towing|drag|dragged|dragging)\b (?:me|us|him|her|them) (?:on|in) (?:the |my |a |our )?(?:sled|sledge|toboggan|skateboard|bike|scooter)\b[^.?!]{0,20}\b(?:with|behind|from) (?:the |a |his |her |their |our |my )?(?:car|truck|van|quad|tractor|motorbike|jeep)\b"
    r"|\b(?:hold on to|hold onto|hang on to|grab onto|grab on to|holding on to|holding onto|hanging onto|hanging on to)\b (?:the )?(?:back of )?(?:a |the |his |her |my \w+'?s |\w+'s )?(?:car|bus|truck|van)\b[^.?!]{0,20}\b(?:on|with|while) (?:my |a |the |our |his |her )?(?:sleds?|sledges?|skateboards?|bikes?|scooters?|roller ?skates)\b"
)

# (round 53) Off into town alone at night or untold: "im gonna take the bus to the city all by
# myself tonight without telling anyone".
OFF_ALONE_UNTOLD = prefiltered(
    rf"\b{_PLAN}\b[^.?!]{{0,15}}\b(?:take|get|catch|ride|go on|jump on|hop on|go|walk|cycle|bike|run|sneak|head)\w*\b[^.?!]{{0,20}}\b(?:bus|train|tram|tube|metro|coach|city|town|city cent(?:re|er)|town cent(?:re|er)|london|the shops|the arcade|the station|park|woods|beach|river|canal|lake)\b[^.?!]{{0,50}}\b(?:by my ?self|on my own|alone)\b[^.?!]{{0,40}}\b(?:tonight|at night|in the dark|at midnight|late|without (?:telling|asking) (?:anyone|anybody|mum|mom|dad|my (?:mum|mom|dad|parents))|secretly|and not tell)\b"
    rf"|\b{_PLAN}\b[^.?!]{{0,15}}\b(?:take|get|catch|ride|go on|go|walk|sneak|head)\w*\b[^.?!]{{0,20}}\b(?:bus|train|tram|tube|metro|coach|city|town|city cent(?:re|er)|town cent(?:re|er)|london|park|woods|beach|river|canal|lake)\b[^.?!]{{0,40}}\b(?:tonight|at night|in the dark|at midnight)\b[^.?!]{{0,40}}\b(?:without (?:telling|asking) (?:anyone|anybody|mum|mom|dad|my (?:mum|mom|dad|parents))|by my ?self|on my own|alone|secretly)\b"
)
# (round 52) The new baby's cot pushed or shaken hard, or wanting the baby gone: "i pushed the
# babys crib really hard cos i want her to go back".
BABY_COT_PUSHED = prefiltered(
    r"\b(?:i|we)\b[^.?!]{0,10}\b(?:pushed|push|shoved|shove|shook|shake|kicked|kick|rocked|rock|banged|bang|hit|tipped|tip|jumped on) (?:the |my |our )?(?:new )?(?:baby'?s?|babys|babies|(?:baby |little |new )?(?:sister|brother)'?s?|twins'?) (?:crib|cot|pram|buggy|bouncer|moses basket|high ?chair|car seat|rocker|swing)\b[^.?!]{0,25}\b(?:really hard|so hard|hard|on purpose|to make (?:her|him|it|them) (?:cry|fall)|(?:cos|because|coz|so) (?:i )?(?:want|wanted|wish) (?:her|him|it|them|the baby)\b)"
)
# (round 53) A fight planned against a named child, with a weapon, a time or a place: "me and my
# cousin are gonna beat up my stepbrother with sticks after school", "im gonna batter that kid
# from the other club when i see him at the park".
_TARGET = r"(?:him|her|them|that (?:\w+ )?(?:kid|boy|girl|lad|guy)|the (?:new |other |big )?(?:kid|boy|girl|lad)s?|my (?:\w+ )?(?:step ?|half ?)?(?:brother|sister|cousin|bro|sis)|\w+ from (?:the |my )?(?:other )?(?:club|team|school|class|estate))"
_NOT_A_GAME = rf"(?! (?:at|in|on) (?:{CONTESTS}|the race|the game|a race|leapfrog|tag|the quiz|pool|races|the \w+ race)\b)"
PLANNED_FIGHT = prefiltered(
    rf"\b(?:gonna|gunna|going to|'?ll|will|want to|wanna|plan\w* to)\b (?:\w+ )?(?:beat up|beat the (?:crap|hell|living daylights) out of|batter|deck|smash|bash|punch|jump|kick in|kick|thump|whack|belt|lamp|hit|go for|get|fight|sort out|do in)\b (?:\w+ )?{_TARGET}\b{_NOT_A_GAME}(?! (?:a|an|some|something|presents?|cards?|ready|dressed|home|to (?:play|come|go|help|join)|from (?:school|the|nursery|club|nan\w*|gran\w*))\b)(?: up)?[^.?!]{{0,40}}\b(?:with (?:a |some |big |our |my )?(?:sticks?|bats?|rocks?|stones?|bricks?|knives|knife|poles?|belts?|chains?|hammer|metal)|after school|at (?:break|lunch|the park|the bus stop)|when (?:i|we) see (?:him|her|them)|tomorrow|tonight|on the way home|outside school)\b"
    # (flags8283) a blow (not "get", which a win or a lift may be) with a day or a club night
    # named, or "he won't know what's hit him": "im gonna batter that kid at scouts on friday
    # he wont know whats hit him"
    rf"|\b(?:gonna|gunna|going to|'?ll|ill|imma|ima|will|want to|wanna|plan\w* to)\b (?:\w+ )?(?:beat up|batter|deck|smash|bash|punch|kick|thump|whack|lamp|hit|fight|do in)\b (?:\w+ )?{_TARGET}\b{_NOT_A_GAME}(?: up)?[^.?!]{{0,40}}\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|at (?:scouts|cubs|beavers|brownies|guides|club|youth club|training|camp|the disco|break ?time|lunch ?time|home ?time|playtime)"
    r"|(?:he|she|they)(?:'?ll| will)? (?:won'?t|wont|will not|never) know what(?:'?s|s| has)? hit (?:him|her|them))\b"
)
PLANNED_FIGHT_NOT = prefiltered(
    # (review54) a carer fetching a child: "mums gonna get my little brother after school"
    r"\b(?:mum|mom|mummy|mommy|mam|dad|daddy|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunty|uncle|teacher)'?s? (?:is |will |'?ll |gonna |going to )+(?:get|pick|collect|fetch)\b|"
    r"\b(?:game|games|mario|fifa|minecraft|fortnite|roblox|race|racing|chess|football|match|tennis|cards|uno|pinata|piñata|pillow|snowballs?|water ?(?:guns?|pistols?|balloons?)|nerf|lightsabers?|pretend|pancake|batter (?:mix|for)|cake|quiz|sports day|competition|tournament|the final|score|scores|win|won(?!')|points)\b"
)


def find_risky_plan_flags(text: str) -> list[Finding]:
    found: list[Finding] = []
    danger = (
        (
            (OTHERS_MEDICINE_TO_SLEEP.search(text) or SWEETS_LIKE_MEDICINE.search(text))
            and not MEDICINE_OK.search(text)
        )
        or (JUMP_THROUGH_WINDOW.search(text) and not WINDOW_NOT.search(text))
        or (COOKING_ALONE.search(text) and not COOKING_NOT.search(text))
        or (ICE_TESTED.search(text) and not ICE_NOT.search(text))
        or (FLAME_TOUCHED.search(text) and not FLAME_NOT.search(text))
        or TOWED_BY_CAR.search(text)
        or OFF_ALONE_UNTOLD.search(text)
        or (STORM_OUTDOORS.search(text) and not STORM_NOT.search(text))
    )
    pet = PET_IN_APPLIANCE.search(text) is not None and not PET_IN_APPLIANCE_NOT.search(text)
    if danger or pet:
        found.append(Finding(DANGER, "risky_plan", MODERATE, 0, len(text)))
    if SMOKE_TO_BE_THIN.search(text) and not SMOKE_NOT.search(text):
        found.append(
            Finding(SafetyCategory.DRUGS_ALCOHOL, "smoke_to_be_thin", MODERATE, 0, len(text))
        )
    if pet or (
        (PLANNED_TO_BLEED.search(text) or PLEASED_AT_HURTING.search(text))
        and not PLEASED_NOT.search(text)
    ):
        found.append(Finding(VIOLENCE, "hurting_planned", MODERATE, 0, len(text)))
    if BABY_COT_PUSHED.search(text) or (
        PLANNED_FIGHT.search(text) and not PLANNED_FIGHT_NOT.search(text)
    ):
        found.append(Finding(VIOLENCE, "hurting_planned", MODERATE, 0, len(text)))
    if SMOTHER_THE_BABY.search(text) and not SMOTHER_NOT.search(text):
        found.append(Finding(VIOLENCE, "smother_the_baby", SEVERE, 0, len(text)))
    return found
