"""Notifications to parents and the digest preview."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Self
from uuid import UUID

import strawberry
from strawberry import relay

from domain import notifications_model
from domain.errors import NotFound
from domain.notifications import DigestPreview
from domain.paging import Page
from graph.context import Info
from graph.incident_cursors import notification_cursor
from graph.types.connections import Connection, connection_of
from graph.types.enums import SafetyCategory
from graph.types.incident import Incident

NotificationKind = notifications_model.NotificationKind
strawberry.enum(NotificationKind, name="NotificationKind")


@strawberry.type(description="A message to a parent; never quotes the child's words.")
class Notification(relay.Node):
    id: relay.NodeID[str]
    kind: NotificationKind
    title: str
    body: str
    created_at: datetime
    read_at: datetime | None
    incident_id: strawberry.Private[UUID | None]

    @classmethod
    def from_domain(cls, notification: notifications_model.Notification) -> Self:
        return cls(
            id=str(notification.id),
            kind=notification.kind,
            title=notification.title,
            body=notification.body,
            created_at=notification.created_at,
            read_at=notification.read_at,
            incident_id=notification.incident_id,
        )

    @strawberry.field(description="The incident an alert is about; null for a digest.")
    async def incident(self, info: Info) -> Incident | None:
        if self.incident_id is None:
            return None
        incident = await info.context.loaders.incident_by_id.load(
            (info.context.principal, self.incident_id)
        )
        return Incident.from_domain(incident) if incident is not None else None

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Self | None]:
        ids: list[UUID | None] = []
        for node_id in node_ids:
            try:
                ids.append(UUID(node_id))
            except ValueError:
                ids.append(None)
        own = await info.context.services.notifications.own(
            info.context.principal, [i for i in ids if i is not None]
        )
        found = [cls.from_domain(own[i]) if i in own else None for i in ids]
        if required and None in found:
            raise NotFound("notification", ",".join(map(str, node_ids)))
        return found


@strawberry.type
class CategoryCount:
    category: SafetyCategory
    count: int


@strawberry.type(description="What the next digest of low and medium incidents would say.")
class NotificationDigest:
    title: str
    body: str
    incident_count: int
    since: datetime
    categories: list[CategoryCount]

    @classmethod
    def from_domain(cls, preview: DigestPreview) -> Self:
        return cls(
            title=preview.title,
            body=preview.body,
            incident_count=len(preview.incident_ids),
            since=preview.since,
            categories=[
                CategoryCount(category=c, count=n)
                for c, n in sorted(preview.category_counts.items(), key=lambda x: x[0].value)
            ],
        )


def notification_connection(
    page: Page[notifications_model.Notification],
) -> Connection[Notification]:
    return connection_of(page, lambda n: notification_cursor(n.seq), Notification.from_domain)
