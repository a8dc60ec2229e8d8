"""Message and its safety assessment."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Self
from uuid import UUID

import strawberry
from strawberry import relay

from domain import model
from domain.errors import NotFound
from domain.paging import Page
from graph.context import Info
from graph.ids import message_cursor
from graph.types.connections import Connection, Edge, page_info
from graph.types.enums import MessageRole, SafetyCategory, SafetyLevel


@strawberry.type(description="The safety engine's verdict on one message.")
class SafetyAssessment:
    level: SafetyLevel
    score: float
    categories: list[SafetyCategory]
    engine_version: str


@strawberry.type
class Message(relay.Node):
    id: relay.NodeID[str]
    sequence: int
    role: MessageRole
    content: str = strawberry.field(
        description="What was said; personal information is redacted before storage."
    )
    created_at: datetime
    safety: SafetyAssessment
    replaced: bool = strawberry.field(
        description="True when the responder's reply failed the safety check and was replaced."
    )
    conversation_id: strawberry.Private[UUID]

    @classmethod
    def from_domain(cls, message: model.Message) -> Self:
        return cls(
            id=str(message.id),
            sequence=message.seq,
            role=message.role,
            content=message.content,
            created_at=message.created_at,
            safety=SafetyAssessment(
                level=message.safety.level,
                score=message.safety.score,
                categories=list(message.safety.categories),
                engine_version=message.safety.engine_version,
            ),
            replaced=message.replaced,
            conversation_id=message.conversation_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Self | None]:
        services = info.context.services
        found: list[Self | None] = []
        for node_id in node_ids:
            try:
                message = await services.conversations.get_message(
                    info.context.principal, UUID(node_id)
                )
                found.append(cls.from_domain(message))
            except (NotFound, ValueError):
                if required:
                    raise
                found.append(None)
        return found


def message_connection(page: Page[model.Message]) -> Connection[Message]:
    edges = [Edge(cursor=message_cursor(m.seq), node=Message.from_domain(m)) for m in page.items]
    return Connection(
        edges=edges,
        page_info=page_info(
            [e.cursor for e in edges],
            has_next=page.has_next_page,
            has_previous=page.has_previous_page,
        ),
    )
