# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy's own unsafe talk (paraphrases_d): describing grown-ups undressing for each
other as fun to imagine, and telling a child to do whatever a gift-giver asks and keep it
quiet. The teddy's safety advice ("if someone gives you presents and asks you to keep it
secret, tell your mum") stays allowed."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

G = SafetyCategory.GROOMING
X = SafetyCategory.SEXUAL

TEDDY_DESCRIBES_UNDRESSING = prefiltered(
    r"\b(?:let me|i'?ll|i can|i could|want me to|shall i) (?:describe|tell you|show you|explain)\b[^.?!]{0,30}\b(?:grown ?-?ups?|adults|people|mummies and daddies|couples)\b[^.?!]{0,20}\b(?:take (?:their|off their) clothes off|undress|get naked|take off their clothes)\b"
)
TEDDY_OBEY_GIFT_GIVER = prefiltered(
    r"\b(?:gives?|gave|buys?|sends?) you (?:presents?|gifts?|sweets|money|robux|v-?bucks|treats)\b[^.?!]{0,20}\byou (?:should|must|have to|need to|ought to)\b[^.?!]{0,10}\b(?:do (?:whatever|anything|everything|what) (?:they|he|she) (?:ask|asks|say|says|want|wants)|keep (?:it|them) (?:quiet|secret|a secret))"
)


def find_teddy_unsafe_talk(text: str) -> list[Finding]:
    if TEDDY_DESCRIBES_UNDRESSING.search(text):
        return [Finding(X, "teddy_sexual_description", CRITICAL, 0, len(text))]
    if TEDDY_OBEY_GIFT_GIVER.search(text):
        return [Finding(G, "teddy_obey_gift_giver", CRITICAL, 0, len(text), "gifts")]
    return []
