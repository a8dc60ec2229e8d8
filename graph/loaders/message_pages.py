"""(conversation id, page request) -> a page of that conversation's messages."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from domain.model import Message
from domain.paging import Page, PageRequest
from persistence.repositories.messages import PgMessageRepository

MessagePageKey = tuple[UUID, PageRequest[int]]


class MessagePagesLoader(DataLoader[MessagePageKey, Page[Message]]):
    def __init__(self, repository: PgMessageRepository) -> None:
        super().__init__()
        self._repository = repository

    async def batch_load_fn(self, keys: Sequence[MessagePageKey]) -> list[Page[Message]]:
        groups: dict[PageRequest[int], list[UUID]] = defaultdict(list)
        for conversation_id, request in keys:
            groups[request].append(conversation_id)
        pages: dict[MessagePageKey, Page[Message]] = {}
        for request, conversation_ids in groups.items():
            found = await self._repository.pages_for_conversations(conversation_ids, request)
            for conversation_id, page in found.items():
                pages[(conversation_id, request)] = page
        return [pages[key] for key in keys]
