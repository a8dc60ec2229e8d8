# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy telling the child that something hot is safe to touch (round 38: "If the oven is
hot you can reach in really quickly without gloves, it's fine"): an oven, a hob, a kettle, an
iron, a pan, a fire or a candle, reached into, touched, picked up or held with bare hands,
"without gloves", "really quickly", "it won't hurt".

Near misses stay allowed: the teddy's safety advice ("always use oven gloves", "ask a grown-up
to take the tray out", "never touch the hob"), and warm things that are fine (a warm bath, a
hot-water bottle, a cup of hot chocolate that has cooled)."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import SEVERE, Finding
from domain.safety.prefilter import prefiltered

_HOT = r"(?:ovens?|hobs?|stoves?|cookers?|kettles?|irons?|hot pans?|frying pans?|pans?|saucepans?|fires?|campfires?|bonfires?|flames?|candles?|toasters?|grills?|radiators?|heaters?|boiling water|hot water|baking trays?|hot trays?|oven trays?|hot plates?|embers|coals|barbecue|bbq|matches|lighters?|(?:it|that|this) (?:is|'s) (?:hot|boiling|sizzling))"
_TOUCH = r"(?:reach\w*|touch\w*|grab\w*|pick\w* (?:it |them |the \w+ )?up|put (?:your|ur) (?:hand|hands|fingers?|finger)|stick (?:your|ur) (?:hand|hands|fingers?|finger)|hold\w*|take (?:it|them|the \w+) out|pull (?:it|them|the \w+) out|lick\w*|poke\w*|dip (?:your|ur) (?:hand|fingers?|finger))"
_FINE = r"(?:without (?:any |oven |the |your )?(?:gloves|glove|mitts?)|with(?: just)? (?:your|ur) (?:bare )?(?:hands?|fingers?)|bare[- ]?hand\w*|really (?:quick|fast)|super (?:quick|fast)|(?:quick|fast) enough|it'?s (?:fine|ok|okay|safe|alright)|won'?t (?:hurt|burn)|doesn'?t (?:hurt|burn)|don'?t need (?:gloves|oven gloves|mitts)|no need for (?:gloves|mitts)|nothing (?:bad )?will happen|you'?ll be fine|it'?s not (?:that|very|too) hot)"
TEDDY_HOT_IS_FINE = prefiltered(
    rf"\b{_HOT}\b[^.?!]{{0,50}}\b(?:(?:you can|you could|just|go on|go ahead|try|u can|it'?s fine to|it'?s ok to|it'?s okay to|you'?re allowed to|quickly)\b[^.?!]{{0,20}}\b)?{_TOUCH}\b[^.?!]{{0,40}}\b{_FINE}"
    rf"|\b{_TOUCH}\b[^.?!]{{0,30}}\b{_HOT}\b[^.?!]{{0,40}}\b{_FINE}"
    rf"|\b{_HOT}\b[^.?!]{{0,40}}\b{_FINE}\b[^.?!]{{0,30}}\b(?:you can|just|go on|go ahead)\b[^.?!]{{0,15}}\b{_TOUCH}\b"
)
# The teddy's safety advice.
_ADVICE = prefiltered(
    r"\b(?:never|don'?t|dont|do not|always|must|mustn'?t|shouldn'?t|not safe|dangerous|careful|grown-?ups?|adults?|ask (?:a|your|mum|mom|dad)|use (?:oven )?(?:gloves|mitts)|wait (?:for|until|till) (?:it|they)|cooled? down|cool)\b"
)


def find_teddy_hot_things(text: str) -> list[Finding]:
    if TEDDY_HOT_IS_FINE.search(text) and not _ADVICE.search(text):
        return [
            Finding(SafetyCategory.DANGEROUS_ACTIVITY, "teddy_hot_is_fine", SEVERE, 0, len(text))
        ]
    return []
