"""Domain records. Repositories return these; the API maps them to its own types."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.enums import (
    AgeGroup,
    ConversationStatus,
    InteractionType,
    MessageRole,
    SafetyCategory,
    SafetyLevel,
)


@dataclass(frozen=True, slots=True)
class Child:
    id: UUID
    parent_id: str
    display_name: str
    age: int
    consent_at: datetime
    consent_method: str
    created_at: datetime
    retention_days: int = 90
    """Days a message is kept before the retention purge deletes it (COPPA retention limit)."""

    @property
    def age_group(self) -> AgeGroup:
        return AgeGroup.for_age(self.age)


@dataclass(frozen=True, slots=True)
class Device:
    id: UUID
    child_id: UUID
    name: str
    paired_at: datetime
    revoked_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True, slots=True)
class Conversation:
    id: UUID
    child_id: UUID
    device_id: UUID | None
    interaction_type: InteractionType
    status: ConversationStatus
    started_at: datetime
    ended_at: datetime | None
    message_count: int
    risk: dict[str, Any] = field(default_factory=dict)
    responder_state: dict[str, Any] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class MessageSafety:
    level: SafetyLevel
    score: float
    categories: tuple[SafetyCategory, ...]
    engine_version: str


@dataclass(frozen=True, slots=True)
class Message:
    id: UUID
    conversation_id: UUID
    seq: int
    role: MessageRole
    content: str
    client_message_id: str | None
    safety: MessageSafety
    created_at: datetime
    reply_to_id: UUID | None = None
    replaced: bool = False
    """True for a teddy reply that failed the safety check and was replaced."""
