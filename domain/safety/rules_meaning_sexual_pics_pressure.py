# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Pictures of bodies asked for (round 41's misses), read as meanings:

- A picture swap (grooming): someone sent a pic of himself with no shirt, in his boxers or in
  bed and asked for one back, "it's only fair", "your turn". Family and the child's own friends
  sending holiday or haircut pics are not this, nor is a swimsuit, a mirror or a bath named.
- Pressure to send sexual pictures (sexual): "spicy pics", "nudes", "thirst traps" the child is
  told she should start sending, everyone sends, or is asked for.

Near misses stay allowed: grandpa's beach pic in his trunks, a cousin's mirror selfie with a
new haircut "my turn", sending gran a pic of my haircut, "spicy" food pics, bikini shopping."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_meaning_grooming_debts import FAMILY

G = SafetyCategory.GROOMING
S = SafetyCategory.SEXUAL

_PIC = r"(?:pic|pics|picture|photo|selfie|snap|vid|video)"
_BARE = r"(?:no shirt|shirtless|without (?:a |his |her )?(?:shirt|top|clothes)|topless|in (?:his|her|just his|just her) (?:boxers|underwear|undies|bra|towel|bed)|in (?:a |just a )?towel|half naked|naked|his abs|his body|her body|in the shower)"
PIC_EXCHANGE = prefiltered(
    rf"\b(?:sent|sends|send|showed|shows|dm'?d|dmed|snapped)\b (?:me )?(?:a |this |another )?{_PIC}s? of (?:himself|herself|him|her|his \w+)\b[^.?!]{{0,40}}?\b(?:{_BARE})\b"
)
_ONE_BACK = prefiltered(
    rf"\b(?:one|a {_PIC}|one of me|mine|the same|some) back\b|\bonly fair\b|\b(?:my|your) turn\b|\b(?:asked|asks|wants?|told me|tells me)\b[^.?!]{{0,12}}\b(?:one|mine|the same|a {_PIC} of me|one of me)\b|\bsend (?:him|her) (?:one|mine|the same)\b"
)
# The sender is family or the child's own friend, and nothing says he is met online or older.
_KNOWN_SENDER = prefiltered(
    rf"\b(?:(?:my|our) (?:\w+ )?(?:{FAMILY}|grandparents|friend|bestie|bff|mate|classmate)s?|{FAMILY})\b (?:\w+ )?(?:sent|sends|send|showed|shows|dm'?d|dmed|snapped)\b"
)
_MET_ONLINE_OR_OLDER = prefiltered(
    r"\b(?:online|from (?:roblox|discord|fortnite|minecraft|tiktok|insta\w*|snap\w*|the game|a game|the server|the app)|i met (?:on|in)|i don'?t know|older (?:guy|man|boy|lad)|(?:1[6-9]|[2-9]\d) ?(?:yo|years? old|yr old))\b"
)

_SPICY = r"(?:spicy|sexy|naughty|dirty|nude|nudes|n00dz|noodz|noods|nudez|thirst ?traps?|no clothes|underwear)"
SPICY_PICS = prefiltered(
    rf"\b{_SPICY} (?:{_PIC}s?|selfies?)\b|\bnudes\b|\bn(?:00|oo)dz\b|\bnoods\b|\bthirst ?traps?\b"
)
PRESSURED_TO_SEND = prefiltered(
    r"\b(?:i|u|you)\b (?:should|shud|need to|have to|gotta|got to|must|better|oughta|should start) (?:start |just |also |totally )?(?:send|sending|post|posting|take|taking|do|doing|make)\b"
    r"|\b(?:told|tells|telling|dared|dares|wants|wanted|asked|asks|asking|keeps asking|keep asking|begged|begs|pressur\w*) (?:me|us)\b[^.?!]{0,20}\b(?:send|sending|to send|for)\b"
    r"|\b(?:everyone|every ?1|all the girls|all the boys|all my friends|every girl|every boy) (?:\w+ )?(?:sends|does|sending|doing|posts)\b"
    r"|\b(?:start|started) (?:send|sending)\b"
)
SPICY_NOT = prefiltered(
    r"\b(?:food|noodles?|ramen|chilli|chili|curry|tacos?|wings|pepper\w*|salsa|hot sauce|the cat|the dog|my dog|my cat|report\w*|block\w*|told (?:my |a )?(?:mom|mum|dad|teacher|parents)|never send|dont send|don'?t ever)\b"
)


def find_pics_pressure(text: str) -> list[Finding]:
    out: list[Finding] = []
    if (
        PIC_EXCHANGE.search(text)
        and _ONE_BACK.search(text)
        and not (_KNOWN_SENDER.search(text) and not _MET_ONLINE_OR_OLDER.search(text))
    ):
        out.append(Finding(G, "pic_exchange", CRITICAL, 0, len(text), "photo"))
    if SPICY_PICS.search(text) and PRESSURED_TO_SEND.search(text) and not SPICY_NOT.search(text):
        out.append(Finding(S, "pressured_to_send_pics", CRITICAL, 0, len(text)))
    return out
