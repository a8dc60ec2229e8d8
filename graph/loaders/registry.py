"""The per-request set of DataLoaders."""

from __future__ import annotations

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
    def __init__(self, services: Services) -> None:
        repositories = services.repositories
        self.children_by_parent = ChildrenByParentLoader(repositories.children)
        self.child_by_id = ChildByIdLoader(repositories.children)
        self.conversation_by_id = ConversationByIdLoader(repositories.conversations)
        self.conversation_pages = ConversationPagesLoader(repositories.conversations)
        self.message_pages = MessagePagesLoader(repositories.messages)
        self.incident_by_id = IncidentByIdLoader(services.incidents)
        self.incident_messages = IncidentMessagesLoader(services.incidents)
        self.incident_notes = IncidentNotesLoader(services.incidents)
