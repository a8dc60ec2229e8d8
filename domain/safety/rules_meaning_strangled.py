# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Someone strangling, choking or throttling the child, trying to or threatening to (fa54: "my
brother strangled me", "my brother threatened to strangle me", "my sister says shell strangle
me if i tell"), read as a meaning: a person (a sibling, a carer, "he", "she", someone) and the
act on "me", done, tried, threatened or promised ("he'll", "hell", "she'd", "shed").

Near misses stay allowed: a joke over a sweet ("lol"), a pillow fight or wrestling game,
choking on food, "i could strangle my brother he's so annoying"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

_WHO = (
    r"(?:my (?:\w+ )?(?:brother|sister|bro|sis|cousin|stepbrother|stepsister|step ?\w+|dad|daddy|mum|mom|mummy|uncle|aunt\w*|nan|grandad|grandpa|grandma|babysitter|teacher|friend|boyfriend)"
    r"|he|she|they|someone|somebody|a (?:boy|girl|man|lady|kid)|the (?:boy|girl|man|lady|kid|big kids?))"
)
_WILL = r"(?:'?ll|'?d|ll|d| will| would| is gonna| was gonna| is going to| was going to| gonna)"
_ACT = (
    r"(?:strangled|strangles|throttled|throttles|choked|chokes"
    r"|(?:tried|tries|trying|threatened|threatens|threatening|wants?|wanted|is going|was going|gonna) to (?:strangle|throttle|choke)"
    rf"|(?:says?|said|told me|tells me|keeps saying|screamed|shouted)(?: that)? (?:he|she|they)\s?{_WILL} (?:strangle|throttle|choke))"
)
STRANGLED = prefiltered(rf"\b{_WHO}\b[^.?!]{{0,15}}\b{_ACT} me\b")
STRANGLED_IN_PLAY = prefiltered(
    r"\b(?:lol|lmao|haha\w*|hehe\w*|jk|joking|kidding|pillow|game|play\w*|pretend\w*|wrestl\w*|hug\w*|cuddl\w*|tickl\w*|teddy|toy|dream|story|film|movie|laugh\w*|so annoying)\b"
)


def find_strangled(text: str) -> list[Finding]:
    if STRANGLED.search(text) and not STRANGLED_IN_PLAY.search(text):
        return [Finding(SafetyCategory.ABUSE, "strangled", CRITICAL, 0, len(text))]
    return []
