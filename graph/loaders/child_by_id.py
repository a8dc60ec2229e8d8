"""child id -> child (or None)."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from domain.model import Child
from persistence.repositories.children import PgChildRepository


class ChildByIdLoader(DataLoader[UUID, Child | None]):
    def __init__(self, repository: PgChildRepository) -> None:
        super().__init__()
        self._repository = repository

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[Child | None]:
        found = await self._repository.children_by_ids(keys)
        return [found.get(key) for key in keys]
