"""Safety incidents: the send path's insert-or-fold, the lifecycle, pages, replay and notes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.enums import SafetyCategory, Severity
from domain.incidents_model import Incident, IncidentFilter, IncidentNote, IncidentStatus
from domain.paging import Page, PageRequest
from persistence.tables import IncidentNoteTable, IncidentTable

COLUMNS = (
    "id, seq, child_id, conversation_id, message_id, severity, categories, detector, "
    "confidence, status, created_at, hit_count, last_seen_at, acknowledged_by, "
    "acknowledged_at, assigned_to, assigned_at, resolved_by, resolved_at, resolution, "
    "parent_notified_at"
)
_SEVERITY_RANK_SQL = (
    "(CASE severity WHEN 'low' THEN 0 WHEN 'medium' THEN 1 WHEN 'high' THEN 2 ELSE 3 END)"
)


def incident_from_row(row: Mapping[str, Any]) -> Incident:
    return Incident(
        id=row["id"],
        seq=row["seq"],
        child_id=row["child_id"],
        conversation_id=row["conversation_id"],
        message_id=row["message_id"],
        severity=Severity(row["severity"]),
        categories=tuple(SafetyCategory(c) for c in row["categories"] or ()),
        detector=row["detector"],
        confidence=row["confidence"],
        status=IncidentStatus(row["status"]),
        created_at=row["created_at"],
        hit_count=row["hit_count"],
        last_seen_at=row["last_seen_at"],
        acknowledged_by=row["acknowledged_by"],
        acknowledged_at=row["acknowledged_at"],
        assigned_to=row["assigned_to"],
        assigned_at=row["assigned_at"],
        resolved_by=row["resolved_by"],
        resolved_at=row["resolved_at"],
        resolution=row["resolution"],
        parent_notified_at=row["parent_notified_at"],
    )


def _conditions(where: IncidentFilter, args: list[Any], prefix: str = "") -> list[str]:
    conditions: list[str] = []
    if where.status is not None:
        conditions.append(f"{prefix}status = {{}}")
        args.append(where.status.value)
    if where.min_severity is not None:
        conditions.append(_SEVERITY_RANK_SQL.replace("severity", f"{prefix}severity") + " >= {}")
        args.append(where.min_severity.rank)
    if where.categories:
        conditions.append(f"{prefix}categories && {{}}::varchar[]")
        args.append([c.value for c in where.categories])
    if where.child_id is not None:
        conditions.append(f"{prefix}child_id = {{}}")
        args.append(where.child_id)
    return conditions


class PgIncidentRepository:
    async def add(self, incident: Incident) -> None:
        await self._insert(incident)

    async def _insert(self, incident: Incident) -> Incident:
        rows = await IncidentTable.raw(
            "INSERT INTO incident (id, child_id, conversation_id, message_id, severity, "
            "categories, detector, confidence, status, created_at, last_seen_at) "
            f"VALUES ({{}}, {{}}, {{}}, {{}}, {{}}, {{}}, {{}}, {{}}, {{}}, {{}}, {{}}) "
            f"RETURNING {COLUMNS}",
            incident.id,
            incident.child_id,
            incident.conversation_id,
            incident.message_id,
            incident.severity.value,
            [c.value for c in incident.categories],
            incident.detector,
            incident.confidence,
            incident.status.value,
            incident.created_at,
            incident.last_seen_at or incident.created_at,
        )
        return incident_from_row(rows[0])

    async def add_or_fold(self, incident: Incident, since: datetime) -> tuple[Incident, bool]:
        """The send path holds the conversation's row lock, so folds of one conversation
        are serialised and a repeat can never open two incidents."""
        categories = [c.value for c in incident.categories]
        rows = await IncidentTable.raw(
            "UPDATE incident SET hit_count = hit_count + 1, last_seen_at = {} "
            "WHERE id = (SELECT id FROM incident WHERE conversation_id = {} AND status = 'open' "
            "AND categories @> {}::varchar[] AND categories <@ {}::varchar[] "
            f"AND last_seen_at >= {{}} AND {_SEVERITY_RANK_SQL} >= {{}} "
            f"ORDER BY seq DESC LIMIT 1) RETURNING {COLUMNS}",
            incident.created_at,
            incident.conversation_id,
            categories,
            categories,
            since,
            incident.severity.rank,
        )
        if rows:
            return incident_from_row(rows[0]), True
        return await self._insert(incident), False

    async def get(self, incident_id: UUID) -> Incident | None:
        rows = await IncidentTable.raw(
            f"SELECT {COLUMNS} FROM incident WHERE id = {{}}", incident_id
        )
        return incident_from_row(rows[0]) if rows else None

    async def get_many(self, ids: Sequence[UUID]) -> dict[UUID, Incident]:
        rows = await IncidentTable.raw(
            f"SELECT {COLUMNS} FROM incident WHERE id = ANY({{}})", list(ids)
        )
        return {row["id"]: incident_from_row(row) for row in rows}

    async def lock(self, incident_id: UUID) -> Incident | None:
        rows = await IncidentTable.raw(
            f"SELECT {COLUMNS} FROM incident WHERE id = {{}} FOR UPDATE", incident_id
        )
        return incident_from_row(rows[0]) if rows else None

    async def save_lifecycle(self, incident: Incident) -> None:
        await IncidentTable.raw(
            "UPDATE incident SET status = {}, acknowledged_by = {}, acknowledged_at = {}, "
            "assigned_to = {}, assigned_at = {}, resolved_by = {}, resolved_at = {}, "
            "resolution = {} WHERE id = {}",
            incident.status.value,
            incident.acknowledged_by,
            incident.acknowledged_at,
            incident.assigned_to,
            incident.assigned_at,
            incident.resolved_by,
            incident.resolved_at,
            incident.resolution,
            incident.id,
        )

    async def page(
        self, where: IncidentFilter, request: PageRequest[int], parent_id: str | None
    ) -> Page[Incident]:
        args: list[Any] = []
        conditions = _conditions(where, args)
        if parent_id is not None:
            conditions.append("child_id IN (SELECT id FROM child WHERE parent_id = {})")
            args.append(parent_id)
        if request.after is not None:
            conditions.append("seq < {}")
            args.append(request.after)
        if request.before is not None:
            conditions.append("seq > {}")
            args.append(request.before)
        order = "DESC" if request.forward else "ASC"
        args.append(request.limit + 1)
        clause = f"WHERE {' AND '.join(conditions)} " if conditions else ""
        rows = await IncidentTable.raw(
            f"SELECT {COLUMNS} FROM incident {clause}ORDER BY seq {order} LIMIT {{}}", *args
        )
        return Page.from_overfetch([incident_from_row(row) for row in rows], request)

    async def after(self, seq: int, where: IncidentFilter, limit: int) -> list[Incident]:
        args: list[Any] = [seq]
        conditions = ["seq > {}", *_conditions(where, args)]
        args.append(limit)
        rows = await IncidentTable.raw(
            f"SELECT {COLUMNS} FROM incident WHERE {' AND '.join(conditions)} "
            "ORDER BY seq LIMIT {}",
            *args,
        )
        return [incident_from_row(row) for row in rows]

    async def max_seq(self) -> int:
        rows = await IncidentTable.raw("SELECT coalesce(max(seq), 0) AS seq FROM incident")
        return int(rows[0]["seq"])

    async def add_note(self, note: IncidentNote) -> None:
        await IncidentNoteTable.raw(
            "INSERT INTO incident_note (id, incident_id, author_role, author_id, text, "
            "created_at) VALUES ({}, {}, {}, {}, {}, {})",
            note.id,
            note.incident_id,
            note.author_role,
            note.author_id,
            note.text,
            note.created_at,
        )

    async def notes_for(self, incident_ids: Sequence[UUID]) -> dict[UUID, list[IncidentNote]]:
        rows = await IncidentNoteTable.raw(
            "SELECT id, incident_id, author_role, author_id, text, created_at FROM incident_note "
            "WHERE incident_id = ANY({}) ORDER BY created_at, id",
            list(incident_ids),
        )
        found: dict[UUID, list[IncidentNote]] = defaultdict(list)
        for row in rows:
            found[row["incident_id"]].append(IncidentNote(**dict(row)))
        return found

    async def mark_parent_notified(self, incident_ids: Sequence[UUID], at: datetime) -> None:
        await IncidentTable.raw(
            "UPDATE incident SET parent_notified_at = {} WHERE id = ANY({})",
            at,
            list(incident_ids),
        )

    async def parents_awaiting_digest(self) -> list[str]:
        rows = await IncidentTable.raw(
            "SELECT DISTINCT c.parent_id FROM incident i JOIN child c ON c.id = i.child_id "
            "WHERE i.parent_notified_at IS NULL AND i.severity IN ('low', 'medium')"
        )
        return [row["parent_id"] for row in rows]

    async def awaiting_digest(self, parent_id: str, *, lock: bool) -> list[Incident]:
        columns = ", ".join(f"i.{name.strip()}" for name in COLUMNS.split(","))
        rows = await IncidentTable.raw(
            f"SELECT {columns} FROM incident i WHERE i.parent_notified_at IS NULL "
            "AND i.severity IN ('low', 'medium') "
            "AND i.child_id IN (SELECT id FROM child WHERE parent_id = {}) ORDER BY i.seq"
            + (" FOR UPDATE SKIP LOCKED" if lock else ""),
            parent_id,
        )
        return [incident_from_row(row) for row in rows]
