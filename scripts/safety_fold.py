"""Folding a scored blind round into the labelled set, for whoever does it.

    python scripts/safety_fold.py verdicts OUT.jsonl N [N ...]
        the rules-only verdicts of tests/safety/blind_round_N.jsonl, one line each, as
        blind_rule_verdicts.jsonl keeps them ({"round", "text", "level", "categories"});
    python scripts/safety_fold.py fold VERDICTS.jsonl N [N ...]
        appends each round's lines to labelled.jsonl (skipping a text, lowercased, that any
        other labelled file or ../shared/safety/dev.jsonl already holds), appends the
        verdicts to blind_rule_verdicts.jsonl and prints each round's scores from them.
Run from the repository's root.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

_SAFETY = Path("tests/safety")


def _round_rows(number: int) -> list[dict[str, object]]:
    path = _SAFETY / f"blind_round_{number}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def verdicts(out: Path, numbers: list[int]) -> None:
    sys.path.insert(0, ".")
    from domain.enums import Speaker
    from domain.safety.engine import SafetyEngine
    from domain.safety.verdict import AssessmentRequest
    from persistence.prefilter_analysis_file import warm_up_engine

    engine = SafetyEngine(threshold=0.7)
    warm_up_engine(engine, Path(".teddy-cache"))
    lines = []
    for number in numbers:
        rows = _round_rows(number)
        requests = [
            AssessmentRequest(
                str(r["text"]), int(str(r["age"])), Speaker(r.get("speaker", "child")), None
            )
            for r in rows
        ]
        for row, verdict in zip(rows, engine.assess_many(requests), strict=True):
            cats = sorted(c.value for c in verdict.categories)
            lines.append(
                json.dumps(
                    {
                        "round": number,
                        "text": row["text"],
                        "level": verdict.level.value,
                        "categories": cats,
                    }
                )
            )
    out.write_text("".join(f"{line}\n" for line in lines), "utf-8")
    sys.stderr.write(f"{len(lines)} verdicts -> {out}\n")


def _append(path: Path, lines: list[str]) -> None:
    text = path.read_text("utf-8")
    if text and not text.endswith("\n"):
        text += "\n"
    path.write_text(text + "".join(f"{line}\n" for line in lines), "utf-8")


def fold(verdicts_file: Path, numbers: list[int]) -> None:
    sys.path.insert(0, ".")
    from persistence.blind_rounds import load_blind_rounds, scores

    known: set[str] = set()
    sources = [p for p in _SAFETY.glob("*.jsonl") if "blind_" not in p.name]
    dev = Path("../shared/safety/dev.jsonl")
    for path in sources + ([dev] if dev.exists() else []):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                known.add(str(json.loads(line)["text"]).lower())
    added = []
    for number in numbers:
        for row in _round_rows(number):
            if str(row["text"]).lower() not in known:
                known.add(str(row["text"]).lower())
                added.append(json.dumps(row))
    _append(_SAFETY / "labelled.jsonl", added)
    wanted = {str(n) for n in numbers}
    new_verdicts = [
        line
        for line in verdicts_file.read_text("utf-8").splitlines()
        if line.strip() and str(json.loads(line)["round"]) in wanted
    ]
    _append(_SAFETY / "blind_rule_verdicts.jsonl", new_verdicts)
    sys.stderr.write(f"labelled +{len(added)}, verdicts +{len(new_verdicts)}\n")
    for blind in load_blind_rounds(_SAFETY, _SAFETY / "blind_rule_verdicts.jsonl"):
        if blind.number in numbers:
            result = scores(blind.examples, blind.rule_levels)
            sys.stdout.write(f"round {blind.number}: {json.dumps(result)}\n")


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] in ("verdicts", "fold"):
        numbers = [int(n) for n in argv[2:]]
        (verdicts if argv[0] == "verdicts" else fold)(Path(argv[1]), numbers)
        return 0
    sys.stderr.write(__doc__ or "")
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
