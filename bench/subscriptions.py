"""Moderator subscriptions at scale: N concurrent `safetyIncidents` WebSockets on one process.

    python -m bench.subscriptions [--subscribers 1000] [--incidents 20] [--interval 1.0]
                                  [--after] [--query contract|no-message|scalars]

One `teddy serve` process (uvicorn, one worker) on the machine's PostgreSQL and Redis (or
embedded ones). N moderators (distinct subjects, so the per-principal cap never applies)
subscribe with the contract's `Incidents` operation over graphql-transport-ws. Then a device
raises incidents one at a time (each in a fresh conversation, so none is folded), and every
receipt is timed:

* from the start of the device's `sendMessage` request (the whole path: safety check, commit,
  outbox relay, Redis, fan-out, each subscriber's read, encoding, the socket), and
* from the incident's `createdAt` (stamped by the server in the transaction, so it excludes
  the client's request set-up).

Both processes are on this machine, so wall clocks agree. Memory per connection is the server's
RSS after the subscriptions settle minus before, divided by N. Results go to stdout and to
bench/results/subscriptions-<time>.json.

The N identical subscriptions form one shared group on the server (graph/subscription_fanout.py):
each incident is loaded, audited for all N readers (one INSERT), executed and encoded once, then
sent on N sockets. With `--after` every subscriber passes the cursor of the newest incident, as
a console does when it reconnects: each replays on its own, then joins the same group.

The client shares the machine with the server (and with whatever else runs on it): its own
CPU per incident is reported, and so is the load average at the start and the end."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import statistics
import sys
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import orjson
import websockets

from bench import operations as ops
from bench.machine import describe, load_average
from bench.processes import (
    MACHINE_POSTGRES,
    ServerProcess,
    Storage,
    _recreate_database,
    teddy_service,
    teddy_token,
)
from persistence.embedded import EmbeddedPostgres, EmbeddedRedis

PROTOCOL = "graphql-transport-ws"
RESULTS = Path(__file__).resolve().parent / "results"
DATABASE = "bench_subscriptions"
"""Its own database (the other benches recreate `bench`), and its own embedded Redis: pub/sub
channels are global to a Redis server, so a shared one would mix in other runs' events."""
CONNECT_BATCH = 50
"""Sockets opened at once while subscribing."""
TARGET_P99_MS = 250.0
QUERIES = {
    "contract": ops.INCIDENTS,
    # Diagnostic: the same without the message (whose content read is audited per reader).
    "no-message": ops.INCIDENTS.replace("message { id role content }", ""),
    # Diagnostic: scalars only, no nested loads at all.
    "scalars": "subscription Incidents($minSeverity: Severity!) { safetyIncidents("
    "minSeverity: $minSeverity) { id cursor severity status categories createdAt "
    "conversation { id } } }",
}


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


async def statement_counts(client: httpx.AsyncClient) -> dict[str, float]:
    """database_operation_duration_seconds_count by statement kind, from the server's /metrics."""
    counts: dict[str, float] = {}
    for line in (await client.get("/metrics")).text.splitlines():
        if line.startswith("database_operation_duration_seconds_count{"):
            labels, value = line.rsplit(" ", 1)
            counts[labels.split('"')[1]] = float(value)
    return counts


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time the process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS")


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(q / 100 * len(ordered) + 0.5)) - 1))
    return ordered[index]


@dataclass
class Receipts:
    """Per conversation (one incident each): receipt wall times and the incident's createdAt."""

    expected: int
    query: str = "contract"
    times: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    created: dict[str, float] = field(default_factory=dict)
    ids: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    done: dict[str, asyncio.Event] = field(default_factory=lambda: defaultdict(asyncio.Event))
    errors: list[str] = field(default_factory=list)

    def record(self, incident: dict[str, Any], at: float) -> None:
        conversation = (incident.get("conversation") or {}).get("id") or "?"
        self.times[conversation].append(at)
        self.ids[conversation].add(incident["id"])
        if conversation not in self.created:
            self.created[conversation] = datetime.fromisoformat(incident["createdAt"]).timestamp()
        if len(self.times[conversation]) >= self.expected:
            self.done[conversation].set()


async def subscriber(
    url: str, bearer: str, receipts: Receipts, ready: asyncio.Event, after: str | None = None
) -> None:
    async with websockets.connect(
        url, subprotocols=[PROTOCOL], max_size=None, open_timeout=60, ping_interval=None
    ) as socket:
        init = {"type": "connection_init", "payload": {"Authorization": f"Bearer {bearer}"}}
        await socket.send(orjson.dumps(init).decode())
        ack = orjson.loads(await socket.recv())
        if ack.get("type") != "connection_ack":
            raise RuntimeError(f"no connection_ack: {ack}")
        variables: dict[str, Any] = {"minSeverity": "LOW"}
        if after is not None:
            variables["after"] = after
        payload = {"query": QUERIES[receipts.query], "variables": variables}
        await socket.send(
            orjson.dumps({"id": "1", "type": "subscribe", "payload": payload}).decode()
        )
        ready.set()
        async for raw in socket:
            at = time.time()
            frame = orjson.loads(raw)
            kind = frame.get("type")
            if kind == "ping":
                await socket.send(orjson.dumps({"type": "pong"}).decode())
            elif kind == "next":
                body = frame.get("payload") or {}
                if body.get("errors"):
                    receipts.errors.append(str(body["errors"])[:300])
                    continue
                receipts.record(body["data"]["safetyIncidents"], at)
            elif kind in ("error", "complete"):
                receipts.errors.append(f"{kind}: {str(frame)[:300]}")
                return


