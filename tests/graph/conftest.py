"""Fixtures of the graph tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import pytest

from tests.servers import TestServers


@pytest.fixture
async def database(servers: TestServers) -> AsyncIterator[asyncpg.Connection]:
    """A connection of the test's own to the test database, to look and to hold locks."""
    connection = await asyncpg.connect(servers.database_url)
    yield connection
    await connection.close()
