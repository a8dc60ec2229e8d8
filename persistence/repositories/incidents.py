"""Safety incidents."""

from __future__ import annotations

from domain.incidents_model import Incident
from persistence.tables import IncidentTable


class PgIncidentRepository:
    async def add(self, incident: Incident) -> None:
        await IncidentTable.raw(
            "INSERT INTO incident (id, child_id, conversation_id, message_id, severity, "
            "categories, detector, confidence, status, created_at) "
            "VALUES ({}, {}, {}, {}, {}, {}, {}, {}, {}, {})",
            incident.id,
            incident.child_id,
            incident.conversation_id,
            incident.message_id,
            incident.severity.value,
            [c.value for c in incident.categories],
            incident.detector,
            incident.confidence,
            incident.status.value,
            incident.created_at,
        )
