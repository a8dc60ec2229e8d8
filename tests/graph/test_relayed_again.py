"""The relay's delivery is at-least-once (and its session commits its 'published' marks without
waiting for the disk): a mark lost to a PostgreSQL crash means the same events are published
again. Every live feed drops them."""

from __future__ import annotations

import asyncio

import asyncpg
from strawberry import relay

from domain.principal import Principal, Role
from graph.services import Services
from tests.factories import client_id, new_conversation, new_family
from tests.graph.live_stream import eventually, live
from tests.graph.test_contract import _single_operation

MODERATOR = Principal(role=Role.MODERATOR, subject="mod-again")
CRITICAL_TEXT = "I want to hurt myself"


async def test_incidents_and_notifications_relayed_again_are_sent_once(
    services: Services,
    database: asyncpg.Connection,  # noqa: F811 - the fixture
) -> None:
    parent, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    incidents = _single_operation("moderator", "Incidents")
    notifications = _single_operation("parent", "ParentNotifications")
    async with (
        live(services, incidents, {"minSeverity": "HIGH"}, MODERATOR, "safetyIncidents") as feed,
        live(services, notifications, None, parent, "notifications") as alerts,
    ):
        await asyncio.sleep(0.3)
        mark = await database.fetchval("SELECT coalesce(max(id), 0) FROM outbox")
        await services.conversations.send_child_message(
            device,
            conversation_id=conversation.id,
            content=CRITICAL_TEXT,
            client_message_id=client_id(),
        )
        incident = await feed.next()
        assert incident["conversation"]["id"] == str(
            relay.GlobalID("Conversation", str(conversation.id))
        )
        alert = await alerts.next()
        assert alert["kind"] == "INCIDENT_ALERT"

        async def all_published() -> bool:
            left = await database.fetchval(
                "SELECT count(*) FROM outbox WHERE id > $1 AND published_at IS NULL", mark
            )
            return left == 0

        await eventually(all_published, "the events are relayed")
        again = await database.execute(
            "UPDATE outbox SET published_at = NULL WHERE id > $1 "
            "AND kind IN ('incident_raised', 'notification_created')",
            mark,
        )
        assert again != "UPDATE 0"
        services.relay.nudge()
        await eventually(all_published, "the events are relayed again")
        await asyncio.gather(feed.quiet(0.7), alerts.quiet(0.1))
