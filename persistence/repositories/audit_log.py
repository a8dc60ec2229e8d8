"""The audit log: who changed or read what, when."""

from __future__ import annotations

from collections.abc import Sequence

from domain.incidents_model import AuditEntry
from persistence.repositories.rows import dump_json, load_json
from persistence.tables import AuditLogTable

_INSERT = (
    "INSERT INTO audit_log (actor_role, actor_id, action, entity, entity_id, details, at) "
    "SELECT actor_role, actor_id, action, entity, entity_id, details::jsonb, coalesce(at, now()) "
    "FROM unnest({}::text[], {}::text[], {}::text[], {}::text[], {}::text[], {}::text[], "
    "{}::timestamptz[]) AS e(actor_role, actor_id, action, entity, entity_id, details, at)"
)


class PgAuditLog:
    async def record(self, entries: Sequence[AuditEntry]) -> None:
        """All `entries` in one statement: seven array parameters, however many rows (a shared
        live feed audits every reader of an incident at once)."""
        if not entries:
            return
        encoded: dict[int, str] = {}  # entries often share one details object (many readers)
        for e in entries:
            if id(e.details) not in encoded:
                encoded[id(e.details)] = dump_json(e.details)
        await AuditLogTable.raw(
            _INSERT,
            [e.actor_role for e in entries],
            [e.actor_id for e in entries],
            [e.action for e in entries],
            [e.entity for e in entries],
            [e.entity_id for e in entries],
            [encoded[id(e.details)] for e in entries],
            [e.at for e in entries],
        )

    async def entries_for(self, entity: str, entity_id: str) -> list[AuditEntry]:
        rows = await AuditLogTable.raw(
            "SELECT actor_role, actor_id, action, entity, entity_id, details, at FROM audit_log "
            "WHERE entity = {} AND entity_id = {} ORDER BY id",
            entity,
            entity_id,
        )
        return [
            AuditEntry(
                actor_role=row["actor_role"],
                actor_id=row["actor_id"],
                action=row["action"],
                entity=row["entity"],
                entity_id=row["entity_id"],
                details=load_json(row["details"]),
                at=row["at"],
            )
            for row in rows
        ]
