"""Spelling repairs before matching: common misspellings ("myslef") and run-together
words ("iwanttodie") split with a vocabulary shipped as words.txt (the word list of the
alt-profanity-check model plus English function words)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_WORD = re.compile(r"[a-z]+")
_LONG_WORD = re.compile(r"[a-z]{7,}")
_SIGNAL_WORDS = frozenset(
    [
        "die",
        "dying",
        "dead",
        "kill",
        "killing",
        "myself",
        "sex",
        "sexy",
        "fuck",
        "shit",
        "hate",
        "hurt",
        "hurts",
        "suicide",
        "nude",
        "nudes",
        "porn",
        "touch",
        "touches",
        "stupid",
        "idiot",
        "ugly",
        "fat",
        "dumb",
        "naked",
        "cut",
        "hang",
        "stab",
        "shoot",
        "gun",
        "knife",
        "bitch",
        "ass",
        "dick",
        "boobs",
        "secret",
        "meet",
        "pics",
        "pic",
        "photo",
        "address",
        "alone",
        "drugs",
        "weed",
        "drunk",
        "beer",
        "vape",
        "hit",
        "hits",
        "punch",
        "kick",
        "bleed",
        "blood",
        "loser",
        "hell",
        "damn",
        "crap",
    ]
)


def needs_rewrite(text: str) -> bool:
    if _LONG_WORD.search(text):
        return True
    fixes = _vocabulary().misspellings
    return any(w in fixes for w in _WORD.findall(text))


def rewrite_words(text: str, origin: list[int]) -> tuple[list[str], list[int]]:
    """Fix common misspellings ("myslef") and split run-together words ("iwanttodie")."""
    vocab = _vocabulary()
    out_chars: list[str] = []
    out_origin: list[int] = []
    cursor = 0
    for m in _WORD.finditer(text):
        word = m.group()
        replacement = vocab.misspellings.get(word)
        if replacement is None and len(word) >= 7 and word not in vocab.words:
            parts = segment(word)
            # Only split when a part is a word the rules care about ("iwanttodie"), so
            # ordinary words missing from the vocabulary ("pajamas") stay whole.
            if parts and any(part in _SIGNAL_WORDS for part in parts):
                replacement = " ".join(parts)
        if replacement is None:
            continue
        out_chars.extend(text[cursor : m.start()])
        out_origin.extend(origin[cursor : m.start()])
        span = origin[m.start() : m.end()]
        for k, ch in enumerate(replacement):
            out_chars.append(ch)
            out_origin.append(span[min(k, len(span) - 1)])
        cursor = m.end()
    out_chars.extend(text[cursor:])
    out_origin.extend(origin[cursor:])
    return out_chars, out_origin


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    words: frozenset[str]
    misspellings: dict[str, str]


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    package = resources.files("domain.safety")
    words = frozenset(package.joinpath("words.txt").read_text("utf-8").split())
    lexicon = json.loads(package.joinpath("lexicon.json").read_text("utf-8"))
    return _Vocabulary(words=words, misspellings=dict(lexicon["misspellings"]))


def segment(word: str, max_parts: int = 5) -> list[str] | None:
    """Split a run-together word into known words ("killmyself" -> ["kill", "myself"]).

    Fewest words wins, then the most even split; None when no split into at most
    `max_parts` known words exists."""
    if len(word) > 40:
        return None
    words = _vocabulary().words
    n = len(word)
    best: list[tuple[int, int, int] | None] = [None] * (n + 1)  # (parts, -sum of squares, prev)
    best[0] = (0, 0, -1)
    for end in range(1, n + 1):
        for start in range(max(0, end - 20), end):
            prior = best[start]
            if prior is None or word[start:end] not in words:
                continue
            size = end - start
            if size == 1 and word[start:end] not in ("i", "a"):
                continue
            candidate = (prior[0] + 1, prior[1] - size * size, start)
            current = best[end]
            if current is None or candidate[:2] < current[:2]:
                best[end] = candidate
    final = best[n]
    if final is None or final[0] > max_parts or final[0] < 2:
        return None
    parts: list[str] = []
    end = n
    while end > 0:
        entry = best[end]
        assert entry is not None
        parts.append(word[entry[2] : end])
        end = entry[2]
    return parts[::-1]
