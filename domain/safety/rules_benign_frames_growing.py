# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Growing up, sport, school rules and ordinary nerves that read like harm to the rules
(rounds 37 and 38's false alerts, fixed as families), each with the words that spoil it and
each consulted by the rule it defuses:

- the teddy's kitchen-safety talk: a grown-up uses the sharp knife or the hot oven and the
  child stirs, mixes or washes ("when we cook a grown up uses the sharp knife and you can
  stir the bowl"), spoilt by the child alone, a secret or the child using the knife
  (rules_risky's dangerous instruction);
- a growing-up question about the body ("why do girls get boobies and boys dont"), spoilt by
  anyone showing, touching, sending or seeing, a secret or a named grown-up (rules_sexual_content's
  sexual words);
- "die" misheard for "dye": hair, clothes, eggs or a t-shirt coloured ("i wanna die my hair
  pink"), spoilt by sadness, ugliness, hate or death (rules_self_harm_phrases);
- a knock at sport: a ball, a tackle or a fall in a game ("a boy kicked the ball right in my
  face at football and my nose bled"), spoilt by it being on purpose, every day, again or by
  wanting to die (rules_self_harm_composed's self-injury);
- a school rule about weapons ("the teacher said we cant bring knives to school"), spoilt by
  anyone bringing, hiding or using one (rules_harm's weapon threats);
- "matches" that are games ("drink lots of water before matches"), spoilt by fire, lighting,
  striking or burning (rules_risky's dangers);
- how to block or report someone rude in a game, spoilt by pictures, meeting, a secret, a
  grown-up or anything asked of the child (rules_meaning_sexual_signs' sexual media);
- nerves before something new (a sleepover, a new school, a trip), spoilt by a touch, a hurt,
  a secret, a grown-up who frightens, or by it happening always (rules_distress).
"""

from __future__ import annotations

from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import (
    AGAIN,
    FEAR,
    HIDDEN,
    MEANS,
    OLDER,
    SCARED,
    TOUCH,
    spoilt_by,
)
from domain.safety.prefilter import prefiltered

_GROWN_UP = r"(?:a grown[- ]?up|the grown[- ]?ups?|grown[- ]?ups|an adult|adults|the adult|your (?:mum|mom|dad|grown[- ]?up|parents?|carer|nan|grandma|grandad))"

# The teddy: "a grown up uses the sharp knife and you can stir the bowl".
TEDDY_KITCHEN_ROLES = prefiltered(
    rf"\b{_GROWN_UP} (?:uses?|handles?|holds?|does|do|takes? care of|looks? after|is in charge of|deals? with|cuts? with|chops? with) (?:the |all the )?(?:sharp |hot |big )?(?:knife|knives|oven|hob|cooker|grater|peeler|kettle|chopping|cutting|sharp (?:bits?|parts?|things))\b"
    r"[^.?!]{0,60}\b(?:you|u) (?:can|could|get to|may) (?:help )?(?:stir|mix|whisk|wash|pour|sprinkle|decorate|measure|crack|knead|roll|taste|spoon|butter|lick the spoon|hold the bowl|count)\b"
)
TEDDY_KITCHEN_SPOILT = prefiltered(
    r"\b(?:by yourself|on your own|alone|secret\w*|don'?t tell|nobody will know|while (?:they|she|he|everyone) (?:sleep\w*|is out|are out|isn'?t looking|aren'?t looking)|"
    r"(?:you|u) (?:can|could|get to|may|should) (?:use|hold|try|grab|take|have) (?:the )?(?:sharp |big )?(?:knife|knives|blade)|cut (?:yourself|your)|hurt|stab|poke)\b",
)

# A growing-up question: "why do girls get boobies and boys dont".
GROWING_UP_QUESTION = prefiltered(
    r"\b(?:why|how come|when|what age|is it normal|do all|does everyone|will i|when will i|when do)\b[^.?!]{0,40}\b(?:girls|boys|ladies|women|men|grown[- ]?ups|people|everyone|i|you)\b[^.?!]{0,20}\b(?:get|grow|have|need|start)\b"
)
GROWING_UP_SPOILT = prefiltered(
    r"\b(?:show\w*|touch\w*|feel|felt|see|saw|look at|looked|send|sent|pics?|pictures?|photos?|videos?|online|secret\w*|don'?t tell|not tell|suck\w*|lick\w*|kiss\w*|sex\w*|rub\w*|squeez\w*|"
    r"uncle|step ?dad|boyfriend|man|men|coach|neighbou?r|stranger|he|him|his|she|her)\b",
)

# "die" for "dye": "i wanna die my hair pink like my auntie did".
_COLOUR = r"(?:pink|blue|green|purple|red|orange|yellow|black|white|blonde|blond|brown|silver|gold|rainbow|turquoise|lilac|violet|colou?rs?|colou?red|tie[- ]?dye|bright|neon|streaks?|highlights?)"
DYE_MISSPELT = prefiltered(
    rf"\bdie (?:my|me|her|his|our|your|the|some|them|it|a|an) (?:\w+ )?(?:hair|fringe|tips|ends|eggs?|easter eggs?|t-?shirts?|tee ?shirts?|tshirts?|top|shirt|socks|jeans|clothes|dress|wool|fabric|shoes|trainers)\b(?: \w+){{0,6}}? {_COLOUR}\b"
    rf"|\bdie (?:my|me|her|his|our|your|the|some|them|it|a|an) (?:\w+ )?(?:hair|eggs?|t-?shirts?|tshirts?|clothes)\b[^.?!]{{0,40}}\b(?:hairdresser|salon|auntie|aunty|mum|mom|sister|cousin|for (?:easter|the party|halloween|book day|world book day|charity|red nose day|sports day|school)|wash(?:es)? out|temporary|spray)\b"
    rf"|\b{_COLOUR} (?:hair )?die\b"
)
DYE_SPOILT = prefiltered(
    r"\b(?:sad|upset|lonely|cr(?:y|ied|ies|ying)|hate|ugly|stupid|fat|gross|disgusting|worthless|useless|nobody|no one|alone|kill\w*|dead|death|dying|suicid\w*|heaven|forever|for real|really want to die|end it|myself|my ?self|hurt\w*|cut\w*|pills|tablets|bleach|drink|swallow)\b",
)

# A knock at sport: "a boy kicked the ball right in my face at football and my nose bled".
SPORTS_KNOCK = prefiltered(
    r"\b(?:football|soccer|netball|rugby|hockey|cricket|basketball|dodgeball|volleyball|tennis|rounders|baseball|softball|pe|p\.e|games lesson|training|practice|a match|the match|matches|playtime|break ?time|lunchtime|the park|the playground)\b"
)
SPORTS_KNOCK_HOW = prefiltered(
    r"\b(?:the|a|his|her|their) (?:foot)?ball\b|\b(?:tackl\w*|header|heading|collided|crashed into|bumped into|ran into|fell|fall|tripped|slipped|hit by|by accident|accidentally|an accident|clash\w*)\b"
)
SPORTS_KNOCK_SPOILT = spoilt_by(
    r"\b(?:on purpose|deliberately|every (?:day|time|week|night)|always|again|keeps?|kept|myself|my ?self|want to die|wanna die|die|dead|kill\w*|hate|secret\w*|don'?t tell|not tell|"
    r"punch\w*|kick(?:s|ed)? me|hit me|hits me|beat\w* me|bull\w*|laugh\w*|coach|dad|mum|mom|step ?dad|uncle|boyfriend|man|grown[- ]?up|teacher|deserve|punish\w*|scared)\b",
    MEANS,
    FEAR,
    SCARED,
    AGAIN,
    TOUCH,
    HIDDEN,
)

# A school rule about weapons: "the teacher said we cant bring knives to school".
SCHOOL_WEAPON_RULE = prefiltered(
    r"\b(?:teacher|teachers|miss|sir|head ?teacher|the head|school|rules?|assembly|policeman|police officer|officer|mum|mom|dad)\b[^.?!]{0,30}\b(?:said|says|say|told us|tells us|explained|reminded us|is that|are that)\b[^.?!]{0,20}\b(?:we|you|kids|children|nobody|no one|pupils|students|u)\b (?:can'?t|cant|cannot|can not|mustn'?t|must not|aren'?t allowed to|are not allowed to|not allowed to|shouldn'?t|should not|should never|never|don'?t|do not) (?:ever )?(?:bring|take|carry|have)\b"
    r"|\b(?:not allowed|no) (?:knives|knife|weapons)\b[^.?!]{0,25}\b(?:at|in|to) school\b"
)
SCHOOL_WEAPON_SPOILT = prefiltered(
    r"\b(?:but (?:i|he|she|they|my|a|some)|i'?m going to|im going to|i'?m gonna|im gonna|gonna|i will|i'?ll|i want to|i wanna|brought|brings|hid|hide|hiding|sneak\w*|in (?:my|his|her) (?:bag|pocket|coat|locker)|"
    r"stab\w*|kill\w*|hurt\w*|shoot\w*|scare\w*|threat\w*|get (?:him|her|them|back)|revenge|pay|tomorrow|anyway|still)\b",
)

# "matches" as games: "drink lots of water before matches".
MATCHES_AS_GAMES = prefiltered(
    r"\b(?:before|after|at|in|during|for|between|win|won|winning|lose|lost|losing|play|played|playing|watch|watched|watching|home|away|our|my|his|her|their|football|rugby|netball|hockey|cricket|tennis|basketball|wrestling|chess|big|school|league|cup|practice|two|three|all (?:the|our|my)|weekend|saturday|sunday)\b (?:\w+ )?matches\b"
)
MATCHES_FIRE = prefiltered(
    r"\b(?:light\w*|lit|strike|striking|struck|burn\w*|fire|flames?|box of|matchbox|sniff\w*|eat|ate|lick\w*|smoke|candles?|lighters?|spark\w*|play(?:ing)? with (?:the )?matches|hide|hid|secret\w*)\b",
)

# Asking how to stay safe online: "how do i block someone who keeps saying rude stuff".
BLOCK_OR_REPORT_ASKED = prefiltered(
    r"\b(?:how (?:do|can|should|would) (?:i|you|u|we)|can (?:i|you|u|we)|should (?:i|we)|i want to|i wanna|i'?m going to|im going to|i'?m gonna|im gonna|i need to|help me|i did|i just|i|we) (?:\w+ )?(?:block|report|mute|unfriend|unfollow|kick|ban|ignore|delete)(?:ed|d)?\b"
)
BLOCK_OR_REPORT_SPOILT = prefiltered(
    r"\b(?:pics?|pictures?|photos?|videos?|selfies?|send\w*|sent|meet\w*|address|where i live|secret\w*|don'?t tell|not tell|naked|nude|clothes|body|touch\w*|webcam|camera|cam|"
    r"man|men|grown[- ]?ups?|adults?|older|years old|boyfriend|girlfriend|asked (?:me|for)|asks (?:me|for)|wants me|made me|showed|shows|show me|sexy|porn|private\w*|if i (?:block|report|tell))\b",
)

# Nerves before something new: "is it normal to feel a bit nervous before a sleepover".
NEW_THING_NERVES = prefiltered(
    r"\b(?:nervous|anxious|worried|jittery|butterflies|scared|shy|a bit funny)\b (?:about|before|for|going to|to go to|of) (?:my |the |a |our |tomorrow'?s |this |next |going (?:to|on) (?:a |the |my )?)?"
    r"(?:first |new |big |school |class |friend'?s |best friend'?s )?(?:sleepover|sleep ?over|new school|new class|new teacher|school trip|trip|residential|camp|party|birthday party|playdate|play date|first day|new friend'?s (?:house|home)|friend'?s (?:house|home)|holiday|flight|plane|moving|move|brownies|cubs|scouts|swimming lessons?|club)\b"
    # (round 60) a part at a wedding, a christening or a school show: "nervous about being a
    # bridesmaid what if i fall over walking down the aisle"
    r"|\b(?:nervous|anxious|worried|jittery|butterflies|scared|shy|a bit funny)\b (?:about|before|for|of) (?:being (?:a |the |her |his |their )?|doing (?:a |the |my )?|my part (?:as|in) (?:a |the )?|the |my |our |(?:my |our )?(?:\w+'?s )?)?(?:bridesmaid|flower girl|page ?boy|ring bearer|wedding|christening|communion|first communion|nativity|school play|reading in (?:church|assembly)|the aisle|mary|an angel|a shepherd)\b"
)
NEW_THING_SPOILT = prefiltered(
    r"\b(?:touch\w*|hurt\w*|hit\w*|kiss\w*|secret\w*|don'?t tell|not tell|naked|clothes|bed with|in (?:my|the|her|his) bed|private\w*|creepy|weird|uncomfortable|"
    r"(?:her|his|their|my friend'?s) (?:dad|mum|mom|uncle|brother|step ?dad|boyfriend)|dad|uncle|man|men|because (?:he|she|they|her|his)|every (?:night|day|time)|always|again|"
    r"bull\w*|mean|nobody|no one|alone|cry\w*|can'?t sleep|die|dead|kill\w*|hate)\b",
)


# The teddy sharing out a kitchen's jobs: the grown-up has the knife, the child stirs.
teddy_kitchen_roles = Frame(
    TEDDY_KITCHEN_ROLES,
    TEDDY_KITCHEN_SPOILT,
    waives=(
        MEANS,
        OLDER,
    ),
)


# A child's question about the body growing up: "why do girls get boobies".
growing_up_question = Frame(GROWING_UP_QUESTION, GROWING_UP_SPOILT)


# "die" written for "dye": "i wanna die my hair pink like my auntie did".
dye_misspelt = Frame(DYE_MISSPELT, DYE_SPOILT)


def sports_knock(text: str) -> bool:
    """A ball, a tackle or a fall at sport: "the ball hit me in the face at football"."""
    return (
        SPORTS_KNOCK.search(text) is not None
        and SPORTS_KNOCK_HOW.search(text) is not None
        and not SPORTS_KNOCK_SPOILT.search(text)
    )


# A rule told at school: "the teacher said we cant bring knives to school".
school_weapon_rule = Frame(SCHOOL_WEAPON_RULE, SCHOOL_WEAPON_SPOILT, waives=(MEANS,))


# "matches" as games played: "drink lots of water before matches".
matches_as_games = Frame(MATCHES_AS_GAMES, MATCHES_FIRE)


# The child asking how to block or report someone rude in a game.
block_or_report_asked = Frame(BLOCK_OR_REPORT_ASKED, BLOCK_OR_REPORT_SPOILT)


# Ordinary nerves before something new: a sleepover, a new school, a trip.
new_thing_nerves = Frame(NEW_THING_NERVES, NEW_THING_SPOILT)