async def post(client: httpx.AsyncClient, query: str, variables: dict, bearer: str) -> dict:
    response = await client.post(
        "/graphql",
        json={"query": query, "variables": variables},
        headers={"Authorization": f"Bearer {bearer}"},
    )
    body = response.json()
    if "errors" in body:
        raise RuntimeError(body["errors"])
    return dict(body["data"])


async def new_device(client: httpx.AsyncClient) -> str:
    parent = teddy_token(f"bench-parent-{uuid.uuid4().hex[:8]}")
    child = (
        await post(
            client,
            'mutation { registerChild(input: {displayName: "Bo", age: 8, parentalConsent: true})'
            " { child { id } } }",
            {},
            parent,
        )
    )["registerChild"]["child"]["id"]
    paired = await post(
        client,
        'mutation($c: ID!) { pairDevice(input: {childId: $c, name: "b"}) { deviceToken } }',
        {"c": child},
        parent,
    )
    return str(paired["pairDevice"]["deviceToken"])


async def raise_incident(client: httpx.AsyncClient, device: str) -> tuple[str, float]:
    started = await post(client, ops.START_CONVERSATION, {"interactionType": "CHAT"}, device)
    conversation = started["startConversation"]["conversation"]["id"]
    sent_at = time.time()
    await post(
        client,
        ops.SEND_MESSAGE,
        {
            "conversationId": conversation,
            "content": ops.UNSAFE_LINE,
            "clientMessageId": str(uuid.uuid4()),
        },
        device,
    )
    return str(conversation), sent_at


async def newest_cursor(client: httpx.AsyncClient) -> str:
    moderator = teddy_token(f"bench-mod-cursor-{uuid.uuid4().hex[:6]}", role="moderator")
    data = await post(client, "query { incidents(first: 1) { edges { cursor } } }", {}, moderator)
    return str(data["incidents"]["edges"][0]["cursor"])


def summary(values_ms: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(percentile(values_ms, 50), 1),
        "p99_ms": round(percentile(values_ms, 99), 1),
        "max_ms": round(max(values_ms), 1) if values_ms else float("nan"),
        "mean_ms": round(statistics.fmean(values_ms), 1) if values_ms else float("nan"),
    }


