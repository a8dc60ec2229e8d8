"""What incidents, the audit log and notifications need from storage. Persistence implements."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol
from uuid import UUID

from domain.incidents_model import AuditEntry, Incident, IncidentFilter, IncidentNote
from domain.notifications_model import Notification
from domain.paging import Page, PageRequest


class IncidentStore(Protocol):
    async def add_or_fold(self, incident: Incident, since: datetime) -> tuple[Incident, bool]:
        """Store a new incident, or fold it into the newest open incident of the same
        conversation with the same categories, no lower severity, seen since `since`.
        Returns the stored incident and whether it was folded."""
        ...

    async def get(self, incident_id: UUID) -> Incident | None: ...
    async def get_many(self, ids: Sequence[UUID]) -> dict[UUID, Incident]: ...
    async def lock(self, incident_id: UUID) -> Incident | None:
        """Read and lock the row until the transaction ends."""
        ...

    async def save_lifecycle(self, incident: Incident) -> None:
        """Write status, acknowledgement, assignment and resolution."""
        ...

    async def page(
        self, where: IncidentFilter, request: PageRequest[int], parent_id: str | None
    ) -> Page[Incident]:
        """Newest first by seq; only that parent's children's when `parent_id` is given."""
        ...

    async def after(self, seq: int, where: IncidentFilter, limit: int) -> list[Incident]:
        """Incidents with a larger seq, oldest first (the replay of a live feed)."""
        ...

    async def max_seq(self) -> int: ...
    async def add_note(self, note: IncidentNote) -> None: ...
    async def notes_for(self, incident_ids: Sequence[UUID]) -> dict[UUID, list[IncidentNote]]: ...
    async def mark_parent_notified(self, incident_ids: Sequence[UUID], at: datetime) -> None: ...
    async def parents_awaiting_digest(self) -> list[str]: ...
    async def awaiting_digest(self, parent_id: str, *, lock: bool) -> list[Incident]:
        """Low and medium incidents of the parent's children that no notification covered."""
        ...


class AuditLog(Protocol):
    async def record(self, entries: Sequence[AuditEntry]) -> None: ...
    async def record_reads(
        self,
        actors: Sequence[tuple[str, str]],
        action: str,
        entity: str,
        targets: Sequence[tuple[str, Mapping[str, Any]]],
        at: datetime,
    ) -> None:
        """One row for every actor (role, id) and every target (entity id, details), written
        in one statement: many readers of the same things, without an entry object each."""
        ...

    async def entries_for(self, entity: str, entity_id: str) -> list[AuditEntry]: ...


class NotificationRepository(Protocol):
    async def add(self, notification: Notification) -> Notification:
        """Store it; the returned copy carries the database's seq."""
        ...

    async def get_many(self, ids: Sequence[UUID]) -> dict[UUID, Notification]: ...
    async def page_for_parent(
        self, parent_id: str, request: PageRequest[int]
    ) -> Page[Notification]:
        """Newest first by seq."""
        ...

    async def after(self, parent_id: str, seq: int, limit: int) -> list[Notification]:
        """The parent's notifications with a larger seq, oldest first."""
        ...

    async def max_seq(self, parent_id: str) -> int: ...
    async def mark_read(self, parent_id: str, ids: Sequence[UUID], at: datetime) -> int:
        """Mark the parent's own unread ones read; returns how many changed."""
        ...
