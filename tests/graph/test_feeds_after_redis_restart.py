"""Redis is killed and restarted under live feeds: what was committed meanwhile reaches a
moderator's `safetyIncidents` and a parent's `conversationEvents` once Redis is back, each
item once, even when the relay publishes it before the bus has subscribed again.

The feeds run on services of their own over the test database, with a Redis this test kills
and starts, and a relay and a bus on it (the shared test Redis is never touched)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from redis.exceptions import RedisError
from strawberry import relay

from domain.enums import Severity
from domain.events import INCIDENTS_TOPIC, conversation_topic
from domain.incidents_model import IncidentFilter
from domain.model import Conversation
from domain.principal import Principal, Role
from graph.incident_cursors import decode_incident_cursor
from graph.runtime import Runtime
from graph.services import Services
from persistence.embedded import EmbeddedRedis
from persistence.event_bus import RedisEventBus
from persistence.outbox import OutboxRelay
from persistence.redis_client import connect_redis
from tests.factories import client_id, new_conversation, new_family, rewired
from tests.graph.live_stream import eventually, live
from tests.graph.test_contract import _single_operation
from tests.graph.test_conversation_events import WATCH, watched
from tests.outbox_counts import unpublished

MODERATOR = Principal(role=Role.MODERATOR, subject="mod-restart")
CRITICAL_TEXT = "I want to hurt myself"


@dataclass
class Restartable:
    """The services over the test database, with a Redis, a relay and a bus of their own."""

    services: Services
    redis_server: EmbeddedRedis
    database_url: str
    redis_url: str


@pytest.fixture
async def restartable(
    runtime: Runtime, services: Services, tmp_path: Path
) -> AsyncIterator[Restartable]:
    redis_server = EmbeddedRedis(tmp_path / "redis")
    redis_url = redis_server.start()
    client = connect_redis(redis_url, pool_size=10, socket_timeout=1.0)
    own_relay = OutboxRelay(runtime.database_url, client)
    bus = RedisEventBus(redis_url)
    assert runtime.relay is not None
    # Meanwhile this relay, not the session's, publishes the test database's outbox.
    await runtime.relay.stop()
    try:
        await bus.start()
        await own_relay.start()
        yield Restartable(
            rewired(services, redis_client=client, relay=own_relay, bus=bus),
            redis_server,
            runtime.database_url,
            redis_url,
        )
    finally:
        await own_relay.stop()
        await bus.stop()
        await client.aclose()
        await runtime.relay.start()
        redis_server.stop()


async def _all_published(database_url: str) -> bool:
    return await unpublished(database_url) == 0


def kill(redis_server: EmbeddedRedis) -> None:
    """SIGKILL, as the drills do: the socket file stays, and connecting is refused."""
    process = redis_server._process  # noqa: SLF001 - ours, started by the fixture
    assert process is not None
    process.kill()
    process.wait(10)
    assert redis_server.socket_path.exists()


def node_id(global_id: str) -> str:
    return relay.GlobalID.from_id(global_id).node_id


async def until_live(services: Services, *topics: str) -> None:
    deadline = time.monotonic() + 10
    while not set(topics) <= services.bus.live_topics:
        assert time.monotonic() < deadline, f"{topics} not subscribed"
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.2)  # the feeds read their starting points once listening


class Family:
    """A child's device talking in one watched conversation, and raising critical incidents
    in conversations of their own (one incident per conversation)."""

    def __init__(self, services: Services, device: Principal, conversation: Conversation) -> None:
        self.services = services
        self.device = device
        self.conversation = conversation

    @classmethod
    async def new(cls, services: Services) -> tuple[Principal, Family]:
        parent, _, device = await new_family(services)
        return parent, cls(services, device, await new_conversation(services, device))

    async def say(self, text: str) -> None:
        await self._send(self.conversation, text)

    async def alarm(self) -> None:
        await self._send(await new_conversation(self.services, self.device), CRITICAL_TEXT)

    async def _send(self, conversation: Conversation, text: str) -> None:
        await self.services.conversations.send_child_message(
            self.device,
            conversation_id=conversation.id,
            content=text,
            client_message_id=client_id(),
        )


async def test_feeds_get_what_was_committed_while_redis_restarted_once(
    restartable: Restartable,
) -> None:
    services, redis_server = restartable.services, restartable.redis_server
    parent, family = await Family.new(services)
    conversation, say, alarm = family.conversation, family.say, family.alarm

    # Before the feed starts: never the feed's to send, not even when it re-reads after a
    # reconnect from a little before the last one it sent.
    await alarm()
    await eventually(lambda: _all_published(restartable.database_url), "the outbox is relayed")
    incidents = _single_operation("moderator", "Incidents")
    async with (
        live(services, incidents, {"minSeverity": "HIGH"}, MODERATOR, "safetyIncidents") as feed,
        live(services, WATCH, watched(conversation), parent, "conversationEvents") as chat,
    ):
        await until_live(services, INCIDENTS_TOPIC, conversation_topic(conversation.id))
        await alarm()
        await say("hello teddy")
        first = await feed.next()
        assert [(await chat.next())["message"]["sequence"] for _ in range(2)] == [1, 2]

        kill(redis_server)
        # Redis is away: stored, and waiting in the outbox.
        await alarm()
        await say("tell me a story")
        await alarm()
        await say("a long one")
        seq = decode_incident_cursor("after", first["cursor"])
        assert seq is not None
        high = IncidentFilter(min_severity=Severity.HIGH)
        missed = await services.incidents.feed_after(MODERATOR, seq, high, 10)
        assert len(missed) >= 2

        # Back on the same socket, and another instance's relay publishes what waited at
        # once: before this process's bus (reconnecting on its own schedule) subscribes again.
        # (redis-py's pub/sub, retrying the refused connection with backoff, got back in
        # later without a word, and the feeds never heard of these.)
        redis_server.start()
        client = connect_redis(restartable.redis_url, pool_size=2, socket_timeout=1.0)
        other = OutboxRelay(restartable.database_url, client)
        deadline = time.monotonic() + 10
        try:
            while await unpublished(restartable.database_url):
                try:
                    await other.publish_batch()
                except (RedisError, OSError):
                    assert time.monotonic() < deadline, "the relay could not publish"
                    await asyncio.sleep(0.01)
        finally:
            await other.stop()
            await client.aclose()

        got = [await feed.next(timeout=15) for _ in missed]
        assert [node_id(i["id"]) for i in got] == [str(i.id) for i in missed]
        messages = [(await chat.next(timeout=15))["message"] for _ in range(4)]
        assert [m["sequence"] for m in messages] == [3, 4, 5, 6]
        await asyncio.gather(feed.quiet(1.0), chat.quiet(0.1))

        await alarm()  # and live again
        await say("thank you")
        last = decode_incident_cursor("after", got[-1]["cursor"])
        assert last is not None
        raised = await services.incidents.feed_after(MODERATOR, last, high, 10)
        assert raised  # (a teddy reply may raise one of its own)
        latest = [await feed.next() for _ in raised]
        assert [node_id(i["id"]) for i in latest] == [str(i.id) for i in raised]
        assert [(await chat.next())["message"]["sequence"] for _ in range(2)] == [7, 8]
        await asyncio.gather(feed.quiet(0.5), chat.quiet(0.1))
