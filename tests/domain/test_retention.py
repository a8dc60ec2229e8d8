"""The retention purge removes exactly what each child's retention period says, keeps what the
legal hold needs, and leaves a receipt and audit rows."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from uuid import UUID

import pytest

from domain.errors import DomainError, NotFound, ValidationFailed
from domain.incidents_model import Incident
from domain.model import Child, Conversation
from domain.principal import Principal, Role
from graph.services import Services
from tests.factories import client_id, new_child, new_conversation, new_device, new_parent

CRITICAL_TEXT = "I want to kill myself"
RUDE_TEXT = "you are a stupid idiot"
MODERATOR = Principal(role=Role.MODERATOR, subject="mod-retention")


async def sql(services: Services, statement: str, *args: Any) -> list[Any]:
    assert services.database.pool is not None
    return list(await services.database.pool.fetch(statement, *args))


async def say(services: Services, device: Principal, conversation: Conversation, text: str) -> None:
    await services.conversations.send_child_message(
        device, conversation_id=conversation.id, content=text, client_message_id=client_id()
    )


async def age_conversation(services: Services, conversation_id: UUID, days: int) -> None:
    """Move a whole conversation (messages, incidents, times) `days` into the past."""
    shift = timedelta(days=days)
    await sql(
        services,
        "UPDATE message SET created_at = created_at - $2::interval WHERE conversation_id = $1",
        conversation_id,
        shift,
    )
    await sql(
        services,
        "UPDATE conversation SET started_at = started_at - $2::interval, "
        "ended_at = ended_at - $2::interval WHERE id = $1",
        conversation_id,
        shift,
    )
    await sql(
        services,
        "UPDATE incident SET created_at = created_at - $2::interval, "
        "last_seen_at = last_seen_at - $2::interval WHERE conversation_id = $1",
        conversation_id,
        shift,
    )


async def incidents_of(services: Services, child: Child) -> list[Incident]:
    rows = await sql(services, "SELECT id FROM incident WHERE child_id = $1", child.id)
    found = await services.repositories.incidents.get_many([r["id"] for r in rows])
    return list(found.values())


async def message_count(services: Services, conversation_id: UUID) -> int:
    rows = await sql(
        services, "SELECT count(*) AS n FROM message WHERE conversation_id = $1", conversation_id
    )
    return int(rows[0]["n"])


async def test_retention_is_set_at_registration_and_changed_within_bounds(
    services: Services,
) -> None:
    parent = new_parent()
    child = await services.children.register_child(
        parent, display_name="Lea", age=5, parental_consent=True, retention_days=30
    )
    assert child.retention_days == 30
    assert (await services.children.get_child(parent, child.id)).retention_days == 30
    assert (await new_child(services, parent)).retention_days == 90
    with pytest.raises(ValidationFailed):
        await services.children.register_child(
            parent, display_name="Lea", age=5, parental_consent=True, retention_days=400
        )

    changed = await services.retention.set_retention(parent, child.id, 7)
    assert changed.retention_days == 7
    for days in (0, 366):
        with pytest.raises(ValidationFailed):
            await services.retention.set_retention(parent, child.id, days)
    with pytest.raises(NotFound):
        await services.retention.set_retention(new_parent(), child.id, 10)
    with pytest.raises(DomainError):
        await services.retention.set_retention(MODERATOR, child.id, 10)
    audit = await services.repositories.audit.entries_for("child", str(child.id))
    assert [(e.action, e.details) for e in audit] == [("set_retention", {"from": 30, "to": 7})]


async def test_purge_removes_exactly_what_retention_says_and_keeps_held_evidence(
    services: Services,
) -> None:
    parent = new_parent()
    child = await services.children.register_child(
        parent, display_name="Tom", age=8, parental_consent=True, retention_days=30
    )
    device, _ = await new_device(services, parent, child)
    # An old, ended conversation with a critical and a minor incident: all of it is past 30 days.
    old = await new_conversation(services, device)
    await say(services, device, old, "I like trains")
    await say(services, device, old, CRITICAL_TEXT)
    await say(services, device, old, RUDE_TEXT)
    await services.conversations.end(device, old.id)
    await age_conversation(services, old.id, 40)
    # A live conversation: one old exchange, one new one.
    live = await new_conversation(services, device)
    await say(services, device, live, "what do owls eat")
    await age_conversation(services, live.id, 40)
    await say(services, device, live, "tell me about the moon")
    # Another family's child, 90 days retention, with messages 40 days old: all stay.
    other_parent = new_parent()
    other = await new_child(services, other_parent)
    other_device, _ = await new_device(services, other_parent, other)
    other_conversation = await new_conversation(services, other_device)
    await say(services, other_device, other_conversation, "I like trains too")
    await age_conversation(services, other_conversation.id, 40)

    incidents = await incidents_of(services, child)
    critical = [i for i in incidents if i.severity.value == "critical"]
    minor = [i for i in incidents if i.severity.value != "critical"]
    assert len(critical) == 1 and minor, [(i.severity, i.categories) for i in incidents]
    held = critical[0]
    held_text = (await services.repositories.messages.get(held.message_id)).content

    preview = await services.retention.purge(dry_run=True)
    planned = preview.for_child(child.id)
    assert planned is not None and preview.for_child(other.id) is None
    assert await message_count(services, old.id) == 6  # a dry run deletes nothing

    receipt = await services.retention.purge(batch_size=2)
    done = receipt.for_child(child.id)
    assert done is not None and receipt.for_child(other.id) is None
    assert (done.messages, done.conversations, done.incidents, done.evidence_kept) == (
        8,
        1,
        len(minor),
        1,
    )
    assert (planned.messages, planned.conversations, planned.incidents) == (8, 1, len(minor))

    # The old conversation is gone, the live one keeps its new exchange, the other child all.
    assert await services.repositories.conversations.get(old.id) is None
    assert await message_count(services, live.id) == 2
    assert await services.repositories.conversations.get(live.id) is not None
    assert await message_count(services, other_conversation.id) == 2
    # The held incident survives with a sealed copy of its message, readable by a moderator.
    assert [i.id for i in await incidents_of(services, child)] == [held.id]
    assert await services.repositories.messages.get(held.message_id) is None
    raw = await sql(
        services, "SELECT content FROM incident_evidence WHERE message_id = $1", held.message_id
    )
    assert raw[0]["content"].startswith("enc1:") and held_text not in raw[0]["content"]
    evidence = await services.incidents.messages_of(MODERATOR, [held], with_content=True)
    assert evidence[held.id].content == held_text
    # One audit row for the child, with the receipt's counts.
    audit = [
        e
        for e in await services.repositories.audit.entries_for("child", str(child.id))
        if e.action == "retention_purge"
    ]
    assert len(audit) == 1 and audit[0].actor_role == "system"
    assert audit[0].details["messages"] == 8 and audit[0].details["conversations"] == 1
    assert audit[0].details["retentionDays"] == 30
    # A second run finds nothing more of this child.
    assert (await services.retention.purge()).for_child(child.id) is None

    # A year on, the hold has run out: the incident and its evidence go too.
    await sql(
        services,
        "UPDATE incident SET created_at = created_at - interval '400 days', "
        "last_seen_at = last_seen_at - interval '400 days' WHERE id = $1",
        held.id,
    )
    expired = await services.retention.purge()
    assert expired.for_child(child.id) is not None
    assert await incidents_of(services, child) == []
    assert (
        await sql(services, "SELECT 1 FROM incident_evidence WHERE child_id = $1", child.id) == []
    )
    assert await message_count(services, live.id) == 2
