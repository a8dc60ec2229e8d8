"""Root mutation fields: working incidents, reading notifications."""

from __future__ import annotations

import strawberry

from domain.errors import ValidationFailed
from graph.context import Info
from graph.ids import decode_uuid
from graph.types.incident import Incident


@strawberry.type
class IncidentPayload:
    incident: Incident


@strawberry.input
class AssignIncidentInput:
    id: strawberry.ID
    moderator_id: str


@strawberry.input
class ResolveIncidentInput:
    id: strawberry.ID
    resolution: str


@strawberry.input
class AddIncidentNoteInput:
    id: strawberry.ID
    text: str


@strawberry.type
class MarkNotificationsReadPayload:
    updated: int = strawberry.field(
        description="How many of the caller's unread notifications were marked read."
    )


MAX_IDS = 500


@strawberry.type
class IncidentMutations:
    @strawberry.mutation(description="OPEN -> ACKNOWLEDGED; moderators and admins.")
    async def acknowledge_incident(self, info: Info, id: strawberry.ID) -> IncidentPayload:
        incident = await info.context.services.incidents.acknowledge(
            info.context.principal, decode_uuid("id", id, "Incident")
        )
        return IncidentPayload(incident=Incident.from_domain(incident))

    @strawberry.mutation
    async def assign_incident(self, info: Info, input: AssignIncidentInput) -> IncidentPayload:
        incident = await info.context.services.incidents.assign(
            info.context.principal, decode_uuid("id", input.id, "Incident"), input.moderator_id
        )
        return IncidentPayload(incident=Incident.from_domain(incident))

    @strawberry.mutation(description="OPEN or ACKNOWLEDGED -> RESOLVED, with a resolution text.")
    async def resolve_incident(self, info: Info, input: ResolveIncidentInput) -> IncidentPayload:
        incident = await info.context.services.incidents.resolve(
            info.context.principal, decode_uuid("id", input.id, "Incident"), input.resolution
        )
        return IncidentPayload(incident=Incident.from_domain(incident))

    @strawberry.mutation
    async def add_incident_note(self, info: Info, input: AddIncidentNoteInput) -> IncidentPayload:
        incident = await info.context.services.incidents.add_note(
            info.context.principal, decode_uuid("id", input.id, "Incident"), input.text
        )
        return IncidentPayload(incident=Incident.from_domain(incident))

    @strawberry.mutation(description="Only the caller's own notifications; other ids are ignored.")
    async def mark_notifications_read(
        self, info: Info, ids: list[strawberry.ID]
    ) -> MarkNotificationsReadPayload:
        if len(ids) > MAX_IDS:
            raise ValidationFailed("ids", f"at most {MAX_IDS} at once", max=MAX_IDS)
        updated = await info.context.services.notifications.mark_read(
            info.context.principal, [decode_uuid("ids", i, "Notification") for i in ids]
        )
        return MarkNotificationsReadPayload(updated=updated)
