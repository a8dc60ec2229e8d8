"""The Dashboard's batched reads: each conversation's last messages, in order, only the
caller's own children, and pages that still page."""

from __future__ import annotations

from domain.principal import Principal
from graph.ids import decode_uuid
from graph.services import Services
from tests.conftest import GraphQLClient
from tests.factories import client_id, new_child, new_conversation, new_device, new_parent
from tests.graph.test_contract import _single_operation

PAGE = """
query Page($first: Int!, $after: String, $last: Int!) {
  me { ... on Parent { children { id conversations(first: $first, after: $after) {
    edges { cursor node { id messages(last: $last) { edges { node { id content } } } } }
    pageInfo { hasNextPage endCursor }
  } } } }
}
"""


async def _family(
    services: Services, conversations: int, exchanges: int, names: tuple[str, ...] = ("Mia", "Leo")
) -> tuple[Principal, dict[str, list[str]]]:
    """A parent with a child of each name, each with `conversations` of `exchanges`
    exchanges; the ids of each conversation's messages in order of sequence."""
    parent = new_parent()
    transcripts: dict[str, list[str]] = {}
    for name in names:
        child = await new_child(services, parent, name=name)
        device, _ = await new_device(services, parent, child)
        for _ in range(conversations):
            conversation = await new_conversation(services, device)
            for n in range(exchanges):
                await services.conversations.send_child_message(
                    device,
                    conversation_id=conversation.id,
                    content=f"{name} says {n}",
                    client_message_id=client_id(),
                )
            stored = await services.repositories.messages.recent(conversation.id, 1000)
            transcripts[str(conversation.id)] = [str(m.id) for m in stored]
    return parent, transcripts


def _uuid_of(global_id: str, type_name: str) -> str:
    return str(decode_uuid("id", global_id, type_name))


async def test_each_conversation_shows_its_own_last_messages_in_order(
    gql: GraphQLClient, services: Services
) -> None:
    parent, transcripts = await _family(services, conversations=3, exchanges=12)
    other, _ = await _family(services, conversations=1, exchanges=1)

    data = await gql.data(_single_operation("parent", "Dashboard"), {"first": 10}, principal=parent)

    shown: dict[str, list[str]] = {}
    for child in data["me"]["children"]:
        for edge in child["conversations"]["edges"]:
            node = edge["node"]
            messages = [m["node"] for m in node["messages"]["edges"]]
            shown[_uuid_of(node["id"], "Conversation")] = [
                _uuid_of(m["id"], "Message") for m in messages
            ]
    assert set(shown) == set(transcripts)  # all three of each child, nobody else's
    for conversation_id, ids in shown.items():
        assert len(transcripts[conversation_id]) == 24
        assert ids == transcripts[conversation_id][-20:]

    data = await gql.data(_single_operation("parent", "Dashboard"), {"first": 10}, principal=other)
    others = {
        _uuid_of(edge["node"]["id"], "Conversation")
        for child in data["me"]["children"]
        for edge in child["conversations"]["edges"]
    }
    assert len(others) == 2 and not others & set(transcripts)


async def test_conversation_pages_page_and_message_pages_follow(
    gql: GraphQLClient, services: Services
) -> None:
    parent, transcripts = await _family(services, conversations=3, exchanges=3, names=("Mia",))
    seen: list[tuple[str, list[str]]] = []
    after: str | None = None
    for expected_next in (True, False):
        data = await gql.data(PAGE, {"first": 2, "after": after, "last": 4}, principal=parent)
        (child,) = data["me"]["children"]
        page = child["conversations"]
        assert page["pageInfo"]["hasNextPage"] is expected_next
        after = page["pageInfo"]["endCursor"]
        for edge in page["edges"]:
            node = edge["node"]
            messages = [_uuid_of(m["node"]["id"], "Message") for m in node["messages"]["edges"]]
            seen.append((_uuid_of(node["id"], "Conversation"), messages))
    assert len(seen) == 3
    assert {conversation_id for conversation_id, _ in seen} == set(transcripts)
    for conversation_id, ids in seen:
        assert ids == transcripts[conversation_id][-4:]
