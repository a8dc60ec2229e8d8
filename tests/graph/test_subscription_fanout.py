"""Shared subscriptions (graph/subscription_fanout.py): identical subscribers share one
execution per event, through the same `SharedSubscriptions` the router serves, over the real
outbox -> Redis -> bus path."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

import orjson
import pytest
from strawberry import relay

from domain.principal import Principal, Role
from graph.context import Context
from graph.incident_cursors import incident_cursor
from graph.schema import schema
from graph.services import Services
from graph.subscription_fanout import EncodedData, SharedSubscriptions, with_encoded_data
from graph.subscription_limits import LIMITS
from graph.subscription_sharing import plan
from persistence.tables import AuditLogTable
from tests.factories import client_id, new_conversation, new_family
from tests.graph.test_contract import _single_operation
from tests.graph.test_incident_subscriptions import (
    CRITICAL_TEXT,
    TIMEOUT,
    Feed,
    incidents_feed,
    say,
    started,
)

LOW_TEXT = "you are stupid"


def moderator() -> Principal:
    return Principal(role=Role.MODERATOR, subject=f"mod-{uuid.uuid4().hex[:8]}")


def context_for(services: Services, principal: Principal) -> Context:
    context = Context(services=services, trace_id=uuid.uuid4().hex)
    context.caller = principal
    return context


@contextlib.asynccontextmanager
async def member(
    hub: SharedSubscriptions,
    query: str,
    variables: dict[str, Any] | None,
    context: Context,
) -> AsyncIterator[Feed]:
    results = await hub.subscribe(query, variable_values=variables, context_value=context)
    try:
        yield Feed(results)
    finally:
        await results.aclose()


async def statements_since(marker: str, services: Services) -> list[str]:
    recent = list(services.database.statements.recent)
    index = max(i for i, text in enumerate(recent) if marker in text)
    return recent[index + 1 :]


async def mark() -> str:
    marker = f"fanout_mark_{uuid.uuid4().hex}"
    await AuditLogTable.raw(f"SELECT 1 AS {marker}")
    return marker


async def stop(pending: asyncio.Future[Any]) -> None:
    pending.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await pending


async def content_readers(services: Services, incident_id: str) -> list[str]:
    node_id = relay.GlobalID.from_id(incident_id).node_id
    trail = await services.incidents.audit_trail(moderator(), uuid.UUID(node_id))
    return [e.actor_id for e in trail if e.action == "read_message_content"]


async def test_identical_moderators_share_one_execution_and_every_read_is_audited(
    services: Services,
) -> None:
    hub = SharedSubscriptions(schema)
    _, _, device = await new_family(services)
    moderators = [moderator() for _ in range(8)]
    async with contextlib.AsyncExitStack() as stack:
        feeds = [
            await stack.enter_async_context(
                member(hub, incidents_feed(), {"minSeverity": "HIGH"}, context_for(services, m))
            )
            for m in moderators
        ]
        pending = [asyncio.ensure_future(feed.next()) for feed in feeds]
        await started()
        assert (hub.group_count, hub.member_count) == (1, len(moderators))
        marker = await mark()
        await say(services, device, CRITICAL_TEXT)
        received = [(await item)["safetyIncidents"] for item in pending]
        statements = await statements_since(marker, services)

    assert all(incident == received[0] for incident in received)
    assert received[0]["message"]["content"] == CRITICAL_TEXT
    readers = await content_readers(services, received[0]["id"])
    assert sorted(readers) == sorted(m.subject for m in moderators)
    # One audit statement for all eight readers, and the message read once, not per reader.
    assert sum("INSERT INTO audit_log" in s for s in statements) == 1, statements
    assert sum("FROM message WHERE id = ANY" in s for s in statements) == 1, statements
    assert hub.group_count == 0


async def test_parents_never_share_even_with_the_same_document(services: Services) -> None:
    hub = SharedSubscriptions(schema)
    parent, _, device = await new_family(services)
    other, _, _ = await new_family(services)
    operation = _single_operation("parent", "ParentNotifications")
    async with (
        member(hub, operation, None, context_for(services, parent)) as mine,
        member(hub, operation, None, context_for(services, other)) as theirs,
    ):
        first = asyncio.ensure_future(mine.next())
        quiet = asyncio.ensure_future(theirs.nothing_within(1.5))
        await started()
        assert hub.group_count == 2
        await say(services, device, CRITICAL_TEXT)
        assert (await first)["notifications"]["incident"]["severity"] == "CRITICAL"
        await quiet


async def test_a_parent_cannot_join_another_parents_conversation_feed(services: Services) -> None:
    hub = SharedSubscriptions(schema)
    parent, _, device = await new_family(services)
    other, _, _ = await new_family(services)
    conversation = await new_conversation(services, device)
    operation = _single_operation("parent", "WatchConversation")
    variables = {"conversationId": str(relay.GlobalID("Conversation", str(conversation.id)))}
    async with member(hub, operation, variables, context_for(services, parent)) as mine:
        first = asyncio.ensure_future(mine.next())
        await started()
        # The same document and the same variables, from another parent: a group of its own,
        # which is refused (and ends), never the first parent's messages.
        async with member(hub, operation, variables, context_for(services, other)) as theirs:
            refused = await asyncio.wait_for(theirs._results.__anext__(), TIMEOUT)
        assert (hub.group_count, hub.member_count) == (1, 1)
        assert refused.data is None and refused.errors
        assert refused.errors[0].extensions["code"] in {"CONVERSATION_NOT_FOUND", "FORBIDDEN"}
        await services.conversations.send_child_message(
            device,
            conversation_id=conversation.id,
            content="hi teddy",
            client_message_id=client_id(),
        )
        event = (await first)["conversationEvents"]
        assert event["message"]["content"] == "hi teddy"


async def test_different_variables_get_different_results(services: Services) -> None:
    hub = SharedSubscriptions(schema)
    _, _, device = await new_family(services)
    query = incidents_feed()
    async with (
        member(hub, query, {"minSeverity": "HIGH"}, context_for(services, moderator())) as high,
        member(hub, query, {"minSeverity": "LOW"}, context_for(services, moderator())) as low,
    ):
        high_first = asyncio.ensure_future(high.next())
        low_first = asyncio.ensure_future(low.next())
        await started()
        assert hub.group_count == 2
        await say(services, device, LOW_TEXT)
        await say(services, device, CRITICAL_TEXT)
        assert (await low_first)["safetyIncidents"]["severity"] == "LOW"
        assert (await high_first)["safetyIncidents"]["severity"] == "CRITICAL"


async def test_a_subscriber_joining_with_after_replays_then_shares_without_repeats(
    services: Services,
) -> None:
    hub = SharedSubscriptions(schema)
    _, _, device = await new_family(services)
    query = incidents_feed()
    variables = {"minSeverity": "HIGH"}
    async with member(hub, query, variables, context_for(services, moderator())) as live:
        first = asyncio.ensure_future(live.next())
        await started()
        await say(services, device, CRITICAL_TEXT)
        seen = (await first)["safetyIncidents"]
        missed = []
        for _ in range(3):
            await say(services, device, CRITICAL_TEXT)
            missed.append((await live.next())["safetyIncidents"]["id"])

        late_reader = moderator()
        resumed = {**variables, "after": seen["cursor"]}
        async with member(hub, query, resumed, context_for(services, late_reader)) as late:
            replayed = [(await late.next())["safetyIncidents"]["id"] for _ in range(3)]
            assert replayed == missed
            assert hub.group_count == 1  # it joined the live group once caught up
            await say(services, device, CRITICAL_TEXT)
            both = (await live.next())["safetyIncidents"]
            assert (await late.next())["safetyIncidents"] == both
            await late.nothing_within(0.5)
        # The late reader's replayed reads are audited as its own.
        for incident_id in [*missed, both["id"]]:
            assert late_reader.subject in await content_readers(services, incident_id)


async def test_a_refused_subscriber_is_told_once(services: Services) -> None:
    hub = SharedSubscriptions(schema)
    parent, _, _ = await new_family(services)
    variables = {"minSeverity": "HIGH", "after": None}
    for after in (None, incident_cursor(1)):
        async with member(
            hub, incidents_feed(), {**variables, "after": after}, context_for(services, parent)
        ) as feed:
            refused = await asyncio.wait_for(feed._results.__anext__(), TIMEOUT)
            assert refused.errors and refused.errors[0].extensions["code"] == "FORBIDDEN"
            with pytest.raises(StopAsyncIteration):
                await asyncio.wait_for(feed._results.__anext__(), TIMEOUT)


async def test_caps_count_every_shared_subscriber(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = SharedSubscriptions(schema)
    monkeypatch.setattr(LIMITS, "per_connection", 1)
    connection = context_for(services, moderator())
    query, variables = incidents_feed(), {"minSeverity": "HIGH"}
    async with member(hub, query, variables, connection) as first:
        pending = asyncio.ensure_future(first.next())
        await started()
        async with member(hub, query, variables, connection) as second:
            refused = await asyncio.wait_for(second._results.__anext__(), TIMEOUT)
        assert refused.errors and refused.errors[0].extensions["code"] == "TOO_MANY_SUBSCRIPTIONS"
        assert hub.member_count == 1
        await stop(pending)
    assert hub.group_count == 0
    # Released: the connection may subscribe again.
    async with member(hub, query, variables, connection) as again:
        pending = asyncio.ensure_future(again.next())
        await started()
        assert hub.member_count == 1
        await stop(pending)


async def test_the_group_ends_with_its_last_member(services: Services) -> None:
    hub = SharedSubscriptions(schema)
    listeners = services.bus.listener_count
    query, variables = incidents_feed(), {"minSeverity": "HIGH"}
    async with member(hub, query, variables, context_for(services, moderator())) as one:
        pending = asyncio.ensure_future(one.next())
        async with member(hub, query, variables, context_for(services, moderator())):
            await started()
            assert services.bus.listener_count == listeners + 1  # one listener for the group
        assert (hub.group_count, hub.member_count) == (1, 1)
        await stop(pending)
    await asyncio.sleep(0.1)
    assert hub.group_count == 0
    assert services.bus.listener_count == listeners


def test_a_shared_result_is_encoded_once_and_framed_per_member() -> None:
    data = EncodedData({"safetyIncidents": {"id": "SW5jaWRlbnQ6MQ==", "categories": ["ABUSE"]}})
    frames = [
        {"id": "1", "type": "next", "payload": {"data": data}},
        {"type": "data", "id": "op-7", "payload": {"data": data, "errors": []}},
        {"data": data},
    ]
    for frame in frames:
        plain = orjson.loads(orjson.dumps(frame))
        assert orjson.loads(orjson.dumps(with_encoded_data(frame))) == plain
    assert with_encoded_data(frames[0])["payload"]["data"] is data.fragment  # type: ignore[index]


def test_who_shares_with_whom(services: Services) -> None:
    query = incidents_feed()
    high = {"minSeverity": "HIGH"}

    def key_of(principal: Principal, variables: dict[str, Any], text: str = query) -> Any:
        shared = plan(text, variables, context_for(services, principal), None)
        return None if shared is None else (shared.key, shared.catch_up)

    one, two = moderator(), moderator()
    assert key_of(one, high) == key_of(two, high) != key_of(one, {"minSeverity": "LOW"})
    # A catch-up cursor leaves the key alone: the subscriber replays, then joins the same group.
    resumed = key_of(two, {**high, "after": incident_cursor(3)})
    assert resumed == (key_of(one, high)[0], True)
    admin = Principal(role=Role.ADMIN, subject="admin-1")
    assert key_of(admin, high)[0] != key_of(one, high)[0]
    parent_a, parent_b = (Principal(role=Role.PARENT, subject=f"p-{n}") for n in "ab")
    notifications = _single_operation("parent", "ParentNotifications")
    assert key_of(parent_a, {}, notifications) != key_of(parent_b, {}, notifications)
    # Private: a device, a literal cursor, a cursor variable with a default, two root fields.
    device = Principal(role=Role.DEVICE, subject=str(uuid.uuid4()), child_id=uuid.uuid4())
    assert key_of(device, high) is None
    literal = 'subscription { safetyIncidents(minSeverity: HIGH, after: "x") { id } }'
    assert key_of(one, {}, literal) is None
    defaulted = (
        'subscription S($after: String = "x") { safetyIncidents(minSeverity: HIGH, after: $after)'
        " { id } }"
    )
    assert key_of(one, {}, defaulted) is None
    two_fields = "subscription { a: notifications { id } b: notifications { id } }"
    assert key_of(parent_a, {}, two_fields) is None
