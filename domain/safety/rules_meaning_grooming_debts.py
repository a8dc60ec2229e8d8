# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Grooming by gifts and a secret device (round 41's misses), read as meanings:

- Gifts turned into a debt: someone keeps gifting robux, skins or battle passes and now says
  the child owes him a cam call, a video chat, a pic or a meet-up.
- A secret device or channel: someone online mails, sends or sneaks the child a phone, a sim
  or a tablet so they can talk without the parents checking, seeing or knowing.

The gift is meaning_concepts_acts.GIFT and a debt of pictures meaning_concepts_acts.OWE_PICS.
The device and the parents kept out stay local: GIFT_DEVICE needs a stated purpose ("just for
talking to him") and PARENT_CHECK an "if my parents check my phone" clause, and both feed
parent_oversight_probe (rules_meaning_grooming_signs) on a device word alone, so widening them
to "without my parents knowing" would change that rule's verdicts.

Near misses stay allowed: a friend gifting a skin for my birthday, owing my brother a favour,
my best friend's robux to be paid back with something back, mum getting me my first phone.

(round 58) A grown-up outside the family giving the child a phone "only text him on it and dont
show mum": the device kept for him and from the parents; a phone given as a surprise for mum's
birthday stays allowed."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety import meaning_concepts_acts as acts
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

G = SafetyCategory.GROOMING

FAMILY = r"(?:mum|mom|mommy|mummy|mama|mam|dad|daddy|papa|parents|grandma|grandpa|gran|granny|nan|nana|grandad|auntie|aunt|uncle|cousin|bro|brother|sis|sister|teacher)"

# What is owed is the child's presence on camera, a call or a meeting - not "something back"
# or "a favour", which friends owe each other.
_PAYBACK = r"(?:cam|camera|webcam|vid|video|face ?time|vc|voice ?chat|call|pics?|pictures?|photos?|selfies?|snaps?|meet ?up|meet (?:him|her|them|up)|see (?:me|him|her) (?:in person|irl|on cam))"
DEBT = prefiltered(
    rf"\b(?:i|we|that i|now i)\b (?:\w+ )?(?:owe|owes|have to pay (?:him|her|them) back|gotta pay (?:him|her|them) back|need to pay (?:him|her|them) back)\b[^.?!]{{0,25}}\b{_PAYBACK}\b"
    rf"|\b(?:my turn|it'?s my turn|your turn|in return|pay (?:him|her|them) back|repay (?:him|her|them))\b[^.?!]{{0,25}}\b{_PAYBACK}\b"
    rf"|\b{_PAYBACK}\b[^.?!]{{0,20}}\b(?:in return|to pay (?:him|her|them) back|to make it even|since he (?:gave|gifted|bought)|bc he (?:gave|gifted|bought))\b"
)
FAMILY_GIVER = prefiltered(
    rf"\b(?:my )?{FAMILY}\b (?:\w+ )?(?:gift\w*|gave|gives|bought|buys|got|gets|sent|sends|paid)\b|\b(?:birthday|bday|christmas|xmas)\b"
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
    # (round 58) "said only text him on it and dont show mum": the device kept for him alone and
    # from the parents.
    r"|\b(?:don'?t|dont|do not|never|not to|mustn'?t) (?:ever )?(?:show|tell) (?:my |your |ur )?(?:parents|mum|mom|mummy|mommy|mam|dad|daddy|folks|family|nan|gran)\b"
    r"|\b(?:my |our |ur |your )?(?:parents|mum|mom|mummy|mommy|dad|daddy|folks) (?:doesn'?t|doesnt|does not) (?:ever )?(?:check\w*|know\w*|see\w*|find\w* out|notic\w*)\b"
    r"|\b(?:only|just) (?:to )?(?:text|message|msg|call|ring|snap|dm|facetime|talk to|chat to|chat with|talk with) (?:him|her|them)\b (?:on it|with it|from it)"
    r"|\b(?:only|just) for (?:talking|texting|chatting|messaging) (?:to |with )?(?:him|her|them)\b"
)
# (round 58) A surprise or a present for the parent is a secret kept kindly.
DEVICE_SURPRISE = prefiltered(
    r"\b(?:surprise|present for (?:my )?(?:mum|mom|dad|parents)|(?:mum|mom|dad)'?s (?:birthday|present)|for (?:my )?(?:mum|mom|dad)'?s birthday)\b"
)


def find_grooming_debts(text: str) -> list[Finding]:
    out: list[Finding] = []
    if (
        acts.GIFT.search(text)
        and (DEBT.search(text) or acts.OWE_PICS.search(text))
        and not FAMILY_GIVER.search(text)
    ):
        out.append(Finding(G, "gift_then_debt", CRITICAL, 0, len(text), "gifts"))
    if (
        DEVICE_GIVEN.search(text)
        and KEPT_FROM_PARENTS.search(text)
        and not FAMILY_GIVER.search(text)
        and not DEVICE_SURPRISE.search(text)
    ):
        out.append(Finding(G, "secret_device", CRITICAL, 0, len(text), "isolation"))
    return out
