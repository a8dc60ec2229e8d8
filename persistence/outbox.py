"""The transactional outbox: events written with the data, published to Redis after commit.

Each process runs one relay. It takes unpublished rows with `FOR UPDATE SKIP LOCKED`, so
several instances share the work without sending a row twice in the normal case; delivery
is at-least-once (a crash between PUBLISH and the UPDATE repeats a batch), and subscribers
drop repeats by id. While Redis is down, rows wait and the relay retries with backoff.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Sequence

import asyncpg
import orjson
import redis.asyncio as redis
from redis.exceptions import RedisError

from domain.events import DomainEvent
from persistence.background_task import BackgroundTask
from persistence.redis_line import RedisLine
from persistence.repositories.rows import dump_json
from persistence.tables import OutboxTable

logger = logging.getLogger(__name__)

CHANNEL_PREFIX = "teddy:events:"

_RELAY_SESSION = {"synchronous_commit": "off"}
"""The relay's session only marks rows published (and deletes old ones): its commits need not
wait for the WAL to reach the disk. A mark lost to a PostgreSQL crash only means those rows
are published again, which every consumer already drops: feeds by incident / notification id
or message seq and conversation status, the device-token cache by forgetting twice. The
events themselves are written by the requests' own transactions, durable as ever."""


class PgOutbox:
    async def record(self, events: Sequence[DomainEvent]) -> None:
        if not events:
            return
        values = ", ".join(["({}, {}, {}::jsonb)"] * len(events))
        args: list[object] = []
        for event in events:
            args.extend((event.topic, event.kind, dump_json(event.payload)))
        await OutboxTable.raw(f"INSERT INTO outbox (topic, kind, payload) VALUES {values}", *args)


class OutboxRelay(BackgroundTask):
    task_name = "outbox-relay"

    def __init__(
        self,
        dsn: str,
        redis_client: redis.Redis,
        *,
        batch_size: int = 200,
        poll_seconds: float = 1.0,
        keep_published_seconds: float = 3600.0,
        linger_seconds: float = 0.005,
    ) -> None:
        super().__init__()
        self._dsn = dsn
        self._redis = redis_client
        self._line = RedisLine.for_client(redis_client)
        kwargs = redis_client.connection_pool.connection_kwargs
        self._publish_timeout = float(kwargs.get("socket_timeout") or 5.0)
        self._batch_size = batch_size
        self._poll_seconds = poll_seconds
        self._keep_published = keep_published_seconds
        self._linger = linger_seconds
        """After a nudge, wait this long for more: under load one batch carries the events of
        many requests (a relay cycle is three round trips to PostgreSQL and one to Redis)."""
        self._wake = asyncio.Event()
        self._connection: asyncpg.Connection | None = None
        self._last_error_log = 0.0
        self.published = 0
        self.healthy = True

    def nudge(self) -> None:
        self._wake.set()

    async def stop(self) -> None:
        await super().stop()
        if self._line is not None:
            self._line.close()
        if self._connection is not None:
            await self._connection.close()
            self._connection = None

    async def _run(self) -> None:
        backoff = 0.1
        last_cleanup = time.monotonic()
        while True:
            # asyncio.timeout, not wait_for: no task of its own for every cycle.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self._poll_seconds):
                    await self._wake.wait()
                await asyncio.sleep(self._linger)
            self._wake.clear()
            try:
                while await self.publish_batch() == self._batch_size:
                    pass
                if time.monotonic() - last_cleanup > 60:
                    await self._delete_old()
                    last_cleanup = time.monotonic()
                self.healthy = True
                backoff = 0.1
            except (
                RedisError,
                OSError,
                asyncpg.PostgresError,
                asyncpg.InterfaceError,
                # A session the server ended mid-operation can leave asyncpg's protocol in
                # this state; uncaught, it would end the relay task for good.
                asyncpg.InternalClientError,
            ) as error:
                self.healthy = False
                self._log_failure(error)
                await self._drop_connection()
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 5.0)

    def _log_failure(self, error: BaseException) -> None:
        now = time.monotonic()
        if now - self._last_error_log > 10:
            self._last_error_log = now
            logger.warning("outbox relay cannot publish yet: %s", type(error).__name__)

    async def _drop_connection(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):
                await self._connection.close()
            self._connection = None

    async def _conn(self) -> asyncpg.Connection:
        if self._connection is None or self._connection.is_closed():
            self._connection = await asyncpg.connect(
                self._dsn, timeout=5, server_settings=_RELAY_SESSION
            )
        return self._connection

    async def publish_batch(self) -> int:
        """Publish up to one batch; returns how many rows were sent."""
        connection = await self._conn()
        async with connection.transaction():
            # Claimed and marked in one statement; the mark only commits after Redis took
            # the batch, so a failed PUBLISH rolls it back and the rows wait for the next try.
            claimed = await connection.fetch(
                "UPDATE outbox SET published_at = now() WHERE id IN (SELECT id FROM outbox "
                "WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED) "
                "RETURNING id, topic, kind, payload",
                self._batch_size,
            )
            if not claimed:
                return 0
            rows = sorted(claimed, key=lambda row: row["id"])
            messages = [
                (
                    CHANNEL_PREFIX + row["topic"],
                    orjson.dumps(
                        {
                            "id": row["id"],
                            "topic": row["topic"],
                            "kind": row["kind"],
                            "payload": orjson.loads(row["payload"]),
                        }
                    ),
                )
                for row in rows
            ]
            await self._publish(messages)
        self.published += len(rows)
        return len(rows)

    async def _publish(self, messages: list[tuple[str, bytes]]) -> None:
        """Every message, in one round trip; raises when Redis did not take them all."""
        if self._line is None:
            async with self._redis.pipeline(transaction=False) as pipe:
                for channel, message in messages:
                    pipe.publish(channel, message)
                await pipe.execute()
            return
        # The line has no socket timeout of its own: the client's, around the whole batch.
        async with asyncio.timeout(self._publish_timeout):
            replies = await self._line.execute(*(("PUBLISH", c, m) for c, m in messages))
        for reply in replies:
            if isinstance(reply, Exception):
                raise reply

    async def _delete_old(self) -> None:
        connection = await self._conn()
        await connection.execute(
            "DELETE FROM outbox WHERE published_at < now() - make_interval(secs => $1)",
            self._keep_published,
        )
