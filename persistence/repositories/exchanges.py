"""The common exchange in one statement: both messages, the conversation's counters and the
outbox events, written only while the conversation is as the caller last saw it.

One data-modifying statement is atomic on its own, so it needs no BEGIN/COMMIT: one round
trip instead of six (BEGIN, SELECT ... FOR UPDATE, INSERT, UPDATE, INSERT, COMMIT). The
UPDATE matches only while the conversation is active and still has `expected_count` messages;
under READ COMMITTED a concurrent writer makes it re-check that condition on the new row, so
a lost race writes nothing and the caller takes the locking path instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

import asyncpg

from domain.errors import DuplicateClientMessage
from domain.events import DomainEvent
from domain.model import Message
from persistence.field_cipher import FieldCipher
from persistence.repositories.messages import CLIENT_ID_CONSTRAINT
from persistence.repositories.rows import (
    MESSAGE_COLUMNS,
    RESPONDER_STATE,
    dump_json,
    message_values,
    seal_json,
)
from persistence.tables import ConversationTable

_MESSAGE_TYPES = (
    "uuid",
    "uuid",
    "integer",
    "varchar",
    "text",
    "varchar",
    "varchar",
    "double precision",
    "varchar[]",
    "varchar",
    "uuid",
    "boolean",
    "timestamptz",
)
_EVENT_TYPES = ("varchar", "varchar", "jsonb")


def _rows(count: int, types: Sequence[str]) -> str:
    row = "(" + ", ".join(f"{{}}::{kind}" for kind in types) + ")"
    return ", ".join([row] * count)


class PgExchangeWriter:
    def __init__(self, cipher: FieldCipher) -> None:
        self._cipher = cipher

    async def append_if_unchanged(
        self,
        *,
        conversation_id: UUID,
        expected_count: int,
        messages: Sequence[Message],
        risk: dict[str, Any],
        responder_state: dict[str, Any],
        events: Sequence[DomainEvent],
    ) -> bool:
        args: list[Any] = [
            expected_count + len(messages),
            dump_json(risk),
            seal_json(self._cipher, responder_state, RESPONDER_STATE),
            conversation_id,
            expected_count,
        ]
        for message in messages:
            args.extend(message_values(message, self._cipher))
        sql = (
            "WITH bumped AS (UPDATE conversation SET message_count = {}, risk = {}::jsonb, "
            "responder_state = {}::jsonb WHERE id = {} AND message_count = {} "
            "AND status = 'active' RETURNING id), "
            f"added AS (INSERT INTO message ({MESSAGE_COLUMNS}) SELECT v.* FROM bumped, "
            f"(VALUES {_rows(len(messages), _MESSAGE_TYPES)}) AS v RETURNING 1)"
        )
        if events:
            sql += (
                ", published AS (INSERT INTO outbox (topic, kind, payload) SELECT e.* "
                f"FROM bumped, (VALUES {_rows(len(events), _EVENT_TYPES)}) AS e RETURNING 1)"
            )
            for event in events:
                args.extend((event.topic, event.kind, dump_json(event.payload)))
        sql += " SELECT count(*) AS written FROM bumped"
        try:
            rows = await ConversationTable.raw(sql, *args)
        except asyncpg.UniqueViolationError as error:
            if error.constraint_name == CLIENT_ID_CONSTRAINT:
                raise DuplicateClientMessage("this clientMessageId was already sent") from None
            raise
        return bool(rows and rows[0]["written"])
