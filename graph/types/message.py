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


SHARED_ASSESSMENTS = 4096
_assessments: dict[int, tuple[model.MessageSafety, SafetyAssessment]] = {}
"""id(verdict) -> (verdict, its SafetyAssessment), the verdict kept so that its id cannot be
reused; emptied when full. The repository shares one immutable verdict among the messages
that got the same one (persistence/repositories/message_records.py), and nothing changes a
SafetyAssessment once made, so those messages share it too: a Dashboard's 200 messages hold
a handful of distinct verdicts."""


def assessment_of(verdict: model.MessageSafety) -> SafetyAssessment:
    known = _assessments.get(id(verdict))
    if known is not None and known[0] is verdict:
        return known[1]
    made = SafetyAssessment(
        level=verdict.level,
        score=verdict.score,
        categories=list(verdict.categories),
        engine_version=verdict.engine_version,
    )
    if len(_assessments) >= SHARED_ASSESSMENTS:
        _assessments.clear()
    _assessments[id(verdict)] = (verdict, made)
    return made


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
        # Each field set in turn, as the dataclass's keyword-only `__init__` does, for less
        # than half its cost (paid 200 times a Dashboard); tests/graph/test_dashboard.py
        # checks the two make equal objects with the same attributes.
        made = cls.__new__(cls)
        made.id = str(message.id)
        made.sequence = message.seq
        made.role = message.role
        made.content = message.content
        made.created_at = message.created_at
        made.safety = assessment_of(message.safety)
        made.replaced = message.replaced
        made.conversation_id = message.conversation_id
        return made

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
