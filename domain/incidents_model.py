"""Safety incident records raised by flagged and blocked messages, and what hangs off them."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.enums import SafetyCategory, Severity


class IncidentStatus(enum.Enum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"


@dataclass(frozen=True, slots=True)
class Incident:
    id: UUID
    child_id: UUID
    conversation_id: UUID
    message_id: UUID
    severity: Severity
    categories: tuple[SafetyCategory, ...]
    detector: str
    confidence: float
    status: IncidentStatus
    created_at: datetime
    seq: int = 0
    """Monotonic position assigned by the database; cursors for replay use it."""
    hit_count: int = 1
    """How many hits of the same categories were folded into this incident."""
    last_seen_at: datetime | None = None
    acknowledged_by: str | None = None
    acknowledged_at: datetime | None = None
    assigned_to: str | None = None
    assigned_at: datetime | None = None
    resolved_by: str | None = None
    resolved_at: datetime | None = None
    resolution: str | None = None
    parent_notified_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class IncidentNote:
    id: UUID
    incident_id: UUID
    author_role: str
    author_id: str
    text: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class IncidentFilter:
    status: IncidentStatus | None = None
    min_severity: Severity | None = None
    categories: tuple[SafetyCategory, ...] = ()
    """Any of these categories."""
    child_id: UUID | None = None

    def matches(self, incident: Incident) -> bool:
        if self.status is not None and incident.status is not self.status:
            return False
        if self.min_severity is not None and incident.severity.rank < self.min_severity.rank:
            return False
        if self.categories and not set(self.categories) & set(incident.categories):
            return False
        return self.child_id is None or incident.child_id == self.child_id


@dataclass(frozen=True, slots=True)
class AuditEntry:
    actor_role: str
    actor_id: str
    action: str
    entity: str
    entity_id: str
    details: dict[str, Any] = field(default_factory=dict)
    at: datetime | None = None
