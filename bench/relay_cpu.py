"""Relay and event-bus CPU per event, two checkouts side by side.

    python bench/relay_cpu.py --before DIR [--after DIR] [--rounds 3 --seconds 6 --rate 600]

Starts an embedded PostgreSQL and Redis in a temporary directory and applies the migrations
(with the `--after` checkout). Then, each round, for each checkout in turn (alternating which
goes first): a relay process runs that checkout's `OutboxRelay`, nudged after every commit
(through LISTEN/NOTIFY, as a request nudges it), and a bus process runs that checkout's
`RedisEventBus` with one listener, on `incidents`, as an instance whose moderators watch the
feed and whose parents watch nothing. This process commits outbox rows as requests do (two
`message_added` on a conversation's topic per transaction, an incident every fifth) at
`--rate` events/s, and listens on Redis to time each event from commit to delivery.

Reported per checkout (medians over rounds): the relay process's CPU per event, the CPU of
its PostgreSQL session's backend per event, the bus process's CPU per event published, and
the commit-to-delivery latency; with the load average. A checkout is a directory holding
`persistence/` and `domain/`, e.g. `git archive <commit> persistence domain piccolo_conf.py`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import asyncpg
import orjson
import redis.asyncio as redis

HERE = Path(__file__).resolve()
TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


# -- the measured processes ----------------------------------------------------------------


async def _relay_process(dsn: str, redis_url: str) -> None:
    from persistence.outbox import OutboxRelay
    from persistence.redis_client import connect_redis

    relay = OutboxRelay(dsn, connect_redis(redis_url, pool_size=10, socket_timeout=5.0))
    nudges = await asyncpg.connect(dsn)
    await nudges.add_listener("relay_nudge", lambda *_: relay.nudge())
    # The session the relay will use (made before its loop starts), to measure its backend.
    backend = await (await relay._conn()).fetchval("SELECT pg_backend_pid()")  # noqa: SLF001
    await relay.start()
    await _serve_until_stdin_closes(str(backend))
    await relay.stop()
    await nudges.close()


async def _bus_process(redis_url: str) -> None:
    from persistence.event_bus import RedisEventBus

    bus = RedisEventBus(redis_url)
    await bus.start()

    async def drain() -> None:
        async with bus.listen("incidents") as listener:
            while True:
                await listener.get()

    task = asyncio.create_task(drain())
    await asyncio.sleep(0.5)
    await _serve_until_stdin_closes("")
    task.cancel()
    await bus.stop()


async def _serve_until_stdin_closes(detail: str) -> None:
    sys.stdout.write(f"ready {detail}\n")
    sys.stdout.flush()
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)


# -- the driver ----------------------------------------------------------------------------


def _spawn(checkout: Path, *args: str) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    process = subprocess.Popen(  # noqa: S603 - this script, our own arguments
        [sys.executable, str(HERE), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        text=True,
        cwd=str(checkout),
    )
    assert process.stdout is not None
    ready, _, detail = process.stdout.readline().strip().partition(" ")
    if ready != "ready":
        raise RuntimeError(f"{args[0]} did not start from {checkout}")
    return process, detail


def _stop(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None
    process.stdin.close()
    process.wait(30)


async def _one_run(
    checkout: Path, dsn: str, redis_url: str, seconds: float, rate: float
) -> dict[str, float]:
    admin = await asyncpg.connect(dsn)
    writer = await asyncpg.connect(dsn)
    listener = redis.Redis.from_url(redis_url)
    pubsub = listener.pubsub()
    await pubsub.psubscribe("teddy:events:*")
    relay, backend_pid = _spawn(checkout, "relay", dsn, redis_url)
    bus, _ = _spawn(checkout, "bus", redis_url)
    backend = int(backend_pid)
    latencies: list[float] = []

    async def receive() -> None:
        while True:
            message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
            if message is not None:
                sent = orjson.loads(message["data"])["payload"]["t"]
                latencies.append(time.time() - sent)

    receiving = asyncio.create_task(receive())
    try:
        await _commit(writer, 0)  # warm-up
        await asyncio.sleep(0.5)
        latencies.clear()
        start = (_cpu_seconds(relay.pid), _cpu_seconds(backend), _cpu_seconds(bus.pid))
        began = time.perf_counter()
        sent = 0
        transactions = 0
        while (elapsed := time.perf_counter() - began) < seconds:
            target = int(elapsed * rate)
            while sent < target:
                sent += await _commit(writer, transactions)
                transactions += 1
            await asyncio.sleep(0.002)
        deadline = time.monotonic() + 10
        while len(latencies) < sent and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        end = (_cpu_seconds(relay.pid), _cpu_seconds(backend), _cpu_seconds(bus.pid))
    finally:
        receiving.cancel()
        _stop(relay)
        _stop(bus)
        await pubsub.aclose()
        await listener.aclose()
        await writer.close()
        await admin.close()
    if len(latencies) < sent:
        raise RuntimeError(f"{sent - len(latencies)} of {sent} events were not delivered")
    latencies.sort()
    return {
        "events": sent,
        "relay_us": (end[0] - start[0]) / sent * 1e6,
        "backend_us": (end[1] - start[1]) / sent * 1e6,
        "bus_us": (end[2] - start[2]) / sent * 1e6,
        "p50_ms": latencies[len(latencies) // 2] * 1e3,
        "p99_ms": latencies[int(len(latencies) * 0.99)] * 1e3,
    }


async def _commit(writer: asyncpg.Connection, n: int) -> int:
    conversation = f"conversation:{uuid.uuid4()}"
    payload = orjson.dumps({"t": time.time()}).decode()
    rows: list[tuple[str, str, str]] = [(conversation, "message_added", payload)] * 2
    if n % 5 == 0:
        rows.append(("incidents", "incident_raised", payload))
    async with writer.transaction():
        await writer.executemany(
            "INSERT INTO outbox (topic, kind, payload) VALUES ($1, $2, $3::jsonb)", rows
        )
        await writer.execute("NOTIFY relay_nudge")
    return len(rows)


async def _migrate(after: Path, dsn: str) -> None:
    sys.path.insert(0, str(after))
    from persistence.database import Database

    database = Database()
    await database.start(dsn, min_size=1, max_size=2)
    await database.migrate()
    await database.close()


async def _drive(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(args.after))
    from persistence.embedded import EmbeddedPostgres, EmbeddedRedis

    with tempfile.TemporaryDirectory(prefix="relay-cpu-") as base:
        postgres = EmbeddedPostgres(Path(base) / "postgres")
        redis_server = EmbeddedRedis(Path(base) / "redis")
        dsn = postgres.start()
        redis_url = redis_server.start()
        try:
            await _migrate(args.after, dsn)
            admin = await asyncpg.connect(dsn)
            settings = await admin.fetch(
                "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', "
                "'synchronous_commit', 'wal_sync_method')"
            )
            await admin.close()
            _say(f"postgres: {', '.join(f'{r[0]}={r[1]}' for r in settings)}")
            _say(f"load average at start: {os.getloadavg()}")
            results: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
            for round_number in range(args.rounds):
                order = ["before", "after"] if round_number % 2 == 0 else ["after", "before"]
                for name in order:
                    checkout = args.before if name == "before" else args.after
                    run = await _one_run(checkout, dsn, redis_url, args.seconds, args.rate)
                    results[name].append(run)
                    _say(f"round {round_number + 1} {name}: {_fmt(run)}")
            _say(f"load average at end: {os.getloadavg()}")
            medians = {name: _median(runs) for name, runs in results.items()}
            for name, median in medians.items():
                _say(f"median {name}: {_fmt(median)}")
            for key in ("relay_us", "backend_us", "bus_us", "p50_ms", "p99_ms"):
                _say(f"after/before {key}: {medians['after'][key] / medians['before'][key]:.2f}")
        finally:
            redis_server.stop()
            postgres.stop()


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def _fmt(run: dict[str, Any]) -> str:
    return (
        f"{run['events']:.0f} events; relay {run['relay_us']:.0f} us/event, its PostgreSQL "
        f"backend {run['backend_us']:.0f} us/event, bus {run['bus_us']:.0f} us/event; "
        f"commit->delivery p50 {run['p50_ms']:.1f} ms, p99 {run['p99_ms']:.1f} ms"
    )


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["relay"]:
        asyncio.run(_relay_process(argv[1], argv[2]))
        return 0
    if argv[:1] == ["bus"]:
        asyncio.run(_bus_process(argv[1]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True)
    parser.add_argument("--after", type=Path, default=HERE.parents[1])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--rate", type=float, default=600.0, help="events per second")
    args = parser.parse_args(argv)
    args.before, args.after = args.before.resolve(), args.after.resolve()
    asyncio.run(_drive(args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
