"""Notifications to parents: an alert per serious incident, a digest for the rest."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID


class NotificationKind(enum.Enum):
    INCIDENT_ALERT = "incident_alert"
    """A high or critical incident, sent at once."""
    DIGEST = "digest"
    """A summary of low and medium incidents, sent periodically."""


@dataclass(frozen=True, slots=True)
class Notification:
    id: UUID
    parent_id: str
    child_id: UUID | None
    incident_id: UUID | None
    kind: NotificationKind
    title: str
    body: str
    created_at: datetime
    read_at: datetime | None = None
    seq: int = 0
