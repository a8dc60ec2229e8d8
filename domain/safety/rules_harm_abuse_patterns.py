# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The patterns of abuse told by a child (rules_harm.find_abuse), and how they are run fast.

About forty patterns, most of which start with an adult ("my uncle ... touches me"). Run as
one alternation, `re` tried the long list of adult words once for each of them at every word
of a message, and every pattern's gap after each adult found: 100-200 ms on 10,000
characters of adversarial text. They are run instead as a few pieces (`ABUSE_PIECES`), each
searched alone and merged as the alternation would match (`abuse_matches`): the leftmost
match, the earliest piece on a tie. The patterns that start with an adult and have no
alternation at their top share one adult prefix, a few to a piece.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.safety import prefilter_alternatives as each
from domain.safety.first_letters import by_first_letter, guard_after_gap, top_level_alternatives
from domain.safety.prefilter import prefiltered
from domain.safety.prefilter_pattern_table import PatternTable
from domain.safety.rules_benign_frames_play import NOT_THROWN_IN_PLAY

ADULT = by_first_letter(
    r"(?:dad|daddy|father|papa|pa|mom|mommy|mum|mummy|mother|mama|momma|ma|mam|mammy|step ?dad|step ?mom|step ?mum|"
    r"step ?father|step ?mother|uncle|aunt|auntie|aunty|grandpa|grandma|granddad|grandad|grandfather|"
    r"grandmother|gramps|granny|nana|babysitter|baby sitter|sitter|nanny|childminder|child minder|au pair|teacher|coach|neighbou?r|tutor|"
    r"priest|pastor|counsel?lor|bus driver|instructor|(?:mom|mum|mommy|dad|daddy|mother)'?s (?:boyfriend|girlfriend|friend|new husband|husband)|"
    r"boyfriend|foster (?:mom|dad|mum|parents?|father|mother)|parents?|guardian|older (?:brother|sister|cousin|kid|boy|girl)|"
    r"big (?:brother|sister|cousin)|cousin|(?:a|the|some|this|that|an old|old) (?:man|lady|woman|guy|grown ?up|adult|stranger)|"
    r"grown ?ups?|adults?|he|she|they)"
)
_HARM_VERB = by_first_letter(
    r"(?:hits?|hitting|beats?|beating|beaten|punch(?:es|ed|ing)?|kicks?|kicked|kicking|slaps?|slapped|"
    r"slapping|chokes?|choked|choking|burn(?:s|ed|t)?|whips?|whipped|smack(?:s|ed)?|spank(?:s|ed)?|"
    r"hurts?|hurting|shov(?:es|ed)|push(?:es|ed)?|grab(?:s|bed)?|throws?|threw|slams?|slammed|"
    r"(?:throws?|threw) (?:things|stuff|plates|bottles|shoes|chairs|cups|toys|a \w+|his \w+|her \w+) at|"
    r"(?:throwing|chucks?|chucked|chucking|hurls?|hurled|hurling|lobs?|lobbed|lobbing) (?:things|stuff|plates|"
    r"bottles|shoes|chairs|cups|mugs|glasses|a (?:plate|bottle|shoe|chair|cup|mug|glass|remote)) at|"
    r"pinch(?:es|ed)?|bites?|bit|locks?|locked|shuts?|ties?|tied|strangles?|strangled|throttl(?:es|ed)|squeez(?:es|ed)|"
    r"drags?|dragged|starves?|starved|scratch(?:es|ed)|twist(?:s|ed)|shakes?|shook|stomps? on|steps? on|"
    r"spits? on|spat on|pulls? my hair|pulled my hair|beats? me up|cuts?|stabs?|stabbed|whacks?|whacked|"
    r"belts?|belted|thumps?|thumped|bashes|bashed|scalds?|scalded|holds? me down|held me down|pins? me down)"
)
_TARGET = r"(?:me|my (?:hand|hands|arm|arms|leg|legs|face|back|head|skin|body|neck|throat|ears?|bum|butt|belly|tummy|fingers?|private|privates|private parts?|private area|bottom|pee ?pee|vagina|penis)|us|my (?:mom|mum|mommy|mother|brother|sister|baby \w+|little \w+) and me)"
_DOMESTIC = r"(?:my |our )?(?:mom|mum|mommy|mummy|mother|mama|little brother|little sister|baby brother|baby sister|brother|sister)"
_PRIVATE = (
    r"(?:private|privates|private parts|private part|down there|no[- ]no (?:spots?|squares?|places?)|where my (?:swimsuit|underwear|bathing suit|swimming costume) (?:covers|goes)|"
    r"under my (?:clothes|pants|shirt|underwear|pajamas|pyjamas|skirt|dress|nightgown)|in places|in (?:a|the) (?:bad|weird|wrong) (?:way|place)|"
    r"my (?:butt|bum|willy|pee ?pee|wee ?wee|vagina|penis|chest|body|thigh|thighs|bottom|private))"
)
_TOUCH = r"(?:touch(?:es|ed|ing)?|rubs?|rubbed|rubbing|kiss(?:es|ed|ing)?|lick(?:s|ed)?|feels?|felt|grabs?|grabbed|looks? at|looked at|photos? of|pictures? of|videos? of)"

