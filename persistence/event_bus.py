"""One Redis pub/sub connection per process, fanned out to in-process listeners.

The bus subscribes to a topic's channel only while the topic has listeners in this process,
and unsubscribes when the last one leaves: an instance is not sent the events of
conversations nobody watches on it. One coroutine sends every SUBSCRIBE and UNSUBSCRIBE, in
the order listeners came and went, so a topic left and joined again ends up subscribed.

`listen` returns once Redis has confirmed the topic's subscription: whatever the listener
then reads from PostgreSQL, anything committed later reaches it on the bus. If Redis is away
(or slow to confirm), `listen` returns anyway and the listener receives `RECONNECTED` as soon
as its topic is live.

The bus owns its connection: redis-py's own reconnecting (a pub/sub client silently
connecting again and re-subscribing after a Redis restart) is turned off, so a lost
connection is always noticed. On a new connection every topic is subscribed again and each
listener receives `RECONNECTED` once its topic is live again, so it replays from PostgreSQL
what was published while Redis was away (or was on its way when the connection broke);
nothing falls between that replay and the live feed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter
from collections.abc import AsyncIterator, Collection
from dataclasses import dataclass
from typing import Any, Final

import orjson
import redis.asyncio as redis
from redis.asyncio.connection import AbstractConnection
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError

from persistence.background_task import BackgroundTask
from persistence.outbox import CHANNEL_PREFIX

logger = logging.getLogger(__name__)

_PREFIX: Final = CHANNEL_PREFIX.encode()


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
        self.generation: int | None = None
        """The connection on which the topic was last live for this listener."""
        self.waiting: asyncio.Future[None] | None = None

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


class _Link:
    """One connection: what was asked of Redis on it, and what Redis has answered."""

    def __init__(self, connection: AbstractConnection, generation: int) -> None:
        self.connection = connection
        self.generation = generation
        self.asked: dict[str, bool] = {}
        """Per topic, whether the last command sent was SUBSCRIBE."""
        self.unanswered: Counter[str] = Counter()

    def live(self, topic: str) -> bool:
        return self.asked.get(topic, False) and not self.unanswered[topic]

    def changes(self, wanted: Collection[str]) -> list[tuple[str, str]]:
        """The commands that make the subscriptions `wanted`; counted as unanswered."""
        commands = []
        for topic in [*self.asked, *(t for t in wanted if t not in self.asked)]:
            subscribe = topic in wanted
            if self.asked.get(topic, False) is subscribe:
                continue
            self.asked[topic] = subscribe
            self.unanswered[topic] += 1
            commands.append(("SUBSCRIBE" if subscribe else "UNSUBSCRIBE", CHANNEL_PREFIX + topic))
        return commands

    def answered(self, topic: str) -> bool:
        """A (un)subscribe reply arrived; True when the topic is now live."""
        if self.unanswered[topic] > 0:
            self.unanswered[topic] -= 1
        if self.unanswered[topic]:
            return False
        del self.unanswered[topic]
        if self.asked.get(topic, False):
            return True
        self.asked.pop(topic, None)
        return False

    async def send(self, commands: list[tuple[str, ...]]) -> None:
        connection = self.connection
        if not connection.is_connected:  # never let redis-py connect it again on its own
            raise RedisConnectionError("the event bus's connection is closed")
        await connection.send_packed_command(connection.pack_commands(commands), check_health=False)

    def reconnected_behind_our_back(self, _connection: AbstractConnection) -> None:
        raise RedisConnectionError("the event bus's connection was reconnected by redis-py")


class RedisEventBus(BackgroundTask):
    task_name = "event-bus"

    def __init__(
        self,
        url: str,
        *,
        max_buffer: int = 1000,
        ping_seconds: float = 5.0,
        confirm_seconds: float = 5.0,
    ) -> None:
        super().__init__()
        self._max_buffer = max_buffer
        self._ping_seconds = ping_seconds
        self._confirm_seconds = confirm_seconds
        pool = redis.ConnectionPool.from_url(
            url,
            socket_timeout=5.0,
            socket_connect_timeout=5.0,
            retry=Retry(NoBackoff(), 0),
            health_check_interval=0,
        )
        self._connection_class = pool.connection_class
        self._connection_kwargs = {
            **pool.connection_kwargs,
            "protocol": 2,
            "decode_responses": False,
        }
        self._listeners: dict[str, set[Listener]] = {}
        self._link: _Link | None = None
        self._generation = 0
        self._changed = asyncio.Event()
        self.connected = asyncio.Event()
        self._last_error_log = 0.0

    @property
    def listener_count(self) -> int:
        return sum(len(group) for group in self._listeners.values())

    @property
    def live_topics(self) -> frozenset[str]:
        """The topics Redis has confirmed a subscription to, on the current connection."""
        link = self._link
        return frozenset(t for t in link.asked if link.live(t)) if link else frozenset()

    @contextlib.asynccontextmanager
    async def listen(self, topic: str) -> AsyncIterator[Listener]:
        listener = Listener(topic, self._max_buffer)
        group = self._listeners.get(topic)
        if group is None:
            group = self._listeners[topic] = set()
            self._changed.set()
        group.add(listener)
        try:
            await self._until_live(listener)
            yield listener
        finally:
            group.discard(listener)
            if not group and self._listeners.get(topic) is group:
                del self._listeners[topic]
                self._changed.set()

    async def _until_live(self, listener: Listener) -> None:
        link = self._link
        if link is None:
            return  # Redis is away: RECONNECTED follows once the topic is live
        if link.live(listener.topic):
            listener.generation = link.generation
            return
        listener.waiting = asyncio.get_running_loop().create_future()
        try:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self._confirm_seconds):
                    await listener.waiting
        finally:
            listener.waiting = None

    def _went_live(self, topic: str, generation: int) -> None:
        for listener in tuple(self._listeners.get(topic, ())):
            if listener.generation == generation:
                continue
            listener.generation = generation
            if listener.waiting is not None and not listener.waiting.done():
                listener.waiting.set_result(None)
            else:
                listener.offer(RECONNECTED)

    def _dispatch(self, raw: bytes) -> None:
        data = orjson.loads(raw)
        event = BusEvent(
            id=int(data["id"]), topic=data["topic"], kind=data["kind"], payload=data["payload"]
        )
        for listener in tuple(self._listeners.get(event.topic, ())):
            listener.offer(event)

    async def _run(self) -> None:
        backoff = 0.1
        while True:
            link: _Link | None = None
            try:
                link = await self._connect()
                backoff = 0.1
                await self._serve(link)
            except (RedisError, OSError) as error:
                now = time.monotonic()
                if now - self._last_error_log > 10:
                    self._last_error_log = now
                    logger.warning("event bus lost Redis: %s", type(error).__name__)
            except Exception:
                # Whatever it was, the bus must not end: listeners would wait forever.
                logger.exception("event bus failed; connecting again")
            finally:
                self._lost()
                if link is not None:
                    with contextlib.suppress(Exception):
                        await link.connection.disconnect(nowait=True)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 5.0)

    async def _connect(self) -> _Link:
        connection = self._connection_class(**self._connection_kwargs)
        link = _Link(connection, self._generation + 1)
        await connection.connect()
        connection.register_connect_callback(link.reconnected_behind_our_back)
        return link

    def _lost(self) -> None:
        self._link = None
        self.connected.clear()
        for group in self._listeners.values():
            for listener in group:
                if listener.waiting is not None and not listener.waiting.done():
                    listener.waiting.set_result(None)  # not live: RECONNECTED follows

    async def _serve(self, link: _Link) -> None:
        self._generation = link.generation
        self._link = link
        self.connected.set()
        self._changed.set()  # subscribe every topic that has listeners
        reader = asyncio.create_task(self._read(link), name="event-bus-reader")
        writer = asyncio.create_task(self._write(link), name="event-bus-writer")
        try:
            done, _ = await asyncio.wait((reader, writer), return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                task.result()
        finally:
            for task in (reader, writer):
                task.cancel()
            # One stuck in redis-py's I/O must not keep the bus from connecting again: it ends
            # when the connection is closed.
            await asyncio.wait((reader, writer), timeout=self._confirm_seconds)
            for task in (reader, writer):
                task.add_done_callback(_retrieve)

    async def _write(self, link: _Link) -> None:
        """Sends the subscription changes, in order, and a PING when idle."""
        next_ping = time.monotonic() + self._ping_seconds
        me = asyncio.current_task()
        while True:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(max(0.0, next_ping - time.monotonic())):
                    await self._changed.wait()
            if me is not None and me.cancelling():
                # Python 3.11's timeout can turn a cancel that meets its deadline into
                # TimeoutError, which the line above would swallow.
                raise asyncio.CancelledError
            self._changed.clear()
            commands: list[tuple[str, ...]] = list(link.changes(self._listeners))
            if time.monotonic() >= next_ping:
                commands.append(("PING",))
                next_ping = time.monotonic() + self._ping_seconds
            if commands:
                await link.send(commands)

    async def _read(self, link: _Link) -> None:
        """Dispatches events and takes the (un)subscribe answers; Redis silent for three
        pings' time means the connection is gone."""
        while True:
            reply = await link.connection.read_response(timeout=self._ping_seconds * 3)
            if reply is None:
                raise RedisConnectionError("Redis stopped answering the event bus")
            if not isinstance(reply, list) or len(reply) < 2:
                continue  # +PONG while subscribed to nothing
            kind = reply[0]
            if kind == b"message":
                try:
                    self._dispatch(reply[2])
                except (ValueError, KeyError, TypeError, IndexError):
                    logger.warning("dropped a malformed event from the bus")
            elif kind in (b"subscribe", b"unsubscribe"):
                topic = bytes(reply[1])[len(_PREFIX) :].decode()
                if link.answered(topic):
                    self._went_live(topic, link.generation)


def _retrieve(task: asyncio.Task[None]) -> None:
    if not task.cancelled():
        task.exception()
