"""Conversations: lifecycle writes, the locked read of the send path, and batched pages."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.enums import ConversationStatus
from domain.model import Conversation
from domain.paging import Page, PageRequest
from persistence.field_cipher import FieldCipher
from persistence.repositories.records import fetch
from persistence.repositories.rows import (
    CONVERSATION_COLUMNS,
    RESPONDER_STATE,
    conversation_from_row,
    dump_json,
    seal_json,
)
from persistence.tables import ConversationTable

_PAGE_COLUMNS = ", ".join(f"c.{name.strip()}" for name in CONVERSATION_COLUMNS.split(","))
ConversationKey = tuple[datetime, UUID]
"""Position in a child's list, newest first: (started_at, id)."""


class PgConversationRepository:
    def __init__(self, cipher: FieldCipher) -> None:
        self._cipher = cipher

    async def add(self, conversation: Conversation) -> None:
        await ConversationTable.raw(
            "INSERT INTO conversation (id, child_id, device_id, interaction_type, status, "
            "started_at, message_count, risk, responder_state, metadata) "
            "VALUES ({}, {}, {}, {}, {}, {}, 0, {}::jsonb, {}::jsonb, {}::jsonb)",
            conversation.id,
            conversation.child_id,
            conversation.device_id,
            conversation.interaction_type.value,
            conversation.status.value,
            conversation.started_at,
            dump_json(conversation.risk),
            seal_json(self._cipher, conversation.responder_state, RESPONDER_STATE),
            dump_json(conversation.metadata),
        )

    async def get(self, conversation_id: UUID) -> Conversation | None:
        rows = await ConversationTable.raw(
            f"SELECT {CONVERSATION_COLUMNS} FROM conversation WHERE id = {{}}", conversation_id
        )
        return conversation_from_row(rows[0], self._cipher) if rows else None

    async def get_many(self, ids: Sequence[UUID]) -> dict[UUID, Conversation]:
        rows = await ConversationTable.raw(
            f"SELECT {CONVERSATION_COLUMNS} FROM conversation WHERE id = ANY({{}})", list(ids)
        )
        return {row["id"]: conversation_from_row(row, self._cipher) for row in rows}

    async def lock(self, conversation_id: UUID) -> Conversation | None:
        rows = await ConversationTable.raw(
            f"SELECT {CONVERSATION_COLUMNS} FROM conversation WHERE id = {{}} FOR UPDATE",
            conversation_id,
        )
        return conversation_from_row(rows[0], self._cipher) if rows else None

    async def record_exchange(
        self,
        conversation_id: UUID,
        message_count: int,
        risk: dict[str, Any],
        responder_state: dict[str, Any],
    ) -> None:
        await ConversationTable.raw(
            "UPDATE conversation SET message_count = {}, risk = {}::jsonb, "
            "responder_state = {}::jsonb WHERE id = {}",
            message_count,
            dump_json(risk),
            seal_json(self._cipher, responder_state, RESPONDER_STATE),
            conversation_id,
        )

    async def set_status(
        self, conversation_id: UUID, status: ConversationStatus, ended_at: datetime | None
    ) -> Conversation | None:
        rows = await ConversationTable.raw(
            "UPDATE conversation SET status = {}, ended_at = {} WHERE id = {} "
            f"RETURNING {CONVERSATION_COLUMNS}",
            status.value,
            ended_at,
            conversation_id,
        )
        return conversation_from_row(rows[0], self._cipher) if rows else None

    async def active_by_age_group(self) -> dict[str, int]:
        rows = await ConversationTable.raw(
            "SELECT CASE WHEN ch.age <= 6 THEN '3-6' WHEN ch.age <= 10 THEN '7-10' "
            "ELSE '11-13' END AS age_group, count(*) AS n FROM conversation c "
            "JOIN child ch ON ch.id = c.child_id WHERE c.status = 'active' GROUP BY 1"
        )
        return {row["age_group"]: int(row["n"]) for row in rows}

    async def pages_for_children(
        self,
        child_ids: Sequence[UUID],
        request: PageRequest[ConversationKey],
        status: ConversationStatus | None = None,
    ) -> dict[UUID, Page[Conversation]]:
        """One statement for many children: each child's conversations, newest first."""
        conditions = ["c.child_id = k.child_id"]
        args: list[Any] = [list(child_ids)]
        if status is not None:
            args.append(status.value)
            conditions.append(f"c.status = ${len(args)}")
        if request.after is not None:
            args.extend(request.after)
            conditions.append(f"(c.started_at, c.id) < (${len(args) - 1}, ${len(args)})")
        if request.before is not None:
            args.extend(request.before)
            conditions.append(f"(c.started_at, c.id) > (${len(args) - 1}, ${len(args)})")
        order = "DESC" if request.forward else "ASC"
        args.append(request.limit + 1)
        rows = await fetch(
            ConversationTable,
            f"SELECT {_PAGE_COLUMNS} FROM unnest($1::uuid[]) AS k(child_id), LATERAL ("
            f"SELECT * FROM conversation c WHERE {' AND '.join(conditions)} "
            f"ORDER BY c.started_at {order}, c.id {order} LIMIT ${len(args)}) c",
            *args,
        )
        grouped: dict[UUID, list[Conversation]] = defaultdict(list)
        for row in rows:
            grouped[row["child_id"]].append(conversation_from_row(row, self._cipher))
        return {cid: Page.from_overfetch(grouped.get(cid, []), request) for cid in child_ids}
