# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Grooming told in text-speak (round 41), read as meanings:

- Gifts turned into a debt: someone keeps gifting robux, skins or battle passes and now says
  the child owes him a cam call, a video chat, a pic or a meet-up, or that it's the child's
  turn to give something back.
- A secret device or channel: someone online mails, sends or sneaks the child a phone, a sim
  or a tablet so they can talk without the parents checking, seeing or knowing.
- A picture exchange: he sent a pic of himself with no shirt, in his boxers or in bed and asked
  for one back, "it's only fair", "your turn".
- Pressure to send sexual pictures (sexual): "spicy pics", "nudes", "thirst traps" the child is
  told she should start sending, everyone sends, or is asked for.

Near misses stay allowed: a friend gifting a skin for my birthday, owing my brother a favour,
mum getting me my first phone, sending gran a pic of my haircut, "spicy" food pics."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

G = SafetyCategory.GROOMING
S = SafetyCategory.SEXUAL

_FAMILY = r"(?:mum|mom|mommy|mummy|mama|mam|dad|daddy|papa|parents|grandma|grandpa|gran|granny|nan|nana|grandad|auntie|aunt|uncle|cousin|bro|brother|sis|sister|teacher)"
_ITEMS = r"(?:robux|v-?bucks|vbucks|bucks|skins?|battle ?pass(?:es)?|gems|coins|gift ?cards?|nitro|game ?pass(?:es)?|items|limiteds|gifts?|presents?|money|cash|games?|stuff)"
GIFTS = prefiltered(
    rf"\b(?:gift|gifts|gifted|gifting|give|gives|gave|giving|buy|buys|bought|buying|send|sends|sent|sending|got|gets|pays? for|paid for|donat\w*)\b (?:me|us)\b[^.?!]{{0,25}}\b{_ITEMS}\b"
    rf"|\b{_ITEMS}\b[^.?!]{{0,10}}\b(?:from (?:him|her|them|this \w+)|he (?:gave|gifted|bought|sent)|she (?:gave|gifted|bought|sent))\b"
)
_PAYBACK = r"(?:cam|camera|webcam|vid|video|face ?time|vc|voice ?chat|call|pics?|pictures?|photos?|selfies?|snaps?|meet\w*|see (?:me|him|her)|something (?:back|in return)|a favou?r)"
DEBT = prefiltered(
    rf"\b(?:i|we|that i|now i)\b (?:\w+ )?(?:owe|owes|have to pay (?:him|her|them) back|gotta pay (?:him|her|them) back|need to pay (?:him|her|them) back)\b[^.?!]{{0,25}}\b{_PAYBACK}"
    rf"|\b(?:my turn|it'?s my turn|your turn|in return|pay (?:him|her|them) back|repay (?:him|her|them))\b[^.?!]{{0,25}}\b{_PAYBACK}"
    rf"|\b{_PAYBACK}\b[^.?!]{{0,20}}\b(?:in return|to pay (?:him|her|them) back|to make it even|since he (?:gave|gifted|bought)|bc he (?:gave|gifted|bought))\b"
)
FAMILY_GIVER = prefiltered(
    rf"\b(?:my )?{_FAMILY}\b (?:\w+ )?(?:gift\w*|gave|gives|bought|buys|got|gets|sent|sends|paid)\b|\b(?:birthday|bday|christmas|xmas)\b"
)

_DEVICE = (
    r"(?:phone|fone|cell|sim|sim card|tablet|ipad|burner|laptop|switch|device|walkie ?talkies?)"
)
DEVICE_GIVEN = prefiltered(
    rf"\b(?:mail|mails|mailed|mailing|ship|ships|shipped|send|sends|sent|sending|post|posts|posted|give|gives|gave|buy|buys|bought|get|gets|got|sneak|sneaks|snuck|hide|hid|leave|leaves|left|drop|drops|dropped)\b (?:me|us)\b (?:a |an |his |her |an old |a new |a secret |a spare |a cheap |his old |her old )*(?:secret |spare |second |old |new |cheap )?{_DEVICE}\b"
)
KEPT_FROM_PARENTS = prefiltered(
    r"\b(?:without|w/o) (?:my |our |ur |your )?(?:parents|mum|mom|dad|folks|family|anyone|anybody|them) (?:ever |even |always )?(?:check\w*|know\w*|see\w*|find\w* out|look\w*|read\w*|snoop\w*|track\w*|notic\w*|go\w* through)\b"
    r"|\b(?:my |our )?(?:parents|mum|mom|dad|folks|family) (?:can'?t|cant|won'?t|wont|don'?t|dont|never|wouldn'?t|will never) (?:ever )?(?:check\w*|know\w*|see\w*|find\w* out|look\w*|read\w*|track\w*|notic\w*)\b"
    r"|\b(?:secret|hide it|hidden|hiding it|keep it (?:hidden|secret)|under my (?:bed|mattress|pillow))\b"
)

