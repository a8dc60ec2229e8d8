# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A carer's harm around the home and the street told without the usual words (round 67:
neighbours, playing out, the corner shop), read as meanings:

- marks kept from the people who could help: a carer saying that if the child shows or tells
  someone (the lady in the shop, a teacher, a neighbour) about its bruises or marks it will be
  taken away, put in care, or that it will be its own fault ("mum says if i show the lady in
  the shop my bruises ill get taken away and it will be all my fault"), or telling it never
  to show anyone;
- shut out of home: not allowed in the house, locked out or made to wait outside (in the
  shed, on the step) till the grown-ups come home, after dark, or with nothing to eat ("im
  not aloud in the house after school so i wait in the shed til they come home").

Near misses stay allowed: "mum says if i show the nurse my cut she'll give me a sticker",
"dad said if i show grandad my football bruises he'll be proud", "we're not allowed in the
house with muddy boots", "mum sent us out to play till tea", "i forgot my key and waited on
the step till mum came home", a game of hide and seek in the shed."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_people import CARER
from domain.safety.prefilter import prefiltered

A = SafetyCategory.ABUSE

_MARKS = r"(?:bruises?|bruised (?:bits|arms?|legs?)|marks?|cuts?|burns?|scars?|scratches|welts?|injur(?:y|ies)|black eye|belt marks|sore (?:bits|arms?|legs?|back))"
_SHOWN_TO = r"(?:anyone|anybody|people|nobody|no ?one|teachers?|miss|sir|school|the (?:lady|man|woman|neighbou?rs?|nurse|doctor|teacher|police|dinner lady|lollipop lady|shopkeeper)|(?:my|our) (?:teacher|neighbou?r|friends?|nan|gran|auntie)|them|her|him)"
# A carer's words that the marks must not be seen.
MARKS_KEPT_HIDDEN = prefiltered(
    rf"\b(?:says?|said|told me|tells me|warned me|warns me|keeps? saying|made me promise)\b[^.?!]{{0,15}}\b(?:if (?:i|anyone|anybody|people|someone|they|\w+) (?:ever )?(?:show|shows|showed|see|sees|saw|notice|notices|noticed|find out about|finds out about|tell (?:\w+ )?about|tells (?:\w+ )?about|let (?:\w+ ){{1,3}}see)\b[^.?!]{{0,40}}\b(?:my |the |them |those |these |any )?{_MARKS}\b"
    rf"|(?:not to|don'?t|dont|never|mustn'?t|must not|can'?t|cant|shouldn'?t|better not) (?:ever )?(?:to )?(?:show|let {_SHOWN_TO} see|tell {_SHOWN_TO} about)\b[^.?!]{{0,30}}\b(?:my |the |them |those |these |any )?{_MARKS}\b)"
)
_TOLD_NEVER_SHOW = prefiltered(
    # told never to show anyone the bruises themselves (a cut or a scar is also kept private
    # for being yucky, and is not enough alone)
    rf"\b(?:not to|don'?t|dont|never|mustn'?t|must not|can'?t|cant|shouldn'?t|better not) (?:ever )?(?:to )?(?:show|let) {_SHOWN_TO}\b[^.?!]{{0,25}}\b(?:bruises?|bruised|black eye|belt marks|welts?|marks? on)\b"
)
_COST_OF_SHOWING = prefiltered(
    r"\b(?:taken away|take (?:me|us) away|put (?:me|us) in care|in(?:to)? care|children'?s home|foster\w*|social ?work\w*|police|prison|jail|my (?:own )?fault|all my fault|in (?:big |so much |real )?trouble|get (?:him|her|them|mum|mom|dad|us|everyone) (?:in trouble|taken|arrested|locked up)|never see (?:mum|mom|you|us|them|my \w+|\w+) again|be sorry|split (?:us|the family) up|nobody will believe|hurt (?:me|us)|worse)\b"
)
_HAPPY_SHOWING = prefiltered(
    r"\b(?:yucky|yuck|gross|disgusting|germs|your business|embarrass\w*|sticker|plaster|cream|proud|football|rugby|hockey|skateboard|scooter|bike|trampoline|fell off|sports day|cool|brave|ice pack|lolly)\b"
)

# Shut out of home.
SHUT_OUT = prefiltered(
    r"\bnot (?:aloud|allowed|alowed|allowd|alloud) (?:(?:in|inside|into|back in|in to|back into) (?:the |our |my )?(?:house|home|flat)|inside|indoors|home|in(?= (?:after|till|until|til|when|even|before|so|at|on|for)\b))"
    r"|\b(?:won'?t|wont|doesn'?t|doesnt|don'?t|dont|never|will not|wouldn'?t|wouldnt|didn'?t|didnt) (?:let|lets) (?:me|us) (?:in|inside|indoors|back in|come in|go in|come inside|go inside|come home|in the (?:house|flat|home))\b"
    r"|\b(?:locks?|locked|locking|shuts?|shutting|keeps?|kept|keeping) (?:me|us) out(?:side| of (?:the )?(?:house|home|flat))?\b"
    # (miss8485ab) "mummy put me outside in the snow with no coat cos i cried"
    r"|\b(?:puts?|putting|sent|sends?|sending|threw|throws?) (?:me|us) (?:out(?:side)?|out of the (?:house|flat|door)) (?:in the (?:snow|cold|rain|dark|frost)|with(?:out)? (?:no |a |my |any )?(?:coat|shoes|jumper|socks))"
    r"|\b(?:make me|makes me|made me|make us|makes us|made us) (?:wait|stay|sit|sleep) (?:outside|in the (?:shed|garage|garden|yard|back yard|porch|street|cold|rain|dark|car|bin store)|on the (?:step|doorstep|front step|back step|wall|pavement))\b"
    r"|\b(?:have to|has to|had to|got to|gotta|i|we) (?:wait|stay|sit|sleep) in the (?:shed|garden shed|coal shed|bin store|outhouse)\b"
)
_WAIT_LONG = prefiltered(
    r"\b(?:till|until|til|untill|untel) (?:they|mum|mom|mummy|dad|daddy|she|he|my \w+|everyone|someone|nan|gran) (?:\w+ )?(?:come|comes|came|get|gets|got|are|is|'?s|'?re) (?:\w+ )?(?:home|back|in)\b"
    r"|\bafter school\b|\b(?:when|if|though|while) (?:it'?s|its|it is|it was|it gets|it'?s getting|its getting) (?:\w+ )?(?:dark|raining|cold|freezing|snowing|late|night)\b|\bin the (?:dark|cold|rain|snow)\b"
    r"|\b(?:for hours|all (?:day|evening|night|afternoon|weekend)|hours and hours|for ages)\b"
    r"|\b(?:haven'?t|havent|hadn'?t|hadnt|didn'?t|didnt|don'?t|dont|never|not) (?:had|got|have|get|been given|eaten|ate)\b[^.?!]{0,12}\b(?:to eat|to drink|food|dinner|tea|lunch)\b|\b(?:hungry|starving|no (?:food|dinner|tea))\b"
)
_SHUT_OUT_HARMLESS = prefiltered(
    # Shoes, boots and wellies are the muddy ones kept outside, not "without shoes" (lead: "dad
    # put us outside in the cold without shoes all night" was passed).
    r"\b(?<!without )(?<!no )(?<!without my )(?<!without any )(?:shoes|boots|wellies)\b"
    r"|\b(?:mud|muddy|wet|dirty|sandy|paint|painty|dog|till i'?ve|till i have|till i take|wipe|wiped|surprise|birthday|hide and seek|hide ?n ?seek|game|to play|play out|playing out|football|trampoline|sunny|sunshine|paddling|picnic|bbq|barbecue|forgot my key|lost my key|locked (?:my ?self|myself|ourselves) out|by accident|accidentally|mopp\w*|floor is wet|wet floor|decorat\w*|hoover\w*|tent|den|camp\w*|marshmallows?|stars|stargaz\w*|bonfire|fireworks|party|disco|sleepover|snowm[ae]n|snow ?angels?|sledg\w*|snowballs?)\b"
)


def find_shut_out_or_hidden_marks(text: str) -> list[Finding]:
    whole = len(text)
    hidden = MARKS_KEPT_HIDDEN.search(text)
    if (
        hidden
        and CARER.search(text)
        and (_COST_OF_SHOWING.search(text) or _TOLD_NEVER_SHOW.search(text))
        and not _HAPPY_SHOWING.search(text)
    ):
        return [Finding(A, "marks_kept_hidden", CRITICAL, 0, whole)]
    if SHUT_OUT.search(text) and _WAIT_LONG.search(text) and not _SHUT_OUT_HARMLESS.search(text):
        return [Finding(A, "shut_out_of_home", CRITICAL, 0, whole)]
    return []
