"""Write floor: the database writes of one sendMessage, by a bare asyncpg handler.

In one transaction: the conversation's counter moves on by two, and the child's message and
the teddy's reply are inserted. No GraphQL, no auth, no safety, no encryption, no cache, no
outbox: what is left is the cost of the writes themselves.
Serve: BENCH_DATABASE_URL=... uvicorn bench.floor_write:app --workers 1
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import asyncpg
import orjson

from bench.floor_app import floor_app

BUMP = (
    "UPDATE conversation SET message_count = message_count + 2 WHERE id = $1 "
    "RETURNING message_count"
)
INSERT_TWO = (
    "INSERT INTO message (id, conversation_id, seq, role, content, client_message_id, "
    "safety_level, safety_score, safety_categories, engine_version, reply_to_id, replaced, "
    "created_at) VALUES "
    "($1, $3, $4, 'child', $5, $6, 'safe', 1.0, '{}', 'floor', NULL, false, $8), "
    "($2, $3, $4 + 1, 'teddy', $7, NULL, 'safe', 1.0, '{}', 'floor', $1, false, $8)"
)
REPLY = "What a lovely thing to say! Tell me more."


async def send_message(pool: asyncpg.Pool, body: dict[str, Any]) -> bytes:
    conversation_id = uuid.UUID(body["conversationId"])
    child_id, reply_id = uuid.uuid4(), uuid.uuid4()
    now = datetime.now(UTC)
    async with pool.acquire() as connection, connection.transaction():
        count = await connection.fetchval(BUMP, conversation_id)
        if count is None:
            raise KeyError("conversation")
        await connection.execute(
            INSERT_TWO,
            child_id,
            reply_id,
            conversation_id,
            count - 1,
            body["content"],
            uuid.uuid4().hex,
            REPLY,
            now,
        )
    return orjson.dumps({"childMessage": {"id": str(child_id)}, "reply": {"id": str(reply_id)}})


app = floor_app("/send", send_message)
