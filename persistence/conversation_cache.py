"""The conversation cache: L1 in process, L2 Redis, L3 PostgreSQL behind it.

L2 keeps `conversation:{id}` (the conversation with the child's age and name) and
`context:{id}` (the redacted recent messages), each as a Redis hash {v: version, d: sealed
JSON}. A write only replaces an entry with a newer version (one Lua script), so a slow writer
can never put an old conversation back. The context's version is the conversation's message
count; a reader uses a context only when its version equals the count it just read, so it
never sees a stale context. L1 holds contexts by (conversation, version): such an entry can
never go stale. Values are encrypted like the database copy. Redis trouble means a bypass.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

import orjson
import redis.asyncio as redis
from cachetools import LRUCache  # type: ignore[import-untyped]
from redis.exceptions import NoScriptError

from domain.enums import ConversationStatus, InteractionType, MessageRole
from domain.model import Child, Conversation
from domain.ports import HotConversation
from domain.responders.port import ContextMessage
from persistence.cache_metrics import CacheStats
from persistence.field_cipher import FieldCipher
from persistence.redis_guard import RedisGuard
from persistence.redis_line import RedisLine

_SET_IF_NEWER = """
local current = redis.call('HGET', KEYS[1], 'v')
if current and tonumber(current) >= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'v', ARGV[1], 'd', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1
"""

_STATUS_RANK = {
    ConversationStatus.ACTIVE: 0,
    ConversationStatus.ENDED: 1,
    ConversationStatus.ARCHIVED: 2,
}


def conversation_version(conversation: Conversation) -> int:
    """Grows with every change: messages only get added, statuses only move forward."""
    return conversation.message_count * 4 + _STATUS_RANK[conversation.status]


def _conversation_doc(
    conversation: Conversation, child: Child, recent_client_ids: Sequence[str] | None
) -> dict[str, Any]:
    return {
        "recent_client_ids": list(recent_client_ids) if recent_client_ids is not None else None,
        "id": str(conversation.id),
        "child_id": str(conversation.child_id),
        "device_id": str(conversation.device_id) if conversation.device_id else None,
        "interaction_type": conversation.interaction_type.value,
        "status": conversation.status.value,
        "started_at": conversation.started_at.isoformat(),
        "ended_at": conversation.ended_at.isoformat() if conversation.ended_at else None,
        "message_count": conversation.message_count,
        "risk": conversation.risk,
        "responder_state": conversation.responder_state,
        "metadata": conversation.metadata,
        "child": {
            "parent_id": child.parent_id,
            "display_name": child.display_name,
            "age": child.age,
            "consent_at": child.consent_at.isoformat(),
            "consent_method": child.consent_method,
            "created_at": child.created_at.isoformat(),
        },
    }


def _from_doc(doc: dict[str, Any]) -> HotConversation:
    kid = doc["child"]
    child = Child(
        id=UUID(doc["child_id"]),
        parent_id=kid["parent_id"],
        display_name=kid["display_name"],
        age=kid["age"],
        consent_at=datetime.fromisoformat(kid["consent_at"]),
        consent_method=kid["consent_method"],
        created_at=datetime.fromisoformat(kid["created_at"]),
    )
    conversation = Conversation(
        id=UUID(doc["id"]),
        child_id=child.id,
        device_id=UUID(doc["device_id"]) if doc["device_id"] else None,
        interaction_type=InteractionType(doc["interaction_type"]),
        status=ConversationStatus(doc["status"]),
        started_at=datetime.fromisoformat(doc["started_at"]),
        ended_at=datetime.fromisoformat(doc["ended_at"]) if doc["ended_at"] else None,
        message_count=doc["message_count"],
        risk=doc["risk"],
        responder_state=doc["responder_state"],
        metadata=doc["metadata"],
    )
    recent = doc.get("recent_client_ids")
    return HotConversation(conversation, child, tuple(recent) if recent is not None else None)


class RedisConversationCache:
    def __init__(
        self,
        client: redis.Redis,
        cipher: FieldCipher,
        *,
        ttl_seconds: int,
        guard: RedisGuard,
        stats: CacheStats,
        l1_size: int = 20_000,
        line: bool = True,
    ) -> None:
        self._redis = client
        self._cipher = cipher
        self._ttl = ttl_seconds
        self._guard = guard
        self._stats = stats
        self._set_if_newer = client.register_script(_SET_IF_NEWER)
        self._line = RedisLine.for_client(client) if line else None
        self._contexts: LRUCache[tuple[UUID, int], tuple[ContextMessage, ...]] = LRUCache(
            maxsize=l1_size
        )

    async def _hmget(self, key: str) -> Any:
        if self._line is not None:
            return await self._line.call("HMGET", key, "v", "d")
        return await self._redis.hmget(key, "v", "d")

    async def _read(self, key: str, context: str) -> tuple[int, Any] | None:
        found = await self._guard.run(lambda: self._hmget(key), None)
        if not found or found[0] is None or found[1] is None:
            return None
        raw = found[1]
        sealed = raw.decode() if isinstance(raw, bytes) else raw
        data = orjson.loads(self._cipher.open(sealed, context=context))
        return int(found[0]), data

    async def _write(self, *entries: tuple[str, int, Any, str]) -> None:
        """(key, version, value, context) entries, sealed, in one round trip."""
        sealed = [
            (key, version, self._cipher.seal(orjson.dumps(value).decode(), context=context))
            for key, version, value, context in entries
        ]

        async def write_on_line(line: RedisLine) -> Any:
            sha = self._set_if_newer.sha
            for attempt in range(2):
                results = await line.execute(
                    *(
                        ("EVALSHA", sha, 1, key, version, blob, self._ttl)
                        for key, version, blob in sealed
                    )
                )
                if attempt == 0 and any(isinstance(r, NoScriptError) for r in results):
                    await line.call("SCRIPT", "LOAD", _SET_IF_NEWER)
                    continue
                return results
            return None

        async def write() -> Any:
            if self._line is not None:
                return await write_on_line(self._line)
            # EVALSHA in a plain pipeline: one round trip (redis-py's script objects would add
            # a SCRIPT EXISTS round trip to every pipeline); load the script once when missing.
            for attempt in range(2):
                # As a context manager: the connection goes back to the pool even when the
                # guard's timeout cancels the call midway.
                async with self._redis.pipeline(transaction=False) as pipe:
                    for key, version, blob in sealed:
                        pipe.evalsha(self._set_if_newer.sha, 1, key, version, blob, self._ttl)
                    results = await pipe.execute(raise_on_error=False)
                if attempt == 0 and any(isinstance(r, NoScriptError) for r in results):
                    await self._redis.script_load(_SET_IF_NEWER)
                    continue
                return results
            return None

        await self._guard.run(write, None)

    @staticmethod
    def _conversation_entry(
        conversation: Conversation,
        child: Child,
        recent_client_ids: Sequence[str] | None = None,
    ) -> tuple[str, int, Any, str]:
        return (
            f"conversation:{conversation.id}",
            conversation_version(conversation),
            _conversation_doc(conversation, child, recent_client_ids),
            "cache.conversation",
        )

    def _context_entry(
        self, conversation_id: UUID, version: int, messages: Sequence[ContextMessage]
    ) -> tuple[str, int, Any, str]:
        frozen = tuple(messages)
        self._contexts[(conversation_id, version)] = frozen
        return (
            f"context:{conversation_id}",
            version,
            [[m.role.value, m.content] for m in frozen],
            "cache.context",
        )

    async def conversation(self, conversation_id: UUID) -> HotConversation | None:
        found = await self._read(f"conversation:{conversation_id}", "cache.conversation")
        self._stats.record("conversation", hit=found is not None)
        return _from_doc(found[1]) if found else None

    async def store_conversation(self, conversation: Conversation, child: Child) -> None:
        await self._write(self._conversation_entry(conversation, child))

    async def store_exchange(
        self,
        conversation: Conversation,
        child: Child,
        context: Sequence[ContextMessage] | None,
        recent_client_ids: Sequence[str] | None = None,
    ) -> None:
        entries = [self._conversation_entry(conversation, child, recent_client_ids)]
        if context is not None:
            entries.append(
                self._context_entry(conversation.id, conversation.message_count, context)
            )
        await self._write(*entries)

    async def context(self, conversation_id: UUID, version: int) -> list[ContextMessage] | None:
        local = self._contexts.get((conversation_id, version))
        self._stats.record("context_l1", hit=local is not None)
        if local is not None:
            return list(local)
        found = await self._read(f"context:{conversation_id}", "cache.context")
        hit = found is not None and found[0] == version
        self._stats.record("context_l2", hit=hit)
        if not hit or found is None:
            return None
        messages = tuple(ContextMessage(MessageRole(r), c) for r, c in found[1])
        self._contexts[(conversation_id, version)] = messages
        return list(messages)

    async def store_context(
        self, conversation_id: UUID, version: int, messages: Sequence[ContextMessage]
    ) -> None:
        await self._write(self._context_entry(conversation_id, version, messages))

    async def forget(self, conversation_ids: Sequence[UUID]) -> None:
        if not conversation_ids:
            return
        gone = set(conversation_ids)
        for key in [key for key in self._contexts if key[0] in gone]:
            self._contexts.pop(key, None)
        keys = [f"{kind}:{cid}" for cid in conversation_ids for kind in ("conversation", "context")]
        await self._guard.run(lambda: self._redis.delete(*keys), None)
