# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The child's real name used as its name online (miss6465b, round 65's personal-info miss):
"my xbox gamertag is my real name, olly bennett-price, so people can find me", "i use my full
name as my roblox username". Personal information found on the original text, beside
redaction.py: the name is redacted when it is given, the line is personal information either
way. "my gamertag isn't my real name" and "never use your real name online" are not."""

from __future__ import annotations

import re

from domain.safety.prefilter import prefiltered

_F = re.IGNORECASE
_ONLINE_NAME = r"(?:username|user name|gamer ?tag|screen ?name|account name|display name|profile name|handle|(?:roblox|minecraft|fortnite|xbox|psn|tiktok|youtube|discord|snapchat|snap|insta|instagram|twitch|steam) (?:name|id))"
_REAL_NAME = r"(?:my|me) (?:real|full|actual|proper|first and last|whole|own) name"
REAL_NAME_ONLINE = prefiltered(
    rf"\b(?:my|our) (?:\w+ )?{_ONLINE_NAME}\s+(?:is|=|:|'s)\s+(?:just |literally |actually |basically )?{_REAL_NAME}\b(?:\s*,?\s*(?:which is |it'?s |its )?(?P<value>[A-Za-z][A-Za-z'-]+(?:\s+[A-Za-z][A-Za-z'-]+)?))?"
    rf"|\b(?:i use|i used|i put|i'?ve got|i have|i made|it'?s|its) {_REAL_NAME} (?:as|for|on) (?:my|our) (?:\w+ )?{_ONLINE_NAME}\b",
    _F,
)
_NOT_A_NAME = frozenset(
    ["so", "and", "but", "because", "cos", "which", "that", "on", "in", "for", "lol", "haha", "too", "as", "with", "if", "is"]
)  # fmt: skip


def find_real_name_online(text: str) -> list[tuple[int, int, bool]]:
    """Each real name used online as (start, end, redactable): the name itself when given
    (redactable), else the whole phrase (recorded, nothing to redact)."""
    found = []
    for m in REAL_NAME_ONLINE.finditer(text):
        value = m.group("value")
        if value:
            words = value.split()
            while words and words[-1].lower() in _NOT_A_NAME:
                words.pop()
            if words and words[0].lower() not in _NOT_A_NAME:
                start = m.start("value")
                found.append((start, start + len(" ".join(words)), True))
                continue
        found.append((m.start(), m.end(), False))
    return found
