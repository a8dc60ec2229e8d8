"""Live subscriptions across two API processes sharing PostgreSQL and Redis, over the wire:
graphql-transport-ws, legacy graphql-ws and graphql-sse; reconnects with `after`; auth."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.live_client import (
    ClosedWith,
    TransportWs,
    contract_operation,
    graphql,
    latest_incident_cursor,
    new_family,
    raise_incident,
    send,
    sse_events,
    start_conversation,
    token,
    ws_url,
)
from tests.e2e.server import ServerProcess
from tests.servers import TestServers

INCIDENTS = contract_operation("moderator", "Incidents")
PARENT_NOTIFICATIONS = contract_operation("parent", "ParentNotifications")
WATCH_CONVERSATION = contract_operation("parent", "WatchConversation")
SETTLE = 0.5
"""After `subscribe`, time for the resolver to register its bus listener (there is no ack)."""


def instance_env(database_url: str, redis_url: str, data_dir: Path) -> dict[str, str]:
    return {
        "TEDDY_DATABASE_URL": database_url,
        "TEDDY_REDIS_URL": redis_url,
        "TEDDY_DATA_DIR": str(data_dir),
        "TEDDY_DB_POOL_SIZE": "5",
        "TEDDY_DB_POOL_OVERFLOW": "5",
        "TEDDY_RATE_LIMIT_PER_CHILD": "100000",
    }


@pytest.fixture(scope="module")
def instances(
    servers: TestServers, runtime: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[ServerProcess, ServerProcess]]:
    started: list[ServerProcess] = []
    try:
        for name in ("one", "two"):  # one after the other: each applies migrations on start
            process = ServerProcess(
                instance_env(servers.database_url, servers.redis_url, tmp_path_factory.mktemp(name))
            )
            process.start()
            started.append(process)
        yield started[0], started[1]
    finally:
        for process in started:
            process.stop()


async def test_incident_raised_on_one_instance_reaches_subscribers_on_the_other(
    instances: tuple[ServerProcess, ServerProcess],
) -> None:
    one, two = instances
    family = await new_family(two.url)
    bystander = await new_family(one.url)

    async with (
        TransportWs(ws_url(one.url), token("moderator")) as moderator,
        TransportWs(ws_url(one.url), family.parent_token) as parent,
        TransportWs(ws_url(one.url), bystander.parent_token) as other_parent,
    ):
        await moderator.subscribe("m", INCIDENTS, {"minSeverity": "HIGH"})
        await parent.subscribe("p", PARENT_NOTIFICATIONS)
        await other_parent.subscribe("o", PARENT_NOTIFICATIONS)
        await asyncio.sleep(SETTLE)

        conversation, started = await raise_incident(two.url, family.device_token)

        incident = (await moderator.data(timeout=1.0))["safetyIncidents"]
        moderator_latency = time.perf_counter() - started
        assert incident["conversation"]["id"] == conversation
        assert incident["child"]["id"] == family.child_id
        assert incident["severity"] == "CRITICAL" and incident["status"] == "OPEN"
        assert incident["message"]["content"] == "I want to hurt myself"
        assert moderator_latency < 1.0, moderator_latency

        notification = (await parent.data(timeout=1.0))["notifications"]
        assert notification["incident"]["id"] == incident["id"]
        assert notification["incident"]["severity"] == "CRITICAL"

        await other_parent.nothing_for(1.5)
        await moderator.nothing_for(0.1)  # one incident, delivered once
        await parent.nothing_for(0.1)


async def test_parent_watching_on_one_instance_sees_both_messages_sent_on_the_other(
    instances: tuple[ServerProcess, ServerProcess],
) -> None:
    one, two = instances
    family = await new_family(two.url)
    conversation = await start_conversation(two.url, family.device_token)

    async with TransportWs(ws_url(one.url), family.parent_token) as parent:
        await parent.subscribe("w", WATCH_CONVERSATION, {"conversationId": conversation})
        await asyncio.sleep(SETTLE)
        sent = await send(two.url, family.device_token, conversation, "Can we sing a song?")

        events = [(await parent.data(timeout=2.0))["conversationEvents"] for _ in range(2)]
        assert [e["kind"] for e in events] == ["MESSAGE_ADDED", "MESSAGE_ADDED"]
        assert [e["message"]["id"] for e in events] == [
            sent["childMessage"]["id"],
            sent["reply"]["id"],
        ]
        assert events[0]["message"]["content"] == "Can we sing a song?"
        assert events[1]["message"]["content"] == sent["reply"]["content"]
        await parent.nothing_for(0.3)


async def _incident_ids_by_conversation(base_url: str, child_id: str) -> dict[str, str]:
    data = await graphql(
        base_url,
        "query($c: ID!) { incidents(first: 50, filter: {childId: $c}) "
        "{ edges { node { id conversation { id } } } } }",
        {"c": child_id},
        token("moderator"),
    )
    return {
        edge["node"]["conversation"]["id"]: edge["node"]["id"]
        for edge in data["incidents"]["edges"]
    }


async def test_a_moderator_who_reconnects_with_after_misses_nothing(
    instances: tuple[ServerProcess, ServerProcess],
) -> None:
    one, two = instances
    family = await new_family(two.url)
    moderator_token = token("moderator", "mod-reconnect")

    async with TransportWs(ws_url(one.url), moderator_token) as moderator:
        await moderator.subscribe("m", INCIDENTS, {"minSeverity": "LOW"})
        await asyncio.sleep(SETTLE)
        first, _ = await raise_incident(two.url, family.device_token)
        seen = (await moderator.data(timeout=2.0))["safetyIncidents"]
        assert seen["conversation"]["id"] == first
        cursor = seen["cursor"]

    missed = [(await raise_incident(two.url, family.device_token))[0] for _ in range(3)]
    ids = await _incident_ids_by_conversation(one.url, family.child_id)
    expected = [ids[conversation] for conversation in missed]
    assert len(set(expected)) == 3

    async with TransportWs(ws_url(one.url), moderator_token) as moderator:
        await moderator.subscribe("m", INCIDENTS, {"minSeverity": "LOW", "after": cursor})
        replayed = [(await moderator.data(timeout=2.0))["safetyIncidents"] for _ in range(3)]
        assert [i["id"] for i in replayed] == expected
        assert [i["conversation"]["id"] for i in replayed] == missed

        live_conversation, _ = await raise_incident(two.url, family.device_token)
        live = (await moderator.data(timeout=2.0))["safetyIncidents"]
        assert live["conversation"]["id"] == live_conversation
        assert live["id"] not in expected
        await moderator.nothing_for(0.5)


@pytest.mark.parametrize("kind", ["garbage", "expired", "wrong-secret"])
async def test_bad_tokens_close_the_socket(
    instances: tuple[ServerProcess, ServerProcess], kind: str
) -> None:
    one, _ = instances
    if kind == "garbage":
        bearer = "not-a-token"
    elif kind == "expired":
        bearer = token("moderator", ttl=-10)
    else:
        import jwt

        from graph.settings import Settings

        settings = Settings()
        bearer = jwt.encode(
            {
                "sub": "m",
                "role": "moderator",
                "iss": settings.jwt_issuer,
                "aud": settings.jwt_audience,
                "exp": int(time.time()) + 60,
            },
            "some-other-secret-of-sufficient-length",
            algorithm="HS256",
        )
    client = TransportWs(ws_url(one.url), bearer)
    with pytest.raises(ClosedWith) as closed:
        await client.open(timeout=5.0)
    assert closed.value.code in (4401, 4403), closed.value
    await client.close()


async def test_a_device_cannot_watch_incidents(
    instances: tuple[ServerProcess, ServerProcess],
) -> None:
    one, _ = instances
    family = await new_family(one.url)
    async with TransportWs(ws_url(one.url), family.device_token) as device:
        await device.subscribe("d", INCIDENTS, {"minSeverity": "LOW"})
        frame = await device.frame(timeout=3.0)
        if frame["type"] == "next":
            errors = frame["payload"]["errors"]
        else:
            assert frame["type"] == "error", frame
            errors = frame["payload"]
        assert errors and errors[0]["extensions"]["code"] == "FORBIDDEN", errors
        assert "data" not in frame["payload"] or not frame["payload"].get("data")


async def test_legacy_graphql_ws_delivers_an_incident(
    instances: tuple[ServerProcess, ServerProcess],
) -> None:
    one, two = instances
    family = await new_family(two.url)
    await raise_incident(two.url, family.device_token)  # so there is a cursor to start after
    cursor = await latest_incident_cursor(one.url)
    async with TransportWs(ws_url(one.url), token("moderator"), legacy=True) as moderator:
        await moderator.subscribe("1", INCIDENTS, {"minSeverity": "LOW", "after": cursor})
        conversation, _ = await raise_incident(two.url, family.device_token)
        frame = await moderator.frame(timeout=3.0)
        assert frame["type"] == "data" and frame["id"] == "1", frame
        assert frame["payload"]["data"]["safetyIncidents"]["conversation"]["id"] == conversation


async def test_graphql_over_sse_delivers_an_incident(
    instances: tuple[ServerProcess, ServerProcess],
) -> None:
    one, two = instances
    family = await new_family(two.url)
    await raise_incident(two.url, family.device_token)
    cursor = await latest_incident_cursor(one.url)
    events: asyncio.Queue = asyncio.Queue()
    reader = asyncio.create_task(
        sse_events(
            one.url, token("moderator"), INCIDENTS, {"minSeverity": "LOW", "after": cursor}, events
        )
    )
    try:
        status = await asyncio.wait_for(events.get(), 5)
        assert status[0] == "status" and status[1] == 200, status
        assert status[2].startswith("text/event-stream"), status
        conversation, _ = await raise_incident(two.url, family.device_token)
        event, payload = await asyncio.wait_for(events.get(), 3)
        assert event == "next", (event, payload)
        assert not payload.get("errors"), payload
        assert payload["data"]["safetyIncidents"]["conversation"]["id"] == conversation
    finally:
        reader.cancel()
        await asyncio.gather(reader, return_exceptions=True)
