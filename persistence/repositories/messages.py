"""Messages: the two-message insert of an exchange, idempotency look-ups, context and pages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

import asyncpg

from domain.errors import DuplicateClientMessage
from domain.model import Message
from domain.paging import Page, PageRequest
from persistence.field_cipher import FieldCipher
from persistence.repositories.message_records import messages_by_position
from persistence.repositories.records import fetch
from persistence.repositories.rows import MESSAGE_COLUMNS, message_from_row, message_values
from persistence.tables import MessageTable

CLIENT_ID_CONSTRAINT = "message_conversation_id_client_message_id_key"
_PLACEHOLDERS = "(" + ", ".join(["{}"] * 13) + ")"
_PAGE_COLUMNS = ", ".join(f"m.{name.strip()}" for name in MESSAGE_COLUMNS.split(","))


class PgMessageRepository:
    def __init__(self, cipher: FieldCipher) -> None:
        self._cipher = cipher

    async def add_many(self, messages: Sequence[Message]) -> None:
        values = ", ".join([_PLACEHOLDERS] * len(messages))
        args = [value for message in messages for value in message_values(message, self._cipher)]
        try:
            await MessageTable.raw(
                f"INSERT INTO message ({MESSAGE_COLUMNS}) VALUES {values}", *args
            )
        except asyncpg.UniqueViolationError as error:
            if error.constraint_name == CLIENT_ID_CONSTRAINT:
                raise DuplicateClientMessage("this clientMessageId was already sent") from None
            raise

    async def exchange_by_client_id(
        self, conversation_id: UUID, client_message_id: str
    ) -> tuple[Message, Message | None] | None:
        rows = await MessageTable.raw(
            f"SELECT {MESSAGE_COLUMNS} FROM message WHERE conversation_id = {{}} AND "
            "(client_message_id = {} OR reply_to_id = (SELECT id FROM message WHERE "
            "conversation_id = {} AND client_message_id = {})) ORDER BY seq",
            conversation_id,
            client_message_id,
            conversation_id,
            client_message_id,
        )
        if not rows:
            return None
        found = [message_from_row(row, self._cipher) for row in rows]
        child = next(m for m in found if m.client_message_id == client_message_id)
        reply = next((m for m in found if m.reply_to_id == child.id), None)
        return child, reply

    async def recent(self, conversation_id: UUID, limit: int) -> list[Message]:
        if limit <= 0:
            return []
        rows = await MessageTable.raw(
            f"SELECT {MESSAGE_COLUMNS} FROM message WHERE conversation_id = {{}} "
            "ORDER BY seq DESC LIMIT {}",
            conversation_id,
            limit,
        )
        return [message_from_row(row, self._cipher) for row in reversed(rows)]

    async def get(self, message_id: UUID) -> Message | None:
        rows = await MessageTable.raw(
            f"SELECT {MESSAGE_COLUMNS} FROM message WHERE id = {{}}", message_id
        )
        return message_from_row(rows[0], self._cipher) if rows else None

    async def get_many(self, ids: Sequence[UUID]) -> dict[UUID, Message]:
        rows = await MessageTable.raw(
            f"SELECT {MESSAGE_COLUMNS} FROM message WHERE id = ANY({{}})", list(ids)
        )
        return {row["id"]: message_from_row(row, self._cipher) for row in rows}

    async def pages_for_conversations(
        self, conversation_ids: Sequence[UUID], request: PageRequest[int]
    ) -> dict[UUID, Page[Message]]:
        """One statement for many conversations; keys are sequence numbers."""
        conditions = ["m.conversation_id = k.conversation_id"]
        args: list[Any] = [list(conversation_ids)]
        if request.after is not None:
            args.append(request.after)
            conditions.append(f"m.seq > ${len(args)}")
        if request.before is not None:
            args.append(request.before)
            conditions.append(f"m.seq < ${len(args)}")
        order = "ASC" if request.forward else "DESC"
        args.append(request.limit + 1)
        rows = await fetch(
            MessageTable,
            f"SELECT k.ord, {_PAGE_COLUMNS} "
            "FROM unnest($1::uuid[]) WITH ORDINALITY AS k(conversation_id, ord), LATERAL ("
            f"SELECT * FROM message m WHERE {' AND '.join(conditions)} "
            f"ORDER BY m.seq {order} LIMIT ${len(args)}) m",
            *args,
        )
        # Grouped by the position of the conversation in the request (an int), not by the
        # driver's UUID objects, whose hash is computed anew on every look-up.
        grouped = messages_by_position(rows, self._cipher, len(conversation_ids))
        return {
            cid: Page.from_overfetch(found, request)
            for cid, found in zip(conversation_ids, grouped, strict=True)
        }
