"""parent id -> that parent's children."""

from __future__ import annotations

from collections.abc import Sequence

from aiodataloader import DataLoader

from domain.model import Child
from persistence.repositories.children import PgChildRepository


class ChildrenByParentLoader(DataLoader[str, list[Child]]):
    def __init__(self, repository: PgChildRepository) -> None:
        super().__init__()
        self._repository = repository

    async def batch_load_fn(self, keys: Sequence[str]) -> list[list[Child]]:
        found = await self._repository.children_of(keys)
        return [found.get(key, []) for key in keys]
