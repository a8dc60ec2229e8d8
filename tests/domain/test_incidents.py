"""Incidents and parent notifications through the real send path, against real PostgreSQL."""

from __future__ import annotations

import uuid

import pytest

from domain.enums import Severity
from domain.errors import Forbidden, InvalidTransition, NotFound
from domain.incidents_model import Incident, IncidentFilter, IncidentStatus
from domain.model import Conversation
from domain.notifications_model import NotificationKind
from domain.paging import PageRequest
from domain.principal import Principal, Role
from graph.services import Services
from tests.factories import client_id, new_conversation, new_family

MODERATOR = Principal(role=Role.MODERATOR, subject="mod-ada")
ADMIN = Principal(role=Role.ADMIN, subject="admin-bo")
CRITICAL_TEXT = "I want to hurt myself"
LOW_TEXT = "you are stupid"
MEDIUM_TEXT = "I feel sad and lonely"
FIRST_20: PageRequest[int] = PageRequest(limit=20)


async def say(services: Services, device: Principal, conversation: Conversation, text: str) -> None:
    await services.conversations.send_child_message(
        device, conversation_id=conversation.id, content=text, client_message_id=client_id()
    )


async def incidents_of(services: Services, child_id: uuid.UUID) -> list[Incident]:
    page = await services.incidents.page(MODERATOR, IncidentFilter(child_id=child_id), FIRST_20)
    return page.items


async def test_a_critical_message_raises_an_incident_and_alerts_the_parent_at_once(
    services: Services,
) -> None:
    parent, child, device = await new_family(services)
    conversation = await new_conversation(services, device)
    await say(services, device, conversation, CRITICAL_TEXT)

    [incident] = await incidents_of(services, child.id)
    assert incident.severity is Severity.CRITICAL
    assert incident.status is IncidentStatus.OPEN and incident.hit_count == 1
    assert incident.seq > 0 and incident.parent_notified_at is not None

    [alert] = (await services.notifications.page(parent, FIRST_20)).items
    assert alert.kind is NotificationKind.INCIDENT_ALERT and alert.incident_id == incident.id
    assert "self-harm" in alert.body
    assert "hurt" not in (alert.title + alert.body).lower()

    rows = await services.database.engine.run_ddl(
        f"SELECT kind, payload FROM outbox WHERE topic = 'parent:{parent.subject}'"
    )
    assert [row["kind"] for row in rows] == ["notification_created"]


async def test_low_and_medium_incidents_wait_for_the_digest(services: Services) -> None:
    parent, child, device = await new_family(services)
    conversation = await new_conversation(services, device)
    await say(services, device, conversation, LOW_TEXT)
    await say(services, device, conversation, MEDIUM_TEXT)
    assert {i.severity for i in await incidents_of(services, child.id)} == {
        Severity.LOW,
        Severity.MEDIUM,
    }
    assert (await services.notifications.page(parent, FIRST_20)).items == []

    preview = await services.notifications.preview_digest(parent)
    assert preview is not None and len(preview.incident_ids) == 2
    assert "Mia" in preview.body and "unkind words" in preview.body
    assert "stupid" not in preview.body and "lonely" not in preview.body

    assert await services.notifications.send_digests() >= 1
    [digest] = (await services.notifications.page(parent, FIRST_20)).items
    assert digest.kind is NotificationKind.DIGEST and digest.incident_id is None
    assert digest.title == preview.title and digest.child_id == child.id
    assert await services.notifications.preview_digest(parent) is None
    await services.notifications.send_digests()
    assert len((await services.notifications.page(parent, FIRST_20)).items) == 1


async def test_repeats_in_one_conversation_fold_into_the_open_incident(
    services: Services,
) -> None:
    _, child, device = await new_family(services)
    conversation = await new_conversation(services, device)
    for _ in range(3):
        await say(services, device, conversation, LOW_TEXT)
    [incident] = await incidents_of(services, child.id)
    assert incident.hit_count == 3 and incident.last_seen_at is not None
    assert incident.last_seen_at > incident.created_at

    other = await new_conversation(services, device)
    await say(services, device, other, LOW_TEXT)
    assert len(await incidents_of(services, child.id)) == 2

    await services.incidents.resolve(MODERATOR, incident.id, "talked to the family")
    await say(services, device, conversation, LOW_TEXT)
    found = await incidents_of(services, child.id)
    assert len(found) == 3 and found[0].status is IncidentStatus.OPEN


