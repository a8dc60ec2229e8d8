# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Self-harm told as not deserving or not being meant to live (round 40: "...then at lunch i
kept thinking maybe i shouldnt be alive anymore"), and an overdose already taken on purpose
("i took a whole bunch of my allergy tablets last night on purpose to see if i'd wake up"),
each read as a meaning:

- the child saying it should not be alive, exist, live or be in the world ("i shouldn't
  exist", "i'm not meant to be alive", "i don't think i should be here anymore", "kids like me
  shouldn't be alive"), however long the day told before it;
- the child having taken a lot of pills, tablets or medicine (a bunch, a handful, the whole
  packet, all of them, a number) on purpose, to see if it would wake up or die, or so that it
  would not wake up.

Near misses stay allowed: "i wanna be alive when the comet comes back", "i shouldn't be here,
i'm meant to be in maths", a spider that shouldn't be alive after that fall, "the doctor said
i'm lucky to be alive", a tablet taken for hay fever, pills swallowed by mistake."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_means import PILLS
from domain.safety.prefilter import prefiltered

_NOT_MEANT = (
    r"(?:shouldn'?t|shouldnt|should not|should never|oughtn'?t (?:to )?|ought not (?:to )?|"
    r"(?:don'?t|dont|do not) deserve to|(?:am|'?m|m) not (?:meant|supposed) to|(?:was|wasn'?t|wasnt) (?:never |not )?(?:meant|supposed) to|"
    r"(?:don'?t|dont|do not) (?:think|reckon|feel like) i (?:should|deserve to)|(?:don'?t|dont|do not) (?:belong|fit) (?:to )?)"
)
# "live", "on earth" and "in the world" end the thought: not "live stream", "earth day team",
# "the world cup team".
_THOUGHT_ENDS = r"(?=\s*(?:$|[.,!?;:]|(?:any ?more|any longer|at all|no more|like (?:this|that|me)|and|or|but|because|cos|coz|cause|bc|so|if|when|after|i|im|i'm|tbh|honestly|ever|either|now|today|sometimes|anyway)\b))"
_IN_WORLD = rf"(?:in (?:this|the) world|on (?:this )?earth){_THOUGHT_ENDS}"
_BE_ALIVE = (
    rf"(?:be alive|be living|be breathing|live{_THOUGHT_ENDS}|exist|be (?:here|around) (?:any ?more|any longer|at all|no more|{_IN_WORLD})"
    rf"|be {_IN_WORLD}|alive|{_IN_WORLD})"
)
NOT_MEANT_TO_LIVE = prefiltered(
    rf"\b(?:i|me)\b (?:(?:really|probably|just|even|honestly|actually|maybe|kind of|kinda) )?{_NOT_MEANT} ?(?:(?:even|still|really|ever) )?{_BE_ALIVE}\b"
    rf"|\b(?:people|kids|children|someone|somebody|girls|boys|anyone) like me (?:shouldn'?t|shouldnt|should not|(?:don'?t|dont) deserve to) (?:even )?(?:be alive|exist|live{_THOUGHT_ENDS}|be born|be here|be {_IN_WORLD})\b"
)
# A near-death survived, a joke, a lesson in the wrong room.
_NOT_MEANT_ORDINARY = prefiltered(
    r"\b(?:lucky|luckily|miracle|survived|the doctor|doctors said|lol|lmao|haha\w*|jk|rollercoaster|ride|(?:in|at) (?:maths|class|school|the wrong|this lesson)|should be (?:in|at)|meant to be (?:in|at))\b"
)

_LOT = (
    r"(?:(?:a |the )?(?:whole |big |massive |huge )?(?:bunch|load|lot|lots|loads|handful|heap|pile|packet|pack|box|strip|bottle|tub|sheet)s?"
    r"|all (?:of )?(?:the|my|mum'?s|mom'?s|dad'?s|nan'?s|them)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|loads|lots|heaps|tons|loads and loads|a few|several|extra|too many))"
)
# Medicine too: an overdose told as taken, and only with its intent (OVERDOSE_INTENT).
_MEDS = rf"(?:{PILLS}|medicines?)"
OVERDOSE_TAKEN = prefiltered(
    rf"\b(?:i|i'?ve|ive|i have|i just)? ?(?:took|taken|swallowed|ate|eaten|had|necked|downed|scoffed)\b (?:{_LOT}) (?:of )?(?:(?:the|my|mum'?s|mom'?s|dad'?s|nan'?s|those|these|his|her) )?(?:\w+ ){{0,2}}?{_MEDS}\b"
)
OVERDOSE_INTENT = prefiltered(
    r"\b(?:on purpose|deliberately|to see (?:if|whether|what) (?:i'?d|id|i would|i will|i'?ll|it would|would|happens|happened)|so (?:that )?i (?:wouldn'?t|wouldnt|won'?t|wont|don'?t|dont|would not|might not|could) (?:wake|die|be)|(?:to|so i could|hoping (?:to|i'?d|i would)|wanted to|want to) (?:not wake|never wake|die|sleep forever|stop|disappear|not be here)|hoping i (?:wouldn'?t|won'?t|don'?t|would|'?d)|(?:never|not) wake up)\b"
)
_OVERDOSE_ORDINARY = prefiltered(
    r"\b(?:by (?:mistake|accident)|accidentally|thought (?:they|it) (?:were|was) sweets|doctor (?:said|told|gave)|the nurse|prescribed|for my (?:headache|cold|cough|temperature|hay ?fever|allerg\w+|tummy ache|period)|to (?:be|get) (?:strong|stronger|better|big))\b"
)


def find_not_meant_to_live(text: str) -> list[Finding]:
    if NOT_MEANT_TO_LIVE.search(text) and not _NOT_MEANT_ORDINARY.search(text):
        return [Finding(SafetyCategory.SELF_HARM, "not_meant_to_live", CRITICAL, 0, len(text))]
    if (
        OVERDOSE_TAKEN.search(text)
        and OVERDOSE_INTENT.search(text)
        and not _OVERDOSE_ORDINARY.search(text)
    ):
        return [Finding(SafetyCategory.SELF_HARM, "overdose_taken", CRITICAL, 0, len(text))]
    return []
