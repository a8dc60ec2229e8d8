"""Request-level scenarios: for a step's rate, prepare untimed state and return the operation."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from uuid import UUID

from bench import operations as ops
from bench.client import graphql, node_uuid, post_json
from bench.loadgen import Operation, OperationFailed
from bench.rawhttp import HttpClient
from bench.seed import Device, Family, conversations, send, start_conversation

EXCHANGES_PER_CONVERSATION = 40
"""Within the development limit of 100 messages (50 exchanges) a conversation."""


@dataclass
class ChatScenario:
    """Request `i` belongs to device `i % n`. A device sends into its conversation; after 40
    exchanges its next request starts a new conversation (one request in 41 is a start). The
    conversations carry over from step to step; `prime` gives every device its first one,
    untimed, so a step does not open with a burst of starts. A send that must wait for its
    conversation's start waits on the clock: latency still runs from the send's due time."""

    http: HttpClient
    devices: list[Device]
    current: dict[int, asyncio.Task[str]] = field(default_factory=dict)
    sent: dict[int, int] = field(default_factory=dict)

    async def prime(self) -> None:
        started = await conversations(self.http, self.devices, len(self.devices))
        for slot, (_device, conversation_id) in enumerate(started):
            self.current[slot] = asyncio.ensure_future(_ready(conversation_id))
            self.sent[slot] = 0

    async def for_rate(self, _rate: float) -> Operation:
        return self.operation

    async def operation(self, index: int) -> None:
        slot = index % len(self.devices)
        device = self.devices[slot]
        if slot not in self.current or self.sent[slot] >= EXCHANGES_PER_CONVERSATION:
            task = asyncio.ensure_future(start_conversation(self.http, device))
            self.current[slot] = task
            self.sent[slot] = 0
            await task
            return
        self.sent[slot] += 1
        try:
            conversation_id = await asyncio.shield(self.current[slot])
        except OperationFailed as error:
            raise OperationFailed("start_failed", str(error)) from None
        text = ops.CHAT_LINES[index % len(ops.CHAT_LINES)]
        await send(self.http, device, conversation_id, text)


async def _ready(value: str) -> str:
    return value


@dataclass
class DashboardScenario:
    http: HttpClient
    parents: list[Family]

    async def for_rate(self, _rate: float) -> Operation:
        async def operation(index: int) -> None:
            family = self.parents[index % len(self.parents)]
            data = await graphql(self.http, ops.DASHBOARD, {"first": 10}, family.token)
            if not data.get("me", {}).get("children"):
                raise OperationFailed("EMPTY_DASHBOARD")

        return operation


@dataclass
class WriteFloorScenario:
    """The bare asyncpg write handler, on conversations the service created."""

    http: HttpClient
    conversation_ids: list[UUID]

    async def for_rate(self, _rate: float) -> Operation:
        async def operation(index: int) -> None:
            conversation = self.conversation_ids[index % len(self.conversation_ids)]
            text = ops.CHAT_LINES[index % len(ops.CHAT_LINES)]
            await post_json(
                self.http, "/send", {"conversationId": str(conversation), "content": text}
            )

        return operation


@dataclass
class ReadFloorScenario:
    """One SQL statement that builds the Dashboard JSON, per parent."""

    http: HttpClient
    parents: list[Family]

    async def for_rate(self, _rate: float) -> Operation:
        async def operation(index: int) -> None:
            family = self.parents[index % len(self.parents)]
            body = await post_json(self.http, "/dashboard", {"parentId": family.parent_id})
            if not body.get("children"):
                raise OperationFailed("EMPTY_DASHBOARD")

        return operation


def conversation_uuids(global_ids: list[str]) -> list[UUID]:
    return [node_uuid(g) for g in global_ids]
