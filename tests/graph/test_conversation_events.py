"""`conversationEvents` through `schema.subscribe`, over the real outbox -> Redis -> bus path:
nothing committed while the feed starts is lost, and nothing relayed twice is sent twice."""

from __future__ import annotations

import asyncio
import contextlib

import asyncpg
from strawberry import relay

from domain.model import Conversation
from domain.principal import Principal
from graph.services import Services
from tests.factories import client_id, new_conversation, new_family
from tests.graph.live_stream import Stream, eventually, live
from tests.servers import TestServers

WATCH = """
subscription Watch($id: ID!) {
  conversationEvents(conversationId: $id) {
    kind
    conversation { status messageCount }
    message { sequence role content }
  }
}
"""


def watch(
    services: Services, conversation: Conversation, parent: Principal
) -> contextlib.AbstractAsyncContextManager[Stream]:
    return live(services, WATCH, watched(conversation), parent, "conversationEvents")


def watched(conversation: Conversation) -> dict[str, str]:
    return {"id": str(relay.GlobalID("Conversation", str(conversation.id)))}


async def say(services: Services, device: Principal, conversation: Conversation, text: str) -> None:
    await services.conversations.send_child_message(
        device, conversation_id=conversation.id, content=text, client_message_id=client_id()
    )


async def relayed(database: asyncpg.Connection, conversation: Conversation, count: int) -> bool:
    """The conversation's outbox holds `count` events, all published."""
    found = await database.fetchrow(
        "SELECT count(*) AS events, count(published_at) AS published FROM outbox WHERE topic = $1",
        f"conversation:{conversation.id}",
    )
    return bool(found["events"] == found["published"] == count)


async def test_a_message_committed_while_the_feed_starts_is_delivered_once(
    services: Services, servers: TestServers, database: asyncpg.Connection
) -> None:
    parent, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    await say(services, device, conversation, "hello teddy")  # seq 1 and 2: history
    await eventually(lambda: relayed(database, conversation, 2), "the history is relayed")

    # The feed's start-up reads the conversation, then (authorising) its child: with the child
    # table locked, the feed stops between the two, and a message is sent, committed and
    # relayed to Redis right there.
    blocker = await asyncpg.connect(servers.database_url)
    lock = blocker.transaction()
    await lock.start()
    locked = True
    try:
        await blocker.execute("LOCK TABLE child IN ACCESS EXCLUSIVE MODE")
        async with watch(services, conversation, parent) as feed:

            async def feed_waits_for_the_lock() -> bool:
                waiting = await database.fetchval(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND query LIKE '%FROM child WHERE id%'"
                )
                return bool(waiting)

            await eventually(feed_waits_for_the_lock, "the feed waits in its start-up reads")
            await say(services, device, conversation, "are you there")  # seq 3 and 4
            await eventually(lambda: relayed(database, conversation, 4), "seq 3, 4 are relayed")
            await lock.rollback()
            locked = False

            events = [await feed.next(), await feed.next()]
            assert [(e["message"]["sequence"], e["message"]["role"]) for e in events] == [
                (3, "CHILD"),
                (4, "TEDDY"),
            ]
            assert events[0]["message"]["content"] == "are you there"
            assert {e["kind"] for e in events} == {"MESSAGE_ADDED"}
            await feed.quiet(0.5)  # the bus's copies of seq 3 and 4 add nothing

            await say(services, device, conversation, "bye")
            live = [(await feed.next())["message"] for _ in range(2)]
            assert [m["sequence"] for m in live] == [5, 6]
    finally:
        if locked:
            await lock.rollback()
        await blocker.close()


async def test_a_relayed_again_event_sends_nothing_twice(
    services: Services, database: asyncpg.Connection
) -> None:
    """At-least-once delivery: a lost 'published' mark (PostgreSQL crashing before the mark
    was flushed) makes the relay publish the same events again; the feed drops them."""
    parent, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    async with watch(services, conversation, parent) as feed:
        await asyncio.sleep(0.3)
        await say(services, device, conversation, "hello teddy")
        sent = [await feed.next(), await feed.next()]
        assert [e["message"]["sequence"] for e in sent] == [1, 2]
        await services.conversations.end(device, conversation.id)
        ended = await feed.next()
        assert ended["kind"] == "CONVERSATION_ENDED" and ended["message"] is None
        assert ended["conversation"]["status"] == "ENDED"
        await eventually(lambda: relayed(database, conversation, 3), "all three are relayed")

        marked = await database.execute(
            "UPDATE outbox SET published_at = NULL WHERE topic = $1",
            f"conversation:{conversation.id}",
        )
        assert marked == "UPDATE 3"
        services.relay.nudge()
        await eventually(lambda: relayed(database, conversation, 3), "all three are relayed again")
        await feed.quiet(0.7)

        await services.conversations.archive(parent, conversation.id)
        archived = await feed.next()
        assert archived["kind"] == "CONVERSATION_ARCHIVED"
        assert archived["conversation"]["status"] == "ARCHIVED"