_PIC = r"(?:pic|pics|picture|photo|selfie|snap|vid|video)"
_BARE = r"(?:no shirt|shirtless|without (?:a |his |her )?(?:shirt|top|clothes)|topless|in (?:his|her|just his|just her) (?:boxers|underwear|undies|bra|towel|bed|swim\w*)|in (?:a |just a )?towel|half naked|naked|his abs|his body|her body|in the (?:shower|bath|mirror))"
PIC_EXCHANGE = prefiltered(
    rf"\b(?:sent|sends|send|showed|shows|dm'?d|dmed|snapped)\b (?:me )?(?:a |this |another )?{_PIC}s? of (?:himself|herself|him|her|his \w+)\b[^.?!]{{0,40}}?\b(?:{_BARE})\b"
)
_ONE_BACK = prefiltered(
    rf"\b(?:one|a {_PIC}|one of me|mine|the same|some) back\b|\bonly fair\b|\b(?:my|your) turn\b|\b(?:asked|asks|wants?|told me|tells me)\b[^.?!]{{0,12}}\b(?:one|mine|the same|a {_PIC} of me|one of me)\b|\bsend (?:him|her) (?:one|mine|the same)\b"
)

_SPICY = r"(?:spicy|sexy|naughty|dirty|nude|nudes|n00dz|noodz|noods|nudez|private|thirst ?traps?|no clothes|bikini|underwear|body)"
SPICY_PICS = prefiltered(
    rf"\b{_SPICY} (?:{_PIC}s?|selfies?)\b|\bnudes\b|\bn(?:00|oo)dz\b|\bnoods\b|\bthirst ?traps?\b"
)
PRESSURED_TO_SEND = prefiltered(
    r"\b(?:i|u|you)\b (?:should|shud|need to|have to|gotta|got to|must|better|oughta|should start|could) (?:start |just |also |totally )?(?:send|sending|post|posting|take|taking|do|doing|make)\b"
    r"|\b(?:told|tells|telling|dared|dares|wants|wanted|asked|asks|asking|keeps asking|keep asking|begged|begs|pressur\w*) (?:me|us)\b[^.?!]{0,20}\b(?:send|sending|to send|for)\b"
    r"|\b(?:everyone|every ?1|all the girls|all the boys|all my friends|every girl|every boy) (?:\w+ )?(?:sends|does|sending|doing|posts)\b"
    r"|\b(?:start|started) (?:send|sending)\b"
)
SPICY_NOT = prefiltered(
    r"\b(?:food|noodles?|ramen|chilli|chili|curry|tacos?|wings|pepper\w*|salsa|hot sauce|the cat|the dog|my dog|my cat|report\w*|block\w*|told (?:my |a )?(?:mom|mum|dad|teacher|parents)|never send|dont send|don'?t ever)\b"
)


def find_grooming_debts(text: str) -> list[Finding]:
    out: list[Finding] = []
    if GIFTS.search(text) and DEBT.search(text) and not FAMILY_GIVER.search(text):
        out.append(Finding(G, "gift_then_debt", CRITICAL, 0, len(text), "gifts"))
    if (
        DEVICE_GIVEN.search(text)
        and KEPT_FROM_PARENTS.search(text)
        and not FAMILY_GIVER.search(text)
    ):
        out.append(Finding(G, "secret_device", CRITICAL, 0, len(text), "isolation"))
    if PIC_EXCHANGE.search(text) and _ONE_BACK.search(text):
        out.append(Finding(G, "pic_exchange", CRITICAL, 0, len(text), "photo"))
    if SPICY_PICS.search(text) and PRESSURED_TO_SEND.search(text) and not SPICY_NOT.search(text):
        out.append(Finding(S, "pressured_to_send_pics", CRITICAL, 0, len(text)))
    return out
