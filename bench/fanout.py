"""Moderator fan-out: N moderators on the `safetyIncidents` subscription (graphql-transport-ws)
while devices send unsafe messages at a constant rate.

Delivery latency runs from the moment the send went out (its own lag behind schedule is in the
send step) to each moderator's receipt; a delivery that never arrives is a failure."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field

import orjson
import websockets

from bench import operations as ops
from bench.client import graphql
from bench.loadgen import StepResult, run_open_loop, summarise
from bench.processes import teddy_token
from bench.rawhttp import HttpClient
from bench.seed import Device, client_message_id, conversations

PROTOCOL = "graphql-transport-ws"
SETTLE_SECONDS = 5.0


def subscription_available(sdl: str) -> bool:
    return "safetyIncidents(" in sdl


@dataclass
class Moderator:
    token: str
    received: dict[str, float] = field(default_factory=dict)
    """Conversation global id -> perf_counter time its incident arrived."""
    errors: Counter[str] = field(default_factory=Counter)


async def _listen(url: str, moderator: Moderator, ready: asyncio.Event) -> None:
    async with websockets.connect(url, subprotocols=[PROTOCOL], max_size=None) as socket:
        auth = {"Authorization": f"Bearer {moderator.token}"}
        await socket.send(orjson.dumps({"type": "connection_init", "payload": auth}).decode())
        ack = orjson.loads(await socket.recv())
        if ack.get("type") != "connection_ack":
            raise RuntimeError(f"no connection_ack: {ack}")
        subscribe = {"query": ops.INCIDENTS, "variables": {"minSeverity": "LOW"}}
        message = {"id": "1", "type": "subscribe", "payload": subscribe}
        await socket.send(orjson.dumps(message).decode())
        ready.set()
        async for raw in socket:
            frame = orjson.loads(raw)
            if frame.get("type") == "ping":
                await socket.send(orjson.dumps({"type": "pong"}).decode())
            elif frame.get("type") == "next":
                payload = frame.get("payload") or {}
                if payload.get("errors"):
                    moderator.errors["subscription_error"] += 1
                    continue
                incident = (payload.get("data") or {}).get("safetyIncidents") or {}
                conversation = (incident.get("conversation") or {}).get("id")
                if conversation:
                    moderator.received.setdefault(conversation, time.perf_counter())
            elif frame.get("type") in ("error", "complete"):
                moderator.errors[f"subscription_{frame['type']}"] += 1
                return


@dataclass
class FanoutScenario:
    http: HttpClient
    base_url: str
    devices: list[Device]
    subscribers: int

    async def run_step(self, rate: float, duration: float) -> StepResult:
        planned = await conversations(self.http, self.devices, max(1, int(rate * duration)))
        moderators = [
            Moderator(teddy_token(f"bench-mod-{uuid.uuid4().hex[:8]}", role="moderator"))
            for _ in range(self.subscribers)
        ]
        ws_url = self.base_url.replace("http://", "ws://") + "/graphql"
        readies = [asyncio.Event() for _ in moderators]
        listeners = [
            asyncio.create_task(_listen(ws_url, m, r))
            for m, r in zip(moderators, readies, strict=True)
        ]
        try:
            await asyncio.wait_for(asyncio.gather(*(r.wait() for r in readies)), 30)
            await asyncio.sleep(0.5)  # the subscriptions register their bus listeners
            due_at: dict[str, float] = {}

            async def operation(index: int) -> None:
                device, conversation_id = planned[index]
                due_at[conversation_id] = time.perf_counter()
                await graphql(
                    self.http,
                    ops.SEND_MESSAGE,
                    {
                        "conversationId": conversation_id,
                        "content": ops.UNSAFE_LINE,
                        "clientMessageId": client_message_id(),
                    },
                    device.token,
                )

            sends = await run_open_loop("fanout send", operation, rate=rate, duration=duration)
            await asyncio.sleep(SETTLE_SECONDS)
        finally:
            for task in listeners:
                task.cancel()
            outcomes = await asyncio.gather(*listeners, return_exceptions=True)
        return _delivery_result(rate, duration, moderators, due_at, sends, outcomes)


def _delivery_result(
    rate: float,
    duration: float,
    moderators: list[Moderator],
    due_at: dict[str, float],
    sends: StepResult,
    outcomes: list[object],
) -> StepResult:
    latencies: list[float] = []
    failures: Counter[str] = Counter()
    for moderator in moderators:
        failures.update(moderator.errors)
        for conversation_id, due in due_at.items():
            arrived = moderator.received.get(conversation_id)
            if arrived is None:
                failures["not_delivered"] += 1
            else:
                latencies.append(arrived - due)
    for outcome in outcomes:
        if isinstance(outcome, Exception) and not isinstance(outcome, asyncio.CancelledError):
            failures[f"listener_{type(outcome).__name__}"] += 1
    result = summarise(
        "fanout delivery",
        rate,
        duration,
        latencies,
        failures,
        len(due_at) * len(moderators),
        duration,
    )
    result.extra = {"subscribers": len(moderators), "sends": sends.as_dict()}
    # The send's own failures fail the step too.
    result.errors += sends.errors
    for kind, count in sends.error_kinds.items():
        result.error_kinds[f"send_{kind}"] = count
    return result
