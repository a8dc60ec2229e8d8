"""Conversation lifecycle and the hot path: a child's message in, the teddy's reply out."""

from __future__ import annotations

import uuid
from uuid import UUID

from domain import content_rules
from domain.access import readable_child
from domain.enums import ConversationStatus, InteractionType, SafetyLevel, Speaker
from domain.errors import (
    ConversationClosed,
    ConversationFull,
    DuplicateClientMessage,
    NotFound,
    RateLimited,
)
from domain.events import DomainEvent, Outbox, OutboxNudge, conversation_topic
from domain.exchange_model import Exchange, exchange_events, next_exchange
from domain.model import Child, Conversation, Message
from domain.policy import ConversationPolicy
from domain.ports import (
    ChildRepository,
    Clock,
    ConversationCache,
    ConversationRepository,
    ExchangeWriter,
    HotConversation,
    MessageRepository,
    Transactions,
)
from domain.principal import Principal, Role
from domain.rate_limits import MINUTE, RateLimiter, RateRule
from domain.responders.port import ContextMessage, ReplyRequest, Responder
from domain.safety import RiskState, SafetyEngine, Verdict
from domain.safety_actions import SafetyActions, TeddyReply

RECENT_CLIENT_IDS = 8
"""How many of a conversation's latest clientMessageIds the cache keeps for retries."""


