"""An exact pre-filter that spares the rules' regular expressions most of their scans.

Most messages are harmless, and most of a rule's cost is the scan that finds nothing:
Python's `re` tries a pattern like r"\\b(?:mom|dad|uncle)..." at every position. Each
pattern wrapped by `prefiltered` is analysed once (prefilter_literals) for the literal text
no match can do without, as clauses: conjunctions of requirements ("one of these strings"),
one of which every match meets. A message is scanned once for the short pieces that stand
for those strings, and that one pass works out every pattern that could match it; a call
on the same text then only looks its pattern up, and a pattern that cannot match is not
run. Results are the bare pattern's: a pattern with nothing it must contain always runs.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from domain.safety import prefilter_alternatives as each
from domain.safety.prefilter_alternatives import Alternatives, split_alternatives
from domain.safety.prefilter_literals import clauses
from domain.safety.prefilter_odds import PIECE_LENGTHS, piece, selectivity
from domain.safety.prefilter_spaced import spaced

_ANY_POSITION = sys.maxsize
_UNPREPARED = sys.maxsize
"""The number of a pattern not analysed yet: never among a scan's possible patterns."""
_ALWAYS = -1
"""The number of a pattern with nothing it must contain: it always runs."""
_RECENT_SCANS = 4

_Pieces = frozenset[str]
_Run = re.Pattern[str] | tuple[re.Pattern[str], ...] | None


class _Entry:
    """What one piece found in a text stands for."""

    __slots__ = ("requirements", "patterns", "clauses")

    def __init__(self) -> None:
        self.requirements: list[int] = []
        """The requirements a clause checks that one of its strings meets."""
        self.patterns: list[int] = []
        """Numbers with a one-requirement clause it meets: possible outright."""
        self.clauses: list[tuple[frozenset[int], tuple[int, ...]]] = []
        """Clauses whose rarest requirement it meets: the clause's other requirements (the
        text must meet each), and the numbers it makes possible (its own first)."""


class _Index:
    """A frozen view of the table that scans read: pieces and what each stands for."""

    __slots__ = ("pieces", "entries", "count")

    def __init__(self, entries: dict[str, _Entry], count: int) -> None:
        frozen = {
            p: (tuple(e.requirements), tuple(e.patterns), tuple(e.clauses))
            for p, e in entries.items()
        }
        self.entries = frozen
        self.pieces = frozenset(frozen)
        self.count = count
        """Numbers given when this view was made: later ones are not in it."""


class _Table:
    """Every prepared pattern's clauses, indexed by the pieces that can meet them."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._requirements: dict[_Pieces, int] = {}
        self._count = 0
        self._lock = threading.Lock()
        self._index: _Index | None = None

    def add(self, pattern: re.Pattern[str]) -> int:
        """Number and index a pattern (`_ALWAYS` when it has no clause)."""
        return self.add_clauses(clauses(pattern))

    def add_clauses(self, found: list[list[frozenset[str]]], also: int = _ALWAYS) -> int:
        """Number and index clauses, one of which a text must meet (`_ALWAYS`: none); a
        text that meets one makes `also` possible too (if given)."""
        if not found:
            return _ALWAYS
        with self._lock:
            number = self._count
            self._count += 1
            numbers = (number,) if also == _ALWAYS else (number, also)
            for clause in found:
                self._add_clause(clause, numbers)
            self._index = None
        return number

    def new_number(self) -> int:
        """A number for what other numbers' clauses make possible (`also`)."""
        with self._lock:
            number = self._count
            self._count += 1
            self._index = None
        return number

    @property
    def index(self) -> _Index:
        index = self._index
        if index is None:
            with self._lock:
                index = self._index = _Index(self._entries, self._count)
        return index

    def _add_clause(self, clause: list[frozenset[str]], numbers: tuple[int, ...]) -> None:
        trigger = max(clause, key=selectivity)
        pieces = {_pieces(need) for need in clause}
        trigger_pieces = _pieces(trigger)
        # A requirement met whenever the trigger is (all its pieces among the requirement's)
        # need not be checked.
        others = frozenset(self._requirement(p) for p in pieces if not p >= trigger_pieces)
        for key in trigger_pieces:
            entry = self._entry(key)
            if not others:
                entry.patterns.extend(n for n in numbers if n not in entry.patterns)
            elif (others, numbers) not in entry.clauses:
                entry.clauses.append((others, numbers))

    def _requirement(self, pieces: _Pieces) -> int:
        """The number of a requirement a clause checks; its pieces note it when found."""
        number = self._requirements.get(pieces)
        if number is None:
            number = self._requirements[pieces] = len(self._requirements)
            for key in pieces:
                self._entry(key).requirements.append(number)
        return number

    def _entry(self, key: str) -> _Entry:
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = _Entry()
        return entry