async def run(args: argparse.Namespace, server: ServerProcess) -> dict[str, Any]:
    n = args.subscribers
    url = server.url.replace("http://", "ws://") + "/graphql"
    async with httpx.AsyncClient(base_url=server.url, timeout=60) as client:
        device = await new_device(client)
        await raise_incident(client, device)  # warm the send path before measuring memory
        await asyncio.sleep(1.0)
        assert server.pid is not None
        rss_before = rss_bytes(server.pid)

        receipts = Receipts(expected=n, query=args.query)
        after = await newest_cursor(client) if args.after else None
        tokens = [
            teddy_token(f"bench-mod-{i}-{uuid.uuid4().hex[:6]}", role="moderator") for i in range(n)
        ]
        readies = [asyncio.Event() for _ in range(n)]
        tasks: list[asyncio.Task[None]] = []
        connect_started = time.perf_counter()
        for start in range(0, n, CONNECT_BATCH):
            batch = range(start, min(n, start + CONNECT_BATCH))
            tasks.extend(
                asyncio.create_task(subscriber(url, tokens[i], receipts, readies[i], after))
                for i in batch
            )
            await asyncio.wait_for(asyncio.gather(*(readies[i].wait() for i in batch)), 60)
        connect_seconds = time.perf_counter() - connect_started
        await asyncio.sleep(args.settle)
        failed = [t for t in tasks if t.done()]
        if failed:
            raise RuntimeError(
                f"{len(failed)} subscribers ended early: {failed[0].exception()!r} "
                f"{receipts.errors[:3]}"
            )
        rss_after = rss_bytes(server.pid)

        # One unmeasured incident: every subscriber's first delivery pays one-time costs.
        warm, _ = await raise_incident(client, device)
        await asyncio.wait_for(receipts.done[warm].wait(), 60)

        statements_before = await statement_counts(client)
        server_cpu_before, client_cpu_before = cpu_seconds(server.pid), time.process_time()
        per_incident: list[dict[str, Any]] = []
        from_request: list[float] = []
        from_created: list[float] = []
        for _ in range(args.incidents):
            await asyncio.sleep(args.interval)
            conversation, sent_at = await raise_incident(client, device)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(receipts.done[conversation].wait(), args.deadline)
            times = receipts.times.get(conversation, [])
            request_ms = [(t - sent_at) * 1000 for t in times]
            created = receipts.created.get(conversation)
            created_ms = [(t - created) * 1000 for t in times] if created else []
            from_request.extend(request_ms)
            from_created.extend(created_ms)
            per_incident.append(
                {
                    "delivered": len(times),
                    "distinct_ids": len(receipts.ids.get(conversation, ())),
                    "from_request": summary(request_ms),
                    "from_created_at": summary(created_ms),
                }
            )
            line = per_incident[-1]
            say(
                f"incident {len(per_incident):3d}: delivered {line['delivered']}/{n}  "
                f"request->receipt p50 {line['from_request']['p50_ms']} ms "
                f"p99 {line['from_request']['p99_ms']} ms  "
                f"createdAt->receipt p50 {line['from_created_at']['p50_ms']} ms "
                f"p99 {line['from_created_at']['p99_ms']} ms"
            )
        statements_after = await statement_counts(client)
        server_cpu = cpu_seconds(server.pid) - server_cpu_before
        client_cpu = time.process_time() - client_cpu_before
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    delivered = sum(i["delivered"] for i in per_incident)
    overall = summary(from_request)
    return {
        "subscribers": n,
        "query": args.query,
        "after": args.after,
        "incidents": args.incidents,
        "interval_seconds": args.interval,
        "connect_seconds": round(connect_seconds, 2),
        "deliveries": delivered,
        "deliveries_expected": n * args.incidents,
        "duplicates": sum(
            len(receipts.times[c]) - n for c in receipts.times if len(receipts.times[c]) > n
        ),
        "subscription_errors": receipts.errors[:5],
        "subscription_error_count": len(receipts.errors),
        "latency_from_request": overall,
        "latency_from_created_at": summary(from_created),
        "per_incident_p99_ms": [i["from_request"]["p99_ms"] for i in per_incident],
        "target_p99_ms": TARGET_P99_MS,
        "meets_target": overall["p99_ms"] <= TARGET_P99_MS and delivered == n * args.incidents,
        "db_statements_per_incident": {
            verb: round((statements_after.get(verb, 0) - count) / args.incidents, 1)
            for verb, count in statements_before.items()
            if statements_after.get(verb, 0) > count
        },
        "server_cpu_seconds_per_incident": round(server_cpu / args.incidents, 3),
        "client_cpu_seconds_per_incident": round(client_cpu / args.incidents, 3),
        "server_rss_before_mib": round(rss_before / 2**20, 1),
        "server_rss_after_mib": round(rss_after / 2**20, 1),
        "memory_per_connection_kib": round((rss_after - rss_before) / n / 1024, 1),
    }


def own_storage(data_dir: Path) -> Storage:
    storage = Storage(data_dir)
    try:
        asyncio.run(_recreate_database(f"{MACHINE_POSTGRES}/postgres", DATABASE))
        storage.database_url = f"{MACHINE_POSTGRES}/{DATABASE}"
        where = f"machine PostgreSQL 127.0.0.1:5432/{DATABASE} (recreated)"
    except (TimeoutError, OSError, asyncpg.PostgresError):
        storage._postgres = EmbeddedPostgres(data_dir / "postgres")
        storage.database_url = storage._postgres.start()
        where = "embedded PostgreSQL"
    storage._redis = EmbeddedRedis(data_dir / "redis")
    storage.redis_url = storage._redis.start()
    storage.kind = f"{where}, embedded Redis (unix socket)"
    return storage


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--subscribers", type=int, default=1000)
    parser.add_argument("--incidents", type=int, default=20)
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between incidents")
    parser.add_argument("--deadline", type=float, default=10.0, help="seconds to deliver one")
    parser.add_argument("--query", choices=sorted(QUERIES), default="contract")
    parser.add_argument(
        "--after", action="store_true", help="subscribe with the newest incident's cursor"
    )
    parser.add_argument("--settle", type=float, default=3.0)
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/teddy-bench-subscriptions"))
    args = parser.parse_args()

    logging.getLogger("httpx").setLevel(logging.WARNING)
    machine = describe()
    storage = own_storage(args.data_dir / "storage")
    server = teddy_service(storage, args.data_dir / "logs")
    server.env["TEDDY_LOG_LEVEL"] = "WARNING"
    try:
        server.start()
        try:
            import uvloop

            result = uvloop.run(run(args, server))
        except ImportError:
            result = asyncio.run(run(args, server))
    finally:
        server.stop()
        storage.stop()
    report = {
        "bench": "subscriptions",
        "machine": machine,
        "load_average_at_end": load_average(),
        "storage": storage.kind,
        **result,
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"subscriptions-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(report, indent=2))
    say(json.dumps(report, indent=2))
    say(f"written to {out}")


if __name__ == "__main__":
    main()
