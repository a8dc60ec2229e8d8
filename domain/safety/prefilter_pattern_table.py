"""Many pre-filtered patterns asked about together: which of them could match a text, all
answered by the one pre-filter scan of it (prefilter.possible_any) instead of a call per
pattern. A pattern it keeps may still find nothing; one it leaves out cannot match."""

from __future__ import annotations

import threading
from itertools import compress

from domain.safety.prefilter import Prefiltered, possible_any
from domain.safety.prefilter_needs import NeedsTable, needs


class PatternTable:
    """Pre-filtered patterns in order, with their numbers (worked out on first use)."""

    __slots__ = ("patterns", "_needs", "_lock")

    def __init__(self, patterns: tuple[Prefiltered, ...]) -> None:
        self.patterns = patterns
        self._needs: NeedsTable | None = None
        self._lock = threading.Lock()

    def live(self, text: str) -> list[Prefiltered]:
        """The patterns, in order, that could match somewhere in `text`."""
        needed = self._needs
        if needed is None:
            needed = self.prepare()
        return list(compress(self.patterns, possible_any(text, needed)))

    def prepare(self) -> NeedsTable:
        with self._lock:
            if self._needs is None:
                self._needs = NeedsTable(tuple(needs((p,)) for p in self.patterns))
            return self._needs
