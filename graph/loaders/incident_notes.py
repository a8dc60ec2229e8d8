"""incident id -> its notes, oldest first (the incident was already found readable)."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from domain.incidents import IncidentService
from domain.incidents_model import IncidentNote


class IncidentNotesLoader(DataLoader[UUID, list[IncidentNote]]):
    def __init__(self, service: IncidentService) -> None:
        super().__init__()
        self._service = service

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[IncidentNote]]:
        found = await self._service.notes(keys)
        return [found.get(key, []) for key in keys]
