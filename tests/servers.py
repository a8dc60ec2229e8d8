"""Which PostgreSQL and Redis the tests talk to: the ones named by TEDDY_TEST_DATABASE_URL and
TEDDY_TEST_REDIS_URL, or else embedded servers started under a temporary directory."""

from __future__ import annotations

from pathlib import Path

import asyncpg
import redis
from pydantic_settings import BaseSettings, SettingsConfigDict

from persistence.embedded import EmbeddedPostgres, EmbeddedRedis


class TestServerSettings(BaseSettings):
    __test__ = False
    model_config = SettingsConfigDict(env_prefix="TEDDY_TEST_", extra="ignore")

    database_url: str | None = None
    redis_url: str | None = None


class TestServers:
    __test__ = False

    def __init__(self, data_dir: Path) -> None:
        self._settings = TestServerSettings()
        self._data_dir = data_dir
        self.postgres: EmbeddedPostgres | None = None
        self.redis: EmbeddedRedis | None = None
        self.database_url = ""
        self.redis_url = ""

    @property
    def embedded(self) -> bool:
        return self.postgres is not None

    def start(self) -> None:
        if self._settings.database_url:
            self.database_url = self._settings.database_url
        else:
            self.postgres = EmbeddedPostgres(self._data_dir / "postgres")
            self.database_url = self.postgres.start()
        if self._settings.redis_url:
            self.redis_url = self._settings.redis_url
        else:
            self.redis = EmbeddedRedis(self._data_dir / "redis")
            self.redis_url = self.redis.start()

    async def reset(self) -> None:
        """A clean slate: the test database's public schema and the test Redis are emptied."""
        connection = await asyncpg.connect(self.database_url)
        try:
            await connection.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public")
        finally:
            await connection.close()
        client = redis.Redis.from_url(self.redis_url)
        try:
            client.flushdb()
        finally:
            client.close()

    def stop(self) -> None:
        if self.redis is not None:
            self.redis.stop()
        if self.postgres is not None:
            self.postgres.stop()
