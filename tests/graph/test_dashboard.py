"""The parent Dashboard runs a constant number of SQL statements, however much it shows."""

from __future__ import annotations

from domain.principal import Principal
from graph.services import Services
from tests.conftest import GraphQLClient
from tests.factories import client_id, new_child, new_conversation, new_device, new_parent
from tests.graph.contract import contract_document
from tests.graph.test_contract import _single_operation


async def _family_with(services: Services, conversations: int, messages: int) -> Principal:
    parent = new_parent()
    for name in ("Mia", "Leo"):
        child = await new_child(services, parent, name=name)
        device, _ = await new_device(services, parent, child)
        for _ in range(conversations):
            conversation = await new_conversation(services, device)
            for n in range(messages // 2):
                await services.conversations.send_child_message(
                    device,
                    conversation_id=conversation.id,
                    content=f"I like number {n}",
                    client_message_id=client_id(),
                )
    return parent


async def _statements_for_dashboard(
    gql: GraphQLClient, services: Services, parent: Principal
) -> tuple[int, dict]:
    assert contract_document("parent")
    query = _single_operation("parent", "Dashboard")
    before = services.database.statements.total
    data = await gql.data(query, {"first": 10}, principal=parent)
    return services.database.statements.total - before, data


async def test_dashboard_statement_count_does_not_grow_with_data(
    gql: GraphQLClient, services: Services
) -> None:
    small = await _family_with(services, conversations=1, messages=2)
    large = await _family_with(services, conversations=10, messages=20)

    small_count, _ = await _statements_for_dashboard(gql, services, small)
    large_count, data = await _statements_for_dashboard(gql, services, large)

    children = data["me"]["children"]
    assert len(children) == 2
    for child in children:
        edges = child["conversations"]["edges"]
        assert len(edges) == 10
        assert all(len(e["node"]["messages"]["edges"]) == 20 for e in edges)
    assert large_count == small_count
    assert large_count <= 3, f"dashboard used {large_count} statements"
