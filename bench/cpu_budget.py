"""CPU spent per request, side by side: what bounds sendMessage's rate on this machine.

    python -m bench.cpu_budget [--rate 40] [--duration 12] [--rounds 3]

Latency figures move with whatever else the machine runs; CPU seconds per request move far
less. This starts `teddy serve` (one worker) on embedded PostgreSQL and Redis under a
temporary directory (so their processes, and only theirs, can be counted), seeds devices
through the API, then alternates, round after round at the same modest rate:

* `sendMessage`, the contract's operation (safety check, reply, write, cache, outbox relay), and
* `{ __typename }` with the same device token: the stack every request pays (HTTP, FastAPI,
  Strawberry, authentication, logs, metrics) and nothing else.

For each it reports the service process's CPU and the storage servers' CPU per request, and
the rates those imply: one worker cannot pass 1 / (service CPU), and the whole machine cannot
pass cores / (service + storage CPU), before the load generator takes its share.
Results go to stdout and bench/results/cpu-budget-<time>.json.

With `--baseline DIR` (another checkout, e.g. a `git worktree` of the commit to compare
with), a second service runs DIR's code on the same storage, and each round measures both,
one after the other: series named `... [baseline]` and the ratio of the medians. On a shared
machine the side-by-side ratio means more than either absolute figure.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
import tempfile
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil

from bench import seed
from bench.client import graphql, http_client
from bench.loadgen import run_open_loop
from bench.machine import describe, load_average
from bench.processes import Storage, teddy_service
from bench.rawhttp import HttpClient
from bench.scenarios import ChatScenario
from persistence.embedded import EmbeddedPostgres, EmbeddedRedis

RESULTS = Path(__file__).resolve().parent / "results"
BASELINE = " [baseline]"


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _cpu_of(processes: list[psutil.Process]) -> float:
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def service_cpu(pid: int) -> float:
    root = psutil.Process(pid)
    return _cpu_of([root, *root.children(recursive=True)])


def storage_cpu(data_dir: Path) -> float:
    """PostgreSQL (postmaster and its backends) and Redis started under `data_dir`."""
    marker = str(data_dir)
    found: list[psutil.Process] = []
    for process in psutil.process_iter(["cmdline"]):
        try:
            line = " ".join(process.info["cmdline"] or [])
        except psutil.Error:
            continue
        if marker in line:
            found.append(process)
            found.extend(process.children(recursive=True))
    return _cpu_of(found)


async def measure(
    name: str,
    operation: Callable[[int], Awaitable[None]],
    *,
    rate: float,
    duration: float,
    pid: int,
    data_dir: Path,
) -> dict[str, Any]:
    service_before, storage_before = service_cpu(pid), storage_cpu(data_dir)
    step = await run_open_loop(name, operation, rate=rate, duration=duration, grace=15)
    service_after, storage_after = service_cpu(pid), storage_cpu(data_dir)
    count = max(1, step.ok + step.errors)
    return {
        "series": name,
        "requests": count,
        "errors": step.errors,
        "service_ms": (service_after - service_before) / count * 1000,
        "storage_ms": (storage_after - storage_before) / count * 1000,
        "load1": load_average(),
    }


Series = dict[str, tuple[Callable[[int], Awaitable[None]], int]]


async def _series(http: HttpClient, label: str, pid: int) -> Series:
    say(f"seeding 100 children with paired devices{label} ...")
    devices = seed.all_devices(await seed.families(http, "cpu", 20, 5))
    chat = ChatScenario(http, devices)
    await chat.prime()
    token = devices[0].token

    async def typename(_index: int) -> None:
        await graphql(http, "query Ping { __typename }", {}, token)

    return {
        f"sendMessage{label}": (chat.operation, pid),
        f"__typename (device){label}": (typename, pid),
    }


async def run(
    args: argparse.Namespace, services: list[tuple[str, str, int]], data_dir: Path
) -> list[dict[str, Any]]:
    """`services`: (label, url, pid) of each service to measure, side by side."""
    rows: list[dict[str, Any]] = []
    async with contextlib.AsyncExitStack() as stack:
        series: Series = {}
        for label, url, pid in services:
            http = await stack.enter_async_context(http_client(url))
            series.update(await _series(http, label, pid))
        for name, (operation, _pid) in series.items():
            await run_open_loop(f"{name} warm-up", operation, rate=args.rate, duration=3, grace=10)
        for round_no in range(args.rounds):
            for name, (operation, pid) in series.items():
                row = await measure(
                    name,
                    operation,
                    rate=args.rate,
                    duration=args.duration,
                    pid=pid,
                    data_dir=data_dir,
                )
                row["round"] = round_no + 1
                rows.append(row)
                say(
                    f"round {round_no + 1}  {name:33} service {row['service_ms']:6.2f} ms  "
                    f"storage {row['storage_ms']:5.2f} ms  errors {row['errors']}  "
                    f"load1 {row['load1']}"
                )
    return rows


def ratios(result: dict[str, Any], label: str = BASELINE) -> dict[str, float]:
    """This checkout's median service CPU over the baseline's, per series."""
    return {
        name: round(row["service_ms"] / result[name + label]["service_ms"], 3)
        for name, row in result.items()
        if name + label in result and result[name + label]["service_ms"]
    }


def summary(rows: list[dict[str, Any]], cores: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in dict.fromkeys(row["series"] for row in rows):
        mine = [row for row in rows if row["series"] == name]
        service = statistics.median(row["service_ms"] for row in mine)
        storage = statistics.median(row["storage_ms"] for row in mine)
        out[name] = {
            "service_ms": round(service, 2),
            "storage_ms": round(storage, 2),
            "one_worker_ceiling_per_s": round(1000 / service) if service else None,
            "machine_ceiling_per_s": round(cores * 1000 / (service + storage))
            if service + storage
            else None,
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.cpu_budget", description=__doc__)
    parser.add_argument("--rate", type=float, default=40.0, help="requests a second")
    parser.add_argument("--duration", type=float, default=12.0, help="seconds per measurement")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--baseline", type=Path, default=None, help="another checkout to measure side by side"
    )
    args = parser.parse_args(argv)
    cores = psutil.cpu_count() or 1
    say(f"machine: {describe()}")
    with tempfile.TemporaryDirectory(prefix="teddy-cpu-") as temp:
        data_dir = Path(temp)
        postgres = EmbeddedPostgres(data_dir / "postgres")
        redis_server = EmbeddedRedis(data_dir / "redis")
        storage = Storage(
            data_dir,
            database_url=postgres.start(),
            redis_url=redis_server.start(),
            kind=f"embedded PostgreSQL and Redis under {data_dir}",
        )
        servers = [("", teddy_service(storage, data_dir / "logs"))]
        if args.baseline is not None:
            baseline = teddy_service(storage, data_dir / "logs", checkout=args.baseline.resolve())
            servers.append((BASELINE, baseline))
        try:
            for _label, server in servers:
                server.start()
            measured = [(label, server.url, server.pid or 0) for label, server in servers]
            rows = asyncio.run(run(args, measured, data_dir))
        finally:
            for _label, server in servers:
                server.stop()
            redis_server.stop()
            postgres.stop()
    result = summary(rows, cores)
    say("")
    header = f"{'series':33} {'service ms':>10} {'storage ms':>10}"
    say(f"{header} {'1 worker max/s':>15} {'machine max/s':>14}")
    for name, row in result.items():
        say(
            f"{name:33} {row['service_ms']:>10} {row['storage_ms']:>10} "
            f"{row['one_worker_ceiling_per_s']:>15} {row['machine_ceiling_per_s']:>14}"
        )
    compared = ratios(result)
    for name, ratio in compared.items():
        say(f"{name}: service CPU {ratio:.3f} x the baseline's ({args.baseline})")
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = RESULTS / f"cpu-budget-{stamp}.json"
    path.write_text(
        json.dumps(
            {"machine": describe(), "rows": rows, "summary": result, "ratios": compared},
            indent=2,
        )
    )
    say(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
