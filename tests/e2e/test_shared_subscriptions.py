"""Identical subscriptions over the wire share one execution (graph/subscription_fanout.py):
whatever the transport, each subscriber gets the same payload, framed with its own id."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from tests.e2e.live_client import (
    TransportWs,
    contract_operation,
    new_family,
    raise_incident,
    sse_events,
    token,
    ws_url,
)
from tests.e2e.server import ServerProcess

INCIDENTS = contract_operation("moderator", "Incidents")
VARIABLES = {"minSeverity": "HIGH"}


async def test_identical_subscribers_on_every_transport_get_the_same_payload(
    server: ServerProcess,
) -> None:
    family = await new_family(server.url)
    sse: asyncio.Queue[Any] = asyncio.Queue()
    async with (
        TransportWs(ws_url(server.url), token("moderator")) as console,
        TransportWs(ws_url(server.url), token("moderator"), legacy=True) as legacy,
    ):
        # Two operations on one socket, one on the legacy protocol, one over SSE.
        await console.subscribe("first", INCIDENTS, VARIABLES)
        await console.subscribe("second", INCIDENTS, VARIABLES)
        await legacy.subscribe("legacy", INCIDENTS, VARIABLES)
        reader = asyncio.create_task(
            sse_events(server.url, token("moderator"), INCIDENTS, VARIABLES, sse)
        )
        try:
            assert (await asyncio.wait_for(sse.get(), 5))[1] == 200
            await asyncio.sleep(0.5)

            conversation, _ = await raise_incident(server.url, family.device_token)

            frames = [await console.frame(timeout=5.0) for _ in range(2)]
            assert sorted(f["id"] for f in frames) == ["first", "second"]
            assert all(f["type"] == "next" for f in frames)
            assert frames[0]["payload"] == frames[1]["payload"]
            incident = frames[0]["payload"]["data"]["safetyIncidents"]
            assert incident["conversation"]["id"] == conversation
            assert incident["message"]["content"] == "I want to hurt myself"

            assert (await legacy.data(timeout=5.0))["safetyIncidents"] == incident
            event, payload = await asyncio.wait_for(sse.get(), 5)
            assert event == "next" and payload["data"]["safetyIncidents"] == incident

            await console.nothing_for(0.3)  # once per subscription
            await legacy.nothing_for(0.1)
        finally:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader
