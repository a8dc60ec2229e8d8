# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Home life that reads like harm to the rules (known false alerts, fixed as families), each
with the words that spoil it and each consulted by the rule it defuses:

- a hug or a hand squeezed by family ("grandma squeezed me tight", "mum squeezed my hand
  when we crossed the road"), spoilt by a neck, force, pain, marks, anger, night, being
  alone, a secret, a kiss or a touch (rules_harm's and rules_meaning_disclosures' abuse);
- "blunt" meaning dull: a pencil, a sharpener's blade, scissors or a knife gone blunt, spoilt
  by smoking, rolling or anything else said of the drug (rules_risky's drugs);
- a carer's razor or blades kept or put away ("dad keeps his razor blades in the cabinet
  just in case"), spoilt by the child taking, keeping or using one, or by hurt
  (rules_meaning_self_harm, rules_wellbeing);
- going to heaven to see someone who died, when the child is very old ("when i'm really old
  i want to go to heaven and see nana"), spoilt by now, soon, sadness or wanting to die
  (rules_self_harm_phrases, rules_meaning_self_harm);
- a pillow fight or a water fight in the bath with a brother, a cousin or dad ("my brother
  hit me in the face with a pillow", "dad had a water fight with me in the bath"), spoilt by
  pain, tears, held under, every day, a grown-up hitting, or parents arguing or shouting
  (rules_distress: softened to mild, never dropped);
- (batch F) a carer's rule for a phone, a tablet or a console ("mum takes my phone at 9pm every
  night and tbh its annoying"), spoilt by a smash, a hit, a lock, fear or the device kept for
  good (rules_distress: a bully taking the child's things again).
"""

from __future__ import annotations

from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import AGAIN, FEAR, HIDDEN, HURT, MEANS, TOUCH, spoilt_by
from domain.safety.prefilter import prefiltered

_CARER = r"(?:dad|daddy|papa|mum|mummy|mom|mommy|mam|mama|nan|nana|nanny|nanna|gran|granny|grandma|grandad|granddad|grandpa|step ?dad|step ?mum|step ?mom|uncle|auntie|aunty|aunt|my parents|he|she)"

# A squeeze that is a hug or a hand held, by family or a parent's partner, read where the
# rule's match starts: "grandma squeezed me tight", "mum squeezed my hand", "mums boyfriend
# squeezed me tight when i won" (never "he", a neighbour, a coach, an uncle or a step-parent).
_FAMILY = r"(?:mum|mummy|mom|mommy|mam|mammy|mama|dad|daddy|papa|nan|nana|nanny|nanna|gran|granny|grandma|grandad|granddad|grandpa|grandmother|grandfather|auntie|aunty|aunt|big sister|big brother|sister|brother)"
# A parent's partner; the title itself is not a courting word when the squeeze is read.
_PARTNER = r"(?:mum|mummy|mom|mommy|mam|mammy|mama|dad|daddy)(?:'?s)? (?:new )?(?:boyfriend|girlfriend|bf|gf|partner)"
PARENT_PARTNER = prefiltered(rf"\b{_PARTNER}\b")
SQUEEZE_OF_CARE = prefiltered(
    rf"(?:{_FAMILY}|{_PARTNER})(?: (?:always|sometimes|just|then|also|often|usually|still|gently))? squeez(?:e|es|ed|ing) "
    r"(?:(?:me|us)(?: (?:so |really |super |extra |very |nice and |ever so )?(?:tight|tightly)\b| in (?:a|her|his|their|a big|the biggest|a massive|a huge) (?:\w+ )?(?:hug|cuddle)\b)|my (?:hands?|fingers)\b)"
)
SQUEEZE_HURTS = spoilt_by(
    r"\b(?:neck|throat|breath\w*|air|chok\w*|hard\w*|hurt\w*|pain\w*|sore|ow+|ouch|cr(?:y|ied|ies|ying)|tears|bruis\w*|marks?|nails|purple|numb|white|"
    r"till|until|til|let go|(?<!bus )stop\w*|angry|cross(?! (?:the|a|over) (?:\w+ )?(?:road|street|zebra|crossing))|mad|shout\w*|yell\w*|scream\w* at|drunk|punish\w*|naughty|trouble|"
    r"secret\w*|tell|tells|told|or else|too tight|wrists?|bed|bath|shower|room|bedroom|night|alone|nobody|no one|everyone|everybody|only me|just me|home alone|not home|not in|(?:has|had|have|'?s) gone|private\w*|lap|"
    r"weird|uncomfortable|yucky|icky|funny feeling|didn'?t like|don'?t like|scared|frighten\w*|not looking|isn'?t looking|quiet|shh+|sneak\w*|under the table|"
    # a squeeze that is courting or grooming: kisses on the lips, "his special girl", gifts
    r"kiss\w*|lips?|mouth|tongue|special|girlfriend|boyfriend|wink\w*|touch\w*|bum|bottom|body|sweets|money|presents?|photos?|pics?|pictures?|phone|"
    # any other hurt in the same message
    r"hit|hits|hitting|smack\w*|slap\w*|punch\w*|kick\w*|pinch\w*|shak\w*|shook|push\w*|shov\w*|drag\w*|bit|bites?|biting|scratch\w*|twist\w*|thump\w*|whack\w*|belt\w*|burn\w*|lock\w*)\b",
    HURT,
    MEANS,
    FEAR,
    HIDDEN,
)

# "Blunt" as dull: a pencil, a crayon, scissors, a knife, a sharpener's blade.
BLUNT_AS_DULL = prefiltered(
    r"\b(?:(?:blade|pencil|knife|crayon|sharpener|saw|axe|tip|point|end|nib)'?s|is|are|was|were|gone|go|goes|going|went|get|gets|getting|got|too|so|really|very|bit|quite|super|dead|kinda|all|and|or|not|rather|pretty|totally|completely|always|stays?) blunt\b"
    r"|\bblunt (?:scissors|knives|knife|pencils?|crayons?|blades?|ends?|edges?|tips?|points?|side|needles?|saws?|axes?|sharpeners?|teeth|nibs?|pins?|tools?|sword|spear|stick)\b"
)
BLUNT_SMOKED = prefiltered(
    r"\b(?:smok\w*|roll\w*|puff\w*|light\w*|lit|weed|high|drug\w*|joints?|spliffs?|stoned|buy|bought|sell\w*|sold|offer\w*|try|tried|vap\w*|cigar\w*|chill|dealer|wraps?|blunts)\b"
)

# A carer's razor or blades kept or put away: "dad keeps his razor blades in the cabinet".
CARER_RAZOR_PUT_AWAY = prefiltered(
    rf"\b{_CARER}\b (?:\w+ )?(?:keeps?|kept|puts?|stores?|stored|has|had|hides?|hid|locks?|locked|leaves?|left)(?: away| up)? (?:(?:his|her|their|the|all|some|spare|new|shaving|a (?:box|pack|packet|tin) of|(?:dad|daddy|mum|mummy|grandad|grandpa)'?s)\s+){{0,3}}razor(?: ?blades?|s)?\b"
)
RAZOR_TAKEN = prefiltered(
    r"\bi (?:\w+ ){0,2}(?:take|took|taking|use|used|using|get|got|sneak\w*|snuck|nick\w*|pinch\w*|stole|steal|borrow\w*|grab\w*|keep|kept|hid|hide|hidden|have|found|find|cut|scratch\w*|know|think\w*|thought|want|wanna|need|could|can|try|tried|wish)\b"
    r"|\b(?:my (?:arms?|legs?|wrists?|skin|thighs?|tummy|body)|my ?self|on me|at me|cut\w*|scratch\w*|bleed\w*|blood|hurt\w*|harm\w*|threat\w*|when it gets|for when|bad days|sad|upset|tempt\w*|pencil case|sock drawer|under my)\b",
)

# Heaven to see someone who died, when the child is very old ("when i'm really old").
HEAVEN_WHEN_OLD = prefiltered(
    r"\bwhen (?:i'?m|im|i am|i get|i grow|i'?ve grown|we'?re|we are|we get|we grow) (?:\w+ ){0,3}?(?:old|a (?:granny|grandma|grandad|grandpa|nana)|an old (?:lady|man|woman|granny)|a hundred|100)\b"
    r"|\bafter (?:a |my )?(?:long|whole) (?:long )?(?:life|time)\b|\bwhen i'?ve (?:lived|had) a (?:long|whole) (?:long )?life\b"
    r"|\b(?:a (?:long|really long) (?:long )?time from now|not for (?:a long time|ages|years))\b"
)
HEAVEN_SOONER = prefiltered(
    r"\b(?:now|today|tonight|tomorrow|soon|sooner|already|this (?:week|year)|early|earlier|quick\w*|faster|can'?t wait|wait|waiting|instead|than here|stop\w*|"
    r"sad|lonely|hurt\w*|cr(?:y|ied|ying)|hate|dead|kill\w*|not when|here any ?more|anymore|wish i (?:was|were)|why|please|tired|alone|nobody|no one|pills|sleep\w*|forever|"
    r"fast|hurry|but|(?:won'?t|never|not|don'?t) (?:ever )?(?:get|be|grow|live to be) (?:that |very |really )?old)\b"
    r"|\b(?:want|wanna|wish|hope|going|gonna|ready)\w* (?:\w+ ){0,3}die\b",
)

# A pillow fight or a water fight (in the bath) with a brother, a sister, a cousin or dad;
# (leftovers) a snowball, tickle, food, nerf, water balloon or foam sword fight too.
PLAY_FIGHT = prefiltered(
    r"\b(?:pillow|water|splash|splashing|bath|bubble|foam|sponge|cushion|snowball|snow|tickle|tickling|food|mud|nerf|nerf gun|"
    r"water balloon|water pistol|water gun|foam sword|sword|lightsaber|light sabre|pretend|play|marshmallow|leaf|leaves|sock|paper ball)s? (?:fights?|wars?|battles?)\b"
    r"|\b(?:with|using) (?:a|the|his|her|my|their|our|two|some|big|wet) (?:\w+ )?(?:pillows?|cushions?|sponges?|flannels?|water pistols?|bath toys?|pool noodles?)\b"
)
PLAY_FIGHT_SPOILT = prefiltered(
    r"\b(?:hurt\w*|cr(?:y|ied|ies|ying)|tears|bleed\w*|blood|bruis\w*|scared|afraid|frightened|always|every (?:day|night|time)|bull\w*|mean|hate\w*|on purpose|"
    r"hard|harder|under (?:the )?water|held me|holds? me|hold my|held my|head under|face under|over my (?:face|head|mouth)|breathe?|drown\w*|chok\w*|(?:won'?t|wouldn'?t|didn'?t|doesn'?t) stop|stop it|"
    r"nobody|no one|alone|sad|upset|angry|punch\w*|belt|laugh\w* at me|call\w* me|baby|"
    # a home's real fights: parents arguing, shouting, splitting up
    r"fighting|fought|argu\w*|shout\w*|yell\w*|scream\w*|divorc\w*|split\w* up|keeps?|again|hid\w*|hide)\b"
    r"|\b(?:step ?dad|step ?mum|boyfriend|uncle|dad|daddy|mum|mummy|mom|mommy)\b (?:\w+ )?(?:hit|hits|kick\w*|push\w*|slap\w*|smack\w*|whack\w*)\b",
)

# (fa2) The fright the squeeze comforts, not a fright of the squeezer: "daddy squeezed my
# hand at the fireworks cos i was scared", "... because i was nervous of the thunder".
# Never "scared of him", "scared to tell", "scared he would": those stay spoilers.
COMFORTED_FEAR = prefiltered(
    r"\b(?:cos|coz|cuz|cause|because|bc|as|since|when|while) i (?:was|were|got|felt|get|am|'?m|im) "
    r"(?:so |really |super |very |a (?:bit|little) |kinda |dead |well )?(?:scared|frightened|nervous|worried|afraid)"
    r"(?: (?:of|by|at|during) (?:the |all the |a )?(?:loud )?(?:fireworks?|bangs?|noises?|thunder|storm|lightning|dark|dogs?|film|movie|needles?|injection|jab|dentist|doctors?|crowd|waves?|ride|rollercoaster|plane|take ?off|heights?|spiders?|clowns?))?"
    r"(?= *(?:$|[,.!]|and\b|so\b|lol\b|haha\w*|at\b|on\b|in\b|during\b|x+\b))"
)


def squeeze_of_care(text: str, start: int) -> bool:
    """A family member's hug or hand squeeze starting at `start` (where the rule's carer
    is), with nothing forceful, painful, secret or courting in the message: "grandma
    squeezed me tight", "mum squeezed my hand when we crossed the road"."""
    if SQUEEZE_OF_CARE.match(text, start) is None:
        return False
    return not SQUEEZE_HURTS.search(COMFORTED_FEAR.sub("", PARENT_PARTNER.sub("", text)))


# A grown-up's razor or blades kept or put away, the child taking or using none: "dad keeps his razor blades in the cabinet just in case".
carer_razor_put_away = Frame(CARER_RAZOR_PUT_AWAY, RAZOR_TAKEN)


# Heaven wished for when the child is very old, with nothing sooner or sadder: "when i'm really old i want to go to heaven and see nana".
heaven_when_old = Frame(HEAVEN_WHEN_OLD, HEAVEN_SOONER)


# A pillow fight or a water fight, nobody hurt or held under: "my brother hit me in the face with a pillow", "we had a water fight in the bath".
play_fight = Frame(PLAY_FIGHT, PLAY_FIGHT_SPOILT, waives=(AGAIN,))


# (leftovers) A grown-up sister's, brother's or cousin's boyfriend or girlfriend ("my big sister is 19
# and her boyfriend picks her up"): the adult's age and romance are the sibling's, not the
# child's. Spoilt by a child's age, or by anything the partner says or does to the child.
_SIBLING = r"(?:sister|sis|sissy|brother|bro|cousin)"
GROWN_UP_SIBLING = prefiltered(
    rf"\b(?:big|older|eldest|oldest|grown[- ]?up|adult) {_SIBLING}\b"
    rf"|\b{_SIBLING}(?:'?s| is| was|,)? (?:\w+ )?(?:1[89]|2\d)\b(?! (?:mins?|minutes|seconds|times|points|goals|stickers|sweets|quid|pounds|dollars|p\b))"
)
SIBLING_PARTNER = prefiltered(
    rf"\b(?:her|his|their|{_SIBLING}'?s?) (?:new |older |grown[- ]?up )?(?:boyfriend|girlfriend|bf|gf|fianc[eé]e?|partner|husband|wife)\b"
)
SIBLING_PARTNER_SPOILT = spoilt_by(
    r"\b(?:[1-9]|1[0-7]) ?(?:yo|y/o|years?|yrs?|yr)?\b(?! (?:mins?|minutes|o'?clock|pm|am))"
    r"|\b(?:me|i'?m|im|i am|my (?:bed|room|body|pants|lips|legs))\b|\b(?:secret\w*|tell|told|kiss\w*|touch\w*|special|pics?|photos?|pictures?|alone|cute|hot|sexy|pretty|marry|crush|loves? me|girlfriend too|boyfriend too|messag\w*|snap\w*|dm\w*)\b",
    HURT,
    MEANS,
    FEAR,
    TOUCH,
    HIDDEN,
)


def grown_up_siblings_partner(text: str) -> bool:
    """A grown-up sister's or brother's partner, nothing said or done to the child: "my big
    sister is 19 and her boyfriend picks her up"."""
    return (
        GROWN_UP_SIBLING.search(text) is not None
        and SIBLING_PARTNER.search(text) is not None
        and not SIBLING_PARTNER_SPOILT.search(text)
    )


# (leftovers) A pet made to sleep in the shed, the garage, the kennel or outside ("our dog
# has to sleep in the shed"), spoilt by the child or another person sleeping there too.
_PET = r"(?:dogs?|doggy|doggies|doggie|pupp(?:y|ies)|pups?|cats?|kitt(?:y|ies|ens?)|rabbits?|bunn(?:y|ies)|guinea pigs?|hamsters?|chickens?|hens?|tortoises?|ferrets?|pets?|horses?|pony|ponies|goats?|parrots?|budgies?)"
_SLEEPS_THERE = r"(?:has to|have to|had to|must|gets? to|got to|gets? (?:sent|put|locked|shut)(?: out)?|got (?:sent|put|locked|shut)(?: out)?|is made to|was made to)?(?: to)? ?(?:sleeps?|slept|sleeping|stays?|stayed|lives?|lived|go|goes|went|spend\w* the night)\b"
PET_SLEEPS_OUT = prefiltered(
    rf"\b{_PET}\b (?:(?:always|now|just|still|sometimes|usually|only|also|all|both) )?{_SLEEPS_THERE}"
    rf"|\b(?:makes?|made|making|sends?|sent|puts?|putting|locks?|locked|shuts?|shut|keeps?|kept|lets?)\b (?:the|our|my|his|her|their|nan'?s|nana'?s|\w+'s) (?:\w+ )?{_PET}\b"
)
PERSON_SLEEPS_THERE_TOO = prefiltered(
    r"\b(?:i|we)\b (?:(?:also|too|both|all|even|sometimes|then|and|always|now) )?(?:have|had|has|got|get|gets|must|gotta|sleep\w*|slept|stay\w*|live|lived|go|went|am|was|were)\b"
    r"|\b(?:me|us)\b (?:and|&|an|n) (?:the |our |my )?\w+ (?:\w+ )?(?:have|had|has|got|sleep\w*|slept|stay\w*|live|lived)\b"
    r"|\b(?:makes?|made|sends?|sent|puts?|put|locks?|locked|shuts?|shut|kicks?|kicked) (?:me|us|him|her|them|my (?:\w+ )?(?:brother|sister|friend|cousin)s?)\b"
    rf"|\bwith (?:the|our|my|his|her|their) (?:\w+ )?{_PET}\b|\b(?:me|us) too\b",
)


# A pet, not the child or anyone else, made to sleep in the shed or outside: "our dog has to sleep in the shed cos he chewed the sofa".
pet_sleeps_out = Frame(PET_SLEEPS_OUT, PERSON_SLEEPS_THERE_TOO)


# (leftovers) A night out for fun with family or friends: a campsite, a tent, a sleepover, new
# year's eve, the stars or the fireworks ("at the campsite we stayed out all night looking at
# stars"), spoilt by being left alone, locked out, hungry, punished or frightened.
NIGHT_OUT_FOR_FUN = prefiltered(
    r"\b(?:camp\w*|tents?|sleep ?overs?|new years?'?s?(?: eve)?|nye|hogmanay|stars|star ?gazing|shooting stars?|fireworks|meteors?|meteor showers?|marshmallows|owls|bats|bonfire|festival|midnight feast|glamping|caravan|telescope)\b"
)
NIGHT_OUT_SPOILT = prefiltered(
    r"\b(?:alone|on (?:my|our) own|by (?:my|our) ?sel\w+|(?:left|leaves?|leaving) (?:me|us)|lock\w*|no (?:food|dinner|tea|coat|shoes|blanket|jacket)|without (?:food|dinner|a coat|shoes)|hungry|starving|punish\w*|naughty|bad|angry|cross|drunk|shout\w*|yell\w*|hit\w*|cr(?:y|ied|ying)|scared|frightened|not allowed in|wouldn'?t let (?:me|us) in|won'?t let (?:me|us) in)\b",
)


# A night out for fun at a campsite, a sleepover or new year's eve, with nothing unkind: "at the campsite they made me stay out all night and we toasted marshmallows".
night_out_for_fun = Frame(NIGHT_OUT_FOR_FUN, NIGHT_OUT_SPOILT)


# (paraphrases_d) The teddy's gentle facts of growing: babies, puppies or kittens growing in
# their mummy's tummy until they are ready to be born (the word model takes "mummy's tummy"
# for rude).
TEDDY_GROWING_FACT = prefiltered(
    r"\b(?:bab(?:y|ies)|puppies|puppy|kittens?|lambs?|foals?|joeys?|piglets?|calf|calves|ducklings?)\b[^.?!]{0,20}\bgrows?\b[^.?!]{0,40}\b(?:tummy|tummies|belly|bellies|womb|pouch|egg)\b"
    r"|\b(?:ready to be born|until (?:it'?s|they'?re|he'?s|she'?s) born)\b"
)


# (batch F) A carer's screen rule: a phone, tablet or console taken or kept at a set time.
SCREEN_RULE = prefiltered(
    rf"\b{_CARER}\b (?:always |still |just )?(?:takes?|took|taking|keeps?|kept|has|confiscates?|confiscated|locks? away|switch(?:es)? off|turns? off) (?:away )?my (?:phone|fone|tablet|ipad|switch|console|xbox|playstation|ps5|laptop|screen|games?)\b"
    r"[^.?!]{0,40}\b(?:at (?:\d{1,2}(?::\d\d)? ?(?:pm|am|o'?clock)?|bed ?time|night|dinner|tea)|before (?:bed|school|dinner|tea)|after (?:\d|bed|tea|dinner)|by \d|every (?:night|evening|school night)|on school nights|at the weekend|till (?:morning|the morning)|until (?:morning|the morning|i do my)|when (?:it'?s|its) bed ?time|for (?:the|one|a) (?:night|evening|day))\b"
)
SCREEN_RULE_SPOILT = prefiltered(
    r"\b(?:smash\w*|broke|break\w*|threw|throws?|hit\w*|hurt\w*|slap\w*|lock\w* me|scared|afraid|frightened|cr(?:y|ied|ying)|forever|never (?:gives?|get) it back|reads? my|so (?:he|she) can|secret\w*|nobody|no one|alone)\b",
)


# A carer keeping the child's phone or console to a set time, said with a shrug.
screen_rule = Frame(SCREEN_RULE, SCREEN_RULE_SPOILT, waives=(AGAIN,))
