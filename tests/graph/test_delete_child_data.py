"""deleteChildData: a parent's own child only, one transaction, a receipt with counts, nothing of
the child left but incidents under legal hold and their sealed evidence."""

from __future__ import annotations

from typing import Any

import pytest

from domain.errors import Forbidden, NotFound
from domain.principal import Principal, Role
from graph.ids import global_id
from graph.services import Services
from tests.conftest import GraphQLClient
from tests.domain.test_retention import CRITICAL_TEXT, RUDE_TEXT, incidents_of, say, sql
from tests.factories import (
    client_id,
    new_child,
    new_conversation,
    new_device,
    new_family,
    new_parent,
)

DELETE = """
mutation DeleteChildData($childId: ID!) {
  deleteChildData(childId: $childId) {
    deletedConversations deletedMessages deletedDevices heldIncidents
  }
}
"""
# Kept on purpose: the audit trail (ids and counts, no content), the outbox's published event
# ids, and the held incidents with their evidence (checked separately below).
_KEPT_TABLES = {"audit_log", "outbox", "incident", "incident_evidence", "piccolo_migration"}


async def _tables_mentioning(services: Services, needle: str) -> list[str]:
    columns = await sql(
        services,
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'public' AND data_type IN "
        "('uuid', 'text', 'character varying', 'jsonb', 'json', 'ARRAY')",
    )
    found = []
    for column in columns:
        table, name = column["table_name"], column["column_name"]
        if table in _KEPT_TABLES:
            continue
        rows = await sql(
            services,
            f'SELECT count(*) AS n FROM "{table}" WHERE "{name}"::text LIKE $1',
            f"%{needle}%",
        )
        if rows[0]["n"]:
            found.append(f"{table}.{name}")
    return found


def _code(result: Any) -> str:
    assert result.errors, result.data
    return str(result.errors[0].extensions["code"])


async def test_delete_child_data_removes_everything_but_the_legal_hold(
    gql: GraphQLClient, services: Services
) -> None:
    parent = new_parent()
    child = await new_child(services, parent, name="Zed")
    device, token = await new_device(services, parent, child)
    await new_device(services, parent, child)
    first = await new_conversation(services, device)
    await say(services, device, first, "I like trains")
    await say(services, device, first, CRITICAL_TEXT)
    await say(services, device, first, RUDE_TEXT)
    second = await new_conversation(services, device)
    await say(services, device, second, "tell me a story")
    incidents = await incidents_of(services, child)
    held = [i for i in incidents if i.severity.value == "critical"]
    assert len(held) == 1 and len(incidents) > 1
    held_text = (await services.repositories.messages.get(held[0].message_id)).content
    child_gid = global_id("Child", child.id)

    # Strangers learn nothing: another parent, a device, staff.
    stranger = await gql.execute(DELETE, {"childId": child_gid}, principal=new_parent())
    assert _code(stranger) == "CHILD_NOT_FOUND"
    assert _code(await gql.execute(DELETE, {"childId": child_gid}, principal=device)) == "FORBIDDEN"
    moderator = Principal(role=Role.MODERATOR, subject="mod-delete")
    assert _code(await gql.execute(DELETE, {"childId": child_gid}, principal=moderator)) == (
        "FORBIDDEN"
    )
    assert await services.children.get_child(parent, child.id) is not None
    before = await _tables_mentioning(services, str(child.id))
    assert {"child.id", "device.child_id", "conversation.child_id"} <= set(before), before

    data = await gql.data(DELETE, {"childId": child_gid}, principal=parent)
    assert data["deleteChildData"] == {
        "deletedConversations": 2,
        "deletedMessages": 8,
        "deletedDevices": 2,
        "heldIncidents": 1,
    }

    # Nothing of the child is left anywhere but in what the hold keeps...
    assert await _tables_mentioning(services, str(child.id)) == []
    for conversation in (first, second):
        assert await _tables_mentioning(services, str(conversation.id)) == []
        for key in (f"conversation:{conversation.id}", f"context:{conversation.id}"):
            assert not await services.redis.exists(key)
    assert [i.id for i in await incidents_of(services, child)] == [held[0].id]
    evidence = await sql(
        services, "SELECT message_id FROM incident_evidence WHERE child_id = $1", child.id
    )
    assert [r["message_id"] for r in evidence] == [held[0].message_id]
    read = await services.incidents.messages_of(moderator, held, with_content=True)
    assert read[held[0].id].content == held_text
    assert await services.children.authenticate_device(token) is None

    # ...the deletion is audited, and a second request finds nothing.
    audit = await services.repositories.audit.entries_for("child", str(child.id))
    assert [e.action for e in audit] == ["delete_child_data"]
    assert audit[0].actor_id == parent.subject
    assert audit[0].details["messages"] == 8 and audit[0].details["heldIncidents"] == 1
    again = await gql.execute(DELETE, {"childId": child_gid}, principal=parent)
    assert _code(again) == "CHILD_NOT_FOUND"


