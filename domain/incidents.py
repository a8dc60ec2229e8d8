"""Working safety incidents: who may see them, the lifecycle, notes and the audit trail.

Moderators and admins see and work every incident; a parent sees only their own children's
incidents and cannot change them; devices see nothing. Every change and every staff read of
a message's content writes an audit row."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from domain import content_rules
from domain.errors import InvalidTransition, NotFound
from domain.events import INCIDENTS_TOPIC, DomainEvent, Outbox, OutboxNudge
from domain.incident_ports import AuditLog, IncidentStore
from domain.incidents_model import (
    AuditEntry,
    Incident,
    IncidentFilter,
    IncidentNote,
    IncidentStatus,
)
from domain.model import Message
from domain.paging import Page, PageRequest
from domain.ports import ChildRepository, Clock, MessageRepository, Transactions
from domain.principal import Principal, Role

STAFF = (Role.MODERATOR, Role.ADMIN)
READERS = (Role.MODERATOR, Role.ADMIN, Role.PARENT)
MAX_RESOLUTION_CHARS = 2000
MAX_NOTE_CHARS = 2000
MAX_ACTOR_ID_CHARS = 200


class IncidentService:
    def __init__(
        self,
        *,
        incidents: IncidentStore,
        children: ChildRepository,
        messages: MessageRepository,
        audit: AuditLog,
        transactions: Transactions,
        clock: Clock,
        outbox: Outbox,
        relay: OutboxNudge,
    ) -> None:
        self._incidents = incidents
        self._children = children
        self._messages = messages
        self._audit = audit
        self._tx = transactions
        self._clock = clock
        self._outbox = outbox
        self._relay = relay

    # -- reads -----------------------------------------------------------------

    async def get(self, principal: Principal, incident_id: UUID) -> Incident:
        principal.require(*READERS)
        incident = await self._incidents.get(incident_id)
        if incident is None or not await self._may_read(principal, incident):
            raise NotFound("incident", incident_id)
        return incident

    async def readable(self, principal: Principal, ids: Sequence[UUID]) -> dict[UUID, Incident]:
        """Those of `ids` the caller may see; the rest are left out."""
        principal.require(*READERS)
        found = await self._incidents.get_many(ids)
        if principal.is_staff:
            return found
        children = await self._children.children_by_ids(list({i.child_id for i in found.values()}))
        return {
            k: i
            for k, i in found.items()
            if i.child_id in children and children[i.child_id].parent_id == principal.subject
        }

    async def page(
        self, principal: Principal, where: IncidentFilter, request: PageRequest[int]
    ) -> Page[Incident]:
        """Newest first (by seq)."""
        principal.require(*READERS)
        parent_id = None if principal.is_staff else principal.subject
        return await self._incidents.page(where, request, parent_id)

    async def feed_after(
        self, principal: Principal, seq: int, where: IncidentFilter, limit: int
    ) -> list[Incident]:
        """The staff feed's replay: matching incidents after `seq`, oldest first."""
        principal.require(*STAFF)
        return await self._incidents.after(seq, where, limit)

    async def latest_seq(self, principal: Principal) -> int:
        principal.require(*STAFF)
        return await self._incidents.max_seq()

    async def notes(self, incident_ids: Sequence[UUID]) -> dict[UUID, list[IncidentNote]]:
        """Notes of incidents the caller was already allowed to see."""
        return await self._incidents.notes_for(incident_ids)

    async def messages_of(
        self, principal: Principal, incidents: Sequence[Incident], *, with_content: bool
    ) -> dict[UUID, Message]:
        """The messages the incidents point at, keyed by incident id. A staff read of the
        content is audited, one row per incident, before anything is returned."""
        principal.require(*READERS)
        if not principal.is_staff:
            allowed = await self.readable(principal, [i.id for i in incidents])
            incidents = [i for i in incidents if i.id in allowed]
        if principal.is_staff and with_content:
            await self.record_content_reads([principal], incidents)
        found = await self._messages.get_many([i.message_id for i in incidents])
        return {i.id: found[i.message_id] for i in incidents if i.message_id in found}

    async def record_content_reads(
        self, readers: Sequence[Principal], incidents: Sequence[Incident]
    ) -> None:
        """Audit that each of `readers` (staff) reads the content of each incident's message:
        one row per reader and incident, all in one statement. A shared live feed calls this
        for every subscriber it is about to deliver to, before it delivers."""
        for reader in readers:
            reader.require(*STAFF)
        if not readers or not incidents:
            return
        await self._audit.record_reads(
            [(reader.role.value, reader.subject) for reader in readers],
            "read_message_content",
            "incident",
            [(str(i.id), {"messageId": str(i.message_id)}) for i in incidents],
            self._clock.now(),
        )

    async def audit_trail(self, principal: Principal, incident_id: UUID) -> list[AuditEntry]:
        principal.require(*STAFF)
        return await self._audit.entries_for("incident", str(incident_id))

    # -- the lifecycle -----------------------------------------------------------

    async def acknowledge(self, principal: Principal, incident_id: UUID) -> Incident:
        principal.require(*STAFF)

        def change(incident: Incident) -> Incident | None:
            if incident.status is IncidentStatus.RESOLVED:
                raise InvalidTransition(
                    "a resolved incident cannot be acknowledged", status="RESOLVED"
                )
            if incident.status is IncidentStatus.ACKNOWLEDGED:
                return None
            return dataclasses.replace(
                incident,
                status=IncidentStatus.ACKNOWLEDGED,
                acknowledged_by=principal.subject,
                acknowledged_at=self._clock.now(),
            )

        return await self._change(principal, incident_id, "acknowledge", change, {})

    async def assign(self, principal: Principal, incident_id: UUID, moderator_id: str) -> Incident:
        principal.require(*STAFF)
        assignee = content_rules.clean_text(
            "moderatorId", moderator_id, max_chars=MAX_ACTOR_ID_CHARS
        )

        def change(incident: Incident) -> Incident | None:
            if incident.status is IncidentStatus.RESOLVED:
                raise InvalidTransition("a resolved incident cannot be assigned", status="RESOLVED")
            if incident.assigned_to == assignee:
                return None
            return dataclasses.replace(
                incident, assigned_to=assignee, assigned_at=self._clock.now()
            )

        return await self._change(
            principal, incident_id, "assign", change, {"assignedTo": assignee}
        )

    async def resolve(self, principal: Principal, incident_id: UUID, resolution: str) -> Incident:
        principal.require(*STAFF)
        text = content_rules.clean_text("resolution", resolution, max_chars=MAX_RESOLUTION_CHARS)

        def change(incident: Incident) -> Incident | None:
            if incident.status is IncidentStatus.RESOLVED:
                raise InvalidTransition("the incident is already resolved", status="RESOLVED")
            now = self._clock.now()
            return dataclasses.replace(
                incident,
                status=IncidentStatus.RESOLVED,
                acknowledged_by=incident.acknowledged_by or principal.subject,
                acknowledged_at=incident.acknowledged_at or now,
                resolved_by=principal.subject,
                resolved_at=now,
                resolution=text,
            )

        return await self._change(principal, incident_id, "resolve", change, {})

    async def add_note(self, principal: Principal, incident_id: UUID, text: str) -> Incident:
        principal.require(*STAFF)
        body = content_rules.clean_text("text", text, max_chars=MAX_NOTE_CHARS)
        async with self._tx.transaction():
            incident = await self._incidents.lock(incident_id)
            if incident is None:
                raise NotFound("incident", incident_id)
            now = self._clock.now()
            note = IncidentNote(
                id=uuid.uuid4(),
                incident_id=incident.id,
                author_role=principal.role.value,
                author_id=principal.subject,
                text=body,
                created_at=now,
            )
            await self._incidents.add_note(note)
            await self._audit.record(
                [self._entry(principal, "add_note", incident, {"noteId": str(note.id)}, now)]
            )
            await self._outbox.record([_updated(incident, "add_note")])
        self._relay.nudge()
        return incident

    # -- helpers -------------------------------------------------------------------

    async def _change(
        self,
        principal: Principal,
        incident_id: UUID,
        action: str,
        change: Any,
        details: dict[str, Any],
    ) -> Incident:
        async with self._tx.transaction():
            incident = await self._incidents.lock(incident_id)
            if incident is None:
                raise NotFound("incident", incident_id)
            updated = change(incident)
            if updated is None:
                return incident
            await self._incidents.save_lifecycle(updated)
            entry_details = {"from": incident.status.value, "to": updated.status.value, **details}
            await self._audit.record(
                [self._entry(principal, action, updated, entry_details, self._clock.now())]
            )
            await self._outbox.record([_updated(updated, action)])
        self._relay.nudge()
        return updated

    async def _may_read(self, principal: Principal, incident: Incident) -> bool:
        if principal.is_staff:
            return True
        if principal.role is not Role.PARENT:
            return False
        child = await self._children.get_child(incident.child_id)
        return child is not None and child.parent_id == principal.subject

    @staticmethod
    def _entry(
        principal: Principal, action: str, incident: Incident, details: dict[str, Any], at: Any
    ) -> AuditEntry:
        return AuditEntry(
            actor_role=principal.role.value,
            actor_id=principal.subject,
            action=action,
            entity="incident",
            entity_id=str(incident.id),
            details=details,
            at=at,
        )


def _updated(incident: Incident, action: str) -> DomainEvent:
    return DomainEvent(
        topic=INCIDENTS_TOPIC,
        kind="incident_updated",
        payload={
            "incidentId": str(incident.id),
            "action": action,
            "status": incident.status.value,
        },
    )
