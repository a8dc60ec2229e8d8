"""The blind rounds (tests/safety/blind_round_N.jsonl) with the levels the rules gave each
line when the round was scored blind, and how a list of levels scores against their labels
(action accuracy, benign pass rate, critical recall)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from domain.safety.evaluation import CRITICAL_CATEGORIES, Example, load_examples

_ROUND = re.compile(r"blind_round_(\d+)\.jsonl$")


@dataclass(frozen=True, slots=True)
class BlindRound:
    number: int
    examples: list[Example]
    rule_levels: list[str]
    """The level the rules gave each line when the round was scored blind."""
    rule_categories: list[frozenset[str]]
    """... and the categories they named (what the learned vouch reads)."""


def critical_target(example: Example) -> int:
    return int(bool(example.categories & CRITICAL_CATEGORIES) and example.action != "allow")


def load_blind_rounds(folder: Path, verdicts_file: Path) -> list[BlindRound]:
    levels: dict[tuple[int, str], tuple[str, frozenset[str]]] = {}
    for line in verdicts_file.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            levels[(int(row["round"]), row["text"])] = (row["level"], frozenset(row["categories"]))
    rounds = []
    for path in sorted(folder.glob("blind_round_*.jsonl")):
        match = _ROUND.search(path.name)
        assert match is not None
        number = int(match.group(1))
        examples = load_examples([path])
        if all((number, e.text) in levels for e in examples):
            verdicts = [levels[(number, e.text)] for e in examples]
            rounds.append(
                BlindRound(number, examples, [v[0] for v in verdicts], [v[1] for v in verdicts])
            )
    return rounds


def scores(examples: Sequence[Example], levels: Sequence[str]) -> dict[str, float]:
    total = benign = passed = critical = blocked = met = 0
    for example, level in zip(examples, levels, strict=True):
        ok = (
            level in ("safe", "minor")
            if example.action == "allow"
            else level in ("flagged", "blocked")
            if example.action == "flag"
            else level == "blocked"
        )
        total += 1
        met += ok
        if example.action == "allow":
            benign += 1
            passed += ok
        if critical_target(example):
            critical += 1
            blocked += level == "blocked"
    return {
        "lines": total,
        "action": met / total if total else 1.0,
        "benign": passed / benign if benign else 1.0,
        "critical": blocked / critical if critical else 1.0,
    }
