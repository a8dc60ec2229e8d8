"""One Redis pub/sub connection per process, fanned out to in-process listeners.

Listeners get each event published on their topic. When the connection to Redis is lost
and comes back, every listener receives `RECONNECTED`, so a subscription can replay from
PostgreSQL what it may have missed meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Final

import orjson
import redis.asyncio as redis
from redis.exceptions import RedisError

from persistence.background_task import BackgroundTask
from persistence.outbox import CHANNEL_PREFIX

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BusEvent:
    id: int
    topic: str
    kind: str
    payload: dict[str, Any]


class _Reconnected:
    def __repr__(self) -> str:
        return "RECONNECTED"


RECONNECTED: Final = _Reconnected()

Delivery = BusEvent | _Reconnected


class Listener:
    def __init__(self, topic: str, max_buffer: int) -> None:
        self.topic = topic
        self.queue: asyncio.Queue[Delivery] = asyncio.Queue(max_buffer)

    def offer(self, item: Delivery) -> None:
        try:
            self.queue.put_nowait(item)
        except asyncio.QueueFull:
            # A listener that cannot keep up replays from the database instead.
            self._drain()
            self.queue.put_nowait(RECONNECTED)

    def _drain(self) -> None:
        while not self.queue.empty():
            self.queue.get_nowait()

    async def get(self) -> Delivery:
        return await self.queue.get()


class RedisEventBus(BackgroundTask):
    task_name = "event-bus"

    def __init__(self, url: str, *, max_buffer: int = 1000) -> None:
        super().__init__()
        self._url = url
        self._max_buffer = max_buffer
        self._listeners: dict[str, set[Listener]] = defaultdict(set)
        self.connected = asyncio.Event()
        self._last_error_log = 0.0

    @property
    def listener_count(self) -> int:
        return sum(len(group) for group in self._listeners.values())

    @contextlib.asynccontextmanager
    async def listen(self, topic: str) -> AsyncIterator[Listener]:
        listener = Listener(topic, self._max_buffer)
        self._listeners[topic].add(listener)
        try:
            yield listener
        finally:
            group = self._listeners.get(topic)
            if group is not None:
                group.discard(listener)
                if not group:
                    del self._listeners[topic]

    def _dispatch(self, raw: bytes) -> None:
        data = orjson.loads(raw)
        event = BusEvent(
            id=int(data["id"]), topic=data["topic"], kind=data["kind"], payload=data["payload"]
        )
        for listener in tuple(self._listeners.get(event.topic, ())):
            listener.offer(event)

    def _announce_reconnect(self) -> None:
        for group in tuple(self._listeners.values()):
            for listener in tuple(group):
                listener.offer(RECONNECTED)

    async def _run(self) -> None:
        backoff = 0.1
        first = True
        while True:
            client = redis.Redis.from_url(
                self._url, socket_timeout=None, socket_connect_timeout=5, health_check_interval=10
            )
            pubsub = client.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.psubscribe(CHANNEL_PREFIX + "*")
                self.connected.set()
                if not first:
                    self._announce_reconnect()
                first = False
                backoff = 0.1
                while True:
                    message = await pubsub.get_message(timeout=1.0)
                    if message is not None and message.get("type") == "pmessage":
                        try:
                            self._dispatch(message["data"])
                        except (ValueError, KeyError, TypeError):
                            logger.warning("dropped a malformed event from the bus")
            except (RedisError, OSError) as error:
                self.connected.clear()
                now = time.monotonic()
                if now - self._last_error_log > 10:
                    self._last_error_log = now
                    logger.warning("event bus lost Redis: %s", type(error).__name__)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 5.0)
            finally:
                with contextlib.suppress(Exception):
                    await pubsub.aclose()
                with contextlib.suppress(Exception):
                    await client.aclose()
