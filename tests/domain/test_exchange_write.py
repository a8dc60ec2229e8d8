"""The send path's write: one atomic statement for the common exchange, the locking
transaction whenever the conversation is not as the send path read it."""

from __future__ import annotations

import uuid

import pytest

from domain.enums import SafetyLevel
from domain.errors import ConversationClosed
from graph.services import Services
from tests.factories import client_id, new_conversation, new_family


def statements_since(services: Services, mark: int) -> list[str]:
    recent = list(services.database.statements.recent)
    return recent[len(recent) - (services.database.statements.total - mark) :]


async def seqs(services: Services, conversation_id: uuid.UUID) -> list[int]:
    rows = await services.database.engine.run_ddl(
        f"SELECT seq FROM message WHERE conversation_id = '{conversation_id}' ORDER BY seq"
    )
    return [row["seq"] for row in rows]


async def test_a_safe_exchange_is_written_by_one_statement_without_a_row_lock(
    services: Services,
) -> None:
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    await services.conversations.send_child_message(
        device, conversation_id=conversation.id, content="hello", client_message_id=client_id()
    )
    mark = services.database.statements.total
    exchange = await services.conversations.send_child_message(
        device,
        conversation_id=conversation.id,
        content="What do whales eat?",
        client_message_id=client_id(),
    )
    sent = statements_since(services, mark)
    writes = [s for s in sent if "INSERT INTO message" in s]
    assert len(writes) == 1 and writes[0].lstrip().startswith("WITH bumped")
    assert "INSERT INTO outbox" in writes[0]
    assert not [s for s in sent if "FOR UPDATE" in s]
    assert (exchange.child_message.seq, exchange.reply and exchange.reply.seq) == (3, 4)
    assert await seqs(services, conversation.id) == [1, 2, 3, 4]


async def test_a_cache_behind_the_database_falls_back_to_the_lock(services: Services) -> None:
    _, child, device = await new_family(services)
    conversation = await new_conversation(services, device)
    await services.conversations.send_child_message(
        device, conversation_id=conversation.id, content="one", client_message_id=client_id()
    )
    # The cache now claims the conversation is still empty, as a lagging instance might.
    await services.cache.forget([conversation.id])
    await services.cache.store_conversation(conversation, child)
    mark = services.database.statements.total
    exchange = await services.conversations.send_child_message(
        device, conversation_id=conversation.id, content="two", client_message_id=client_id()
    )
    sent = statements_since(services, mark)
    assert [s for s in sent if "FOR UPDATE" in s], "the locking path re-read the conversation"
    assert exchange.child_message.seq == 3
    assert await seqs(services, conversation.id) == [1, 2, 3, 4]


async def test_a_conversation_ended_behind_a_stale_cache_refuses_the_message(
    services: Services,
) -> None:
    _, child, device = await new_family(services)
    conversation = await new_conversation(services, device)
    await services.cache.store_conversation(conversation, child)
    # Ended in the database only (say by another instance whose cache write was lost).
    await services.database.engine.run_ddl(
        f"UPDATE conversation SET status = 'ended', ended_at = now() WHERE id = '{conversation.id}'"
    )
    with pytest.raises(ConversationClosed):
        await services.conversations.send_child_message(
            device, conversation_id=conversation.id, content="hi", client_message_id=client_id()
        )
    assert await seqs(services, conversation.id) == []


async def test_a_message_that_raises_an_incident_takes_the_transaction(
    services: Services,
) -> None:
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    mark = services.database.statements.total
    exchange = await services.conversations.send_child_message(
        device,
        conversation_id=conversation.id,
        content="I want to hurt myself",
        client_message_id=client_id(),
    )
    sent = statements_since(services, mark)
    assert exchange.child_message.safety.level is SafetyLevel.BLOCKED
    assert [s for s in sent if "FOR UPDATE" in s]
    assert [s for s in sent if s.lstrip().startswith("INSERT INTO incident")]
    rows = await services.database.engine.run_ddl(
        f"SELECT count(*) AS n FROM incident WHERE conversation_id = '{conversation.id}'"
    )
    assert rows[0]["n"] == 1


async def test_a_retry_after_the_exchange_was_written_replays_it(services: Services) -> None:
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    first = await services.conversations.send_child_message(
        device, conversation_id=conversation.id, content="hi", client_message_id="again"
    )
    second = await services.conversations.send_child_message(
        device, conversation_id=conversation.id, content="hi", client_message_id="again"
    )
    assert second.replayed and second.child_message.id == first.child_message.id
    assert await seqs(services, conversation.id) == [1, 2]


async def test_a_new_message_id_is_not_looked_up_when_the_cache_lists_the_latest(
    services: Services,
) -> None:
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    await services.conversations.send_child_message(
        device, conversation_id=conversation.id, content="one", client_message_id="first"
    )
    cached = await services.cache.conversation(conversation.id)
    assert cached is not None and cached.recent_client_ids == ("first",)
    mark = services.database.statements.total
    await services.conversations.send_child_message(
        device, conversation_id=conversation.id, content="two", client_message_id="second"
    )
    lookups = [s for s in statements_since(services, mark) if "client_message_id =" in s]
    assert lookups == []
    # A retry of a listed id is looked up and replayed, as before.
    mark = services.database.statements.total
    again = await services.conversations.send_child_message(
        device, conversation_id=conversation.id, content="two", client_message_id="second"
    )
    assert again.replayed
    assert [s for s in statements_since(services, mark) if "client_message_id =" in s]