class ConversationService:
    def __init__(
        self,
        *,
        children: ChildRepository,
        conversations: ConversationRepository,
        messages: MessageRepository,
        transactions: Transactions,
        clock: Clock,
        safety: SafetyEngine,
        actions: SafetyActions,
        responder: Responder,
        policy: ConversationPolicy,
        outbox: Outbox,
        relay: OutboxNudge,
        rate_limiter: RateLimiter,
        cache: ConversationCache,
        exchanges: ExchangeWriter,
    ) -> None:
        self._children = children
        self._conversations = conversations
        self._messages = messages
        self._tx = transactions
        self._clock = clock
        self._safety = safety
        self._actions = actions
        self._responder = responder
        self._policy = policy
        self._outbox = outbox
        self._relay = relay
        self._rate_limiter = rate_limiter
        self._cache = cache
        self._exchanges = exchanges

    # -- reads -----------------------------------------------------------------

    async def get_conversation(self, principal: Principal, conversation_id: UUID) -> Conversation:
        conversation, _ = await self._readable(principal, conversation_id)
        return conversation

    async def _readable(
        self, principal: Principal, conversation_id: UUID
    ) -> tuple[Conversation, Child]:
        conversation = await self._conversations.get(conversation_id)
        if conversation is None:
            raise NotFound("conversation", conversation_id)
        child = await self._children.get_child(conversation.child_id)
        if child is None:
            raise NotFound("conversation", conversation_id)
        try:
            readable_child(principal, child, child.id)
        except NotFound:
            raise NotFound("conversation", conversation_id) from None
        return conversation, child

    async def _hot(self, conversation_id: UUID) -> HotConversation | None:
        """The conversation and its child for the send path: cache first, then the database."""
        cached = await self._cache.conversation(conversation_id)
        if cached is not None:
            return cached
        conversation = await self._conversations.get(conversation_id)
        if conversation is None:
            return None
        child = await self._children.get_child(conversation.child_id)
        if child is None:
            return None
        await self._cache.store_conversation(conversation, child)
        return HotConversation(conversation, child)

    async def _context(self, conversation: Conversation) -> list[ContextMessage]:
        found = await self._cache.context(conversation.id, conversation.message_count)
        if found is not None:
            return found
        recent = await self._messages.recent(conversation.id, self._policy.context_window_size)
        context = [ContextMessage(role=m.role, content=m.content) for m in recent]
        await self._cache.store_context(conversation.id, conversation.message_count, context)
        return context

    async def get_message(self, principal: Principal, message_id: UUID) -> Message:
        message = await self._messages.get(message_id)
        if message is None:
            raise NotFound("message", message_id)
        try:
            await self.get_conversation(principal, message.conversation_id)
        except NotFound:
            raise NotFound("message", message_id) from None
        return message

    # -- lifecycle -------------------------------------------------------------

    async def start(self, principal: Principal, interaction_type: InteractionType) -> Conversation:
        principal.require(Role.DEVICE)
        assert principal.child_id is not None
        conversation = Conversation(
            id=uuid.uuid4(),
            child_id=principal.child_id,
            device_id=principal.device_id,
            interaction_type=interaction_type,
            status=ConversationStatus.ACTIVE,
            started_at=self._clock.now(),
            ended_at=None,
            message_count=0,
        )
        await self._conversations.add(conversation)
        # The first send then finds everything in the cache: no messages, no client ids yet.
        child = await self._children.get_child(conversation.child_id)
        if child is not None:
            await self._cache.store_exchange(conversation, child, [], ())
        return conversation

    async def end(self, principal: Principal, conversation_id: UUID) -> Conversation:
        principal.require(Role.DEVICE, Role.PARENT)
        conversation, child = await self._readable(principal, conversation_id)
        if conversation.status is not ConversationStatus.ACTIVE:
            return conversation
        return await self._set_status(conversation, child, ConversationStatus.ENDED)

    async def archive(self, principal: Principal, conversation_id: UUID) -> Conversation:
        principal.require(Role.PARENT)
        conversation, child = await self._readable(principal, conversation_id)
        if conversation.status is ConversationStatus.ARCHIVED:
            return conversation
        return await self._set_status(conversation, child, ConversationStatus.ARCHIVED)

    async def _set_status(
        self, conversation: Conversation, child: Child, status: ConversationStatus
    ) -> Conversation:
        ended_at = conversation.ended_at or self._clock.now()

        async def write() -> Conversation:
            updated = await self._conversations.set_status(conversation.id, status, ended_at)
            if updated is None:
                raise NotFound("conversation", conversation.id)
            await self._outbox.record(
                [
                    DomainEvent(
                        topic=conversation_topic(conversation.id),
                        kind=f"conversation_{status.value}",
                        payload={"conversationId": str(conversation.id)},
                    )
                ]
            )
            return updated

        updated = await self._tx.run(write)
        self._relay.nudge()
        await self._cache.store_conversation(updated, child)
        return updated

    # -- the hot path ----------------------------------------------------------

    async def send_child_message(
        self,
        principal: Principal,
        *,
        conversation_id: UUID,
        content: str,
        client_message_id: str,
    ) -> Exchange:
        principal.require(Role.DEVICE)
        text = content_rules.message_content(content)
        client_id = content_rules.client_message_id(client_message_id)
        found = await self._hot(conversation_id)
        if found is None or found.conversation.child_id != principal.child_id:
            raise NotFound("conversation", conversation_id)
        conversation, child, recent_ids = found.conversation, found.child, found.recent_client_ids

        # A retry repeats one of the latest messages: when the cache lists them and this id is
        # not among them, the database is not asked (the unique constraint still guards).
        if recent_ids is None or client_id in recent_ids:
            earlier = await self._messages.exchange_by_client_id(conversation.id, client_id)
            if earlier is not None:
                return Exchange(child_message=earlier[0], reply=earlier[1], replayed=True)
        self._check_open(conversation)
        await self._check_rate(principal)

        verdict = self._safety.assess(
            text, age=child.age, speaker=Speaker.CHILD, risk=RiskState.from_dict(conversation.risk)
        )
        context: list[ContextMessage] | None = None
        if verdict.level is SafetyLevel.BLOCKED:
            teddy = self._actions.scripted_reply(verdict, child.age, conversation.responder_state)
        else:
            context = await self._context(conversation)
            teddy = await self._teddy_reply(conversation, child, verdict, context)

        try:
            written = await self._append_unchanged(conversation, client_id, child, verdict, teddy)
            if written is None:
                written = await self._tx.run(
                    lambda: self._write_exchange(conversation.id, client_id, child, verdict, teddy)
                )
            child_message, reply, locked, updated = written
        except DuplicateClientMessage:
            # A retry of the same message won the race while this one was being answered.
            earlier = await self._messages.exchange_by_client_id(conversation.id, client_id)
            if earlier is None:
                raise
            return Exchange(child_message=earlier[0], reply=earlier[1], replayed=True)
        self._relay.nudge()
        fresh = None
        if context is not None and locked.message_count == conversation.message_count:
            window = self._policy.context_window_size
            recent = [
                *context,
                *(ContextMessage(m.role, m.content) for m in (child_message, reply)),
            ]
            fresh = recent[-window:] if window else []
        latest = (*(recent_ids or ()), client_id)[-RECENT_CLIENT_IDS:]
        await self._cache.store_exchange(updated, child, fresh, latest)
        return Exchange(child_message=child_message, reply=reply)

    async def _append_unchanged(
        self,
        conversation: Conversation,
        client_id: str,
        child: Child,
        verdict: Verdict,
        teddy: TeddyReply,
    ) -> tuple[Message, Message, Conversation, Conversation] | None:
        """The common exchange (no incident to record) in one atomic statement, built on the
        conversation as the send path read it. None when that conversation has changed since
        (another send, an end, a cache behind the database): then the locking path decides."""
        if self._actions.raises_incidents(verdict, teddy, child.age):
            return None
        child_message, reply, updated = next_exchange(
            conversation, client_id, verdict, teddy, self._clock.now()
        )
        stored = await self._tx.once(
            lambda: self._exchanges.append_if_unchanged(
                conversation_id=conversation.id,
                expected_count=conversation.message_count,
                messages=[child_message, reply],
                risk=updated.risk,
                responder_state=updated.responder_state,
                events=exchange_events(child_message, reply, []),
            )
        )
        return (child_message, reply, conversation, updated) if stored else None

    async def _write_exchange(
        self,
        conversation_id: UUID,
        client_id: str,
        child: Child,
        verdict: Verdict,
        teddy: TeddyReply,
    ) -> tuple[Message, Message, Conversation, Conversation]:
        """One transaction: both messages, counters, risk, incidents, outbox events.

        Re-reads the conversation under a row lock, so concurrent sends get contiguous
        sequence numbers and never pass the length limit. A clientMessageId stored meanwhile
        (a concurrent retry) makes the insert fail with DuplicateClientMessage."""
        locked = await self._conversations.lock(conversation_id)
        if locked is None:
            raise NotFound("conversation", conversation_id)
        self._check_open(locked)
        child_message, reply, updated = next_exchange(
            locked, client_id, verdict, teddy, self._clock.now()
        )
        now = child_message.created_at
        await self._messages.add_many([child_message, reply])
        await self._conversations.record_exchange(
            locked.id,
            message_count=updated.message_count,
            risk=updated.risk,
            responder_state=updated.responder_state,
        )
        incidents = await self._actions.record_incidents(
            child=child,
            conversation=locked,
            child_message=child_message,
            child_verdict=verdict,
            reply=reply,
            teddy=teddy,
            at=now,
        )
        await self._outbox.record(exchange_events(child_message, reply, incidents))
        return child_message, reply, locked, updated

    async def _check_rate(self, principal: Principal) -> None:
        """Per child and per device, `rate_limit_per_child` child messages a minute.

        Checked after the replay lookup, so a retried clientMessageId costs no budget.
        """
        limit = self._policy.rate_limit_per_child
        decision = await self._rate_limiter.hit_all(
            [
                RateRule(f"child:{principal.child_id}", limit, MINUTE),
                RateRule(f"device:{principal.device_id}", limit, MINUTE),
            ]
        )
        if not decision.allowed:
            raise RateLimited(
                f"too many messages: at most {limit} a minute", decision.retry_after_seconds
            )

    def _check_open(self, conversation: Conversation) -> None:
        if conversation.status is not ConversationStatus.ACTIVE:
            raise ConversationClosed(
                f"conversation {conversation.id} is {conversation.status.value}",
                status=conversation.status.value,
            )
        limit = self._policy.max_conversation_length
        if conversation.message_count + 2 > limit:
            raise ConversationFull(
                f"conversation {conversation.id} reached its limit of {limit} messages",
                limit=limit,
            )

    async def _teddy_reply(
        self,
        conversation: Conversation,
        child: Child,
        verdict: Verdict,
        context: list[ContextMessage],
    ) -> TeddyReply:
        request = ReplyRequest(
            interaction_type=conversation.interaction_type,
            age=child.age,
            message=verdict.redacted_text,
            context=context,
            state=conversation.responder_state,
            turn=conversation.message_count // 2,
            child_name=child.display_name,
        )
        reply = await self._responder.reply(request)
        return self._actions.checked_reply(reply, child.age)
