"""Retention limits, the legal hold, and the receipts of purges and deletions (COPPA).

What a deletion or a purge removes, and what the legal hold keeps:

- A child's messages go when they are older than the child's retention period (1..365 days,
  90 by default) or when the parent deletes the child's data.
- A critical incident is under legal hold for one year from when it was raised. The hold keeps
  the incident row (child id, categories, severity, times, lifecycle) and a sealed copy of the
  one message it points at (the incident evidence); everything else of the child still goes.
- Incidents not under hold go with the messages they point at (purge) or with the child
  (deletion). When a hold runs out, the purge removes the incident and its evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol
from uuid import UUID

from domain.errors import ValidationFailed
from domain.model import Child

MIN_RETENTION_DAYS = 1
MAX_RETENTION_DAYS = 365
DEFAULT_RETENTION_DAYS = 90
LEGAL_HOLD = timedelta(days=365)
"""How long a critical incident (and the evidence of its message) outlives any deletion."""


def check_retention_days(field_name: str, days: int) -> int:
    if not MIN_RETENTION_DAYS <= days <= MAX_RETENTION_DAYS:
        raise ValidationFailed(
            field_name,
            f"must be between {MIN_RETENTION_DAYS} and {MAX_RETENTION_DAYS} days",
            min=MIN_RETENTION_DAYS,
            max=MAX_RETENTION_DAYS,
        )
    return days


@dataclass(frozen=True, slots=True)
class ChildDeletion:
    """What the store removed (and kept) when a child's data was deleted."""

    conversation_ids: tuple[UUID, ...]
    messages: int
    devices: int
    incidents: int
    """Incidents not under hold, deleted."""
    held_incidents: int
    """Incidents under legal hold, kept."""
    evidence: int
    """Sealed message copies newly kept for those holds."""


@dataclass(frozen=True, slots=True)
class ConversationDeletion:
    """What deleting one conversation removed (and kept under legal hold)."""

    conversation_id: UUID
    messages: int
    incidents: int
    held_incidents: int
    evidence: int


@dataclass(frozen=True, slots=True)
class DeletionReceipt:
    child_id: UUID
    deleted_conversations: int
    deleted_messages: int
    deleted_devices: int
    deleted_incidents: int
    held_incidents: int
    deleted_at: datetime


@dataclass(frozen=True, slots=True)
class ChildPurge:
    """One child's share of a purge (or, in a dry run, what it would be)."""

    child_id: UUID
    retention_days: int
    cutoff: datetime
    messages: int = 0
    conversations: int = 0
    incidents: int = 0
    notifications: int = 0
    evidence_kept: int = 0
    conversation_ids: tuple[UUID, ...] = ()

    @property
    def removed_anything(self) -> bool:
        return bool(self.messages or self.conversations or self.incidents or self.notifications)

    def plus(self, other: ChildPurge) -> ChildPurge:
        return ChildPurge(
            child_id=self.child_id,
            retention_days=self.retention_days,
            cutoff=self.cutoff,
            messages=self.messages + other.messages,
            conversations=self.conversations + other.conversations,
            incidents=self.incidents + other.incidents,
            notifications=self.notifications + other.notifications,
            evidence_kept=self.evidence_kept + other.evidence_kept,
            conversation_ids=tuple(dict.fromkeys(self.conversation_ids + other.conversation_ids)),
        )

    def counts(self) -> dict[str, int]:
        return {
            "messages": self.messages,
            "conversations": self.conversations,
            "incidents": self.incidents,
            "notifications": self.notifications,
            "evidenceKept": self.evidence_kept,
        }


@dataclass(frozen=True, slots=True)
class ExpiredHold:
    """Incidents (of children already deleted) and evidence whose one-year hold ran out."""

    child_id: UUID
    incidents: int = 0
    evidence: int = 0


@dataclass(slots=True)
class PurgeReceipt:
    started_at: datetime
    dry_run: bool
    children: list[ChildPurge] = field(default_factory=list)
    expired_holds: list[ExpiredHold] = field(default_factory=list)
    finished_at: datetime | None = None

    def for_child(self, child_id: UUID) -> ChildPurge | None:
        return next((c for c in self.children if c.child_id == child_id), None)

    def totals(self) -> dict[str, int]:
        totals = {
            key: sum(c.counts()[key] for c in self.children)
            for key in ("messages", "conversations", "incidents", "notifications", "evidenceKept")
        }
        totals["children"] = len(self.children)
        totals["expiredHoldIncidents"] = sum(h.incidents for h in self.expired_holds)
        totals["expiredEvidence"] = sum(h.evidence for h in self.expired_holds)
        return totals

    def as_dict(self) -> dict[str, Any]:
        return {
            "dryRun": self.dry_run,
            "startedAt": self.started_at.isoformat(),
            "finishedAt": self.finished_at.isoformat() if self.finished_at else None,
            "totals": self.totals(),
            "children": [
                {
                    "childId": str(c.child_id),
                    "retentionDays": c.retention_days,
                    "cutoff": c.cutoff.isoformat(),
                    **c.counts(),
                }
                for c in self.children
            ],
            "expiredHolds": [
                {"childId": str(h.child_id), "incidents": h.incidents, "evidence": h.evidence}
                for h in self.expired_holds
            ],
        }


class RetentionStore(Protocol):
    """Storage for retention and deletion. Every method runs inside the caller's transaction
    when there is one."""

    async def lock_child(self, child_id: UUID) -> Child | None:
        """Read and lock the child's row until the transaction ends."""
        ...

    async def set_retention(self, child_id: UUID, days: int) -> Child | None: ...

    async def conversation_child(self, conversation_id: UUID) -> UUID | None:
        """The child a conversation belongs to."""
        ...

    async def delete_conversation(
        self, conversation_id: UUID, hold_since: datetime
    ) -> ConversationDeletion:
        """Like delete_child, for one conversation: held incidents keep their evidence."""
        ...

    async def delete_child(self, child_id: UUID, hold_since: datetime) -> ChildDeletion:
        """Copy the messages of held incidents (raised since `hold_since`, critical) into
        evidence, then delete the child's other incidents, messages, conversations, devices,
        notifications and the child itself."""
        ...

    async def purge_candidates(
        self, now: datetime, hold_since: datetime, after: UUID | None, limit: int
    ) -> list[tuple[UUID, int]]:
        """(child id, retention days) of children with something past retention, by id."""
        ...

    async def purge_messages(
        self, child: UUID, retention_days: int, cutoff: datetime, hold_since: datetime, limit: int
    ) -> ChildPurge:
        """Delete up to `limit` of the child's messages created before `cutoff`, keeping
        evidence of those held incidents point at."""
        ...

    async def purge_leftovers(
        self, child: UUID, retention_days: int, cutoff: datetime, hold_since: datetime
    ) -> ChildPurge:
        """Delete the child's ended or archived conversations left empty, its incidents not
        under hold last seen before `cutoff` and its notifications older than `cutoff`."""
        ...

    async def preview(
        self, child: UUID, retention_days: int, cutoff: datetime, hold_since: datetime
    ) -> ChildPurge:
        """What purging the child would remove, without removing anything."""
        ...

    async def purge_expired_holds(
        self, hold_since: datetime, *, dry_run: bool
    ) -> Sequence[ExpiredHold]:
        """Delete incidents of deleted children no longer under hold, and evidence no held
        incident points at (or, in a dry run, count them)."""
        ...
