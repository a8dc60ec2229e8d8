"""The outbox as tests that break Redis see it: how many events still wait to be relayed."""

from __future__ import annotations

import asyncpg


async def unpublished(database_url: str) -> int:
    connection = await asyncpg.connect(database_url)
    try:
        return int(
            await connection.fetchval("SELECT count(*) FROM outbox WHERE published_at IS NULL")
        )
    finally:
        await connection.close()
