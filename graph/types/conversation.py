"""Conversation, its messages and its running safety risk."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Self
from uuid import UUID

import strawberry
from strawberry import relay

from domain import model
from domain.errors import Forbidden, NotFound
from domain.paging import Page, PageRequest
from domain.safety import RiskState
from graph.context import Info
from graph.ids import conversation_cursor, decode_message_cursor
from graph.types.connections import Connection, connection_of
from graph.types.enums import ConversationStatus, InteractionType, SafetyLevel
from graph.types.message import Message, message_connection
from graph.types.node_lookup import owned_nodes

if TYPE_CHECKING:
    from graph.types.child import Child


@strawberry.type(description="The conversation's running risk across turns.")
class ConversationSafety:
    risk_score: float
    level: SafetyLevel
    stages: list[str]


@strawberry.type
class Conversation(relay.Node):
    id: relay.NodeID[str]
    status: ConversationStatus
    interaction_type: InteractionType
    started_at: datetime
    ended_at: datetime | None
    message_count: int
    child_id: strawberry.Private[UUID]
    risk: strawberry.Private[dict]

    @classmethod
    def from_domain(cls, conversation: model.Conversation) -> Self:
        return cls(
            id=str(conversation.id),
            status=conversation.status,
            interaction_type=conversation.interaction_type,
            started_at=conversation.started_at,
            ended_at=conversation.ended_at,
            message_count=conversation.message_count,
            child_id=conversation.child_id,
            risk=conversation.risk,
        )

    @strawberry.field
    async def child(self, info: Info) -> Annotated[Child, strawberry.lazy("graph.types.child")]:
        from graph.types.child import Child

        child = await info.context.loaders.child_by_id.load(self.child_id)
        if child is None:
            raise NotFound("child", self.child_id)
        return Child.from_domain(child)

    @strawberry.field
    def safety(self) -> ConversationSafety:
        risk = RiskState.from_dict(self.risk)
        return ConversationSafety(
            risk_score=risk.score, level=risk.level, stages=sorted(risk.stages)
        )

    @strawberry.field(description="Messages in order of sequence; `last` pages from the end.")
    async def messages(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Message]:
        if info.context.principal.is_staff:
            # Staff reach a conversation only through an incident; they read the content of
            # the incident's own message, where each read is audited, not whole transcripts.
            raise Forbidden("staff read message content through incidents")
        request = PageRequest.from_args(
            first=first,
            last=last,
            after=decode_message_cursor("after", after),
            before=decode_message_cursor("before", before),
        )
        page = await info.context.loaders.message_pages.load((UUID(self.id), request))
        return message_connection(page)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Self | None]:
        services, principal = info.context.services, info.context.principal
        return await owned_nodes(
            cls,
            node_ids,
            lambda i: services.conversations.get_conversation(principal, i),
            required=required,
        )


def conversation_connection(page: Page[model.Conversation]) -> Connection[Conversation]:
    return connection_of(
        page, lambda c: conversation_cursor(c.started_at, c.id), Conversation.from_domain
    )
