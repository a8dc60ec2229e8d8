"""Judging the engine on labelled JSON-lines data (format of ../shared/safety/dev.jsonl)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from domain.enums import SafetyCategory, SafetyLevel, Speaker
from domain.safety.engine import SafetyEngine
from domain.safety.verdict import AssessmentRequest, Verdict

CRITICAL_CATEGORIES = frozenset(
    {SafetyCategory.SELF_HARM, SafetyCategory.ABUSE, SafetyCategory.GROOMING, SafetyCategory.SEXUAL}
)
_ACTIONS = ("allow", "flag", "block")


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    age: int
    speaker: Speaker
    categories: frozenset[SafetyCategory]
    action: str


def parse_example(data: dict[str, Any]) -> Example:
    action = str(data.get("action", "allow"))
    if action not in _ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    return Example(
        text=str(data["text"]),
        age=int(data.get("age", 8)),
        speaker=Speaker(str(data.get("speaker", "child"))),
        categories=frozenset(SafetyCategory(c) for c in data.get("categories", ())),
        action=action,
    )


def load_examples(paths: Iterable[Path | str]) -> list[Example]:
    examples: list[Example] = []
    for path in paths:
        for number, line in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                examples.append(parse_example(json.loads(line)))
            except (ValueError, KeyError) as exc:
                raise ValueError(f"{path}:{number}: {exc}") from exc
    return examples


def action_met(action: str, level: SafetyLevel) -> bool:
    """allow = safe|minor, flag = flagged|blocked, block = blocked."""
    if action == "allow":
        return level in (SafetyLevel.SAFE, SafetyLevel.MINOR)
    if action == "flag":
        return level in (SafetyLevel.FLAGGED, SafetyLevel.BLOCKED)
    return level is SafetyLevel.BLOCKED


@dataclass(slots=True)
class CategoryStats:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    blocked_or_flagged: int = 0
    """Labelled lines of the category whose action was met."""
    labelled: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 1.0

    @property
    def action_recall(self) -> float:
        return self.blocked_or_flagged / self.labelled if self.labelled else 1.0


@dataclass(slots=True)
class Report:
    total: int = 0
    action_correct: int = 0
    benign: int = 0
    benign_passed: int = 0
    critical: int = 0
    critical_blocked: int = 0
    categories: dict[SafetyCategory, CategoryStats] = field(default_factory=dict)
    failures: list[tuple[Example, Verdict]] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)

    @property
    def action_accuracy(self) -> float:
        return self.action_correct / self.total if self.total else 1.0

    @property
    def benign_pass_rate(self) -> float:
        return self.benign_passed / self.benign if self.benign else 1.0

    @property
    def critical_recall(self) -> float:
        return self.critical_blocked / self.critical if self.critical else 1.0

    def latency_percentile(self, pct: float) -> float:
        return percentile(self.latencies_ms, pct)

    def to_dict(self) -> dict[str, Any]:
        return {
            "examples": self.total,
            "action_accuracy": round(self.action_accuracy, 4),
            "benign_pass_rate": round(self.benign_pass_rate, 4),
            "critical_recall": round(self.critical_recall, 4),
            "categories": {
                c.value: {
                    "labelled": s.labelled,
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "action_recall": round(s.action_recall, 4),
                }
                for c, s in sorted(self.categories.items(), key=lambda kv: kv[0].value)
            },
            "latency_ms": {
                "p50": round(self.latency_percentile(50), 3),
                "p95": round(self.latency_percentile(95), 3),
                "p99": round(self.latency_percentile(99), 3),
            }
            if self.latencies_ms
            else {},
            "failures": len(self.failures),
        }


def percentile(values: Sequence[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = (len(ordered) - 1) * pct / 100.0
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def evaluate(
    engine: SafetyEngine, examples: Sequence[Example], *, measure_latency: bool = False
) -> Report:
    """Score `examples` in one batch; optionally time a single assess() per example too."""
    verdicts = engine.assess_many([AssessmentRequest(e.text, e.age, e.speaker) for e in examples])
    report = Report(categories={c: CategoryStats() for c in SafetyCategory})
    for example, verdict in zip(examples, verdicts, strict=True):
        report.total += 1
        met = action_met(example.action, verdict.level)
        report.action_correct += met
        if not met:
            report.failures.append((example, verdict))
        if example.action == "allow":
            report.benign += 1
            report.benign_passed += met
        if example.categories & CRITICAL_CATEGORIES and example.action != "allow":
            report.critical += 1
            report.critical_blocked += verdict.level is SafetyLevel.BLOCKED
        predicted = set(verdict.categories) if not verdict.allowed else set()
        for category, stats in report.categories.items():
            wanted = category in example.categories
            got = category in predicted
            stats.true_positive += wanted and got
            stats.false_positive += got and not wanted
            stats.false_negative += wanted and not got
            if wanted:
                stats.labelled += 1
                stats.blocked_or_flagged += met
    if measure_latency:
        engine.assess("warm up", age=8)
        for example in examples:
            started = time.perf_counter()
            engine.assess(example.text, age=example.age, speaker=example.speaker)
            report.latencies_ms.append((time.perf_counter() - started) * 1000.0)
    return report


def format_report(report: Report, *, show_failures: bool = True) -> str:
    lines = [
        f"examples            {report.total}",
        f"action accuracy     {report.action_accuracy:.3f}",
        f"benign pass rate    {report.benign_pass_rate:.3f}"
        f"  ({report.benign_passed}/{report.benign})",
        f"critical recall     {report.critical_recall:.3f}"
        f"  ({report.critical_blocked}/{report.critical})",
        "",
        f"{'category':<20}{'n':>5}{'precision':>11}{'recall':>8}{'action':>8}",
    ]
    for category, stats in sorted(report.categories.items(), key=lambda kv: kv[0].value):
        if stats.labelled == 0 and stats.false_positive == 0:
            continue
        lines.append(
            f"{category.value:<20}{stats.labelled:>5}{stats.precision:>11.3f}"
            f"{stats.recall:>8.3f}{stats.action_recall:>8.3f}"
        )
    if report.latencies_ms:
        lines += [
            "",
            "single assess latency (ms): "
            f"p50 {report.latency_percentile(50):.3f}  p95 {report.latency_percentile(95):.3f}  "
            f"p99 {report.latency_percentile(99):.3f}",
        ]
    if show_failures and report.failures:
        lines += ["", "misses (expected action -> level [categories]):"]
        for example, verdict in report.failures:
            cats = ",".join(c.value for c in verdict.categories)
            lines.append(
                f"  {example.action:>5} -> {verdict.level.value:<7} [{cats}] "
                f"{example.speaker.value}/{example.age}: {example.text[:90]}"
            )
    return "\n".join(lines)
