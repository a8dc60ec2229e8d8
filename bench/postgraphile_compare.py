"""`python -m bench.postgraphile_compare`: the Dashboard beside PostGraphile v4 and the floor.

Issue 7 asks the parent Dashboard to be at least as fast as PostGraphile serving the same
tables. This run puts the three side by side, one after another, with the same open-loop
generator and the same data:

- **Dashboard**: `teddy serve` (one uvicorn worker), the contract's Dashboard query with a
  parent's JWT (authorization, decryption of every message, metrics, logs);
- **PostGraphile v4**: `postgraphile` (one Node process) on the same tables, the same shape
  through its generated relations (`parentById { childrenByParentId { conversationsByChildId
  (first: 10) { messagesByConversationId(last: 20) } } }`), no auth, content as stored
  (sealed);
- **read floor**: one json_agg statement (bench/floor_read.py).

PostGraphile is not a dependency of the project. Install it outside the repository and point
the run at it, for example:

    mkdir -p /tmp/pg4 && (cd /tmp/pg4 && npm init -y && npm install postgraphile@4)
    python -m bench.postgraphile_compare --postgraphile /tmp/pg4/node_modules/.bin/postgraphile

The run recreates the database `bench_postgraphile` on the machine's PostgreSQL
(127.0.0.1:5432) and uses Redis database 2 there.

PostgreSQL's JIT (on by default) compiles PostGraphile's one large statement per request and
doubles its latency on this machine (median 24 ms against 11 ms for one Dashboard, measured
alone); the service's and the floor's statements are too cheap for JIT to start. PostGraphile
therefore runs with `jit=off` on its connections unless `--postgraphile-jit` is given.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import machine, report, seed
from bench.client import graphql, http_client
from bench.loadgen import (
    Operation,
    OperationFailed,
    StepResult,
    best_passing,
    find_best_rate,
    run_open_loop,
)
from bench.processes import (
    MACHINE_POSTGRES,
    ServerProcess,
    _recreate_database,
    floor_server,
    teddy_service,
)
from bench.scenarios import DashboardScenario, ReadFloorScenario
from bench.seed import Family

DATABASE = "bench_postgraphile"
REDIS = "redis://127.0.0.1:6379/2"

POSTGRAPHILE_DASHBOARD = """
query Dashboard($parentId: String!) {
  parentById(id: $parentId) {
    id
    childrenByParentId(orderBy: [CREATED_AT_ASC, ID_ASC]) {
      nodes {
        id displayName age
        conversationsByChildId(first: 10, orderBy: [STARTED_AT_DESC, ID_DESC]) {
          edges {
            node {
              id status interactionType startedAt messageCount
              messagesByConversationId(last: 20, orderBy: SEQ_ASC) {
                edges { node { id role content createdAt safetyLevel safetyCategories } }
              }
            }
          }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
}
"""


@dataclass
class MachineStorage:
    """What `teddy_service` needs: the machine's PostgreSQL and Redis."""

    database_url: str
    redis_url: str


def postgraphile_server(
    binary: str, database_url: str, log_path: Path, *, jit: bool
) -> ServerProcess:
    """PostGraphile v4's CLI on the service's tables (`jit=off` unless asked: PostgreSQL's JIT
    doubled its latency here)."""
    connection = database_url if jit else f"{database_url}?options=-c%20jit%3Doff"
    argv = [
        "--connection",
        connection,
        "--schema",
        "public",
        "--host",
        "127.0.0.1",
        "--port",
        "{port}",
        "--disable-query-log",
        "--disable-graphiql",
    ]
    return ServerProcess(
        argv,
        {"NODE_ENV": "production"},
        log_path,
        "/graphql",
        program=binary,
        ready_by_query=True,
    )


@dataclass
class PostGraphileScenario:
    http: Any
    parents: list[Family]

    async def for_rate(self, _rate: float) -> Operation:
        async def operation(index: int) -> None:
            family = self.parents[index % len(self.parents)]
            data = await graphql(self.http, POSTGRAPHILE_DASHBOARD, {"parentId": family.parent_id})
            parent = data.get("parentById") or {}
            children = (parent.get("childrenByParentId") or {}).get("nodes") or []
            if not children or not children[0]["conversationsByChildId"]["edges"]:
                raise OperationFailed("EMPTY_DASHBOARD")

        return operation


def _rates(text: str) -> tuple[float, ...]:
    return tuple(float(r) for r in text.split(",") if r.strip())


def _out(line: str = "") -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


async def _series(
    label: str, prepare: Any, rates: Sequence[float], duration: float, budget: float
) -> list[StepResult]:
    warm: Operation = await prepare(rates[0])
    await run_open_loop(f"{label} warm-up", warm, rate=rates[0], duration=2, grace=1)

    def show(result: StepResult) -> None:
        result.extra["load_average_after"] = machine.load_average()
        _out(report.table_row(result))

    return await find_best_rate(
        label,
        prepare,
        rates,
        duration=duration,
        deadline=time.monotonic() + budget,
        grace=3,
        on_step=show,
    )


async def _run(
    args: argparse.Namespace, teddy: str, postgraphile: str, floor: str
) -> dict[str, list[StepResult]]:
    series: dict[str, list[StepResult]] = {}
    async with http_client(teddy) as http:
        _out(f"seeding {args.parents} parents: a child with 10 conversations of 20 messages ...")
        families = await seed.families(http, "pg", args.parents, 1)
        await seed.filled_conversations(http, seed.all_devices(families), 10, 10)
        _out(report.HEADER)
        series["Dashboard"] = await _series(
            "Dashboard",
            DashboardScenario(http, families).for_rate,
            _rates(args.dashboard_rates),
            args.duration,
            args.budget,
        )
    async with http_client(postgraphile) as http:
        series["PostGraphile v4"] = await _series(
            "PostGraphile v4",
            PostGraphileScenario(http, families).for_rate,
            _rates(args.postgraphile_rates),
            args.duration,
            args.budget,
        )
    async with http_client(floor) as http:
        series["read floor"] = await _series(
            "read floor",
            ReadFloorScenario(http, families).for_rate,
            _rates(args.floor_rates),
            args.duration,
            args.budget,
        )
    return series


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.postgraphile_compare", description=__doc__
    )
    parser.add_argument("--postgraphile", required=True, help="the postgraphile@4 executable")
    parser.add_argument(
        "--postgraphile-jit", action="store_true", help="leave PostgreSQL's JIT on for it"
    )
    parser.add_argument("--parents", type=int, default=12)
    parser.add_argument("--duration", type=float, default=12)
    parser.add_argument("--budget", type=float, default=120, help="seconds of stepping a series")
    parser.add_argument("--dashboard-rates", default="25,50,75,100,125,150,200,250,300")
    parser.add_argument("--postgraphile-rates", default="50,100,150,200,300,400,500,600")
    parser.add_argument("--floor-rates", default="250,500,750,1000,1500")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    host = machine.describe()
    _out(f"machine: {host['cpu']}, {host['cores']} cores, load {host['load_average_at_start']}")
    work = Path(tempfile.mkdtemp(prefix="teddy-pg-bench-"))
    asyncio.run(_recreate_database(f"{MACHINE_POSTGRES}/postgres", DATABASE))
    storage = MachineStorage(f"{MACHINE_POSTGRES}/{DATABASE}", REDIS)
    processes: list[ServerProcess] = []
    try:
        teddy = teddy_service(storage, work)  # type: ignore[arg-type]
        teddy.start()  # migrates the database: PostGraphile introspects it afterwards
        processes.append(teddy)
        floor = floor_server("floor_read", storage.database_url, work)
        floor.start()
        processes.append(floor)
        postgraphile = postgraphile_server(
            args.postgraphile, storage.database_url, work / "pg.log", jit=args.postgraphile_jit
        )
        postgraphile.start()
        processes.append(postgraphile)
        _out(f"logs: {work}")
        series = asyncio.run(_run(args, teddy.url, postgraphile.url, floor.url))
    finally:
        for process in reversed(processes):
            process.stop()
    best = {name: best_passing(steps) for name, steps in series.items()}
    rates = {name: (r.target_rate if r else None) for name, r in best.items()}
    _out()
    _out(f"best rate meeting p99 < 1 s: {rates}")
    floor_rate = rates.get("read floor")
    for name in ("Dashboard", "PostGraphile v4"):
        if rates.get(name) and floor_rate:
            _out(f"{name} / read floor: {rates[name] / floor_rate:.2f}")  # type: ignore[operator]
    _out(f"load average at the end: {machine.load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
