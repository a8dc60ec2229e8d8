"""CPU spent per request, side by side: what bounds an operation's rate on this machine.

    python -m bench.cpu_budget [--operation send|dashboard] [--baseline DIR]
                               [--rate 40] [--duration 12] [--rounds 3]

Latency figures move with whatever else the machine runs; CPU seconds per request move far
less. This starts `teddy serve` (one worker) on embedded PostgreSQL and Redis under a
temporary directory (so their processes, and only theirs, can be counted), seeds data
through the API, then alternates, round after round at the same modest rate:

* the operation: `sendMessage` (safety check, reply, write, cache, outbox relay), or the
  parent's `Dashboard` of the contract (a child's 10 newest conversations with their last 20
  messages each; seeded as 10 parents with one such child), and
* `{ __typename }` with the same token: the stack every request pays (HTTP, FastAPI,
  Strawberry, authentication, logs, metrics) and nothing else.

With `--baseline DIR` (another checkout, e.g. a `git worktree` of an older commit) a second
`teddy serve` runs DIR's code on the same storage, and every round measures both, one after
the other, so the two are compared under the same load (`ratio` = this / baseline).

For each it reports the service process's CPU and the storage servers' CPU per request, and
the rates those imply: one worker cannot pass 1 / (service CPU), and the whole machine cannot
pass cores / (service + storage CPU), before the load generator takes its share.
Results go to stdout and bench/results/cpu-budget-<time>.json.
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
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil

from bench import seed
from bench.client import graphql, http_client
from bench.loadgen import Operation, run_open_loop
from bench.machine import describe, load_average
from bench.processes import Storage, teddy_service
from bench.rawhttp import HttpClient
from bench.scenarios import ChatScenario, DashboardScenario
from bench.seed import Device, Family
from persistence.embedded import EmbeddedPostgres, EmbeddedRedis

RESULTS = Path(__file__).resolve().parent / "results"


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
    http: HttpClient,
) -> dict[str, Any]:
    service_before, storage_before = service_cpu(pid), storage_cpu(data_dir)
    opened_before, sent_before = http.opened, http.requests
    step = await run_open_loop(name, operation, rate=rate, duration=duration, grace=15)
    service_after, storage_after = service_cpu(pid), storage_cpu(data_dir)
    count = max(1, step.ok + step.errors)
    sent = max(1, http.requests - sent_before)
    return {
        "connections_per_request": round((http.opened - opened_before) / sent, 4),
        "series": name,
        "requests": count,
        "errors": step.errors,
        "service_ms": (service_after - service_before) / count * 1000,
        "storage_ms": (storage_after - storage_before) / count * 1000,
        "load1": load_average(),
    }


@dataclass
class Target:
    label: str
    url: str
    pid: int


async def _seed_send(http: HttpClient) -> tuple[list[Device], str]:
    say("seeding 100 children with paired devices ...")
    devices = seed.all_devices(await seed.families(http, "cpu", 20, 5))
    return devices, devices[0].token


async def _send(http: HttpClient, devices: list[Device]) -> Operation:
    chat = ChatScenario(http, devices)
    await chat.prime()
    return chat.operation


async def _seed_dashboard(http: HttpClient) -> tuple[list[Family], str]:
    say("seeding 10 parents: a child with 10 conversations of 20 messages each ...")
    families = await seed.families(http, "cpu-dash", 10, 1)
    await seed.filled_conversations(http, seed.all_devices(families), 10, 10)
    return families, families[0].token


async def _dashboard(http: HttpClient, families: list[Family]) -> Operation:
    return await DashboardScenario(http, families).for_rate(0)


OPERATIONS: dict[str, tuple[str, Any, Any]] = {
    "send": ("sendMessage", _seed_send, _send),
    "dashboard": ("Dashboard", _seed_dashboard, _dashboard),
}
"""--operation -> (series name, seed(http) -> (data, token), operation(http, data))."""


async def run(
    args: argparse.Namespace, targets: list[Target], data_dir: Path
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    name, seed_data, make_operation = OPERATIONS[args.operation]
    async with contextlib.AsyncExitStack() as stack:
        clients = [await stack.enter_async_context(http_client(t.url)) for t in targets]
        # The data lives in the storage the targets share: seeded once, through the first.
        data, token = await seed_data(clients[0])
        plan: list[tuple[str, Target, Operation, HttpClient]] = []
        for target, http in zip(targets, clients, strict=True):
            suffix = f" ({target.label})" if len(targets) > 1 else ""

            async def typename(_index: int, http: HttpClient = http) -> None:
                await graphql(http, "query Ping { __typename }", {}, token)

            plan.append((name + suffix, target, await make_operation(http, data), http))
            plan.append(("__typename" + suffix, target, typename, http))
        for series, _target, operation, _http in plan:
            await run_open_loop(
                f"{series} warm-up", operation, rate=args.rate, duration=3, grace=10
            )
        for round_no in range(args.rounds):
            for series, target, operation, http in plan:
                row = await measure(
                    series,
                    operation,
                    rate=args.rate,
                    duration=args.duration,
                    pid=target.pid,
                    data_dir=data_dir,
                    http=http,
                )
                row["round"] = round_no + 1
                rows.append(row)
                say(
                    f"round {round_no + 1}  {series:32} service {row['service_ms']:6.2f} ms  "
                    f"storage {row['storage_ms']:5.2f} ms  errors {row['errors']}  "
                    f"new connections/request {row['connections_per_request']:.3f}  "
                    f"load1 {row['load1']}"
                )
    return rows


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
    for name, row in out.items():
        base = out.get(name.replace("(this)", "(baseline)"))
        if "(this)" in name and base and base["service_ms"]:
            row["ratio_to_baseline"] = round(row["service_ms"] / base["service_ms"], 3)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.cpu_budget",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--operation", choices=sorted(OPERATIONS), default="send")
    parser.add_argument("--baseline", type=Path, help="another checkout, measured side by side")
    parser.add_argument("--rate", type=float, default=40.0, help="requests a second")
    parser.add_argument("--duration", type=float, default=12.0, help="seconds per measurement")
    parser.add_argument("--rounds", type=int, default=3)
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
        servers = [("this", teddy_service(storage, data_dir / "logs"))]
        if args.baseline is not None:
            checkout = args.baseline.resolve()
            servers.append(
                ("baseline", teddy_service(storage, data_dir / "logs-baseline", checkout=checkout))
            )
        try:
            targets = []
            for label, server in servers:
                server.start()  # one after the other: each applies the migrations it knows
                assert server.pid is not None
                targets.append(Target(label, server.url, server.pid))
            rows = asyncio.run(run(args, targets, data_dir))
        finally:
            for _label, server in servers:
                server.stop()
            redis_server.stop()
            postgres.stop()
    result = summary(rows, cores)
    say("")
    header = f"{'series':32} {'service ms':>10} {'storage ms':>10}"
    say(f"{header} {'1 worker max/s':>15} {'machine max/s':>14} {'ratio':>6}")
    for name, row in result.items():
        say(
            f"{name:32} {row['service_ms']:>10} {row['storage_ms']:>10} "
            f"{row['one_worker_ceiling_per_s']:>15} {row['machine_ceiling_per_s']:>14} "
            f"{row.get('ratio_to_baseline', ''):>6}"
        )
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = RESULTS / f"cpu-budget-{args.operation}-{stamp}.json"
    document = {
        "machine": describe(),
        "operation": args.operation,
        "baseline": str(args.baseline) if args.baseline else None,
        "rows": rows,
        "summary": result,
    }
    path.write_text(json.dumps(document, indent=2))
    say(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
