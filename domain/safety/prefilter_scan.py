"""The pre-filter's scan of a text (prefilter): the pieces a text holds, found in one pass
of the index's automaton, and the numbers of the patterns those pieces make possible.

A scan is worked out when a pattern first asks (and the case-insensitive patterns' from the
lower-cased text, or every pattern beyond ASCII); the few texts scanned last are kept, so one
message's text passed from pattern to pattern is scanned once, and a part of it (a clause, a
sentence) reads the whole's pieces. prefilter keeps which scan was asked last (its fast path)
and the table of patterns (TABLE) every scan reads.
"""

from __future__ import annotations

from itertools import chain, compress
from operator import itemgetter
from typing import Any

from domain.safety.prefilter_index import Index, Table
from domain.safety.prefilter_odds import PIECE_LENGTHS
from domain.safety.prefilter_spaced import spaced

_RECENT_SCANS = 4
TABLE = Table()
"""Every pattern analysed, numbered, and the index built from them."""


class Everything:
    """Every pattern is possible (a case-insensitive pattern on text beyond ASCII)."""

    def __contains__(self, number: object) -> bool:
        return True


EVERYTHING = Everything()


def _found(text: str, index: Index) -> tuple[frozenset[str], list[Any]]:
    """The pieces in `text` (spaced), found by the index's automaton in one pass, with their
    entries (each piece's value in it: not looked up again among ~34,000)."""
    hits = dict(map(_VALUE, index.automaton.iter(text))) if index.pieces else {}
    return frozenset(hits), list(hits.values())


_VALUE = itemgetter(1)
_NO_NUMBERS: frozenset[int] = frozenset()


def _possible(found: frozenset[str], index: Index, entries: list[Any] | None) -> set[int]:
    """The numbers of the patterns that could match a text with these pieces (their
    `entries`, if known): one clause met, at least."""
    # In C throughout (map, compress, chain): a scan's one cost besides reading the index.
    entries = list(map(index.entries.__getitem__, found)) if entries is None else entries
    met = _NO_NUMBERS.union(*map(itemgetter(0), entries))
    possible = set(chain.from_iterable(map(itemgetter(1), entries)))
    others = chain.from_iterable(map(itemgetter(2), entries))
    numbers = chain.from_iterable(map(itemgetter(3), entries))
    possible.update(chain.from_iterable(compress(numbers, map(met.issuperset, others))))
    return possible


class Scan:
    """The patterns one text could match (`possible`), and those the case-insensitive ones
    could (`folded`: the lower-cased text's); each worked out when first needed."""

    __slots__ = ("text", "count", "possible", "folded", "found", "whole", "entries")

    def __init__(self, text: str, count: int, whole: Scan | None = None) -> None:
        self.text = text
        self.count = count
        self.possible: set[int] | None = None
        self.folded: set[int] | Everything | None = None
        self.found: frozenset[str] | None = None
        self.entries: list[Any] | None = None  # (the found pieces', when the automaton's)
        self.whole = whole
        """The scan of a text this one is part of, if any."""

    def work_out(self, fold: bool) -> set[int] | Everything:
        if not fold:
            return self.own()
        text = self.text
        if not text.isascii():  # case folding beyond ASCII ("K" is also the Kelvin sign)
            folded: set[int] | Everything = EVERYTHING
        elif text.islower() or text == text.lower():
            folded = self.own()
        else:
            folded = scan_of(text.lower()).own()
        self.folded = folded
        return folded

    def _lowered(self) -> Scan | None:
        """The scan of this ASCII text lower-cased, if it has capitals (None otherwise)."""
        text = self.text
        if self.whole is not None or not text.isascii() or text.islower():
            return None
        lower = text.lower()
        if lower == text:
            return None
        scan = scan_of(lower)
        return scan if scan.count == self.count else None

    def own(self) -> set[int]:
        possible = self.possible
        if possible is None:
            index = TABLE.index
            whole = self.whole
            if whole is None:
                found = self._pieces(index)
                lower = self._lowered()
                if lower is None:
                    possible = _possible(found, index, self.entries)
                else:
                    # What the lower-cased form could match, and all that a piece with
                    # capitals found could make possible (a superset: nothing skipped).
                    possible = lower.own()
                    lowered = lower._pieces(index)
                    if found is not lowered:
                        reach = index.cased_reach.__getitem__
                        possible = possible.union(*map(reach, found - lowered))
            else:
                wider = whole._pieces(index)
                found = self._pieces(index)
                possible = whole.own() if found is wider else _possible(found, index, None)
            self.possible = possible
        return possible

    def _pieces(self, index: Index) -> frozenset[str]:
        found = self.found
        if found is None:
            text = spaced(self.text)
            whole = self.whole
            lower = self._lowered() if whole is None else None
            if lower is not None:
                # Every piece of this text without a capital is a piece of its lower-cased
                # form (ASCII): those pieces, and the few pieces with capitals it holds, are
                # all it can hold (a superset at most, so no pattern it could match is
                # skipped), and the rules have often scanned the lower-cased form already.
                lowered = lower._pieces(index)
                cased = frozenset(filter(text.__contains__, index.cased_reach))
                found = lowered | cased if cased else lowered
            elif whole is None:
                found, self.entries = _found(text, index)
            else:
                # A part of a text: every piece of it is one of the whole's, but for those
                # its own ends make (the spaces added there).
                wider = whole._pieces(index)
                ends = index.pieces.intersection(
                    [text[:n] for n in PIECE_LENGTHS] + [text[-n:] for n in PIECE_LENGTHS]
                )
                found = wider if ends <= wider else wider | ends
            self.found = found
        return found


NOTHING = Scan("", 0)
_recent: list[Scan] = [NOTHING]


def scan_of(text: str) -> Scan:
    """The scan of `text`: a recent one, or a new one (of a part of the text scanned last,
    if it is one)."""
    count = TABLE.index.count
    for scan in _recent:
        if (scan.text is text or scan.text == text) and scan.count == count:
            scan.text = text  # (equal, maybe another object: the next calls pass this one)
            break
    else:
        whole = _recent[0]
        if whole.count == count and len(text) < len(whole.text) and text in whole.text:
            scan = Scan(text, count, whole)  # a part of the text scanned last
        else:
            scan = Scan(text, count)
            _recent[:] = [scan, *_recent[: _RECENT_SCANS - 1]]
    return scan
