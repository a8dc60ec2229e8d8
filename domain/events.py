"""Domain events: recorded in the outbox inside the writing transaction, published after commit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol
from uuid import UUID

INCIDENTS_TOPIC = "incidents"
DEVICES_TOPIC = "devices"
"""Revoked or deleted devices: every instance drops them from its token cache."""


def conversation_topic(conversation_id: UUID) -> str:
    return f"conversation:{conversation_id}"


def parent_topic(parent_id: str) -> str:
    return f"parent:{parent_id}"


@dataclass(frozen=True, slots=True)
class DomainEvent:
    topic: str
    kind: str
    """What happened, e.g. message_added, conversation_ended, incident_raised."""
    payload: Mapping[str, Any] = field(default_factory=dict)
    """Identifiers and labels only: never a child's words (events cross Redis)."""


class Outbox(Protocol):
    async def record(self, events: Sequence[DomainEvent]) -> None:
        """Store events in the caller's transaction; a relay publishes them after commit."""
        ...


class OutboxNudge(Protocol):
    def nudge(self) -> None:
        """Tell the relay there is something new to publish now."""
        ...


class PolledRelay:
    """For a process with no relay of its own (the command line): the running service's
    relays publish its outbox rows when they next poll."""

    def nudge(self) -> None:
        return None
