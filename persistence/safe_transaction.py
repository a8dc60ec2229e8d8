"""Piccolo's Postgres transaction, made safe when the connection dies.

Piccolo's own `__aexit__` calls ROLLBACK and only then releases the connection; when the
connection is already gone the ROLLBACK raises, the connection is never given back and the
pool slowly runs dry (and `pool.close()` waits forever). Here the connection is released and
the context reset whatever happens; a dead connection is terminated instead of reused.
"""

from __future__ import annotations

import contextlib
from types import TracebackType

from piccolo.engine.postgres import PostgresEngine, PostgresTransaction


class SafeTransaction(PostgresTransaction):
    def __init__(self, engine: PostgresEngine) -> None:
        super().__init__(engine=engine, allow_nested=True)

    async def __aenter__(self) -> PostgresTransaction:
        if self._parent is not None:
            return self._parent
        self.connection = await self.get_connection()
        try:
            self.transaction = self.connection.transaction()
            await self.begin()
        except BaseException:
            await self._give_back(broken=True)
            raise
        self.context = self.engine.current_transaction.set(self)
        return self

    async def __aexit__(
        self,
        exception_type: type[BaseException] | None,
        exception: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        if self._parent:
            return exception is None
        broken = False
        try:
            if exception is not None:
                if not self._rolled_back:
                    try:
                        await self.rollback()
                    except Exception:  # noqa: BLE001 - the connection is gone; the server rolled back
                        broken = True
            elif not self._committed and not self._rolled_back:
                await self.commit()
        except BaseException:
            broken = True
            raise
        finally:
            self.engine.current_transaction.reset(self.context)
            await self._give_back(broken=broken)
        return exception is None

    async def _give_back(self, *, broken: bool) -> None:
        connection = self.connection
        if broken:
            connection.terminate()
        pool = self.engine.pool
        with contextlib.suppress(Exception):
            if pool is not None:
                await pool.release(connection)
            else:
                await connection.close()
