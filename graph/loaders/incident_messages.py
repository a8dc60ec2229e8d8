"""(caller, incident, content selected?) -> the message the incident points at.

One batch writes one audit statement for every staff read of content, and reads the messages
with one statement."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from aiodataloader import DataLoader

from domain.incidents import IncidentService
from domain.incidents_model import Incident
from domain.model import Message
from domain.principal import Principal

IncidentMessageKey = tuple[Principal, Incident, bool]


class IncidentMessagesLoader(DataLoader[IncidentMessageKey, Message | None]):
    def __init__(self, service: IncidentService) -> None:
        super().__init__()
        self._service = service

    async def batch_load_fn(self, keys: Sequence[IncidentMessageKey]) -> list[Message | None]:
        groups: dict[tuple[Principal, bool], list[Incident]] = defaultdict(list)
        for principal, incident, with_content in keys:
            groups[(principal, with_content)].append(incident)
        found: dict[IncidentMessageKey, Message | None] = {}
        for (principal, with_content), incidents in groups.items():
            messages = await self._service.messages_of(
                principal, list(dict.fromkeys(incidents)), with_content=with_content
            )
            for incident in incidents:
                found[(principal, incident, with_content)] = messages.get(incident.id)
        return [found.get(key) for key in keys]
