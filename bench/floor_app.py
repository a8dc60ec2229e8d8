"""What the floors share: a raw ASGI app with one asyncpg pool and JSON in and out."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
import orjson

Handler = Callable[[asyncpg.Pool, dict[str, Any]], Awaitable[bytes]]
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

POOL_SIZE = 20
"""The service's base pool size, so the floor gets no more database connections at the rate
the service is measured at."""


async def _body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def _answer(send: Send, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def floor_app(path: str, handler: Handler) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    """`POST path` runs `handler(pool, json_body)`; `GET /health` answers once the pool is up."""
    state: dict[str, asyncpg.Pool] = {}

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    # Per worker process: the run divides the pool among its workers.
                    size = int(os.environ.get("BENCH_POOL_SIZE", POOL_SIZE))
                    state["pool"] = await asyncpg.create_pool(
                        os.environ["BENCH_DATABASE_URL"], min_size=size, max_size=size
                    )
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await state["pool"].close()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        if scope["path"] == "/health":
            await _answer(send, 200, b'{"status":"ok"}')
            return
        if scope["path"] != path or scope["method"] != "POST":
            await _answer(send, 404, b'{"error":"not found"}')
            return
        try:
            payload = await handler(state["pool"], orjson.loads(await _body(receive)))
        except (asyncpg.PostgresError, orjson.JSONDecodeError, KeyError, ValueError) as error:
            await _answer(send, 500, orjson.dumps({"error": type(error).__name__}))
            return
        await _answer(send, 200, payload)

    return app