async def test_set_retention_mutation(gql: GraphQLClient, services: Services) -> None:
    parent = new_parent()
    registered = await gql.data(
        'mutation { registerChild(input: {displayName: "Ada", age: 9, parentalConsent: true,'
        " retentionDays: 14}) { child { id retentionDays } } }",
        principal=parent,
    )
    child = registered["registerChild"]["child"]
    assert child["retentionDays"] == 14
    mutation = (
        "mutation($id: ID!, $days: Int!) { setRetention(childId: $id, days: $days) "
        "{ child { id retentionDays } } }"
    )
    changed = await gql.data(mutation, {"id": child["id"], "days": 200}, principal=parent)
    assert changed["setRetention"]["child"] == {"id": child["id"], "retentionDays": 200}
    too_long = await gql.execute(mutation, {"id": child["id"], "days": 366}, principal=parent)
    assert _code(too_long) == "VALIDATION_ERROR"
    stranger = await gql.execute(mutation, {"id": child["id"], "days": 5}, principal=new_parent())
    assert _code(stranger) == "CHILD_NOT_FOUND"


async def test_a_parent_deletes_one_conversation_and_a_held_incident_keeps_its_evidence(
    services: Services,
) -> None:
    parent, _, device = await new_family(services)
    kept = await new_conversation(services, device)
    doomed = await new_conversation(services, device)
    for conversation in (kept, doomed):
        await services.conversations.send_child_message(
            device,
            conversation_id=conversation.id,
            content="I like owls",
            client_message_id=client_id(),
        )
    critical = await services.conversations.send_child_message(
        device,
        conversation_id=doomed.id,
        content="I want to hurt myself",
        client_message_id=client_id(),
    )
    with pytest.raises(NotFound):
        await services.retention.delete_conversation(new_parent(), doomed.id)
    with pytest.raises(Forbidden):
        await services.retention.delete_conversation(device, doomed.id)

    deleted = await services.retention.delete_conversation(parent, doomed.id)

    assert deleted.messages == 4 and deleted.held_incidents == 1
    engine = services.database.engine
    left = await engine.run_ddl(
        f"SELECT count(*) AS n FROM message WHERE conversation_id = '{doomed.id}'"
    )
    assert left[0]["n"] == 0
    assert await services.repositories.conversations.get(doomed.id) is None
    assert (await services.repositories.conversations.get(kept.id)) is not None
    evidence = await engine.run_ddl(
        "SELECT count(*) AS n FROM incident_evidence "
        f"WHERE message_id = '{critical.child_message.id}'"
    )
    assert evidence[0]["n"] == 1
    audit = await engine.run_ddl(
        f"SELECT count(*) AS n FROM audit_log WHERE action = 'delete_conversation' "
        f"AND entity_id = '{doomed.id}'"
    )
    assert audit[0]["n"] == 1
