"""The Strawberry schema."""

from __future__ import annotations

import functools

import strawberry
from strawberry.schema.config import StrawberryConfig

from graph.errors import ErrorCodes
from graph.hardening import HardenedSchema, hardening_extensions, production_variant
from graph.metrics_extension import OperationMetrics
from graph.resolvers.incident_mutations import IncidentMutations
from graph.resolvers.incident_queries import IncidentQueries
from graph.resolvers.incident_subscriptions import IncidentSubscriptions
from graph.resolvers.mutations import Mutation
from graph.resolvers.privacy_mutations import PrivacyMutations
from graph.resolvers.queries import Query
from graph.resolvers.subscriptions import Subscription
from graph.types.child import Child, Device, Parent, Staff
from graph.types.conversation import Conversation
from graph.types.incident import Incident
from graph.types.message import Message
from graph.types.notification import Notification


@strawberry.type(name="Query")
class RootQuery(Query, IncidentQueries):
    pass


@strawberry.type(name="Mutation")
class RootMutation(Mutation, IncidentMutations, PrivacyMutations):
    pass


@strawberry.type(name="Subscription")
class RootSubscription(Subscription, IncidentSubscriptions):
    pass


def build_schema() -> HardenedSchema:
    """The schema with its limits (graph/hardening.py)."""
    return HardenedSchema(
        query=RootQuery,
        mutation=RootMutation,
        subscription=RootSubscription,
        types=[Parent, Child, Device, Staff, Conversation, Message, Incident, Notification],
        extensions=[ErrorCodes, OperationMetrics, *hardening_extensions()],
        config=StrawberryConfig(auto_camel_case=True),
    )


schema = build_schema()


@functools.cache
def production_schema() -> strawberry.Schema:
    """The same schema without introspection and field suggestions, for production."""
    return production_variant(schema)


def export_sdl() -> str:
    return schema.as_str() + "\n"
