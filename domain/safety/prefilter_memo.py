"""The pre-filter's analyses, remembered.

What a pattern must contain (`prefilter_literals.clauses`) depends only on its source and
flags, and working it out for the rules' ~4,000 patterns is most of a process's warm-up
(about 35 s of CPU on a slow core). Every analysis goes through `clauses_of`, which keeps
it; a store outside the domain (persistence/prefilter_analysis_file.py) may hand earlier
analyses in before the warm-up and take the whole set out after it, so the next process
(another worker, the next start) analyses only the patterns that changed.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping

from domain.safety.prefilter_literals import clauses

Clauses = list[list[frozenset[str]]]
PatternKey = tuple[str, int]
"""A pattern's source and flags: all its analysis depends on."""

_known: dict[PatternKey, Clauses] = {}
"""The analyses of the patterns this process uses."""
_handed_in: dict[PatternKey, Clauses] = {}
_lock = threading.Lock()
_analysed_here = 0


def clauses_of(pattern: re.Pattern[str]) -> Clauses:
    """`clauses(pattern)`, analysed at most once a process (or handed in)."""
    global _analysed_here
    key = (pattern.pattern, pattern.flags)
    found = _known.get(key)
    if found is None:
        with _lock:
            found = _handed_in.get(key)
            if found is None:
                found = clauses(pattern)
                _analysed_here += 1
            _known[key] = found
    return found


def hand_in(analyses: Mapping[PatternKey, Clauses]) -> None:
    """Earlier analyses, trusted to be `clauses`' own for the same analyser: the store
    that keeps them must tell one analyser's from another's."""
    with _lock:
        _handed_in.update(analyses)


def remembered() -> dict[PatternKey, Clauses]:
    """The analyses of every pattern this process used (handed in or its own; none of a
    pattern no longer in the rules)."""
    with _lock:
        return dict(_known)


def analysed_here() -> int:
    """How many patterns this process analysed itself (none: nothing new to keep)."""
    return _analysed_here
