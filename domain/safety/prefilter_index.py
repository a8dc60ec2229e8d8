"""The pre-filter's table: every prepared pattern's clauses (prefilter_literals), indexed
by the pieces that can meet them, and the frozen view of it that a scan of a text reads
(prefilter.py)."""

from __future__ import annotations

import re
import threading
from functools import cache
from itertools import chain

import ahocorasick

from domain.safety.prefilter_measured_odds import commonly_met, measured_odds
from domain.safety.prefilter_memo import clauses_of
from domain.safety.prefilter_merged_requirements import merged_requirements
from domain.safety.prefilter_odds import piece, selectivity

ALWAYS = -1
"""The number of a pattern with nothing it must contain: it always runs."""

_Pieces = frozenset[str]


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


class Index:
    """A frozen view of the table that scans read: pieces and what each stands for.

    A piece's entry is its requirements, the numbers it makes possible outright, and its
    clauses as two parallel tuples: each clause's other requirements, and the numbers that
    clause makes possible. Requirements and other requirements are frozensets, so a scan's
    union and subset tests stay in C without hashing a tuple's items again; equal sets are
    one object, and each number one shared int object. The pieces are also compiled into
    one Aho-Corasick automaton (pyahocorasick), which finds every piece of a text in one
    pass in C."""

    __slots__ = ("pieces", "automaton", "entries", "count", "cased_reach")

    def __init__(
        self,
        entries: dict[str, _Entry],
        count: int,
        always_met: frozenset[int] = frozenset(),
        group_of: dict[int, int] | None = None,
    ) -> None:
        entries = _without(entries, always_met, group_of or {})
        highest = max(
            (
                n
                for e in entries.values()
                for n in (
                    *e.requirements,
                    *e.patterns,
                    *(m for others, numbers in e.clauses for m in (*others, *numbers)),
                )
            ),
            default=0,
        )
        shared_ints = list(range(highest + 1))
        shared_sets: dict[frozenset[int], frozenset[int]] = {}
        shared_tuples: dict[tuple[int, ...], tuple[int, ...]] = {}

        def pack(numbers: tuple[int, ...] | list[int]) -> tuple[int, ...]:
            packed = tuple(shared_ints[n] for n in numbers)
            return shared_tuples.setdefault(packed, packed)

        def pack_set(numbers: frozenset[int] | list[int]) -> frozenset[int]:
            packed = frozenset(shared_ints[n] for n in numbers)
            return shared_sets.setdefault(packed, packed)

        frozen = {}
        for p, e in entries.items():
            merged = _merged(e.clauses)
            frozen[p] = (
                pack_set(e.requirements),
                pack(e.patterns),
                tuple(pack_set(others) for others in merged),
                tuple(pack(numbers) for numbers in merged.values()),
            )
        self.entries = frozen
        self.pieces = frozenset(frozen)
        automaton = ahocorasick.Automaton()
        for p, entry in frozen.items():
            automaton.add_word(p, (p, entry))
        if frozen:
            automaton.make_automaton()
        self.automaton = automaton
        """Every piece, its value the piece and its entry: `iter(text)` yields each occurrence
        in a text (the entry read there, not looked up among ~34,000 again)."""
        self.cased_reach = _cased_reach(frozen)
        """The pieces with a capital letter (a case-sensitive pattern's, which a text's
        lower-cased form cannot hold), each with every number it can help make possible."""
        self.count = count
        """Numbers given when this view was made: later ones are not in it."""


def _without(
    entries: dict[str, _Entry], always_met: frozenset[int], group_of: dict[int, int]
) -> dict[str, _Entry]:
    """The entries with requirements that are always met left out, and each merged one
    (prefilter_merged_requirements) as its group: a clause with no other requirement left
    makes its numbers possible outright when its trigger is found. A piece's clause need not
    check a requirement the piece meets itself (found, so met)."""
    if not always_met and not group_of:
        return entries
    kept: dict[str, _Entry] = {}
    for p, e in entries.items():
        entry = _Entry()
        own = {group_of.get(r, r) for r in e.requirements if r not in always_met}
        entry.requirements = sorted(own)
        entry.patterns = list(e.patterns)
        for others, numbers in e.clauses:
            left = frozenset(group_of.get(r, r) for r in others if r not in always_met) - own
            if left:
                if (left, numbers) not in entry.clauses:
                    entry.clauses.append((left, numbers))
            else:
                entry.patterns.extend(n for n in numbers if n not in entry.patterns)
        if entry.requirements or entry.patterns or entry.clauses:
            kept[p] = entry
    return kept


