"""Many staff feeds in one process load a raised incident (and its child and conversation)
once, not once per subscriber; each still gets its own audited message read."""

from __future__ import annotations

import asyncio
import contextlib

from domain.principal import Principal, Role
from graph.services import Services
from tests.factories import new_family
from tests.graph.test_incident_subscriptions import (
    CRITICAL_TEXT,
    incidents_feed,
    say,
    started,
    subscribe,
)

SUBSCRIBERS = 20


async def test_staff_feeds_share_one_load_per_raised_incident(services: Services) -> None:
    _, child, device = await new_family(services)
    moderators = [
        Principal(role=Role.MODERATOR, subject=f"mod-share-{n}") for n in range(SUBSCRIBERS)
    ]
    async with contextlib.AsyncExitStack() as stack:
        feeds = [
            await stack.enter_async_context(
                subscribe(services, incidents_feed(), {"minSeverity": "HIGH"}, moderator)
            )
            for moderator in moderators
        ]
        pending = [asyncio.ensure_future(feed.next()) for feed in feeds]
        await started()
        before = services.database.statements.counts.copy()
        await say(services, device, CRITICAL_TEXT)
        received = [(await item)["safetyIncidents"] for item in pending]
        selects = services.database.statements.counts["select"] - before["select"]
        inserts = services.database.statements.counts["insert"] - before["insert"]

    assert len({incident["id"] for incident in received}) == 1
    assert all(incident["child"]["id"] for incident in received)
    assert all(incident["message"]["content"] == CRITICAL_TEXT for incident in received)
    # Per subscriber: one audited message read (a select and an audit insert). The incident,
    # child and conversation are loaded once for all of them (4 selects each before).
    assert selects < 2 * SUBSCRIBERS, selects
    assert inserts >= SUBSCRIBERS, inserts
