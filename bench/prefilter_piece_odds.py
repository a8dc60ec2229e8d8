"""Measure how often the labelled messages hold each pre-filter piece, and write the common
ones to domain/safety/prefilter_piece_odds.json (see prefilter_measured_odds.py).

Run after rules change a lot: .venv/bin/python bench/prefilter_piece_odds.py
Only the pre-filter's speed depends on the file: a stale or missing file never changes a
verdict. Pieces in fewer than 0.2 % of messages are left out (they count as rare).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.safety_bench import labelled_corpus  # noqa: E402
from domain.safety import SafetyEngine  # noqa: E402
from domain.safety.normalise import normalise  # noqa: E402
from domain.safety.prefilter import full_index  # noqa: E402
from domain.safety.prefilter_measured_odds import ODDS_FILE  # noqa: E402
from domain.safety.prefilter_spaced import spaced  # noqa: E402

_LEAST = 0.002


def main() -> int:
    SafetyEngine(threshold=0.7).warm_up()
    # Every piece, none left out as common (else a regenerated file would lose them).
    index = full_index()
    corpus = labelled_corpus()
    counts: Counter[str] = Counter()
    for request in corpus:
        texts = {spaced(normalise(request.text).text), spaced(request.text.lower())}
        counts.update({p for text in texts for _, (p, _entry) in index.automaton.iter(text)})
    odds = {
        p: round(n / len(corpus), 4) for p, n in counts.most_common() if n / len(corpus) >= _LEAST
    }
    ODDS_FILE.write_text(
        json.dumps({"messages": len(corpus), "pieces": odds}, indent=0, sort_keys=True) + "\n",
        "utf-8",
    )
    sys.stderr.write(f"{len(odds)} pieces in {len(corpus)} messages -> {ODDS_FILE}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
