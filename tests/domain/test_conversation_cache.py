"""The hot path reads conversations and context from cache, never stale, and survives Redis."""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path

from domain.responders.port import ContextMessage
from graph.services import Services
from persistence.conversation_cache import RedisConversationCache
from persistence.embedded import EmbeddedRedis
from persistence.redis_client import connect_redis
from tests.factories import client_id, new_conversation, new_family, rewired

CONTEXT_QUERY = "ORDER BY seq DESC LIMIT"


async def _send(services: Services, device, conversation, text: str):  # type: ignore[no-untyped-def]
    return await services.conversations.send_child_message(
        device, conversation_id=conversation.id, content=text, client_message_id=client_id()
    )


async def test_warm_conversation_context_costs_no_sql(services: Services) -> None:
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    await _send(services, device, conversation, "I have a puppy")
    services.database.statements.recent.clear()
    await _send(services, device, conversation, "He likes to run")
    statements = list(services.database.statements.recent)
    assert not [q for q in statements if CONTEXT_QUERY in q], statements
    assert not [q for q in statements if q.lstrip().startswith("SELECT") and "FROM child" in q]
    assert services.cache_stats.hits["context_l1"] >= 1


async def test_first_send_after_start_reads_nothing_from_the_database(
    services: Services,
) -> None:
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    services.database.statements.recent.clear()
    await _send(services, device, conversation, "Hello teddy")
    reads = [q for q in services.database.statements.recent if q.lstrip().startswith("SELECT")]
    assert not reads, reads
    hot = await services.cache.conversation(conversation.id)
    assert hot is not None and hot.conversation.message_count == 2
    assert hot.recent_client_ids is not None and len(hot.recent_client_ids) == 1


async def test_cache_matches_the_database_after_concurrent_writes(services: Services) -> None:
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    await asyncio.gather(*(_send(services, device, conversation, f"fact {n}") for n in range(12)))
    cached = await services.cache.conversation(conversation.id)
    stored = await services.repositories.conversations.get(conversation.id)
    assert cached is not None and stored is not None
    assert cached.conversation.message_count == stored.message_count == 24
    window = services.policy.context_window_size
    recent = await services.repositories.messages.recent(conversation.id, window)
    expected = [ContextMessage(m.role, m.content) for m in recent]
    context = await services.cache.context(conversation.id, stored.message_count)
    assert context is None or context == expected
    # The next send reads the context at the stored version and it matches the database.
    await _send(services, device, conversation, "one more")
    stored = await services.repositories.conversations.get(conversation.id)
    assert stored is not None
    recent = await services.repositories.messages.recent(conversation.id, window)
    context = await services.cache.context(conversation.id, stored.message_count)
    assert context == [ContextMessage(m.role, m.content) for m in recent]


async def test_an_older_version_never_replaces_a_newer_one(services: Services) -> None:
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    await _send(services, device, conversation, "hello")
    cached = await services.cache.conversation(conversation.id)
    assert cached is not None
    newer, child = cached.conversation, cached.child
    older = dataclasses.replace(newer, message_count=0)
    await services.cache.store_conversation(older, child)
    again = await services.cache.conversation(conversation.id)
    assert again is not None and again.conversation.message_count == newer.message_count


async def test_redis_down_means_bypass_then_back_to_cache(
    services: Services, tmp_path: Path
) -> None:
    redis_server = EmbeddedRedis(tmp_path / "redis")
    client = connect_redis(redis_server.start(), pool_size=5, socket_timeout=0.5)
    own = rewired(services, redis_client=client)
    assert isinstance(own.cache, RedisConversationCache)
    _, _, device = await new_family(own)
    conversation = await new_conversation(own, device)
    await _send(own, device, conversation, "first")
    redis_server.stop()
    try:
        for n in range(3):  # each request still succeeds, with the cache bypassed
            exchange = await asyncio.wait_for(_send(own, device, conversation, f"down {n}"), 5)
            assert exchange.reply is not None
        assert own.redis_guard.failures >= 1
        assert not own.redis_guard.up
    finally:
        redis_server = EmbeddedRedis(tmp_path / "redis")
        redis_server.start()
    await asyncio.sleep(own.redis_guard._cooldown + 0.1)
    hits_before = own.cache_stats.hits["conversation"]
    await _send(own, device, conversation, "back")
    await _send(own, device, conversation, "and again")
    assert own.redis_guard.up
    assert own.cache_stats.hits["conversation"] > hits_before
    await client.aclose()
    redis_server.stop()
