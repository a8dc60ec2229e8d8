# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A child offering or asking for a sexual story about a real person undressing (round 43:
"teddy wanna hear a dirty story about my new babysitter taking her clothes off"), read as a
meaning: a dirty, naughty, sexy, rude or spicy story, tale or joke (told, heard, made up,
written) about someone undressing, stripping, naked or in their underwear; or any story about
a real grown-up the child knows (a babysitter, a teacher, a neighbour, mum's friend, a nanny)
taking their clothes off or being naked.

Near misses stay allowed: a dirty story about a pig rolling in mud, the emperor's new clothes,
a funny story about my babysitter's dog, my little brother taking his clothes off to get in the
bath, a story about a babysitter who takes her coat off and reads to us."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

_STORY = r"(?:story|stories|tale|tales|joke|jokes|fanfic|fan fiction|poem|song)"
_RUDE = r"(?:dirty|naughty|sexy|rude|spicy|steamy|x-? ?rated|adult|saucy|kinky|pervy|nasty)"
_UNDRESS = r"(?:(?:taking|takes|took|take|pulling|pulls|pulled|getting|gets|got|whipping|whips) (?:off )?(?:all )?(?:her|his|their|my|your) (?:clothes|clothing|top|shirt|bra|knickers|pants|undies|underwear|trousers|dress|skirt|things)(?: off)?|strip(?:s|ped|ping|per|pers)?|undress\w*|(?:getting|got|gets|being|is|was) (?:all )?(?:naked|nude|in (?:her|his) (?:underwear|undies|bra|knickers|pants))|naked|nude|no clothes on|with nothing on|in the nude|in (?:her|his) (?:underwear|undies|bra|knickers))"
_REAL = r"(?:my (?:\w+ )?(?:babysitter|teacher|neighbou?r|nanny|au pair|childminder|tutor|coach|aunt|auntie|uncle|step ?mum|step ?mom|step ?dad|mum|mom|dad)|(?:mum|mom|dad)'?s (?:friend|boyfriend|girlfriend)|(?:mrs|mr|miss|ms) \w+|the (?:\w+ )?(?:babysitter|teacher|neighbou?r|nanny|lady next door|man next door))"
RUDE_STORY_UNDRESSING = prefiltered(
    rf"\b{_RUDE} {_STORY}\b[^.?!]{{0,40}}\b{_UNDRESS}\b"
    rf"|\b{_STORY} (?:about|of|where|with)\b[^.?!]{{0,10}}\b{_REAL}\b[^.?!]{{0,20}}\b{_UNDRESS}\b"
)
_TELL_OR_HEAR = prefiltered(
    r"\b(?:wanna|want to|wan na|do you want|shall i|can i|let me|i'?ll|i will|gonna|tell|told|hear|heard|write|wrote|make up|made up|read|listen|guess what)\b"
)
_NOT_SEXUAL = prefiltered(
    r"\b(?:mud|muddy|emperor|bath|bathtime|swimming|costume|pyjamas|pajamas|coat|jacket|wellies|shoes)\b"
)


def find_sexual_story_asked(text: str) -> list[Finding]:
    if (
        RUDE_STORY_UNDRESSING.search(text)
        and _TELL_OR_HEAR.search(text)
        and not _NOT_SEXUAL.search(text)
    ):
        return [Finding(SafetyCategory.SEXUAL, "sexual_story_asked", CRITICAL, 0, len(text))]
    return []
