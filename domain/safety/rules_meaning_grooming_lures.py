# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A grown-up luring a child away or into hidden contact (paraphrases_f), read as ideas:

- Into a car or to his place: a man who says "get in" and he'll take me to my mummy, who
  gives sweets and says next time he'll drive me home, who has special books at his flat to
  borrow if i come on my own, who sends an uber to bring me to his place while mum thinks i'm
  at a friend's, who wants me to run away to his place.
- Alone with him: a helper, leader, tutor or teacher who wants to take me camping or away
  "just me and him", or offers sleepovers, a phone or an ipad if i keep it secret.
- Hidden from the parents: practise on facetime when my parents are out, hide the tablet
  under my bed and talk at night, a different app where my parents can't read our messages
  (the teddy's own version too), a webcam left on all night, a grown-up who keeps adding me
  and says i look older than i am.

Near misses stay allowed: mum's friend driving me home after football, the librarian letting
me borrow books, a friend from school whose webcam is on for our homework call, a tutor on
facetime while mum is in the kitchen, a surprise party kept secret from mum, camping with my
dad, an uber with my mum.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, SEVERE, Finding
from domain.safety.prefilter import prefiltered

G = SafetyCategory.GROOMING

_MAN = r"(?:(?:a|the|this|that|some) (?:man|guy|lady|woman|stranger|bloke|person|helper|leader|boy|teenager)|(?:my|the|our) (?:tutor|teacher|coach|helper|leader|instructor|neighbou?r)|he|she|someone)"
_HIS_PLACE = r"(?:his|her|their) (?:flat|house|place|home|van|caravan|car|room|shed|hotel)"

LURED_AWAY = prefiltered(
    # "said get in and he will take me to my mummy"
    r"\b(?:said|says|told me|tells me|asked me to) (?:to )?get in\b[^.?!]{0,20}\b(?:he|she|they)(?:'?ll| will| would|'?d)? (?:take|drive|bring) me\b"
    rf"|\b{_MAN}\b[^.?!]{{0,40}}\b(?:in|from) (?:a|the|his|her) (?:\w+ )?(?:car|van)\b[^.?!]{{0,15}}\b(?:said|says|told me|asked)\b[^.?!]{{0,10}}\bget in\b"
    # sweets or gifts, then "next time he'll drive me home"
    rf"|\b{_MAN}\b[^.?!]{{0,40}}\b(?:gives?|giving|gave|buys?|bought) me (?:sweets|candy|chocolate|money|presents?|gifts?|sweeties)\b[^.?!]{{0,40}}\b(?:drive|take|give me a lift|walk) (?:me )?(?:home|to (?:his|her))\b"
    # special things at his flat, if i come on my own
    rf"|\b{_HIS_PLACE}\b[^.?!]{{0,40}}\bif i (?:come|go|visit|pop round)\b[^.?!]{{0,15}}\b(?:on my own|alone|by myself|without (?:mum|mom|dad|my (?:mum|mom|dad|parents)))\b"
    # an uber or a taxi sent to bring me to his place (in secret), running away to his place
    rf"|\b(?:sending|send|sent|booking|booked|ordering|ordered|get) (?:me )?(?:an? )?(?:uber|taxi|cab|car)\b[^.?!]{{0,30}}\b(?:to )?{_HIS_PLACE}\b"
    rf"|\bwants? me to run away\b[^.?!]{{0,20}}\b(?:to|with) (?:him|her|{_HIS_PLACE})\b"
)
LURE_NOT = prefiltered(
    r"\b(?:my (?:mum|mom|dad|parents|nan|gran)'?s? (?:friend|mate)|with (?:my )?(?:mum|mom|dad|parents)|mum (?:said|says) (?:it'?s|its) ok)\b"
)

# Alone with a grown-up, or a reward for a secret.
ALONE_OR_SECRET = prefiltered(
    r"\b(?:tutor|teacher|coach|helper|leader|instructor|youth worker|neighbou?r|boyfriend|babysitter|uncle|man|guy)\b[^.?!]{0,60}\b(?:take|takes|taking) me (?:camping|away|on holiday|to (?:his|a) (?:cabin|caravan|tent|hotel))\b[^.?!]{0,20}\b(?:just (?:me and (?:him|her)|the two of us|us two)|on my own|alone)\b"
    r"|\b(?:tutor|teacher|coach|helper|leader|instructor|neighbou?r|(?:\w+'?s )?boyfriend|(?:mum|mom|dad|mummy|daddy)'?s (?:friend|mate)|babysitter|man|guy|uncle)\b[^.?!]{0,60}\b(?:can have|could have|will give|'?ll give|get|have sleepovers|sleepovers?|can sleep over)\b[^.?!]{0,40}\bif (?:i|we) keep (?:it|this|our \w+|them|everything|that) (?:a )?secret\b"
)
SECRET_NOT = prefiltered(r"\b(?:surprise|birthday|present for (?:mum|mom|dad)|party)\b")

# Hidden from the parents: calls when they are out, a hidden tablet at night, a webcam on all
# night, an app the parents can't read, "you look older than 16".
HIDDEN_CONTACT = prefiltered(
    r"\b(?:facetime|video ?call|call|chat|talk|practi[sc]e|skype|zoom|message)\b[^.?!]{0,20}\bwhen (?:my|your) (?:parents|mum|mom|dad|mummy|daddy) (?:are|is|were|was) (?:out|away|asleep|at work|not (?:home|in|there|looking))\b"
    r"|\bhide (?:the|my|your) (?:tablet|phone|ipad|laptop)\b[^.?!]{0,40}\b(?:talk|chat|call|message)\b[^.?!]{0,20}\b(?:at night|in bed|after bedtime|when (?:everyone|mum|mom|dad)\w* (?:is )?asleep)\b"
    r"|\b(?:leave|leaving|keep|keeping|have) (?:the |your |my )?(?:webcam|camera|cam|video)\b (?:on|running)\b[^.?!]{0,10}\b(?:all night|overnight|while (?:you|i) sleep|when (?:you|i)'?re asleep)\b"
    r"|\b(?:talk|chat|message|go) on (?:a )?(?:different|another|other|secret|private) app\b[^.?!]{0,30}\b(?:parents|mum|mom|dad)\b[^.?!]{0,10}\b(?:can'?t|cannot|won'?t|don'?t) (?:read|see|check|find)\b"
    r"|\b(?:keeps?|kept) (?:adding|messaging|snapping|following) me\b[^.?!]{0,40}\b(?:says?|said|tells me)\b[^.?!]{0,10}\bi (?:look|seem|act) (?:older|more mature|way older|grown up)\b"
)
HIDDEN_NOT = prefiltered(
    r"\b(?:friend from school|school friend|homework call|my cousin|nan|gran|grandma|grandad|the baby monitor|nature cam|bird ?box)\b"
)

TEDDY_OTHER_APP = prefiltered(
    r"\b(?:talk|chat|message|go|move|switch)\b[^.?!]{0,10}\b(?:on|to) (?:a )?(?:different|another|other|secret|private|special) (?:app|chat|site|game)\b[^.?!]{0,30}\b(?:parents|mum|mom|dad|grown-?ups)\b[^.?!]{0,10}\b(?:can'?t|cannot|won'?t|don'?t) (?:read|see|check|find)\b"
)


def find_grooming_lures(text: str) -> list[Finding]:
    hit = (
        (LURED_AWAY.search(text) and not LURE_NOT.search(text))
        or (ALONE_OR_SECRET.search(text) and not SECRET_NOT.search(text))
        or (HIDDEN_CONTACT.search(text) and not HIDDEN_NOT.search(text))
    )
    return [Finding(G, "grooming_lures", CRITICAL, 0, len(text))] if hit else []


def find_teddy_other_app(text: str) -> list[Finding]:
    return (
        [Finding(G, "teddy_other_app", SEVERE, 0, len(text))]
        if TEDDY_OTHER_APP.search(text)
        else []
    )
