"""Errors carry extensions { code, details, traceId } and never leak internals."""

from __future__ import annotations

from domain.principal import Principal, Role
from graph.services import Services
from tests.conftest import GraphQLClient
from tests.factories import new_conversation, new_family, new_parent

SEND = """
mutation($id: ID!, $content: String!, $cid: String!) {
  sendMessage(input: {conversationId: $id, content: $content, clientMessageId: $cid}) {
    childMessage { id }
  }
}
"""


def only_error(result) -> dict:  # type: ignore[no-untyped-def]
    assert result.errors is not None and len(result.errors) == 1
    return result.errors[0].formatted


async def test_validation_error_names_the_field(gql: GraphQLClient, services: Services) -> None:
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    from graph.ids import global_id

    result = await gql.execute(
        SEND,
        {"id": global_id("Conversation", conversation.id), "content": "   ", "cid": "a"},
        principal=device,
    )
    error = only_error(result)
    assert error["extensions"]["code"] == "VALIDATION_ERROR"
    assert error["extensions"]["details"]["field"] == "content"
    assert error["extensions"]["traceId"]


async def test_bad_global_id_is_a_validation_error(gql: GraphQLClient, services: Services) -> None:
    _, _, device = await new_family(services)
    result = await gql.execute(
        SEND, {"id": "not-an-id", "content": "hi", "cid": "a"}, principal=device
    )
    error = only_error(result)
    assert error["extensions"]["code"] == "VALIDATION_ERROR"
    assert error["extensions"]["details"]["field"] == "conversationId"


async def test_anonymous_caller_is_unauthenticated(gql: GraphQLClient) -> None:
    result = await gql.execute("{ me { __typename } }")
    assert only_error(result)["extensions"]["code"] == "UNAUTHENTICATED"


async def test_wrong_role_is_forbidden(gql: GraphQLClient) -> None:
    result = await gql.execute(
        "mutation { startConversation(input: {interactionType: CHAT}) { conversation { id } } }",
        principal=new_parent(),
    )
    assert only_error(result)["extensions"]["code"] == "FORBIDDEN"


async def test_someone_elses_conversation_is_not_found(
    gql: GraphQLClient, services: Services
) -> None:
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    from graph.ids import global_id

    result = await gql.execute(
        "query($id: ID!) { conversation(id: $id) { id } }",
        {"id": global_id("Conversation", conversation.id)},
        principal=new_parent(),
    )
    assert only_error(result)["extensions"]["code"] == "CONVERSATION_NOT_FOUND"
    node = await gql.execute(
        "query($id: ID!) { node(id: $id) { id } }",
        {"id": global_id("Conversation", conversation.id)},
        principal=new_parent(),
    )
    assert node.errors is None and node.data == {"node": None}


async def test_page_size_is_capped(gql: GraphQLClient, services: Services) -> None:
    parent, child, _ = await new_family(services)
    from graph.ids import global_id

    result = await gql.execute(
        "query($id: ID!) { child(id: $id) { conversations(first: 101) { edges { cursor } } } }",
        {"id": global_id("Child", child.id)},
        principal=parent,
    )
    error = only_error(result)
    assert error["extensions"]["code"] == "VALIDATION_ERROR"
    assert error["extensions"]["details"]["field"] == "first"


async def test_graphql_validation_failures_have_a_code(gql: GraphQLClient) -> None:
    result = await gql.execute("{ noSuchField }", principal=Principal(Role.ADMIN, "a"))
    assert only_error(result)["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    parse = await gql.execute("{ me { ", principal=Principal(Role.ADMIN, "a"))
    assert only_error(parse)["extensions"]["code"] == "GRAPHQL_PARSE_FAILED"
