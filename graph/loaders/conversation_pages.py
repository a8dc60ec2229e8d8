"""(child id, page request, status filter) -> a page of that child's conversations.

Keys that share a page request and filter go to the database as one statement."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from domain.enums import ConversationStatus
from domain.model import Conversation
from domain.paging import Page, PageRequest
from persistence.repositories.conversations import ConversationKey, PgConversationRepository

ConversationPageKey = tuple[UUID, PageRequest[ConversationKey], ConversationStatus | None]


class ConversationPagesLoader(DataLoader[ConversationPageKey, Page[Conversation]]):
    def __init__(self, repository: PgConversationRepository) -> None:
        super().__init__()
        self._repository = repository

    async def batch_load_fn(self, keys: Sequence[ConversationPageKey]) -> list[Page[Conversation]]:
        groups: dict[tuple[PageRequest[ConversationKey], ConversationStatus | None], list[UUID]]
        groups = defaultdict(list)
        for child_id, request, status in keys:
            groups[(request, status)].append(child_id)
        pages: dict[ConversationPageKey, Page[Conversation]] = {}
        for (request, status), child_ids in groups.items():
            found = await self._repository.pages_for_children(child_ids, request, status)
            for child_id, page in found.items():
                pages[(child_id, request, status)] = page
        return [pages[key] for key in keys]