_NOT_A_PASSING_TOUCH = r"(?!\s+(?:on|with) (?:the|my|his|her) (?:shoulder|arm|head|back|hand|hair|ball|stick)\b|\s+(?:in|at|with|playing) (?:tag|it\b|the ball|football|the game)|\s+(?:back|first|out|to wake|to help|gently))"

_WRITTEN = [
    rf"\b{ADULT}\b[^.?!]{{0,30}}\b(?!(?:shook|shakes?) my hands?\b){NOT_THROWN_IN_PLAY}{_HARM_VERB}\s+{_TARGET}\b(?!\s+(?:at|in)\s+(?:\w+\s+)?(?:chess|checkers|cards|games?|race|racing|tag|video|mario|uno|football|soccer|basketball|tennis|monopoly|running))(?!\s+(?:on the swings?|higher|in the (?:stroller|pram|wagon)|a (?:snack|drink|toy|ball|towel)|the ball|awake|to school|up in the morning|out of bed|to wake))(?!\s+(?:out of|off|from) (?:the |our |their |my |a )?(?:class |team |new )?(?:group ?chat|chat|group|team|game|club|server|squad|gang|lobby|call|match|discord|den))",
    rf"\b(?:dad|daddy|father|step ?dad|step ?father|(?:mom|mum)'?s boyfriend|mom|mum|mommy|mother|step ?mom|uncle|grandpa|he|she)\b[^.?!]{{0,20}}\b(?:hits?|hitting|beats?|beating|punch(?:es|ed)|kicks?|kicked|chokes?|choked|slaps?|slapped|hurts?|hurt|pushes|pushed|throws things at|strangles?)\s+{_DOMESTIC}\b",
    rf"\b{ADULT}\b[^.?!]{{0,40}}\b(?:hands?|fingers?|arm|arms) (?:on|around|over|round) my (?:neck|throat|mouth|face)\b|\b(?:hands?|fingers?) (?:on|around|over|round) my (?:neck|throat)\b",
    rf"\b{ADULT}\b[^.?!]{{0,40}}\b(?:makes?|made|shows?|showed|let|lets) me (?:watch|look at|see)\b[^.?!]{{0,15}}\b(?:bad|dirty|naughty|grown[- ]?up|naked|sexy|weird|gross|nasty|adult|private) (?:videos?|movies?|films?|things|stuff|pictures|pics|photos|websites?)\b",
    rf"\b{ADULT}\b[^.?!]{{0,30}}\b(?:beat|beats|beating) up\s+{_TARGET}\b",
    r"\b(?:hurt|hit|beat|kick|punch|slap|choke)\w* (?:me|us)\b[^.?!]{0,15}\bat home\b|\b(?:at home|big people|grown ?ups|adults)\b[^.?!]{0,20}\b(?:hurt|hit|beat|kick|punch|slap|choke)\w* (?:me|us)\b",
    # (review47) room for where the child was taken: "took me into the bathroom and touched me"
    rf"\b(?!he\b|she\b|they\b){ADULT}\b[^.?!]{{0,45}}\b(?:touch(?:es|ed|ing)?|rubs?|rubbed|feels?|felt|grop\w+|fondl\w+)\s+me\b(?!\s+(?:on|with) (?:the|my) (?:shoulder|arm|head|back|hand|hair)\b|\s+to (?:wake|help|show)|\s+gently)",
    rf"\b{ADULT}\b[^.?!]{{0,30}}\b(?:sleeps?|slept|sleeping|lies|lay|lays|lying|gets?|got|climbs?|crawls?) (?:in|into|in to) my (?:bed|sleeping bag)\b|\b{ADULT}\b[^.?!]{{0,30}}\bin my (?:bed|bath|shower) with me\b",
    rf"\b{ADULT}\b[^.?!]{{0,20}}\b(?:comes?|came|coming|gets?|got|climbs?|climbed|sneaks?|sneaked|snuck) (?:in|into|in to) (?:my|the) (?:bed|bath|bathtub|shower)\b|\b{ADULT}\b[^.?!]{{0,20}}\b(?:comes?|came|sneaks?|snuck) (?:in|into) my (?:room|bedroom)\b[^.?!]{{0,30}}\b(?:at night|when|and|every)\b",
    rf"\bi (?:get|got|was|am|'?m|keep getting|always get) (?:hit|beaten|beat|kicked|slapped|punched|hurt|locked|burned|burnt|choked|spanked|whipped|smacked|thrown|pushed|grabbed|touched)\b[^.?!]{{0,30}}\b(?:by|from) (?:my |our |the )?{ADULT}\b",
    r"\b(?:not allowed|never allowed|can'?t|don'?t get) to eat\b|\bdon'?t (?:get to )?eat (?:all day|for days|anything all day)\b|\bgo to bed hungry\b|\b(?:always|so) hungry because\b|\bhaven'?t eaten all day\b",
    r"\b(?:does|did|doing|do) (?:bad|weird|gross|nasty|scary|naughty|private|yucky|secret|rude|grown[- ]?up) (?:things|stuff) (?:to|with) me\b|\bwhat (?:he|she|they|\w+) (?:does|did|do) to me\b",
    rf"\b{ADULT}\b[^.?!]{{0,30}}\b(?:took|takes|taking|take|made|makes) (?:pictures|photos|pics|videos?) of me\b[^.?!]{{0,30}}\b(?:naked|without (?:my |any )?clothes|no clothes|in the (?:bath|shower)|in my underwear|undressed|secret|don'?t tell|in bed)",
    r"\b(?:not allowed|can'?t|cannot|mustn'?t|not supposed|never supposed|never allowed) to tell (?:anyone|anybody|my teacher|the teacher|people|nobody|my friends)\b[^.?!]{0,30}\b(?:what happens|at home|about (?:home|my (?:dad|mom|mum|uncle|stepdad)|what))",
    r"\b(?:forgets?|forgot|never remembers?) to (?:feed me|give me (?:food|dinner|lunch|breakfast))\b|\bmakes? me sleep (?:outside|in the (?:garage|shed|car|yard|basement))\b",
    rf"\b{ADULT}\b[^.?!]{{0,30}}\b(?:won'?t|doesn'?t|don'?t|never) let me (?:leave|go out of|out of) (?:my|the|our) (?:room|house|closet|basement)\b[^.?!]{{0,40}}\b(?:eat|eaten|food|days|hungry|hours)\b",
    rf"\b{_TOUCH}\b[^.?!]{{0,25}}\b{_PRIVATE}",
    r"\bmakes? me (?:touch|rub|kiss|lick|hold|look at|watch) (?:his|her|their)\b",
    r"\b(?:showed|shows|show) me (?:his|her|their) (?:private|privates|thing|willy|penis|wee ?wee|pee ?pee|body|bum|butt|boobs)\b",
    r"\b(?:makes?|made|tells?|told|wants?|wanted) me (?:to )?(?:sit on (?:his|her) lap|sit on (?:him|her|them)|take off my (?:clothes|pants|shirt|underwear|pajamas|pyjamas)|take my (?:clothes|pants|shirt|underwear|pajamas|pyjamas) off|get undressed|undress|take a bath with (?:him|her)|sleep in (?:his|her) bed|get naked)\b",
    r"\b(?:our|a) (?:special|secret|private) (?:game|touching|cuddles?|hugs?)\b|\b(?:touching|kissing|naked|private|undressing|tickle) games?\b(?=[^.?!]{0,40}\b(?:me|us|yucky|weird|icky|secret|don'?t tell|uncomfortable)\b)|\b(?:touching|kissing|naked|undressing) games?\b",
    r"\bmakes? me do (?:stuff|things|something|bad things|weird things)\b[^.?!]{0,20}\b(?:i (?:don'?t|didn'?t|do not) (?:want|like)|yucky|weird|secret|don'?t tell|hurts?|scared|uncomfortable)",
    rf"\b{ADULT}\b[^.?!]{{0,40}}\b(?:touch\w*|kiss\w*|rub\w*|tickl\w*|cuddl\w*|bath|bed|lap)\b[^.?!]{{0,40}}\b(?:feels? (?:yucky|icky|weird|bad|uncomfortable|gross|funny|wrong|scary)|makes? me (?:feel )?(?:yucky|icky|weird|uncomfortable|scared|sad))",
    r"\bbad touch(?:es|ing)?\b|\btouch(?:es|ed)? me (?:in|on) (?:a|the)? ?(?:bad|weird|wrong|private)",
    rf"\b{ADULT}\b[^.?!]{{0,40}}\b(?:said|says|told me|tells me|threatens?|threatened|warned|promised)\b[^.?!]{{0,60}}\b(?:if i (?:ever )?(?:tell|told|say|said)|if anyone finds out|not to tell|don'?t tell|never tell|can'?t tell|i'?ll get in trouble|i will get in trouble|nobody will believe)\b",
    r"\b(?:hurt|kill|take away|give away|hit) (?:my|me|mommy|mom|my (?:cat|dog|pet|brother|sister|mom|mommy))\b[^.?!]{0,30}\bif i (?:tell|told|say)\b",
    r"\b(?:never|no|isn'?t any|is no|aren'?t any|not any|not enough|there'?s no|there is no|never any) food (?:at home|in the house|in our house|for me|at my house|left)\b",
    rf"\b{ADULT}\b[^.?!]{{0,20}}\b(?:don'?t|doesn'?t|didn'?t|never|won'?t|wont|will not|does not|do not) (?:give me|let me (?:have|eat)|feed me|make me) (?:any |no )?(?:food|dinner|lunch|breakfast|supper|anything to eat|meals?)",
    rf"\b{ADULT}\b[^.?!]{{0,20}}\b(?:don'?t|doesn'?t|didn'?t|never|won'?t|wont|will not|does not|do not) (?:let me eat|feed me)\b",
    rf"\b{ADULT}\b[^.?!]{{0,40}}\b(?:touch(?:es|ed|ing)?|rubs?|rubbed|rubbing|kiss(?:es|ed|ing)?|feels?|grop\w+|fondl\w+)\s+me\b[^.?!]{{0,40}}\b(?:secret|don'?t tell|not to tell|at night|in (?:my |the )?bed|my room|keeps?|kept|tries|trying|weird|uncomfortable|gross|scared|won'?t stop|alone|lips|tongue|bath|shower|hurts)\b",
    # (miss90) tears or a "stop" when touched, or the toucher's "it's ok": "i cried when he
    # touched me but he said it was ok" (on the shoulder, in tag or touching my cut is not it)
    rf"\bi (?:cried|was crying|started crying|screamed|said (?:no|stop)|told (?:him|her|them) to stop|froze|felt sick|was scared)\b[^.?!]{{0,20}}\b(?:when|while|cos|because|after|and) {ADULT}\b[^.?!]{{0,20}}\b(?:touch(?:es|ed|ing)?|rubbed|felt|grabbed|kissed|grop\w+|fondl\w+)\s+me\b{_NOT_A_PASSING_TOUCH}",
    rf"\b{ADULT}\b[^.?!]{{0,40}}\b(?:touch(?:es|ed|ing)?|rubs?|rubbed|kiss(?:es|ed|ing)?|grop\w+|fondl\w+)\s+me\b{_NOT_A_PASSING_TOUCH}[^.?!]{{0,40}}\b(?:said|says|told me|tells me|keeps saying)\b (?:that )?(?:it(?:'?s| was| is)|its|this is|that(?:'?s| was| is)|thats) (?:ok|okay|fine|normal|alright|all right|allowed|what (?:\w+ ){{0,2}}do|our (?:game|secret))\b",
    rf"\b{ADULT}\b[^.?!]{{0,40}}\b(?:keeps?|kept|tries|tried|trying|always|comes? into my (?:room|bed)[^.?!]{{0,20}})\b[^.?!]{{0,25}}\b(?:touch(?:es|ed|ing)?|kiss(?:es|ed|ing)?|rub\w*|grop\w+|fondl\w+)\b(?:\s+(?:to\s+)?\w+)?\s+me\b",
    r"\b(?:doesn'?t|don'?t|never) (?:give|gives) me (?:any )?(?:food|dinner|lunch|breakfast|supper)\b",
    r"\b(?:haven'?t|have not|didn'?t|did not) (?:eaten|eat|had (?:any ?thing|food) to eat|had food)\b[^.?!]{0,10}\b(?:in|for|since) (?:two|three|four|\d+|many|a few|days|yesterday)",
    r"\b(?:leaves?|left) (?:me|us) (?:home )?(?:alone )?(?:for|all) (?:days|the night|all night|the whole (?:night|weekend)|a week|two days|three days)\b|\bgone for (?:days|a week|two days|three days)\b",
    r"\b(?:scared|afraid|terrified) (?:to go home|of going home|to be at home)\b(?![^.?!]{0,40}\b(?:bad grade|grades?|report card|test|detention|lol|haha|broke (?:the|a|mom'?s|dad'?s) \w+|lost my \w+|forgot))",
    r"\b(?:scared|afraid|terrified) of (?:my )?(?:dad|daddy|mom|mommy|mum|step ?dad|step ?mom|uncle|father|mother|babysitter|(?:mom|mum)'?s boyfriend)\b(?!'s)(?:[^.?!]{0,30}\b(?:when|because|he|she|drinks|drunk|angry|mad|hurts|hits)\b)",
    rf"\b{ADULT}\b[^.?!]{{0,30}}\b(?:drunk|drinks too much)\b[^.?!]{{0,30}}\b(?:hits?|yells?|screams?|breaks?|hurts?|throws?|scary|(?:threw|pushed|shoved|kicked|slapped|smacked|punched|dragged) (?:me|us)\b)",
    rf"\b(?:bruises?|bruised|marks|bleeding|black eye|burns|scars?)\b[^.?!]{{0,40}}\b(?:from|because|gave me|did it|when)\b[^.?!]{{0,20}}\b{ADULT}\b",
    rf"\b{ADULT}\b[^.?!]{{0,30}}\b(?:calls?|called) me (?:worthless|useless|a mistake|garbage|trash|a waste)\b|\b(?:wish(?:es)?|said) (?:i|you) (?:was|were|had) never (?:been )?born\b",
    r"\b(?:abuses?|abused|abusing|molests?|molested|raped?)\b[^.?!]{0,20}\bme\b|\bi(?:'?m| am| was| got)? (?:being )?(?:abused|molested|raped)\b",
]