@cache
def _pieces(need: frozenset[str]) -> _Pieces:
    return frozenset(map(piece, need))


_TABLE = _Table()


class _Everything:
    """Every pattern is possible (a case-insensitive pattern on text beyond ASCII)."""

    def __contains__(self, number: object) -> bool:
        return True


_EVERYTHING = _Everything()


def _slices(length: int) -> list[slice]:
    return [slice(i, i + n) for n in PIECE_LENGTHS for i in range(length - n + 1)]


_SHORT = 258
_SLICES = [_slices(length) for length in range(_SHORT + 1)]
"""Every piece-long slice of a text of each length up to 256 and its two spaces (messages
are short)."""


def _found(text: str, index: _Index) -> frozenset[str]:
    """The pieces in `text` (spaced)."""
    slices = _SLICES[len(text)] if len(text) <= _SHORT else _slices(len(text))
    return index.pieces.intersection(map(text.__getitem__, slices))


def _possible(found: frozenset[str], index: _Index) -> set[int]:
    """The numbers of the patterns that could match a text with these pieces: one clause
    met, at least."""
    possible: set[int] = set()
    entries = index.entries
    met: set[int] = set()
    for key in found:
        met.update(entries[key][0])
    for key in found:
        _, patterns, clauses_met = entries[key]
        possible.update(patterns)
        for others, numbers in clauses_met:
            if numbers[0] not in possible and others <= met:
                possible.update(numbers)
    return possible


class _Scan:
    """The patterns one text could match (`possible`), and those the case-insensitive ones
    could (`folded`: the lower-cased text's); each worked out when first needed."""

    __slots__ = ("text", "count", "possible", "folded", "found", "whole")

    def __init__(self, text: str, count: int, whole: _Scan | None = None) -> None:
        self.text = text
        self.count = count
        self.possible: set[int] | None = None
        self.folded: set[int] | _Everything | None = None
        self.found: frozenset[str] | None = None
        self.whole = whole
        """The scan of a text this one is part of, if any."""

    def work_out(self, fold: bool) -> set[int] | _Everything:
        if not fold:
            return self._own()
        text = self.text
        if not text.isascii():  # case folding beyond ASCII ("K" is also the Kelvin sign)
            folded: set[int] | _Everything = _EVERYTHING
        elif text.islower() or text == text.lower():
            folded = self._own()
        else:
            folded = _scan(text.lower(), keep=False)._own()
        self.folded = folded
        return folded

    def _own(self) -> set[int]:
        possible = self.possible
        if possible is None:
            index = _TABLE.index
            whole = self.whole
            if whole is None:
                possible = _possible(self._pieces(index), index)
            else:
                wider = whole._pieces(index)
                found = self._pieces(index)
                possible = whole._own() if found is wider else _possible(found, index)
            self.possible = possible
        return possible

    def _pieces(self, index: _Index) -> frozenset[str]:
        found = self.found
        if found is None:
            text = spaced(self.text)
            whole = self.whole
            if whole is None:
                found = _found(text, index)
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


_NOTHING = _Scan("", 0)
_last = _NOTHING
"""The text scanned last: the rules pass one message's normalised text to one pattern
after another."""
_recent: list[_Scan] = [_NOTHING]


def _scan(text: str, *, keep: bool = True) -> _Scan:
    """The scan of `text`: a recent one, or a new one (of a part of the text scanned last,
    if it is one)."""
    global _last
    count = _TABLE.index.count
    for scan in _recent:
        if (scan.text is text or scan.text == text) and scan.count == count:
            break
    else:
        whole = _recent[0]
        if whole.count == count and len(text) < len(whole.text) and text in whole.text:
            scan = _Scan(text, count, whole)  # a part of the text scanned last
        else:
            scan = _Scan(text, count)
            _recent[:] = [scan, *_recent[: _RECENT_SCANS - 1]]
    if keep:
        _last = scan
    return scan


