"""The persistent Redis line: pipelined replies in order, errors as redis-py's, reconnection."""

from __future__ import annotations

import asyncio
import uuid

import pytest
import redis.asyncio as redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import NoScriptError, ResponseError

from graph.services import Services
from persistence.redis_line import RedisLine, pack


def _line(services: Services) -> RedisLine:
    line = RedisLine.for_client(services.redis)
    assert line is not None
    return line


def test_commands_are_packed_as_redis_py_packs_them() -> None:
    assert pack(("SET", "k", 3, 1.5, b"\x00")) == (
        b"*5\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\n3\r\n$3\r\n1.5\r\n$1\r\n\x00\r\n"
    )


async def test_pipelined_commands_answer_in_order_with_errors_as_values(
    services: Services,
) -> None:
    line, key = _line(services), f"line:{uuid.uuid4()}"
    replies = await line.execute(
        ("HSET", key, "v", 7, "d", "x"),
        ("HMGET", key, "v", "d", "missing"),
        ("EVALSHA", "0" * 40, 0),
        ("INCR", key),
    )
    assert replies[:2] == [2, [b"7", b"x", None]]
    assert isinstance(replies[2], NoScriptError)
    assert isinstance(replies[3], ResponseError) and "WRONGTYPE" in str(replies[3])
    assert await services.redis.hget(key, "v") == b"7", "the line and redis-py see one Redis"
    with pytest.raises(NoScriptError):
        await line.call("EVALSHA", "0" * 40, 0)
    line.close()


async def test_concurrent_callers_share_the_line(services: Services) -> None:
    line, key = _line(services), f"line:{uuid.uuid4()}"
    counts = await asyncio.gather(*(line.call("INCR", key) for _ in range(200)))
    assert sorted(counts) == list(range(1, 201))
    line.close()


async def test_a_dropped_line_fails_its_waiting_callers_and_then_reconnects(
    services: Services,
) -> None:
    line, key = _line(services), f"line:{uuid.uuid4()}"
    client_id = await line.call("CLIENT", "ID")
    waiting = asyncio.ensure_future(line.call("BLPOP", key, 5))
    await asyncio.sleep(0.05)
    assert await services.redis.execute_command("CLIENT", "KILL", "ID", client_id) == 1
    with pytest.raises(RedisConnectionError):
        await waiting
    assert await line.call("PING") == b"PONG"
    assert await line.call("CLIENT", "ID") != client_id
    line.close()


async def test_a_caller_that_gives_up_leaves_a_working_line(services: Services) -> None:
    line, key = _line(services), f"line:{uuid.uuid4()}"
    blocked = asyncio.ensure_future(line.call("BLPOP", key, 5))
    await asyncio.sleep(0.05)
    blocked.cancel()
    with pytest.raises(asyncio.CancelledError):
        await blocked
    assert await line.call("PING") == b"PONG"
    line.close()


async def test_a_line_to_a_dead_address_fails_like_redis_py() -> None:
    dead = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.5)
    line = RedisLine.for_client(dead)
    assert line is not None
    with pytest.raises(RedisConnectionError):
        await line.call("PING")
    await dead.aclose()


def test_tls_connections_stay_with_redis_py() -> None:
    assert RedisLine.for_client(redis.Redis.from_url("rediss://127.0.0.1:6380/0")) is None
