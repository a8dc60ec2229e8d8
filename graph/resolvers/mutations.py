"""Root mutation fields: children, devices and conversations."""

from __future__ import annotations

import strawberry

from domain.enums import InteractionType as DomainInteractionType
from graph.context import Context, Info
from graph.ids import decode_uuid
from graph.types.child import Child, Device
from graph.types.conversation import Conversation
from graph.types.enums import InteractionType
from graph.types.message import Message


@strawberry.input
class RegisterChildInput:
    display_name: str
    age: int
    parental_consent: bool = strawberry.field(
        description="The parent's verifiable consent (COPPA); registration fails without it."
    )
    retention_days: int | None = strawberry.field(
        default=None,
        description="Days to keep the child's messages (1..365); 90 when not given.",
    )


@strawberry.type
class RegisterChildPayload:
    child: Child


@strawberry.input
class PairDeviceInput:
    child_id: strawberry.ID
    name: str


@strawberry.type
class PairDevicePayload:
    device_token: str = strawberry.field(
        description="Shown once. The toy sends it as 'Authorization: Bearer <token>'."
    )
    device: Device


@strawberry.type
class DevicePayload:
    device: Device


@strawberry.input
class StartConversationInput:
    interaction_type: InteractionType


@strawberry.type
class ConversationPayload:
    conversation: Conversation


@strawberry.input
class SendMessageInput:
    conversation_id: strawberry.ID
    content: str
    client_message_id: str = strawberry.field(
        description="Chosen by the device; a retry with the same id returns the first result."
    )


@strawberry.type
class SendMessagePayload:
    child_message: Message
    reply: Message | None
    replayed: bool = strawberry.field(
        description="True when this clientMessageId was already handled and nothing new was stored."
    )


async def send_message_payload(context: Context, input: SendMessageInput) -> SendMessagePayload:
    """`sendMessage`, for the resolver and for graph/send_shortcut.py. An outcome the
    shortcut already has (see `Context.send_outcome`) is handed over, not made again."""
    outcome = context.send_outcome
    if outcome is not None:
        context.send_outcome = None
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome
    exchange = await context.services.conversations.send_child_message(
        context.principal,
        conversation_id=decode_uuid("conversationId", input.conversation_id, "Conversation"),
        content=input.content,
        client_message_id=input.client_message_id,
    )
    return SendMessagePayload(
        child_message=Message.from_domain(exchange.child_message),
        reply=Message.from_domain(exchange.reply) if exchange.reply else None,
        replayed=exchange.replayed,
    )


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def register_child(self, info: Info, input: RegisterChildInput) -> RegisterChildPayload:
        child = await info.context.services.children.register_child(
            info.context.principal,
            display_name=input.display_name,
            age=input.age,
            parental_consent=input.parental_consent,
            retention_days=input.retention_days,
        )
        return RegisterChildPayload(child=Child.from_domain(child))

    @strawberry.mutation
    async def pair_device(self, info: Info, input: PairDeviceInput) -> PairDevicePayload:
        principal = info.context.principal
        paired = await info.context.services.children.pair_device(
            principal, child_id=decode_uuid("childId", input.child_id, "Child"), name=input.name
        )
        return PairDevicePayload(
            device_token=paired.token, device=Device.from_domain(paired.device)
        )

    @strawberry.mutation
    async def revoke_device(self, info: Info, id: strawberry.ID) -> DevicePayload:
        device = await info.context.services.children.revoke_device(
            info.context.principal, decode_uuid("id", id, "Device")
        )
        return DevicePayload(device=Device.from_domain(device))

    @strawberry.mutation
    async def start_conversation(
        self, info: Info, input: StartConversationInput
    ) -> ConversationPayload:
        conversation = await info.context.services.conversations.start(
            info.context.principal, DomainInteractionType(input.interaction_type.value)
        )
        return ConversationPayload(conversation=Conversation.from_domain(conversation))

    @strawberry.mutation
    async def send_message(self, info: Info, input: SendMessageInput) -> SendMessagePayload:
        return await send_message_payload(info.context, input)

    @strawberry.mutation
    async def end_conversation(self, info: Info, id: strawberry.ID) -> ConversationPayload:
        conversation = await info.context.services.conversations.end(
            info.context.principal, decode_uuid("id", id, "Conversation")
        )
        return ConversationPayload(conversation=Conversation.from_domain(conversation))

    @strawberry.mutation
    async def archive_conversation(self, info: Info, id: strawberry.ID) -> ConversationPayload:
        conversation = await info.context.services.conversations.archive(
            info.context.principal, decode_uuid("id", id, "Conversation")
        )
        return ConversationPayload(conversation=Conversation.from_domain(conversation))
