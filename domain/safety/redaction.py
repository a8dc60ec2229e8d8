# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Personal information in a child's message: found on the original text, replaced by
placeholders such as [PHONE] before storage and before the responder sees it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.safety.meaning_concepts_people import DADS, MUMS, NICKNAME_WORDS, STEP_PARENT
from domain.safety.prefilter import prefiltered
from domain.safety.redaction_club_password import is_club_password
from domain.safety.redaction_online_names import find_real_name_online
from domain.safety.redaction_venues import find_staying_plot, find_venue_with_time

_F = re.IGNORECASE

# Speed: an address starts where its run of name characters does (not inside it, which would
# try every start of a long run again to its end).
_EMAIL = prefiltered(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_EMAIL_SPOKEN = prefiltered(
    r"\b[a-z0-9._-]+\s+(?:at|@)\s+(?:gmail|yahoo|hotmail|outlook|icloud|aol|mail|proton\w*)\s+(?:dot|\.)\s*(?:com|net|org|co\.uk|co)\b",
    _F,
)
_PHONE = prefiltered(r"(?<![\w@])\+?\(?\d[\d\s().\-]{5,20}\d(?![\w@])")
_PHONE_CONTEXT = prefiltered(r"\b(?:phone|number|call|text|cell|mobile|digits|ring|whatsapp)\b", _F)
_NUMBER_WORDS = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_DIGIT_WORD = rf"(?:(?:double|triple)[\s-]+)?{_NUMBER_WORDS}"
_PHONE_SPOKEN = prefiltered(rf"\b{_DIGIT_WORD}(?:[\s,-]+{_DIGIT_WORD}){{6,14}}\b", _F)
_STREET = (
    r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl|terrace|"
    r"circle|close|crescent|cres|highway|hwy|parkway|pkwy|square|sq|trail|grove|gardens|row|walk)"
)
_ADDRESS = prefiltered(
    rf"\b\d{{1,5}}[a-z]?\s+(?!(?:[\w'.-]+\s+){{0,2}}?in a (?:row|walk)\b)(?:[A-Za-z][\w'.-]*\s+){{1,3}}{_STREET}\b\.?(?:,?\s*(?:apartment|apt|unit|flat|suite|#)\.?\s*[\w-]+)?",
    _F,
)
_ADDRESS_PHRASE = prefiltered(
    rf"\b(?:i live|we live|my house is|our house is|i'?m staying|my address is|our address is|address:)\s+(?:at|on|is)?\s*(?P<value>(?:\d{{1,5}}\s+)?(?:[A-Za-z][\w'-]*\s+){{0,3}}{_STREET}\b)",
    _F,
)
_ADDRESS_PLACE = prefiltered(
    r"\b(?:i|we) liv(?:e)? (?:in|at|on) (?P<value>(?:(?:flat|apartment|apt|unit|number|no\.?)\s*\d+[a-z]?|the corner of)\b[^.!?\n]{0,50})",
    _F,
)
_HOUSE_NUMBER = (
    r"(?:\d{1,4}[a-z]?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
# "the blue one at the end of cherry lane number fourteen", "number seven on oak street".
_ADDRESS_SPOKEN = prefiltered(
    rf"\b(?!(?:my|the|a|your|our|his|her|this|that|on|in|at|of|to)\b)(?P<value>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s+{_STREET}[\s,]+(?:number|no\.?)\s+{_HOUSE_NUMBER})\b"
    rf"|\b(?P<value2>(?:number|no\.?)\s+{_HOUSE_NUMBER}\s+(?:on|in)\s+(?!(?:my|the|a|your|our|his|her|this|that)\b)[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s+{_STREET})\b",
    _F,
)
_ADDRESS_VALUE = prefiltered(r"\b(?:my|our) (?:home )?address is\s+(?P<value>[^.!?\n]{3,60})", _F)
# "i live behind the big tesco", "we live above the chip shop": home placed by a landmark.
_ADDRESS_LANDMARK = prefiltered(
    r"\b(?:i|we) live (?:right |just )?(?:behind|next to|next door to|opposite|across (?:the road )?from|above|over|round the corner from|around the corner from|at the back of|down the road from|up the road from|beside)\s+(?P<value>(?:the|a)\s+(?:[\w'-]+\s+){0,2}[\w'-]+)",
    _F,
)
# (round 26) "we live in the big white house next to the mosque": the house, then a landmark.
_ADDRESS_HOUSE_BY = prefiltered(
    r"\b(?:i|we) live (?:in|at) (?:the|a|our) (?:[\w'-]+\s+){0,3}(?:house|flat|bungalow|cottage|building|block|farm|one|caravan|houseboat)\s+(?:right |just )?(?:behind|next to|next door to|opposite|across (?:the road )?from|above|over|round the corner from|around the corner from|at the end of|on the corner of|beside|by)\s+(?P<value>the\s+(?:[\w'-]+\s+){0,4}?[\w'-]+(?:\s+(?:on|in) (?:[\w'-]+\s+){0,2}"
    + _STREET
    + r")?)",
    _F,
)
# (round 26) Where the family's spare key is hidden outside the house.
_KEY_HIDDEN = prefiltered(
    r"\b(?:the |our |a |my )?(?:spare |front door |back door |house |door |emergency )?keys? (?:is|are|'?s|lives?|stays?|gets? (?:kept|hidden|left)|is (?:always )?(?:kept|hidden|left))\s+(?:always |usually |still )?(?:under|in|behind|inside|on top of|beneath|underneath)\s+(?:the|a|our|that)\s+(?:[\w'-]+\s+){0,2}(?:pot|plant|mat|doormat|stone|rock|gnome|bin|brick|flower ?pot|plant ?pot|step|steps|shed|letterbox|hedge|ledge|bush|frog|statue|tub)s?\b"
    r"|\b(?:we|mum|mom|dad|they|my (?:mum|mom|dad|parents)) (?:keep|keeps|hide|hides|leave|leaves|put|puts) (?:a |the |our )?(?:spare )?(?:front door |back door |house |door )?key (?:under|in|behind|inside|on top of|beneath)\s+(?:the|a|our)\s+(?:[\w'-]+\s+){0,2}(?:pot|plant|mat|doormat|stone|rock|gnome|bin|brick|flower ?pot|plant ?pot|step|steps|shed|letterbox|hedge|ledge|bush|frog|statue|tub)s?\b",
    _F,
)
_IN_A_STORY = prefiltered(
    r"\b(?:story|book|film|movie|game|cartoon|episode|pretend|once upon)\b", _F
)
# (round 26) Where the child is staying right now, down to the cabin or caravan number (speed:
# the look-ahead after the gap is the first letters of the words that follow it).
_STAYING_UNIT = prefiltered(
    r"\b(?:i'?m|im|i am|we'?re|were|we are|me and (?:my )?\w+ (?:are|r)|(?:we|i) (?:stay|staying|stayed))\b[^.?!]{0,40}\b(?=[bchlprtvy])(?P<value>(?:cabin|caravan|chalet|lodge|tent|pitch|villa|bungalow|hut|yurt|hotel room|room number)\s+(?:number\s+|no\.?\s*)?"
    + _HOUSE_NUMBER
    + r")\b"
    r"|\b(?:our|my) (?P<value2>(?:cabin|caravan|chalet|lodge|tent|pitch|villa|hotel room)\s+is\s+(?:number\s+|no\.?\s*)?"
    + _HOUSE_NUMBER
    + r")\b",
    _F,
)
# (round 29) A place the child goes every week (the mosque, church, a club, swimming), placed
# by its street or a landmark, with the day or the time: where to find the child, and when.
_ATTENDED = (
    r"(?:mosque|masjid|church|chapel|temple|synagogue|shul|gurdwara|mandir|madrassa|madrasa|sunday school|bible club"
    r"|swimming (?:lessons?|club|pool|baths)|swim club|dance (?:class|school|club|lessons?)|football (?:club|practice|training)|karate|judo|gymnastics|ballet"
    r"|brownies|guides|scouts|cubs|beavers|rainbows|youth club|after ?school club|drama club|tuition|tutoring)"
)
_PLACE_ATTENDED = prefiltered(
    rf"\b(?:my|our|the|i go to|we go to|i go to the|we go to the) {_ATTENDED}\b[^.!?\n]{{0,30}}?\b(?:on|in|off|along|at) (?P<value>(?!(?:the|a|my|our|way)\b)(?:[A-Za-z][\w'-]*\s+){{1,2}}{_STREET})\b"
    rf"|\b(?:my|our|the|i go to|we go to|i go to the|we go to the) {_ATTENDED}\b[^.!?\n]{{0,30}}?\b(?:next to|behind|opposite|across (?:the road )?from|beside|round the corner from|around the corner from|above|near) (?P<value2>(?:the|a)\s+(?:[\w'-]+\s+){{0,2}}[\w'-]+)",
    _F,
)
_ROUTINE = prefiltered(
    r"\b(?:every|each|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|\bevery (?:week|morning|evening|night|day|weekend)\b|\bat (?:\d{1,2}(?:[:.]\d\d)?|half past \w+|ten|nine|eleven|twelve|one|two|three|four|five|six|seven|eight)(?: ?(?:am|pm|o'?clock))?\b|\bafter school\b",
    _F,
)

_ZIP = prefiltered(
    r"\b(?:zip ?code|postcode|post code|postal code)\s*(?:is|:)?\s*(?P<value>[A-Z0-9]{3,4}\s?[A-Z0-9]{0,4}|\d{5}(?:-\d{4})?)\b",
    _F,
)
_SCHOOL_NAMED = prefiltered(
    r"\b(?:[A-Z][\w'.-]*\s+){1,3}(?:Elementary|Primary|Middle|High|Junior|Intermediate|Montessori|Academy|Prep|Preparatory|Grammar|Infant|Kindergarten)(?:\s+School)?\b"
    r"|\b(?!The\b|My\b|A\b|Our\b|Sunday\b|Summer\b|Art\b|Swim\b|Dance\b|Music\b|Drama\b|High\b|Middle\b|Primary\b|Elementary\b|Nursery\b|Secondary\b|Pre\b)[A-Z][\w'.-]+\s+School\b"
)
_SCHOOL_PHRASE = prefiltered(
    r"\b(?:i go to|i'?m at|i attend|(?:my|our) (?:new |old |next |big |real )?school is(?: called)?|we go to|(?:me and my (?:\w+ )?\w+|my (?:\w+ )?(?:brother|sister|twin|cousin)s?(?: and (?:i|me))?|we both|we all) (?:both |all )?(?:go|goes) to|i'?m in \w+ grade at|school is called|go to school at|at|from)\s+"
    r"(?P<value>(?!(?:the|my|our|a|an|your|his|her|their|this|that|really|very|so|super|too|quite|pretty|way|extremely|mega|big|new|old|swim\w*|dance|forest|sunday|summer|drama|music|art|driving|riding|horse|pony|puppy|dog|obedience|sailing|ski|surf|flying|cookery|cooking|ballet|stage|theatre|circus|football|nursery|secondary|high|middle|primary|junior|infants?|after|before|every|boarding|holiday)\b)"
    r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}\s+(?:elementary|primary|middle|high|academy|school|junior|juniors|infants?|grammar|college)(?:\s+school)?)\b",
    _F,
)
# (round 56) "were going on the trip with st marys primary year 5 class b": a named school with
# the child's year or class next to it, whatever comes before it (miss8889: "... is st marys
# primary and im in class 5b").
_SCHOOL_AND_CLASS = prefiltered(
    r"\b(?P<value>(?!(?:the|my|our|a|an|your|his|her|their|this|that|big|new|old|with|on|to|from|at|in|for|and|of|going|go|goes|went|trip|we|were|i|is|are|was|whole|entire|other|next|same|last|all|whose|swim\w*|dance|forest|sunday|summer|drama|music|art|driving|football|nursery|secondary|high|middle|primary|junior|infants?|after|before|every|boarding|holiday)\b)"
    r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}\s+(?:elementary|primary|academy|junior|juniors|infants?|grammar)(?:\s+school)?)\s*,?\s+(?:(?:and|n|&)\s+)?(?:(?:i'?m|im|i am)\s+)?(?:in\s+)?(?:year|yr|grade|class|form)\s*(?:\d{1,2}[a-z]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z])\b",
    _F,
)
_NAME_STOP = {
    "and", "i", "i'm", "im", "but", "so", "from", "age", "years", "the", "my", "is", "am", "too",
    "lol", "what", "whats", "what's", "who", "are", "you", "your", "teddy", "nice", "to", "meet",
    "a", "an", "not", "it", "its", "it's", "just", "also", "hi", "hello", "yes", "no", "okay",
}  # fmt: skip
_NAME_INTRO = prefiltered(
    r"\b(?P<intro>(?:my|his|her|mom'?s|dad'?s|mum'?s|brother'?s|sister'?s) (?:full |real |whole |first and last |last |sur)?name(?:'s| is|:)|i'?m called|call me|my surname is)\s+(?P<value>[A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z][A-Za-z'-]*){0,3})",
    _F,
)
# "im Jayden Carter-Wells": a first and last name, both capitalised, after "i'm".
_NAME_IM = prefiltered(
    r"\b(?:[Ii]'?m|[Ii] am|[Tt]his is)\s+(?P<value>(?!(?:Not|So|Very|Really|Just|Super|Spider|Captain|Iron|Bat|Wonder|Mr|Mrs|Miss|Ms)\b)[A-Z][a-z]+(?:\s+|-)[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)
# (round 25) "im olivia grace thompson from year 4": a full name typed in lower case, with
# the school year next to it.
_W = r"(?!(?:and|im|i'?m|in|from|year|yr)\b)"
_NAME_YEAR = prefiltered(
    rf"\b(?:i'?m|im|i am|this is|it'?s|its|my name is|my names|my name'?s|my full name is)\s+(?P<value>(?:{_W}[a-z][a-z'-]+)(?:\s+{_W}[a-z][a-z'-]+){{1,2}})\s*,?\s+(?:(?:and\s+)?(?:i'?m|im|i am)\s+in\s+|from\s+|in\s+)?(?:year|yr|grade|class|form)\s*(?:\d{{1,2}}\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\b",
    _F,
)
_NOT_A_NAME = {
    "in", "into", "on", "at", "of", "for", "with", "off", "out", "up", "down", "over", "back",
    "very", "really", "now", "only", "still", "nearly", "almost", "top", "best", "new", "old",
    "going", "gonna", "happy", "sad", "tired", "good", "bad", "sick", "ill", "bored", "scared",
    "excited", "ready", "done", "first", "last", "moving", "starting", "kind", "sort",
    "like", "this", "that", "there", "here", "all", "alone", "better", "worse", "same", "girl", "boy", "kid", "child", "one", "person", "student", "pupil", "oldest", "youngest",
    "tallest", "smallest", "biggest", "fastest", "class", "form", "year", "grade", "school",
    "quite", "pretty", "shy", "big", "little", "small", "tall", "short", "smart", "clever",
    "funny", "nice", "cool", "popular", "naughty", "great", "fine", "okay", "ok", "sure",
    "friends", "friend", "sister", "brother", "twin", "twins", "age", "aged", "years", "about", "always", "never", "both", "together", "we", "our",
}  # fmt: skip

_PASSWORD = prefiltered(
    r"\b(?:password|pasword|passwrd|passward|pass word|passcode|pass code|passwd|pin(?: code| number)?|(?:ipad|tablet|phone|computer|laptop|door|lock|wifi|wi-fi|alarm|safe) code|login|secret code)\b"
    r"(?:\s+(?:for|to|on|of|at|in)\s+(?:(?:my|the|our|mom'?s|dad'?s|moms|dads|mums|[a-z]+'s)\s+)?[\w'-]+(?:\s+[\w'-]+)?){0,2}\s*(?:is|=|:|'s|was|,?\s*it'?s|,?\s*its)\s*(?P<value>[^\s.,!?]+)",
    _F,
)
# (round 30) Words that say a password is kept ("my password is a secret", "is private"),
# never a password itself.
_NOT_A_PASSWORD = frozenset(
    ["a", "an", "the", "secret", "private", "safe", "hidden", "mine", "only", "just", "not",
     "never", "so", "too", "really", "very", "top", "super", "something", "kept", "locked"]
)  # fmt: skip
# (miss6465b) Where the password is kept ("the password for the wifi is on a card"), not what it
# is: a password only if told after it ("... is on the fridge its fluffycat2015").
_PASSWORD_WHERE = frozenset(
    ["on", "in", "under", "behind", "at", "inside", "by", "next", "near", "written", "stuck", "taped", "kept", "printed", "somewhere"]
)  # fmt: skip
_PASSWORD_TOLD_LATER = prefiltered(
    r"\b(?:it'?s|its|it is|it says|says|reads)\s*:?\s*(?P<value>(?!(?:a|an|the|on|in|really|so|very|just|secret|private|long|short|hard|easy|there|here|written|stuck)\b)[^\s.,!?]+)",
    _F,
)
_USERNAME = prefiltered(
    r"\bmy (?:username|user name|gamer ?tag|screen name|snapchat|snap|insta|instagram|tiktok|discord|roblox(?: name| username)?|fortnite name|account name|handle)\s*(?:is|:)\s*(?!n'?t\b|not\b)(?P<value>@?[\w.-]+)"
    r"|\b(?:to get on|to log ?in(?:to| to)?|to get into) my (?:roblox|minecraft|fortnite|account|game|tablet|ipad)\b[^.!?\n]{0,10}\btype\s+(?P<typed>[\w.-]*\d[\w.-]*)",
    _F,
)
_HOME_ALONE = prefiltered(
    r"\b(?:i'?m|i am|im|i will be|i'?ll be|i'?ve been|i was|i get to be|i stay)\s+(?:all\s+)?(?:home\s+alone|alone\s+at\s+home|at\s+home\s+alone|alone\s+(?:until|till|today|tonight|right now|now|all day)|(?:all )?by myself (?:at home|until|till|today|tonight|right now)|home by myself)"
    r"|\b(?:i'?m|i am|im)\s+(?:at\s+)?home\s+(?:all\s+)?(?:alone|by myself)\b"
    r"|\b(?:i'?m|i am|im|i'?ll be|i will be)\s+(?:all\s+)?on my own\s+(?:at home\s+)?(?:until|till|til|tonight|all (?:day|night))\b"
    r"|\b(?:mom|mommy|mum|mummy|dad|daddy|my parents|parents)\s+(?:is|are)\s+(?:at work|out|away|gone)\b[^.?!]{0,25}\b(?:i'?m|i am|im)\s+(?:all\s+)?(?:alone|by myself|home)\b"
    r"|\b(?:be|am|stay|staying|stayed|left|leaves? me|leave me|get to be|was|were|are|me and \w+ are|we'?re|we are)\s+(?:\w+\s+)?home alone\b"
    r"|\b(?:nobody|no one|noone|no body|nobody else)(?:'s| is| will be)\s+(?:home|here|at home|at my house)\b"
    r"|\b(?:mom|dad|mum|mommy|daddy|parents|my parents|everyone|grown ?ups|my (?:mom|dad|mum))(?:\s+and\s+\w+)?\s+(?:is|are|went|has gone|have gone|left|won'?t be)\s+(?:not home|out|away|gone|home|to (?:work|the store|the shops|a party))\b[^.?!]{0,40}\b(?:alone|by myself|until|till|nobody|no one|tonight|all (?:day|night))\b"
    r"|\b(?:mum and dad|mom and dad|my parents|parents) (?:are|went) away (?:all week|for the week|all weekend|for the weekend|for \w+ days)\b[^.?!]{0,30}\bjust me\b"
    r"|\b(?:parents|mom|dad|mum|mommy|daddy|grown ?ups|adults)(?: and \w+)? (?:are|is|were|was)(?:\s+not|n'?t) (?:home|here|back)\b"
    r"|\b(?:we'?re|we are|we r|me and (?:my )?\w+ (?:are|r)|(?:my )?(?:sister|brother) and (?:me|i) (?:are|r))\s+(?:all\s+)?(?:(?:at )?home\s+(?:all\s+)?)?(?:by (?:ourselves|ourselfs|ourself|our ?selves|our ?selfs)|on our own|alone|home alone)\s+(?:tonight|till|until|til|all (?:day|night|weekend)|today|right now|now|at home|again|cos|cuz|because|while)\b"
    r"|\bit'?s just me (?:at home|here|in the house|home)\b|\bjust me and my (?:little |baby )?(?:brother|sister) (?:at home|home)\b"
    r"|\b(?:went|gone|go|goes|are out|is out|at work|popped out|left|nipped out)\b[^.?!]{0,40}\b(?:so )?(?:it'?s|its|it is) just me(?: and (?:the|my) (?:[\w'-]+ ){0,2}?(?:dog|cat|puppy|hamster|fish|rabbit|brother|sister|baby))?\b(?! and (?:my |the |our )?(?:mum|mom|dad|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunt|uncle|babysitter|baby ?sitter|sitter|nanny|childminder|cousin|step ?\w+|big (?:brother|sister)|older (?:brother|sister))\b)",
    _F,
)

# A named grown-up at home with the child (nan, the babysitter, an aunt): not home alone...
_MINDER = (
    r"(?:my |the |our |me )?(?:nan|nana|nanna|nanny|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|nonna|abuela|oma"
    rf"|auntie|aunty|aunt|uncle|babysitter|baby ?sitter|sitter|childminder|child minder|au pair|{STEP_PARENT}"
    r"|(?:mum|mom|dad)'?s (?:friend|boyfriend|girlfriend|partner)|neighbou?r|godmother|godfather|dad|daddy|mum|mummy|mom|mommy)(?: \w+)?"
)
_GROWN_UP_WITH_ME = prefiltered(
    rf"\b(?:just me and|me and|with|staying with|stay with|staying at|looked after by|minded by|babysat by) {_MINDER}\b"
    rf"|\b{_MINDER} (?:is|'?s|will be|are|came|come|has come|is staying|stays|is sleeping|sleeps) (?:here|over|round|with me|looking after me|babysitting|minding me|staying over|sleeping over|in charge|to look after me|to babysit)\b"
    rf"|\b{_MINDER} (?:is looking after|looks after|is babysitting|babysits|is minding|minds|is watching) me\b"
    # (mends) a relative ringing or popping round to check on the child: care, not risk
    rf"|\b{_MINDER} (?:rang|rings|phoned|phones|called|calls|texted|texts|face ?timed|facetimes|video called|checked|checks|popped (?:round|in|over)|came (?:round|over)|comes (?:round|over))\b(?: me| up| in| on me)?"
    r" (?:to (?:check|see|make sure|ask)|if|whether|and (?:check(?:ed)?|ask(?:ed)?))\b"
)
# (flags7879) A grown-up who is away with the parent is not at home: "mum is at the hospital
# with nan so im home alone all night".
_AWAY_WITH_MINDER = prefiltered(
    rf"\b(?:{MUMS}|{DADS}|my parents|mum and dad|mom and dad|she|he|they)(?:'s| is| are| went| has gone| have gone| had to go| had to stay)? (?:\w+ )?(?:at|in|to) (?:the |a )?(?:hospital|hospice|doctors|work|shops?|a&e|airport|funeral|[a-z]+'s(?: house)?) with {_MINDER}\b",
    _F,
)
# ...unless the grown-up only comes later ("till my nan comes"), or has gone too.
_UNTIL_GROWN_UP = prefiltered(
    rf"\b(?:till|until|til|before|when|then) {_MINDER} (?:comes?|gets?|arrives?|is back|comes? back|gets? back|picks? me up|wakes? up)\b"
    r"|\b(?:alone|by myself|on my own|home alone|nobody|no one)\b[^.?!]{0,30}\b(?:till|until|til)\b"
)


_HUGE = 65
_HUGE_TOKEN = prefiltered(rf"\S{{{_HUGE},}}")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class PersonalInfo:
    start: int
    end: int
    label: str
    """"address", "phone", "email", "school", "name", "password", "username", "home_alone",
    "key_hidden"."""
    placeholder: str | None


def _phone_ok(digits: str, text: str, value: str) -> bool:
    groups = re.findall(r"\d+", value)
    if not any(len(g) >= 3 for g in groups) or (
        len(groups) > 1 and all(len(g) <= 2 for g in groups)
    ):
        return False
    n = len(digits)
    if n < 7 or n > 15:
        return False
    return n >= 10 or _PHONE_CONTEXT.search(text) is not None


def _name_value(intro: str, value: str) -> str | None:
    words = value.split()
    kept: list[str] = []
    strict = not re.search(r"full|real|whole|last|sur|first and last", intro, _F)
    # "my name is oliver james harrington": three name-like words, typed in lower case.
    three_part = len(words) >= 3 and all(w.lower() not in _NAME_STOP for w in words[:3])
    for word in words:
        if word.lower() in _NAME_STOP:
            break
        if strict and not word[:1].isupper() and not three_part:
            break
        kept.append(word)
    # A first name alone ("my name is Leo", "his name is Leo") identifies nobody.
    need = 2 if strict else 1
    # (fa8485) "they call me Pony Girl": a nickname of common words is no name given out.
    nickname = intro.lower() == "call me" and any(w.lower() in NICKNAME_WORDS for w in kept)
    return None if len(kept) < need or nickname else " ".join(kept)


def find_personal_info(text: str) -> list[PersonalInfo]:
    """All personal information in `text` (original, not normalised), without overlaps."""
    found: list[PersonalInfo] = []
    # Blank out runs of 65+ non-space characters (same length, so offsets hold): no real
    # address or name is that long, and such junk would make the patterns slow.
    # (Only a text that long can hold one: the pattern is skipped, not run, on shorter ones.)
    if len(text) >= _HUGE:
        text = _HUGE_TOKEN.sub(lambda m: " " * len(m.group()), text)

    def add(start: int, end: int, label: str, placeholder: str | None) -> None:
        found.append(PersonalInfo(start, end, label, placeholder))

    # The pre-filter cannot rule out these two (no string of theirs is long enough), so each
    # is skipped by hand on a text without what every match holds: an "@", a digit.
    if "@" in text:
        for m in _EMAIL.finditer(text):
            add(m.start(), m.end(), "email", "[EMAIL]")
    for m in _EMAIL_SPOKEN.finditer(text):
        add(m.start(), m.end(), "email", "[EMAIL]")
    for m in _ADDRESS.finditer(text):
        add(m.start(), m.end(), "address", "[ADDRESS]")
    for pattern in (_ADDRESS_PHRASE, _ADDRESS_VALUE, _ADDRESS_PLACE, _ADDRESS_LANDMARK):
        for m in pattern.finditer(text):
            add(m.start("value"), m.end("value"), "address", "[ADDRESS]")
    for m in _ADDRESS_SPOKEN.finditer(text):
        group = "value" if m.group("value") else "value2"
        add(m.start(group), m.end(group), "address", "[ADDRESS]")
    for m in _ADDRESS_HOUSE_BY.finditer(text):
        add(m.start("value"), m.end("value"), "address", "[ADDRESS]")
    for m in _STAYING_UNIT.finditer(text):
        group = "value" if m.group("value") else "value2"
        add(m.start(group), m.end(group), "address", "[ADDRESS]")
    # (round 48) a named venue with the child's day or time; the pitch or room it sleeps in
    for start, end in find_venue_with_time(text) + find_staying_plot(text):
        add(start, end, "address", "[ADDRESS]")
    if not _IN_A_STORY.search(text):
        for m in _KEY_HIDDEN.finditer(text):
            add(m.start(), m.end(), "key_hidden", None)
    if _ROUTINE.search(text):
        for m in _PLACE_ATTENDED.finditer(text):
            group = "value" if m.group("value") else "value2"
            add(m.start(group), m.end(group), "address", "[ADDRESS]")
    for m in _ZIP.finditer(text):
        add(m.start("value"), m.end("value"), "address", "[ADDRESS]")
    if _DIGIT.search(text):
        for m in _PHONE.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if _phone_ok(digits, text, m.group()):
                add(m.start(), m.end(), "phone", "[PHONE]")
    for m in _PHONE_SPOKEN.finditer(text):
        add(m.start(), m.end(), "phone", "[PHONE]")
    for m in _SCHOOL_NAMED.finditer(text):
        add(m.start(), m.end(), "school", "[SCHOOL]")
    for m in _SCHOOL_PHRASE.finditer(text):
        add(m.start("value"), m.end("value"), "school", "[SCHOOL]")
    for m in _SCHOOL_AND_CLASS.finditer(text):
        add(m.start("value"), m.end("value"), "school", "[SCHOOL]")
    for m in _NAME_INTRO.finditer(text):
        value = _name_value(m.group("intro"), m.group("value"))
        if value:
            add(m.start("value"), m.start("value") + len(value), "name", "[NAME]")
    for m in _NAME_IM.finditer(text):
        add(m.start("value"), m.end("value"), "name", "[NAME]")
    for m in _NAME_YEAR.finditer(text):
        words = m.group("value").lower().split()
        if not any(
            w in _NAME_STOP or w in _NOT_A_NAME or w.endswith(("ing", "ed", "ly")) for w in words
        ):
            add(m.start("value"), m.end("value"), "name", "[NAME]")
    club_password = is_club_password(text)
    for m in _PASSWORD.finditer(text):
        if m.group("value").lower() in _NOT_A_PASSWORD or club_password:
            continue  # (round 30) "my password is a secret": kept, not told
        if m.group("value").lower() in _PASSWORD_WHERE:
            told = _PASSWORD_TOLD_LATER.search(text, m.end())
            if told is not None:
                add(told.start("value"), told.end("value"), "password", "[PASSWORD]")
            continue
        add(m.start("value"), m.end("value"), "password", "[PASSWORD]")
    for m in _USERNAME.finditer(text):
        group = "value" if m.group("value") else "typed"
        add(m.start(group), m.end(group), "username", "[USERNAME]")
    for start, end, redactable in find_real_name_online(text):
        add(start, end, "name" if redactable else "username", "[NAME]" if redactable else None)
    with_grown_up: bool | None = None  # looked for once, when the child says it is alone
    for m in _HOME_ALONE.finditer(text):
        if with_grown_up is None:
            with_grown_up = _GROWN_UP_WITH_ME.search(
                _AWAY_WITH_MINDER.sub(" ", text)
            ) is not None and not _UNTIL_GROWN_UP.search(text)
        if with_grown_up:
            continue  # "mum went out so its just me and my nan tonight": nan is there
        add(m.start(), m.end(), "home_alone", None)
    return _without_overlaps(found)


def _without_overlaps(items: list[PersonalInfo]) -> list[PersonalInfo]:
    """Keep redactable items first, longest first; drop any that overlap a kept one."""
    ordered = sorted(items, key=lambda p: (p.placeholder is None, -(p.end - p.start), p.start))
    kept: list[PersonalInfo] = []
    for item in ordered:
        if item.placeholder is not None and any(
            k.placeholder is not None and item.start < k.end and k.start < item.end for k in kept
        ):
            continue
        kept.append(item)
    return sorted(kept, key=lambda p: p.start)


def redact(text: str, items: list[PersonalInfo]) -> str:
    out: list[str] = []
    cursor = 0
    for item in items:
        if item.placeholder is None or item.start < cursor:
            continue
        out.append(text[cursor : item.start])
        out.append(item.placeholder)
        cursor = item.end
    out.append(text[cursor:])
    return "".join(out)
