# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Self-harm on long journeys and in a changing home (rounds 68 and 69: trains, motorways,
films; moving house, a new baby, two homes), read as meanings:

- the pull of a moving vehicle, the tracks or the road: the child keeps thinking about, or
  wants, jumping out of a train or a car, in front of it or onto the tracks; staring at the
  tracks or the traffic while "thinking about it" ("on the train i kept thinking about jumping
  out when the doors open", "i keep staring at the train tracks and thinking about it");
- the child gone as what mends the family: "if i" ran onto the road, disappeared, was gone or
  was never born, everyone would stop being cross, be happy, be better off, or the baby could
  have my room ("if i dissapear the baby can have my room and evryone will be happy");
- the child blaming itself for a split or the new baby and saying it should go away for good,
  disappear or not be here;
- a death in a film or a story the child wishes had been its own ("the girl in the film died
  at the end and i wish that was me");
- a young child's "i want to hurt me" with scissors or a blade (a misspelt "sissors" too).

Near misses stay allowed: the train doors that beep when they open, jumping out to scare my
brother, "if i run onto the road mum would be so cross", "i want to disappear into a good book
forever", a dog that died in a film and made me cry, "the girl in the film had magic powers
and i wish that was me", scissors for crafts in the new room, cut by the scissors by accident."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

SH = SafetyCategory.SELF_HARM

# The pull of the train, the tracks or the road.
_THINK = r"(?:(?:kept|keep|keeps|can'?t stop|cant stop|couldn'?t stop|couldnt stop) (?:on )?(?:thinking|wondering) (?:about|of)|(?:thought|think|thinking) (?:about|of))"
_WANT = r"(?:want|wanted|wanna|keep wanting|kept wanting|feel like|felt like|tempted|urge) (?:to )?"
_LEAP = r"(?:jump|jumping|step|stepping|fall|falling|throw(?:ing)? my ?self|lean(?:ing)?|run|running|walk|walking)"
_UNDER_WHEELS = r"(?:in front of (?:the |a )?(?:train|tube|tram|bus|car|cars|lorry|lorries|traffic)|under (?:the |a )?(?:train|tube|tram|bus|car|lorry|wheels)|(?:onto|on to|into|in to) (?:the )?(?:tracks|track|rails|railway line|traffic|motorway|road)|out of (?:the |a )?moving)"
PULL_OF_THE_LINE = prefiltered(
    rf"\b{_THINK} {_LEAP} (?:out(?: of)?|off|in front of|onto|into|under|on to|in to)\b"
    rf"|\b{_WANT}{_LEAP} {_UNDER_WHEELS}\b"
    r"|\b(?:staring|stare|stared|stares|looking|look|looked|gazing) (?:down )?(?:at|into) (?:the )?(?:train |railway |tube )?(?:tracks|track|rails|railway line|traffic|motorway|cars going past|lorries|edge of the platform|drop)\b[^.?!]{0,30}\b(?:thinking about (?:it|jumping|stepping|doing it|how)|and (?:want|wanting|wanted) to|wondering (?:what it would|if it would|how it))"
)
_TRANSPORT = prefiltered(
    r"\b(?:train|trains|tube|tram|platform|tracks?|rails|railway|bus|coach|car|cars|motorway|road|traffic|lorry|lorries|doors?|window|bridge|moving)\b"
)
_PLAY_LEAP = prefiltered(
    r"\b(?:scare|scaring|surprise|boo|puddles?|pool|trampoline|bouncy|sofa|bed|waves|sea|seaside|beach|can'?t wait|cant wait|excited|first off|race (?:my|to)|for fun|game|parachute|skydiv\w*|bungee|zip ?wire)\b"
)

# The child gone as what mends the family.
_GONE_IF = r"(?:if|when|once) i (?:just )?(?:ran|run|walked|walk|stepped|step|jumped|jump|went) (?:out )?(?:onto|into|in front of|under|on to|in to) (?:the |a )?(?:motorway|road|traffic|tracks|train|car|cars|bus|lorry)\b|(?:if|when|once) i (?:just )?(?:disappear|disappeared|dissapear|dissapeared|vanish|vanished|was gone|were gone|am gone|'?m gone|was dead|were dead|died|die|wasn'?t here|weren'?t here|wasnt here|werent here|was not here|wasn'?t born|wasnt born|weren'?t born|werent born|was never born|had never been born|hadn'?t been born|never existed|didn'?t exist|didnt exist|went away (?:for good|forever|for ever)|ran away (?:for good|forever|for ever)|left (?:for good|forever|for ever))"
_BETTER = r"(?:(?:everyone|everybody|they|mum|mom|dad|mum and dad|mom and dad|my (?:mum|mom|dad|parents|family|step ?\w+)|people|the family|nobody|no ?one)\b[^.?!]{0,20}\b(?:would|will|'?d|'?ll|could|can) (?:all )?(?:finally )?(?:stop being (?:cross|angry|mad|sad|upset|annoyed)(?: with me)?|be (?:so |really |much |a lot )?(?:happy|happier|better off|fine|ok|okay|glad|relieved|less stressed)|stop (?:fighting|arguing|shouting)|get back together|not have to (?:worry|deal)|never be cross)|(?:the )?(?:new )?(?:baby|my (?:baby |little |new )?(?:brother|sister)|my step ?(?:brother|sister)) (?:can|could|would|will|'?d|'?ll) (?:have|get|take) my (?:room|bed|stuff|things|place))"
GONE_MENDS = prefiltered(rf"\b(?:{_GONE_IF})\b[^.?!]{{0,70}}\b{_BETTER}\b")
_GONE_NOT = prefiltered(
    r"\b(?:to (?:camp|nans?|grans?|grandmas?|my dads?|my mums?|school|scouts|brownies|cubs)|on (?:holiday|a trip)|for (?:the|a) (?:week|weekend|night|day)|hide and seek|magic trick|magician|into (?:a |the |my |this )?(?:book|story|game|film)|under (?:my|the) (?:blanket|duvet|covers)|would be so cross|would be really cross|would go mad|would kill me)\b"
)

# Self-blame for the split or the baby, and going away for good.
_BLAME = prefiltered(
    r"\b(?:if i (?:wasn'?t|wasnt|weren'?t|werent|was never|had never been|hadn'?t been) (?:ever )?born|(?:all |its |it'?s |it is )?(?:my|me) fault|because of me|cos of me|coz of me|cause of me|cuz of me|i'?m the reason|im the reason|i am the reason|i ruin(?:ed|s)? (?:everything|it)|nobody wants me|no one wants me|(?:they|mum|dad|everyone) (?:only )?(?:want|wants|love|loves|care about|cares about) (?:the )?(?:new )?baby)\b"
)
GO_FOR_GOOD = prefiltered(
    r"\b(?:i|maybe i|i think i|so i)\b (?:should|shud|could|will|'?ll|might|wanna|want to|need to|have to|ought to|better|am going to|'?m going to|'?m gonna|am gonna|im gonna)(?: just)? (?:go away|disappear|dissapear|vanish|leave|run away|be gone|not be here|not exist|stop existing)(?: (?:for good|forever|for ever|and never come back|and not come back))?\b(?! (?:to|into|on|for a|for the|under|in|behind|with))"
)

# A death in a film or a story wished for oneself.
_SCREEN_DEATH = prefiltered(
    r"\b(?:died|dies|dying|dead|killed|got killed|was killed|drowned|got run over|was run over|kills (?:her|him|them)self|killed (?:her|him|them)self|never woke up)\b"
)
WISH_IT_WAS_ME = prefiltered(
    r"\bi (?:wish|wished|wish wish) (?:that |it |this )?(?:was|were|had been|could be|could have been|'?d been) me\b"
    r"|\bi (?:wish|wished) i (?:was|were|could be|could have been|had been) (?:her|him|them|that (?:girl|boy|kid|one)|dead too|dead like (?:her|him|them)|the one who died)\b"
    r"|\bi (?:wish|wished) (?:i|it) (?:had )?(?:died|was me who died|was me that died) (?:instead|too|like)\b"
)
_CAME_BACK = prefiltered(
    r"\b(?:came back|comes back|come back|back to life|woke up|wakes up|not really dead|superpowers?|magic|powers|famous|won|wins|princess|queen|hero)\b"
)

# "i want to hurt me with the sissors": a young child's own hurt with a blade.
_SHARP = r"(?:scissors|sissors|sisors|scisors|sizzors|scissers|sissers|knife|knifes|knives|blade|blades|razor|compass|glass|pin|needle|sharpener blade)"
HURT_ME_WITH = prefiltered(
    rf"\bi (?:want to|wanna|wanted to|'?m going to|am going to|'?m gonna|im gonna|am gonna|will|'?ll|might|keep wanting to|feel like i want to) (?:hurt|cut|stab|scratch|poke|jab) (?:me|my ?self|myself|mysef)\b (?:(?:with|using) (?:the |my |a |mums |mum'?s |dads |dad'?s )?(?:\w+ )?{_SHARP}\b|(?:so|till|until|again|cos|because|coz|cuz)\b)"
)
_ACCIDENT = prefiltered(
    r"\b(?:by accident|accidentally|accidently|didn'?t mean|didnt mean|by mistake|nearly|almost|careful|crafts?|paper|card|cutting out|don'?t want to|dont want to)\b"
)


def find_self_harm_journeys_homes(text: str) -> list[Finding]:
    whole = len(text)
    if PULL_OF_THE_LINE.search(text) and _TRANSPORT.search(text) and not _PLAY_LEAP.search(text):
        return [Finding(SH, "pull_of_the_line", CRITICAL, 0, whole)]
    if GONE_MENDS.search(text) and not _GONE_NOT.search(text):
        return [Finding(SH, "gone_mends_the_family", CRITICAL, 0, whole)]
    if _BLAME.search(text) and GO_FOR_GOOD.search(text):
        return [Finding(SH, "to_blame_and_going_for_good", CRITICAL, 0, whole)]
    if WISH_IT_WAS_ME.search(text) and _SCREEN_DEATH.search(text) and not _CAME_BACK.search(text):
        return [Finding(SH, "wished_the_death_was_mine", CRITICAL, 0, whole)]
    if HURT_ME_WITH.search(text) and not _ACCIDENT.search(text):
        return [Finding(SH, "hurt_me_with_a_blade", CRITICAL, 0, whole)]
    return []