async def test_who_sees_what(services: Services) -> None:
    parent, child, device = await new_family(services)
    stranger, _, _ = await new_family(services)
    conversation = await new_conversation(services, device)
    await say(services, device, conversation, CRITICAL_TEXT)
    [incident] = await incidents_of(services, child.id)

    assert (await services.incidents.get(parent, incident.id)).id == incident.id
    assert (await services.incidents.get(ADMIN, incident.id)).id == incident.id
    own = await services.incidents.page(parent, IncidentFilter(), FIRST_20)
    assert [i.id for i in own.items] == [incident.id]

    with pytest.raises(NotFound):
        await services.incidents.get(stranger, incident.id)
    nothing = await services.incidents.page(stranger, IncidentFilter(child_id=child.id), FIRST_20)
    assert nothing.items == []
    with pytest.raises(Forbidden):
        await services.incidents.page(device, IncidentFilter(), FIRST_20)
    with pytest.raises(Forbidden):
        await services.incidents.get(device, incident.id)
    with pytest.raises(Forbidden):
        await services.incidents.acknowledge(parent, incident.id)
    with pytest.raises(Forbidden):
        await services.incidents.resolve(parent, incident.id, "fine")


async def test_the_lifecycle_and_its_audit_trail(services: Services) -> None:
    _, child, device = await new_family(services)
    conversation = await new_conversation(services, device)
    await say(services, device, conversation, CRITICAL_TEXT)
    [incident] = await incidents_of(services, child.id)

    acked = await services.incidents.acknowledge(MODERATOR, incident.id)
    assert acked.status is IncidentStatus.ACKNOWLEDGED
    assert acked.acknowledged_by == "mod-ada" and acked.acknowledged_at is not None
    again = await services.incidents.acknowledge(ADMIN, incident.id)
    assert again.acknowledged_by == "mod-ada"

    assigned = await services.incidents.assign(ADMIN, incident.id, "mod-cy")
    assert assigned.assigned_to == "mod-cy"
    await services.incidents.add_note(MODERATOR, incident.id, "Called the parent.")
    notes = await services.incidents.notes([incident.id])
    assert [n.text for n in notes[incident.id]] == ["Called the parent."]

    resolved = await services.incidents.resolve(MODERATOR, incident.id, "Parent is handling it")
    assert resolved.status is IncidentStatus.RESOLVED and resolved.resolved_at is not None
    assert resolved.resolution == "Parent is handling it" and resolved.resolved_by == "mod-ada"
    with pytest.raises(InvalidTransition):
        await services.incidents.resolve(MODERATOR, incident.id, "again")
    with pytest.raises(InvalidTransition):
        await services.incidents.acknowledge(MODERATOR, incident.id)

    trail = await services.incidents.audit_trail(ADMIN, incident.id)
    assert [(e.action, e.actor_id) for e in trail] == [
        ("acknowledge", "mod-ada"),
        ("assign", "admin-bo"),
        ("add_note", "mod-ada"),
        ("resolve", "mod-ada"),
    ]
    assert trail[0].details == {"from": "open", "to": "acknowledged"}
    assert (await services.incidents.get(MODERATOR, incident.id)).status is IncidentStatus.RESOLVED


async def test_staff_reads_of_content_are_audited_and_parents_are_not(
    services: Services,
) -> None:
    parent, child, device = await new_family(services)
    conversation = await new_conversation(services, device)
    await say(services, device, conversation, CRITICAL_TEXT)
    [incident] = await incidents_of(services, child.id)

    by_parent = await services.incidents.messages_of(parent, [incident], with_content=True)
    assert by_parent[incident.id].content == CRITICAL_TEXT
    assert await services.incidents.audit_trail(ADMIN, incident.id) == []

    without = await services.incidents.messages_of(MODERATOR, [incident], with_content=False)
    assert without[incident.id].id == incident.message_id
    assert await services.incidents.audit_trail(ADMIN, incident.id) == []

    read = await services.incidents.messages_of(MODERATOR, [incident], with_content=True)
    assert read[incident.id].content == CRITICAL_TEXT
    [entry] = await services.incidents.audit_trail(ADMIN, incident.id)
    assert (entry.action, entry.actor_role, entry.actor_id) == (
        "read_message_content",
        "moderator",
        "mod-ada",
    )
    assert entry.details == {"messageId": str(incident.message_id)}


async def test_a_parent_marks_only_their_own_notifications_read(services: Services) -> None:
    parent, _, device = await new_family(services)
    other, _, other_device = await new_family(services)
    for dev in (device, other_device):
        await say(services, dev, await new_conversation(services, dev), CRITICAL_TEXT)
    [mine] = (await services.notifications.page(parent, FIRST_20)).items
    [theirs] = (await services.notifications.page(other, FIRST_20)).items

    assert await services.notifications.mark_read(parent, [mine.id, theirs.id, uuid.uuid4()]) == 1
    assert await services.notifications.mark_read(parent, [mine.id]) == 0
    [after] = (await services.notifications.page(parent, FIRST_20)).items
    assert after.read_at is not None
    [untouched] = (await services.notifications.page(other, FIRST_20)).items
    assert untouched.read_at is None
    with pytest.raises(Forbidden):
        await services.notifications.mark_read(MODERATOR, [mine.id])
