"""The audit log: who changed or read what, when."""

from __future__ import annotations

from collections.abc import Sequence

from domain.incidents_model import AuditEntry
from persistence.repositories.rows import dump_json, load_json
from persistence.tables import AuditLogTable


class PgAuditLog:
    async def record(self, entries: Sequence[AuditEntry]) -> None:
        if not entries:
            return
        values = ", ".join(["({}, {}, {}, {}, {}, {}::jsonb, coalesce({}, now()))"] * len(entries))
        args: list[object] = []
        for e in entries:
            args.extend(
                (
                    e.actor_role,
                    e.actor_id,
                    e.action,
                    e.entity,
                    e.entity_id,
                    dump_json(e.details),
                    e.at,
                )
            )
        await AuditLogTable.raw(
            "INSERT INTO audit_log (actor_role, actor_id, action, entity, entity_id, details, at) "
            f"VALUES {values}",
            *args,
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
