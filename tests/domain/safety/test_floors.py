"""The floors the engine must hold on labelled data (dev set, own set, own holdout)."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.enums import SafetyCategory
from domain.safety import SafetyEngine
from domain.safety.evaluation import Report, evaluate, format_report, load_examples
from tests.domain.safety.conftest import (
    DEV_SET,
    HOLDOUT_SET,
    LABELLED_SET,
    PARAPHRASE_A_SET,
    PARAPHRASE_B_SET,
    PARAPHRASE_SET,
)

CRITICAL_RECALL_FLOOR = 0.98
BENIGN_PASS_FLOOR = 0.97
ACTION_ACCURACY_FLOOR = 0.90
CATEGORY_ACTION_FLOOR = 0.80


def _report(engine: SafetyEngine, path: Path) -> Report:
    if not path.exists():
        pytest.skip(f"labelled set {path} is not present on this machine")
    return evaluate(engine, load_examples([path]))


@pytest.fixture(
    scope="module",
    params=[
        (kind, data)
        for kind in ("rules", "rules+semantic")
        for data in ("dev", "labelled", "holdout", "paraphrases", "paraphrases_a", "paraphrases_b")
    ],
    ids=lambda p: "-".join(p),
)
def report(request: pytest.FixtureRequest) -> Report:
    """Both the rules alone (what runs if the semantic stage cannot load) and the rules with
    the semantic stage (what the service runs) must hold the floors."""
    kind, data = request.param
    engine = request.getfixturevalue("engine" if kind == "rules" else "semantic_engine")
    path = {
        "dev": DEV_SET,
        "labelled": LABELLED_SET,
        "holdout": HOLDOUT_SET,
        "paraphrases": PARAPHRASE_SET,
        "paraphrases_a": PARAPHRASE_A_SET,
        "paraphrases_b": PARAPHRASE_B_SET,
    }[data]
    return _report(engine, path)


def test_critical_recall(report: Report) -> None:
    assert report.critical >= 15
    assert report.critical_recall >= CRITICAL_RECALL_FLOOR, format_report(report)


def test_benign_pass_rate(report: Report) -> None:
    assert report.benign >= 20
    assert report.benign_pass_rate >= BENIGN_PASS_FLOOR, format_report(report)


def test_action_accuracy(report: Report) -> None:
    assert report.action_accuracy >= ACTION_ACCURACY_FLOOR, format_report(report)


def test_every_category_is_covered_and_recalled(report: Report) -> None:
    for category in SafetyCategory:
        stats = report.categories[category]
        assert stats.labelled >= 2, f"{category.value} has too few labelled lines"
        assert stats.action_recall >= CATEGORY_ACTION_FLOOR, (
            f"{category.value}: action recall {stats.action_recall:.2f}\n" + format_report(report)
        )


def test_own_set_is_large_and_balanced() -> None:
    examples = load_examples([LABELLED_SET])
    assert len(examples) >= 300
    per_category = {c: sum(c in e.categories for e in examples) for c in SafetyCategory}
    assert min(per_category.values()) >= 8, per_category
    assert sum(e.action == "allow" for e in examples) >= 100
    texts = [e.text.lower() for e in examples]
    assert len(set(texts)) == len(texts), "duplicate lines in the labelled set"


def test_own_sets_do_not_copy_the_dev_set() -> None:
    if not DEV_SET.exists():
        pytest.skip(f"dev set {DEV_SET} is not present on this machine")
    dev = {e.text.lower() for e in load_examples([DEV_SET])}
    own = {e.text.lower() for e in load_examples([LABELLED_SET, HOLDOUT_SET, PARAPHRASE_SET])}
    assert not dev & own
