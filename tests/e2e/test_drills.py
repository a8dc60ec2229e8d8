"""Failure drills, short: a chat load while Redis is SIGKILLed, and while PostgreSQL restarts.

Both run against `teddy serve` over their own embedded PostgreSQL and Redis (never the
machine's or the other tests' servers); the full-length drills are `python -m
bench.drills.redis_kill` and `python -m bench.drills.postgres_restart`.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.drills.harness import ACCEPTABLE_FAULT_CODES, DrillEnvironment, run_drill
from bench.drills.postgres_restart import postgres_restart
from bench.drills.redis_kill import redis_kill

DEVICES = 4
RATE = 4.0
DURATION = 12.0
FAULT_AT = 4.0


@pytest.fixture(scope="module")
def drill_env(engine_root: Path) -> Iterator[DrillEnvironment]:
    """Its engines live under `engine_root` (outside pytest's temporary tree: see there)."""
    (engine_root / "drills").mkdir()
    env = DrillEnvironment(engine_root / "drills")
    try:
        env.start()
        yield env
    finally:
        env.stop()


def _brief(report: dict[str, Any]) -> str:
    shown = {k: v for k, v in report.items() if k not in ("windows", "lost_ids")}
    return json.dumps(shown, indent=1)[:3000]


def _common_checks(report: dict[str, Any], env: DrillEnvironment) -> None:
    brief = _brief(report) + "\n" + env.server_log_tail(2000)
    assert report["sent"] > DEVICES * DURATION, brief  # the load really ran
    assert report["acknowledged_not_stored"] == 0, brief
    assert report["duplicates"] == 0 and report["stored_rows"] == report["stored"], brief
    assert report["unique_constraint_present"], brief
    assert report["unique_constraint_rejects_duplicate"], brief
    assert report["replies_stored"] == report["stored"], brief
    assert report["conversations_with_seq_gaps"] == 0, brief
    assert report["conversations_with_wrong_message_count"] == 0, brief
    assert report["http_5xx"] == 0 and report["internal_errors"] == 0, brief
    # Devices retry with the same clientMessageId, so in the end every message got through.
    assert report["never_acknowledged"] == 0, brief
    assert report["outbox_drained_after_s"] is not None, brief


def test_redis_killed_during_chat(drill_env: DrillEnvironment) -> None:
    fault = redis_kill(drill_env, at=FAULT_AT, down=4.0)
    report = asyncio.run(run_drill(drill_env, fault, devices=DEVICES, duration=DURATION, rate=RATE))
    _common_checks(report, drill_env)
    brief = _brief(report)
    # The cache and the rate limiter are bypassed: sends keep succeeding while Redis is dead.
    assert set(report["outcomes_during_fault"]) == {"ok"}, brief
    assert report["ok_during_fault"] >= DEVICES * RATE * 2, brief
    assert report["max_during_fault_ms"] < 2000, brief
    assert report["recovery_s"] is not None and report["recovery_s"] <= 5, brief


def test_postgres_restarted_during_chat(drill_env: DrillEnvironment) -> None:
    fault = postgres_restart(drill_env, at=FAULT_AT, down=3.0)
    report = asyncio.run(run_drill(drill_env, fault, devices=DEVICES, duration=DURATION, rate=RATE))
    _common_checks(report, drill_env)
    brief = _brief(report)
    # While it is down: SERVICE_UNAVAILABLE (or a timeout), never a 500 or INTERNAL_ERROR.
    refused = set(report["outcomes_during_fault"]) - {"ok"}
    assert refused <= ACCEPTABLE_FAULT_CODES, brief
    # Back to normal within seconds: no error and normal latency from then on.
    assert report["recovery_s"] is not None and report["recovery_s"] <= 10, brief
    assert set(report["outcomes_after_fault"]) <= {"ok"} | refused, brief
    late = [w for w in report["windows"] if w["start"] >= report["fault"]["ended_s"] + 2]
    assert late and all(not w["errors"] and w["ok"] for w in late), brief
    # The pool reconnected rather than leaking: no more sessions than before the restart.
    assert report["pg_connections_after"] <= report["pg_connections_before"] + 2, brief
