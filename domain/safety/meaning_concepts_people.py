# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Concepts for the meaning stage (rules_meaning.py), one compiled pattern each.

Who is in the message: an adult or someone online, a request to the child, an unknown
grown-up, a carer, a family member caring for the child, an adult's age, people as a target.
Each pattern alone decides nothing; the rules_meaning modules combine them.
"""

from __future__ import annotations

from domain.safety.prefilter import prefiltered

# Source fragments for the carers' names (bare alternatives, no group), shared by the modules
# that build their own lists of carers from them: each list keeps its own union (the words a
# frame or rule wants differ), these are the runs of names most lists share, in one order.
MUMS = r"mum|mom|mummy|mommy|mam|mama"
DADS = r"dad|daddy|papa"
GRANS = r"nan|nana|gran|granny|grandma"
GRANDADS = r"grandad|grandpa"
STEP_PARENT = r"step ?(?:mum|mom|dad)"
# The words for a child's carers in one run (bare alternatives, no group): parents and
# step-parents, grandparents, carers and foster carers, what a "don't tell ..." or a spoiler of a
# frame names when it means the grown-ups who look after the child.
CARER_WORDS = rf"{MUMS}|{DADS}|parents?|step ?(?:{MUMS}|{DADS}|parents?)|{GRANS}|{GRANDADS}|carers?|foster (?:{MUMS}|{DADS}|parents?|carers?)"

# Sports, dance and martial arts a child does at a club or a lesson (bare alternatives, no
# group): the lessons a grown-up in charge teaches and the clubs where the others leave a child
# out both read it, each adding its own (music lessons; brownies, church, the team).
SPORTS = (
    r"netball|football|footy|rugby|hockey|cricket|basketball|tennis|swimming|swim|diving|"
    r"gymnastics|gym|dance|dancing|ballet|tap|street dance|karate|judo|taekwondo|boxing|kickboxing|"
    r"athletics|rounders|cheer|cheerleading|skating|ice skating|riding|horse riding|sailing"
)

# The child speaking of itself, alone or with others (bare alternatives, no group): "i", "i'm",
# "i'll", "we", "we're", "me", "us", "my", the gate a rule reads as "the child does or plans
# this", not a story of someone else's. Each module adds its own extras ("our", "let's", "i'd").
# I_SELF is its head, the child alone as the one who is or feels: after "my", "me" or "us" a
# feeling word is someone else's or a thing's ("my stupid brother", "leave me alone").
I_SELF = r"i|i'?m|im|i am"
FIRST_PERSON = rf"{I_SELF}|i'?ll|we|we'?re|me|us|my"

# Grown-ups by the job they do around a child (bare alternatives, no group): minders, teachers
# and coaches, neighbours, faith leaders, helpers at a chemist's or a hospital's desk.
GROWN_UP_ROLES = (
    r"babysitter|baby ?sitter|sitter|nanny|childminder|child minder|au pair|teacher|coach|neighbou?r|tutor|priest|pastor|counsel?lor|bus driver|porter|volunteer|"
    r"chemist|pharmacist|cleaner|orderly|receptionist|instructor"
)

# (fa8485b) A nickname of common words, the family's fond one or one given at school ("they
# call me Pony Girl", "my family calls me stinky lol", "Little Miss Sunshine"): no name given out
# (redaction._name_value, after "call me") and a pet name, not a put-down
# (rules_benign_frames_small_things.FAMILY_PET_NAME). NICKNAME_WORDS are single words, NICKNAME
# the pattern (bare alternatives, no group) with the two-word names.
NICKNAME_WORDS = frozenset(
    ["miss", "mr", "mister", "monkey", "monster", "pony", "bear", "bunny", "mouse", "tiger", "lion",
     "cat", "puppy", "chicken", "duck", "bean", "bug", "sunshine", "princess", "queen", "king",
     "captain", "legs", "face", "pants", "speedy", "stinky", "stinker", "smelly", "stinkypants",
     "piggy", "piglet", "pickle", "goblin", "gremlin", "dork", "nerd", "weirdo", "pest", "munchkin",
     "sausage", "noodle", "baldy", "baldie", "spotty", "shorty", "titch", "squirt", "curly", "boy",
     "girl"]
)  # fmt: skip
NICKNAME = "|".join(
    ["cheeky monkey", "stinky ?pants", "bald ?head", "egg ?head", "slap ?head", "cue ball"]
    + ["four eyes", "ginger nut", *sorted(NICKNAME_WORDS, key=lambda w: (-len(w), w))]
)
# (fa8485b) What a group of people is named by (bare alternatives, no group): sexuality, gender
# identity, disability, colour, origin, faith ("gay", "traveller", "muslim"), for a group shut
# out (rules_meaning_flags_excluded_groups) or a child called by it (rules_distress).
GROUP_TRAITS = (
    r"gay|lesbian|bi|bisexual|queer|lgbt\w*|trans|transgender|non-?binary|disabled|handicapped|deaf|blind|autistic|"
    r"black|brown|asian|chinese|african|arab|indian|pakistani|polish|romanian|foreign|muslim|jewish|hindu|sikh|immigrant|refugee|traveller|gypsy"
)

ADULT = prefiltered(
    r"\b(?:dad|daddy|father|papa|step ?(?:dad|mom|mum|father|mother|brother|sister)|uncle|aunt|auntie|aunty|grandpa|grandad|granddad|"
    rf"grandfather|gramps|{GROWN_UP_ROLES}|"
    r"(?:mom|mum|mommy|mummy|mama|dad|mother|father)'?s (?:new )?(?:boyfriend|girlfriend|friend|husband|wife|partner)|boyfriend|husband|partner|cousin|older (?:boy|girl|kid|brother|sister)|"
    r"big (?:brother|sister|kid|boy)|man|men|guy|lady|woman|grown ?up|adult|stranger|person|someone|somebody|teenager|teen|"
    r"(?:1[6-9]|[2-9]\d) ?(?:yo|y/o|years? old|yr old)|he|she|him)\b"
)
ONLINE = prefiltered(
    r"\b(?:online|internet|gaming|twitch|twitter|reddit|omegle|cashapp|venmo|met (?:online|gaming|playing|on \w+|in \w+)|(?:in|from|on) (?:the|a|my|that) game|game friend|gaming friend|roblox|fortnite|minecraft|discord|tiktok|youtube|snapchat|snap|"
    r"instagram|insta|whatsapp|kik|xbox|playstation|steam|among us|chat|server|dms?|(?:he|she) (?:messaged|messages|texts|texted|dmed))\b"
)
ASKS = prefiltered(
    r"\b(?:wants?|wanted|asks?|asked|asking|keeps? asking|told|tells|telling|says?|said|makes?|made|dared?|tries to get|tried to get|begs?|begged|invited|invites)\b"
    r"[^.?!]{0,16}\b(?:me|us)\b|\b(?:let'?s|can we|could we|wanna|want to)\b"
    # (mends) "a man said i can come see his boat": leave to come or go given
    r"|\b(?:says?|said|told me|tells me) (?:that )?(?:i|we) (?:can|could|may|should|am allowed to|'?m allowed to|are allowed to) (?:come|go|visit|see|stay|sleep|ride|get)\b"
    # (round 39) "he asked what I look like now and if I could ..."
    r"|\b(?:asks?|asked|asking|keeps? asking|wants? to know|wanted to know) (?:me )?(?:if|whether|what|how|where|when)\b"
)
UNKNOWN_ACTOR = prefiltered(
    r"\b(?:stranger|a (?:man|guy|lady|woman|grown ?up|grownup|adult|person|teenager)|some (?:man|guy|lady|woman|grown ?up|adult|person|teenager)|"
    r"(?:man|guy|lady|woman|person|grown ?up|grownup) (?:at|in|from|on) (?:the|a)|(?:someone|somebody|a person|a man|a lady) i (?:don'?t|didn'?t) know)\b"
)
PEOPLE_TARGET = prefiltered(
    r"\b(?:school|class|classroom|church|teacher|kids|people|him|her|them|my (?:brother|sister|mom|dad|mum))\b"
)
FAMILY_CARE = prefiltered(
    r"\b(?:mom|mum|mommy|mummy|mama|dad|daddy|grandma|nana|granny|doctor|nurse)\b[^.?!]{0,25}\b(?:bath|bathe|shower|wash|washes|washed|help\w* me|dress|change|cream|medicine|checked|check)\b"
    # A doctor's or nurse's examination with its purpose: the chest, breathing, a rash, a jab.
    r"|\b(?:doctors?|doctor'?s|gp|nurse|surgery|hospital|clinic)\b[^.?!]{0,40}\b(?:listen\w* to my (?:chest|heart|breathing|lungs|back)|stethoscope|rash|jab|injection|vaccin\w*|temperature|x-?ray|check my (?:chest|heart|breathing|lungs|back|tummy|rash))\b"
)
SIBLING_ONLY = prefiltered(r"^\s*(?:my )?(?:little |baby |younger )?(?:brother|sister)\b")
ADULT_AGE = prefiltered(
    r"\b(?:1[89]|[2-9]\d) ?(?:yo|y/o|years? old|yr old|yrs old)?\b|\bage is just a number\b|\bgrown (?:man|woman)\b|\bin (?:his|her) (?:20s|30s|40s|twenties|thirties)\b"
)
CARER = prefiltered(
    rf"\b(?:{CARER_WORDS}|mammy|father|mother|guardian|step ?(?:mother|father)|nanny|granddad|grampa|gramps|"
    r"grandmother|grandfather|grandparents?|aunt|auntie|aunty|uncle|foster \w+|babysitter|(?:mum|mom|mummy|mommy|dad|daddy|nan|nana|gran|granny|grandma|aunt|auntie)'?s (?:new )?(?:boyfriend|girlfriend|husband|partner))\b"
)
