"""The audit log: who changed or read what, when."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from domain.incidents_model import AuditEntry
from persistence.repositories.rows import dump_json, load_json
from persistence.tables import AuditLogTable

_INSERT = (
    "INSERT INTO audit_log (actor_role, actor_id, action, entity, entity_id, details, at) "
    "SELECT actor_role, actor_id, action, entity, entity_id, details::jsonb, coalesce(at, now()) "
    "FROM unnest({}::text[], {}::text[], {}::text[], {}::text[], {}::text[], {}::text[], "
    "{}::timestamptz[]) AS e(actor_role, actor_id, action, entity, entity_id, details, at)"
)
_INSERT_READS = (
    "INSERT INTO audit_log (actor_role, actor_id, action, entity, entity_id, details, at) "
    "SELECT a.actor_role, a.actor_id, {}::text, {}::text, t.entity_id, t.details, "
    "{}::timestamptz "
    "FROM unnest({}::text[], {}::text[]) WITH ORDINALITY AS a(actor_role, actor_id, n) "
    "CROSS JOIN unnest({}::text[], {}::jsonb[]) WITH ORDINALITY AS t(entity_id, details, m) "
    "ORDER BY t.m, a.n"
)


class PgAuditLog:
    async def record(self, entries: Sequence[AuditEntry]) -> None:
        """All `entries` in one statement: seven array parameters, however many rows."""
        if not entries:
            return
        await AuditLogTable.raw(
            _INSERT,
            [e.actor_role for e in entries],
            [e.actor_id for e in entries],
            [e.action for e in entries],
            [e.entity for e in entries],
            [e.entity_id for e in entries],
            [dump_json(e.details) for e in entries],
            [e.at for e in entries],
        )

    async def record_reads(
        self,
        actors: Sequence[tuple[str, str]],
        action: str,
        entity: str,
        targets: Sequence[tuple[str, Mapping[str, Any]]],
        at: datetime,
    ) -> None:
        """Every actor for every target in one statement of five parameters (a thousand
        moderators reading one incident: one row each, the details parsed once)."""
        if not actors or not targets:
            return
        await AuditLogTable.raw(
            _INSERT_READS,
            action,
            entity,
            at,
            [role for role, _ in actors],
            [actor for _, actor in actors],
            [entity_id for entity_id, _ in targets],
            [dump_json(details) for _, details in targets],
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
