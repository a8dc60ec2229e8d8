"""Root query fields."""

from __future__ import annotations

import strawberry
from strawberry import relay

from domain.principal import Role
from graph.context import Info
from graph.ids import decode_uuid
from graph.types.child import Child, Device, Parent, Staff, Viewer
from graph.types.conversation import Conversation


@strawberry.type
class Query:
    node: relay.Node | None = relay.node(
        description="Any object by its global ID; null when it does not exist or is not yours."
    )

    @strawberry.field(description="Who is calling.")
    async def me(self, info: Info) -> Viewer:
        principal = info.context.principal
        principal.require(Role.PARENT, Role.DEVICE, Role.MODERATOR, Role.ADMIN)
        if principal.role is Role.PARENT:
            return Parent(id=strawberry.ID(principal.subject))
        if principal.role is Role.DEVICE:
            device = await info.context.services.children.get_device(principal, principal.device_id)
            return Device.from_domain(device)
        return Staff(id=strawberry.ID(principal.subject), role=principal.role.value)

    @strawberry.field
    async def child(self, info: Info, id: strawberry.ID) -> Child:
        child = await info.context.services.children.get_child(
            info.context.principal, decode_uuid("id", id, "Child")
        )
        return Child.from_domain(child)

    @strawberry.field
    async def conversation(self, info: Info, id: strawberry.ID) -> Conversation:
        conversation = await info.context.services.conversations.get_conversation(
            info.context.principal, decode_uuid("id", id, "Conversation")
        )
        return Conversation.from_domain(conversation)
