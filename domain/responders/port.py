"""The port every teddy responder implements (built-in offline one, remote AI providers)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from domain.enums import InteractionType, MessageRole


@dataclass(frozen=True, slots=True)
class ContextMessage:
    """One earlier message of the conversation, already redacted."""

    role: MessageRole
    content: str


@dataclass(frozen=True, slots=True)
class ReplyRequest:
    interaction_type: InteractionType
    age: int
    message: str
    """The child's new message, redacted of personal information."""
    context: Sequence[ContextMessage] = ()
    """Recent messages, oldest first, not including `message`."""
    state: Mapping[str, Any] = field(default_factory=dict)
    """JSON-serialisable state the responder returned last turn (story so far, game state)."""
    turn: int = 0
    """How many child messages came before this one in the conversation."""
    child_name: str | None = None


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    state: Mapping[str, Any] = field(default_factory=dict)
    source: str = "offline"


class Responder(Protocol):
    async def reply(self, request: ReplyRequest) -> Reply: ...
