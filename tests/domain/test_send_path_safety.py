"""Through the send path: scripts for blocked messages, redaction before storage, and an
unsafe reply from a remote AI provider (a real HTTP server on loopback) never reaching a child."""

from __future__ import annotations

from domain.enums import InteractionType, SafetyCategory, SafetyLevel
from domain.responders.offline import OfflineResponder
from graph.services import Services
from persistence.ai_provider import OpenAICompatibleResponder
from tests.factories import client_id, new_conversation, new_family, rewired
from tests.persistence.fake_openai_server import UNSAFE_TEDDY_TEXT, running_fake_openai_server


async def _incidents_for(services: Services, conversation_id: object) -> list[dict]:
    return await services.database.engine.run_ddl(
        "SELECT severity, categories, detector, message_id FROM incident "
        f"WHERE conversation_id = '{conversation_id}'"
    )


async def test_self_harm_gets_a_script_is_blocked_and_raises_a_critical_incident(
    services: Services,
) -> None:
    _, _, device = await new_family(services, age=8)
    conversation = await new_conversation(services, device)
    exchange = await services.conversations.send_child_message(
        device,
        conversation_id=conversation.id,
        content="I want to hurt myself",
        client_message_id=client_id(),
    )
    assert exchange.child_message.safety.level is SafetyLevel.BLOCKED
    assert SafetyCategory.SELF_HARM in exchange.child_message.safety.categories
    assert exchange.reply is not None and "grown-up" in exchange.reply.content.lower()
    incidents = await _incidents_for(services, conversation.id)
    assert [i["severity"] for i in incidents] == ["critical"]
    assert incidents[0]["message_id"] == exchange.child_message.id


async def test_a_phone_number_is_stored_redacted(services: Services) -> None:
    _, _, device = await new_family(services)
    conversation = await new_conversation(services, device)
    exchange = await services.conversations.send_child_message(
        device,
        conversation_id=conversation.id,
        content="my phone number is 555-123-4567",
        client_message_id=client_id(),
    )
    assert "555" not in exchange.child_message.content
    assert "[PHONE]" in exchange.child_message.content
    stored = await services.repositories.messages.recent(conversation.id, 2)
    assert all("555-123-4567" not in m.content for m in stored)


async def test_an_unsafe_ai_reply_is_replaced_and_recorded(services: Services) -> None:
    async with running_fake_openai_server() as server:
        server.reply_with(UNSAFE_TEDDY_TEXT)
        responder = OpenAICompatibleResponder(
            server.base_url, "fake-model", "key", timeout_seconds=2, fallback=OfflineResponder()
        )
        own = rewired(services, responder=responder)
        _, _, device = await new_family(own)
        conversation = await new_conversation(own, device, InteractionType.CHAT)
        exchange = await own.conversations.send_child_message(
            device,
            conversation_id=conversation.id,
            content="Can we be friends?",
            client_message_id=client_id(),
        )
        await responder.aclose()
    assert server.requests, "the provider was never called"
    assert exchange.reply is not None and exchange.reply.replaced
    assert "secret" not in exchange.reply.content.lower()
    assert "photo" not in exchange.reply.content.lower()
    incidents = await _incidents_for(services, conversation.id)
    assert any(i["detector"].startswith("teddy_reply") for i in incidents)
    assert any(i["message_id"] == exchange.reply.id for i in incidents)


async def test_a_safe_ai_reply_reaches_the_child(services: Services) -> None:
    async with running_fake_openai_server() as server:
        server.reply_with(
            "What a lovely question! Whales eat tiny krill. What is your favourite sea animal?"
        )
        responder = OpenAICompatibleResponder(
            server.base_url, "fake-model", None, timeout_seconds=2, fallback=OfflineResponder()
        )
        own = rewired(services, responder=responder)
        _, _, device = await new_family(own)
        conversation = await new_conversation(own, device)
        exchange = await own.conversations.send_child_message(
            device,
            conversation_id=conversation.id,
            content="What do whales eat?",
            client_message_id=client_id(),
        )
        await responder.aclose()
    assert exchange.reply is not None and not exchange.reply.replaced
    assert "krill" in exchange.reply.content
