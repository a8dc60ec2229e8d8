"""Per child and per device message limits on the send path, and over GraphQL."""

from __future__ import annotations

import pytest

from domain.errors import RateLimited
from graph.ids import global_id
from graph.services import Services
from persistence.rate_limiter import RedisRateLimiter
from persistence.redis_client import connect_redis
from tests.conftest import GraphQLClient
from tests.domain.test_conversations import _with_limit
from tests.e2e.server import free_port
from tests.factories import client_id, new_conversation, new_device, new_family

SEND = """
mutation($id: ID!, $cid: String!) {
  sendMessage(input: {conversationId: $id, content: "Hello teddy", clientMessageId: $cid}) {
    childMessage { id } replayed
  }
}
"""


async def _send(services: Services, device, conversation_id, cid: str | None = None):
    return await services.conversations.send_child_message(
        device,
        conversation_id=conversation_id,
        content="Hi teddy",
        client_message_id=cid or client_id(),
    )


async def test_a_child_over_the_limit_is_rate_limited_with_a_wait(services: Services) -> None:
    limited = _with_limit(services, 100, rate_limit=2)
    _, _, device = await new_family(limited)
    conversation = await new_conversation(limited, device)
    await _send(limited, device, conversation.id)
    await _send(limited, device, conversation.id)
    with pytest.raises(RateLimited) as caught:
        await _send(limited, device, conversation.id)
    assert caught.value.code == "RATE_LIMITED"
    assert caught.value.details["retryAfterSeconds"] > 0


async def test_replays_of_one_client_message_id_cost_no_budget(services: Services) -> None:
    limited = _with_limit(services, 100, rate_limit=2)
    _, _, device = await new_family(limited)
    conversation = await new_conversation(limited, device)
    first = await _send(limited, device, conversation.id, "same")
    for _ in range(5):
        again = await _send(limited, device, conversation.id, "same")
        assert again.replayed and again.child_message.id == first.child_message.id
    await _send(limited, device, conversation.id)
    with pytest.raises(RateLimited):
        await _send(limited, device, conversation.id)


async def test_the_child_limit_holds_across_the_childs_devices(services: Services) -> None:
    limited = _with_limit(services, 100, rate_limit=2)
    parent, child, first_device = await new_family(limited)
    second_device, _ = await new_device(limited, parent, child)
    await _send(limited, first_device, (await new_conversation(limited, first_device)).id)
    await _send(limited, second_device, (await new_conversation(limited, second_device)).id)
    with pytest.raises(RateLimited):
        await _send(limited, second_device, (await new_conversation(limited, second_device)).id)


async def test_graphql_reports_rate_limited_with_retry_after(services: Services) -> None:
    limited = _with_limit(services, 100, rate_limit=1)
    gql = GraphQLClient(limited)
    _, _, device = await new_family(limited)
    conversation = await new_conversation(limited, device)
    variables = {"id": global_id("Conversation", conversation.id), "cid": client_id()}
    assert (await gql.execute(SEND, variables, principal=device)).errors is None
    result = await gql.execute(SEND, {**variables, "cid": client_id()}, principal=device)
    assert result.errors is not None
    extensions = result.errors[0].extensions
    assert extensions["code"] == "RATE_LIMITED"
    assert extensions["details"]["retryAfterSeconds"] > 0
    replay = await gql.execute(SEND, variables, principal=device)
    assert replay.errors is None and replay.data["sendMessage"]["replayed"]


async def test_messages_still_flow_when_the_limiter_cannot_reach_redis(
    services: Services,
) -> None:
    dead = connect_redis(f"redis://127.0.0.1:{free_port()}/0", pool_size=2, socket_timeout=1)
    try:
        limited = _with_limit(services, 100, rate_limit=3, rate_limiter=RedisRateLimiter(dead))
        _, _, device = await new_family(limited)
        conversation = await new_conversation(limited, device)
        for _ in range(3):
            exchange = await _send(limited, device, conversation.id)
            assert exchange.reply is not None
        with pytest.raises(RateLimited):
            await _send(limited, device, conversation.id)
    finally:
        await dead.aclose()
