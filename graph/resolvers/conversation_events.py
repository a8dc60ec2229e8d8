"""The `conversationEvents` subscription: a conversation, live, for the child's parent.

The feed listens on the bus BEFORE it reads where the conversation stands, so a message
committed in between is either in that read or announced on the bus afterwards: never lost.
It remembers the last message seq and the status it has reported, and reads from PostgreSQL
whatever came after them, so a repeated event (the relay's delivery is at-least-once) sends
nothing twice, and after `RECONNECTED` (Redis came back, or the listener fell behind) the
same read sends what the bus dropped meanwhile, in order.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from uuid import UUID

from domain.enums import ConversationStatus
from domain.events import conversation_topic
from domain.model import Conversation as DomainConversation
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


async def conversation_events(
    info: Info, conversation_id: str
) -> AsyncGenerator[ConversationEvent, None]:
    principal = info.context.principal
    principal.require(Role.PARENT)
    cid = decode_uuid("conversationId", conversation_id, "Conversation")
    with hold_limits(info.context, principal):
        async with info.context.services.bus.listen(conversation_topic(cid)) as listener:
            # Read (and authorise) only once listening: see the module's docstring. A
            # stranger is refused right after the subscription is confirmed, before any event.
            feed = _Feed(info, cid, await _conversation(info, cid))
            while True:
                delivery = await listener.get()
                if isinstance(delivery, BusEvent) and delivery.kind.startswith("message"):
                    updates = feed.messages()
                else:
                    # A status change, or anything may have been missed: both.
                    updates = feed.everything()
                async for event in updates:
                    yield event


async def _conversation(info: Info, cid: UUID) -> DomainConversation:
    return await info.context.services.conversations.get_conversation(info.context.principal, cid)


class _Feed:
    """What this subscriber has been sent: messages up to `last_seq`, and `status`."""

    def __init__(self, info: Info, cid: UUID, start: DomainConversation) -> None:
        self._info = info
        self._cid = cid
        self.last_seq = start.message_count
        self.status = start.status

    async def messages(self) -> AsyncGenerator[ConversationEvent, None]:
        """Every message after the last one sent, oldest first, each once."""
        messages = self._info.context.services.repositories.messages
        while True:
            request: PageRequest[int] = PageRequest(limit=CATCH_UP_PAGE, after=self.last_seq)
            page = (await messages.pages_for_conversations([self._cid], request))[self._cid]
            if not page.items:
                return
            current = Conversation.from_domain(await _conversation(self._info, self._cid))
            for message in page.items:
                self.last_seq = max(self.last_seq, message.seq)
                yield ConversationEvent(
                    kind=ConversationEventKind.MESSAGE_ADDED,
                    conversation=current,
                    message=Message.from_domain(message),
                )
            if not page.has_next_page:
                return

    async def everything(self) -> AsyncGenerator[ConversationEvent, None]:
        """Missed messages, then the conversation's status if it changed since last sent."""
        async for event in self.messages():
            yield event
        current = await _conversation(self._info, self._cid)
        if current.status is self.status or current.status is ConversationStatus.ACTIVE:
            return
        self.status = current.status
        yield ConversationEvent(
            kind=ConversationEventKind(f"conversation_{current.status.value}"),
            conversation=Conversation.from_domain(current),
        )