class Prefiltered:
    """A compiled pattern that skips texts it provably cannot match; same results."""

    __slots__ = ("pattern", "_number", "_fold", "_parts")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._fold = bool(pattern.flags & re.IGNORECASE)
        self._number = _UNPREPARED
        """Analysed on first use (or by `prepare_all`), not at import."""
        self._parts: Alternatives | None = None
        _PENDING.append(self)

    def prepare(self) -> None:
        if self._number != _UNPREPARED:
            return
        alternatives = split_alternatives(self.pattern)
        if alternatives is None:
            self._number = _TABLE.add(self.pattern)
            return
        found = [clauses(alternative) for alternative in alternatives]
        # The whole is possible when one alternative is (always, if one has no clause).
        whole = _ALWAYS if not all(found) else _TABLE.new_number()
        numbers = [_TABLE.add_clauses(clauses_of, also=whole) for clauses_of in found]
        if whole == _ALWAYS and all(number == _ALWAYS for number in numbers):
            self._number = _ALWAYS
            return
        self._parts = Alternatives(self.pattern, alternatives, numbers)
        self._number = whole

    def possible(self, text: str) -> bool:
        """False only if no match can exist anywhere in `text`."""
        return self._to_run(text) is not None

    def _to_run(self, text: str) -> _Run:
        """What to run on `text`: this pattern, the alternatives of it `text` could match,
        or None when no match can exist anywhere in it."""
        number = self._number
        parts = self._parts
        if number == _ALWAYS and parts is None:
            return self.pattern
        scan = _last
        if scan.text is not text:
            scan = _scan(text)
        fold = self._fold
        possible = scan.folded if fold else scan.possible
        if possible is None:
            possible = scan.work_out(fold)
        if number in possible or number == _ALWAYS:
            if parts is None:
                return self.pattern
            return parts.live(possible) if parts.last < scan.count else self._late(text)
        return self._late(text) if number >= scan.count else None

    def _late(self, text: str) -> _Run:
        """Not analysed yet, or after this text was scanned: analysed, and a new scan."""
        self.prepare()
        _scan(text)
        return self._to_run(text)

    def _to_run_to(self, text: str, endpos: int) -> _Run:
        """`_to_run` for a search that stops at `endpos` (where a word boundary then is)."""
        return self._to_run(text if endpos >= len(text) else text[:endpos])

    def search(self, text: str, pos: int = 0, endpos: int = _ANY_POSITION) -> re.Match[str] | None:
        run = self._to_run(text) if endpos == _ANY_POSITION else self._to_run_to(text, endpos)
        if run is None:
            return None
        if isinstance(run, tuple):
            return each.search(run, text, pos, endpos)
        return run.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _ANY_POSITION) -> re.Match[str] | None:
        run = self._to_run(text) if endpos == _ANY_POSITION else self._to_run_to(text, endpos)
        if run is None:
            return None
        if isinstance(run, tuple):
            return each.match(run, text, pos, endpos, full=False)
        return run.match(text, pos, endpos)

    def fullmatch(
        self, text: str, pos: int = 0, endpos: int = _ANY_POSITION
    ) -> re.Match[str] | None:
        run = self._to_run(text) if endpos == _ANY_POSITION else self._to_run_to(text, endpos)
        if run is None:
            return None
        if isinstance(run, tuple):
            return each.match(run, text, pos, endpos, full=True)
        return run.fullmatch(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = _ANY_POSITION
    ) -> Iterator[re.Match[str]]:
        run = self._to_run(text) if endpos == _ANY_POSITION else self._to_run_to(text, endpos)
        if run is None:
            return iter(())
        if isinstance(run, tuple):
            return each.finditer(run, text, pos, endpos)
        return run.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = _ANY_POSITION) -> list[Any]:
        run = self._to_run(text) if endpos == _ANY_POSITION else self._to_run_to(text, endpos)
        if run is None:
            return []
        if isinstance(run, tuple):
            return [m.group() for m in each.finditer(run, text, pos, endpos)]
        return run.findall(text, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.pattern.sub(repl, text, count) if self.possible(text) else text


_PENDING: list[Prefiltered] = []


def prepare_all() -> None:
    """Analyse every pattern not analysed yet (the engine's warm-up calls this, so no
    assessment pays for it)."""
    while _PENDING:
        _PENDING.pop().prepare()


def prefiltered(pattern: str | re.Pattern[str], flags: int = 0) -> Prefiltered:
    """`re.compile(pattern, flags)` behind the pre-filter."""
    compiled = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)
    return Prefiltered(compiled)
