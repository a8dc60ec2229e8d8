"""Root query fields for incidents and notifications."""

from __future__ import annotations

import strawberry

from domain.enums import SafetyCategory as DomainSafetyCategory
from domain.enums import Severity as DomainSeverity
from domain.incidents_model import IncidentFilter as DomainIncidentFilter
from domain.incidents_model import IncidentStatus as DomainIncidentStatus
from domain.paging import PageRequest
from graph.context import Info
from graph.ids import decode_uuid
from graph.incident_cursors import decode_incident_cursor, decode_notification_cursor
from graph.types.connections import Connection
from graph.types.incident import Incident, IncidentFilter, incident_connection
from graph.types.notification import (
    Notification,
    NotificationDigest,
    notification_connection,
)


def domain_filter(where: IncidentFilter | None) -> DomainIncidentFilter:
    if where is None:
        return DomainIncidentFilter()
    return DomainIncidentFilter(
        status=DomainIncidentStatus(where.status.value) if where.status is not None else None,
        min_severity=(
            DomainSeverity(where.min_severity.value) if where.min_severity is not None else None
        ),
        categories=tuple(DomainSafetyCategory(c.value) for c in where.categories or ()),
        child_id=decode_uuid("filter.childId", where.child_id, "Child") if where.child_id else None,
    )


@strawberry.type
class IncidentQueries:
    @strawberry.field(
        description="Newest first (by the incident's sequence number); `first` at most 100. "
        "Moderators and admins see every incident, a parent their own children's."
    )
    async def incidents(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: IncidentFilter | None = None,
    ) -> Connection[Incident]:
        request = PageRequest.from_args(
            first=first, last=None, after=decode_incident_cursor("after", after), before=None
        )
        page = await info.context.services.incidents.page(
            info.context.principal, domain_filter(filter), request
        )
        return incident_connection(page)

    @strawberry.field(description="The parent's notifications, newest first; `first` at most 100.")
    async def notifications(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Notification]:
        request = PageRequest.from_args(
            first=first, last=None, after=decode_notification_cursor("after", after), before=None
        )
        page = await info.context.services.notifications.page(info.context.principal, request)
        return notification_connection(page)

    @strawberry.field(
        description="What the next digest of low and medium incidents would say; null if none."
    )
    async def notification_digest(self, info: Info) -> NotificationDigest | None:
        preview = await info.context.services.notifications.preview_digest(info.context.principal)
        return NotificationDigest.from_domain(preview) if preview is not None else None
