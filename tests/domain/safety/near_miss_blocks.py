"""How many of the phrasing files' harmless lines (CHILD_ALLOW, TEDDY_ALLOW in
test_round_phrasings.ROUNDS) rules + a semantic model fail to pass, next to the rules alone,
and how many of their unsafe lines it blocks. For comparing models trained with other
settings (`teddy safety train --out FILE --C ...`):

    PYTHONPATH=. python -m tests.domain.safety.near_miss_blocks [--model FILE] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from domain.enums import Speaker
from domain.safety import AssessmentRequest, SafetyEngine
from persistence.sentence_embeddings import build_semantic_stage

from .test_round_phrasings import (
    CHILD_ALLOW,
    CHILD_BLOCK,
    TEDDY_ALLOW,
    TEDDY_BLOCK,
)


def _levels(engine: SafetyEngine, texts: list[str], age: int, speaker: Speaker) -> list[str]:
    requests = [AssessmentRequest(text=t, age=age, speaker=speaker) for t in texts]
    return [v.level.value for v in engine.assess_many(requests)]


def measure(model: Path | None) -> dict[str, object]:
    stage = build_semantic_stage(model)
    if stage is None:
        raise SystemExit("the semantic stage did not load")
    engines = {"rules": SafetyEngine(threshold=0.7)}
    engines["rules_semantic"] = SafetyEngine(threshold=0.7, semantic=stage)
    groups = {
        "child_allow": (list(CHILD_ALLOW), 8, Speaker.CHILD),
        "teddy_allow": (list(TEDDY_ALLOW), 8, Speaker.TEDDY),
        "child_block": (list(CHILD_BLOCK), 10, Speaker.CHILD),
        "teddy_block": (list(TEDDY_BLOCK), 8, Speaker.TEDDY),
    }
    out: dict[str, object] = {"model": str(model or "committed")}
    for group, (texts, age, speaker) in groups.items():
        allow = group.endswith("allow")
        levels = {name: _levels(e, texts, age, speaker) for name, e in engines.items()}
        ok = {
            name: [(lv in ("safe", "minor")) if allow else lv == "blocked" for lv in levels[name]]
            for name in engines
        }
        out[group] = {
            "lines": len(texts),
            "rules_wrong": ok["rules"].count(False),
            "rules_semantic_wrong": ok["rules_semantic"].count(False),
            "semantic_only_wrong": [
                t
                for t, r, s in zip(texts, ok["rules"], ok["rules_semantic"], strict=True)
                if r and not s
            ],
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.model)
    if args.json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
        return 0
    lines = [f"model: {result['model']}"]
    for group in ("child_allow", "teddy_allow", "child_block", "teddy_block"):
        row = result[group]
        assert isinstance(row, dict)
        lines.append(
            f"{group}: {row['lines']} lines, wrong: rules {row['rules_wrong']}, "
            f"rules + semantic {row['rules_semantic_wrong']}"
        )
        lines += [f"    {t}" for t in row["semantic_only_wrong"]]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