ADULT_PREFIX = rf"\b{ADULT}\b"
_ADULT_NOT_A_PRONOUN = rf"\b(?!he\b|she\b|they\b){ADULT}\b"
_FOLDED_PER_PIECE = 2
"""Patterns behind one adult prefix in a piece: each adds a gap's scan at every adult word."""


def _guarded(pattern: str) -> str:
    """`pattern` with a first-letter look-ahead after the gap behind the adult that starts
    each of its top-level parts (first_letters: implied by what follows, so no match
    changes)."""
    return "|".join(
        guard_after_gap(guard_after_gap(part, ADULT_PREFIX), _ADULT_NOT_A_PRONOUN)
        for part in top_level_alternatives(pattern)
    )


ABUSE_PATTERNS = [_guarded(p) for p in _WRITTEN]  # speed


def _foldable(pattern: str) -> bool:
    """Starts with an adult and has no alternation at its top level (which could not be
    moved behind the shared adult prefix)."""
    return pattern.startswith(ADULT_PREFIX) and len(top_level_alternatives(pattern)) == 1


def _pieces(patterns: list[str]) -> list[str]:
    """The patterns as pieces whose merged matches are their alternation's: first those
    that fold behind one adult prefix, a few to a piece, then the others one to a piece."""
    folded = [p[len(ADULT_PREFIX) :] for p in patterns if _foldable(p)]
    pieces = [
        ADULT_PREFIX
        + "(?:"
        + "|".join(f"(?:{rest})" for rest in folded[i : i + _FOLDED_PER_PIECE])
        + ")"
        for i in range(0, len(folded), _FOLDED_PER_PIECE)
    ]
    return pieces + [p for p in patterns if not _foldable(p)]


ABUSE_PIECES = tuple(prefiltered(piece) for piece in _pieces(ABUSE_PATTERNS))
_ABUSE_TABLE = PatternTable(ABUSE_PIECES)


def abuse_matches(text: str) -> Iterator[re.Match[str]]:
    """The abuse patterns' matches in `text`, left to right, as their one alternation
    would find them (the pieces it could match, merged: prefilter_alternatives)."""
    live = tuple(piece.pattern for piece in _ABUSE_TABLE.live(text))
    return each.finditer(live, text, 0, len(text))
