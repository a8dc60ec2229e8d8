# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Family life that reads like harm to the rules (false alerts 6, fixed as families), each
frame with the words that spoil it:

- "X is gonna kill me" over a small failing ("the teacher is gonna kill me i forgot my hw
  again", "mum's going to kill me i lost my coat"), spoilt by real hurting, a weapon, fear,
  "for real", or a threat about telling (rules_harm.find_abuse's kill-me threat);
- a parent telling the child off over a chore, the child owning it ("mom yelled at me bc i
  didnt unload the dishwasher, fair tbh"), spoilt by fear, hitting, names, "every day" or "he
  says i deserve it" (rules_distress: softened to mild, never dropped);
- a grown-up teaching a skill with a tool, holding the child's hands ("grandpa showed me how
  to whittle a stick with his penknife and held my hands the whole time"), and holding them
  "so i didn't cut myself", spoilt by being alone, a secret, touching, a threat or not liking
  it (rules_risky's knives, rules_self_harm_*'s "cut myself");
- a doctor's or a nurse's examination with a parent there ("the doctor said i had to take my
  top off so she could listen to my chest, mum was holding my hand"), spoilt by the parent
  sent out, a secret, photos, or touching private parts (rules_meaning_abuse_signs);
- family news about a parent's partner ("dad has a new baby with his girlfriend"), spoilt by
  anything the partner says or does to the child, or another grown-up (rules_grooming's trust
  stage reads "his girlfriend" as romance aimed at the child).
"""

from __future__ import annotations

from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import FEAR, HIDDEN, HURT, MEANS, SCARED, TOUCH, spoilt_by
from domain.safety.first_letters import by_first_letter
from domain.safety.meaning_concepts_people import DADS, GRANDADS, GRANS, MUMS, STEP_PARENT
from domain.safety.prefilter import prefiltered

_CARER = (
    r"(?:mum|mummy|mom|mommy|mam|mama|ma|dad|daddy|papa|father|mother|parents?|mum and dad|mom and dad|"
    rf"nan|nana|nanny|gran|granny|grandma|grandad|granddad|grandpa|gramps|grampa|{STEP_PARENT}|auntie|aunty|aunt|uncle)"
)

# --- "X is gonna kill me" over a small failing ---------------------------------------------
_SMALL_FAILING = (
    r"(?:forg[oe]t\w*|lost|lose|losing|late|later than|broke|broken|break|breaking|spill\w*|spilt|missed|miss|left (?:my|it|the|her|his|our|them)|"
    r"ruin\w*|ripped|rip|tore|torn|smash\w*|crack\w*|scratch\w*|dropped|drop|dent\w*|stain\w*|mud\w*|mess\w*|flooded|overslept|"
    r"failed|fail|got (?:mud|paint|juice|ink|glue|slime|grass|chocolate|felt tip)|ate (?:all|the last|her|his)|used (?:all|up)|spent (?:all|my)|"
    r"didn'?t (?:do|finish|tidy|clean|feed|practi[sc]e|hand in|bring)|haven'?t (?:done|finished)|detention|grounded|wrecked|shrunk|dyed)"
)
_KILL_ME = r"(?:kill|murder|destroy|end) me"
KILL_ME_OVER_A_SLIP = prefiltered(
    rf"\b{_KILL_ME}\b[^.?!]{{0,60}}\b{_SMALL_FAILING}\b|\b{_SMALL_FAILING}\b[^.?!]{{0,60}}\b{_KILL_ME}\b"
)
KILL_ME_MEANT = spoilt_by(
    r"\b(?:hit|hits|hitting|beat|beats|beating|beaten|slap\w*|smack\w*|punch\w*|kick\w*|whip\w*|burn\w*|chok\w*|strangl\w*|stab\w*|drown\w*|starv\w*|lock\w*|shut\w*|"
    r"throw\w*|threw|hurt\w*|bash\w*|thump\w*|grab\w*|drag\w*|push\w*|shov\w*|shake\w*|shook) (?:me|my|us)\b"
    r"|\b(?:belt|knife|knives|gun|shed|cupboard|hob|cooker|oven|iron|kettle|scared|afraid|terrified|frightened|petrified|for real|not (?:joking|kidding)|means? it|meant it|"
    r"really (?:will|would|does|did|means?|meant|do it)|last time|bruis\w*|bleed\w*|blood|if i tell(?! (?:her|him|them|my \w+|mum|mom|dad) (?:that )?i (?:\w+ ){0,2}?(?:lost|broke|forgot|spilt|spilled|ripped|tore|smashed|dropped|failed|missed|ruined)\b)|tell anyone|secret\w*|don'?t tell|what (?:he|she|they) did|"
    r"no (?:food|dinner|tea)|said (?:she|he|they)(?:'?ll|'?d| will| would)|threaten\w*|hides? from|hiding|go home)\b",
    HURT,
    MEANS,
    FEAR,
    SCARED,
    TOUCH,
    HIDDEN,
)


# "mum's gonna kill me i broke the vase": a small slip, and no real hurting in it.
kill_me_over_a_slip = Frame(KILL_ME_OVER_A_SLIP, KILL_ME_MEANT)

# --- a telling-off over a chore, owned ---------------------------------------------------
_TOLD_OFF = (
    r"(?:yell\w*|shout\w*|scream\w*|told me off|tells? me off|telling me off|had a go at me|moaned at me|nagged me|went mad at me|lost it at me|"
    r"(?:got|was|is|were|gets) (?:so |really |a bit |super )?(?:cross|mad|angry|annoyed|grumpy|upset|fed up) (?:at|with) me)"
)
_REASON = r"(?:because|bc|bcos|cos|coz|cuz|cause|'cause|as|for|since|when)"
_CHORE = (
    r"(?:dishwasher|dishes|washing up|wash up|bins?|recycling|bed|room|tidy\w*|clean\w*|hoover\w*|vacuum\w*|laundry|washing|clothes|toys|lego|shoes|coat|bag|"
    r"plates?|cups?|table|homework|hw|chores?|jobs|cat|dog|hamster|fish|rabbit|feed\w*|walk\w*|teeth|shower|bath|lights?|tv|screens?|ipad|tablet|xbox|console|mess|"
    r"dinner|lunch ?box|piano|practi[cs]e|towels?|curtains|garden|lawn|car|crumbs|muddy|mud|boots|door)"
)
_OWNED = (
    r"(?:fair(?: enough)?|tbh|tbf|to be fair|my (?:own )?fault|my bad|(?:i|which i|tbh i) deserved (?:it|that)|i should(?:'?ve| have)|i shouldn'?t have|"
    r"i did (?:forget|leave|not|kinda|sort of)|(?:she|he|they)(?:'?s| is| was|'?re| are| were) right|(?:she|he|they) had a point|oops|whoops|lol|lmao|haha\w*|"
    r"(?:we|then we) made up|(?:i|we) said sorry|i get it|i deserve it|true)"
)
TOLD_OFF_FOR_A_CHORE = prefiltered(
    rf"\b{_CARER}\b[^.?!]{{0,25}}\b{_TOLD_OFF}\b[^.?!]{{0,15}}\b{_REASON}\b[^.?!]{{0,45}}\b{_CHORE}\b[^?!]{{0,60}}\b{_OWNED}(?!\w)"
    rf"|\bgot (?:yelled|shouted|told off|screamed) at\b[^.?!]{{0,15}}\b{_REASON}\b[^.?!]{{0,45}}\b{_CHORE}\b[^?!]{{0,60}}\b{_OWNED}(?!\w)"
)
TOLD_OFF_SPOILT = prefiltered(
    r"\b(?:scared|afraid|frightened|terrified|petrified|hide|hid|hiding|shaking|cry\w*|cried|hit\w*|hurt\w*|slap\w*|smack\w*|punch\w*|kick\w*|beat\w*|belt\w*|threw|throw\w*|"
    r"push\w*|shov\w*|grab\w*|lock\w*|every (?:day|night|time|morning)|all the time|always|every single|never stops?|(?:called|calls|call) me|useless|stupid|idiot|worthless|"
    r"waste of space|hate me|hates me|hated me|no (?:dinner|food|tea)|starv\w*|bruis\w*|(?:says|said|tells me|told me) i deserve|don'?t want to go home|run away|go home|"
    r"swore at me|sworn at me|f\w*ing)\b",
)


# "mom yelled at me bc i didnt unload the dishwasher, fair tbh": owned, nothing frightening.
told_off_for_a_chore = Frame(TOLD_OFF_FOR_A_CHORE, TOLD_OFF_SPOILT)

# --- a skill taught with the child's hands held ------------------------------------------
# (round 42) or a leader teaching a group: "at cubs the leader showed us how to whittle".
# (speed) Grouped by first letter (first_letters.by_first_letter): the same matches.
_TEACHER = by_first_letter(
    rf"(?:{_CARER}|teacher|miss|sir|coach|instructor|leaders?|(?:he|she|they)"
    r"|cubs|scouts|beavers|brownies|guides|forest school|bushcraft|woodwork|(?:the |our |my )?club|(?:scout|cub|guide|brownie) (?:camp|hut|leaders?))"
)
_TAUGHT = r"(?:show\w*|taught|teach\w*|help\w*|guid\w*|let|lets|letting|learn\w*|practi[sc]\w*)"
_HANDS_HELD = by_first_letter(
    r"(?:(?:held|holds|holding|hold|kept|keeps|had|put|puts|guided|guides|guiding|steadied|steadies|steadying) (?:my (?:hands?|fingers|arms?|wrists?|thumb)|(?:his|her|their) hands? (?:on|over|around|round) (?:mine|my hands?))"
    r"|(?:his|her|their) hands? (?:on|over|around|round) (?:mine|my hands?)|(?:held|holding|hold) it with me"
    r"|so (?:that )?i (?:didn'?t|did not|wouldn'?t|would not|won'?t|don'?t|couldn'?t) (?:accidentally )?(?:cut|hurt|burn|prick|stab|nick|slip)\w*"
    r"|so (?:that )?(?:i|we) (?:was|were) safe"
    # (round 56) protective gloves on for it: "...with a pocket knife and we all wore gloves".
    r"|(?:i|we|everyone|everybody) (?:all )?(?:wore|wear|had|put on|got|were wearing|was wearing) (?:our |my |some |special |safety |protective |cut[- ]?(?:proof|resistant) |thick )*gloves"
    # (round 42) the care itself taught: "carefully and away from our bodies".
    r"|carefully|safely|(?:cutting |pointing |pushing )?away from (?:our|my|your|their|his|her) (?:bod(?:y|ies)|selves|fingers|hands|legs))"
)
SKILL_TAUGHT_HANDS_HELD = prefiltered(
    rf"\b{_TEACHER}\b[^.?!]{{0,25}}\b{_TAUGHT}\b[^.?!]{{0,80}}\b{_HANDS_HELD}\b"
    rf"|\b{_TEACHER}\b[^.?!]{{0,15}}\b{_HANDS_HELD}\b[^.?!]{{0,80}}\b{_TAUGHT}\b"
)
SKILL_TAUGHT_SPOILT = prefiltered(
    r"\b(?:by myself|on my own|alone|secret\w*|don'?t tell|not to tell|never tell|if i tell|private\w*|down there|willy|bum|bottom|pants|naked|touch\w*|kiss\w*|"
    r"lick\w*|rub\w*|hurt (?:me|my)|it hurt|didn'?t like|did not like|don'?t like|uncomfortable|weird|scared|afraid|cut me|stab\w*|threat\w*|kill|in my (?:room|bed)|"
    r"in (?:his|her) (?:room|bed)|in my (?:pocket|bag|room)|to school|hide|hid|sneak\w*|man|men|stranger|neighbou?r|online)\b",
)


# "grandpa showed me how to whittle with his penknife and held my hands the whole time".
skill_taught_hands_held = Frame(SKILL_TAUGHT_HANDS_HELD, SKILL_TAUGHT_SPOILT, waives=(MEANS,))

# Care taken not to cut oneself: "...held my hand so i didn't cut myself".
CARE_NOT_TO_CUT = prefiltered(
    r"\bso (?:that )?(?:i|we) (?:didn'?t|did not|wouldn'?t|would not|won'?t|will not|don'?t|do not|couldn'?t|never) (?:accidentally )?(?:cut|hurt|burn|prick|scratch|nick)\w* (?:my ?self|my (?:fingers?|hands?|thumb))\b"
    r"|\b(?:careful|carefully) (?:so (?:that )?i (?:didn'?t|don'?t|wouldn'?t|won'?t)|not to) (?:cut|hurt|burn|nick)\w* (?:my ?self|my (?:fingers?|hands?|thumb))\b"
    # (flags6667) a kitchen job done without a nick: "i helped mum chop the carrots with the
    # little knife and i didnt cut myself once"
    r"|\b(?:chop\w*|slic\w*|peel\w*|grat\w*|cooking|baking|(?:helped|help|helping) (?:my )?(?:mum|mom|dad|nan|nana|gran|grandma|grandad|grandpa|auntie|uncle) (?:to )?(?:cook|make|chop|cut|slice|peel|with (?:the |our )?(?:tea|dinner|lunch|cooking|baking)))\b[^.?!]{0,70}\b(?:i )?(?:didn'?t|didnt|did not|never) (?:even )?(?:cut|nick|hurt)\w* (?:my ?self|my (?:fingers?|hands?|thumb))(?: (?:once|at all|even once|one time|this time))?\b"
)
CARE_NOT_TO_CUT_SPOILT = prefiltered(
    r"\b(?:want\w*|wanna|urge\w*|again|relapse\w*|clean|days|weeks|stop(?:ped)?|on purpose|sad|upset|angry|mad|stressed|lonely|deserve\w*|punish\w*|secret\w*|hide|hid|"
    r"nobody knows|no one knows|scars?|bleed\w*|blood|razor\w*|blades?|every (?:day|night)|when i(?:'?m| am| feel| get)|try(?:ing)? not|hate my ?self|die|dead)\b",
)


care_not_to_cut = Frame(CARE_NOT_TO_CUT, CARE_NOT_TO_CUT_SPOILT, waives=(MEANS,))

# --- a doctor's or nurse's examination with a parent there ---------------------------------
_MEDIC = r"(?:doctors?|doctor'?s|docs?|dr|gp|nurses?|paediatrician|pediatrician|dentist|surgery|hospital|clinic|a ?(?:&|and) ?e|consultant|physio)"
_PARENT = rf"(?:{MUMS}|{DADS}|my parents|parents|{GRANS}|{GRANDADS}|{STEP_PARENT})"
_THERE = (
    rf"\b{_PARENT}\b (?:was |were |is |are |stayed |stays |sat |sits |came |comes |kept )?(?:right |just )?(?:there|with me|in the room|next to me|beside me|in with me|holding my hand|(?:held|holds|holding) my hand)\b"
    rf"|\b{_PARENT}\b (?:was |were )?(?:there |with me )?the whole time\b|\bwith (?:my )?{_PARENT}\b (?:there|in the room|holding my hand|next to me|beside me)\b"
)
MEDICAL_EXAM_WITH_PARENT = prefiltered(
    rf"\b{_MEDIC}\b(?:(?!\b{_MEDIC}\b)[^?!]){{0,140}}(?:{_THERE})|(?:{_THERE})[^?!]{{0,140}}\b{_MEDIC}\b"
)
MEDICAL_EXAM_SPOILT = prefiltered(
    rf"\b(?:alone|on my own|by myself|just me and (?:him|her)|{_PARENT} (?:wasn'?t|was not|weren'?t|had to (?:wait|go|leave)|went|left|waited)|wait(?:ed|ing)? outside|"
    r"left the room|out of the room|secret\w*|don'?t tell|not to tell|never tell|photos?|pictures?|pics?|camera|phone|video|film\w*|selfie|kiss\w*|lick\w*|special|"
    r"weird|uncomfortable|didn'?t like|did not like|scared|hurt me|touch\w* (?:me|my (?:private\w*|willy|bum|bottom|vagina|penis|pee ?pee|wee ?wee|front))|private\w*|"
    r"down there|all my clothes|naked|nothing on|lock\w* the door|rub\w*|every (?:time|week|day))\b",
)


# "the doctor said i had to take my top off to listen to my chest, mum was holding my hand".
medical_exam_with_parent = Frame(MEDICAL_EXAM_WITH_PARENT, MEDICAL_EXAM_SPOILT)

# --- family news about a parent's partner --------------------------------------------------
_MUM_OR_DAD = r"(?:dad|daddy|father|papa|pa|mum|mummy|mom|mommy|mother|mama|mam)"
PARENTS_PARTNER = prefiltered(
    rf"\b{_MUM_OR_DAD}(?:'?s)?\b[^.?!]{{0,40}}\b(?:his|her) (?:new )?(?:girlfriend|boyfriend|gf|bf|partner|fianc[eé]e?|wife|husband)\b"
)
PARENTS_PARTNER_SPOILT = prefiltered(
    r"\b(?:secret\w*|don'?t tell|not to tell|never tell|kiss\w*|touch\w*|special|mature|sexy|hot|pics?|photos?|pictures?|camera|alone with|on my own with|just (?:me|us) and (?:him|her)|"
    r"i'?m (?:his|her|their)|im (?:his|her)|be (?:his|her|my) (?:girlfriend|boyfriend)|my (?:boyfriend|girlfriend)|loves? me|marry me|messag\w*|snap\w*|dm\w*|texts? me|"
    r"hits?|hitting|hurt\w*|slap\w*|smack\w*|kick\w*|scared|afraid|lock\w*|my (?:bed|room|body|bath|pants)|bath with|in bed|at night|when (?:dad|mum|mom|daddy|mummy|he|she)(?:'?s| is)? (?:at work|out|away|asleep)|"
    r"says i'?m (?:pretty|cute|beautiful|gorgeous)|friend|man|guy|uncle|neighbou?r|coach|stranger|online|game|app)\b",
)


# "dad has a new baby with his girlfriend": the romance is the parent's, news of the family.
parents_partner_news = Frame(PARENTS_PARTNER, PARENTS_PARTNER_SPOILT)


# --- (round 52) sibling life that reads like distress or hate ----------------------------
# A carer warning the children to stop squabbling ("dad says if we keep fighting in the car hes
# gonna turn it right around"): a rule told, not the parents fighting. Spoilt by the carers
# fighting each other, hitting or fear.
SQUABBLE_WARNED = prefiltered(
    rf"\b{_CARER}\b[^.?!]{{0,12}}\b(?:says?|said|told us|tells us|warned|warns|shouts?|shouted|yells?|yelled)\b[^.?!]{{0,8}}\bif (?:we|you|you two|you lot|us|me and (?:my )?\w+|my (?:\w+ )?(?:brother|sister) and (?:me|i)) (?:keep|kept|carry on|don'?t stop|dont stop|do not stop|start|keep on|won'?t stop) (?:on )?(?:fighting|arguing|bickering|squabbling|fussing|moaning|kicking (?:the|her|his) seat)\b"
)
SQUABBLE_REAL = prefiltered(
    r"\b(?:hit|hits|hitting|smack\w*|slap\w*|belt|punch\w*|kick (?:us|me)|scared|afraid|terrified|frightened|cry|crying|cried|(?:mum|mom|dad|they) (?:and (?:mum|mom|dad) )?(?:are|were|keep|always) (?:fighting|arguing|shouting))\b"
)
squabble_warned = Frame(SQUABBLE_WARNED, SQUABBLE_REAL)

# Someone who knows or notices when the child is sad ("idk how but my twin always knows when im
# sad"): comfort, not distress. Spoilt by nobody noticing or the sadness told as constant.
_WHO_NOTICES = r"(?:twin|mum|mummy|mom|mommy|dad|daddy|nan|nana|gran|granny|grandma|grandad|sister|brother|sis|bro|cousin|dog|puppy|cat|kitten|best friend|bestie|friend|teddy|teacher|auntie|uncle)"
KNOWS_WHEN_SAD = prefiltered(
    rf"\b(?:my|our) (?:\w+ )?{_WHO_NOTICES}\b[^.?!]{{0,15}}\b(?:always |just |somehow |can |even |kind of |kinda )*(?:knows?|can tell|notices?|senses?|feels?|gets? it|cheers? me up|hugs? me|cuddles? me|comes? to me|sits? with me) (?:when|if|whenever) (?:i'?m|im|i am|i feel|i get|i'?ve been)\b"
)
KNOWS_WHEN_SAD_SPOILT = prefiltered(
    r"\b(?:nobody|no one|noone|never|doesn'?t|don'?t|didn'?t|won'?t|every (?:day|night)|all the time|always sad|hurt|hurts|hit|hits|alone|lonely|want to die|cry every)\b"
)
knows_when_sad = Frame(KNOWS_WHEN_SAD, KNOWS_WHEN_SAD_SPOILT, waives=(SCARED,))

# A sibling's or a friend's "girls are gross" reported ("my brother says girls are gross but he
# plays dolls with me"): playground talk, not hate. Spoilt by a group that is not boys or girls.
SIBLING_GENDER_TEASE = prefiltered(
    r"\b(?:my (?:\w+ )?(?:brother|sister|bro|sis|cousin|twin|friend|bestie)s?|he|she|they)\b (?:always |just )?(?:says?|said|thinks?|thought|reckons?|goes|keeps saying) (?:that )?(?:all )?(?:girls|boys) (?:are|r) (?:so |really |super |totally |just |all )*(?:gross|yucky|icky|smelly|stinky|annoying|weird|silly|disgusting|boring|germy|eww|ew|disgusting)\b"
)
SIBLING_GENDER_SPOILT = prefiltered(
    r"\b(?:stupid|dumb|idiots?|useless|should|hate|hates|kill|hit|hurt|worse|better than|because of|skin|colou?r|religion|country)\b"
)
sibling_gender_tease = Frame(SIBLING_GENDER_TEASE, SIBLING_GENDER_SPOILT)
