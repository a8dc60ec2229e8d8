"""The `conversationEvents` subscription: a conversation, live, for the child's parent."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from uuid import UUID

from domain.events import conversation_topic
from domain.model import Message as DomainMessage
from domain.paging import PageRequest
from domain.principal import Role
from graph.context import Info
from graph.ids import decode_uuid
from graph.subscription_sharing import hold_limits
from graph.types.conversation import Conversation
from graph.types.conversation_event import ConversationEvent, ConversationEventKind
from graph.types.message import Message
from persistence.event_bus import BusEvent

CATCH_UP_PAGE = 100


async def _messages_after(info: Info, conversation_id: UUID, seq: int) -> list[DomainMessage]:
    request: PageRequest[int] = PageRequest(limit=CATCH_UP_PAGE, after=seq)
    pages = await info.context.services.repositories.messages.pages_for_conversations(
        [conversation_id], request
    )
    return pages[conversation_id].items


async def conversation_events(
    info: Info, conversation_id: str
) -> AsyncGenerator[ConversationEvent, None]:
    principal = info.context.principal
    principal.require(Role.PARENT)
    services = info.context.services
    cid = decode_uuid("conversationId", conversation_id, "Conversation")
    conversation = await services.conversations.get_conversation(principal, cid)
    last_seq = conversation.message_count
    with hold_limits(info.context, principal):
        async for event in _events(info, cid, last_seq):
            yield event


async def _events(info: Info, cid: UUID, last_seq: int) -> AsyncGenerator[ConversationEvent, None]:
    principal = info.context.principal
    services = info.context.services
    async with services.bus.listen(conversation_topic(cid)) as listener:
        while True:
            delivery = await listener.get()
            if isinstance(delivery, BusEvent) and not delivery.kind.startswith("message"):
                current = await services.conversations.get_conversation(principal, cid)
                yield ConversationEvent(
                    kind=ConversationEventKind(delivery.kind),
                    conversation=Conversation.from_domain(current),
                )
                continue
            # A new message, or a reconnect after which anything may have been missed:
            # read what came after the last one delivered, in order, exactly once.
            missed = await _messages_after(info, cid, last_seq)
            if not missed:
                continue
            current = await services.conversations.get_conversation(principal, cid)
            for message in missed:
                last_seq = max(last_seq, message.seq)
                yield ConversationEvent(
                    kind=ConversationEventKind.MESSAGE_ADDED,
                    conversation=Conversation.from_domain(current),
                    message=Message.from_domain(message),
                )
