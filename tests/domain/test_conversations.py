"""The conversation lifecycle and the send path, against real PostgreSQL."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid

import pytest

from domain.enums import ConversationStatus, InteractionType, MessageRole, SafetyLevel
from domain.errors import (
    ConversationClosed,
    ConversationFull,
    Forbidden,
    NotFound,
    ValidationFailed,
)
from domain.rate_limits import RateLimiter
from graph.services import Services
from tests.factories import client_id, new_conversation, new_family, rewired


async def count_messages(services: Services, conversation_id: uuid.UUID) -> int:
    rows = await services.database.engine.run_ddl(
        f"SELECT count(*) AS n FROM message WHERE conversation_id = '{conversation_id}'"
    )
    return int(rows[0]["n"])


async def test_a_device_starts_and_ends_a_conversation(services: Services) -> None:
    parent, child, device = await new_family(services)
    conversation = await new_conversation(services, device, InteractionType.STORY)
    assert conversation.child_id == child.id
    assert conversation.status is ConversationStatus.ACTIVE
    ended = await services.conversations.end(device, conversation.id)
    assert ended.status is ConversationStatus.ENDED and ended.ended_at is not None
    archived = await services.conversations.archive(parent, conversation.id)
    assert archived.status is ConversationStatus.ARCHIVED


async def test_parents_do_not_start_conversations(services: Services) -> None:
    parent, _, _ = await new_family(services)
    with pytest.raises(Forbidden):
        await services.conversations.start(parent, InteractionType.CHAT)


async def test_send_stores_child_message_and_a_real_reply(services: Services) -> None:
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    exchange = await services.conversations.send_child_message(
        device,
        conversation_id=conversation.id,
        content="  What do whales eat?  ",
        client_message_id=client_id(),
    )
    assert exchange.child_message.content == "What do whales eat?"
    assert exchange.child_message.role is MessageRole.CHILD
    assert exchange.child_message.seq == 1
    assert exchange.reply is not None and exchange.reply.seq == 2
    assert exchange.reply.role is MessageRole.TEDDY
    assert exchange.reply.content and exchange.reply.content != exchange.child_message.content
    assert exchange.child_message.safety.level in (SafetyLevel.SAFE, SafetyLevel.MINOR)
    stored = await services.conversations.get_conversation(device, conversation.id)
    assert stored.message_count == 2


async def test_a_repeated_client_message_id_returns_the_first_result(services: Services) -> None:
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    cid = client_id()
    first = await services.conversations.send_child_message(
        device, conversation_id=conversation.id, content="I like trains", client_message_id=cid
    )
    again = await services.conversations.send_child_message(
        device, conversation_id=conversation.id, content="I like trains", client_message_id=cid
    )
    assert again.replayed and not first.replayed
    assert again.child_message.id == first.child_message.id
    assert again.reply is not None and first.reply is not None
    assert again.reply.id == first.reply.id
    assert await count_messages(services, conversation.id) == 2


@pytest.mark.parametrize(
    ("content", "reason"),
    [("", "empty"), ("    ", "empty"), ("x" * 1001, "at most"), ("hi\x07there", "control")],
)
async def test_bad_content_names_the_field_and_stores_nothing(
    services: Services, content: str, reason: str
) -> None:
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    with pytest.raises(ValidationFailed) as caught:
        await services.conversations.send_child_message(
            device, conversation_id=conversation.id, content=content, client_message_id=client_id()
        )
    assert caught.value.field == "content"
    assert reason in caught.value.message
    assert await count_messages(services, conversation.id) == 0


async def test_exactly_1000_characters_is_accepted(services: Services) -> None:
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    exchange = await services.conversations.send_child_message(
        device, conversation_id=conversation.id, content="a" * 1000, client_message_id=client_id()
    )
    assert len(exchange.child_message.content) == 1000


async def test_sending_to_a_closed_conversation_fails(services: Services) -> None:
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    await services.conversations.end(device, conversation.id)
    with pytest.raises(ConversationClosed):
        await services.conversations.send_child_message(
            device, conversation_id=conversation.id, content="hello", client_message_id=client_id()
        )
    assert await count_messages(services, conversation.id) == 0


async def test_another_childs_device_cannot_send(services: Services) -> None:
    _, _, device = await new_family(services)
    _, _, other_device = await new_family(services)
    conversation = await new_conversation(services, device)
    with pytest.raises(NotFound) as caught:
        await services.conversations.send_child_message(
            other_device,
            conversation_id=conversation.id,
            content="hello",
            client_message_id=client_id(),
        )
    assert caught.value.code == "CONVERSATION_NOT_FOUND"


def _with_limit(
    services: Services,
    limit: int,
    *,
    rate_limit: int | None = None,
    rate_limiter: RateLimiter | None = None,
) -> Services:
    policy = dataclasses.replace(
        services.policy,
        max_conversation_length=limit,
        rate_limit_per_child=rate_limit or services.policy.rate_limit_per_child,
    )
    return rewired(services, policy=policy, rate_limiter=rate_limiter)


async def test_a_full_conversation_refuses_more(services: Services) -> None:
    limited = _with_limit(services, 4)
    _, _, device = await new_family(limited)
    conversation = await new_conversation(limited, device)
    for text in ("one", "two"):
        await limited.conversations.send_child_message(
            device, conversation_id=conversation.id, content=text, client_message_id=client_id()
        )
    with pytest.raises(ConversationFull):
        await limited.conversations.send_child_message(
            device, conversation_id=conversation.id, content="three", client_message_id=client_id()
        )
    assert await count_messages(limited, conversation.id) == 4


async def test_fifty_simultaneous_sends_get_contiguous_sequence_numbers(
    services: Services,
) -> None:
    # Fifty at once is above the per-minute message budget; this test is about sequencing.
    services = _with_limit(services, services.policy.max_conversation_length, rate_limit=100)
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    results = await asyncio.gather(
        *(
            services.conversations.send_child_message(
                device,
                conversation_id=conversation.id,
                content=f"Tell me about animal number {n}",
                client_message_id=f"concurrent-{n}",
            )
            for n in range(50)
        )
    )
    seqs = sorted(s for r in results for s in (r.child_message.seq, r.reply.seq if r.reply else 0))
    assert seqs == list(range(1, 101))
    rows = await services.database.engine.run_ddl(
        f"SELECT seq FROM message WHERE conversation_id = '{conversation.id}' ORDER BY seq"
    )
    assert [row["seq"] for row in rows] == list(range(1, 101))


async def test_concurrent_sends_never_exceed_the_length_limit(services: Services) -> None:
    limited = _with_limit(services, 10)
    _, _, device = await new_family(limited)
    conversation = await new_conversation(limited, device)
    results = await asyncio.gather(
        *(
            limited.conversations.send_child_message(
                device,
                conversation_id=conversation.id,
                content=f"hello {n}",
                client_message_id=f"race-{n}",
            )
            for n in range(20)
        ),
        return_exceptions=True,
    )
    accepted = [r for r in results if not isinstance(r, BaseException)]
    refused = [r for r in results if isinstance(r, ConversationFull)]
    assert len(accepted) == 5 and len(refused) == 15
    assert await count_messages(limited, conversation.id) == 10


async def test_concurrent_retries_of_one_message_store_it_once(services: Services) -> None:
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    results = await asyncio.gather(
        *(
            services.conversations.send_child_message(
                device, conversation_id=conversation.id, content="hi", client_message_id="same"
            )
            for _ in range(10)
        )
    )
    assert len({r.child_message.id for r in results}) == 1
    assert await count_messages(services, conversation.id) == 2
