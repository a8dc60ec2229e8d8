"""The Strawberry schema."""

from __future__ import annotations

import strawberry
from strawberry.schema.config import StrawberryConfig

from graph.errors import ErrorCodes
from graph.resolvers.mutations import Mutation
from graph.resolvers.queries import Query
from graph.resolvers.subscriptions import Subscription
from graph.types.child import Child, Device, Parent, Staff
from graph.types.conversation import Conversation
from graph.types.message import Message


def build_schema() -> strawberry.Schema:
    return strawberry.Schema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=[Parent, Child, Device, Staff, Conversation, Message],
        extensions=[ErrorCodes],
        config=StrawberryConfig(auto_camel_case=True),
    )


schema = build_schema()


def export_sdl() -> str:
    return schema.as_str() + "\n"
