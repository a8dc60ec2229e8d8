# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Harm told around family gatherings, sleepovers and holidays (rounds 84 and 85's misses), read
as meanings:

- a grown-up (an uncle, a grandad, a mum's boyfriend, a man) getting under the child's
  blanket or into its bed at a sleepover or at night, called a game, a cuddle or a secret;
- a grown-up's tickle or cuddle game that goes under the child's clothes, or that hurts and
  is a secret;
- a grown-up who is not a parent taking the child somewhere on its own and "don't tell mum"
  (a surprise for mum is not it);
- a man, a stranger or an "old friend" asking what time or which way the child walks home
  on its own;
- someone wanting to video call or watch the child in the bath or the shower;
- a grown-up outside the family giving the child treats as "our special thing" or something
  "the other kids wouldn't get";
- children made to take their tops or clothes off and filmed or photographed;
- a starred sex word ("s*x", "s*xy", "p*rn") read as the word it hides.

Near misses stay allowed: an uncle under the blanket with us on the sofa for a film, grandad
reading a story in bed after a nightmare, a tickle game under my arms or that makes my tummy
hurt from laughing, an uncle taking me to the fair with mum's yes, a surprise for mum's
birthday kept from her, mum asking what time I walk home, a lollipop lady asking about the
crossing, nana on a video call after my bath, a coach who buys the whole team sweets, nan's
Friday sweets, coats taken off to film a dance."""

from __future__ import annotations

import re

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_people import DADS, GRANDADS, GRANS, MUMS
from domain.safety.prefilter import Prefiltered, prefiltered
from domain.safety.rules_sexual_content import find_sexual

A = SafetyCategory.ABUSE
G = SafetyCategory.GROOMING
X = SafetyCategory.SEXUAL

# A grown-up who is not the child's parent.
_GROWN_UP = rf"(?:uncle|{GRANDADS}|granddad|grampa|grandfather|step ?dad|lodger|babysitter|coach|neighbou?r|man|guy|(?:{MUMS}|{DADS}|nan|nana|aunt|auntie|aunty)'?s (?:new )?(?:boyfriend|friend|mate|husband|partner))"
_CLOTHES = r"(?:clothes|pyjamas|pjs|jammies|top|t-?shirt|shirt|nightie|nightdress|pants|knickers|trousers|shorts|skirt|dress|vest|underwear)"

# An uncle, a grandad or a man under my blanket or in my bed at a sleepover, "a cuddle game".
# (The one who does it is looked for in the characters before the act, so that a run of "guy
# guy guy" costs nothing.)
_BED_WHO = prefiltered(rf"\b{_GROWN_UP}\b")
UNDER_MY_BLANKET = prefiltered(
    r"\b(?:gets?|got|getting|climbs?|climbed|crawls?|crawled|comes?|came|sneaks?|snuck|slides?|slid|lies?|lay) (?:in )?(?:under|into|in) my (?:blankets?|covers|duvet|sheets|sleeping bag|bed)\b"
)
_IN_BED_WHY = prefiltered(
    r"\b(?:game|secret|don'?t tell|dont tell|cuddl\w*|touch\w*|sleep ?over|sleeping over|stay(?:ing)? over|spare room|when i'?m asleep|when im asleep|when i sleep|in the night|at night|middle of the night|when everyone)\b"
)
_IN_BED_FINE = prefiltered(
    r"\b(?:story|stories|book|read\w*|thunder\w*|storm|nightmares?|bad dreams?|poorly|sick|film|movie|telly|tv|sofa|couch|settee|tent|dog|cat|puppy)\b"
)
# A tickle or cuddle game that goes under my clothes, or that hurts and is a secret.
GAME_UNDER_CLOTHES = prefiltered(
    rf"\b(?:tickl\w*|cuddl\w*|wrestl\w*|massag\w*|rub\w*) (?:game|games)\b[^.?!]{{0,60}}\b(?:goes|go|went|going|gets|got|hands?|fingers?) (?:right )?(?:up |down )?(?:under|inside|into|in|up|down) my {_CLOTHES}\b"
    rf"|\b(?:tickl\w*|cuddl\w*|wrestl\w*|massag\w*|rub\w*) (?:game|games)\b[^.?!]{{0,30}}\b(?:hurts?|hurting|hurt me)\b[^.?!]{{0,60}}\b(?:secret|don'?t tell|dont tell|not to tell)\b"
)
_GAME_WHO = prefiltered(rf"\b(?:{_GROWN_UP}|he|him|his)\b")

# Taken somewhere on my own by a grown-up who is not a parent, "don't tell mum".
_OUTING_WHO = r"(?:uncle|(?:\w+'?s )?(?:work )?(?:friend|mate)|coach|neighbou?r|man|guy|teacher|tutor|lodger|babysitter)"
OUTING_ALONE = prefiltered(
    rf"\b{_OUTING_WHO}\b[^.?!,]{{0,40}}\b(?:take|takes|taking|took|bring|brings|bringing|drive|drives|driving)\b (?:me|just me|only me)\b[^.?!]{{0,60}}\b(?:on my own|by myself|just me|only me|just (?:for )?us|just the two of us|without (?:my )?(?:{MUMS}|{DADS}|parents))\b"
)
_FROM_PARENT = prefiltered(
    rf"\b(?:don'?t|dont|do not|not to|never|mustn'?t|can'?t|cant) tell (?:my )?(?:{MUMS}|{DADS}|parents|anyone|any ?one|nobody)\b|\bsecret from (?:my )?(?:{MUMS}|{DADS}|parents)\b"
)
_FOR_A_PARENT = prefiltered(
    rf"\b(?:presents?|gifts?|surprise|card|cake|flowers|party) for (?:my )?(?:{MUMS}|{DADS}|her|him|{GRANS})\b|\b(?:{MUMS}|{DADS})'?s (?:birthday|present|gift|surprise)\b|\b(?:mother|father)'?s day\b"
)

# A man, a stranger or an "old friend" asking when I walk home on my own.
ROUTE_ALONE_ASKED = prefiltered(
    r"\b(?:man|men|guy|lady|woman|stranger|someone|somebody|person|old friend|friend of (?:my |the )?\w+)\b[^.?!]{0,90}\b(?:ask\w*|wants? to know|wanted to know)\b[^.?!]{0,20}\b(?:what time|when|which way|what way|where|how) (?:i|we) (?:walk|go|get|come|cycle|ride)\w* home\b[^.?!]{0,30}\b(?:by myself|by my self|on my own|alone)\b"
)
_ROUTE_ASKER_CARER = prefiltered(
    rf"^\s*(?:my |the |our )?(?:{MUMS}|{DADS}|{GRANS}|{GRANDADS}|parents|teacher|lollipop (?:lady|man))\b"
)

# A video call, a camera or a watching eye while I'm in the bath or the shower.
BATH_CALL = prefiltered(
    r"\b(?:video ?call\w*|facetime\w*|face ?time|skype|webcam|call me on (?:camera|video)|see me|watch me|live ?stream\w*)\b[^.?!]{0,30}\b(?:when|while|whilst|if) (?:i'?m|im|i am) (?:in (?:the |my )?(?:bath|shower|bathtub)|having (?:a |my )?(?:bath|shower)|getting (?:changed|undressed))\b"
)
_BATH_CALLER_CARER = prefiltered(rf"^\s*(?:my )?(?:{MUMS}|{DADS}|{GRANS}|{GRANDADS}|parents)\b")

# Treats from a grown-up outside the family, "our special thing" the others "wouldn't get".
_OUTSIDER = r"(?:coach|teacher|tutor|instructor|trainer|leader|neighbou?r|caretaker|lodger|driver|man|guy|mr \w+|(?:\w+'?s )(?:friend|mate))"
_TREATS_WHO = prefiltered(rf"\b{_OUTSIDER}\b")
SPECIAL_THING_TREATS = prefiltered(
    r"\b(?:buys?|bought|gives?|gave|gets?|got|brings?|brought|sends?|sent) me\b[^.?!]{0,40}\b(?:our (?:special|little|secret) (?:thing|treat|deal|secret)|(?:the )?other (?:kids|children|girls|boys|ones) (?:wouldn'?t|wouldnt|won'?t|wont|would not|don'?t|dont) (?:get|understand)(?: it)?)\b"
)

# Children made to take their tops off and filmed.
UNDRESSED_FILMED = prefiltered(
    r"\b(?:made|make|makes|making|forced|forces|dared|dares|told|tells|got) (?:me|us|them|my \w+|the \w+ (?:kids|girls|boys))(?: to)? (?:take|took|taking|pull|pulled|get) (?:off )?(?:our|my|their) (?:tops?|clothes|shirts?|t-?shirts?|pants|knickers|trousers|bras?|pyjamas|pjs|underwear|vests?)(?: off)?\b[^.?!]{0,40}\b(?:film\w*|record\w*|video\w*|photo\w*|pictures?|pics?|snapchat\w*|took (?:a )?(?:pic|photo|picture)\w*)\b"
)

# A starred sex word: "s*x", "s*xy", "p*rn" (one star, so the spans keep their places).
_STARRED = re.compile(r"\bs\*x(?=y\b|ual\w*\b|\b)|\bp\*rn")


def _unstarred(text: str) -> str:
    return _STARRED.sub(lambda m: "sex" if m.group().startswith("s") else "porn", text)


def _said_after(act: Prefiltered, who: Prefiltered, text: str, reach: int) -> bool:
    """The act, with the one who does it named in the `reach` characters before it."""
    return any(who.search(text[max(0, m.start() - reach) : m.start()]) for m in act.finditer(text))


def find_family_gathering_harms(text: str) -> list[Finding]:
    out: list[Finding] = []
    whole = len(text)
    if (
        _said_after(UNDER_MY_BLANKET, _BED_WHO, text, 70)
        and _IN_BED_WHY.search(text)
        and not _IN_BED_FINE.search(text)
    ):
        out.append(Finding(A, "grown_up_under_my_blanket", CRITICAL, 0, whole))
    if GAME_UNDER_CLOTHES.search(text) and _GAME_WHO.search(text):
        out.append(Finding(A, "game_under_clothes", CRITICAL, 0, whole))
        out.append(Finding(X, "game_under_clothes", CRITICAL, 0, whole))
    if OUTING_ALONE.search(text) and _FROM_PARENT.search(text) and not _FOR_A_PARENT.search(text):
        out.append(Finding(G, "outing_kept_from_parent", CRITICAL, 0, whole))
    if ROUTE_ALONE_ASKED.search(text) and not _ROUTE_ASKER_CARER.search(text):
        out.append(Finding(G, "walk_home_alone_asked", CRITICAL, 0, whole))
    if BATH_CALL.search(text) and not _BATH_CALLER_CARER.search(text):
        out.append(Finding(G, "bath_call_wanted", CRITICAL, 0, whole))
    if _said_after(SPECIAL_THING_TREATS, _TREATS_WHO, text, 50):
        out.append(Finding(G, "treats_our_special_thing", CRITICAL, 0, whole))
    if UNDRESSED_FILMED.search(text):
        out.append(Finding(X, "undressed_and_filmed", CRITICAL, 0, whole))
    if "*" in text and _STARRED.search(text):
        out += find_sexual(_unstarred(text), teddy=False)
    return out
