"""Root mutation fields of the COPPA controls: retention period and deleting a child's data."""

from __future__ import annotations

import strawberry

from domain.retention_model import DeletionReceipt
from graph.context import Info
from graph.ids import decode_uuid
from graph.types.child import Child


@strawberry.type(description="What deleteChildData removed, and what the legal hold kept.")
class DeleteChildDataPayload:
    deleted_conversations: int
    deleted_messages: int
    deleted_devices: int
    held_incidents: int = strawberry.field(
        description="Critical incidents kept under legal hold (one year), each with a sealed "
        "copy of the one message it points at; nothing else of the child is kept."
    )

    @classmethod
    def from_domain(cls, receipt: DeletionReceipt) -> DeleteChildDataPayload:
        return cls(
            deleted_conversations=receipt.deleted_conversations,
            deleted_messages=receipt.deleted_messages,
            deleted_devices=receipt.deleted_devices,
            held_incidents=receipt.held_incidents,
        )


@strawberry.type(description="What deleteConversation removed, and what the legal hold kept.")
class DeleteConversationPayload:
    deleted_messages: int
    held_incidents: int


@strawberry.type
class SetRetentionPayload:
    child: Child


@strawberry.type
class PrivacyMutations:
    @strawberry.mutation(
        description="Delete the child's conversations, messages, devices and the child itself "
        "(parent, own child only). Critical incidents under legal hold are kept."
    )
    async def delete_child_data(
        self, info: Info, child_id: strawberry.ID
    ) -> DeleteChildDataPayload:
        receipt = await info.context.services.retention.delete_child_data(
            info.context.principal, decode_uuid("childId", child_id, "Child")
        )
        return DeleteChildDataPayload.from_domain(receipt)

    @strawberry.mutation(
        description="Delete one conversation and its messages (parent, own child only). "
        "Critical incidents under legal hold keep a sealed copy of their message."
    )
    async def delete_conversation(self, info: Info, id: strawberry.ID) -> DeleteConversationPayload:
        deleted = await info.context.services.retention.delete_conversation(
            info.context.principal, decode_uuid("id", id, "Conversation")
        )
        return DeleteConversationPayload(
            deleted_messages=deleted.messages, held_incidents=deleted.held_incidents
        )

    @strawberry.mutation(
        description="How many days the child's messages are kept (1..365) before the purge."
    )
    async def set_retention(
        self, info: Info, child_id: strawberry.ID, days: int
    ) -> SetRetentionPayload:
        child = await info.context.services.retention.set_retention(
            info.context.principal, decode_uuid("childId", child_id, "Child"), days
        )
        return SetRetentionPayload(child=Child.from_domain(child))
