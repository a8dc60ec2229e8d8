"""The PostgreSQL connection pool (through Piccolo's engine), migrations and transactions."""

from __future__ import annotations

import contextlib
import io
import logging
import time
from collections import Counter, deque
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

import asyncpg
from piccolo.apps.migrations.commands.forwards import run_forwards
from tenacity import (
    AsyncRetrying,
    RetryError,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)

from domain.errors import ServiceUnavailable
from persistence.safe_transaction import SafeTransaction
from piccolo_conf import DB

logger = logging.getLogger(__name__)

QueryObserver = Callable[[str, float], None]
T = TypeVar("T")
MIGRATION_LOCK = 7_310_2025  # any constant shared by every instance of the service

# Failures of the connection, not of the statement: worth running the transaction again.
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.CannotConnectNowError,
    asyncpg.TooManyConnectionsError,
    asyncpg.AdminShutdownError,
    asyncpg.CrashShutdownError,
    # asyncpg's protocol state machine left mid-operation when the server ends the session at
    # an unlucky moment ("cannot switch to state 12; another operation (2) is in progress",
    # MagicStack/asyncpg#1069): the connection is unusable, a fresh one is fine. Seen as
    # INTERNAL_ERROR answers in the PostgreSQL restart drill.
    asyncpg.InternalClientError,
    ConnectionError,
    OSError,
    TimeoutError,
)


# Statements asyncpg sends on its own: type introspection (once per connection and type) and
# the JIT toggle around it. They are not the application's statements.
_DRIVER_MARKERS = ("typeinfo_tree", "current_setting('jit')", "set_config('jit'")


async def _keep_session(connection: asyncpg.Connection) -> None:
    """Nothing to reset when a connection goes back to the pool: the service never uses
    advisory locks, LISTEN, cursors outside transactions or session settings, so the default
    reset would only cost a round trip per query."""


_KNOWN_STATEMENTS = 1_000


def _verb_of(query: str) -> str | None:
    """A statement's first keyword, lower case; None for the driver's own statements."""
    if any(marker in query for marker in _DRIVER_MARKERS):
        return None
    return query.lstrip().split(None, 1)[0].lower() if query.strip() else "unknown"


class StatementLog:
    """Counts the statements the service sends to PostgreSQL, by first keyword."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.recent: deque[str] = deque(maxlen=200)
        """The latest statements' text (parameters are never recorded), newest last."""
        self._observers: list[QueryObserver] = []
        self._verbs: dict[str, str | None] = {}

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def observe(self, observer: QueryObserver) -> None:
        self._observers.append(observer)

    def forget(self, observer: QueryObserver) -> None:
        self._observers.remove(observer)

    def record(self, record: Any) -> None:
        query = record.query or ""
        # The service sends a few statement texts over and over: each one's verb (or None
        # for the driver's own) is worked out once.
        verb = self._verbs.get(query, "")
        if verb == "":
            verb = _verb_of(query)
            if len(self._verbs) >= _KNOWN_STATEMENTS:
                self._verbs.clear()
            self._verbs[query] = verb
        if verb is None:
            return
        self.counts[verb] += 1
        self.recent.append(query)
        elapsed = float(getattr(record, "elapsed", 0.0) or 0.0)
        for observer in self._observers:
            observer(verb, elapsed)


class Database:
    def __init__(self, statements: StatementLog | None = None) -> None:
        self.engine = DB
        self.statements = statements or StatementLog()

    async def start(
        self,
        dsn: str,
        *,
        min_size: int = 2,
        max_size: int = 50,
        timeout: float = 30.0,
        recycle_seconds: float = 3600.0,
    ) -> None:
        self.engine.config = {"dsn": dsn}
        statements = self.statements

        async def init(connection: asyncpg.Connection) -> None:
            connection.add_query_logger(statements.record)

        await self.engine.start_connection_pool(
            min_size=min_size,
            max_size=max_size,
            timeout=timeout,
            max_inactive_connection_lifetime=recycle_seconds,
            command_timeout=timeout,
            init=init,
            reset=_keep_session,
        )

    async def close(self) -> None:
        if self.engine.pool is not None:
            await self.engine.close_connection_pool()

    @property
    def pool(self) -> asyncpg.Pool | None:
        return self.engine.pool

    async def migrate(self) -> None:
        """Apply every migration not yet applied (Piccolo keeps the record).

        Under a PostgreSQL advisory lock: several workers or instances starting together
        take turns, and the later ones find nothing left to do."""
        started = time.perf_counter()
        chatter = io.StringIO()
        guard = await asyncpg.connect(**self.engine.config)
        try:
            await guard.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK)
            with contextlib.redirect_stdout(chatter):
                result = await run_forwards(app_name="all")
        finally:
            await guard.close()
        if not result.success:
            raise RuntimeError(f"migrations failed: {result.message}")
        logger.info(
            "migrations applied", extra={"seconds": round(time.perf_counter() - started, 3)}
        )

    async def ping(self) -> bool:
        await self.engine.run_ddl("SELECT 1")
        return True

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        async with SafeTransaction(self.engine):
            yield

    async def run(self, work: Callable[[], Awaitable[T]], *, attempts: int = 3) -> T:
        return await self._retrying(work, attempts=attempts, transaction=True)

    async def once(self, work: Callable[[], Awaitable[T]], *, attempts: int = 3) -> T:
        """`work` is one statement, atomic on its own: no BEGIN/COMMIT round trips around it.
        Retried like `run` when the connection fails."""
        return await self._retrying(work, attempts=attempts, transaction=False)

    async def _retrying(
        self, work: Callable[[], Awaitable[T]], *, attempts: int, transaction: bool
    ) -> T:
        try:
            async for attempt in AsyncRetrying(
                retry=retry_if_exception_type(CONNECTION_ERRORS),
                stop=stop_after_attempt(attempts),
                wait=wait_exponential(multiplier=0.05, max=0.5),
                reraise=False,
            ):
                with attempt:
                    if not transaction:
                        return await work()
                    async with SafeTransaction(self.engine):
                        return await work()
        except RetryError as error:
            cause = error.last_attempt.exception()
            logger.warning(
                "database unavailable after %d attempts: %s", attempts, type(cause).__name__
            )
            raise ServiceUnavailable(
                "the database is unavailable; try again shortly", retryAfterSeconds=1
            ) from cause
        raise AssertionError("unreachable")
