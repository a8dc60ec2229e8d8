"""The generator's HTTP client keeps its connections: a new one only when every open one is
busy, a connection free again the moment its response is complete, none reused that the server
said it would close. Against a fake server on loopback; no timing assertions."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import orjson
import pytest

from bench.client import graphql, http_client
from bench.loadgen import run_open_loop
from bench.rawhttp import HttpClient
from tests.bench.fake_service import request_variables, serving


async def fake_graphql(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """`{"data": ...}` after `delay` seconds; with `close` set, `Connection: close`."""
    if scope["type"] != "http":
        return
    variables = await request_variables(receive)
    await asyncio.sleep(float(variables.get("delay", 0)))
    headers = [(b"content-type", b"application/json")]
    if variables.get("close"):
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": orjson.dumps({"data": {"ok": True}})})


@pytest.fixture
async def fake_server() -> AsyncIterator[str]:
    async with serving(fake_graphql) as url:
        yield url


async def test_sequential_requests_share_one_connection(fake_server: str) -> None:
    async with http_client(fake_server) as http:
        for _ in range(20):
            assert await graphql(http, "{ ok }", {}) == {"ok": True}
        assert (http.requests, http.opened) == (20, 1)


async def test_a_connection_is_opened_only_when_all_are_busy(fake_server: str) -> None:
    async with http_client(fake_server) as http:
        await asyncio.gather(*(graphql(http, "{ ok }", {"delay": 0.2}) for _ in range(5)))
        assert http.opened == 5  # five at once: each needed its own
        await asyncio.gather(*(graphql(http, "{ ok }", {"delay": 0.2}) for _ in range(5)))
        await asyncio.gather(*(graphql(http, "{ ok }", {}) for _ in range(3)))
        for _ in range(5):
            await graphql(http, "{ ok }", {})
        assert (http.requests, http.opened) == (18, 5)
        assert http.open_connections == 5


async def test_a_connection_is_free_before_its_caller_resumes(fake_server: str) -> None:
    """Under load the generator's loop runs late: a connection whose response is complete
    must already be idle for requests started before the caller gets round to resuming."""
    loop = asyncio.get_running_loop()
    async with http_client(fake_server) as http:
        await graphql(http, "{ ok }", {})  # one idle connection in the pool
        first = asyncio.create_task(graphql(http, "{ ok }", {"delay": 0.05}))
        await asyncio.sleep(0)
        assert http.idle_connections == 0  # taken by `first`
        seen: asyncio.Future[bool] = loop.create_future()

        def watch() -> None:
            # A plain callback, once per loop turn: when the connection is idle again,
            # has `first` (waiting on that response) run yet?
            if http.idle_connections:
                seen.set_result(first.done())
            else:
                loop.call_soon(watch)

        loop.call_soon(watch)
        assert await seen is False
        await first
        second = await graphql(http, "{ ok }", {})
        assert second == {"ok": True} and http.opened == 1


async def test_a_connection_the_server_closes_is_not_reused(fake_server: str) -> None:
    async with http_client(fake_server) as http:
        assert await graphql(http, "{ ok }", {"close": True}) == {"ok": True}
        assert http.idle_connections == 0
        assert await graphql(http, "{ ok }", {}) == {"ok": True}
        assert await graphql(http, "{ ok }", {}) == {"ok": True}
        assert http.opened == 2


async def test_a_timed_out_request_does_not_return_its_connection(fake_server: str) -> None:
    async with HttpClient(fake_server, timeout=0.05) as http:
        with pytest.raises(TimeoutError):
            await graphql(http, "{ ok }", {"delay": 0.5})
        assert http.open_connections == 0 and http.idle_connections == 0
        http.timeout = 5.0
        assert await graphql(http, "{ ok }", {}) == {"ok": True}
        assert http.opened == 2


async def test_open_loop_keeps_its_schedule_and_reuses_connections(fake_server: str) -> None:
    rate, duration = 100.0, 2.0
    async with http_client(fake_server) as http:

        async def operation(_index: int) -> None:
            await graphql(http, "{ ok }", {"delay": 0.03})

        result = await run_open_loop("fake", operation, rate=rate, duration=duration, grace=10)
        assert result.scheduled == 200 and result.ok == 200 and result.errors == 0
        # About three requests are in flight at a time (30 ms each, one due every 10 ms).
        assert http.requests == 200
        assert http.opened <= 40, http.opened
