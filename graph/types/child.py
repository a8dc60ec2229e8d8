"""Parent, Child and Device."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Annotated, Self
from uuid import UUID

import strawberry
from strawberry import relay

from domain import model
from domain.enums import ConversationStatus as DomainConversationStatus
from domain.errors import NotFound
from domain.paging import PageRequest
from graph.context import Info
from graph.ids import decode_conversation_cursor
from graph.types.connections import Connection
from graph.types.conversation import Conversation, conversation_connection
from graph.types.enums import AgeGroup, ConversationStatus
from graph.types.node_lookup import owned_nodes


@strawberry.type
class Child(relay.Node):
    id: relay.NodeID[str]
    display_name: str
    age: int
    age_group: AgeGroup
    created_at: datetime
    retention_days: int = strawberry.field(
        description="Days a message is kept before the retention purge deletes it."
    )

    @classmethod
    def from_domain(cls, child: model.Child) -> Self:
        return cls(
            id=str(child.id),
            display_name=child.display_name,
            age=child.age,
            age_group=child.age_group,
            created_at=child.created_at,
            retention_days=child.retention_days,
        )

    @strawberry.field(description="Newest first; filter by status.")
    async def conversations(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        status: ConversationStatus | None = None,
    ) -> Connection[Conversation]:
        request = PageRequest.from_args(
            first=first,
            last=last,
            after=decode_conversation_cursor("after", after),
            before=decode_conversation_cursor("before", before),
        )
        domain_status = DomainConversationStatus(status.value) if status is not None else None
        page = await info.context.loaders.conversation_pages.load(
            (UUID(self.id), request, domain_status)
        )
        return conversation_connection(page)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Self | None]:
        services, principal = info.context.services, info.context.principal
        return await owned_nodes(
            cls, node_ids, lambda i: services.children.get_child(principal, i), required=required
        )


@strawberry.type
class Device(relay.Node):
    id: relay.NodeID[str]
    name: str
    paired_at: datetime
    revoked_at: datetime | None
    child_id: strawberry.Private[UUID]

    @classmethod
    def from_domain(cls, device: model.Device) -> Self:
        return cls(
            id=str(device.id),
            name=device.name,
            paired_at=device.paired_at,
            revoked_at=device.revoked_at,
            child_id=device.child_id,
        )

    @strawberry.field
    async def child(self, info: Info) -> Child:
        child = await info.context.loaders.child_by_id.load(self.child_id)
        if child is None:
            raise NotFound("child", self.child_id)
        return Child.from_domain(child)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Self | None]:
        services, principal = info.context.services, info.context.principal
        return await owned_nodes(
            cls, node_ids, lambda i: services.children.get_device(principal, i), required=required
        )


@strawberry.type
class Parent:
    id: strawberry.ID

    @strawberry.field
    async def children(self, info: Info) -> list[Child]:
        kids = await info.context.loaders.children_by_parent.load(str(self.id))
        return [Child.from_domain(child) for child in kids]


@strawberry.type(description="A moderator or an admin.")
class Staff:
    id: strawberry.ID
    role: str


Viewer = Annotated[Parent | Device | Staff, strawberry.union("Viewer")]
