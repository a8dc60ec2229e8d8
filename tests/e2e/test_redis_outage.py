"""Redis goes away under two API processes: devices keep chatting, incidents keep being stored,
events wait in the outbox, and once Redis is back the subscriber gets what it missed, once.

The processes use a database of their own on the test PostgreSQL server (so no other relay,
such as the test process's, can publish their outbox to another Redis) and a Redis this test
starts and stops; the shared test Redis is never touched."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from persistence.embedded import EmbeddedRedis
from tests.e2e.live_client import (
    TransportWs,
    contract_operation,
    graphql,
    new_family,
    raise_incident,
    send,
    start_conversation,
    token,
    ws_url,
)
from tests.e2e.server import ServerProcess
from tests.e2e.test_two_instances import SETTLE, instance_env
from tests.outbox_counts import unpublished
from tests.servers import TestServers

INCIDENTS = contract_operation("moderator", "Incidents")


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


@dataclass
class Outage:
    database_url: str
    redis: EmbeddedRedis
    one: ServerProcess
    two: ServerProcess


@pytest.fixture(scope="module")
async def own_database(servers: TestServers) -> AsyncIterator[str]:
    name = f"outage_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(servers.database_url)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    yield _with_database(servers.database_url, name)
    await _drop_database(servers.database_url, name)


async def _drop_database(url: str, name: str) -> None:
    """Drop the test's own database; a connection lost while dropping it (seen once, on a
    loaded machine) is retried on a new one, so cleanup does not fail a test that passed."""
    for attempt in range(3):
        try:
            admin = await asyncpg.connect(url)
            try:
                await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            finally:
                await admin.close()
            return
        except (asyncpg.exceptions.ConnectionDoesNotExistError, OSError):
            if attempt == 2:
                raise
            await asyncio.sleep(1.0)


@pytest.fixture(scope="module")
def outage(own_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Outage]:
    base: Path = tmp_path_factory.mktemp("outage")
    redis_server = EmbeddedRedis(base / "redis")
    redis_url = redis_server.start()
    started: list[ServerProcess] = []
    try:
        for name in ("one", "two"):
            process = ServerProcess(instance_env(own_database, redis_url, base / name))
            process.start()
            started.append(process)
        yield Outage(own_database, redis_server, started[0], started[1])
    finally:
        for process in started:
            process.stop()
        redis_server.stop()


async def _stored_incidents(base_url: str, child_id: str) -> dict[str, str]:
    data = await graphql(
        base_url,
        "query($c: ID!) { incidents(first: 50, filter: {childId: $c}) "
        "{ edges { node { id conversation { id } } } } }",
        {"c": child_id},
        token("moderator"),
    )
    return {e["node"]["conversation"]["id"]: e["node"]["id"] for e in data["incidents"]["edges"]}


async def test_events_wait_out_a_redis_outage_and_arrive_once(outage: Outage) -> None:
    one, two = outage.one, outage.two
    family = await new_family(two.url)

    async with TransportWs(ws_url(one.url), token("moderator")) as moderator:
        await moderator.subscribe("m", INCIDENTS, {"minSeverity": "LOW"})
        await asyncio.sleep(SETTLE)
        before, _ = await raise_incident(two.url, family.device_token)
        assert (await moderator.data(timeout=2.0))["safetyIncidents"]["conversation"][
            "id"
        ] == before

        outage.redis.stop()
        assert not outage.redis.socket_path.exists() or not outage.redis._answers()

        # Devices keep chatting on both instances; unsafe lines keep becoming incidents.
        chat = await start_conversation(one.url, family.device_token)
        for n in range(3):
            sent = await send(one.url, family.device_token, chat, f"Tell me a story {n}")
            assert sent["reply"]["content"]
        during = [(await raise_incident(two.url, family.device_token))[0] for _ in range(3)]

        stored = await _stored_incidents(one.url, family.child_id)
        assert set(during) <= set(stored), "incidents raised during the outage were not stored"
        expected = [stored[conversation] for conversation in during]
        assert await unpublished(outage.database_url) > 0, "nothing waits in the outbox"
        await moderator.nothing_for(1.0)  # no Redis, no live delivery

        outage.redis.start()  # the same socket path

        received = [(await moderator.data(timeout=15.0))["safetyIncidents"] for _ in range(3)]
        assert [i["id"] for i in received] == expected
        assert [i["conversation"]["id"] for i in received] == during

        deadline = time.monotonic() + 15
        while await unpublished(outage.database_url) and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        assert await unpublished(outage.database_url) == 0, "the outbox was not drained"
        await moderator.nothing_for(2.0)  # the relayed copies of the replayed ones are dropped

        after, _ = await raise_incident(two.url, family.device_token)
        live = (await moderator.data(timeout=2.0))["safetyIncidents"]
        assert live["conversation"]["id"] == after
        await moderator.nothing_for(0.3)
