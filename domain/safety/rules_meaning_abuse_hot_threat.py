# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A grown-up at home threatening to burn the child, or to do it again (round 40: "dad says if i
get a bad school report again he'll hold my hand on the hot cooker like last time"), read as a
meaning: a carer or a bare "he"/"she" + holding, pressing or putting the child's hand, fingers,
arm or face on, in or under something hot (the cooker, the hob, the iron, the kettle, the
oven, a lighter, boiling water), said as a threat ("he'll", "she's going to", "if i ...",
"next time") or as done before ("like last time", "again"); or done as a punishment, the
hand held on, in or against the hot thing "cause", "because" or "for" something the child did
(round 43: "dad held my hand on the hot stove cause i woke up the new baby").

Near misses stay allowed: "mum pulled my hand away from the oven", "dad says never put your
hand on the hot cooker", "mum held my hand to
help me stir the pan on the hob", warming hands by the fire, the candles on a birthday cake,
"i put my hand on the hot cooker by accident".

(miss67) Held on it and told to call it an accident: "mummys boyfriend held my hand on the
cooker ring and said tell them it was a acident but it wasnt"; a real accident, "mum said it
was an accident and ran my hand under the cold tap", stays allowed.

(fa9091) The hot glue gun, hair straighteners and curling tongs are hot things too, and "my
finger got burnt when he held it on the glue gun" is the child's part held on it by another."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_people import CARER, CARER_WORDS
from domain.safety.prefilter import prefiltered

