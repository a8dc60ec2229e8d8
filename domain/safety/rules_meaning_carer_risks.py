# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Concerns found next to the benign families of the false-alert work (each family's unsafe
side): a grown-up holding the child's head under water or stopping their breath (critical);
a parent or carer drinking heavily, or drinking and then not waking, shouting or hitting
(flagged, as the labelled set flags a carer's heavy drinking short of harm to the child);
a grown-up who touched, kissed, hurt or took the child to bed and said not to tell,
whatever present or surprise it was wrapped in (critical; a grandparent's or parent's
kiss goodnight is not).

(round 26) Neglect in everyday words: a carer not coming home while the children get by
on dry cereal or alone for days; nobody taking a child in pain to the dentist or doctor;
a young child left in charge of siblings all night; a child made to sleep in the garage
or outside as a punishment (a tent in the garden is not). Hurting dressed up as teaching:
a hand held on the cooker "to teach me", or "something to cry about" and then it happens.

(leftovers) A carer who says he will use his razor blades, a knife, a belt or a stick on the
child ("if i'm bad", "when he gets home"); a parent's partner or a grown-up whose squeeze
hurts, frightens, is secret or holds the child down (a hug from mum's boyfriend is not)."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, MODERATE, Finding
from domain.safety.meaning_concepts_means import WEAPON_WORDS
from domain.safety.meaning_concepts_people import STEP_PARENT
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_home import night_out_for_fun, pet_sleeps_out

_GROWN_UP = rf"(?:teacher|coach|instructor|lifeguard|mum|mom|mummy|mommy|dad|daddy|{STEP_PARENT}|uncle|auntie|aunt|nan|grandad|grandpa|grandma|babysitter|tutor|carer|man|lady|he|she|they|(?:mum|mom|dad)'?s (?:boyfriend|girlfriend))"
# Anyone else who could hold a child under: a brother, sister or cousin, other children.
_OTHER_CHILD = r"(?:brothers?|sisters?|cousins?|boys?|girls?|kids|someone|somebody)"
# Who, then the holding: read once for both endings (a text full of "he" tried each person
# twice before). "[^.?!]{0,29}[^\w.?!]" is "[^.?!]{0,30}\b" before a word, as the person ends
# on a letter: a gap ending in a space or the like, without a boundary test at every length.
_HOLDS_MY = (
    rf"\b(?:{_GROWN_UP}|{_OTHER_CHILD})\b[^.?!]{{0,29}}[^\w.?!]"
    r"(?:holds?|held|holding|push\w*|keeps?|kept|dunk\w*|forces?|forced)\b (?:my|me) "
)
# A grown-up, or another child, holds or pushes the child's head under water, or stops their
# breath (a brother "in a water fight" as much as a grown-up).
HEAD_HELD_UNDER = prefiltered(
    rf"{_HOLDS_MY}(?:(?:head |face )?(?:under|down)\b[^.?!]{{0,30}}\b(?:water|bath|pool|sink)\b[^.?!]{{0,40}}\b(?:can'?t|cant|couldn'?t|not) (?:breathe|breath)\b"
    r"|(?:head|face) under\b[^.?!]{0,20}\b(?:water|bath|pool|sink)\b[^.?!]{0,40}\b(?:till|until|so|and|when|if)\b)"
)
_CARER = rf"(?:mum|mom|mummy|mommy|mam|mama|dad|daddy|papa|{STEP_PARENT}|nan|nana|grandad|grandpa|grandma|uncle|auntie|aunt|carer|(?:mum|mom|dad)'?s (?:boyfriend|girlfriend)|he|she|they)"
_DRINKS = r"(?:drinks?|drank|drinking|gets? drunk|is drunk|was drunk|drunk)"
_HEAVY = r"(?:every (?:night|day|morning)|all (?:day|night|the time|weekend)|lots|loads|so much|too much|bottles|a whole bottle|the whole bottle|before school|in the morning)"
_AFTER = r"(?:can'?t|cant|won'?t|wont|doesn'?t|does not|didn'?t) (?:wake|get up|stand|walk)|passe?d? out|falls? (?:over|asleep on the floor)|fell (?:over|asleep on the floor)|shouts?|shouting|yells?|hits?|smash\w*|throws?|scary|scares me|forgets?|forgot|sick everywhere"
CARER_DRINKS_HEAVILY = prefiltered(
    rf"\b{_CARER}\b[^.?!]{{0,15}}\b{_DRINKS}\b[^.?!]{{0,40}}\b{_HEAVY}\b"
    rf"|\b{_CARER}\b[^.?!]{{0,15}}\b{_DRINKS}\b[^.?!]{{0,60}}\b(?:{_AFTER})\b"
    rf"|\b(?:when|after) {_CARER}\b[^.?!]{{0,10}}\b{_DRINKS}\b[^.?!]{{0,40}}\b(?:{_AFTER})\b"
)
_TELL_NOT = r"(?:said|says|told me|tells me|telling me|made me promise)\b[^.?!]{0,10}\b(?:don'?t|dont|not to|never) tell"
_DONE_TO_CHILD = r"touch\w* (?:me|my)|kiss\w* me|hurts? me|hurt\w* me|hit\w* me|smack\w* me|took me (?:in|into|to) (?:his|her|the) (?:bed|bedroom|room|car|van)|in (?:his|her) bed|(?:got|gets|get) in (?:my|his|her) bed|on (?:his|her) lap"
# A grown-up who did something to the child and said not to tell, whatever the present or
# surprise it was wrapped in.
SECRET_AND_TOUCH = prefiltered(
    rf"\b{_TELL_NOT}\b[^.?!]{{0,70}}\b(?:{_DONE_TO_CHILD})\b|\b(?:{_DONE_TO_CHILD})\b[^.?!]{{0,60}}\b{_TELL_NOT}\b"
)
# A family kiss goodnight is not the act above.
FAMILY_KISS = prefiltered(
    r"\bkiss\w* me (?:goodnight|good night|bye|goodbye|on (?:the|my) (?:cheek|head|forehead))\b|\b(?:grandma|nan|nana|nanny|granny|gran|mum|mummy|mom|mommy|auntie) (?:said|says|told me|made me promise)\b"
)
ORDINARY_DRINK = prefiltered(
    r"\b(?:coffee|tea|water|juice|milk|squash|smoothies?|hot chocolate|cola|coke|lemonade|shakes?|protein)\b"
)

# (round 26) A carer who does not come home, and the children get by alone.
CARER_AWAY = prefiltered(
    rf"\b{_CARER}\b[^.?!]{{0,40}}\b(?:forgets? to come (?:home|back)|forgot to come (?:home|back)|(?:doesn'?t|doesnt|don'?t|dont|didn'?t|didnt|never|won'?t|wont) (?:always )?come (?:home|back)|stays? out (?:all|for)|goes? (?:away|out) for (?:days|the weekend|two|three|ages)|went (?:away|out) for (?:days|the weekend|two|three|ages)|(?:leaves?|left) (?:me|us) (?:alone|on (?:my|our) own|by (?:my|our) ?sel\w+|for days|for (?:two|three|\d+) days|all (?:night|weekend)))\b"
)
FENDING_ALONE = prefiltered(
    r"\b(?:dry cereal|for ages|i (?:have to |got to )?(?:make|cook|get) (?:the |our |my )?(?:toast|cereal|food|dinner|tea|breakfast)\b[^.?!]{0,15}\bfor (?:my|our) (?:little |baby )?(?:brothers?|sisters?)|just (?:have |eat |had |ate )?(?:dry )?(?:cereal|crisps|biscuits|bread|toast)|for (?:like )?(?:days|two days|three days|\d+ days|a (?:few|couple of) days|the whole weekend)|all (?:night|weekend)|overnight|nothing to eat|no food|(?:really |so )?(?:hungry|starving)|on (?:my|our) own|by (?:my|our) ?sel\w+|me and my (?:baby |little )?(?:sister|brother)s? (?:just|are|have|alone))\b"
)
AWAY_COVERED = prefiltered(
    r"\b(?:nan|nana|nanny|gran|granny|grandma|grandad|grandpa|babysitter|childminder|auntie|aunt|uncle|looked after us|looks after us|stayed with|stay with|holiday|film night|as a treat|treat)\b"
)
# (round 26) Nobody takes the child to the dentist or doctor though it has hurt for long.
NO_CARE_TAKEN = prefiltered(
    r"\b(?:nobody|no one|noone|no-one|never|won'?t|wont|doesn'?t|doesnt|don'?t|dont|didn'?t|didnt|hasn'?t|hasnt|haven'?t|havent|refuses? to|forgets? to|forgot to|not allowed to)\b (?:\w+ )?(?:take|takes|took|taken|bring|brings|go|let me go)\b(?: me| us)? to (?:the |a |see (?:a |the )?)?(?:dentist|dentists|doctors?|gp|hospital|nurse|optician)\b"
)
STILL_HURTS = prefiltered(
    r"\b(?:hurt\w*|pain\w*|sore|broke\w*|wonky|pus|fever|temperature|ach\w+|bleed\w*|black|rotten|swollen|infected|wobbly and|can'?t (?:eat|sleep|see|hear|walk)|for (?:weeks|months|ages|days|a long time)|crying)\b"
)
CARE_BOOKED = prefiltered(
    r"\b(?:tomorrow|next week|appointment|booked|closed|on (?:monday|tuesday|wednesday|thursday|friday|saturday)|scared of)\b"
)
# (round 26) A young child left in charge of brothers or sisters all night.
SIBLINGS_IN_CHARGE = prefiltered(
    r"\b(?:(?:have to|has to|had to|got to|must|makes? me|made me|leaves? me to|left me to)\b (?:\w+ )?(?:look after|looking after|mind|babysit|watch|take care of|put|feed|change|bath|be in charge of)|i'?m in charge of|im in charge of|i am in charge of)\b (?:my|the|our|all my) (?:little |baby |younger |two |three |)(?:brothers?|sisters?|siblings|babies|baby|babys|baby'?s (?:nappy|nappies|bottle)|twins|brother and sister)\b"
)
LONG_IN_CHARGE = prefiltered(
    r"\b(?:all night|every night|overnight|till (?:morning|late|midnight|really late|she comes|he comes|they come)|all weekend|for days|(?:and|but|cos) (?:i'?m|im|i am) (?:only )?(?:\d|four|five|six|seven|eight|nine)(?! (?:minutes|mins|o'?clock))|(?:she|he|they|mum|mummy|mom|dad|daddy) (?:is|are|was) always out|when (?:she|he|they|mum|mummy|mom|dad|daddy) (?:goes|go|went) out (?:at night|all night|drinking|partying|clubbing))\b"
)
# (round 26) Made to sleep in the garage, the shed or outside as a punishment.
SENT_OUT_TO_SLEEP = prefiltered(
    r"\b(?:have to|has to|had to|got to|make|makes|made|making|send|sends|sent|put|puts|lock\w*|shut\w*|kick\w* me out)\b[^.?!]{0,15}\b(?:sleep|sleeps|slept|stay|stays|spend the night|night)\b (?:in|on|out in|outside in) (?:the |a )?(?:garage|shed|garden|cellar|basement|doghouse|dog'?s bed|kennel|cupboard|balcony|porch|car|floor|bath|hallway|yard|outside)\b"
    r"|\b(?:have to|has to|had to|make|makes|made|send|sends|sent|put|puts|lock\w*|shut\w*)\b[^.?!]{0,15}\bsleep\w* outside\b"
    r"|\b(?:puts?|locks?|locked|sends?|sent|shuts?|shut|kicks?|kicked) (?:me|us) (?:in|into|out in|out to|to|outside in) (?:the )?(?:garage|shed|garden|cellar|basement|doghouse|kennel|cupboard|balcony|porch|car|yard)\b (?:to sleep|at night|all night|for the night|overnight|till morning)\b"
)
AS_PUNISHMENT = prefiltered(
    r"\b(?:when|if|cos|coz|because|cuz|after|every time|whenever) i (?:forget|forgot|don'?t|dont|didn'?t|didnt|do not|did not|haven'?t|havent|miss|missed)\b[^.?!]{0,20}\b(?:chores|jobs|homework|tidy|clean|dishes|washing ?up|hoover\w*|room)\b"
    r"|\bfor (?:forgetting|not doing|not finishing|missing) (?:my |the |to do my )?(?:chores|jobs|homework|dishes|washing ?up)\b|"
    r"\b(?:when|if|cos|coz|because|cuz|after|every time) i (?:wet|wee|pee|weed|peed|wees|pees|had an accident|have an accident|am naughty|was naughty|'?m naughty|m naughty|cry|cried|talk back|back ?chat)\w*|\b(?:punish\w*|not allowed (?:to sleep )?in my (?:bed|room)|wet the bed|wetting|wee the bed|naughty|for being bad|cold|scared|in the dark)\b"
)
SLEEPING_OUT_FUN = prefiltered(
    r"\b(?:tent|camp\w*|sleepover|den|stars|festival|caravan|holiday|fun|marshmallows|sleeping bags?|glamping)\b"
)
# (round 26) Hurting dressed up as teaching: a hand held on something hot "to teach me".
_HOT_THING = r"(?:(?:the |a |his |her )?(?:hot |boiling )?(?:cooker|hob|stove|oven|iron|kettle|fire|heater|radiator|candle|lighter|flame|pan|toaster|grill|boiling water|hot water|hot tap|match|hot plate|cigarette))"
HAND_ON_HOT = prefiltered(
    rf"\b(?:held|holds?|holding|put|puts|pushed|pushes|pressed|presses|stuck|forced|made me put|made me touch|makes me put|makes me touch)\b (?:my|me) (?:hand|hands|finger|fingers|arm|fingertips?|palm)\b (?:right )?(?:on|onto|against|in|into|to|under) {_HOT_THING}\b[^.?!]{{0,60}}\b(?:teach\w*|learn\w*|lesson|blister\w*|bubble|burn\w*|red|hurt\w*|scream\w*|cried|cry\w*|sore|mark)\b"
    rf"|\b(?:held|holds?|holding|put|puts|pushed|pressed)\b (?:my|me) (?:hand|hands|finger|fingers|arm)\b (?:right )?over {_HOT_THING}\b[^.?!]{{0,60}}\b(?:blister\w*|bubble|burn\w*|hurt\w*|scream\w*|cried|sore)\b"
    r"|\b(?:burn\w*|scald\w*)\b (?:me|my \w+)\b[^.?!]{0,40}\b(?:to teach me|so i learn|so i'?d learn|teach me a lesson|to learn me)\b"
)
# "I'll give you something to cry about", and then it happens.
CRY_ABOUT_CARRIED_OUT = prefiltered(
    r"\b(?:something|summat|a reason|sumthing) to cry(?: about| for)?\b[^.?!]{0,30}\b(?:(?:and|then) (?:then )?(?:he|she|they|it) (?:does|do|did|really does|always does)|(?:and|then) (?:then )?(?:hits?|smacks?|slaps?|hurts?|kicks?|punch\w*|whacks?|belts?)|every time|and it hurts|really hard)\b"
)

# (leftovers) A carer who says he will use a weapon on the child: "dad keeps his razor blades
# in the cabinet and says he will use them on me if i'm bad", "she'll take the belt to me".
WEAPON = prefiltered(
    rf"\b(?:{WEAPON_WORDS}|razor ?blades?|razors?|razer\w*|blades?|belt|belts|(?<!tickle )(?<!magic )(?<!glue )(?<!pogo )(?<!hockey )sticks?|canes?|whips?|hammers?|bats?|lighters?|irons?|wooden spoons?|slippers?|pokers?|scissors|cigarettes?|hot spoons?|cables?|wires?|leads?)\b"
)
_THREAT_SUBJECT = rf"(?:mum|mom|mummy|mommy|mam|mama|dad|daddy|papa|{STEP_PARENT}|nan|nana|grandad|granddad|grandpa|grandma|uncle|auntie|aunt|carer|babysitter|(?:mum|mom|mummy|mommy|dad|daddy)(?:'?s)? (?:boyfriend|girlfriend|bf|gf)|he|she|they)"
_WILL = r"(?:(?:will|wil|would|wud|gonna|gunna|going to|is going to|'?s going to)|(?:he|she|they|i)(?:'?ll|'?d)|shell|hell|theyll)"
_ON_THE_CHILD = r"(?:on|to|against) (?:me|us|my (?:hands?|arms?|legs?|face|back|bum|bottom|skin|fingers?|head|neck|feet|belly|tummy))\b"
WEAPON_THREAT = prefiltered(
    rf"\b{_THREAT_SUBJECT}\b[^.?!]{{0,80}}\b(?:says?|said|tells? (?:me|us)|told (?:me|us)|threatens?|threatened|warns?|warned|shouts?|shouted|promised)\b[^.?!]{{0,25}}\b{_WILL} (?:\w+ )?(?:use|take|get|bring|try)\b (?:it|them|that|those|(?:the|his|her|their|a|dad'?s|mum'?s) (?:\w+ )?\w+) {_ON_THE_CHILD}"
)
WEAPON_PLAY = prefiltered(
    r"\b(?:tickl\w*|nerf|water (?:guns?|pistols?)|pillows?|hair|fringe|nails|pretend\w*)\b"
)
# (leftovers) A parent's partner, a step-parent, an uncle or a man whose squeeze hurts,
# frightens, is secret or holds the child down ("he squeezes me" is rules_harm's); "mummy
# boyfriend squeeze me tight" on its own is a hug.
GROWN_UP_SQUEEZE = prefiltered(
    rf"\b(?:(?:mum|mummy|mom|mommy|mam|mama|dad|daddy)(?:'?s)? (?:new )?(?:boyfriend|girlfriend|bf|gf|partner)|{STEP_PARENT}|uncle|man|lady)\b[^.?!]{{0,20}}\bsqueez\w* (?:me|my \w+)\b"
)
SQUEEZE_HARMS = prefiltered(
    r"\b(?:hurt\w*|pain\w*|sore|ow+|ouch|cr(?:y|ied|ies|ying)|tears|bruis\w*|marks?|purple|blue|numb|neck|throat|can'?t breathe?|cant breathe?|couldn'?t breathe?|too (?:hard|tight)|scared|scary|frighten\w*|afraid|secret\w*|(?:don'?t|dont|not to|never) tell|shh+|or else|holds? me down|held me down|hold me down|pins? me down|pinned me down|won'?t let (?:me )?go|wouldn'?t let (?:me )?go|till i|until i)\b"
)


def find_carer_risks(text: str) -> list[Finding]:
    whole = len(text)
    out: list[Finding] = []
    if HEAD_HELD_UNDER.search(text):
        out.append(Finding(SafetyCategory.ABUSE, "head_held_under", CRITICAL, 0, whole))
    secret_act = SECRET_AND_TOUCH.search(text)
    if secret_act and not ("kiss" in secret_act.group() and FAMILY_KISS.search(text)):
        out.append(Finding(SafetyCategory.ABUSE, "secret_touch", CRITICAL, 0, whole))
    if CARER_DRINKS_HEAVILY.search(text) and not ORDINARY_DRINK.search(text):
        out.append(Finding(SafetyCategory.ABUSE, "carer_drinking", MODERATE, 0, whole))
    if (
        (
            CARER_AWAY.search(text)
            and FENDING_ALONE.search(text)
            and not AWAY_COVERED.search(text)
            and not night_out_for_fun(text)
        )
        or (
            NO_CARE_TAKEN.search(text) and STILL_HURTS.search(text) and not CARE_BOOKED.search(text)
        )
        or (SIBLINGS_IN_CHARGE.search(text) and LONG_IN_CHARGE.search(text))
        or (
            SENT_OUT_TO_SLEEP.search(text)
            and AS_PUNISHMENT.search(text)
            and not SLEEPING_OUT_FUN.search(text)
            and not pet_sleeps_out(text)
        )
    ):
        out.append(Finding(SafetyCategory.ABUSE, "carer_neglect", CRITICAL, 0, whole))
    if (
        HAND_ON_HOT.search(text)
        or CRY_ABOUT_CARRIED_OUT.search(text)
        or (WEAPON_THREAT.search(text) and WEAPON.search(text) and not WEAPON_PLAY.search(text))
        or (GROWN_UP_SQUEEZE.search(text) and SQUEEZE_HARMS.search(text))
    ):
        out.append(Finding(SafetyCategory.ABUSE, "carer_harm", CRITICAL, 0, whole))
    return out
