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
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from domain.safety import prefilter_alternatives as each
from domain.safety.prefilter_alternatives import Alternatives, split_alternatives
from domain.safety.prefilter_index import ALWAYS, Index
from domain.safety.prefilter_memo import clauses_of
from domain.safety.prefilter_scan import NOTHING, TABLE, Everything, Scan, scan_of

if TYPE_CHECKING:
    from domain.safety.prefilter_needs import NeedsTable

_ANY_POSITION = sys.maxsize
_UNPREPARED = sys.maxsize
"""The number of a pattern not analysed yet: never among a scan's possible patterns."""
_Run = re.Pattern[str] | tuple[re.Pattern[str], ...] | None


_last = NOTHING
"""The text scanned last: the rules pass one message's normalised text to one pattern
after another."""


def _scan(text: str) -> Scan:
    """The scan of `text` (prefilter_scan), kept as the one scanned last."""
    global _last
    _last = scan = scan_of(text)
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
            self._number = TABLE.add(self.pattern)
            return
        found = [clauses_of(alternative) for alternative in alternatives]
        # The whole is possible when one alternative is (always, if one has no clause).
        whole = ALWAYS if not all(found) else TABLE.new_number()
        numbers = [TABLE.add_clauses(needs, also=whole) for needs in found]
        if whole == ALWAYS and all(number == ALWAYS for number in numbers):
            self._number = ALWAYS
            return
        self._parts = Alternatives(self.pattern, alternatives, numbers)
        self._number = whole

    def always(self) -> bool:
        """Does this pattern run on every text (nothing it must contain)?"""
        self.prepare()
        return self._number == ALWAYS

    def numbered(self) -> tuple[int, bool]:
        """Its number (analysed now, if not yet), and whether it is case-insensitive (a
        scan's `folded` patterns): what `possible_any` reads."""
        self.prepare()
        return self._number, self._fold

    def possible(self, text: str) -> bool:
        """False only if no match can exist anywhere in `text`."""
        # The common case inline, as in `search`: the text just scanned, and a pattern
        # analysed before the scan (with no alternatives to pick among, when possible).
        scan = _last
        if scan.text is text:
            possible = scan.folded if self._fold else scan.possible
            number = self._number
            if possible is not None and 0 <= number < scan.count:
                if number not in possible:
                    return False
                if self._parts is None:
                    return True
        return self._to_run(text) is not None

    def _to_run(self, text: str) -> _Run:
        """What to run on `text`: this pattern, the alternatives of it `text` could match,
        or None when no match can exist anywhere in it."""
        number = self._number
        parts = self._parts
        if number == ALWAYS and parts is None:
            return self.pattern
        scan = _last
        if scan.text is not text:
            scan = _scan(text)
        fold = self._fold
        possible = scan.folded if fold else scan.possible
        if possible is None:
            possible = scan.work_out(fold)
        if number in possible or number == ALWAYS:
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
        # The common case first, inline: the text just scanned, which this pattern (analysed
        # before the scan) cannot match. Otherwise as `_to_run` says.
        scan = _last
        if scan.text is text and endpos == _ANY_POSITION:
            possible = scan.folded if self._fold else scan.possible
            number = self._number
            if possible is not None and number not in possible and 0 <= number < scan.count:
                return None
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
        scan = _last  # the common case inline, as in `search`
        if scan.text is text and endpos == _ANY_POSITION:
            possible = scan.folded if self._fold else scan.possible
            number = self._number
            if possible is not None and number not in possible and 0 <= number < scan.count:
                return iter(())
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
    """Analyse every pattern not analysed yet, and build the index scans read (the engine's
    warm-up calls this, so no assessment pays for either: a pattern analysed later makes
    the next scan rebuild the whole index)."""
    while _PENDING:
        _PENDING.pop().prepare()
    TABLE.index  # noqa: B018  (built now, not by the next scan)


def full_index() -> Index:
    """Every pattern analysed, indexed with every requirement checked (see
    prefilter_measured_odds)."""
    prepare_all()
    return TABLE.full_index()


def prefiltered(pattern: str | re.Pattern[str], flags: int = 0) -> Prefiltered:
    """`re.compile(pattern, flags)` behind the pre-filter."""
    compiled = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)
    return Prefiltered(compiled)


def possible_any(text: str, table: NeedsTable) -> list[bool]:
    """For each `Needs` in `table` (None: always), could `text` match one of its patterns?
    False only when none of them can match anywhere in `text`, so none of their calls on it
    would find anything. One scan of `text` answers all (the one their own calls read)."""
    scan = _last
    if scan.text is not text:
        scan = _scan(text)
    possible = scan.own()  # (set when first needed, then kept)
    if table.highest >= scan.count:
        return [True] * len(table.always)  # a pattern analysed after this scan
    folded: set[int] | Everything | None = possible
    if table.folded:
        folded = scan.folded if scan.folded is not None else scan.work_out(True)
    if folded is possible:  # (a text without capitals: the common case)
        # The few of the table's numbers this text makes possible, each marking the needs
        # it is one of: one pass over the smaller of two sets, not a test for every need.
        marked = list(table.always)
        needs_of = table.by_number
        for number in possible.intersection(table.any_number):
            for i in needs_of[number]:
                marked[i] = True
        return marked
    answers: list[bool] = []
    for need in table.needed:
        if need is None or not possible.isdisjoint(need.plain):
            answers.append(True)
        else:
            answers.append(
                bool(need.folded)
                and (not isinstance(folded, set) or not folded.isdisjoint(need.folded))
            )
    return answers
