"""The numbers of the patterns rule gates need (rule_gates.py), in the form one pre-filter
scan answers for many gates at once (prefilter.possible_any)."""

from __future__ import annotations

from domain.safety.prefilter import Prefiltered
from domain.safety.prefilter_index import ALWAYS


class Needs:
    """The numbers of some patterns, to ask at once whether a text could match any of them
    (`possible_any`)."""

    __slots__ = ("plain", "folded", "highest")

    def __init__(self, plain: frozenset[int], folded: frozenset[int]) -> None:
        self.plain = plain
        self.folded = folded
        """The case-insensitive patterns' numbers (read against the lower-cased text)."""
        self.highest = max(plain | folded)


def needs(patterns: tuple[Prefiltered, ...]) -> Needs | None:
    """The patterns' numbers (each analysed now, if not yet); None if one always runs."""
    plain: set[int] = set()
    folded: set[int] = set()
    for pattern in patterns:
        number, fold = pattern.numbered()
        if number == ALWAYS:
            return None
        (folded if fold else plain).add(number)
    if not plain and not folded:
        return None
    return Needs(frozenset(plain), frozenset(folded))


class NeedsTable:
    """Many `Needs` (None: always possible), asked about together (`possible_any`)."""

    __slots__ = ("needed", "always", "numbers", "by_number", "any_number", "highest", "folded")

    def __init__(self, needed: tuple[Needs | None, ...]) -> None:
        self.needed = needed
        self.always = tuple(n is None for n in needed)
        self.numbers = tuple(frozenset() if n is None else n.plain | n.folded for n in needed)
        """Each one's numbers, for a text whose lower-cased form is itself."""
        by_number: dict[int, list[int]] = {}
        for i, numbers in enumerate(self.numbers):
            for number in numbers:
                by_number.setdefault(number, []).append(i)
        self.by_number = {number: tuple(needs) for number, needs in by_number.items()}
        """The same, the other way round: each number with the needs it is one of."""
        self.any_number = frozenset(by_number)
        self.highest = max((n.highest for n in needed if n is not None), default=-1)
        self.folded = any(n is not None and n.folded for n in needed)
