"""The per-request set of DataLoaders."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from graph.loaders.child_by_id import ChildByIdLoader
from graph.loaders.children_by_parent import ChildrenByParentLoader
from graph.loaders.conversation_by_id import ConversationByIdLoader
from graph.loaders.conversation_pages import ConversationPagesLoader
from graph.loaders.incident_by_id import IncidentByIdLoader
from graph.loaders.incident_messages import IncidentMessagesLoader
from graph.loaders.incident_notes import IncidentNotesLoader
from graph.loaders.message_pages import MessagePagesLoader

if TYPE_CHECKING:
    from graph.services import Services


class Loaders:
    """Each loader is made on first use: most requests (a device's sendMessage) need none."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self._repositories = services.repositories

    @cached_property
    def children_by_parent(self) -> ChildrenByParentLoader:
        return ChildrenByParentLoader(self._repositories.children)

    @cached_property
    def child_by_id(self) -> ChildByIdLoader:
        return ChildByIdLoader(self._repositories.children)

    @cached_property
    def conversation_by_id(self) -> ConversationByIdLoader:
        return ConversationByIdLoader(self._repositories.conversations)

    @cached_property
    def conversation_pages(self) -> ConversationPagesLoader:
        return ConversationPagesLoader(self._repositories.conversations)

    @cached_property
    def message_pages(self) -> MessagePagesLoader:
        return MessagePagesLoader(self._repositories.messages)

    @cached_property
    def incident_by_id(self) -> IncidentByIdLoader:
        return IncidentByIdLoader(self._services.incidents)

    @cached_property
    def incident_messages(self) -> IncidentMessagesLoader:
        return IncidentMessagesLoader(self._services.incidents)

    @cached_property
    def incident_notes(self) -> IncidentNotesLoader:
        return IncidentNotesLoader(self._services.incidents)
