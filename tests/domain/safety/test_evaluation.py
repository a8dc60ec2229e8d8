from __future__ import annotations

import json
from pathlib import Path

import pytest

from domain.enums import SafetyCategory, SafetyLevel
from domain.safety import SafetyEngine
from domain.safety.evaluation import action_met, evaluate, load_examples, percentile


def test_action_rules() -> None:
    assert action_met("allow", SafetyLevel.MINOR)
    assert not action_met("allow", SafetyLevel.FLAGGED)
    assert action_met("flag", SafetyLevel.BLOCKED)
    assert not action_met("flag", SafetyLevel.MINOR)
    assert action_met("block", SafetyLevel.BLOCKED)
    assert not action_met("block", SafetyLevel.FLAGGED)


def test_percentile() -> None:
    assert percentile([], 99) == 0.0
    assert percentile([1.0, 2.0, 3.0, 4.0, 5.0], 50) == 3.0
    assert percentile([1.0, 2.0], 100) == 2.0


def test_metrics_on_a_tiny_set(tmp_path: Path, engine: SafetyEngine) -> None:
    lines = [
        {"text": "hello teddy", "age": 6, "speaker": "child", "categories": [], "action": "allow"},
        {
            "text": "I want to die",
            "age": 12,
            "speaker": "child",
            "categories": ["self_harm"],
            "action": "block",
        },
        {
            "text": "shit",
            "age": 12,
            "speaker": "child",
            "categories": ["profanity"],
            "action": "flag",
        },
        # deliberately mislabelled to prove a miss is counted
        {
            "text": "what do whales eat",
            "age": 8,
            "speaker": "child",
            "categories": ["hate"],
            "action": "flag",
        },
    ]
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    report = evaluate(engine, load_examples([path]), measure_latency=True)
    assert report.total == 4
    assert report.action_accuracy == 0.75
    assert report.benign_pass_rate == 1.0
    assert report.critical_recall == 1.0
    assert report.categories[SafetyCategory.HATE].recall == 0.0
    assert report.categories[SafetyCategory.SELF_HARM].recall == 1.0
    assert len(report.latencies_ms) == 4
    assert len(report.failures) == 1


def test_bad_lines_name_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "x", "action": "maybe"}\n')
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        load_examples([path])
