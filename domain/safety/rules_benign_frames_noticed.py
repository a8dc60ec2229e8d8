# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""False alerts other probes noticed, fixed as families; each frame has the words that spoil it,
and a held frame takes back only the findings its harmless reading explains
(drop_noticed_frames, run on every message's rule findings by the engine):

The teddy: an insult someone said, asked about and called unkind ("did someone call you fat? that
was unkind"); a harm that won't make a feeling go away; a stereotype reported and rejected ("some
people say ..., but that's not true"); a password or login kept private (even when someone offers
coins for it); a pretend secret club's password; a caution with its reason ("mind out, you might
hurt yourself if you run with scissors"); an errand up the stairs; sparklers held with gloves and a
grown-up; a grown-up drink with the child's instead.

The child: coming home safe because mum would miss them; holding one's breath under water and
coming back up; another child kicking them at school (bullying: still flagged, not abuse); kicked
out of training or a game; Santa, Father Christmas or an elf at a grotto or a shop with a present
"if I'm good"; a room or a build in a game; a teacher-led health lesson on periods or puberty; a
neighbour asking about the new baby's room with mum there or to help carry the cot; a ball that hit
them, a fright at the top of a ladder; the grown-ups' mulled wine while the children had hot
chocolate; getting off a train or bus where it stops, getting changed at a carer's word (left70).
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import MEANS, OLDER, SCARED
from domain.safety.benign_softening import Softening, SofteningTable, mild_distress
from domain.safety.findings import Finding
from domain.safety.meaning_concepts_people import STEP_PARENT
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_babies_bedtime import BABIES_BEDTIME
from domain.safety.rules_benign_frames_clubs_and_clinics import (
    CLUBS_AND_CLINICS,
    CLUBS_AND_CLINICS_TEDDY,
)
from domain.safety.rules_benign_frames_family_life import sibling_gender_tease
from domain.safety.rules_benign_frames_family_moments import soften_family_moments
from domain.safety.rules_benign_frames_food_treats import FOOD_TREATS
from domain.safety.rules_benign_frames_getting_changed import changed_for_a_reason
from domain.safety.rules_benign_frames_getting_off import got_off_at_the_stop
from domain.safety.rules_benign_frames_handled import small_hurt_handled
from domain.safety.rules_benign_frames_harmless_senses import HARMLESS_SENSES, HARMLESS_SENSES_TEDDY
from domain.safety.rules_benign_frames_heeded import heeded_drop
from domain.safety.rules_benign_frames_holiday_nights import HOLIDAY_NIGHTS
from domain.safety.rules_benign_frames_insult_rejected import (
    insult_denied_or_rejected,
    name_called_condemned,
    said_and_rejected,
)
from domain.safety.rules_benign_frames_out_and_about import OUT_AND_ABOUT
from domain.safety.rules_benign_frames_school_things import SCHOOL_THINGS, SCHOOL_THINGS_TEDDY
from domain.safety.rules_benign_frames_teddy_told import teddy_told_drop

C = SafetyCategory
_MAX_FRAMED = 400
"""These frames read a short message; a longer text keeps every finding (and stays fast)."""
_ADULT = rf"(?:dad|daddy|mum|mummy|mom|mommy|{STEP_PARENT}|uncle|auntie|aunt|grandad|grandpa|grandma|nan|teacher|coach|miss|sir|man|lady|woman|he|she|they|them|someone|somebody|babysitter|neighbou?r|boyfriend|girlfriend)"
# What turns a harmless frame for a child into a disclosure: hiding it, being alone with
# someone, touching, nudity, a photo, an address, a hurt that keeps happening.
_CHILD_SPOILT = (
    r"\b(?:secret|don'?t tell|not (?:to )?tell|alone with|on my own with|just (?:me and|us)|touch\w*|private parts?|naked|undress\w*|kiss\w* me|"
    r"(?:photo|photos|picture|pictures|pics?|video) of me|my address|where i live|come (?:over|round)|sleep ?over|his lap|her lap|bruis\w*|bleed\w*|blood|"
    r"every (?:day|night|time)|again and again|all the time|on purpose|scared of (?:him|her|them)|hurt me|hospital)\b"
)

# --- the teddy ------------------------------------------------------------------------------
# A password or login kept private, even when someone offers something for it; a pretend
# club's password. Spoilt when the teddy asks for it or keeps it from the parents.
_CREDENTIAL = prefiltered(
    r"\b(?:password|passwords|passcode|pin|pin number|login|log-?in|log-?in details|username|sign-?in|account details)\b"
)
_KEPT_PRIVATE = prefiltered(
    r"\b(?:private|to yourself|(?:don'?t|do not|never|not) (?:tell|share|give|say|show|send)|keep (?:it|them|that|this) (?:safe|secret|private|to yourself)|secret)\b"
)
_CREDENTIAL_SPOILT = prefiltered(
    r"\b(?:tell (?:it |them )?(?:to )?me|give (?:it |them )?(?:to )?me|send (?:it |them )?(?:to )?me|share (?:it |them )?with me|whisper (?:it|them)|type (?:it|them) (?:here|for me)|what'?s your|what is your|except (?:me|teddy)|but me|only me|apart from me|(?:our|a) (?:little )?secret\b(?! club| den| base| code| handshake)|between us|just us|"
    r"(?:don'?t|do not|never|not) (?:tell|show|let) (?:your |ur )?(?:mum|mom|mummy|mommy|dad|daddy|parents|grown ?-?ups?|teacher|family)|i'?ll give you|i will give you|"
    r"photos?|pictures?|pics?|selfies?|videos?|camera|bath|shower|undress\w*|naked|clothes|pants|touch\w*|show (?:it |them )?(?:to )?me|meet|come (?:to|over)|address|where you live|alone|"
    # (review) kept from the family, or no one else to know, or where the child lives or studies
    r"from (?:your |ur )?(?:mum|mom|mummy|mommy|dad|daddy|parents|grown ?-?ups?|teachers?|family)|(?:nobody|no one|no-one|noone) (?:else )?(?:can|must|should|will|is allowed to) (?:ever )?(?:know|find out)|never (?:know\w*|finds? out|found out)|finds? out|"
    # (miss7475) a code to keep the talk itself from the family
    r"(?:mum|mom|mummy|mommy|dad|daddy|parents|grown ?-?ups?|teachers?|family|nobody|no one|no-one|noone) (?:will |would |can |could )?(?:never|won'?t|wont|can'?t|cant|cannot|doesn'?t|don'?t|dont) (?:ever )?(?:sees?|reads?|hears?|knows?|understands?|work (?:it|them) out)|what we (?:talk|chat|say|text|type|send|write)\w*|"
    r"where (?:you|they|we) (?:go to school|live|sleep)|what school|your school|between you and me|(?:tell|give|show) (?:it to )?(?:your |ur )?(?:best friend )?teddy|teddy (?:can|will|could|needs?|should|'?ll|wants?) (?:\w+ )?(?:look after|keep|have|hold|know|see|need|take|mind|save|remember|it|them|yours)|(?:look after|keep|mind|hold|save|remember) (?:yours|it|them) for you|type (?:it|them) in|spell (?:it|them|yours)|(?:the )?(?:first )?letters)\b"
)
_PLAY_SECRET = prefiltered(
    r"\b(?:our|the|a|your) (?:secret|pretend|special) (?:club|den|base|fort|hideout|handshake|code|agent|mission|treehouse|clubhouse)\b"
)
# "Mind out, you might hurt yourself if you run with scissors": a caution and its reason.
_CAUTION = Frame(
    prefiltered(
        r"^(?:oh |whoa |woah |oops |careful|be careful|mind out|mind|watch out|look out|steady|hold on|wait)\b[^.?!]{0,20}?[,!.]?\s*(?:you|u) (?:might|could|may|will|would|can) (?:hurt|cut|bump|trip|fall|burn|scratch|poke) (?:yourself|over|down|your \w+)\b[^.?!]{0,15}\b(?:if|when|by|running|with)\b"
        r"|\b(?:you|u) (?:might|could|may) (?:hurt|cut|poke|burn|trip|fall)\b(?: (?:yourself|over|down|your \w+))?[^.?!]{0,10}\bif you\b[^.?!]{0,40}[,.;]?\s*(?:so (?:let'?s|please) (?:walk|wait|be careful|go slowly|slow down|hold)|(?:let'?s|please) (?:walk|wait|be careful|slow down))"
    ),
    prefiltered(
        r"\b(?:do it anyway|go on|try it|dare|who cares|it'?s fun|doesn'?t matter|don'?t tell|on purpose|you should|you deserve|nobody will|no one will|it won'?t hurt much|worth it|faster|"
        # (review) the caution then the harm urged: "..., but it'll be so much fun"
        r"(?:so|really|such|great|more|lots of|much) (?:much )?fun|it'?ll be (?:\w+ )?fun|it will be (?:\w+ )?fun|just do it|do it (?:now|quietly|tonight|at night|later)|quietly|at night|roof|window|nobody|no one|noone|secretly|in secret|do it\b(?! (?:slowly|carefully|with (?:a|your) grown))|(?:on|into|under|in) your (?:arm|arms|wrist|wrists|leg|legs|skin|tummy|thigh|thighs)|cut (?:slowly|gently|a little))\b"
    ),
    waives=(MEANS,),
)
# "Go up to the top of the stairs and get your slippers": an errand upstairs.
_ERRAND_UPSTAIRS = Frame(
    prefiltered(
        r"\b(?:go|run|pop|nip|head|walk|hop) (?:up|back up)? ?(?:upstairs|to the top of the stairs|up the stairs)\b[^.?!]{0,10}\b(?:and|to) (?:get|fetch|grab|bring|find|put on|collect)\b"
    ),
    prefiltered(
        r"\b(?:jump\w*|leap\w*|slide|sliding|dive|diving|roll\w*|bannisters?|banisters?|railing|lean\w*|climb over|off the top|down the stairs on|in the dark|run down|race down|head first|eyes (?:shut|closed)|blindfold\w*|"
        # (review) what the errand fetches is the danger: "get the matches, then light them"
        r"match|matches|lighters?|light\w*|fire|candles?|pills?|tablets?|medicine|knife|knives|razors?|blades?|bleach|plugs?|sockets?|take them|play with)\b"
    ),
)
# "Sparklers are hot, so hold them with gloves and a grown-up next to you".
_SPARKLER_CARE = Frame(
    prefiltered(
        r"\bsparklers?\b[^.?!]{0,80}\b(?:gloves?|a grown-?up (?:next to|beside|with|holding|helping|nearby)|grown-?ups? (?:light|hold|help)|arm'?s length|bucket of (?:water|sand)|with (?:a |your )?grown-?up)\b"
    ),
    prefiltered(
        r"\b(?:on your own|by yourself|yourself|alone|without (?:a |any |your )?(?:grown|adult|mum|dad|telling)|don'?t tell|in your (?:room|bed)|at (?:your|someone|the cat|the dog|people)|throw\w*|near your face|under the covers|hide|"
        # (review) "... then put one in your mouth"
        r"mouth|face|eyes?|hair|curtains?|indoors|inside|tent|bed|lick\w*|eat|swallow\w*|(?:then|and) (?:put|stick|touch|poke)"
        # (review47) "..., then press one on your brother's arm"
        r"|(?:press|push|stick|poke|put|hold|touch)\w* (?:it|one|them|the (?:end|tip|sparkler)) (?:on|against|onto)|arm|arms|skin|leg|legs|neck|brother|sister|friend|pets?|dog|cat)\b"
    ),
    waives=(OLDER,),
)
# "Mulled wine is a grown-up drink, so you can have warm apple juice instead".
_GROWN_UP_DRINK = Frame(
    prefiltered(
        r"\b(?:is|are|'?s) (?:a |an |only )?(?:for )?grown-?ups?'?(?: only)?(?: drinks?)?\b[^.?!]{0,60}\b(?:instead|you can have|you could have|for you|your own)\b|\bonly for grown-?ups\b|\bnot for (?:children|kids|little ones)\b"
    ),
    prefiltered(
        r"\b(?:sip|taste|tiny bit|little bit|just a bit|sneak\w*|try some|have some|drink some|pour yourself|when no one|while (?:they|nobody)|don'?t tell|secret|won'?t notice|"
        # (review) the drink offered after all: "but just this once you can drink a glass"
        r"swig|gulp|drop|glass|cup|mouthful|just this once|this time|asleep|when they|when (?:mum|dad|your parents)|drink (?:a|one|it|this|that)|have (?:a|one|it|this|that|yours)\b(?! (?:juice|milk|squash|lemonade|hot chocolate|cocoa))"
        # (review47) another bottle offered: "... the vodka in the cupboard looks like water, try that"
        r"|try (?:that|this|it|them|some|one)|looks? like (?:water|juice|squash|lemonade|pop)|(?:in|from) the (?:cupboard|fridge|cabinet|cellar|garage|bar))\b"
    ),
    waives=(OLDER,),
)
# --- the child ------------------------------------------------------------------------------
_COMING_HOME_SAFE = Frame(
    prefiltered(
        r"\bif i (?:wasn'?t|wasnt|weren'?t|was not|were not) (?:here|home|there|back)\b[^.?!]{0,25}\bso (?:i'?m|im|i am|i will|i'?ll|i always|i)\b[^.?!]{0,30}\b(?:come home|be home|get home|come back|be back|stay safe|be careful|stay close|hold (?:her|his|mums?|dads?) hand|tell her|ring her|call her)\b"
    ),
    prefiltered(
        r"\b(?:die|died|dead|kill\w*|gone for ?ever|not alive|disappear\w*|end it|sleep for ?ever|never wake|wish i|better off|run away|hate (?:me|myself|my life)|"
        # (review) the coming home denied: "... no one would care so im not going to come home"
        r"not (?:going to |gonna )?(?:come|be|get|stay)|won'?t|wont|never|(?:no one|nobody|noone|no-one) (?:would|will|cares?)|happier|don'?t care|dont care|alive|be gone|live|living|exist"
        # (review47) "..., but sometimes i want to jump off the bridge"
        r"|jump\w*|bridge|cut\w*|pills?|tablets|hurt (?:myself|me)|(?:sometimes|still|really|secretly) i (?:want|wanna|wish|think about|feel like)|i (?:want|wanna) to (?:go|jump|hurt|cut|disappear|run))\b"
    ),
)
_BREATH_GAME = Frame(
    prefiltered(
        r"\b(?:pool|swim\w*|underwater|under water|bath|sea|lake|snorkel\w*)\b[^.?!]{0,60}\bhold (?:my|our) breath\b[^.?!]{0,40}\b(?:come (?:back )?up|pop (?:back )?up|swim (?:back )?up|(?:come|get) out|breathe again|take a (?:big )?breath)\b"
    ),
    prefiltered(
        r"\b(?:don'?t want to come up|never come up|not come (?:back )?up|stay (?:down|under) for ?ever|forever|pass(?:ed)? out|black(?:ed)? out|faint\w*|wish i|die|dead|drown\w*|held me (?:down|under)|pushed me under|holds? me under|"
        # (review) "... and then i dont come back up"
        r"(?:don'?t|dont|won'?t|wont|not|never) (?:ever )?(?:come|pop|swim|get) (?:back )?(?:up|out)|till i|until i|as long as)\b"
    ),
)
_OTHER_CHILD = (
    # (review) never a grown-up: "mr smith hit me in class", "my babysitter hit me after school"
    r"(?<!\bmr )(?<!\bmrs )(?<!\bms )(?<!\bmiss )(?<!\bsir )(?<!\bmx )"
    r"(?!(?:he|she|they|someone|somebody|dad|daddy|mum|mummy|mom|mommy|mam|mammy|ma|pa|papa|father|mother|parents?|my|the|a|an|uncle|aunt|auntie|aunty|teacher|teachers|headteacher|head|ta|tutor|coach|man|men|lady|woman|grown\w*|adults?|grandad|granddad|grandpa|grandma|gran|granny|nan|nana|nanny|carer|foster\w*|babysitter|childminder|boyfriend|girlfriend|partner|neighbou?r|miss|sir|mr|mrs|ms|step\w*|"
    # nor a joining word before the verb: "sir kicked me out of class and slapped me"
    r"and|then|also|just|even|so|but|or|who|that|which|really|always|again|once|still|actually|literally|suddenly|nearly|almost|never|ever|sometimes|often|it|him|her|them|us|you|we|i|me)\b)"
    r"(?:(?:a|the|this|that|some|my|an) (?:boy|girl|kid|child|classmate|year \w+|bigger (?:boy|girl|kid)|older (?:boy|girl|kid)|big (?:boy|girl|kid))s?|[a-z]+(?: (?:from|in) my (?:class|year))?)"
)
_KICKED_BY_A_CHILD = Frame(
    prefiltered(
        rf"\b(?:teacher|teachers|miss|sir|dinner lady|lunch lady|dinner ladies|the ta|playground|playtime|break ?time|lunch ?time|recess|at school|in class|football)\b[^.?!]{{0,40}}\b{_OTHER_CHILD} (?:kicked|hit|punched|pushed|shoved|tripped|pinched|scratched|bit|slapped) me\b"
        rf"|\b{_OTHER_CHILD} (?:kicked|hit|punched|pushed|shoved|tripped|pinched|scratched|bit|slapped) me\b[^.?!]{{0,40}}\b(?:teacher|teachers|miss|sir|dinner lady|lunch lady|the ta|playground|playtime|break ?time|lunch ?time|recess|at school|in class|football)\b"
    ),
    prefiltered(
        rf"{_CHILD_SPOILT}|\b(?:dad|daddy|mum|mummy|mom|step ?\w+|uncle|teacher|coach|man) (?:kicked|hit|punched|pushed) me\b"
        # (review) a grown-up's blow too: "..., then my mum's boyfriend punched me too"
        r"|\b(?:mommy|mam|father|mother|aunt\w*|boyfriend|girlfriend|partner|babysitter|nanny|carer|grandma|grandad|grandpa|gran|nan|nana|sir|miss|mr \w+|mrs \w+|ms \w+|step ?\w+|mum|mummy|mom|dad|daddy|uncle|teacher|coach) (?:\w+ ){0,2}(?:kicked|kicks|hit|hits|punched|punches|pushed|slapped|smacked|whacked|beat|hurt|grabbed|shoved|bit|pinched|strangled|choked|throttled|burned|burnt|twisted|dragged|threw|belted|whipped|battered|scratched|stamped on) me\b"
    ),
)
_KICKED_OUT_OF_ACTIVITY = Frame(
    prefiltered(
        r"\b(?:kicked|threw|chucked|sent|booted) (?:me|us|him|her) out (?:of|from) (?:the |my |our |his |her )?(?:training|practice|the team|team|game|match|class|lesson|club|party|band|choir|squad|rehearsal|football|netball|swimming|dance|drama|session|round)\b"
    ),
    prefiltered(
        rf"{_CHILD_SPOILT}|\b(?:house|home|flat|car|outside|the door|the cold|the street|bedroom)\b"
        # (review) and then a blow: "the coach kicked me out of training and then kicked me"
        r"|\b(?:kick\w*|hit|hits|punch\w*|slap\w*|smack\w*|whack\w*|beat|beats|beaten|shov\w*|push\w*|grabb?\w*|threw (?:\w+ )?at|chok\w*|strangl\w*) (?:me|us)\b(?! out)|\bbeat (?:me|us) up\b|\b(?:with|and) (?:a|his|her|the) (?:bat|stick|belt|fist|shoe)\b"
        # (review47) other hurts and holds after: "... and pulled my hair", "twisted my arm",
        # "locked me in the cupboard"
        r"|\b(?:pull\w*|yank\w*|tugg?\w*) (?:my|me by (?:my|the)) (?:hair|ear|ears|arm)\b|\b(?:twist\w*|bent|squeez\w*|dragg?\w*|pinch\w*|shook|shake\w*|throttl\w*|burn\w*|bit|bite\w*|scratch\w*|tied|ties|lock\w*|shut|trapp?\w*) (?:me|us|my (?:arm|arms|wrist|hand|neck|ear|hair|fingers?))\b|\b(?:cupboard|cellar|basement|shed|in the dark)\b"
    ),
)
_SANTA = Frame(
    prefiltered(
        r"\b(?:santa|father christmas|santa'?s (?:elf|elves|helper)|an? elf|the elves?)\b[^.?!]{0,40}\b(?:at|in|from) (?:the |a |his )?(?:shop|shops|grotto|mall|shopping centre|garden centre|school|fair|christmas fair|market|parade|party|nursery|church|toy shop|supermarket|library|zoo|farm)\b"
        r"|\b(?:grotto|christmas fair|school fair)\b[^.?!]{0,60}\b(?:santa|father christmas|elf|elves)\b"
    ),
    prefiltered(
        rf"{_CHILD_SPOILT}|\b(?:his house|his car|his van|come back (?:on my own|without)|meet (?:him|me)|follow\w*|my number|online|message\w*|snapchat|behind the curtain)\b"
        # (review) alone, hushed, on his knee, photos or contact: "... said keep it quiet"
        r"|\b(?:by myself|on my own|alone|keep (?:it |this |that )?quiet|(?:his|her) (?:knee|knees|leg|legs|flat|room|home|place|number|phone)|(?:send|show|give) (?:him|her)|photos?|pictures?|pics?|selfies?|videos?|text (?:him|her|me)|call (?:him|her|me)|back room|the back|in the van|snap|insta\w*|tiktok|whatsapp|discord|send me|add me|my (?:account|username))\b"
    ),
)
_GAME_ROOM = Frame(
    prefiltered(
        r"\b(?:in (?:the|my|a|our) game|game|minecraft|roblox|animal crossing|sims|fortnite|server|my (?:island|world|base|game house))\b[^.?!]{0,60}\b(?:own room|my room|a room)\b[^.?!]{0,40}\b(?:build\w*|contest|competition|challenge|in the game|in my world|on my island|in my house in|server|design\w*|decorat\w*)\b"
        r"|\b(?:own room|my room)\b[^.?!]{0,20}\b(?:in the game|in my (?:world|game|island|base)|on my island|for the (?:\w+ )?(?:build|contest|competition|challenge))\b"
    ),
    prefiltered(
        rf"{_CHILD_SPOILT}|\b(?:real (?:life|room|bedroom|house)|bedroom door|lock\w*|window|parents|my mum|my dad|webcam|camera|show (?:him|her|them|me) (?:your|my) room|what (?:my|your) room looks like|real)\b"
        # (review) a meeting, photos or where the child is: "... and said come meet him at the park"
        r"|\b(?:meet\w*|come (?:to|over|round)|park|photos?|pictures?|pics?|selfies?|videos?|facetime|video call|where (?:i|you) (?:live|sleep|go to school)|what school|address|number|phone)\b"
        # (review47) "... and asked what im wearing": clothes, age, body, a private chat, a gift
        r"|\b(?:wearing|clothes|pyjamas|underwear|how old|your age|my age|look like|body|bath|shower|in bed|snap\w*|discord|whatsapp|insta\w*|dms?|private (?:chat|message|server)|message me|robux|gifts?|presents?|send (?:me|him|her))\b"
    ),
)
_HEALTH_LESSON = Frame(
    prefiltered(
        r"\b(?:sex ed|sex education|rse|rshe|pshe|health (?:class|lesson|talk)|science (?:class|lesson)|biology|puberty (?:talk|lesson|class)|growing up (?:talk|lesson|class)|the school nurse|our teacher|the teacher|miss|sir)\b[^.?!]{0,60}\b(?:periods?|puberty|growing up|how babies|where babies|bodies|body changes|reproduction|changing bodies|hormones|menstruation|sanitary)\b"
    ),
    prefiltered(
        rf"{_CHILD_SPOILT}|\b(?:porn\w*|sexy|after class|after school|his phone|her phone|on (?:his|her) phone|asked me to show|show (?:him|her)|in the toilets)\b"
        # (review) it is done to the child: "we did puberty in pshe and my stepdad makes me do sex stuff"
        r"|\b(?:makes? me|made me|making me|to me|on me|with me|me to|wants? to see|see mine|look at (?:me|mine|my)|suck\w*|willy|willies|penis|his (?:thing|privates|bits)|sex stuff|my (?:uncle|stepdad|step ?\w+|brother|cousin|dad|daddy|grandad|grandpa|mum'?s boyfriend|babysitter|neighbou?r))\b"
    ),
)
_NEIGHBOUR_ROOM_BENIGN = Frame(
    prefiltered(
        r"\bown room\b[^.?!]{0,80}\b(?:mum|mummy|mom|mommy|dad|daddy|my parents|nan|grandma) (?:was|were) (?:there|with me|right there|next to me|standing there)\b"
        r"|\b(?:mum|mummy|mom|mommy|dad|daddy|my parents) (?:was|were) (?:there|with me|right there|next to me)\b[^.?!]{0,80}\bown room\b"
        r"|\bown room\b[^.?!]{0,80}\bto help (?:us |mum |dad |my \w+ )?(?:carry|move|build|lift|put up|paint|bring) (?:the |a |my |our |her |his )?(?:cot|crib|bed|bunk beds?|wardrobe|furniture|boxes|drawers|shelves)\b"
    ),
    prefiltered(
        rf"{_CHILD_SPOILT}|\b(?:show (?:him|her|them)|see (?:it|my room|inside)|visit|lock|window|which room|at night|when mum|when dad|when my parents|by myself)\b"
    ),
    waives=(OLDER,),
)
_HURT_BY_A_THING = Frame(
    prefiltered(
        r"^(?:and |so |then |oh |um )?(?:the|a|my|his|her|our) (?:ball|football|netball|frisbee|door|swing|branch|wave|balloon|shuttlecock|toy|book|cupboard door|gate)s? (?:hit|hits|bumped|bonked|knocked|banged) (?:me|into me)\b"
    ),
    prefiltered(
        rf"{_CHILD_SPOILT}|\b(?:threw|kicked|chucked|aimed|(?:he|she|they) (?:threw|kicked))\b|\b(?:knocked out|concussion|broke|broken)\b"
    ),
)
_HEIGHT_FRIGHT = Frame(
    prefiltered(
        r"^(?:i was|i got|i felt|i was a bit|i was really|i was so) (?:a bit |really |so |very )?(?:scared|frightened|nervous|wobbly) (?:at|on|up) (?:the )?top of (?:the )?(?:ladder|slide|climbing wall|climbing frame|diving board|tree|stairs|rollercoaster|roller coaster|big slide|tower|helter skelter|hill|steps)\b[^.?!]{0,40}$"
    ),
    prefiltered(
        rf"{_CHILD_SPOILT}|\b(?:pushed|made me|dared|stuck|couldn'?t get down|left me|shook|wouldn'?t let|fell|alone|"
        # (review) the fright is someone: "..., dad was shouting and throwing things"
        r"shout\w*|yell\w*|scream\w*|throw\w*|threw|hit\w*|grabb?\w*|angry|drunk|fight\w*|hurt\w*|chas\w*)\b"
    ),
    waives=(SCARED,),
)
_GROWN_UPS_DRINK = Frame(
    prefiltered(
        r"\b(?:the grown ?-?ups|grownups|adults|mum and dad|my parents|mum|dad|nan|grandad|grandma|grandpa|auntie|uncle)\b[^.?!]{0,20}\b(?:had|drank|were drinking|was drinking|have|drink) (?:some )?(?:mulled wine|wine|champagne|prosecco|eggnog|sherry|fizz|a beer|beers?|baileys|snowballs?|punch)\b[^.?!]{0,40}\b(?:we|i|me and \w+|the kids|the children|us kids)\b[^.?!]{0,15}\b(?:had|drank|got) (?:some )?(?:hot chocolate|juice|lemonade|squash|milk|orange|apple juice|fizzy|cocoa|kids'? fizz)\b"
    ),
    prefiltered(
        r"\b(?:drunk|shout\w*|fell|fall\w*|hit|fight\w*|passed out|sick|let me (?:try|have)|gave me (?:some|a sip)|i had (?:some|a sip)|i tried|sip|scared|"
        # (review) "... but then i drank the rest of the wine"
        r"i (?:then |also |secretly )?(?:drank|drunk|finished|took|stole|snuck|sneaked|had a (?:glass|swig|gulp|bit|taste))|the rest of|leftovers?|left over|swig|gulp|their glass\w*|made me|make me|makes me|(?:drink|have|try) some)\b"
    ),
    waives=(OLDER,),
)


def teddy_insult_condemned(text: str) -> bool:
    """The teddy asks about a name someone called the child and calls it unkind, or reports
    what some people say and rejects it."""
    if len(text) > _MAX_FRAMED:
        return False
    return name_called_condemned(text) or said_and_rejected(text)


def _password_kept_private(text: str) -> bool:
    kept_private = _CREDENTIAL.search(text) and _KEPT_PRIVATE.search(text)
    return bool((kept_private or _PLAY_SECRET.search(text)) and not _CREDENTIAL_SPOILT.search(text))


def _child_drop(text: str, f: Finding) -> bool:
    """The child's frames that read the finding itself (the others are in _NOTICED_CHILD)."""
    if f.category is C.SELF_HARM:
        return got_off_at_the_stop(text, f)
    return changed_for_a_reason(text, f)  # (left70) abuse or sexual findings on getting changed


_NOTICED_TEDDY = SofteningTable(
    Softening(C.INSULT, (name_called_condemned,), label="insult_word"),
    Softening(C.GROOMING, (_password_kept_private,)),
    Softening(C.SELF_HARM, (_CAUTION,)),
    Softening(C.DANGEROUS_ACTIVITY, (_CAUTION, _ERRAND_UPSTAIRS, _SPARKLER_CARE)),
    Softening(C.DRUGS_ALCOHOL, (_GROWN_UP_DRINK,)),
)
_NOTICED_CHILD = SofteningTable(
    Softening(C.SELF_HARM, (_COMING_HOME_SAFE, _BREATH_GAME)),
    Softening(C.ABUSE, (_KICKED_BY_A_CHILD, _KICKED_OUT_OF_ACTIVITY)),
    Softening(C.GROOMING, (_SANTA, _GAME_ROOM, _NEIGHBOUR_ROOM_BENIGN)),
    Softening(C.SEXUAL, (_HEALTH_LESSON,)),
    Softening(C.DRUGS_ALCOHOL, (_GROWN_UPS_DRINK,)),
    # (round 52) "my brother says girls are gross"
    Softening(C.HATE, (sibling_gender_tease,)),
    Softening(C.INSULT, (sibling_gender_tease,)),
    # sent out of a game, a knock, a fright, (gaps47) a small hurt a grown-up has dealt with
    Softening(
        C.DISTRESS,
        (_KICKED_OUT_OF_ACTIVITY, _HURT_BY_A_THING, _HEIGHT_FRIGHT, small_hurt_handled),
        mild_distress,
        label="distress",
    ),
)
_SOFTENED_CHILD = SofteningTable(
    *FOOD_TREATS,
    *HOLIDAY_NIGHTS,
    *HARMLESS_SENSES,
    *BABIES_BEDTIME,
    *SCHOOL_THINGS,
    *OUT_AND_ABOUT,
    *CLUBS_AND_CLINICS,
)
_SOFTENED_TEDDY = SofteningTable(
    *HARMLESS_SENSES_TEDDY, *BABIES_BEDTIME, *SCHOOL_THINGS_TEDDY, *CLUBS_AND_CLINICS_TEDDY
)


def drop_noticed_frames(findings: list[Finding], text: str, *, teddy: bool) -> list[Finding]:
    """The findings left once the harmless frames, the other frame modules' tables first, have
    taken back (or lowered) what they explain."""
    if not findings or len(text) > _MAX_FRAMED:
        return findings
    if teddy:
        findings = _SOFTENED_TEDDY(findings, text)
    else:
        findings = soften_family_moments(_SOFTENED_CHILD(findings, text), text, teddy=False)
    # (false alerts 48) the teddy telling, not urging; the child's frames that read the finding
    reads_it = teddy_told_drop if teddy else _child_drop
    kept = [
        f
        for f in findings
        if not (
            heeded_drop(text, f, teddy=teddy)
            or insult_denied_or_rejected(text, f)
            or reads_it(text, f)
        )
    ]
    return (_NOTICED_TEDDY if teddy else _NOTICED_CHILD)(kept, text)
