"""Incident: what the safety engine raised, and how moderators work it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Self

import strawberry
from strawberry import relay

from domain import incidents_model
from domain.paging import Page
from graph.context import Info
from graph.incident_cursors import incident_cursor
from graph.types.connections import Connection, connection_of
from graph.types.enums import IncidentStatus, SafetyCategory, Severity
from graph.types.message import Message
from graph.types.node_lookup import owned_nodes

if TYPE_CHECKING:
    from graph.types.child import Child
    from graph.types.conversation import Conversation


@strawberry.type
class IncidentNote:
    id: strawberry.ID
    author_role: str
    author_id: str
    text: str
    created_at: datetime


def _selects(selections: Iterable[object], name: str) -> bool:
    """Whether `name` is selected here, directly or through fragments."""
    for selection in selections:
        if getattr(selection, "name", None) == name:
            return True
        inner = getattr(selection, "selections", None)
        if getattr(selection, "name", None) is None and inner and _selects(inner, name):
            return True
    return False


@strawberry.type(description="A safety incident. Staff reads of its message's content are audited.")
class Incident(relay.Node):
    id: relay.NodeID[str]
    cursor: str = strawberry.field(
        description="Opaque; pass as `after` to safetyIncidents or incidents."
    )
    severity: Severity
    status: IncidentStatus
    categories: list[SafetyCategory]
    detector: str
    confidence: float
    hit_count: int = strawberry.field(
        description="Repeats of the same categories in the conversation folded into this one."
    )
    created_at: datetime
    last_seen_at: datetime
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    assigned_to: str | None
    assigned_at: datetime | None
    resolved_at: datetime | None
    resolved_by: str | None
    resolution: str | None
    record: strawberry.Private[incidents_model.Incident]

    @classmethod
    def from_domain(cls, incident: incidents_model.Incident) -> Self:
        return cls(
            id=str(incident.id),
            cursor=incident_cursor(incident.seq),
            severity=incident.severity,
            status=incident.status,
            categories=list(incident.categories),
            detector=incident.detector,
            confidence=incident.confidence,
            hit_count=incident.hit_count,
            created_at=incident.created_at,
            last_seen_at=incident.last_seen_at or incident.created_at,
            acknowledged_at=incident.acknowledged_at,
            acknowledged_by=incident.acknowledged_by,
            assigned_to=incident.assigned_to,
            assigned_at=incident.assigned_at,
            resolved_at=incident.resolved_at,
            resolved_by=incident.resolved_by,
            resolution=incident.resolution,
            record=incident,
        )

    @strawberry.field(description="Oldest first.")
    async def notes(self, info: Info) -> list[IncidentNote]:
        notes = await info.context.loaders.incident_notes.load(self.record.id)
        return [
            IncidentNote(
                id=strawberry.ID(str(n.id)),
                author_role=n.author_role,
                author_id=n.author_id,
                text=n.text,
                created_at=n.created_at,
            )
            for n in notes
        ]

    @strawberry.field(
        description="Null once the parent deleted the child's data (the incident is kept on hold)."
    )
    async def child(
        self, info: Info
    ) -> Annotated[Child, strawberry.lazy("graph.types.child")] | None:
        from graph.types.child import Child

        child = await info.context.loaders.child_by_id.load(self.record.child_id)
        return Child.from_domain(child) if child is not None else None

    @strawberry.field
    async def conversation(
        self, info: Info
    ) -> Annotated[Conversation, strawberry.lazy("graph.types.conversation")] | None:
        from graph.types.conversation import Conversation

        conversation = await info.context.loaders.conversation_by_id.load(
            self.record.conversation_id
        )
        return Conversation.from_domain(conversation) if conversation is not None else None

    @strawberry.field(description="The message that raised it; a staff read of content is audited.")
    async def message(self, info: Info) -> Message | None:
        with_content = any(_selects(f.selections, "content") for f in info.selected_fields)
        message = await info.context.loaders.incident_messages.load(
            (info.context.principal, self.record, with_content)
        )
        return Message.from_domain(message) if message is not None else None

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Self | None]:
        services, principal = info.context.services, info.context.principal
        return await owned_nodes(
            cls, node_ids, lambda i: services.incidents.get(principal, i), required=required
        )


@strawberry.input
class IncidentFilter:
    status: IncidentStatus | None = None
    min_severity: Severity | None = None
    categories: list[SafetyCategory] | None = strawberry.field(
        default=None, description="Any of these."
    )
    child_id: strawberry.ID | None = None


def incident_connection(page: Page[incidents_model.Incident]) -> Connection[Incident]:
    return connection_of(page, lambda i: incident_cursor(i.seq), Incident.from_domain)
