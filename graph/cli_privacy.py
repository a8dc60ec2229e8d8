"""`teddy retention purge` and `teddy keys rotate`: the COPPA and encryption chores.

Both print a JSON receipt on stdout (progress lines go to stderr) and are safe while the
service runs."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from typing import Any

from graph.settings import Settings


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    retention = subparsers.add_parser("retention", help="children's data retention (COPPA)")
    retention_commands = retention.add_subparsers(dest="retention_command", required=True)
    purge = retention_commands.add_parser(
        "purge", help="delete messages older than each child's retention period; JSON receipt"
    )
    purge.add_argument("--dry-run", action="store_true", help="only count what would go")
    purge.add_argument("--batch-size", type=int, default=500, help="messages per transaction")
    purge.set_defaults(func=_purge)

    keys = subparsers.add_parser("keys", help="encryption keys of child content at rest")
    key_commands = keys.add_subparsers(dest="keys_command", required=True)
    rotate = key_commands.add_parser(
        "rotate", help="re-seal rows not under the first key of TEDDY_ENCRYPTION_KEYS"
    )
    rotate.add_argument("--batch-size", type=int, default=500, help="rows per UPDATE")
    rotate.set_defaults(func=_rotate)


@asynccontextmanager
async def _database(database_url: str) -> AsyncIterator[Any]:
    from persistence.database import Database

    database = Database()
    await database.start(database_url, min_size=1, max_size=4)
    try:
        await database.migrate()
        yield database
    finally:
        await database.close()


def _with_engines(
    work: Callable[[Settings, str, str], Coroutine[Any, Any, dict[str, Any]]],
) -> int:
    from graph.runtime import EmbeddedEngines

    settings = Settings()
    engines = EmbeddedEngines(settings)
    database_url, redis_url = engines.start()
    try:
        result = asyncio.run(work(settings, database_url, redis_url))
    finally:
        engines.stop()
    sys.stdout.write(json.dumps(result, indent=2) + "\n")
    return 0


def _progress(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def _purge(args: argparse.Namespace) -> int:
    async def work(settings: Settings, database_url: str, redis_url: str) -> dict[str, Any]:
        from domain.events import PolledRelay
        from domain.retention import RetentionService
        from persistence.cache_metrics import CacheStats
        from persistence.clock import SystemClock
        from persistence.conversation_cache import RedisConversationCache
        from persistence.field_cipher import FieldCipher
        from persistence.outbox import PgOutbox
        from persistence.redis_client import connect_redis
        from persistence.redis_guard import RedisGuard
        from persistence.repositories.audit_log import PgAuditLog
        from persistence.repositories.retention import PgRetentionStore

        cipher = FieldCipher.from_spec(settings.encryption_keys)
        redis_client = connect_redis(
            redis_url, pool_size=4, socket_timeout=settings.redis_socket_timeout_seconds
        )
        async with _database(database_url) as database:
            try:
                service = RetentionService(
                    store=PgRetentionStore(cipher),
                    audit=PgAuditLog(),
                    transactions=database,
                    clock=SystemClock(),
                    cache=RedisConversationCache(
                        redis_client,
                        cipher,
                        ttl_seconds=settings.policy.cache_ttl_seconds,
                        guard=RedisGuard(name="redis cache"),
                        stats=CacheStats(),
                    ),
                    outbox=PgOutbox(),
                    relay=PolledRelay(),
                )
                receipt = await service.purge(dry_run=args.dry_run, batch_size=args.batch_size)
            finally:
                await redis_client.aclose()
        return receipt.as_dict()

    return _with_engines(work)


def _rotate(args: argparse.Namespace) -> int:
    async def work(settings: Settings, database_url: str, _redis_url: str) -> dict[str, Any]:
        from persistence.field_cipher import FieldCipher
        from persistence.key_rotation import KeyRotator

        cipher = FieldCipher.from_spec(settings.encryption_keys)
        async with _database(database_url):
            rotator = KeyRotator(cipher, batch_size=args.batch_size, progress=_progress)
            summary = await rotator.rotate()
        return summary.as_dict()

    return _with_engines(work)
