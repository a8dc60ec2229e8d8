"""Safety incident records raised by flagged and blocked messages."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
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
