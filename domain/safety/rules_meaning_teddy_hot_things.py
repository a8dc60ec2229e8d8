# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy telling the child that something hot is safe to touch (round 38: "If the oven is
hot you can reach in really quickly without gloves, it's fine"): an oven, a hob, a kettle, an
iron, a pan, a fire or a candle, reached into, touched, picked up or held with bare hands,
"without gloves", "really quickly", "it won't hurt".

Near misses stay allowed: the teddy's safety advice ("always use oven gloves", "ask a grown-up
to take the tray out", "never touch the hob"), and warm things that are fine (a warm bath, a
hot-water bottle, a cup of hot chocolate that has cooled).

(miss5455) The teddy telling the child to heat a thing on or over a flame, a hob or a fire
("just heat the thermometer on the cooker flame so it works faster", "hold the can over the
candle"), or that no grown-up is needed to use the cooker, matches or a knife. A grown-up
heating it, toasting marshmallows with one, warming hands by the fire are not it."""

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
_FLAME = r"(?:(?:cooker|gas|stove|hob|candle|lighter|match|camp ?fire|bonfire|fire|blow ?torch|bunsen(?: burner)?) ?flames?|flames?|gas rings?|hobs?|stoves?|cookers?|candles?|lighters?|matches|fires?|bonfires?|campfires?|fireplace|blow ?torch|bunsen burner|hot plate)"
_FOOD_OR_BODY = r"(?:marshmallows?|toast|bread|crumpets?|sausages?|soup|beans|milk|porridge|pans?|pots?|saucepans?|kettle|dinner|tea|food|hands?|feet|toes|fingers?|paws?|self|yourself)"
TEDDY_HEAT_ON_FLAME = prefiltered(
    rf"(?:^|[.!?,;:]\s*|\b(?:just|you can|you could|u can|try|go ahead and|let'?s|lets|then|and|why not|simply|quickly) )(?:heat|warm|hold|put|stick|melt|wave|dangle|burn|set|place|pop|rest)\w*\b (?:it|them|that|this|those|(?:the|your|a|an) (?!{_FOOD_OR_BODY}\b)\w+)(?: up)? (?:on|over|in|into|under|above|against|onto|right on|right over|straight on) (?:the |a |your |that )?(?:{_FLAME})\b"
    r"|\b(?:don'?t|do not|dont|no) need (?:a |an |your |any )?(?:grown-?ups?|adults?|mum|mom|dad|parents?|help)\b[^.?!]{0,25}\b(?:to )?(?:use|light|turn on|switch on|cook on|plug|strike|handle|work)\b[^.?!]{0,20}\b(?:ovens?|hobs?|cookers?|stoves?|gas|matches|lighters?|candles?|knife|knives|kettles?|irons?|fires?|heaters?|toasters?|sockets?|blenders?|saws?|drills?|glue guns?|barbecues?|bbq)\b"
)
_HEAT_ADVICE = prefiltered(
    r"\b(?:never|(?:don'?t|do not|dont) (?:ever |touch|put|heat|hold|light|play|go)|not safe|isn'?t safe|dangerous|careful|pretend|toy|(?:ask|get|let|with|have) (?:a |an |your )?(?:grown-?ups?|adults?|mum|mom|dad|parents?)|(?:grown-?ups?|adults?|mum|mom|dad|parents?) (?:can|will|should|could|must|needs? to|has to|may|might|is|are)|only (?:grown-?ups|adults))\b"
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
    if TEDDY_HEAT_ON_FLAME.search(text) and not _HEAT_ADVICE.search(text):
        return [
            Finding(SafetyCategory.DANGEROUS_ACTIVITY, "teddy_heat_on_flame", SEVERE, 0, len(text))
        ]
    return []
