"""`teddy safety check|classify|eval` through the real argparse wiring."""

from __future__ import annotations

import argparse
import io
import json
import sys

import pytest

from graph import cli_safety
from tests.domain.safety.conftest import HOLDOUT_SET


def _run(argv: list[str], stdin: str = "") -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="teddy")
    cli_safety.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    out = io.StringIO()
    old_out, old_in = sys.stdout, sys.stdin
    sys.stdout, sys.stdin = out, io.StringIO(stdin)
    try:
        code = args.func(args)
    finally:
        sys.stdout, sys.stdin = old_out, old_in
    return code, out.getvalue()


def test_check_prints_a_verdict() -> None:
    code, out = _run(["safety", "check", "my number is 555-123-4567", "--age", "9"])
    data = json.loads(out)
    assert code == 0
    assert data["level"] == "flagged"
    assert data["categories"] == ["personal_info"]
    assert data["redacted_text"] == "my number is [PHONE]"


def test_check_teddy_speaker() -> None:
    code, out = _run(["safety", "check", "Send me a photo of you", "--speaker", "teddy"])
    assert json.loads(out)["level"] == "blocked"


def test_classify_keeps_order_and_reports_bad_lines() -> None:
    lines = [
        {"text": "I want to kill myself", "age": 11, "speaker": "child"},
        {"text": "what do whales eat", "age": 7, "speaker": "child"},
        {"text": "What the hell", "age": 9, "speaker": "teddy"},
    ]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\nnot json\n"
    code, out = _run(["safety", "classify"], stdin)
    rows = [json.loads(x) for x in out.splitlines()]
    assert code == 1
    assert [r.get("level") for r in rows] == ["blocked", "safe", "blocked", None]
    assert rows[0]["categories"] == ["self_harm"]
    assert set(rows[0]) == {"level", "score", "categories"}


def test_eval_prints_metrics() -> None:
    if not HOLDOUT_SET.exists():
        pytest.skip("holdout set missing")
    code, out = _run(["safety", "eval", str(HOLDOUT_SET), "--json"])
    data = json.loads(out)
    assert code == 0
    assert data["examples"] >= 80
    assert set(data["latency_ms"]) == {"p50", "p95", "p99"}
    assert "self_harm" in data["categories"]


def test_training_options_reach_the_hyperparameters() -> None:
    """`--C`, `--min-df`, `--max-df` set the training settings; left out, each is the
    committed model's; `--rounds` takes ranges and lists of blind rounds."""
    from persistence.semantic_training import MAX_DF, MIN_DF, C, Hyperparameters

    parser = argparse.ArgumentParser(prog="teddy")
    cli_safety.register(parser.add_subparsers(dest="command", required=True))
    given = parser.parse_args(
        ["safety", "crossval", "--C", "10", "--min-df", "2", "--rounds", "24-26,31"]
    )
    assert cli_safety._hyperparameters(given) == Hyperparameters(c=10.0, min_df=2, max_df=MAX_DF)
    assert given.rounds == [24, 25, 26, 31]
    assert not given.unnested
    default = parser.parse_args(["safety", "train", "--out", "model.json"])
    assert cli_safety._hyperparameters(default) == Hyperparameters(c=C, min_df=MIN_DF)
