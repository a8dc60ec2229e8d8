"""Text tools of the offline responder: deterministic choice, word handling, final form."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TypeVar

from domain.enums import AgeGroup

T = TypeVar("T")

MAX_REPLY_CHARS = 400
MAX_MESSAGE_CHARS = 2000

_PLACEHOLDER = re.compile(r"\[[^\[\]]{1,40}\]")
_WORD = re.compile(r"[a-z0-9]+")
_SPACES = re.compile(r"\s+")
_NAME = re.compile(r"^[A-Za-z][A-Za-z'-]{0,19}$")
_VOWELS = frozenset("aeiou")


class Picker:
    """Reproducible choices seeded from the turn, the message and a salt (no randomness)."""

    __slots__ = ("_state",)

    def __init__(self, *parts: object) -> None:
        seed = zlib.crc32("|".join(str(part) for part in parts).encode())
        self._state = seed or 0x9E3779B9

    def number(self, bound: int) -> int:
        x = self._state
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self._state = x
        return x % bound

    def pick(self, options: Sequence[T]) -> T:
        return options[self.number(len(options))]

    def chance(self, percent: int) -> bool:
        return self.number(100) < percent


def without_placeholders(text: str) -> str:
    """The text with redaction markers such as [NAME] or [ADDRESS] removed."""
    return _PLACEHOLDER.sub(" ", text)


@lru_cache(maxsize=16_384)
def stem(word: str) -> str:
    """A crude singular form, applied alike to lexicon keys and to the child's words."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("shes", "ches", "xes", "sses")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words_of(text: str) -> list[str]:
    """Lower-case words of the child's message, placeholders removed, apostrophes dropped."""
    text = text[:MAX_MESSAGE_CHARS]
    return _WORD.findall(without_placeholders(text).lower().replace("'", "").replace("’", ""))


def stems_of(words: Iterable[str]) -> set[str]:
    return {stem(word) for word in words}


def find_in(lexicon: Mapping[str, str], words: Sequence[str]) -> str | None:
    """The display form of the first lexicon entry named in the words (two-word entries too)."""
    for index, first in enumerate(words):
        second = words[index + 1] if index + 1 < len(words) else ""
        pair = lexicon.get(f"{first} {stem(second)}")
        if pair:
            return pair
        hit = lexicon.get(first) or lexicon.get(stem(first))
        if hit:
            return hit
    return None


def with_article(noun: str) -> str:
    vowel = noun[:1].lower() in _VOWELS and not noun.lower().startswith(("uni", "eu", "one"))
    return f"an {noun}" if vowel else f"a {noun}"


def safe_first_name(child_name: str | None) -> str | None:
    """Only a plain first name is ever spoken; anything else (markers, full names) is dropped."""
    if not child_name or "[" in child_name:
        return None
    first = child_name.strip().split(" ")[0]
    return first[:1].upper() + first[1:] if _NAME.match(first) else None


def band_of(age: int) -> AgeGroup:
    return AgeGroup.for_age(age)


def finish(text: str) -> str:
    """One clean line of at most MAX_REPLY_CHARS, cut at a sentence end when too long."""
    text = _SPACES.sub(" ", without_placeholders(text)).strip()
    if len(text) <= MAX_REPLY_CHARS:
        return text
    cut = text[:MAX_REPLY_CHARS]
    end = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    return cut[: end + 1] if end > 0 else cut[: MAX_REPLY_CHARS - 1].rstrip() + "…"


def fingerprint(text: str) -> int:
    return zlib.crc32(text.encode())
