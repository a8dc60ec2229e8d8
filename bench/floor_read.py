"""Read floor: the parent Dashboard built as JSON by one SQL statement (json_agg).

The same shape as the contract's Dashboard query: the parent's children, each child's 10
newest conversations, each with its last 20 messages. Content comes out as stored (sealed):
the floor does no decryption, no auth, no GraphQL.
Serve: BENCH_DATABASE_URL=... uvicorn bench.floor_read:app --workers 1
"""

from __future__ import annotations

from typing import Any

import asyncpg

from bench.floor_app import floor_app

DASHBOARD_SQL = """
SELECT json_build_object('id', $1::text, 'children', COALESCE((
  SELECT json_agg(json_build_object(
    'id', ch.id, 'displayName', ch.display_name, 'age', ch.age,
    'conversations', (
      SELECT COALESCE(json_agg(json_build_object(
        'id', c.id, 'status', c.status, 'interactionType', c.interaction_type,
        'startedAt', c.started_at, 'messageCount', c.message_count,
        'messages', (
          SELECT COALESCE(json_agg(json_build_object(
            'id', m.id, 'role', m.role, 'content', m.content, 'createdAt', m.created_at,
            'safety', json_build_object('level', m.safety_level, 'categories', m.safety_categories)
          ) ORDER BY m.seq), '[]'::json)
          FROM (SELECT * FROM message WHERE conversation_id = c.id ORDER BY seq DESC LIMIT 20) m)
      ) ORDER BY c.started_at DESC, c.id DESC), '[]'::json)
      FROM (SELECT * FROM conversation WHERE child_id = ch.id
            ORDER BY started_at DESC, id DESC LIMIT 10) c)
  ) ORDER BY ch.created_at, ch.id)
  FROM child ch WHERE ch.parent_id = $1), '[]'::json))::text
"""


async def dashboard(pool: asyncpg.Pool, body: dict[str, Any]) -> bytes:
    async with pool.acquire() as connection:
        document: str = await connection.fetchval(DASHBOARD_SQL, str(body["parentId"]))
    return document.encode()


app = floor_app("/dashboard", dashboard)
