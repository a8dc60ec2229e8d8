# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Harmless readings of a child's day out and about (rounds 76 and 77's false alerts, miss7677),
each frame with the words that spoil it; a held frame takes back only the findings its harmless
reading explains:

- a haircut with clippers, a razor or scissors at the hairdresser's or the barber's, or by a
  parent ("the hairdresser did the back of my head with the buzzy razor and it felt funny"):
  the self-harm means and the danger are taken back; spoilt by the child wanting, taking or
  using the blade, arms, wrists, legs or skin named, "myself", a real hurt;
- someone else's smoke or vape smelled and disliked ("the bus stunk of smoke cos someone was
  vaping at the back ew"): the drugs finding is taken back; spoilt by a go offered, given or
  tried, buying or selling, weed, "cool", the child wanting some;
- the child's own money, sweets or diary kept secret from a brother, sister or friend ("i keep
  my pocket money a secret from my brother so he cant spend it"): the grooming secret is taken
  back; spoilt by a grown-up, a parent kept in the dark, someone online, a gift or a debt, "he
  said", "told me to".

Declared as the table OUT_AND_ABOUT (benign_softening), applied to a child's message by
rules_benign_frames_noticed.drop_noticed_frames with the other harmless-sense tables.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import HIDDEN, OLDER
from domain.safety.benign_softening import Softening
from domain.safety.meaning_concepts_people import CARER_WORDS
from domain.safety.prefilter import prefiltered

C = SafetyCategory

# --- a haircut with clippers or a razor ---------------------------------------------------------
_HAIRCUT = Frame(
    prefiltered(
        r"\b(?:hairdressers?|barbers?|barber ?shop|salon|hair ?cut|haircut|hair ?stylist|stylist|cutting my hair|cut my hair|did my hair|trim(?:med)? my (?:hair|fringe))\b[^.?!]{0,70}\b(?:razors?|clippers|buzzers?|buzzy \w+|trimmers?|shavers?|scissors|blades?)\b"
        r"|\b(?:razors?|clippers|buzzers?|buzzy \w+|trimmers?|shavers?)\b[^.?!]{0,50}\b(?:hairdressers?|barbers?|haircut|hair ?cut|my hair|my fringe|the back of my (?:head|neck)|my neck|the sides)\b"
    ),
    prefiltered(
        r"\bi (?:\w+ )?(?:want\w*|wanna|took|take|grabbed|grab|used|use|stole|steal|kept|keep|hid|hide|tried|try|pressed|put)\b[^.?!]{0,30}\b(?:razors?|clippers|blades?|scissors|it|them)\b"
        r"|\b(?:arms?|wrists?|legs?|thighs?|skin|tummy|myself|my ?self|cut me|nicked me|on purpose|sad|hate|deserve|punish\w*|feel something|make it stop|hide it|sleeves)\b"
    ),
    waives=(OLDER,),  # the hairdresser or the barber is a grown-up
)

# --- someone else's smoke smelled and disliked ---------------------------------------------------
_SMOKE_DISLIKED = Frame(
    prefiltered(
        r"\b(?:someone|somebody|some (?:man|lady|guy|woman|kid|kids|people|teenagers?|boys|girls|lads)|a (?:man|lady|guy|woman|kid|boy|girl|teenager)|people|the (?:man|lady|driver|guy|woman|older kids|big kids|teenagers|boys|girls|lads)|everyone|(?:my |his |her )?(?:neighbou?rs?|uncle|auntie|nan|grandad))\b[^.?!]{0,40}\b(?:vaping|vaped|vapes|vape|smoking|smoked|smokes)\b"
        r"[^.?!]{0,50}\b(?:ew+|eww\w*|yuck|yuk|gross|disgusting|stunk|stinks?|stinky|smelled|smelt|smells|smelly|horrible|rank|minging|cough\w*|urgh|ugh|pongs?|ponged|reeks?|reeked)\b"
        r"|\b(?:stunk|stinks?|smelled|smelt|smells|reeks?|reeked|ponged|pongs?) (?:of|like) (?:\w+ )?(?:smoke|smoking|vape|vapes|cigarettes?|fags?|ciggies?)\b[^.?!]{0,40}\b(?:vaping|vaped|smoking|smoked|smokes)\b"
    ),
    prefiltered(
        r"\b(?:a go|have a go|gave me|give me|let me|let us|offered|offer|try|tried|trying|hit|bought|buy|buying|sell\w*|sold|weed|joint|spliff|cool|can i|i want|i wanna|want some|i had|i took|we all|me too|dizzy)\b"
    ),
    waives=(OLDER,),  # someone on the bus, a man at the bus stop
)

# --- my own money kept secret from a brother or sister ---------------------------------------------
_KIN = r"(?:my |our )?(?:little |big |baby |older |younger |annoying |twin |step ?)?(?:brothers?|sisters?|bros?|sis|cousins?|siblings?|friends?|mates?)"
_MINE_KEPT_FROM_KIN = Frame(
    prefiltered(
        rf"\b(?:i|we)\b (?:\w+ )?(?:keep|kept|keeping|hide|hid|hiding)\b (?:my|our) (?:\w+ ){{0,2}}?(?:pocket money|money|savings|piggy ?bank|money ?box|sweets|chocolates?|easter eggs?|diary|birthday money|tooth fairy money|stash|snacks|toys?|cards|pokemon cards|lego|hiding (?:place|spot)|den)\b (?:a )?(?:secret|hidden) from {_KIN}\b"
    ),
    prefiltered(
        rf"\b(?:{CARER_WORDS}|grown ?-?ups?|teachers?|online|man|men|lady|woman|gave me|gives me|paid|pays|owe|debt|he said|she said|they said|says i|told me to|tells me to|secret friend|special friend|don'?t tell|not tell)\b"
    ),
    waives=(HIDDEN,),  # "a secret" is the frame's own word; the grown-ups are the frame's spoilers
)

OUT_AND_ABOUT = (
    Softening(C.SELF_HARM, (_HAIRCUT,)),
    Softening(C.DANGEROUS_ACTIVITY, (_HAIRCUT,)),
    Softening(C.DRUGS_ALCOHOL, (_SMOKE_DISLIKED,)),
    Softening(C.GROOMING, (_MINE_KEPT_FROM_KIN,)),
)
"""What the harmless readings above take back in a child's message."""
