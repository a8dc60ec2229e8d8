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
from typing import Any

from domain.safety.prefilter_literals import PIECE_LENGTHS, clauses, piece, selectivity

_ANY_POSITION = sys.maxsize
_UNPREPARED = sys.maxsize
"""The number of a pattern not analysed yet: never among a scan's possible patterns."""
_RECENT_SCANS = 4


class _Entry:
    """What one piece found in a text stands for."""

    __slots__ = ("requirements", "patterns", "clauses")

    def __init__(self) -> None:
        self.requirements: list[int] = []
        """Requirements that one of its strings meets (only those a clause checks)."""
        self.patterns: list[int] = []
        """Patterns with a one-requirement clause it meets: possible outright."""
        self.clauses: list[tuple[frozenset[int], int]] = []
        """(other requirements, pattern) of clauses whose rarest requirement it meets."""


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
        """Patterns numbered when this view was made: later ones are not in it."""


class _Table:
    """Every prepared pattern's clauses, indexed by the pieces that can meet them."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._requirements: dict[frozenset[str], int] = {}
        self._checked: set[int] = set()
        self._count = 0
        self._lock = threading.Lock()
        self._index: _Index | None = None

    def add(self, pattern: re.Pattern[str]) -> int | None:
        """Number and index a pattern; None when it has no clause and must always run."""
        found = clauses(pattern)
        if not found:
            return None
        with self._lock:
            number = self._count
            self._count += 1
            for clause in found:
                self._add_clause(clause, number)
            self._index = None
        return number

    @property
    def index(self) -> _Index:
        index = self._index
        if index is None:
            with self._lock:
                index = self._index = _Index(self._entries, self._count)
        return index

    def _add_clause(self, clause: list[frozenset[str]], number: int) -> None:
        trigger = max(clause, key=selectivity)
        others = frozenset(self._requirement(need) for need in clause) - {
            self._requirement(trigger)
        }
        for need in clause:
            if self._requirement(need) in others:
                self._check(need)
        for literal in trigger:
            entry = self._entry(piece(literal))
            if not others:
                if number not in entry.patterns:
                    entry.patterns.append(number)
            elif (others, number) not in entry.clauses:
                entry.clauses.append((others, number))

    def _requirement(self, need: frozenset[str]) -> int:
        return self._requirements.setdefault(need, len(self._requirements))

    def _check(self, need: frozenset[str]) -> None:
        """Have a scan note when a text meets `need` (a clause checks it)."""
        number = self._requirements[need]
        if number in self._checked:
            return
        self._checked.add(number)
        for literal in need:
            requirements = self._entry(piece(literal)).requirements
            if number not in requirements:
                requirements.append(number)

    def _entry(self, key: str) -> _Entry:
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = _Entry()
        return entry


_TABLE = _Table()


class _Everything:
    """Every pattern is possible (a case-insensitive pattern on text beyond ASCII)."""

    def __contains__(self, number: object) -> bool:
        return True


_EVERYTHING = _Everything()


def _slices(length: int) -> list[slice]:
    return [slice(i, i + n) for n in PIECE_LENGTHS for i in range(length - n + 1)]


_SLICES = [_slices(length) for length in range(257)]
"""Every piece-long slice of a text of each length up to 256 (messages are short)."""


def _possible(text: str, index: _Index) -> set[int]:
    """The numbers of the patterns that could match `text`: one clause met, at least."""
    slices = _SLICES[len(text)] if len(text) <= 256 else _slices(len(text))
    found = index.pieces.intersection(map(text.__getitem__, slices))
    possible: set[int] = set()
    if not found:
        return possible
    entries = [index.entries[p] for p in found]
    met: set[int] = set()
    for requirements, patterns, _ in entries:
        met.update(requirements)
        possible.update(patterns)
    for _, _, clauses_met in entries:
        for others, number in clauses_met:
            if others <= met:
                possible.add(number)
    return possible


class _Scan:
    """The patterns one text could match (`possible`), and those the case-insensitive ones
    could (`folded`: the lower-cased text's, worked out when first needed)."""

    __slots__ = ("text", "possible", "folded", "count")

    def __init__(self, text: str, index: _Index, possible: set[int] | None = None) -> None:
        self.text = text
        self.count = index.count
        self.possible = _possible(text, index) if possible is None else possible
        self.folded: set[int] | _Everything | None = (
            self.possible if text.isascii() and not _has_upper(text) else None
        )

    def fold(self) -> set[int] | _Everything:
        folded = self.folded
        if folded is None:
            text = self.text
            folded = _possible(text.lower(), _TABLE.index) if text.isascii() else _EVERYTHING
            self.folded = folded
        return folded


def _has_upper(text: str) -> bool:
    return text != text.lower()


_NOTHING = _Scan("", _Index({}, 0), set())
_last = _NOTHING
"""The text scanned last: the rules pass one message's normalised text to one pattern
after another."""
_recent: list[_Scan] = [_NOTHING]


def _scan(text: str) -> _Scan:
    """The scan of `text`: a recent one, one of a text it is part of, or a new one."""
    global _last
    index = _TABLE.index
    count = index.count
    for scan in _recent:
        if (scan.text is text or scan.text == text) and scan.count == count:
            _last = scan
            return scan
    parent = _recent[0]
    if parent.count == count and len(text) < len(parent.text) and text in parent.text:
        # A part of the text scanned last: no pattern can match it that could not match
        # the whole (a weaker filter, and no new scan).
        scan = _Scan(text, index, parent.possible)
        if scan.folded is None and parent.folded is not None:
            scan.folded = parent.folded
    else:
        scan = _Scan(text, index)
        _recent[:] = [scan, *_recent[: _RECENT_SCANS - 1]]
    _last = scan
    return scan


class Prefiltered:
    """A compiled pattern that skips texts it provably cannot match; same results."""

    __slots__ = ("pattern", "_number", "_fold", "_prepared")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._fold = bool(pattern.flags & re.IGNORECASE)
        self._number = _UNPREPARED
        self._prepared = False
        """Analysed on first use (or by `prepare_all`), not at import."""
        _PENDING.append(self)

    def prepare(self) -> None:
        if not self._prepared:
            number = _TABLE.add(self.pattern)
            self._number = -1 if number is None else number
            self._prepared = True

    def possible(self, text: str) -> bool:
        """False only if no match can exist anywhere in `text`."""
        scan = _last
        if scan.text is not text:
            scan = _scan(text)
        number = self._number
        if number in (scan.possible if not self._fold else scan.fold()):
            return True
        if number >= scan.count:  # not analysed yet, or after this text was scanned
            return self._late(text)
        return number < 0

    def _late(self, text: str) -> bool:
        self.prepare()
        number = self._number
        scan = _scan(text)  # a scan that has this pattern in it
        return number < 0 or number in (scan.possible if not self._fold else scan.fold())

    def search(self, text: str, pos: int = 0, endpos: int = _ANY_POSITION) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self.possible(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = _ANY_POSITION) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos) if self.possible(text) else None

    def fullmatch(
        self, text: str, pos: int = 0, endpos: int = _ANY_POSITION
    ) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos) if self.possible(text) else None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = _ANY_POSITION
    ) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self.possible(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = _ANY_POSITION) -> list[Any]:
        return self.pattern.findall(text, pos, endpos) if self.possible(text) else []

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
