"""Every client operation validates against the schema unchanged and does what it says."""

from __future__ import annotations

import uuid

import pytest
from graphql import OperationDefinitionNode, parse, print_ast, validate

from domain.principal import Principal, Role
from graph.schema import schema
from graph.services import Services
from tests.conftest import GraphQLClient
from tests.factories import new_parent
from tests.graph.contract import CONTRACT_DIR, contract_document, operation_names

pytestmark = pytest.mark.skipif(
    not CONTRACT_DIR.is_dir(), reason=f"client contract not found at {CONTRACT_DIR}"
)

# Operations that later issues bring; each must start passing (strict xfail) when they land.
PENDING: dict[str, str] = {}


def _single_operation(client: str, name: str) -> str:
    document = parse(contract_document(client))
    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode) and definition.name.value == name:
            return print_ast(definition)
    raise LookupError(name)


CASES = [
    pytest.param(
        client,
        name,
        marks=[pytest.mark.xfail(strict=True, reason=PENDING[name])] if name in PENDING else [],
        id=f"{client}:{name}",
    )
    for client in ("device", "parent", "moderator")
    if (CONTRACT_DIR / f"{client}.graphql").exists()
    for name in operation_names(client)
]


@pytest.mark.parametrize(("client", "name"), CASES)
def test_operation_validates_against_the_schema(client: str, name: str) -> None:
    errors = validate(schema._schema, parse(_single_operation(client, name)))
    assert errors == [], [e.message for e in errors]


async def test_parent_and_device_flow_runs_the_contract(
    gql: GraphQLClient, services: Services
) -> None:
    parent = new_parent()

    async def run(client: str, name: str, variables: dict, principal: Principal) -> dict:
        result = await gql.execute(_single_operation(client, name), variables, principal=principal)
        assert result.errors is None, [e.formatted for e in result.errors]
        return result.data

    child = (await run("parent", "RegisterChild", {"displayName": "Mia", "age": 6}, parent))[
        "registerChild"
    ]["child"]
    assert child["displayName"] == "Mia" and child["age"] == 6 and child["ageGroup"]

    paired = (await run("parent", "PairDevice", {"childId": child["id"], "name": "Bear"}, parent))[
        "pairDevice"
    ]
    assert paired["deviceToken"].startswith("tdy_")
    device_record = await services.children.authenticate_device(paired["deviceToken"])
    assert device_record is not None
    device = Principal(
        role=Role.DEVICE, subject=str(device_record.id), child_id=device_record.child_id
    )

    started = (await run("device", "StartConversation", {"interactionType": "STORY"}, device))[
        "startConversation"
    ]["conversation"]
    assert started["status"] == "ACTIVE" and started["interactionType"] == "STORY"

    sent = (
        await run(
            "device",
            "SendMessage",
            {
                "conversationId": started["id"],
                "content": "Tell me a story about a fox",
                "clientMessageId": str(uuid.uuid4()),
            },
            device,
        )
    )["sendMessage"]
    assert sent["childMessage"]["role"] == "CHILD"
    assert sent["childMessage"]["safety"]["level"] in ("SAFE", "MINOR")
    assert sent["reply"]["role"] == "TEDDY" and sent["reply"]["content"]

    dashboard = (await run("parent", "Dashboard", {"first": 10}, parent))["me"]
    conversations = dashboard["children"][0]["conversations"]["edges"]
    assert conversations[0]["node"]["id"] == started["id"]
    assert conversations[0]["node"]["messageCount"] == 2
    messages = conversations[0]["node"]["messages"]["edges"]
    assert [m["node"]["role"] for m in messages] == ["CHILD", "TEDDY"]

    page = (await run("parent", "Conversation", {"id": started["id"], "first": 1}, parent))[
        "conversation"
    ]
    assert page["child"]["id"] == child["id"]
    assert len(page["messages"]["edges"]) == 1 and page["messages"]["pageInfo"]["hasNextPage"]
    rest = (
        await run(
            "parent",
            "Conversation",
            {"id": started["id"], "first": 5, "after": page["messages"]["pageInfo"]["endCursor"]},
            parent,
        )
    )["conversation"]["messages"]
    assert [e["node"]["role"] for e in rest["edges"]] == ["TEDDY"]
    assert rest["pageInfo"]["hasNextPage"] is False

    ended = (await run("device", "EndConversation", {"id": started["id"]}, device))[
        "endConversation"
    ]["conversation"]
    assert ended["status"] == "ENDED" and ended["endedAt"]

    archived = (await run("parent", "ArchiveConversation", {"id": started["id"]}, parent))[
        "archiveConversation"
    ]["conversation"]
    assert archived["status"] == "ARCHIVED"

    revoked = (await run("parent", "RevokeDevice", {"id": paired["device"]["id"]}, parent))[
        "revokeDevice"
    ]["device"]
    assert revoked["revokedAt"]
    assert await services.children.authenticate_device(paired["deviceToken"]) is None
