"""Root subscription fields."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry

from graph.context import Info
from graph.resolvers.conversation_events import conversation_events
from graph.types.conversation_event import ConversationEvent


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="Messages and status changes of one conversation, for the child's parent."
    )
    async def conversation_events(
        self, info: Info, conversation_id: strawberry.ID
    ) -> AsyncGenerator[ConversationEvent, None]:
        async for event in conversation_events(info, conversation_id):
            yield event
