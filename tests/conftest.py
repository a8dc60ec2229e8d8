"""Shared fixtures: real PostgreSQL and Redis, the running services, and GraphQL helpers."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from domain.principal import Principal, Role
from graph.context import Context
from graph.runtime import Runtime
from graph.schema import schema
from graph.services import Services
from graph.settings import Settings
from tests.servers import TestServers


@pytest.fixture(scope="session")
def engine_root() -> Iterator[Path]:
    """Where the embedded engines keep their data: outside pytest's temporary tree. Any
    other pytest session that starts on the machine resets that tree's root to mode 0700,
    and PostgreSQL, which runs as its own user when the tests run as root, then loses its
    data directory in the middle of the run (seen as a connection closed mid-statement)."""
    root = Path(tempfile.mkdtemp(prefix="teddy-tests-"))
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def servers(engine_root: Path) -> Iterator[TestServers]:
    found = TestServers(engine_root / "engines")
    found.start()
    yield found
    found.stop()


@pytest.fixture(scope="session")
def settings(servers: TestServers) -> Settings:
    return Settings(
        database_url=servers.database_url,
        redis_url=servers.redis_url,
        db_pool_size=10,
        db_pool_overflow=10,
        # Tests send far more than a child could; the rate-limit tests set their own limits.
        rate_limit_per_child=100_000,
    )


@pytest.fixture(scope="session")
async def runtime(servers: TestServers, settings: Settings) -> AsyncIterator[Runtime]:
    await servers.reset()
    started = Runtime(settings, servers.database_url, servers.redis_url)
    await started.start()
    yield started
    await started.stop()


@pytest.fixture(scope="session")
def services(runtime: Runtime) -> Services:
    assert runtime.services is not None
    return runtime.services


def parent() -> Principal:
    return Principal(role=Role.PARENT, subject=f"parent-{uuid.uuid4()}")


class GraphQLClient:
    """Runs operations through `schema.execute` as a given principal."""

    def __init__(self, services: Services) -> None:
        self.services = services

    async def execute(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        principal: Principal | None = None,
    ) -> Any:
        context = Context(services=self.services, trace_id=uuid.uuid4().hex)
        if principal is not None:
            context.caller = principal
        return await schema.execute(query, variable_values=variables, context_value=context)

    async def data(
        self, query: str, variables: dict[str, Any] | None = None, *, principal: Principal
    ) -> Any:
        result = await self.execute(query, variables, principal=principal)
        assert result.errors is None, [e.formatted for e in result.errors]
        return result.data


@pytest.fixture
def gql(services: Services) -> GraphQLClient:
    return GraphQLClient(services)