_PART = r"(?:hands?|fingers?|arms?|face|feet|foot|tongue|palms?|wrists?|legs?|head|skin)"
_HOT = (
    r"(?:(?:the |a |our |her |his |my |that )?(?:hot |boiling |burning |red hot )?"
    r"(?:cooker|hob|stove|oven|oven door|iron|kettle|grill|hot ?plate|frying pan|pan|toaster|fire|fireplace|radiator|heater|candle|lighter|match|cigarette|boiling water|kettle water|glue ?gun|hair ?straighteners|straighteners|curling (?:tongs|iron)))"
)
_PUT = r"(?:hold|holds|holding|held|put|puts|putting|press|presses|pressed|push|pushes|pushed|stick|sticks|stuck|shove|shoves|shoved|force|forces|forced|keep|keeps|kept|pin|pins|pinned|burn|burns|burned|burnt)"
HOT_TO_BODY = prefiltered(
    rf"\b{_PUT} my (?:\w+ )?{_PART}\b (?:down )?(?:on|onto|against|in|into|under|over|near|to) {_HOT}\b"
    rf"|\bburn (?:me|my (?:\w+ )?{_PART}) (?:with|on) {_HOT}\b"
)
# (fa9091) The child's finger or hand burnt, held on the hot thing by someone else ("my finger got
# burnt when he held it on the glue gun"): "it" is the part named before, not done by the child.
_BY_ANOTHER = rf"(?:he|she|they|someone|somebody|(?:my|his|her) \w+|{CARER_WORDS})"
_HELD_ON = r"(?:held|holds|pressed|presses|pushed|pushes|stuck|sticks|shoved|shoves|forced|forces|kept|keeps)"
HELD_IT_ON = prefiltered(
    rf"\bmy (?:\w+ )?{_PART}\b[^.?!]{{0,40}}\b{_BY_ANOTHER}\b (?:\w+ )?(?:{_HELD_ON}|put|puts) (?:it|them) (?:down |right )?(?:on|onto|against|in|into) {_HOT}\b"
    rf"|\b{_BY_ANOTHER}\b (?:\w+ )?{_HELD_ON} my (?:\w+ )?{_PART}\b (?:down |right )?(?:on|onto|against|in|into) {_HOT}\b"
)
_HELD_BY_ACCIDENT = prefiltered(
    r"\b(?:by accident|accidentally|by mistake|didn'?t mean to|to warm|warm (?:it|them) up|to show me|showed me|helped me|help me|(?:were|was|got|are|is) (?:so |really |too )?(?:cold|freezing)|oven gloves?)\b"
)
# Said as a threat, or as done before.
THREAT_OR_AGAIN = prefiltered(
    r"\b(?:he'll|she'll|they'?ll|he will|she will|they will|he'd|she'd|(?:is|'?s|are|was) (?:going to|gonna)|gonna|says? (?:he|she|they)|said (?:he|she|they)|threaten\w*|if i|next time|again|like last time|like (?:he|she|they) did|like before|last time|every time|whenever)\b"
    # "hell"/"shell"/"hed"/"shed" are words of their own: read as he'll/she'd only right before holding.
    rf"|\b(?:hell|shell|hed|shed) {_PUT}\b"
)
# Held on, in or against it (not near or over), for something the child did.
HOT_CONTACT = prefiltered(
    rf"\b{_PUT} my (?:\w+ )?{_PART}\b (?:down )?(?:on|onto|against|in|into|under) {_HOT}\b"
)
PUNISHED_FOR = prefiltered(
    r"\b(?:cause|because|coz|cos|cuz|bc|for|since|after) (?:i|me|my)\b|\bfor (?:not |being |\w+ing\b)"
    r"|\bas (?:a )?punishment\b|\bto (?:punish|teach) me\b|\b(?:punish|punished|punishment|in trouble|told off|naughty|bad)\b"
)
# (fixholes) A carer pressing or forcing the child's hand down on "it" (the hot thing said before):
# "mummy pressed my hand on it"; feeling the baby kick or a pet's heartbeat stays allowed.
PRESSED_ON_IT = prefiltered(
    rf"\b(?:press|presses|pressed|push|pushes|pushed|force|forces|forced|shove|shoves|shoved) my (?:\w+ )?{_PART} (?:down |hard |right )?(?:on|onto|against) (?:it|that)(?: (?:hard|really hard|down|and (?:it|that) (?:burnt|burned|hurt|stung)|(?:till|until) (?:it|i) \w+|on purpose))*\s*[.!]*\s*$"
)
_FELT_IT = prefiltered(
    r"\b(?:feel|felt|feeling|kick\w*|heart ?beat|purr\w*|baby|bump|tummy|to show|so i could|gently)\b"
)
# (miss67) The hurt to be passed off as an accident, or said not to have been one.
_TOLD_ACCIDENT = prefiltered(
    r"\b(?:tell|say|told|said|says|tells|pretend|make out)\b[^.?!]{0,25}\b(?:it was|it were|i did it|was) (?:a |an |by )?(?:accident|acident|accidint|axident|mistake)\b(?![^.?!]{0,15}\b(?:cold (?:tap|water)|plaster|cream|sorry)\b)"
    r"|\b(?:but )?(?:it )?(?:wasn'?t|wasnt|was not|weren'?t|werent) (?:a |an |by )?(?:accident|acident|axident|mistake)\b"
)
_SELF_DONE = prefiltered(
    r"\bi (?:\w+ )?(?:put|puts|held|hold|pressed|press|stuck|stick|burnt|burned|touched|leaned|leant|rested)\b my\b"
)
_COLD_HANDS = prefiltered(r"\b(?:cold|freezing|chilly|frozen)\b")
_ACTOR = prefiltered(r"\b(?:he|she|they|him|her|them)\b")
_CARE_OR_ACCIDENT = prefiltered(
    r"\b(?:(?:it|that|this|the \w+) (?:will|would|'?ll|could|might|can) (?:burn|hurt)|(?:get|got) burn\w*|burns? (?:you|me)|careful|by accident|accidentally|by mistake|warm (?:up|them|my)|to warm|keep warm|showed me|show me|birthday|cake|blow out|marshmallows?|oven gloves?|pretend|toy|play ?kitchen)\b"
    # A warning is "never"/"don't" + touching; help is help with the cooking. A bare "never"
    # or "help me" also comes with a threat ("never say anything", "nobody will help me").
    r"|\b(?:never|don'?t|dont|do not|not to) (?:ever )?(?:put|touch|go near|lean on|play (?:with|near)|get too close)\b"
    r"|\b(?:help|helps|helped|helping) me (?:to )?(?:stir|cook|bake|make|flip|fry|boil|toast|roast|iron|light|with)\b"
)


def find_hot_threat(text: str) -> list[Finding]:
    threat = HOT_TO_BODY.search(text) and THREAT_OR_AGAIN.search(text)
    punished = (
        HOT_CONTACT.search(text) and PUNISHED_FOR.search(text) and not _COLD_HANDS.search(text)
    )
    on_it = PRESSED_ON_IT.search(text) and CARER.search(text) and not _FELT_IT.search(text)
    told_accident = HOT_CONTACT.search(text) and _TOLD_ACCIDENT.search(text)
    if (
        told_accident
        and (CARER.search(text) or _ACTOR.search(text))
        and not _SELF_DONE.search(text)
    ):
        return [Finding(SafetyCategory.ABUSE, "burn_threat", CRITICAL, 0, len(text))]
    if on_it or (HELD_IT_ON.search(text) and not _HELD_BY_ACCIDENT.search(text)):
        return [Finding(SafetyCategory.ABUSE, "burn_threat", CRITICAL, 0, len(text))]
    if not (threat or punished):
        return []
    if not (CARER.search(text) or _ACTOR.search(text)) or _CARE_OR_ACCIDENT.search(text):
        return []
    return [Finding(SafetyCategory.ABUSE, "burn_threat", CRITICAL, 0, len(text))]
