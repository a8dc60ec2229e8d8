"""How often real messages hold each common piece, measured on the labelled messages
(`bench/prefilter_piece_odds.py` writes `prefilter_piece_odds.json`): the pre-filter's guide
to which requirements are met so often that checking them costs more than it saves.

A scan works out which requirements a text meets from every requirement its pieces stand
for; a piece like " my " or "school" stands for hundreds. A requirement met by most messages
rules out few patterns, so the index treats it as always met (prefilter_index): a pattern
then runs on a few more texts, and a scan does far less. Like every odds guess, this only
changes speed: a requirement treated as met can only make more patterns possible, and a
possible pattern runs as itself, so results stay the bare patterns'. Pieces missing from the
file (new rules' pieces) count as rare and keep being checked.
"""

from __future__ import annotations

import json
from functools import cache
from math import fsum
from pathlib import Path

ODDS_FILE = Path(__file__).with_name("prefilter_piece_odds.json")
COMMONLY_MET = 0.05
"""A requirement a message meets more often than this is treated as always met."""


@cache
def _piece_odds() -> dict[str, float]:
    try:
        data = json.loads(ODDS_FILE.read_text("utf-8"))
    except (OSError, ValueError):
        return {}  # no file: every requirement is checked (slower, same results)
    odds = data.get("pieces", {}) if isinstance(data, dict) else {}
    return {p: float(f) for p, f in odds.items() if isinstance(p, str)}


def commonly_met(pieces: frozenset[str]) -> bool:
    """Is a requirement with these pieces (one of them is enough) met by more than
    `COMMONLY_MET` of messages? (Its most common piece's share is a lower bound.)"""
    odds = _piece_odds()
    return max((odds.get(p, 0.0) for p in pieces), default=0.0) > COMMONLY_MET


RARE = 0.001
"""The share of messages a piece missing from the file is taken to be in (below its floor)."""


@cache
def measured_odds(pieces: frozenset[str]) -> float:
    """How often messages meet a requirement with these pieces, roughly (the sum of its
    pieces' shares; fsum: the same whatever order the set gives): the index's guide to
    which requirement of a clause triggers its check."""
    odds = _piece_odds()
    return fsum(odds.get(p, RARE) for p in pieces)


def piece_odds(p: str) -> float:
    """How often messages hold the piece `p` (`RARE` if the file has no share for it)."""
    return _piece_odds().get(p, RARE)
