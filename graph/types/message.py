"""Message and its safety assessment."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Self
from uuid import UUID

import strawberry
from strawberry import relay

from domain import model
from domain.paging import Page
from graph.context import Info
from graph.ids import message_cursor
from graph.types.connections import Connection, connection_of
from graph.types.enums import MessageRole, SafetyCategory, SafetyLevel
from graph.types.node_lookup import owned_nodes


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
        services, principal = info.context.services, info.context.principal
        return await owned_nodes(
            cls,
            node_ids,
            lambda i: services.conversations.get_message(principal, i),
            required=required,
        )


def message_connection(page: Page[model.Message]) -> Connection[Message]:
    return connection_of(page, lambda m: message_cursor(m.seq), Message.from_domain)
