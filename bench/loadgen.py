"""Open-loop load: requests start at fixed times whatever the server does.

Request `i` of a step is due at `t0 + i / rate`. Its latency runs from that due time, not from
when the generator got round to sending it, so a slow server (or a slow generator) cannot hide
its tail by holding back later requests. An operation fails by raising; a request still running
`grace` seconds after the last one was due counts as a timeout failure.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

Operation = Callable[[int], Awaitable[None]]

P99_LIMIT_SECONDS = 1.0


class OperationFailed(Exception):
    """A request that answered, but not with success (HTTP status, GraphQL `errors`)."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind


def percentile(sorted_values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile of already sorted values; NaN when there are none."""
    if not sorted_values:
        return math.nan
    rank = math.ceil(fraction * len(sorted_values))
    return sorted_values[min(max(rank, 1), len(sorted_values)) - 1]


@dataclass
class StepResult:
    name: str
    target_rate: float
    duration: float
    scheduled: int
    ok: int
    errors: int
    error_kinds: dict[str, int]
    achieved_rate: float
    p50: float
    p95: float
    p99: float
    max: float
    mean: float
    send_lag_p99: float
    """How late the generator itself started requests (seconds, 99th percentile)."""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return self.errors == 0 and self.ok > 0 and self.p99 < P99_LIMIT_SECONDS

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["passed"] = self.passed
        return data


def summarise(
    name: str,
    target_rate: float,
    duration: float,
    latencies: Sequence[float],
    failures: Counter[str],
    scheduled: int,
    elapsed: float,
    send_lags: Sequence[float] = (),
) -> StepResult:
    ordered = sorted(latencies)
    errors = sum(failures.values())
    return StepResult(
        name=name,
        target_rate=target_rate,
        duration=duration,
        scheduled=scheduled,
        ok=len(ordered),
        errors=errors,
        error_kinds=dict(failures),
        achieved_rate=len(ordered) / elapsed if elapsed > 0 else 0.0,
        p50=percentile(ordered, 0.50),
        p95=percentile(ordered, 0.95),
        p99=percentile(ordered, 0.99),
        max=ordered[-1] if ordered else math.nan,
        mean=sum(ordered) / len(ordered) if ordered else math.nan,
        send_lag_p99=percentile(sorted(send_lags), 0.99),
    )


def _failure_kind(error: BaseException) -> str:
    if isinstance(error, OperationFailed):
        return error.kind
    return type(error).__name__


async def run_open_loop(
    name: str,
    operation: Operation,
    *,
    rate: float,
    duration: float,
    grace: float = 10.0,
    clock: Callable[[], float] = time.perf_counter,
) -> StepResult:
    """Start `rate * duration` calls of `operation(i)` at a constant rate and measure them."""
    total = max(1, int(rate * duration))
    latencies: list[float] = []
    send_lags: list[float] = []
    failures: Counter[str] = Counter()
    tasks: set[asyncio.Task[None]] = set()
    finished = [0.0]

    async def one(index: int, due: float) -> None:
        send_lags.append(clock() - due)
        try:
            await operation(index)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001 - every failure is counted, by kind
            failures[_failure_kind(error)] += 1
            return
        now = clock()
        latencies.append(now - due)
        finished[0] = max(finished[0], now)

    start = clock()
    for index in range(total):
        due = start + index / rate
        delay = due - clock()
        if delay > 0:
            await asyncio.sleep(delay)
        task = asyncio.create_task(one(index, due))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    last_due = start + (total - 1) / rate
    if tasks:
        _done, pending = await asyncio.wait(
            set(tasks), timeout=max(0.0, last_due + grace - clock())
        )
        for task in pending:
            task.cancel()
        if pending:
            failures["timeout"] += len(pending)
            await asyncio.gather(*pending, return_exceptions=True)
    elapsed = max(total / rate, finished[0] - start)
    return summarise(name, rate, duration, latencies, failures, total, elapsed, send_lags)


async def find_best_rate(
    name: str,
    operation_for_rate: Callable[[float], Awaitable[Operation]],
    rates: Sequence[float],
    *,
    duration: float,
    deadline: float,
    grace: float = 10.0,
    pause: float = 1.0,
    on_step: Callable[[StepResult], None] | None = None,
) -> list[StepResult]:
    """Step up through `rates`; stop after the first step that fails or when time runs out.

    `operation_for_rate(rate)` prepares whatever the step needs (untimed) and returns the
    operation; `deadline` is a `time.monotonic()` value after which no new step starts.
    """
    results: list[StepResult] = []
    for rate in rates:
        if time.monotonic() + duration > deadline:
            break
        operation = await operation_for_rate(rate)
        result = await run_open_loop(name, operation, rate=rate, duration=duration, grace=grace)
        results.append(result)
        if on_step is not None:
            on_step(result)
        if not result.passed:
            break
        await asyncio.sleep(pause)
    return results


def best_passing(results: Sequence[StepResult]) -> StepResult | None:
    passing = [r for r in results if r.passed]
    return max(passing, key=lambda r: r.target_rate) if passing else None
