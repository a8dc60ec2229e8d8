"""Connection failures are retried; past the attempts the caller gets SERVICE_UNAVAILABLE."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest

from domain.errors import ServiceUnavailable
from graph.services import Services
from tests.servers import TestServers


async def _kill_backend(dsn: str, pid: int) -> None:
    admin = await asyncpg.connect(dsn)
    try:
        await admin.execute("SELECT pg_terminate_backend($1)", pid)
    finally:
        await admin.close()
    await asyncio.sleep(0.3)  # the dying connection notices before its next statement


async def test_a_transaction_whose_connection_dies_is_run_again(
    services: Services, servers: TestServers
) -> None:
    engine = services.database.engine
    attempts: list[int] = []

    async def work() -> str:
        pid = (await engine.run_ddl("SELECT pg_backend_pid() AS pid"))[0]["pid"]
        attempts.append(pid)
        if len(attempts) == 1:
            await _kill_backend(servers.database_url, pid)
            await engine.run_ddl("SELECT 1")  # the connection is gone: this fails
        return "done"

    assert await services.database.run(work) == "done"
    assert len(attempts) == 2 and attempts[0] != attempts[1]


async def test_after_three_failed_attempts_the_caller_gets_service_unavailable(
    services: Services, servers: TestServers
) -> None:
    engine = services.database.engine
    attempts = 0

    async def work() -> None:
        nonlocal attempts
        attempts += 1
        pid = (await engine.run_ddl("SELECT pg_backend_pid() AS pid"))[0]["pid"]
        await _kill_backend(servers.database_url, pid)
        await engine.run_ddl("SELECT 1")

    with pytest.raises(ServiceUnavailable) as caught:
        await services.database.run(work)
    assert attempts == 3
    assert caught.value.code == "SERVICE_UNAVAILABLE"
