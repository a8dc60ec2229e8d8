"""Incidents and notifications through GraphQL: the contract's operations, end to end."""

from __future__ import annotations

import uuid

from strawberry import relay

from domain.principal import Principal, Role
from graph.runtime import Runtime
from graph.services import Services
from tests.conftest import GraphQLClient
from tests.factories import client_id, new_conversation, new_family
from tests.graph.contract import contract_document
from tests.graph.test_contract import _single_operation

MODERATOR = Principal(role=Role.MODERATOR, subject="mod-graph")
CRITICAL_TEXT = "I want to hurt myself"

INCIDENT_WITH_MESSAGE = """
query($id: ID!) {
  node(id: $id) {
    ... on Incident {
      id hitCount assignedTo notes { text authorId }
      child { id ageGroup } conversation { id }
      message { id role content }
    }
  }
}
"""


async def _raise_critical(services: Services) -> tuple[Principal, Principal]:
    parent, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    await services.conversations.send_child_message(
        device,
        conversation_id=conversation.id,
        content=CRITICAL_TEXT,
        client_message_id=client_id(),
    )
    return parent, device


async def test_moderator_and_parent_operations_run_the_contract(
    gql: GraphQLClient, services: Services
) -> None:
    assert "OpenIncidents" in contract_document("moderator")
    parent, _ = await _raise_critical(services)

    async def run(client: str, name: str, variables: dict, principal: Principal) -> dict:
        result = await gql.execute(_single_operation(client, name), variables, principal=principal)
        assert result.errors is None, [e.formatted for e in result.errors]
        return result.data

    notes = (await run("parent", "Notifications", {"first": 10}, parent))["notifications"]
    [alert] = [edge["node"] for edge in notes["edges"]]
    assert alert["kind"] == "INCIDENT_ALERT" and alert["readAt"] is None
    assert alert["incident"]["severity"] == "CRITICAL"
    assert alert["incident"]["categories"] == ["SELF_HARM"]
    incident_id = alert["incident"]["id"]

    open_page = (await run("moderator", "OpenIncidents", {"first": 100}, MODERATOR))["incidents"]
    listed = [edge["node"] for edge in open_page["edges"]]
    assert incident_id in [node["id"] for node in listed]
    assert all(node["status"] == "OPEN" for node in listed)
    seqs = [edge["cursor"] for edge in open_page["edges"]]
    assert len(set(seqs)) == len(seqs)

    acked = (await run("moderator", "AcknowledgeIncident", {"id": incident_id}, MODERATOR))[
        "acknowledgeIncident"
    ]["incident"]
    assert acked["status"] == "ACKNOWLEDGED" and acked["acknowledgedAt"]
    first_page = (await run("moderator", "OpenIncidents", {"first": 100}, MODERATOR))["incidents"]
    assert incident_id not in [edge["node"]["id"] for edge in first_page["edges"]]

    await gql.data(
        'mutation($id: ID!) { assignIncident(input: {id: $id, moderatorId: "mod-2"}) '
        '{ incident { assignedTo } } addIncidentNote(input: {id: $id, text: "On it"}) '
        "{ incident { id } } }",
        {"id": incident_id},
        principal=MODERATOR,
    )
    resolved = (
        await run(
            "moderator",
            "ResolveIncident",
            {"id": incident_id, "resolution": "Parent called back"},
            MODERATOR,
        )
    )["resolveIncident"]["incident"]
    assert resolved["status"] == "RESOLVED" and resolved["resolvedAt"]
    assert resolved["resolution"] == "Parent called back"

    detail = (await gql.data(INCIDENT_WITH_MESSAGE, {"id": incident_id}, principal=MODERATOR))[
        "node"
    ]
    assert detail["message"]["content"] == CRITICAL_TEXT and detail["message"]["role"] == "CHILD"
    assert detail["assignedTo"] == "mod-2" and detail["notes"][0]["text"] == "On it"
    assert detail["child"]["ageGroup"] and detail["conversation"]["id"]
    trail = await services.incidents.audit_trail(MODERATOR, uuid.UUID(_node_id(incident_id)))
    assert [e.action for e in trail] == [
        "acknowledge",
        "assign",
        "add_note",
        "resolve",
        "read_message_content",
    ]

    marked = await run("parent", "MarkNotificationsRead", {"ids": [alert["id"]]}, parent)
    assert marked["markNotificationsRead"]["updated"] == 1
    again = await run("parent", "Notifications", {"first": 10}, parent)
    assert again["notifications"]["edges"][0]["node"]["readAt"]


def _node_id(global_id: str) -> str:
    return relay.GlobalID.from_id(global_id).node_id


async def test_staff_cannot_page_a_transcript_through_an_incident(
    gql: GraphQLClient, services: Services
) -> None:
    await _raise_critical(services)
    result = await gql.execute(
        "{ incidents(first: 1) { edges { node { conversation { messages(first: 5) "
        "{ edges { node { content } } } } } } } }",
        principal=MODERATOR,
    )
    assert result.errors and result.errors[0].extensions["code"] == "FORBIDDEN"


async def test_a_device_and_a_stranger_see_no_incidents(
    gql: GraphQLClient, services: Services
) -> None:
    _, device = await _raise_critical(services)
    result = await gql.execute(
        "{ incidents(first: 5) { edges { node { id } } } }", principal=device
    )
    assert result.errors and result.errors[0].extensions["code"] == "FORBIDDEN"
    stranger, _, _ = await new_family(services)
    data = await gql.data("{ incidents(first: 5) { edges { node { id } } } }", principal=stranger)
    assert data["incidents"]["edges"] == []
    capped = await gql.execute(
        "{ incidents(first: 101) { edges { cursor } } }", principal=MODERATOR
    )
    assert capped.errors and capped.errors[0].extensions["code"] == "VALIDATION_ERROR"


async def test_the_runtime_digest_job_sends_waiting_low_incidents(
    gql: GraphQLClient, services: Services, runtime: Runtime
) -> None:
    parent, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    await services.conversations.send_child_message(
        device, conversation_id=conversation.id, content="you are stupid", client_message_id="x"
    )
    preview = await gql.data(
        "{ notificationDigest { title body incidentCount categories { category count } } }",
        principal=parent,
    )
    assert preview["notificationDigest"]["incidentCount"] == 1
    assert preview["notificationDigest"]["categories"] == [{"category": "INSULT", "count": 1}]
    assert runtime.digest is not None
    assert await runtime.digest.run_once() >= 1
    data = await gql.data(
        "{ notifications(first: 5) { edges { node { kind body } } } }", principal=parent
    )
    [digest] = [edge["node"] for edge in data["notifications"]["edges"]]
    assert digest["kind"] == "DIGEST" and "stupid" not in digest["body"]
    after = await gql.data("{ notificationDigest { title } }", principal=parent)
    assert after["notificationDigest"] is None
