# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Sex reaching the child on the street, over the fence and outside the shop (round 67:
neighbours, playing out, the corner shop), read as meanings:

- sex slang asked about: the child asking what a sex word it heard means ("wat does it mean
  when the teenagers outside the shop say theyre gonna shag");
- older children asking the child if it has "done it" yet, or had sex, and laughing or calling
  it a virgin ("the teenagers on my road keep asking if ive done it yet and laughing at me");
- a grown-up or an older boy seen touching himself, or his privates ("i saw the man over the
  fence in his garden with no clothes on touching himself").

Near misses stay allowed: "what does shag pile carpet mean", a shag (the bird) on the cliffs,
"mum keeps asking if ive done it yet" (homework), "the big boys asked if ive done the dare yet",
"my baby brother keeps touching his willy in the bath", "the man next door was in his garden
with no top on mowing the lawn"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

X = SafetyCategory.SEXUAL

# Sex words no child's game shares (shag the bird and shag pile kept apart below).
_SLANG = (
    r"(?:shag|shags|shagging|shaggin|shagged|bonk|bonks|bonking|bonked|get laid|getting laid|got laid|wank|wanks|wanking|wanked|"
    r"blow ?job|blow ?jobs|bj|bjs|hand ?job|fingering|fingered|fingerin|horny|dtf|netflix and chill|sexting|nudes|"
    r"(?:bang|banging|bangin|banged|smash|smashing|smashed|screw|screwing|screwed|hump|humping|humped|do it|doing it|doin it|did it) (?:with )?(?:her|him|each other|a (?:girl|boy|lass|lad)|some (?:girl|boy|lass|lad)|that (?:girl|boy|lass|lad)|his girlfriend|her boyfriend)|"
    r"(?:sleep|sleeping|slept) (?:together|with (?:him|her|a (?:boy|girl|man|woman)))|have sex|having sex|had sex|make love|making love|69|sixty ?nine)"
)
SLANG_ASKED = prefiltered(
    rf"\b(?:what|wat|wot|whats|what'?s|wats|wots|wot'?s)\b[^.?!]{{0,60}}\b{_SLANG}\b[^.?!]{{0,40}}\b(?:mean|means|meant|meaning)\b"
    rf"|\b(?:what|wat|wot|whats|what'?s|wats|wots|wot'?s) (?:does|do|did|dose|dus)? ?(?:it|that) mean\b[^.?!]{{0,60}}\b{_SLANG}\b"
    rf"|\b(?:what is|what'?s|whats|wat is|wats|wot is|wots|what are) (?:a |an )?(?:shag|shagging|bonking|humping|a wank|wanking|fingering|blow ?jobs?|bjs?|hand ?jobs?|getting laid|being horny|horny|sexting|nudes|dtf|netflix and chill)\b"
    rf"|\b(?:what|wat|wot) (?:does|do|did) (?:shag|shagging|bonk|bonking|wank|wanking|fingering|horny|dtf|bj|blow ?job|getting laid|get laid|sexting) (?:mean|means)\b"
)
_SLANG_INNOCENT = prefiltered(
    r"\b(?:shag (?:pile|rug|carpet|carpets)|shag pile|shags? (?:bird|birds|nest)|cormorants?|wanker|bank ?job|crossword|pokemon|dog)\b"
)

# Older children asking if the child has "done it" yet, and laughing.
_TAUNTERS = r"(?:teenagers?|teens|older (?:kids|boys|girls|ones|lads|lasses|children)|big (?:kids|boys|girls|lads|ones)|lads|boys|girls|year (?:\d+|sevens?|eights?|nines?|tens?|elevens?)s?|kids|gang|people|his mates|her mates|their mates|the \w+ (?:boys|girls|lads|kids))"
_DONE_IT = r"(?:done it|did it|dun it|done the deed|done stuff|done anything|done things|had sex|been with (?:a \w+|anyone|someone)|gone all the way|lost it|lost my virginity|shagged|banged|been fingered|fingered|had a bj|given a bj)"
DONE_IT_ASKED = prefiltered(
    rf"\b{_TAUNTERS}\b[^.?!]{{0,40}}\b(?:ask|asks|asked|asking|keep asking|keeps asking|kept asking|always asking)\b (?:me )?(?:if|whether) (?:i'?ve|ive|i have|i had|i'?d|id|i) (?:ever |already )?{_DONE_IT}\b"
    rf"|\b{_TAUNTERS}\b[^.?!]{{0,40}}\b(?:ask|asks|asked|asking|keep asking|keeps asking|kept asking|always asking)\b (?:me )?(?:(?:have (?:i|you|u)|did (?:i|you|u)) (?:ever |already )?{_DONE_IT}|if (?:i'?m|im|i am) (?:still )?a virgin)\b"
)
_DONE_IT_SEXUAL = prefiltered(
    r"\b(?:had sex|gone all the way|lost my virginity|shagged|banged|fingered|bj|done it with|been with|virgin|frigid)\b"
    r"|\b(?:yet|ever)\b[^.?!]{0,40}\b(?:laugh\w*|giggl\w*|snigger\w*|smirk\w*|wink\w*|mock\w*|tease\w*|teasing|virgin|frigid|making fun|take the mick\w*|taking the mick\w*)\b"
)
_DONE_A_TASK = prefiltered(
    r"\b(?:homework|dare|chores|jump|level|challenge|test|jigsaw|puzzle|trick|flip|backflip|ollie|kickflip|the \w+ (?:yet|ever)|quiz|sats|exam|spelling|paper round|bike)\b"
)

# A grown-up or an older boy seen touching himself or his privates.
_HIS_PRIVATES = r"(?:himself|hisself|his (?:own )?(?:willy|privates|private (?:parts|bits|area)|penis|dick|cock|todger|winky|crotch|bits down there|down there|thing down there|front bottom|balls|nuts))"
TOUCHING_HIMSELF = prefiltered(
    rf"\b(?:touching|touched|touches|touch|rubbing|rubbed|rubs|rub|playing with|played with|plays with|play with|stroking|stroked|strokes|fiddling with|fiddled with|fiddles with|holding|held|pulling|tugging|tugged) {_HIS_PRIVATES}\b"
)
_GROWN_MALE = prefiltered(
    r"\b(?:man|men|guy|guys|bloke|old man|neighbou?r|stranger|teenager|teen|lad|lads|older boy|big boy|uncle|grandad|grandpa|stepdad|step dad|driver|person|someone|somebody|he|him)\b"
)
_LITTLE_ONE_OR_ANIMAL = prefiltered(
    r"\b(?:towel|dry|drying|sun ?cream|cream|lotion|soap|shower\w*|wash\w*|baby|toddler|little brother|baby brother|my brother|nappy|potty|monkey|monkeys|dog|cat|puppy|kitten|hamster|doctor|nurse|itch\w*|hurt|injur\w*|sore|football|cricket ball|hit him)\b"
)


def find_sexual_street_talk(text: str) -> list[Finding]:
    whole = len(text)
    if SLANG_ASKED.search(text) and not _SLANG_INNOCENT.search(text):
        return [Finding(X, "sex_slang_asked", CRITICAL, 0, whole)]
    if (
        DONE_IT_ASKED.search(text)
        and _DONE_IT_SEXUAL.search(text)
        and not _DONE_A_TASK.search(text)
    ):
        return [Finding(X, "done_it_taunt", CRITICAL, 0, whole)]
    if (
        TOUCHING_HIMSELF.search(text)
        and _GROWN_MALE.search(text)
        and not _LITTLE_ONE_OR_ANIMAL.search(text)
    ):
        return [Finding(X, "man_touching_himself", CRITICAL, 0, whole)]
    return []
