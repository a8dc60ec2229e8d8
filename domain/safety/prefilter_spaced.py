"""The spaced form the pre-filter compares texts in: every character that is not a word
character (as `\\w` means it) a space, and a space at each end, where a word boundary can
also be. A word boundary inside a pattern's string is marked while the string is built, and
settled once its neighbours are known: beside a word character it is a space."""

from __future__ import annotations

import re
from functools import cache

MARK = "\x00"
"""A word boundary inside a string being built; settled against its neighbours (a space
beside a word character) once the string is complete."""
_ASCII_SPACED = bytes(c if chr(c).isalnum() or c == ord("_") else 32 for c in range(256))
_NOT_WORD = re.compile(r"\W")


def spaced(text: str) -> str:
    """`text` as pieces are looked for in: each non-word character a space, one more at
    each end (where a word boundary can also be)."""
    if text.isascii():
        return (b" " + text.encode("ascii").translate(_ASCII_SPACED) + b" ").decode("ascii")
    return " " + _NOT_WORD.sub(" ", text) + " "


def word(ch: str) -> bool:
    return ch == "_" or ch.isalnum()  # what `\w` matches in a str pattern


def settle(strings: set[str] | frozenset[str]) -> frozenset[str]:
    """The strings with their word boundaries settled; those no match can contain (a
    boundary between two word characters, or two others) dropped."""
    out: set[str] = set()
    for s in strings:
        settled = _settled(s)
        if settled is not None:
            out.add(settled)
    return frozenset(out)


@cache
def _settled(s: str) -> str | None:
    if MARK not in s:
        return s
    while MARK + MARK in s:
        s = s.replace(MARK + MARK, MARK)
    out: list[str] = []
    for k, ch in enumerate(s):
        if ch != MARK:
            out.append(ch)
            continue
        left = s[k - 1] if k > 0 else None
        right = s[k + 1] if k + 1 < len(s) else None
        if left is not None and right is not None:
            if word(left) == word(right):
                return None
        elif word(left or right or " "):
            out.append(" ")  # the other side is a non-word character or an end
    return "".join(out)
