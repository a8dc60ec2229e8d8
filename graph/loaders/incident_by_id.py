"""(caller, incident id) -> the incident, or None when it is missing or not the caller's."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from domain.incidents import IncidentService
from domain.incidents_model import Incident
from domain.principal import Principal

IncidentKey = tuple[Principal, UUID]


class IncidentByIdLoader(DataLoader[IncidentKey, Incident | None]):
    def __init__(self, service: IncidentService) -> None:
        super().__init__()
        self._service = service

    async def batch_load_fn(self, keys: Sequence[IncidentKey]) -> list[Incident | None]:
        groups: dict[Principal, list[UUID]] = defaultdict(list)
        for principal, incident_id in keys:
            groups[principal].append(incident_id)
        found: dict[IncidentKey, Incident] = {}
        for principal, ids in groups.items():
            for incident_id, incident in (await self._service.readable(principal, ids)).items():
                found[(principal, incident_id)] = incident
        return [found.get(key) for key in keys]
