"""Live feeds through `schema.subscribe`, over the real outbox -> Redis -> bus path."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from strawberry import relay

from domain.errors import TooManySubscriptions
from domain.incidents_model import IncidentFilter
from domain.paging import PageRequest
from domain.principal import Principal, Role
from graph.context import Context
from graph.schema import schema
from graph.services import Services
from graph.subscription_limits import LIMITS, SubscriptionLimits
from tests.factories import client_id, new_conversation, new_family
from tests.graph.test_contract import _single_operation

MODERATOR = Principal(role=Role.MODERATOR, subject="mod-live")
CRITICAL_TEXT = "I want to hurt myself"
TIMEOUT = 5.0


class Feed:
    def __init__(self, results: Any) -> None:
        self._results = results

    async def next(self, timeout: float = TIMEOUT) -> dict:
        result = await asyncio.wait_for(self._results.__anext__(), timeout)
        assert result.errors is None, [e.formatted for e in result.errors]
        return result.data

    async def nothing_within(self, seconds: float) -> None:
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(self._results.__anext__(), seconds)


@contextlib.asynccontextmanager
async def subscribe(
    services: Services, query: str, variables: dict | None, principal: Principal
) -> AsyncIterator[Feed]:
    context = Context(services=services, trace_id=uuid.uuid4().hex)
    context.caller = principal
    results = await schema.subscribe(query, variable_values=variables, context_value=context)
    try:
        yield Feed(results)
    finally:
        await results.aclose()


async def started() -> None:
    """Let a freshly opened feed register its listener and read its starting point."""
    await asyncio.sleep(0.3)


async def say(services: Services, device: Principal, text: str) -> None:
    conversation = await new_conversation(services, device)
    await services.conversations.send_child_message(
        device, conversation_id=conversation.id, content=text, client_message_id=client_id()
    )


def incidents_feed() -> str:
    return _single_operation("moderator", "Incidents")


async def test_a_moderator_receives_the_critical_incident_live(services: Services) -> None:
    parent, child, device = await new_family(services)
    async with subscribe(services, incidents_feed(), {"minSeverity": "HIGH"}, MODERATOR) as feed:
        first = asyncio.ensure_future(feed.next())
        await started()
        await say(services, device, "you are stupid")  # LOW: filtered out
        await say(services, device, CRITICAL_TEXT)
        incident = (await first)["safetyIncidents"]
    assert incident["severity"] == "CRITICAL" and incident["status"] == "OPEN"
    assert incident["categories"] == ["SELF_HARM"]
    assert incident["message"]["content"] == CRITICAL_TEXT
    assert incident["child"]["ageGroup"] == "AGES_7_10" and incident["cursor"]


async def test_a_resubscribe_with_after_gets_exactly_the_missed_ones_then_live_ones(
    services: Services,
) -> None:
    _, _, device = await new_family(services)
    async with subscribe(services, incidents_feed(), {"minSeverity": "HIGH"}, MODERATOR) as feed:
        first = asyncio.ensure_future(feed.next())
        await started()
        await say(services, device, CRITICAL_TEXT)
        seen = (await first)["safetyIncidents"]

    for _ in range(3):
        await say(services, device, CRITICAL_TEXT)
    page = await services.incidents.page(
        MODERATOR, IncidentFilter(child_id=device.child_id), PageRequest(limit=3)
    )
    missed = [str(i.id) for i in reversed(page.items)]

    variables = {"minSeverity": "HIGH", "after": seen["cursor"]}
    async with subscribe(services, incidents_feed(), variables, MODERATOR) as feed:
        replayed = [(await feed.next())["safetyIncidents"] for _ in range(3)]
        assert [_node_id(r["id"]) for r in replayed] == missed
        await say(services, device, CRITICAL_TEXT)
        live = (await feed.next())["safetyIncidents"]
        assert live["id"] not in {r["id"] for r in replayed} | {seen["id"]}
        await feed.nothing_within(0.5)


async def test_a_parent_gets_their_childs_alert_and_another_parent_gets_nothing(
    services: Services,
) -> None:
    parent, _, device = await new_family(services)
    other, _, _ = await new_family(services)
    operation = _single_operation("parent", "ParentNotifications")
    async with (
        subscribe(services, operation, None, parent) as mine,
        subscribe(services, operation, None, other) as theirs,
    ):
        first = asyncio.ensure_future(mine.next())
        quiet = asyncio.ensure_future(theirs.nothing_within(1.5))
        await started()
        await say(services, device, CRITICAL_TEXT)
        notification = (await first)["notifications"]
        await quiet
    assert notification["kind"] == "INCIDENT_ALERT"
    assert notification["incident"]["severity"] == "CRITICAL"
    assert "hurt" not in notification["title"].lower()


async def test_subscriptions_are_capped_with_a_clear_code(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(LIMITS, "per_connection", 0)
    async with subscribe(services, incidents_feed(), {"minSeverity": "HIGH"}, MODERATOR) as feed:
        result = await asyncio.wait_for(feed._results.__anext__(), TIMEOUT)
    assert result.errors and result.errors[0].extensions["code"] == "TOO_MANY_SUBSCRIPTIONS"


def test_the_limits_count_per_connection_and_per_principal() -> None:
    limits = SubscriptionLimits(per_connection=2, per_principal=3)
    a, b = object(), object()
    with contextlib.ExitStack() as stack:
        stack.enter_context(limits.hold(a, MODERATOR))
        stack.enter_context(limits.hold(a, MODERATOR))
        with pytest.raises(TooManySubscriptions) as caught:
            stack.enter_context(limits.hold(a, MODERATOR))
        assert caught.value.code == "TOO_MANY_SUBSCRIPTIONS"
        assert caught.value.details["scope"] == "connection"
        stack.enter_context(limits.hold(b, MODERATOR))
        with pytest.raises(TooManySubscriptions) as caught:
            stack.enter_context(limits.hold(b, MODERATOR))
        assert caught.value.details["scope"] == "principal"
    with limits.hold(a, MODERATOR):
        pass


def _node_id(value: str) -> str:
    return relay.GlobalID.from_id(value).node_id
