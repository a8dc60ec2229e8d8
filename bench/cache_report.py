"""How much SQL the hot path costs once a conversation is warm, and the cache hit ratios.

    python -m bench.cache_report [--devices 40] [--rounds 10] [--database-url DSN --redis-url URL]

Runs the real services in process (no HTTP) against the given servers, or embedded ones in a
temporary directory; sends `rounds` messages from each of `devices` devices concurrently and
reports, for the warm rounds (every round after the first), the statements per send by kind,
how many of them read the context window (must be 0), and each cache's hit ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

from domain.enums import InteractionType
from domain.principal import Principal, Role
from graph.runtime import Runtime
from graph.services import Services
from graph.settings import Settings
from persistence.embedded import EmbeddedPostgres, EmbeddedRedis

CONTEXT_READ = "ORDER BY seq DESC LIMIT"


async def _devices(services: Services, count: int) -> list[tuple[Principal, uuid.UUID]]:
    found = []
    for n in range(count):
        parent = Principal(Role.PARENT, f"cache-bench-{uuid.uuid4()}")
        child = await services.children.register_child(
            parent, display_name=f"Kid {n}", age=7, parental_consent=True
        )
        paired = await services.children.pair_device(parent, child_id=child.id, name="bear")
        device = Principal(Role.DEVICE, str(paired.device.id), child_id=child.id)
        conversation = await services.conversations.start(device, InteractionType.CHAT)
        found.append((device, conversation.id))
    return found


async def run(args: argparse.Namespace, database_url: str, redis_url: str) -> None:
    settings = Settings(
        database_url=database_url,
        redis_url=redis_url,
        rate_limit_per_child=10**8,
        db_pool_size=10,
        db_pool_overflow=5,
    )
    runtime = Runtime(settings, database_url, redis_url)
    services = await runtime.start()
    try:
        devices = await _devices(services, args.devices)

        async def round_(n: int) -> None:
            await asyncio.gather(
                *(
                    services.conversations.send_child_message(
                        device,
                        conversation_id=cid,
                        content=f"I like trains, number {n}",
                        client_message_id=str(uuid.uuid4()),
                    )
                    for device, cid in devices
                )
            )

        await round_(0)  # cold: the caches fill
        log = services.database.statements
        log.recent = type(log.recent)(maxlen=200_000)
        before = Counter(log.counts)
        stats = services.cache_stats
        hits, misses = Counter(stats.hits), Counter(stats.misses)
        started = time.perf_counter()
        for n in range(1, args.rounds):
            await round_(n)
        elapsed = time.perf_counter() - started
        sends = args.devices * (args.rounds - 1)
        per_kind = {k: (log.counts[k] - before[k]) / sends for k in log.counts}
        context_reads = sum(1 for q in log.recent if CONTEXT_READ in q)
        out = sys.stdout.write
        out(f"warm sends: {sends} in {elapsed:.2f} s ({sends / elapsed:.0f}/s in process)\n")
        out("statements per warm send: ")
        out(", ".join(f"{k} {v:.2f}" for k, v in sorted(per_kind.items()) if v) + "\n")
        out(f"context-window reads on warm conversations: {context_reads}\n")
        for cache in sorted(set(stats.hits) | set(stats.misses)):
            h, m = stats.hits[cache] - hits[cache], stats.misses[cache] - misses[cache]
            out(f"cache_hit_ratio{{cache_type={cache!r}}} during the warm rounds: ")
            out(f"{h / (h + m) if h + m else 0:.3f} ({h} hits, {m} misses)\n")
    finally:
        await runtime.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--database-url")
    parser.add_argument("--redis-url")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="teddy-cache-bench-") as tmp:
        postgres = redis = None
        database_url, redis_url = args.database_url, args.redis_url
        if not database_url:
            postgres = EmbeddedPostgres(Path(tmp) / "postgres")
            database_url = postgres.start()
        if not redis_url:
            redis = EmbeddedRedis(Path(tmp) / "redis")
            redis_url = redis.start()
        try:
            asyncio.run(run(args, database_url, redis_url))
        finally:
            if redis is not None:
                redis.stop()
            if postgres is not None:
                postgres.stop()


if __name__ == "__main__":
    main()
