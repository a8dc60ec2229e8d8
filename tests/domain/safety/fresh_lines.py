"""The lines of a blind round that are not near any line the engine was built on.

A blind round is written by someone who never saw the training data, yet some of its
lines still come out close to lines already there (children say "i want to die" in few
ways). This keeps the round's lines whose word-set Jaccard similarity to every line of
the non-blind data files (labelled, holdout, paraphrases) and the shared dev set stays
below a cut-off (0.5), and writes them as JSON lines, so the round can also be scored on
its fresh part alone:

    PYTHONPATH=. python -m tests.domain.safety.fresh_lines tests/safety/blind_round_33.jsonl \
        > /tmp/fresh33.jsonl
    PYTHONPATH=. python -m graph.cli safety eval /tmp/fresh33.jsonl

Run it before the round is folded into labelled.jsonl (afterwards every line is near
itself).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

_REPO = Path(__file__).resolve().parents[3]
_DATA = _REPO / "tests" / "safety"
_DEV = _REPO.parent / "shared" / "safety" / "dev.jsonl"
_REFERENCE_FILES = ("labelled.jsonl", "holdout.jsonl", "paraphrases*.jsonl")
_WORD = re.compile(r"[a-z0-9']+")


def words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def reference_texts() -> list[str]:
    paths = [p for pattern in _REFERENCE_FILES for p in sorted(_DATA.glob(pattern))]
    if _DEV.exists():
        paths.append(_DEV)
    return [json.loads(line)["text"] for p in paths for line in p.open() if line.strip()]


def fresh(lines: Iterable[dict[str, object]], cut_off: float) -> list[dict[str, object]]:
    reference = [words(t) for t in reference_texts()]
    return [
        line
        for line in lines
        if all(jaccard(words(str(line["text"])), seen) < cut_off for seen in reference)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, help="a blind round (JSON lines)")
    parser.add_argument("--cut-off", type=float, default=0.5)
    args = parser.parse_args()
    lines = [json.loads(line) for line in args.file.open() if line.strip()]
    kept = fresh(lines, args.cut_off)
    for line in kept:
        sys.stdout.write(json.dumps(line) + "\n")
    sys.stderr.write(f"{len(kept)} of {len(lines)} lines are fresh (Jaccard < {args.cut_off})\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
