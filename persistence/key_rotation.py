"""`teddy keys rotate`: re-seal every sealed column under the current key, while the service runs.

Put the new key first in `TEDDY_ENCRYPTION_KEYS` (keeping the old ones after it), restart or
roll the service so new writes use it, then rotate. The rotation walks each sealed column by
primary key in batches and re-seals the values that are not under the current key (including
legacy plaintext). Each batch is one UPDATE that only changes a row whose value is still the one
that was read (`... AND column = old`): messages never change, but a conversation's
responder_state does on every exchange, and such a row was just written under the current key
anyway. Rows that changed meanwhile are looked at again in a next pass. When no value is left
under an old key, the old key can be dropped from the keyring once the cache TTL has passed
(cached child content is sealed too, and expires).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson

from persistence.field_cipher import PREFIX, CipherError, FieldCipher
from persistence.repositories.notifications import BODY as NOTIFICATION_BODY
from persistence.repositories.notifications import TITLE as NOTIFICATION_TITLE
from persistence.repositories.rows import (
    CHILD_NAME,
    MESSAGE_CONTENT,
    RESPONDER_STATE,
    load_json,
    seal_json,
)
from persistence.tables import ChildTable

NIL_UUID = uuid.UUID(int=0)


@dataclass(frozen=True)
class SealedColumn:
    table: str
    key: str
    column: str
    context: str
    jsonb: bool = False
    """A jsonb column holding a sealed JSON string (or a legacy plain JSON object)."""

    @property
    def name(self) -> str:
        return f"{self.table}.{self.column}"


SEALED_COLUMNS = (
    SealedColumn("child", "id", "display_name", CHILD_NAME),
    SealedColumn("conversation", "id", "responder_state", RESPONDER_STATE, jsonb=True),
    SealedColumn("message", "id", "content", MESSAGE_CONTENT),
    # Legal-hold copies of messages keep the message's sealed value, so its context too.
    SealedColumn("incident_evidence", "message_id", "content", MESSAGE_CONTENT),
    SealedColumn("notification", "id", "title", NOTIFICATION_TITLE),
    SealedColumn("notification", "id", "body", NOTIFICATION_BODY),
)


@dataclass
class ColumnRotation:
    resealed: int = 0
    changed_meanwhile: int = 0
    unreadable: int = 0
    passes: int = 0
    remaining: int = 0


@dataclass
class RotationSummary:
    key_id: str
    batch_size: int
    columns: dict[str, ColumnRotation] = field(default_factory=dict)

    @property
    def remaining(self) -> int:
        return sum(c.remaining for c in self.columns.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "keyId": self.key_id,
            "batchSize": self.batch_size,
            "resealed": sum(c.resealed for c in self.columns.values()),
            "remaining": self.remaining,
            "columns": {
                name: {
                    "resealed": c.resealed,
                    "changedMeanwhile": c.changed_meanwhile,
                    "unreadable": c.unreadable,
                    "passes": c.passes,
                    "remaining": c.remaining,
                }
                for name, c in self.columns.items()
            },
        }


def _stale_condition(column: SealedColumn) -> str:
    """SQL true for a value not sealed under the current key; parameter: the key's prefix."""
    if column.jsonb:
        return (
            f"NOT (jsonb_typeof({column.column}) = 'string' AND "
            f"left({column.column} #>> ARRAY[]::text[], length({{}})) = {{}})"
        )
    return f"left({column.column}, length({{}})) <> {{}}"


class KeyRotator:
    def __init__(
        self,
        cipher: FieldCipher,
        *,
        batch_size: int = 500,
        max_passes: int = 5,
        progress: Callable[[str], None] | None = None,
    ) -> None:
        self._cipher = cipher
        self._batch_size = max(1, batch_size)
        self._max_passes = max(1, max_passes)
        self._progress = progress or (lambda _line: None)
        self._prefix = f"{PREFIX}{cipher.current_key_id}:"

    async def rotate(self) -> RotationSummary:
        summary = RotationSummary(key_id=self._cipher.current_key_id, batch_size=self._batch_size)
        for column in SEALED_COLUMNS:
            state = summary.columns.setdefault(column.name, ColumnRotation())
            while state.passes < self._max_passes:
                state.passes += 1
                found = await self._one_pass(column, state)
                if found == 0:
                    break
            state.remaining = await self.count_stale(column)
            self._progress(
                f"{column.name}: done, {state.resealed} re-sealed, {state.remaining} left"
            )
        return summary

    async def remaining(self) -> dict[str, int]:
        return {column.name: await self.count_stale(column) for column in SEALED_COLUMNS}

    async def count_stale(self, column: SealedColumn) -> int:
        rows = await ChildTable.raw(
            f"SELECT count(*) AS n FROM {column.table} WHERE {_stale_condition(column)}",
            self._prefix,
            self._prefix,
        )
        return int(rows[0]["n"])

    async def _one_pass(self, column: SealedColumn, state: ColumnRotation) -> int:
        """One walk over the column by key; returns how many stale values it saw."""
        seen = 0
        after: uuid.UUID = NIL_UUID
        value = f"{column.column}::text" if column.jsonb else column.column
        while True:
            rows = await ChildTable.raw(
                f"SELECT {column.key} AS id, {value} AS value FROM {column.table} "
                f"WHERE {column.key} > {{}} AND {_stale_condition(column)} "
                f"ORDER BY {column.key} LIMIT {{}}",
                after,
                self._prefix,
                self._prefix,
                self._batch_size,
            )
            if not rows:
                return seen
            seen += len(rows)
            after = rows[-1]["id"]
            ids, old, new = [], [], []
            for row in rows:
                try:
                    resealed = self._reseal(column, row["value"])
                except (CipherError, ValueError):
                    state.unreadable += 1
                    continue
                ids.append(row["id"])
                old.append(row["value"])
                new.append(resealed)
            updated = await self._write(column, ids, old, new) if ids else 0
            state.resealed += updated
            state.changed_meanwhile += len(ids) - updated
            self._progress(
                f"{column.name}: pass {state.passes}, {updated} of {len(rows)} re-sealed "
                f"(total {state.resealed})"
            )
            if len(rows) < self._batch_size:
                return seen

    def _reseal(self, column: SealedColumn, value: str) -> str:
        if not column.jsonb:
            return self._cipher.seal(
                self._cipher.open(value, context=column.context), context=column.context
            )
        loaded = orjson.loads(value)
        if isinstance(loaded, str):
            document = self._cipher.open(loaded, context=column.context)
            return orjson.dumps(self._cipher.seal(document, context=column.context)).decode()
        return seal_json(self._cipher, load_json(loaded), column.context)

    async def _write(
        self, column: SealedColumn, ids: list[Any], old: list[str], new: list[str]
    ) -> int:
        cast = "::jsonb" if column.jsonb else ""
        key_type = "uuid"
        rows = await ChildTable.raw(
            f"UPDATE {column.table} t SET {column.column} = v.new{cast} "
            f"FROM unnest({{}}::{key_type}[], {{}}::text[], {{}}::text[]) AS v(id, old, new) "
            f"WHERE t.{column.key} = v.id AND t.{column.column} = v.old{cast} "
            f"RETURNING t.{column.key}",
            ids,
            old,
            new,
        )
        return len(rows)
