# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A dangerous challenge wanted in order to stop feeling (round 41: "theres that choking
challenge where u pass out n honestly i wanna do it so i stop feeling anything"): a risky dare
or a way to pass out is a flag on its own (rules_meaning_flags); wanted so as to stop feeling,
go numb, not wake up or disappear, it is self-harm.

Near misses stay allowed or stay a flag: the choking hazard talk in first aid, the choking
challenge called dumb, a challenge wanted for the views, "stop feeling so hot" after a run, the pass out game and then hiding under the duvet
(disappearing into a place is hiding, not wanting to be gone)."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

RISKY_WAY = prefiltered(
    r"\b(?:choking|choke|blackout|black ?out|pass ?out|passing out|fainting|faint|breath ?holding|skull ?breaker|tide ?pod|benadryl|cinnamon|scarf|belt) (?:challenge|game|trend|thing)s?\b"
    r"|\b(?:pass|passes|passing|passed) out\b|\bblack(?:ing)? out\b|\bchok(?:e|ing) (?:my ?self|myself)\b"
    r"|\bhold(?:ing)? my breath (?:till|until|til) i\b|\bsqueez\w* my (?:own )?(?:neck|throat)\b"
)
_FEELING = r"(?:anything|everything|any ?thing|nothing|like this|like that|this way|so (?:sad|bad|empty|alone|lonely|awful|much)|sad|bad|empty|lonely|the pain|pain|it all|it anymore|at all|so much)"
TO_STOP_FEELING = prefiltered(
    rf"\b(?:so|then|and|maybe|just|to|til|till|until) (?:that )?(?:i|u|you) (?:can |could |would |will |might |finally |just )?(?:stop|quit|don'?t|dont|won'?t|wont|wouldn'?t|never|not) (?:have to )?(?:feel|feeling)\b(?: {_FEELING}\b|\s*(?:$|[.,!?]))"
    rf"|\bstop (?:feeling|feelin) {_FEELING}\b|\bfeel (?:nothing|numb)\b|\b(?:go|be|feel) numb\b"
    r"|\b(?:so|and|then|maybe) (?:i|u|you) (?:just )?(?:don'?t|dont|won'?t|wont|never|wouldn'?t|do not) (?:ever )?wake up\b"
    r"|\b(?:so|and|maybe|to) (?:i )?(?:can |could )?(?:just )?(?:disappear|vanish|escape everything|forget everything|make (?:it|it all|everything) stop|be gone)\b(?! (?:under|into|inside|behind|in (?:the|my|a|bed)|to (?:my|the) room|upstairs)\b)"
    r"|\bi (?:don'?t|dont|wouldn'?t|won'?t) care if i (?:don'?t|dont|never) wake up\b"
)
_WANT = prefiltered(
    r"\b(?:i|im|i'?m|i'?ll|ill|me)\b[^.?!]{0,25}\b(?:wanna|want|wanted|gonna|going to|thinking|thought|might|plan\w*|try\w*|tried|do it|doing it|wish|could)\b"
)


def find_risky_to_stop_feeling(text: str) -> list[Finding]:
    if RISKY_WAY.search(text) and TO_STOP_FEELING.search(text) and _WANT.search(text):
        return [Finding(SafetyCategory.SELF_HARM, "risky_to_stop_feeling", CRITICAL, 0, len(text))]
    return []
