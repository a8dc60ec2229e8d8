"""conversation id -> conversation (or None)."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from domain.model import Conversation
from persistence.repositories.conversations import PgConversationRepository


class ConversationByIdLoader(DataLoader[UUID, Conversation | None]):
    def __init__(self, repository: PgConversationRepository) -> None:
        super().__init__()
        self._repository = repository

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[Conversation | None]:
        found = await self._repository.get_many(keys)
        return [found.get(key) for key in keys]
