"""Retention purge, parental deletion and legal-hold evidence (domain/retention_model.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.model import Child, Message
from domain.retention_model import ChildDeletion, ChildPurge, ConversationDeletion, ExpiredHold
from persistence.field_cipher import FieldCipher
from persistence.repositories.messages import PgMessageRepository
from persistence.repositories.rows import MESSAGE_COLUMNS, child_from_row, message_from_row
from persistence.tables import ChildTable, IncidentEvidenceTable

_CHILD_COLUMNS = (
    "id, parent_id, display_name, age, consent_at, consent_method, created_at, retention_days"
)
_MESSAGE_FIELDS = [name.strip() for name in MESSAGE_COLUMNS.split(",")]
# incident_evidence has the message's columns, `message_id` for `id`, plus child_id.
_EVIDENCE_COLUMNS = ", ".join(["message_id", *_MESSAGE_FIELDS[1:], "child_id"])
_EVIDENCE_AS_MESSAGE = ", ".join(["message_id AS id", *_MESSAGE_FIELDS[1:]])


def _held(alias: str, param: str = "{}") -> str:
    """The legal hold: a critical incident raised since `hold_since`."""
    return f"({alias}.severity = 'critical' AND {alias}.created_at >= {param})"


def _copy_evidence(message_filter: str) -> str:
    """INSERT of the sealed copies of held incidents' messages (the value is copied as it is,
    so the content is never decrypted). `message_filter` restricts `m` (and `c`, its
    conversation); its parameters come first, then `hold_since`."""
    selected = ", ".join(["m.id", *(f"m.{f}" for f in _MESSAGE_FIELDS[1:]), "c.child_id"])
    return (
        f"INSERT INTO incident_evidence ({_EVIDENCE_COLUMNS}) SELECT {selected} "
        "FROM message m JOIN conversation c ON c.id = m.conversation_id "
        f"WHERE {message_filter} AND EXISTS (SELECT 1 FROM incident i "
        f"WHERE i.message_id = m.id AND {_held('i')}) "
        "ON CONFLICT (message_id) DO NOTHING RETURNING message_id"
    )


async def _one(sql: str, *args: Any) -> dict[str, Any]:
    rows = await ChildTable.raw(sql, *args)
    return dict(rows[0])


class PgRetentionStore:
    def __init__(self, cipher: FieldCipher) -> None:
        self._cipher = cipher

    async def lock_child(self, child_id: UUID) -> Child | None:
        rows = await ChildTable.raw(
            f"SELECT {_CHILD_COLUMNS} FROM child WHERE id = {{}} FOR UPDATE", child_id
        )
        return child_from_row(rows[0], self._cipher) if rows else None

    async def set_retention(self, child_id: UUID, days: int) -> Child | None:
        rows = await ChildTable.raw(
            f"UPDATE child SET retention_days = {{}} WHERE id = {{}} RETURNING {_CHILD_COLUMNS}",
            days,
            child_id,
        )
        return child_from_row(rows[0], self._cipher) if rows else None

    async def conversation_child(self, conversation_id: UUID) -> UUID | None:
        rows = await ChildTable.raw(
            "SELECT child_id FROM conversation WHERE id = {}", conversation_id
        )
        return rows[0]["child_id"] if rows else None

    async def delete_conversation(
        self, conversation_id: UUID, hold_since: datetime
    ) -> ConversationDeletion:
        kept = await ChildTable.raw(_copy_evidence("c.id = {}"), conversation_id, hold_since)
        counts = await _one(
            "WITH incidents AS (DELETE FROM incident i WHERE i.conversation_id = {} "
            f"AND NOT {_held('i')} RETURNING 1), "
            "messages AS (DELETE FROM message m WHERE m.conversation_id = {} RETURNING 1) "
            "SELECT (SELECT count(*) FROM incidents) AS incidents, "
            "(SELECT count(*) FROM messages) AS messages, "
            "(SELECT count(*) FROM incident i WHERE i.conversation_id = {} "
            f"AND {_held('i')}) AS held",
            conversation_id,
            hold_since,
            conversation_id,
            conversation_id,
            hold_since,
        )
        await ChildTable.raw("DELETE FROM conversation WHERE id = {}", conversation_id)
        return ConversationDeletion(
            conversation_id=conversation_id,
            messages=int(counts["messages"]),
            incidents=int(counts["incidents"]),
            held_incidents=int(counts["held"]),
            evidence=len(kept),
        )

    async def delete_child(self, child_id: UUID, hold_since: datetime) -> ChildDeletion:
        kept = await ChildTable.raw(_copy_evidence("c.child_id = {}"), child_id, hold_since)
        counts = await _one(
            "WITH incidents AS (DELETE FROM incident i WHERE i.child_id = {} "
            f"AND NOT {_held('i')} RETURNING 1), "
            "messages AS (DELETE FROM message m USING conversation c "
            "WHERE c.id = m.conversation_id AND c.child_id = {} RETURNING 1) "
            "SELECT (SELECT count(*) FROM incidents) AS incidents, "
            "(SELECT count(*) FROM messages) AS messages, "
            "(SELECT count(*) FROM incident i WHERE i.child_id = {} "
            f"AND {_held('i')}) AS held",
            child_id,
            hold_since,
            child_id,
            child_id,
            hold_since,
        )
        # Conversations cascade nothing left (their messages are gone); devices after them
        # (conversation.device_id is SET NULL); the child last (notifications cascade).
        conversations = await ChildTable.raw(
            "DELETE FROM conversation WHERE child_id = {} RETURNING id", child_id
        )
        devices = await ChildTable.raw(
            "DELETE FROM device WHERE child_id = {} RETURNING id", child_id
        )
        await ChildTable.raw("DELETE FROM child WHERE id = {}", child_id)
        return ChildDeletion(
            conversation_ids=tuple(row["id"] for row in conversations),
            messages=int(counts["messages"]),
            devices=len(devices),
            incidents=int(counts["incidents"]),
            held_incidents=int(counts["held"]),
            evidence=len(kept),
        )

    async def purge_candidates(
        self, now: datetime, hold_since: datetime, after: UUID | None, limit: int
    ) -> list[tuple[UUID, int]]:
        cutoff = "({}::timestamptz - make_interval(days => ch.retention_days))"
        rows = await ChildTable.raw(
            "SELECT ch.id, ch.retention_days FROM child ch "
            "WHERE ({}::uuid IS NULL OR ch.id > {}::uuid) AND ("
            "EXISTS (SELECT 1 FROM conversation c JOIN message m ON m.conversation_id = c.id "
            f"WHERE c.child_id = ch.id AND m.created_at < {cutoff}) "
            "OR EXISTS (SELECT 1 FROM conversation c WHERE c.child_id = ch.id "
            "AND c.status IN ('ended', 'archived') "
            f"AND coalesce(c.ended_at, c.started_at) < {cutoff} "
            "AND NOT EXISTS (SELECT 1 FROM message m WHERE m.conversation_id = c.id)) "
            "OR EXISTS (SELECT 1 FROM incident i WHERE i.child_id = ch.id "
            f"AND coalesce(i.last_seen_at, i.created_at) < {cutoff} AND NOT {_held('i')}) "
            "OR EXISTS (SELECT 1 FROM notification n WHERE n.child_id = ch.id "
            f"AND n.created_at < {cutoff})"
            ") ORDER BY ch.id LIMIT {}",
            after,
            after,
            now,
            now,
            now,
            hold_since,
            now,
            limit,
        )
        return [(row["id"], int(row["retention_days"])) for row in rows]

    async def purge_messages(
        self, child: UUID, retention_days: int, cutoff: datetime, hold_since: datetime, limit: int
    ) -> ChildPurge:
        # All parts of one statement see the same snapshot: the evidence copy reads the
        # messages the DELETE removes.
        doomed = (
            "SELECT m.id FROM message m JOIN conversation c ON c.id = m.conversation_id "
            "WHERE c.child_id = {} AND m.created_at < {} ORDER BY m.created_at LIMIT {}"
        )
        row = await _one(
            f"WITH doomed AS ({doomed}), "
            f"kept AS ({_copy_evidence('m.id IN (SELECT id FROM doomed)')}), "
            "gone AS (DELETE FROM message m USING doomed d WHERE m.id = d.id "
            "RETURNING m.conversation_id) "
            "SELECT (SELECT count(*) FROM gone) AS messages, "
            "(SELECT count(*) FROM kept) AS kept, "
            "ARRAY(SELECT DISTINCT conversation_id FROM gone) AS conversation_ids",
            child,
            cutoff,
            limit,
            hold_since,
        )
        return ChildPurge(
            child_id=child,
            retention_days=retention_days,
            cutoff=cutoff,
            messages=int(row["messages"]),
            evidence_kept=int(row["kept"]),
            conversation_ids=tuple(row["conversation_ids"] or ()),
        )

    async def purge_leftovers(
        self, child: UUID, retention_days: int, cutoff: datetime, hold_since: datetime
    ) -> ChildPurge:
        row = await _one(
            "WITH conversations AS (DELETE FROM conversation c WHERE c.child_id = {} "
            "AND c.status IN ('ended', 'archived') AND coalesce(c.ended_at, c.started_at) < {} "
            "AND NOT EXISTS (SELECT 1 FROM message m WHERE m.conversation_id = c.id) "
            "RETURNING c.id), "
            "incidents AS (DELETE FROM incident i WHERE i.child_id = {} "
            f"AND coalesce(i.last_seen_at, i.created_at) < {{}} AND NOT {_held('i')} "
            "RETURNING 1), "
            "notifications AS (DELETE FROM notification n WHERE n.child_id = {} "
            "AND n.created_at < {} RETURNING 1) "
            "SELECT ARRAY(SELECT id FROM conversations) AS conversation_ids, "
            "(SELECT count(*) FROM incidents) AS incidents, "
            "(SELECT count(*) FROM notifications) AS notifications",
            child,
            cutoff,
            child,
            cutoff,
            hold_since,
            child,
            cutoff,
        )
        ids = tuple(row["conversation_ids"] or ())
        return ChildPurge(
            child_id=child,
            retention_days=retention_days,
            cutoff=cutoff,
            conversations=len(ids),
            incidents=int(row["incidents"]),
            notifications=int(row["notifications"]),
            conversation_ids=ids,
        )

    async def preview(
        self, child: UUID, retention_days: int, cutoff: datetime, hold_since: datetime
    ) -> ChildPurge:
        old_messages = (
            "FROM message m JOIN conversation c ON c.id = m.conversation_id "
            "WHERE c.child_id = {} AND m.created_at < {}"
        )
        row = await _one(
            f"SELECT (SELECT count(*) {old_messages}) AS messages, "
            f"(SELECT count(*) {old_messages} AND NOT EXISTS (SELECT 1 FROM incident_evidence e "
            "WHERE e.message_id = m.id) AND EXISTS (SELECT 1 FROM incident i "
            f"WHERE i.message_id = m.id AND {_held('i')})) AS kept, "
            "(SELECT count(*) FROM conversation c WHERE c.child_id = {} "
            "AND c.status IN ('ended', 'archived') AND coalesce(c.ended_at, c.started_at) < {} "
            "AND NOT EXISTS (SELECT 1 FROM message m WHERE m.conversation_id = c.id "
            "AND m.created_at >= {})) AS conversations, "
            "(SELECT count(*) FROM incident i WHERE i.child_id = {} "
            f"AND coalesce(i.last_seen_at, i.created_at) < {{}} AND NOT {_held('i')}) "
            "AS incidents, "
            "(SELECT count(*) FROM notification n WHERE n.child_id = {} AND n.created_at < {}) "
            "AS notifications",
            *(child, cutoff),
            *(child, cutoff, hold_since),
            *(child, cutoff, cutoff),
            *(child, cutoff, hold_since),
            *(child, cutoff),
        )
        return ChildPurge(
            child_id=child,
            retention_days=retention_days,
            cutoff=cutoff,
            messages=int(row["messages"]),
            conversations=int(row["conversations"]),
            incidents=int(row["incidents"]),
            notifications=int(row["notifications"]),
            evidence_kept=int(row["kept"]),
        )

    async def purge_expired_holds(
        self, hold_since: datetime, *, dry_run: bool
    ) -> Sequence[ExpiredHold]:
        incidents = (
            "FROM incident i WHERE NOT EXISTS (SELECT 1 FROM child ch WHERE ch.id = i.child_id) "
            f"AND NOT {_held('i')}"
        )
        evidence = (
            "FROM incident_evidence e WHERE NOT EXISTS (SELECT 1 FROM incident i "
            f"WHERE i.message_id = e.message_id AND {_held('i')})"
        )
        if dry_run:
            sql = (
                f"SELECT 'incident' AS kind, i.child_id {incidents} UNION ALL "
                f"SELECT 'evidence' AS kind, e.child_id {evidence}"
            )
        else:
            sql = (
                f"WITH incidents AS (DELETE {incidents} RETURNING i.child_id), "
                f"evidence AS (DELETE {evidence} RETURNING e.child_id) "
                "SELECT 'incident' AS kind, child_id FROM incidents UNION ALL "
                "SELECT 'evidence' AS kind, child_id FROM evidence"
            )
        rows = await ChildTable.raw(sql, hold_since, hold_since)
        counts: dict[UUID, dict[str, int]] = defaultdict(lambda: {"incident": 0, "evidence": 0})
        for row in rows:
            counts[row["child_id"]][row["kind"]] += 1
        return [
            ExpiredHold(child_id=cid, incidents=c["incident"], evidence=c["evidence"])
            for cid, c in sorted(counts.items(), key=lambda item: str(item[0]))
        ]

    async def evidence_of(self, message_ids: Sequence[UUID]) -> dict[UUID, Message]:
        """The held copies of messages that are gone from the message table."""
        rows = await IncidentEvidenceTable.raw(
            f"SELECT {_EVIDENCE_AS_MESSAGE} FROM incident_evidence WHERE message_id = ANY({{}})",
            list(message_ids),
        )
        return {row["id"]: message_from_row(row, self._cipher) for row in rows}


class EvidenceBackedMessages(PgMessageRepository):
    """Messages by id for incident readers: the message table first, then the legal-hold
    evidence for messages already purged or deleted."""

    def __init__(self, cipher: FieldCipher, evidence: PgRetentionStore) -> None:
        super().__init__(cipher)
        self._evidence = evidence

    async def get(self, message_id: UUID) -> Message | None:
        return (await self.get_many([message_id])).get(message_id)

    async def get_many(self, ids: Sequence[UUID]) -> dict[UUID, Message]:
        found = await super().get_many(ids)
        missing = [i for i in ids if i not in found]
        if missing:
            found.update(await self._evidence.evidence_of(missing))
        return found
