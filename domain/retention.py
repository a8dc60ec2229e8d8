"""COPPA controls: the retention period per child, the retention purge and a parent's request
to delete a child's data. Rules and what the legal hold keeps: domain/retention_model.py.

Every deletion writes an audit row (one per child and purge, one per parental deletion)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol
from uuid import UUID

from domain.access import managed_child
from domain.children import devices_removed
from domain.errors import NotFound
from domain.events import Outbox, OutboxNudge
from domain.incident_ports import AuditLog
from domain.incidents_model import AuditEntry
from domain.model import Child
from domain.ports import Clock, Transactions
from domain.principal import Principal, Role
from domain.retention_model import (
    LEGAL_HOLD,
    ChildPurge,
    ConversationDeletion,
    DeletionReceipt,
    PurgeReceipt,
    RetentionStore,
    check_retention_days,
)

logger = logging.getLogger(__name__)

SYSTEM_ROLE = "system"
PURGE_ACTOR = "retention-purge"
DEFAULT_BATCH_SIZE = 500
_CANDIDATES_PER_PAGE = 200


class ForgetsConversations(Protocol):
    async def forget(self, conversation_ids: Sequence[UUID]) -> None: ...


class RetentionService:
    def __init__(
        self,
        *,
        store: RetentionStore,
        audit: AuditLog,
        transactions: Transactions,
        clock: Clock,
        cache: ForgetsConversations,
        outbox: Outbox,
        relay: OutboxNudge,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        self._store = store
        self._audit = audit
        self._tx = transactions
        self._clock = clock
        self._cache = cache
        self._outbox = outbox
        self._relay = relay
        self._batch_size = batch_size

    async def set_retention(self, principal: Principal, child_id: UUID, days: int) -> Child:
        """The parent sets how long the child's messages are kept (1..365 days)."""
        principal.require(Role.PARENT)
        check_retention_days("days", days)
        now = self._clock.now()
        async with self._tx.transaction():
            child = managed_child(principal, await self._store.lock_child(child_id), child_id)
            updated = await self._store.set_retention(child_id, days)
            await self._audit.record(
                [
                    AuditEntry(
                        actor_role=principal.role.value,
                        actor_id=principal.subject,
                        action="set_retention",
                        entity="child",
                        entity_id=str(child_id),
                        details={"from": child.retention_days, "to": days},
                        at=now,
                    )
                ]
            )
        assert updated is not None  # the row is locked: it cannot have gone
        return updated

    async def delete_conversation(
        self, principal: Principal, conversation_id: UUID
    ) -> ConversationDeletion:
        """Delete one conversation of the parent's own child and its messages, except what a
        legal hold keeps (as in delete_child_data)."""
        principal.require(Role.PARENT)
        now = self._clock.now()
        async with self._tx.transaction():
            child_id = await self._store.conversation_child(conversation_id)
            child = await self._store.lock_child(child_id) if child_id is not None else None
            try:
                managed_child(principal, child, conversation_id)
            except NotFound:
                raise NotFound("conversation", conversation_id) from None
            deleted = await self._store.delete_conversation(conversation_id, now - LEGAL_HOLD)
            await self._audit.record(
                [
                    AuditEntry(
                        actor_role=principal.role.value,
                        actor_id=principal.subject,
                        action="delete_conversation",
                        entity="conversation",
                        entity_id=str(conversation_id),
                        details={
                            "messages": deleted.messages,
                            "incidents": deleted.incidents,
                            "heldIncidents": deleted.held_incidents,
                            "evidenceKept": deleted.evidence,
                        },
                        at=now,
                    )
                ]
            )
        await self._cache.forget([conversation_id])
        return deleted

    async def delete_child_data(self, principal: Principal, child_id: UUID) -> DeletionReceipt:
        """Delete everything of the parent's own child in one transaction, except incidents
        under legal hold (kept with a sealed copy of their message). The child record goes
        too: no tombstone beyond the audit row, which holds ids and counts, never content."""
        principal.require(Role.PARENT)
        now = self._clock.now()
        async with self._tx.transaction():
            child = managed_child(principal, await self._store.lock_child(child_id), child_id)
            deleted = await self._store.delete_child(child_id, now - LEGAL_HOLD)
            await self._outbox.record([devices_removed(child_id=child_id)])
            await self._audit.record(
                [
                    AuditEntry(
                        actor_role=principal.role.value,
                        actor_id=principal.subject,
                        action="delete_child_data",
                        entity="child",
                        entity_id=str(child_id),
                        details={
                            "conversations": len(deleted.conversation_ids),
                            "messages": deleted.messages,
                            "devices": deleted.devices,
                            "incidents": deleted.incidents,
                            "heldIncidents": deleted.held_incidents,
                            "evidenceKept": deleted.evidence,
                            "consentAt": child.consent_at.isoformat(),
                            "consentMethod": child.consent_method,
                        },
                        at=now,
                    )
                ]
            )
        self._relay.nudge()
        await self._cache.forget(deleted.conversation_ids)
        return DeletionReceipt(
            child_id=child_id,
            deleted_conversations=len(deleted.conversation_ids),
            deleted_messages=deleted.messages,
            deleted_devices=deleted.devices,
            deleted_incidents=deleted.incidents,
            held_incidents=deleted.held_incidents,
            deleted_at=now,
        )

    async def purge(self, *, dry_run: bool = False, batch_size: int | None = None) -> PurgeReceipt:
        """Delete what each child's retention period says is too old, batch by batch, then
        what legal holds no longer cover. A dry run only counts."""
        size = max(1, batch_size or self._batch_size)
        now = self._clock.now()
        hold_since = now - LEGAL_HOLD
        receipt = PurgeReceipt(started_at=now, dry_run=dry_run)
        after: UUID | None = None
        while True:
            candidates = await self._store.purge_candidates(
                now, hold_since, after, _CANDIDATES_PER_PAGE
            )
            for child_id, days in candidates:
                cutoff = now - timedelta(days=days)
                if dry_run:
                    done = await self._store.preview(child_id, days, cutoff, hold_since)
                else:
                    done = await self._purge_child(child_id, days, cutoff, hold_since, size)
                if done.removed_anything:
                    receipt.children.append(done)
            if len(candidates) < _CANDIDATES_PER_PAGE:
                break
            after = candidates[-1][0]
        async with self._tx.transaction():
            expired = await self._store.purge_expired_holds(hold_since, dry_run=dry_run)
            if expired and not dry_run:
                await self._audit.record(
                    [
                        _system_entry(
                            "legal_hold_expired",
                            h.child_id,
                            {"incidents": h.incidents, "evidence": h.evidence},
                            now,
                        )
                        for h in expired
                    ]
                )
        receipt.expired_holds = list(expired)
        receipt.finished_at = self._clock.now()
        logger.info("retention purge", extra={"receipt": receipt.totals(), "dryRun": dry_run})
        return receipt

    async def _purge_child(
        self, child_id: UUID, days: int, cutoff: datetime, hold_since: datetime, size: int
    ) -> ChildPurge:
        total = ChildPurge(child_id=child_id, retention_days=days, cutoff=cutoff)
        while True:
            async with self._tx.transaction():
                batch = await self._store.purge_messages(child_id, days, cutoff, hold_since, size)
            total = total.plus(batch)
            if batch.messages < size:
                break
        async with self._tx.transaction():
            total = total.plus(
                await self._store.purge_leftovers(child_id, days, cutoff, hold_since)
            )
            if total.removed_anything:
                details = {"retentionDays": days, "cutoff": cutoff.isoformat(), **total.counts()}
                await self._audit.record(
                    [_system_entry("retention_purge", child_id, details, self._clock.now())]
                )
        await self._cache.forget(total.conversation_ids)
        return total


def _system_entry(
    action: str, child_id: UUID, details: dict[str, object], at: datetime
) -> AuditEntry:
    return AuditEntry(
        actor_role=SYSTEM_ROLE,
        actor_id=PURGE_ACTOR,
        action=action,
        entity="child",
        entity_id=str(child_id),
        details=dict(details),
        at=at,
    )