def _merged(
    clauses: list[tuple[frozenset[int], tuple[int, ...]]],
) -> dict[frozenset[int], list[int]]:
    """A piece's clauses with the same other requirements as one: the numbers of all of
    them (met together, so one check answers for each)."""
    merged: dict[frozenset[int], list[int]] = {}
    for others, numbers in clauses:
        kept = merged.setdefault(others, [])
        kept.extend(n for n in numbers if n not in kept)
    return merged


_Numbers = tuple[int, ...]
_Frozen = tuple[frozenset[int], _Numbers, tuple[frozenset[int], ...], tuple[_Numbers, ...]]
"""A piece's entry in the frozen view (see `Index`)."""


def _cased_reach(entries: dict[str, _Frozen]) -> dict[str, frozenset[int]]:
    """For each piece with a capital: the numbers it makes possible outright, those of the
    clauses it triggers, and those of every clause with a requirement it meets."""
    cased = [p for p in entries if p != p.lower()]
    by_requirement: dict[int, set[int]] = {r: set() for p in cased for r in entries[p][0]}
    for _, _, others_of, numbers_of in entries.values():
        for others, numbers in zip(others_of, numbers_of, strict=True):
            for requirement in others:
                if requirement in by_requirement:
                    by_requirement[requirement].update(numbers)
    return {
        p: frozenset(
            chain(
                entries[p][1],
                chain.from_iterable(entries[p][3]),
                *(by_requirement[r] for r in entries[p][0]),
            )
        )
        for p in cased
    }


class Table:
    """Every prepared pattern's clauses, indexed by the pieces that can meet them."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._requirements: dict[_Pieces, int] = {}
        self._count = 0
        self._lock = threading.Lock()
        self._index: Index | None = None

    def add(self, pattern: re.Pattern[str]) -> int:
        """Number and index a pattern (`ALWAYS` when it has no clause)."""
        return self.add_clauses(clauses_of(pattern))

    def add_clauses(self, found: list[list[frozenset[str]]], also: int = ALWAYS) -> int:
        """Number and index clauses, one of which a text must meet (`ALWAYS`: none); a
        text that meets one makes `also` possible too (if given)."""
        if not found:
            return ALWAYS
        with self._lock:
            number = self._count
            self._count += 1
            numbers = (number,) if also == ALWAYS else (number, also)
            for clause in sorted(found, key=_in_order):
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
    def index(self) -> Index:
        index = self._index
        if index is None:
            with self._lock:
                always_met = frozenset(
                    number for pieces, number in self._requirements.items() if commonly_met(pieces)
                )
                group_of = merged_requirements(self._requirements, always_met)
                index = self._index = Index(self._entries, self._count, always_met, group_of)
        return index

    def full_index(self) -> Index:
        """A view with every requirement checked, none treated as always met (to measure
        how often messages hold each piece: bench/prefilter_piece_odds.py)."""
        with self._lock:
            return Index(self._entries, self._count)

    def _add_clause(self, clause: list[frozenset[str]], numbers: tuple[int, ...]) -> None:
        trigger = max(clause, key=_trigger_rank)
        pieces = {_pieces(need) for need in clause}
        trigger_pieces = _pieces(trigger)
        # A requirement met whenever the trigger is (all its pieces among the requirement's)
        # need not be checked.
        # (In sorted order: requirements numbered and pieces entered the same way whatever
        # the hash seed.)
        others = frozenset(
            self._requirement(p) for p in sorted(pieces, key=sorted) if not p >= trigger_pieces
        )
        for key in sorted(trigger_pieces):
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
            for key in sorted(pieces):
                self._entry(key).requirements.append(number)
        return number

    def _entry(self, key: str) -> _Entry:
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = _Entry()
        return entry


@cache  # (a requirement is in many clauses: ~125,000 of them, ~33,000 different)
def _trigger_rank(need: frozenset[str]) -> tuple[float, tuple[int, int, tuple[str, ...]]]:
    """Higher for a better trigger: the requirement real messages meet least often (measured,
    prefilter_measured_odds), then the rarest by letters. Any requirement of a clause can
    trigger it (the others are checked), so this choice changes only how many clauses a
    scan checks, never which patterns are possible."""
    return (-measured_odds(_pieces(need)), selectivity(need))


@cache
def _pieces(need: frozenset[str]) -> _Pieces:
    return frozenset(map(piece, need))


def _in_order(clause: list[frozenset[str]]) -> list[list[str]]:
    """A clause's requirements as sorted lists: the same order in every process."""
    return sorted(map(sorted, clause))
