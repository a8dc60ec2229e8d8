"""Parents and children."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from uuid import UUID

from domain.model import Child
from persistence.field_cipher import FieldCipher
from persistence.repositories.rows import CHILD_NAME, child_from_row
from persistence.tables import ChildTable, ParentTable

CHILD_COLUMNS = (
    "id, parent_id, display_name, age, consent_at, consent_method, created_at, retention_days"
)


class PgChildRepository:
    def __init__(self, cipher: FieldCipher) -> None:
        self._cipher = cipher

    async def ensure_parent(self, parent_id: str) -> None:
        await ParentTable.raw(
            "INSERT INTO parent (id) VALUES ({}) ON CONFLICT (id) DO NOTHING", parent_id
        )

    async def add_child(self, child: Child) -> None:
        await ChildTable.raw(
            "INSERT INTO child (id, parent_id, display_name, age, consent_at, consent_method, "
            "created_at, retention_days) VALUES ({}, {}, {}, {}, {}, {}, {}, {})",
            child.id,
            child.parent_id,
            self._cipher.seal(child.display_name, context=CHILD_NAME),
            child.age,
            child.consent_at,
            child.consent_method,
            child.created_at,
            child.retention_days,
        )

    async def get_child(self, child_id: UUID) -> Child | None:
        rows = await ChildTable.raw(f"SELECT {CHILD_COLUMNS} FROM child WHERE id = {{}}", child_id)
        return child_from_row(rows[0], self._cipher) if rows else None

    async def children_of(self, parent_ids: Sequence[str]) -> dict[str, list[Child]]:
        rows = await ChildTable.raw(
            f"SELECT {CHILD_COLUMNS} FROM child WHERE parent_id = ANY({{}}) "
            "ORDER BY created_at, id",
            list(parent_ids),
        )
        found: dict[str, list[Child]] = defaultdict(list)
        for row in rows:
            found[row["parent_id"]].append(child_from_row(row, self._cipher))
        return found

    async def children_by_ids(self, child_ids: Sequence[UUID]) -> dict[UUID, Child]:
        rows = await ChildTable.raw(
            f"SELECT {CHILD_COLUMNS} FROM child WHERE id = ANY({{}})", list(child_ids)
        )
        return {row["id"]: child_from_row(row, self._cipher) for row in rows}
