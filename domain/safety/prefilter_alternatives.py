"""A big alternation run as only the alternatives a text could match.

Rule tables join many patterns into one "(?:a)|(?:b)|...", and `re` tries every
alternative at every position of a message even when the pre-filter knows that only one or
two of them could match anywhere in it. At the top of a pattern, an alternation's match is
at the leftmost position where any alternative matches, and there it is the first
alternative (in order) that matches. An alternative that matches nowhere never decides one,
so searching with each alternative the text could match, alone, and keeping the leftmost
match (the earliest alternative on a tie) gives the same match. Split only where that holds
plainly: no groups (their numbers would change), no inline flags, and no alternative that
can match the empty string (so each next search starts past the last match). The matches
have the same spans; their `re` and `pos` are the alternative's and the search's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.safety.prefilter_literals import parsed

_FEWEST = 4
"""Alternations with fewer alternatives run whole."""
_MOST_LIVE = 6
"""With more alternatives a text could match than this, the whole alternation runs."""


def split_alternatives(pattern: re.Pattern[str]) -> list[re.Pattern[str]] | None:
    """The alternatives of a pattern that is one alternation at its top ("(?:a)|(?:b)"),
    each compiled alone, if it can be run so; None otherwise."""
    if pattern.groups:
        return None
    sources = top_level_parts(pattern.pattern)
    if sources is None or len(sources) < _FEWEST:
        return None
    alternatives: list[re.Pattern[str]] = []
    for source in sources:
        if source.startswith("(?") and source[2:3].isalpha():
            return None  # an inline flag, which applies to the whole pattern
        try:
            alternative = re.compile(source, pattern.flags)
            if alternative.groups or parsed(source, pattern.flags).getwidth()[0] == 0:
                return None
        except Exception:
            return None
        alternatives.append(alternative)
    return alternatives


def top_level_parts(source: str) -> list[str] | None:
    """`source` split at each "|" outside groups and character classes."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 1
            if i < n and source[i] == "^":
                i += 1
            if i < n and source[i] == "]":
                i += 1  # a "]" first in a class is a literal
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
            i += 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts if depth == 0 else None


class Alternatives:
    """One alternation's alternatives, each with the pre-filter's number for it."""

    __slots__ = ("pattern", "numbers", "last", "_alternatives", "_by_number", "_number_set")

    def __init__(
        self, pattern: re.Pattern[str], alternatives: list[re.Pattern[str]], numbers: list[int]
    ) -> None:
        self.pattern = pattern
        self.numbers = tuple(numbers)
        """The pre-filter's number for each alternative, in order (negative: always run)."""
        self.last = max(numbers)
        self._alternatives = tuple(alternatives)
        # Numbers rise with the alternatives' order; with none negative, the alternatives a
        # text could match are those of its possible numbers, in order.
        by_number = dict(zip(numbers, alternatives, strict=True))
        self._by_number = by_number if min(numbers) >= 0 else None
        self._number_set = frozenset(by_number)
        """The same numbers as a set: intersecting two sets walks the smaller one."""

    def live(self, possible: object) -> re.Pattern[str] | tuple[re.Pattern[str], ...] | None:
        """What to run on a text whose possible numbers are `possible` (a container): the
        alternatives it could match (in order), the whole pattern when many could, the one
        alternative itself when only one could (its matches are the alternation's, as the
        module says, and `re` runs it without this module's loops), or None when none
        could."""
        by_number = self._by_number
        if by_number is not None and isinstance(possible, set):
            numbers = sorted(possible.intersection(self._number_set))
            if len(numbers) > _MOST_LIVE:
                return self.pattern
            if len(numbers) == 1:
                return by_number[numbers[0]]
            return tuple(map(by_number.__getitem__, numbers)) or None
        live = tuple(
            alternative
            for alternative, number in zip(self._alternatives, self.numbers, strict=True)
            if number < 0 or number in possible  # type: ignore[operator]
        )
        if not live:
            return None
        if len(live) == 1:
            return live[0]
        return self.pattern if len(live) > _MOST_LIVE else live


def search(
    alternatives: tuple[re.Pattern[str], ...], text: str, pos: int, endpos: int
) -> re.Match[str] | None:
    """The alternation's search: the leftmost match, the earliest alternative on a tie."""
    best: re.Match[str] | None = None
    for alternative in alternatives:
        found = alternative.search(text, pos, endpos)
        if found is not None and (best is None or found.start() < best.start()):
            best = found
    return best


def match(
    alternatives: tuple[re.Pattern[str], ...], text: str, pos: int, endpos: int, *, full: bool
) -> re.Match[str] | None:
    """The alternation's match (or fullmatch): the first alternative that matches."""
    for alternative in alternatives:
        found = (alternative.fullmatch if full else alternative.match)(text, pos, endpos)
        if found is not None:
            return found
    return None


def finditer(
    alternatives: tuple[re.Pattern[str], ...], text: str, pos: int, endpos: int
) -> Iterator[re.Match[str]]:
    """The alternation's matches, left to right, each search starting where the last
    match ended (no alternative matches the empty string).

    Each alternative's next match is kept and searched again only once an earlier match has
    passed its start: a match found from an earlier position that starts at or after `pos`
    is the one a search from `pos` finds (the text is never sliced, so lookarounds and word
    boundaries see the same characters), and an alternative with no match from an earlier
    position has none from `pos`. Searching every alternative again after each match would
    scan the rest of a long text once per match, for an alternative that matches rarely or
    not at all: quadratic."""
    nexts = [alternative.search(text, pos, endpos) for alternative in alternatives]
    while True:
        best: re.Match[str] | None = None
        for i, found in enumerate(nexts):
            if found is not None and found.start() < pos:
                found = nexts[i] = alternatives[i].search(text, pos, endpos)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        if best is None:
            return
        yield best
        pos = best.end()
