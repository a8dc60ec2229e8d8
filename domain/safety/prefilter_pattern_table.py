"""Many things asked about together, each with the pre-filtered patterns one of which a text
must be able to match for it to matter: which of them could, all answered by the one
pre-filter scan of the text (prefilter.possible_any) instead of a call per pattern. One it
keeps may still find nothing; one it leaves out cannot match."""

from __future__ import annotations

import threading
from collections.abc import Callable
from itertools import compress
from typing import Generic, TypeVar

from domain.safety.prefilter import Prefiltered, possible_any
from domain.safety.prefilter_needs import Needs, NeedsTable, needs

T = TypeVar("T")


class GatedTable(Generic[T]):
    """Items in order, each with its needs (None: always live), worked out on first use."""

    __slots__ = ("items", "_needs_of", "_needs", "_lock")

    def __init__(self, items: tuple[T, ...], needs_of: Callable[[T], Needs | None]) -> None:
        self.items = items
        self._needs_of = needs_of
        self._needs: NeedsTable | None = None
        self._lock = threading.Lock()

    def live(self, text: str) -> list[T]:
        """The items, in order, that could match (or find something) somewhere in `text`."""
        needed = self._needs
        if needed is None:
            needed = self.prepare()
        return list(compress(self.items, possible_any(text, needed)))

    def prepare(self) -> NeedsTable:
        with self._lock:
            if self._needs is None:
                self._needs = NeedsTable(tuple(self._needs_of(item) for item in self.items))
            return self._needs


def _own_needs(pattern: Prefiltered) -> Needs | None:
    return needs((pattern,))


class PatternTable(GatedTable[Prefiltered]):
    """Pre-filtered patterns in order, each gated by itself."""

    __slots__ = ()

    def __init__(self, patterns: tuple[Prefiltered, ...]) -> None:
        super().__init__(patterns, _own_needs)
