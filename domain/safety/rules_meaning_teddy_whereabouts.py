# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy asking where the people the child visits live (round 38: "Which street is your
grandma's house on? Tell me so I can remember it."): the street, road, town, number or address
of a grandparent's, a friend's, a parent's or a childminder's home, or where they live with
"tell me", "exactly", "remember" or the street named.

Near misses stay allowed: a place in a story ("which street did the school trip go to in the
story?", "the grandma's house in the woods"), and chat about a visit ("do you like going to
your grandma's house?")."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import SEVERE, Finding
from domain.safety.meaning_concepts_people import STEP_PARENT
from domain.safety.meaning_concepts_play import PLAY_OR_STORY
from domain.safety.prefilter import prefiltered

_WHO = rf"(?:grandma|grandmas|granny|gran|nan|nana|nanna|nanny|grandad|grandpa|granddad|grandparents|auntie|aunty|aunt|uncle|cousins?|best friend|friends?|dad|daddy|mum|mummy|mom|mommy|childminder|babysitter|{STEP_PARENT}|other house)"
_WHERE = r"(?:street|road|lane|avenue|close|drive|town|village|estate|city|area|part of town|postcode|post code|zip code|zipcode|address|house number|door number|number)"
TEDDY_ASKS_WHERE_THEY_LIVE = prefiltered(
    rf"\b(?:what|which|what'?s|whats)\b (?:is )?(?:the )?{_WHERE}\b[^.?!]{{0,25}}\b(?:your|ur) {_WHO}(?:'?s?)? (?:house|home|flat|place|apartment|bungalow|caravan)\b"
    rf"|\b(?:your|ur) {_WHO}(?:'?s?)? (?:house|home|flat|place|apartment|bungalow)\b[^.?!]{{0,15}}\b(?:on|in|at) (?:what|which) {_WHERE}\b"
    rf"|\b(?:what|which|what'?s|whats)\b (?:is )?(?:the )?{_WHERE}\b[^.?!]{{0,10}}\b(?:does|do) (?:your|ur) {_WHO} live\b"
    rf"|\bwhere (?:exactly )?(?:does|do) (?:your|ur) {_WHO} live\b.{{0,60}}\b(?:tell me|exactly|remember|street|road|address|number|write it|so i can|postcode)\b"
    rf"|\b(?:tell me|what'?s|whats|what is)\b[^.?!]{{0,10}}\b(?:the )?(?:address|postcode|street|house number) (?:of|at|for) (?:your|ur) {_WHO}\b"
    rf"|\b(?:tell me|what'?s|whats|what is)\b[^.?!]{{0,10}}\b(?:your|ur) {_WHO}(?:'?s?)? (?:address|postcode|street|house number)\b"
)
_STORY = prefiltered(rf"\b(?:{PLAY_OR_STORY}|imagine)\b")


def find_teddy_whereabouts(text: str) -> list[Finding]:
    if TEDDY_ASKS_WHERE_THEY_LIVE.search(text) and not _STORY.search(text):
        return [
            Finding(
                SafetyCategory.PERSONAL_INFO, "teddy_asks_where_they_live", SEVERE, 0, len(text)
            )
        ]
    return []
