"""A `teddy serve` process per test module, on the test PostgreSQL and Redis."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.server import ServerProcess
from tests.servers import TestServers


@pytest.fixture(scope="module")
def server(
    servers: TestServers, runtime: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    process = ServerProcess(
        {
            "TEDDY_DATABASE_URL": servers.database_url,
            "TEDDY_REDIS_URL": servers.redis_url,
            "TEDDY_DATA_DIR": str(tmp_path_factory.mktemp("serve")),
            "TEDDY_DB_POOL_SIZE": "5",
            "TEDDY_DB_POOL_OVERFLOW": "5",
        }
    )
    process.start()
    yield process
    process.stop()
