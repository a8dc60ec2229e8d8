"""Data for the scenarios, made through the API as clients would: parents (tokens from
`teddy token`) register children and pair devices; devices start conversations and chat."""

from __future__ import annotations

import asyncio
import itertools
import uuid
from collections.abc import Awaitable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from bench import operations as ops
from bench.client import graphql
from bench.processes import teddy_token
from bench.rawhttp import HttpClient

T = TypeVar("T")
SEED_CONCURRENCY = 16
_message_ids = itertools.count()


def client_message_id() -> str:
    return f"bench-{uuid.uuid4().hex[:12]}-{next(_message_ids)}"


@dataclass
class Device:
    token: str
    child_id: str


@dataclass
class Family:
    parent_id: str
    token: str
    devices: list[Device] = field(default_factory=list)


async def bounded(jobs: Iterable[Awaitable[T]], limit: int = SEED_CONCURRENCY) -> list[T]:
    gate = asyncio.Semaphore(limit)

    async def one(job: Awaitable[T]) -> T:
        async with gate:
            return await job

    return list(await asyncio.gather(*(one(job) for job in jobs)))


async def _child_with_device(http: HttpClient, family: Family, n: int) -> Device:
    child = await graphql(
        http, ops.REGISTER_CHILD, {"displayName": f"Kid {n}", "age": 4 + n % 9}, family.token
    )
    child_id = child["registerChild"]["child"]["id"]
    paired = await graphql(
        http, ops.PAIR_DEVICE, {"childId": child_id, "name": f"Bear {n}"}, family.token
    )
    return Device(paired["pairDevice"]["deviceToken"], child_id)


async def families(http: HttpClient, label: str, parents: int, children_each: int) -> list[Family]:
    run = uuid.uuid4().hex[:8]
    made = [
        Family(f"bench-{label}-{run}-{p}", teddy_token(f"bench-{label}-{run}-{p}"))
        for p in range(parents)
    ]
    jobs = [(f, n) for f in made for n in range(children_each)]
    devices = await bounded(_child_with_device(http, f, n) for f, n in jobs)
    for (family, _n), device in zip(jobs, devices, strict=True):
        family.devices.append(device)
    return made


def all_devices(made: Iterable[Family]) -> list[Device]:
    return [d for f in made for d in f.devices]


async def start_conversation(http: HttpClient, device: Device) -> str:
    data = await graphql(http, ops.START_CONVERSATION, {"interactionType": "CHAT"}, device.token)
    return str(data["startConversation"]["conversation"]["id"])


async def send(http: HttpClient, device: Device, conversation_id: str, text: str) -> None:
    await graphql(
        http,
        ops.SEND_MESSAGE,
        {
            "conversationId": conversation_id,
            "content": text,
            "clientMessageId": client_message_id(),
        },
        device.token,
    )


async def conversations(
    http: HttpClient, devices: list[Device], count: int
) -> list[tuple[Device, str]]:
    """`count` new conversations, spread round-robin over `devices`."""
    owners = [devices[i % len(devices)] for i in range(count)]
    ids = await bounded(start_conversation(http, d) for d in owners)
    return list(zip(owners, ids, strict=True))


async def filled_conversations(
    http: HttpClient, devices: list[Device], per_device: int, exchanges: int
) -> None:
    """Each device gets `per_device` conversations of `exchanges` exchanges (2 messages each)."""
    started = await conversations(http, devices, len(devices) * per_device)

    async def fill(device: Device, conversation_id: str) -> None:
        for n in range(exchanges):
            await send(http, device, conversation_id, ops.CHAT_LINES[n % len(ops.CHAT_LINES)])

    await bounded(fill(d, c) for d, c in started)
