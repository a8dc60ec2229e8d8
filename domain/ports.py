"""What the domain needs from the outside world, as protocols. Persistence implements them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, TypeVar
from uuid import UUID

from domain.enums import ConversationStatus
from domain.events import DomainEvent
from domain.incidents_model import Incident
from domain.model import Child, Conversation, Device, Message
from domain.responders.port import ContextMessage

T = TypeVar("T")


class Clock(Protocol):
    def now(self) -> datetime: ...


class Transactions(Protocol):
    def transaction(self) -> AbstractAsyncContextManager[None]:
        """Everything the repositories do inside runs in one database transaction."""
        ...

    async def run(self, work: Callable[[], Awaitable[T]]) -> T:
        """`work` in one transaction, run again from the start when the connection fails
        (a few attempts with backoff); then `ServiceUnavailable`. `work` must be safe to
        repeat: nothing it did in a failed attempt was committed."""
        ...

    async def once(self, work: Callable[[], Awaitable[T]]) -> T:
        """`work` is a single statement, atomic by itself, run with no transaction around
        it; retried like `run` when the connection fails."""
        ...


class ChildRepository(Protocol):
    async def ensure_parent(self, parent_id: str) -> None: ...
    async def add_child(self, child: Child) -> None: ...
    async def get_child(self, child_id: UUID) -> Child | None: ...
    async def children_of(self, parent_ids: Sequence[str]) -> dict[str, list[Child]]: ...
    async def children_by_ids(self, child_ids: Sequence[UUID]) -> dict[UUID, Child]: ...


class DeviceRepository(Protocol):
    async def add_device(self, device: Device, token_hash: str) -> None: ...
    async def get_device(self, device_id: UUID) -> Device | None: ...
    async def device_by_token_hash(self, token_hash: str) -> Device | None: ...
    async def revoke(self, device_id: UUID, at: datetime) -> Device | None: ...


class ConversationRepository(Protocol):
    async def add(self, conversation: Conversation) -> None: ...
    async def get(self, conversation_id: UUID) -> Conversation | None: ...
    async def get_many(self, ids: Sequence[UUID]) -> dict[UUID, Conversation]: ...
    async def lock(self, conversation_id: UUID) -> Conversation | None:
        """Read and lock the row until the transaction ends."""
        ...

    async def record_exchange(
        self,
        conversation_id: UUID,
        message_count: int,
        risk: dict[str, Any],
        responder_state: dict[str, Any],
    ) -> None: ...
    async def set_status(
        self, conversation_id: UUID, status: ConversationStatus, ended_at: datetime | None
    ) -> Conversation | None: ...


class MessageRepository(Protocol):
    async def add_many(self, messages: Sequence[Message]) -> None: ...
    async def exchange_by_client_id(
        self, conversation_id: UUID, client_message_id: str
    ) -> tuple[Message, Message | None] | None:
        """The child message sent with this client id and the teddy reply to it."""
        ...

    async def get(self, message_id: UUID) -> Message | None: ...
    async def get_many(self, ids: Sequence[UUID]) -> dict[UUID, Message]: ...

    async def recent(self, conversation_id: UUID, limit: int) -> list[Message]:
        """The newest `limit` messages, oldest first."""
        ...


class ExchangeWriter(Protocol):
    async def append_if_unchanged(
        self,
        *,
        conversation_id: UUID,
        expected_count: int,
        messages: Sequence[Message],
        risk: dict[str, Any],
        responder_state: dict[str, Any],
        events: Sequence[DomainEvent],
    ) -> bool:
        """Stores the messages, the conversation's new count, risk and responder state, and
        the events, atomically, only while the conversation is active with `expected_count`
        messages. False, with nothing written, when it has changed. Raises
        DuplicateClientMessage when a message's clientMessageId is already stored."""
        ...


class IncidentRepository(Protocol):
    async def add(self, incident: Incident) -> None: ...


@dataclass(frozen=True, slots=True)
class HotConversation:
    """What the send path reads from the cache: the conversation, its child, and the
    clientMessageIds of its latest sends through the cache (None when not known)."""

    conversation: Conversation
    child: Child
    recent_client_ids: tuple[str, ...] | None = None


class ConversationCache(Protocol):
    """Hot-path reads without SQL. A miss is always allowed; a stale answer never is."""

    async def conversation(self, conversation_id: UUID) -> HotConversation | None: ...
    async def store_conversation(self, conversation: Conversation, child: Child) -> None: ...
    async def context(self, conversation_id: UUID, version: int) -> list[ContextMessage] | None:
        """The recent messages as of `version` (the conversation's message count)."""
        ...

    async def store_context(
        self, conversation_id: UUID, version: int, messages: Sequence[ContextMessage]
    ) -> None: ...
    async def store_exchange(
        self,
        conversation: Conversation,
        child: Child,
        context: Sequence[ContextMessage] | None,
        recent_client_ids: Sequence[str] | None = None,
    ) -> None:
        """The conversation after a write, its context at that version and the latest
        clientMessageIds, when known."""
        ...

    async def forget(self, conversation_ids: Sequence[UUID]) -> None: ...
