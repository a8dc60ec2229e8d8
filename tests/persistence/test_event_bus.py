"""The event bus against a Redis of its own: it subscribes only to topics with listeners, in
order, and after losing Redis it tells each listener to replay once its topic is live again."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import orjson
import pytest
import redis.asyncio as redis

from persistence.embedded import EmbeddedRedis
from persistence.event_bus import RECONNECTED, BusEvent, Delivery, Listener, RedisEventBus
from persistence.outbox import CHANNEL_PREFIX


@pytest.fixture
async def own_redis(tmp_path: Path) -> AsyncIterator[EmbeddedRedis]:
    server = EmbeddedRedis(tmp_path / "redis")
    server.start()
    yield server
    server.stop()


@pytest.fixture
async def control(own_redis: EmbeddedRedis) -> AsyncIterator[redis.Redis]:
    client = redis.Redis.from_url(own_redis.url)
    yield client
    await client.aclose()


@pytest.fixture
async def bus(own_redis: EmbeddedRedis) -> AsyncIterator[RedisEventBus]:
    started = RedisEventBus(own_redis.url, ping_seconds=0.5)
    await started.start()
    await asyncio.wait_for(started.connected.wait(), 5)
    yield started
    await started.stop()


async def subscribers(control: redis.Redis, topic: str) -> int:
    ((_, count),) = await control.pubsub_numsub(CHANNEL_PREFIX + topic)
    return int(count)


async def publish(control: redis.Redis, topic: str, event_id: int) -> None:
    message = {"id": event_id, "topic": topic, "kind": "test", "payload": {}}
    await control.publish(CHANNEL_PREFIX + topic, orjson.dumps(message))


async def received(listener: Listener, timeout: float = 3.0) -> Delivery:
    return await asyncio.wait_for(listener.get(), timeout)


async def next_id(listener: Listener) -> int:
    event = await received(listener)
    assert isinstance(event, BusEvent), event
    return event.id


async def eventually(check: Callable[[], Awaitable[bool]], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not await check():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def test_a_topic_is_subscribed_while_it_has_listeners(
    bus: RedisEventBus, control: redis.Redis
) -> None:
    assert await subscribers(control, "a") == 0
    async with bus.listen("a") as first:
        # Returned once Redis confirmed: an event published now is delivered.
        assert await subscribers(control, "a") == 1
        await publish(control, "a", 1)
        assert await next_id(first) == 1
        async with bus.listen("a") as second:
            assert bus.live_topics == {"a"}
            await publish(control, "a", 2)
            assert [await next_id(x) for x in (first, second)] == [2, 2]
        assert await subscribers(control, "a") == 1  # one listener is left
    await eventually(lambda: _none(control, "a"))
    assert bus.live_topics == frozenset()
    # Nothing listens to "b": this process is not subscribed to it at all.
    assert await control.pubsub_channels() == []


async def _none(control: redis.Redis, topic: str) -> bool:
    return await subscribers(control, topic) == 0


async def test_leaving_and_joining_again_at_once_ends_subscribed(
    bus: RedisEventBus, control: redis.Redis
) -> None:
    for _ in range(20):
        async with bus.listen("churn"):
            pass
        # The UNSUBSCRIBE may still be on its way: the SUBSCRIBE is sent after it.
        async with bus.listen("churn") as listener:
            assert await subscribers(control, "churn") == 1
            await publish(control, "churn", 7)
            assert await next_id(listener) == 7
    await eventually(lambda: _none(control, "churn"))


async def test_after_redis_comes_back_listeners_replay_once_their_topic_is_live(
    bus: RedisEventBus, own_redis: EmbeddedRedis, control: redis.Redis
) -> None:
    async with bus.listen("t") as listener:
        process = own_redis._process  # noqa: SLF001 - ours, started by the fixture
        assert process is not None
        process.kill()  # SIGKILL, as the drills do
        process.wait(10)
        await eventually(lambda: _disconnected(bus))
        # A listener that arrives while Redis is away is not kept waiting ...
        async with contextlib.AsyncExitStack() as stack:
            async with asyncio.timeout(1.0):
                late = await stack.enter_async_context(bus.listen("t"))
            own_redis.start()
            for each in (listener, late):
                assert await received(each, 10) is RECONNECTED
            # ... and by the time it is told to replay, the topic is subscribed again.
            assert await subscribers(control, "t") == 1
            await publish(control, "t", 3)
            for each in (listener, late):
                assert await next_id(each) == 3
            assert listener.queue.empty() and late.queue.empty()


async def _disconnected(bus: RedisEventBus) -> bool:
    return not bus.connected.is_set()
