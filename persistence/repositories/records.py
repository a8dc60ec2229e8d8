"""Reads that take asyncpg's records as they come, for the batched pages of the Dashboard.

Piccolo's `Table.raw` rewrites `{}` placeholders and copies every record into a dict; for the
200 message rows of one Dashboard that was a few percent of the request. These statements
are written with `$n` placeholders and run on the same pool (so the statement log and the
pool metrics still see them) or, inside a Piccolo transaction, on its connection.
"""

from __future__ import annotations

from typing import Any

import asyncpg
from piccolo.table import Table


async def fetch(table: type[Table], sql: str, *args: Any) -> list[asyncpg.Record]:
    engine: Any = table._meta.db
    transaction = engine.current_transaction.get()
    if transaction is not None:
        return list(await transaction.connection.fetch(sql, *args))
    if engine.pool is None:
        connection = await engine.get_new_connection()
        try:
            return list(await connection.fetch(sql, *args))
        finally:
            await connection.close()
    async with engine.pool.acquire() as connection:
        return list(await connection.fetch(sql, *args))
