"""What a parent watching a conversation live receives."""

from __future__ import annotations

import enum

import strawberry

from graph.types.conversation import Conversation
from graph.types.message import Message


@strawberry.enum
class ConversationEventKind(enum.Enum):
    MESSAGE_ADDED = "message_added"
    CONVERSATION_ENDED = "conversation_ended"
    CONVERSATION_ARCHIVED = "conversation_archived"


@strawberry.type
class ConversationEvent:
    kind: ConversationEventKind
    conversation: Conversation
    message: Message | None = None
