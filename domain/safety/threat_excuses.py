# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""What excuses a threat in a message (rules_harm.find_violence): hyperbole, a joke marker, or
"X is gonna kill me" over a small slip."""

from __future__ import annotations

from dataclasses import dataclass

from domain.safety.benign_frame_spoilers import (
    AGAIN,
    EVERY_KIND,
    FEAR,
    HIDDEN,
    HURT,
    MEANS,
    SCARED,
    TOUCH,
    spoilt_by,
)
from domain.safety.meaning_concepts_acts import CONTESTS
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_family_life import kill_me_over_a_slip

HYPERBOLE = prefiltered(
    r"\b(?:is|are|was|were|'?s|'?re) killing me\b|\bkilling it\b|\bkilled it\b|\bkill(?:ing)? time\b|\bdying to\b|"
    r"\bcould (?:kill|die) for\b|"
    r"\bkill for (?:a|some)\b|\bjk\b|"
    # (miss6465b) "smash it" as doing brilliantly at a bake sale, a test or a show
    r"\b(?:smash|smashed|smashing|nail|nailed|nailing|ace|aced|boss|bossed|crush|crushed) it\b(?=[^.?!]{0,40}\b(?:with (?:my|our) (?:\w+ )?(?:brownies|cakes?|cookies|cupcakes|biscuits|flapjacks|muffins|baking|stall|song|dance|poem|drawing|painting|project|speech)|bake sale|cake sale|sale|stall|test|exam|audition|show|performance|race|competition|contest|recital|concert|presentation|talent show|sports day|quiz|grading|tryouts?)\b)|"
    r"\b(?:bake sale|cake sale|stall|test|exam|audition|talent show|show|performance|race|competition|contest|recital|concert|presentation|sports day|quiz|grading|tryouts?|sponsored \w+)\b[^.?!]{0,60}\b(?:smash|nail|ace|boss)(?:ed|ing)? it\b(?! (?:up|to bits|to pieces|into)\b)|\bjust kidding\b|\b(?:mom|dad|mum|she|he|sister'?s?|brother'?s?|teacher'?s?) (?:will|is going to|gonna) kill me\b(?=[^.?!]{0,30}\b(?:if|when|lol|haha|muddy|mess|late)\b)"
)

# (batch F) "ugh i could kill my brother he ate my last crisps": exasperation, unless a
# means, a time or a vow follows, or anything that spoils every frame is told with it.
_EXASPERATION = prefiltered(
    r"\bi could (?:just |literally |honestly |actually |so |totally )?(?:kill|murder|strangle|throttle) (?:him|her|my (?:little |big |baby |twin |step ?)?(?:brother|sister|bro|sis|cousin|mum|mom|dad|friend|best friend|bff|teacher))\b(?![^.?!]{0,40}\b(?:with|knife|gun|tomorrow|tonight|at school|for real|fr|i mean it|i will|i'?ll|gonna|going to)\b)"
)
_EXASPERATION_SPOILT = spoilt_by(None, HURT, MEANS, FEAR, SCARED, AGAIN, TOUCH, HIDDEN)

# (round 47) "im going to kill my brother in the snowball fight tomorrow haha": a game's "kill",
# unless hate, a means or "for real" is told with it.
_PLAY_FIGHT = prefiltered(
    r"\b(?:kill|murder|destroy|obliterate|annihilate|smash|wreck|get|beat|splat|splatter|cream|bury|pummel|pelt|jump|leap ?frog)\b (?:him|her|them|you|u|everyone|my (?:little |big |baby |twin |step ?)?(?:brother|sister|bro|sis|cousins?|dad|mum|mom|friends?|best friend|bff)|[a-z]+)"
    r" (?:in|at|during|with) (?:the |our |a |tomorrow'?s |today'?s )?(?:snowball fights?|snow fights?|pillow fights?|water fights?|water balloon fights?|nerf(?: wars?| battles?| fights?| guns?)?|laser tag|paintball|tag|dodgeball|snowballs|water balloons|water pistols|pillows|foam swords|leap ?frog|leap-frog)\b"
)
_PLAY_FIGHT_SPOILT = spoilt_by(
    r"\b(?:hate|for real|really\b(?! (?:gonna|going to|gunna))|actually|knife|stones?|rocks?|bricks?|ice in|mean it|make (?:him|her) bleed)\b"
    # (review47) a harm beyond the game: a pillow over a face, a drowning, glass or bleach in the
    # snowballs, a stab after, an end ("never wakes up", "stops breathing")
    r"|\b(?:glass|bleach|acid|petrol|nails|needles?|stab\w*|drown\w*|smother\w*|suffocat\w*|strangl\w*|chok\w*|throttl\w*|over (?:his|her|their|your) (?:face|mouth|head)|on (?:his|her|their|your) (?:face|mouth)|(?:while|when) (?:he|she|they|you)(?:'?s|'?re| is| are)? (?:asleep|sleeping)|never wakes? up|stops? (?:breathing|moving)|can'?t breathe|(?:till|until|so|and) (?:he|she|they|you|u) (?:dies?|is dead|are dead)|(?:want|wants|wish) (?:him|her|them|you) (?:to die|dead)|blood|hospital|for good)\b",
    *EVERY_KIND,
)
# (round 51, left54) "ugh my brother ate the last cookie im gonna kill him", "she used my
# shampoo": exasperation at a sibling or a friend over a small slight (food eaten or taken, a
# thing used, borrowed or read), unless a means, a plan, a harm or "for real" is told.
_SMALL_SLIGHT = prefiltered(
    r"\b(?:ate|eaten|eats|finished|nicked|stole|stolen|took|taken|had|drank|drunk|licked|scoffed|pinched|swiped|got) (?:all )?(?:the |my |our |both |all (?:the |my )?)?(?:last |last two |last bit of |last slice of |last piece of |whole |leftover |only |best |favourite )?(?:\w+ )?(?:cookies?|biscuits?|crisps?|chips?|fries|pizza|slice|cake|cupcakes?|chocolates?|sweets?|doughnuts?|donuts?|ice ?cream|lolly|lollies|popcorn|nuggets?|sandwich|toast|yoghurts?|yogurts?|pudding|dessert|snacks?|haribo|cereal|pancakes?|waffles?|brownies?|muffins?|juice|milkshake|fizzy|coke|food|dinner|tea|lunch|breakfast|easter eggs?|hot dogs?|burgers?|sausages?|bacon|cheese|apple|banana|strawberr(?:y|ies))\b(?! money)"
    # (left54) a small misdeed: "she used my shampoo", "took my charger", "read my diary".
    r"|\b(?:used|uses|using|took|taken|nicked|stole|stolen|borrowed|read|reads|reading|wore|wears|wearing|broke|lost|hid|touched|snooped in|went in|drew on|scribbled on|spilt on|spilled on|sat on) (?:all (?:of )?)?my (?:\w+ )?(?:shampoo|conditioner|charger|diary|hoodie|jumper|sweater|top|shirt|clothes|makeup|make-up|lip ?gloss|perfume|hairbrush|straighteners|headphones|earphones|phone|ipad|tablet|switch|controller|pens?|felt tips|crayons|toothbrush|towel|room|stuff|lego|slime|stickers|socks|trainers|shoes)\b"
)
_SLIGHT_KILL = prefiltered(
    r"\b(?:i'?m|im|i am|ima|imma|i'?m going to|im going to|i'?m gonna|im gonna|gonna|going to|i will|i'?ll|i could|i want to|i wanna)\b (?:actually |literally |honestly |so |just )?(?:kill|murder|strangle|throttle|end) (?:him|her|them|my (?:little |big |baby |twin |step ?)?(?:brother|sister|bro|sis|cousin|friend|best friend|bff))\b"
)
_SLIGHT_KILL_SPOILT = spoilt_by(
    r"\b(?:with (?:a|the|my|his|her|dads?|mums?)|knife|knives|gun|scissors|bat|hammer|poison\w*|bleach|pills?|for real|fr|i mean it|not joking|seriously|actually going to|tonight|tomorrow|tmrw|on monday|at school|after school|at break|at lunch ?time|when (?:he|she|they)(?:'?s| is| are) asleep|in (?:his|her|their) sleep|blood|bleed|hospital|dead|die|hurt (?:him|her|them)|hit|punch\w*|kick\w*|stab\w*|push\w* (?:him|her|them) (?:down|off)|hate|drown\w*|smother\w*|suffocat\w*|chok\w*|strangl\w* (?:him|her|them) (?:with|till|until)|bury|buried|burn\w*|set fire|on fire|pillow|down the stairs|poison|rope)\b",
    *EVERY_KIND,
)
# (round 58) "coach says were gonna murder them on saturday lol": a team's win foretold, "we"
# beating the other side at a match, unless a means, a harm or a meeting after it is told.
_SPORT_WIN = prefiltered(
    r"\b(?:we'?re|were|we are|we'?ll|we will|we|(?:our|my|the) (?:team|side|squad|class)(?:'?s| is| are|'re| will|'ll)?)\b (?:so |totally |absolutely |literally |actually )?(?:gonna |going to |gunna |gonna absolutely |gonna totally )?(?:so |totally |absolutely |literally )?(?:kill|murder|destroy|obliterate|annihilate|smash|wreck|thrash|batter|slaughter|massacre|demolish|crush|hammer|cream|bury|pummel)\b (?:them|the other (?:team|side|school|lot)|their (?:team|side)|(?!(?:him|her|you|u|me|the (?:ref|referee|coach|teacher))\b)[a-z]+(?: [a-z]+)?)\b"
)
_SPORT = prefiltered(
    rf"\b(?:{CONTESTS}|coach|match|matches|game|team|tournament|final|semis?|semi-?final|league|cup|derby|pitch|fixture|tug of war|gala|kick ?off|goals?|points)\b"
)
_SPORT_WIN_SPOILT = spoilt_by(
    r"\b(?:after the (?:match|game)|outside|car park|wait for (?:them|him|her)|knife|knives|gun|bat|bricks?|stones?|rocks?|hate|for real|fr|really\b(?! (?:gonna|going to|gunna))|actually going to|mean it|hurt (?:them|him|her)|make (?:them|him|her) bleed|blood|hospital|dead|die)\b",
    *EVERY_KIND,
)
# (miss8081) "i said im gonna kill you to my friend when she splashed me but we were laughing":
# a threat said in fun, told as said, with the laughing after it; spoilt as a slight's is.
# (fa8283) by "my sister" or a friend too; a kill-me said so is no abuse (rules_harm) when
# "we" were playing or laughing together.
SAID_LAUGHING = prefiltered(
    r"\b(?:i|we|she|he|they|my (?:big |little |twin |best |older |younger )?(?:sister|brother|sis|bro|cousin|friend|best friend|mate|bff)) (?:said|say|says|shouted|yelled|screamed|went|told (?:her|him|them))\b[^.?!]{0,12}\b(?:gonna|going to|will|'?ll|gunna) (?:kill|murder|strangle|get|destroy) (?:you|u|me|her|him)\b"
    r"[^.?!]{0,60}\b(?:but |and )?(?:we|we both|both of us|she|he|they|i) (?:were|was) (?:both |all |just |only )?(?:laughing|giggling|joking|messing about|messing around|mucking about|only playing|just playing|playing)\b"
)
PLAYED_TOGETHER = prefiltered(
    r"\b(?:we|we both|both of us) (?:were|was) (?:both |all |just |only )?(?:laughing|giggling|joking|messing about|messing around|mucking about|playing)\b"
)
_JOKING = prefiltered(r"\b(?:jk|just kidding|just joking)\b")


@dataclass(frozen=True, slots=True)
class ThreatExcuses:
    """What may excuse a threat in a message, looked for once and only when a threat is there.
    Hyperbole ("this homework is killing me", "mum is gonna kill me if i'm late") and a kill-me
    over a small slip (false alerts 6: "mum's gonna kill me, i lost my coat") excuse only
    themselves; a joke marker ("jk") excuses every threat beside it."""

    in_jest: bool
    hyperbole: tuple[tuple[int, int], ...]
    kill_me_over_a_slip: bool

    @classmethod
    def of(cls, text: str) -> ThreatExcuses:
        return cls(
            _JOKING.search(text) is not None,
            tuple(h.span() for h in HYPERBOLE.finditer(text))
            + (
                tuple(e.span() for e in _EXASPERATION.finditer(text))
                if not _EXASPERATION_SPOILT.search(text)
                else ()
            )
            + (
                tuple(p.span() for p in _PLAY_FIGHT.finditer(text))
                if not _PLAY_FIGHT_SPOILT.search(text)
                else ()
            )
            + (
                tuple(w.span() for w in _SPORT_WIN.finditer(text))
                if _SPORT.search(text) and not _SPORT_WIN_SPOILT.search(text)
                else ()
            )
            + (
                tuple(k.span() for k in SAID_LAUGHING.finditer(text))
                if not _SLIGHT_KILL_SPOILT.search(text)
                else ()
            )
            + (
                tuple(k.span() for k in _SLIGHT_KILL.finditer(text))
                if _SMALL_SLIGHT.search(text) and not _SLIGHT_KILL_SPOILT.search(text)
                else ()
            ),
            kill_me_over_a_slip(text),
        )

    def hyperbole_at(self, span: tuple[int, int]) -> bool:
        return any(start < span[1] and span[0] < end for start, end in self.hyperbole)
