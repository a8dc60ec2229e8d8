"""The open-loop generator against a fake GraphQL server on loopback: scheduling, percentiles
and error counting. No timing assertions: the machine may be busy."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import orjson
import pytest

from bench.client import graphql, http_client
from bench.loadgen import StepResult, best_passing, percentile, run_open_loop, summarise
from tests.bench.fake_service import request_variables, serving


async def fake_graphql(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answers `{"data": ...}`, or `{"errors": ...}` (HTTP 200) when the variable `fail` is set."""
    if scope["type"] != "http":
        return
    variables = await request_variables(receive)
    if variables.get("fail"):
        answer = {"errors": [{"message": "no", "extensions": {"code": "FAKE_ERROR"}}]}
    else:
        answer = {"data": {"ok": True}}
    payload = orjson.dumps(answer)
    headers = [(b"content-type", b"application/json")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.50) == 50.0
    assert percentile(values, 0.95) == 95.0
    assert percentile(values, 0.99) == 99.0
    assert percentile(values, 1.0) == 100.0
    assert percentile([7.0], 0.99) == 7.0
    assert math.isnan(percentile([], 0.5))


def test_summary_counts_errors_and_fails_the_step() -> None:
    result = summarise("x", 10, 1, [0.1, 0.2, 0.3], Counter({"FAKE": 2}), 5, 1.0)
    assert (result.ok, result.errors, result.error_kinds) == (3, 2, {"FAKE": 2})
    assert result.achieved_rate == 3.0
    assert not result.passed
    slow = summarise("x", 10, 1, [0.1, 2.0], Counter(), 2, 1.0)
    assert slow.p99 == 2.0 and not slow.passed
    fine = summarise("x", 20, 1, [0.1, 0.2], Counter(), 2, 1.0)
    assert fine.passed
    assert best_passing([fine, slow]) is fine
    assert best_passing([slow]) is None


@pytest.fixture
async def fake_server() -> Any:
    async with serving(fake_graphql) as url:
        yield url


async def test_open_loop_against_a_fake_server(fake_server: str) -> None:
    rate, duration = 50.0, 2.0
    async with http_client(fake_server) as http:

        async def operation(index: int) -> None:
            await graphql(http, "{ ok }", {"fail": index % 5 == 0})

        result: StepResult = await run_open_loop(
            "fake", operation, rate=rate, duration=duration, grace=10
        )

    assert result.scheduled == 100
    assert result.errors == 20
    assert result.error_kinds == {"FAKE_ERROR": 20}
    assert result.ok == 80
    assert 0 <= result.p50 <= result.p95 <= result.p99 <= result.max
    assert result.achieved_rate > 0
    assert not result.passed  # any error fails a step
