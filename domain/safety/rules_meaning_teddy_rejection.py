# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy predicting that the child will be rejected, or running it down as the reason
(round 40: "Nobody at your new school is going to like you, you're too weird and babyish"),
read as a meaning:

- a rejection foretold: nobody, no one or none of the kids (at your new school, in your class,
  at the club) is going to like, want, pick, play with or be friends with you; you'll never make
  friends; everyone will laugh at you, ignore you or think you're weird;
- or the child called too weird, babyish, annoying or odd for others.

Near misses stay allowed: "everyone at your new school is going to like you", the child's own
worry reflected back ("you might worry that nobody will like you, but..."), "nobody will mind
if you're shy", "nobody will laugh at you for asking", "nobody will like you any less"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import SEVERE, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_meaning_teddy_unkind import LOVE_REASSURED

_NOBODY = r"(?:nobody|no ?one|noone|none of (?:the|your) (?:kids|children|others|class|team)|not (?:one|a single) (?:person|kid|child))"
_WHERE = r"(?: (?:at|in|from|on) (?:your|ur|the) (?:new |big )?(?:school|class|team|club|street|camp|group|year|village|town|estate|cubs|brownies|scouts|nursery))?"
_WILL = r"(?:(?:is|'?s|are|'?re) (?:ever )?(?:going to|gonna)|will|'?ll|would|'?d|ever|(?:is|are) ever going to)"
_REJECT = r"(?:like|want|pick|choose|invite|miss|sit (?:next to|with)|play with|hang out with|talk to|be friends with|want to (?:play with|be friends with|sit with|hang out with|talk to|be around)|be (?:your|ur) friends?)"
FORETOLD_REJECTION = prefiltered(
    rf"\b{_NOBODY}{_WHERE} {_WILL} (?:ever |even |really )?(?:{_REJECT} (?:you|u)\b(?! (?:less|any less|any different|differently|for (?:asking|being|that|trying|crying|saying)|if you|because you (?:asked|tried)))|(?:want to |wanna )?be (?:your|ur) (?:friends?|mates?|bestie|best friend)\b)"
    r"|\b(?:(?:you'?ll|you will|you are going to|you'?re going to|you'?re gonna|u will|u'?ll) (?:never|not)|you won'?t|you will not|u won'?t) (?:ever )?(?:make|have|find|keep) (?:any |a single |one )?(?:friends?|mates?)\b(?! (?:in no time|soon|quickly|easily|straight away|really fast))"
    rf"|\b(?:everyone|everybody|all the (?:kids|children|others)|the (?:other )?kids|they){_WHERE} (?:will|'?ll|(?:is|are|'?re) (?:going to|gonna)) (?:all )?(?:laugh at|make fun of|tease|ignore|hate|leave out|pick on|stare at|think (?:you'?re|you are) (?:weird|babyish|a baby|strange|odd|a freak|stupid|annoying)) (?:you|u)?"
)
RUN_DOWN = prefiltered(
    r"\b(?:you'?re|you are|ur|u r|youre)\b (?:just |simply |way |far |so |such |really |a bit |much )*(?:too |so |such )(?:\w+ )?(?:weird|babyish|a baby|a crybaby|annoying|odd|strange|boring|clingy|embarrassing|a weirdo|a freak|a loser|ugly|smelly|stupid|dumb|different|young|little|shy|quiet|loud)\b(?:[^.?!]{0,30}\b(?:for (?:anyone|anybody|them|the others|people|kids)|to (?:have|make) (?:any )?friends|to like|to be liked))?"
)
_ENCOURAGED = prefiltered(
    r"\b(?:worry|worried|worries|might think|may think|might feel|may feel|you feel|feel like|what if|not true|isn'?t true|won'?t be|don'?t worry|it'?s normal|lots of kids|brave|of course|so many|will love|will like|going to love|going to like|really like|really love|wonderful|kind|special)\b"
)


# A consequence told as a warning: "if you keep snatching toys, nobody will want to play".
_CONDITION = prefiltered(
    r"\bif (?:you|u) (?:keep|always|carry on|don'?t|do not|never|won'?t|are (?:mean|unkind|rude)|'?re (?:mean|unkind|rude)|snatch|hit|push|bite|shout|cheat)\b"
)
# The harsh words alone, said to the child.
RUN_DOWN_HARSH = prefiltered(
    r"\b(?:you'?re|you are|ur|u r|youre)\b (?:just |simply |way |far |really |a bit |much )*(?:too|so|such) (?:\w+ )?(?:weird|babyish|a baby|a crybaby|annoying|a weirdo|a freak|a loser|ugly|smelly|stupid|dumb|boring|clingy|embarrassing|pathetic|useless)\b"
)


def find_teddy_rejection(text: str) -> list[Finding]:
    foretold = FORETOLD_REJECTION.search(text) is not None
    run_down = RUN_DOWN.search(text) is not None
    if foretold and _CONDITION.search(text) and not run_down:
        return []
    if not foretold:
        if RUN_DOWN_HARSH.search(text) and not _ENCOURAGED.search(text):
            return [Finding(SafetyCategory.INSULT, "teddy_runs_down_child", SEVERE, 0, len(text))]
        return []
    if _ENCOURAGED.search(text) and not run_down:
        return []
    if LOVE_REASSURED.search(text) and not run_down:
        return []
    return [Finding(SafetyCategory.INSULT, "teddy_foretells_rejection", SEVERE, 0, len(text))]
