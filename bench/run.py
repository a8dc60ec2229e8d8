"""`python -m bench.run`: the load benchmark (`make bench`).

Starts storage and `teddy serve` unless `--url` is given, seeds data through the API, then
steps each scenario's constant arrival rate up until p99 reaches 1 s or a request fails, with
the floors (bare asyncpg write, one-statement Dashboard read) measured the same way in the same
run. Prints a table; writes bench/results/<timestamp>.json and .svg.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import machine, report, seed
from bench.client import http_client
from bench.fanout import FanoutScenario, subscription_available
from bench.loadgen import Operation, StepResult, best_passing, find_best_rate, run_open_loop
from bench.processes import (
    RATE_LIMIT_OFF,
    REPO,
    ServerProcess,
    Storage,
    floor_server,
    teddy_service,
)
from bench.rawhttp import HttpClient
from bench.scenarios import (
    ChatScenario,
    DashboardScenario,
    ReadFloorScenario,
    WriteFloorScenario,
    conversation_uuids,
)

RESULTS = Path(__file__).resolve().parent / "results"


@dataclass(frozen=True)
class Plan:
    duration: float
    series_budget: float
    """Seconds of stepping for one series (a scenario or a floor) before it stops climbing."""
    grace: float
    chat_rates: tuple[float, ...]
    dashboard_rates: tuple[float, ...]
    floor_rates: tuple[float, ...]
    fanout_rates: tuple[float, ...]
    devices: int
    dashboard_parents: int
    subscribers: int


QUICK = Plan(
    duration=5,
    series_budget=15,
    grace=3,
    chat_rates=(25, 50, 100),
    dashboard_rates=(5, 10, 25),
    floor_rates=(250, 500, 1000),
    fanout_rates=(5,),
    devices=100,
    dashboard_parents=4,
    subscribers=10,
)
FULL = Plan(
    duration=12,
    series_budget=100,
    grace=5,
    chat_rates=(25, 50, 75, 100, 150, 200, 300, 500, 750, 1000),
    dashboard_rates=(5, 10, 15, 20, 30, 50, 75, 100, 150, 200, 300, 500),
    floor_rates=(250, 500, 750, 1000, 1500, 2000, 3000),
    fanout_rates=(5, 10, 25, 50, 100),
    devices=500,
    dashboard_parents=12,
    subscribers=20,
)


def _rates(text: str | None) -> tuple[float, ...] | None:
    return tuple(float(r) for r in text.split(",") if r.strip()) if text else None


def _out(line: str = "") -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _scenario_sdl() -> str:
    result = subprocess.run(
        [sys.executable, "-m", "graph.cli", "export-schema"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout


class Run:
    def __init__(self, args: argparse.Namespace, plan: Plan, base_url: str) -> None:
        self.args = args
        self.plan = plan
        self.base_url = base_url
        self.series: dict[str, list[StepResult]] = {}
        self.notes: list[str] = []

    def _show(self, result: StepResult) -> None:
        result.extra["load_average_after"] = machine.load_average()
        _out(report.table_row(result))

    async def _stepped(
        self, label: str, prepare: Any, rates: Sequence[float], http: HttpClient
    ) -> None:
        warm: Operation = await prepare(rates[0])
        await run_open_loop(f"{label} warm-up", warm, rate=rates[0], duration=2, grace=1)
        counted = [http.requests, http.opened]

        def show(result: StepResult) -> None:
            # What the generator's own connects cost: new connections per request sent.
            result.extra["requests_sent"] = http.requests - counted[0]
            result.extra["connections_opened"] = http.opened - counted[1]
            counted[:] = [http.requests, http.opened]
            self._show(result)

        steps = await find_best_rate(
            label,
            prepare,
            rates,
            duration=self.plan.duration,
            deadline=time.monotonic() + self.plan.series_budget,
            grace=self.plan.grace,
            on_step=show,
        )
        self.series[label] = steps

    async def chat(self, floor: ServerProcess | None) -> None:
        async with http_client(self.base_url) as http:
            _out(f"seeding {self.plan.devices} children with paired devices ...")
            families = await seed.families(http, "chat", max(1, self.plan.devices // 5), 5)
            devices = seed.all_devices(families)
            chat = ChatScenario(http, devices)
            await chat.prime()
            _out(HEADER_LINE)
            await self._stepped("sendMessage", chat.for_rate, self.plan.chat_rates, http)
            if floor is None:
                return
            started = await seed.conversations(http, devices[:200], min(200, len(devices)))
            ids = conversation_uuids([c for _d, c in started])
        async with http_client(floor.url) as http:
            await self._stepped(
                "write floor", WriteFloorScenario(http, ids).for_rate, self.plan.floor_rates, http
            )

    async def dashboard(self, floor: ServerProcess | None) -> None:
        async with http_client(self.base_url) as http:
            parents = self.plan.dashboard_parents
            _out(
                f"seeding {parents} parents: a child with 10 conversations of 20 messages each ..."
            )
            families = await seed.families(http, "dash", parents, 1)
            await seed.filled_conversations(http, seed.all_devices(families), 10, 10)
            _out(HEADER_LINE)
            scenario = DashboardScenario(http, families)
            await self._stepped("Dashboard", scenario.for_rate, self.plan.dashboard_rates, http)
        if floor is None:
            return
        async with http_client(floor.url) as http:
            await self._stepped(
                "read floor",
                ReadFloorScenario(http, families).for_rate,
                self.plan.floor_rates,
                http,
            )

    async def fanout(self) -> None:
        if not subscription_available(_scenario_sdl()):
            self.notes.append("fanout skipped: no safetyIncidents subscription in the schema")
            _out(self.notes[-1])
            return
        async with http_client(self.base_url) as http:
            families = await seed.families(http, "fan", 10, 2)
            scenario = FanoutScenario(
                http, self.base_url, seed.all_devices(families), self.plan.subscribers
            )
            _out(f"fan-out to {self.plan.subscribers} moderators (latency = send to delivery)")
            _out(HEADER_LINE)
            steps: list[StepResult] = []
            deadline = time.monotonic() + self.plan.series_budget
            for rate in self.plan.fanout_rates:
                if time.monotonic() + self.plan.duration > deadline:
                    break
                result = await scenario.run_step(rate, self.plan.duration)
                steps.append(result)
                self._show(result)
                if not result.passed:
                    break
            self.series["fanout delivery"] = steps


HEADER_LINE = report.HEADER


def _summary(series: dict[str, list[StepResult]]) -> dict[str, Any]:
    best = {name: best_passing(steps) for name, steps in series.items()}
    rates = {name: (r.target_rate if r else None) for name, r in best.items()}
    summary: dict[str, Any] = {"best_rate_meeting_p99_1s": rates}
    for service, floor in (("sendMessage", "write floor"), ("Dashboard", "read floor")):
        if rates.get(service) and rates.get(floor):
            summary[f"{service} / {floor}"] = round(rates[service] / rates[floor], 3)
    return summary


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a short run, under two minutes")
    parser.add_argument("--duration", type=float, help="seconds per rate step")
    parser.add_argument("--rates", help="sendMessage rates, e.g. 50,100,200")
    parser.add_argument("--dashboard-rates", help="Dashboard rates")
    parser.add_argument("--floor-rates", help="rates for both floors")
    parser.add_argument("--fanout-rates", help="unsafe messages a second in the fan-out")
    parser.add_argument("--subscribers", type=int, help="moderators subscribed in the fan-out")
    parser.add_argument("--scenario", choices=["chat", "dashboard", "fanout", "all"], default="all")
    parser.add_argument("--url", help="a running service; then no floors unless --database-url")
    parser.add_argument("--database-url", help="the running service's database, for the floors")
    parser.add_argument("--no-floors", action="store_true")
    parser.add_argument(
        "--workers", type=int, default=1, help="uvicorn worker processes of the service"
    )
    return parser.parse_args(argv)


def _plan(args: argparse.Namespace) -> Plan:
    base = QUICK if args.quick else FULL
    return Plan(
        duration=args.duration or base.duration,
        series_budget=base.series_budget,
        grace=base.grace,
        chat_rates=_rates(args.rates) or base.chat_rates,
        dashboard_rates=_rates(args.dashboard_rates) or base.dashboard_rates,
        floor_rates=_rates(args.floor_rates) or base.floor_rates,
        fanout_rates=_rates(args.fanout_rates) or base.fanout_rates,
        devices=base.devices,
        dashboard_parents=base.dashboard_parents,
        subscribers=args.subscribers or base.subscribers,
    )


async def _scenarios(run: Run, floors: dict[str, ServerProcess]) -> None:
    chosen = run.args.scenario
    if chosen in ("chat", "all"):
        await run.chat(floors.get("floor_write"))
    if chosen in ("dashboard", "all"):
        await run.dashboard(floors.get("floor_read"))
    if chosen in ("fanout", "all"):
        await run.fanout()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    plan = _plan(args)
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    started_at = datetime.now(UTC)
    host = machine.describe()
    _out(f"machine: {host['cpu']}, {host['cores']} cores, {host['memory_gib']} GiB")
    work = Path(tempfile.mkdtemp(prefix="teddy-bench-"))
    storage: Storage | None = None
    processes: list[ServerProcess] = []
    context: dict[str, Any] = {"logs": str(work)}
    try:
        database_url = args.database_url
        if args.url:
            base_url = args.url.rstrip("/")
            context["service"] = f"given: {base_url}"
        else:
            storage = Storage(work)
            storage.start()
            database_url = storage.database_url
            service = teddy_service(storage, work, workers=args.workers)
            service.start()
            processes.append(service)
            base_url = service.url
            workers = f"{args.workers} uvicorn worker(s)"
            context["service"] = f"teddy serve ({workers}), pid {service.pid}"
            context["storage"] = storage.kind
            context["rate_limit"] = (
                f"TEDDY_RATE_LIMIT_PER_CHILD={RATE_LIMIT_OFF}: the limiter still runs on every "
                "send but never refuses"
            )
        floors: dict[str, ServerProcess] = {}
        if database_url and not args.no_floors:
            for module in ("floor_write", "floor_read"):
                floors[module] = floor_server(module, database_url, work, workers=args.workers)
                floors[module].start()
                processes.append(floors[module])
        for key, value in context.items():
            _out(f"{key}: {value}")
        run = Run(args, plan, base_url)
        asyncio.run(_scenarios(run, floors))
    finally:
        for process in reversed(processes):
            process.stop()
        if storage is not None:
            storage.stop()
    summary = _summary(run.series)
    _out()
    for key, value in summary.items():
        _out(f"{key}: {value}")
    stamp = started_at.strftime("%Y%m%dT%H%M%SZ")
    document = {
        "started_at": started_at.isoformat(),
        "machine": host,
        "context": context,
        "plan": plan.__dict__,
        "notes": run.notes,
        "summary": summary,
        "steps": {name: [s.as_dict() for s in steps] for name, steps in run.series.items()},
    }
    report.write_json(RESULTS / f"{stamp}.json", document)
    title = f"Teddy Conversations, {host['cpu']} x{host['cores']}, {stamp}"
    report.write_svg(RESULTS / f"{stamp}.svg", run.series, title)
    _out(f"wrote {RESULTS / stamp}.json and .svg (matplotlib is not installed: the plot is SVG)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
