"""Root subscription fields for incidents and notifications."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry

from graph.context import Info
from graph.resolvers.incident_feeds import parent_notifications, safety_incidents
from graph.types.enums import SafetyCategory, Severity
from graph.types.incident import Incident
from graph.types.notification import Notification


@strawberry.type
class IncidentSubscriptions:
    @strawberry.subscription(
        description="New incidents at or above `minSeverity` (any of `categories`), for staff. "
        "With `after` (an incident cursor) it first replays every matching incident after it."
    )
    async def safety_incidents(
        self,
        info: Info,
        min_severity: Severity,
        categories: list[SafetyCategory] | None = None,
        after: str | None = None,
    ) -> AsyncGenerator[Incident, None]:
        async for incident in safety_incidents(info, min_severity, categories, after):
            yield incident

    @strawberry.subscription(description="The parent's new notifications, live.")
    async def notifications(self, info: Info) -> AsyncGenerator[Notification, None]:
        async for notification in parent_notifications(info):
            yield notification
