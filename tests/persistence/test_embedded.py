"""The embedded engines are real servers whose data survives a restart."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import asyncpg
import httpx
import pytest
import redis

from persistence.embedded import EmbeddedPostgres, EmbeddedRedis
from tests.e2e.server import ServerProcess, teddy


def test_embedded_redis_keeps_data_across_restart(tmp_path: Path) -> None:
    first = EmbeddedRedis(tmp_path / "redis")
    url = first.start()
    client = redis.Redis.from_url(url)
    client.set("teddy:probe", "kept")
    client.close()
    first.stop()
    assert not first.socket_path.exists() or not first._answers()

    second = EmbeddedRedis(tmp_path / "redis")
    client = redis.Redis.from_url(second.start())
    try:
        assert client.get("teddy:probe") == b"kept"
    finally:
        client.close()
        second.stop()


def test_embedded_postgres_keeps_data_across_restart(tmp_path: Path) -> None:
    async def write(dsn: str) -> None:
        connection = await asyncpg.connect(dsn)
        await connection.execute("CREATE TABLE probe (v text); INSERT INTO probe VALUES ('kept')")
        await connection.close()

    async def read(dsn: str) -> str:
        connection = await asyncpg.connect(dsn)
        value = await connection.fetchval("SELECT v FROM probe")
        await connection.close()
        return str(value)

    first = EmbeddedPostgres(tmp_path / "pg")
    asyncio.run(write(first.start()))
    first.stop()
    second = EmbeddedPostgres(tmp_path / "pg")
    try:
        assert asyncio.run(read(second.start())) == "kept"
    finally:
        second.stop()


def test_teddy_serve_starts_its_own_engines_and_keeps_data(tmp_path: Path) -> None:
    env = {"TEDDY_DATA_DIR": str(tmp_path / "data"), "TEDDY_DB_POOL_SIZE": "3"}
    server = ServerProcess(env)
    server.env.pop("TEDDY_DATABASE_URL", None)
    server.env.pop("TEDDY_REDIS_URL", None)
    subject = f"p-{uuid.uuid4()}"
    token = teddy("token", "--role", "parent", "--subject", subject).strip()
    query = {
        "query": 'mutation { registerChild(input: {displayName: "Kai", age: 9,'
        " parentalConsent: true}) { child { id } } }"
    }
    server.start()
    try:
        created = httpx.post(
            f"{server.url}/graphql", json=query, headers={"Authorization": f"Bearer {token}"}
        ).json()
        child_id = created["data"]["registerChild"]["child"]["id"]
    finally:
        server.stop()

    server.start()
    try:
        listed = httpx.post(
            f"{server.url}/graphql",
            json={"query": "{ me { ... on Parent { children { id displayName } } } }"},
            headers={"Authorization": f"Bearer {token}"},
        ).json()
    finally:
        server.stop()
    assert listed["data"]["me"]["children"] == [{"id": child_id, "displayName": "Kai"}]


def test_a_relative_data_dir_works_like_the_default_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    server = EmbeddedRedis(Path(".teddy-data") / "redis")
    client = redis.Redis.from_url(server.start())
    try:
        assert client.ping()
        assert server.socket_path.is_absolute()
    finally:
        client.close()
        server.stop()


def test_teddy_serve_with_the_default_data_dir_from_any_folder(tmp_path: Path) -> None:
    """What `make run` does: no URLs, no TEDDY_DATA_DIR, so `.teddy-data/` in the folder."""
    server = ServerProcess({"TEDDY_DB_POOL_SIZE": "3"}, cwd=tmp_path)
    for name in ("TEDDY_DATABASE_URL", "TEDDY_REDIS_URL", "TEDDY_DATA_DIR"):
        server.env.pop(name, None)
    server.start()
    try:
        ready = httpx.get(f"{server.url}/health/ready").json()
        assert ready["status"] == "ready"
        page = httpx.get(f"{server.url}/graphql", headers={"Accept": "text/html"})
        assert page.status_code == 200 and "graphiql" in page.text.lower()
    finally:
        server.stop()
    data = tmp_path / ".teddy-data"
    assert (data / "postgres" / "PG_VERSION").exists()
    # Stopping the service stopped its servers too.
    assert not (data / "postgres" / "postmaster.pid").exists()
    assert not (data / "redis" / "redis.sock").exists()
    assert (tmp_path / ".teddy-data" / "redis" / "appendonlydir").exists() or any(
        (tmp_path / ".teddy-data" / "redis").glob("*.aof*")
    )
