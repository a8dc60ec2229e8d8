"""The processes a run needs: storage (the machine's or embedded), `teddy serve`, the floors."""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg
import httpx
import redis

from persistence.embedded import EmbeddedPostgres, EmbeddedRedis

REPO = Path(__file__).resolve().parents[1]
MACHINE_POSTGRES = "postgresql://postgres@127.0.0.1:5432"
MACHINE_REDIS = "redis://127.0.0.1:6379/1"
BENCH_DATABASE = "bench"
READY_QUERY = "/graphql?query=%7B__typename%7D"
"""Ready when GraphQL answers (the health endpoints are still being built by others)."""
RATE_LIMIT_OFF = "100000000"
"""TEDDY_RATE_LIMIT_PER_CHILD for the run: high enough that the limiter never refuses."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _recreate_database(admin_url: str, name: str) -> None:
    connection = await asyncio.wait_for(asyncpg.connect(admin_url), 5)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


def _machine_redis_answers(url: str) -> bool:
    try:
        client = redis.Redis.from_url(url, socket_timeout=3)
        try:
            client.ping()
            client.flushdb()
        finally:
            client.close()
    except redis.RedisError:
        return False
    return True


@dataclass
class Storage:
    """PostgreSQL and Redis for the run: the machine's when they answer, else embedded."""

    data_dir: Path
    database_url: str = ""
    redis_url: str = ""
    kind: str = ""
    _postgres: EmbeddedPostgres | None = None
    _redis: EmbeddedRedis | None = None

    def start(self) -> None:
        try:
            asyncio.run(_recreate_database(f"{MACHINE_POSTGRES}/postgres", BENCH_DATABASE))
            machine_pg = True
        except (TimeoutError, OSError, asyncpg.PostgresError):
            machine_pg = False
        if machine_pg and _machine_redis_answers(MACHINE_REDIS):
            self.database_url = f"{MACHINE_POSTGRES}/{BENCH_DATABASE}"
            self.redis_url = MACHINE_REDIS
            self.kind = "machine PostgreSQL 127.0.0.1:5432/bench (recreated), Redis db 1 (flushed)"
            return
        self._postgres = EmbeddedPostgres(self.data_dir / "postgres")
        self.database_url = self._postgres.start()
        self._redis = EmbeddedRedis(self.data_dir / "redis")
        self.redis_url = self._redis.start()
        self.kind = f"embedded PostgreSQL and Redis under {self.data_dir}"

    def stop(self) -> None:
        if self._redis is not None:
            self._redis.stop()
        if self._postgres is not None:
            self._postgres.stop()


@dataclass
class ServerProcess:
    """A server process on a free loopback port (`{port}` in argv), ready once `ready_path`
    answers 200 (to a POST of `{ __typename }` when `ready_by_query`). Python by default;
    `program` runs another executable (PostGraphile's node script)."""

    argv: list[str]
    env: dict[str, str]
    log_path: Path
    ready_path: str
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    program: str = sys.executable
    ready_by_query: bool = False
    cwd: Path = REPO
    """Where the process runs (and, for `-m`, whose code it imports)."""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    def start(self, timeout: float = 90.0) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [self.program, *[a.replace("{port}", str(self.port)) for a in self.argv]],
                cwd=self.cwd,
                env={**os.environ, **self.env},
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.argv} exited: {self._log_tail()}")
            with contextlib.suppress(httpx.HTTPError):
                if self._answers():
                    return
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"{self.argv} not ready: {self._log_tail()}")

    def _answers(self) -> bool:
        url = f"{self.url}{self.ready_path}"
        if self.ready_by_query:
            answer = httpx.post(url, json={"query": "{ __typename }"}, timeout=1)
        else:
            answer = httpx.get(url, timeout=1)
        return answer.status_code == 200

    def _log_tail(self) -> str:
        return self.log_path.read_text(errors="replace")[-3000:]

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


def teddy_service(
    storage: Storage, log_dir: Path, *, workers: int = 1, checkout: Path = REPO
) -> ServerProcess:
    """`teddy serve` with `workers` uvicorn worker processes (TEDDY_WORKERS), running the code
    of `checkout` (this repository unless another checkout is given, for a baseline)."""
    env = {
        "TEDDY_DATABASE_URL": storage.database_url,
        "TEDDY_REDIS_URL": storage.redis_url,
        "TEDDY_DATA_DIR": str(log_dir / "teddy-data"),
        "TEDDY_RATE_LIMIT_PER_CHILD": RATE_LIMIT_OFF,
        "TEDDY_WORKERS": str(workers),
        # Pools are per process: split the single worker's 20 + 30 so that several workers
        # stay inside PostgreSQL's max_connections (100 on the machine's server).
        "TEDDY_DB_POOL_SIZE": str(max(5, 20 // workers)),
        "TEDDY_DB_POOL_OVERFLOW": str(max(5, 30 // workers)),
    }
    server = ServerProcess(
        ["-m", "graph.cli", "serve"],
        env,
        log_dir / f"teddy-{checkout.name}.log",
        "/health/ready",
        cwd=checkout,
    )
    server.env["TEDDY_PORT"] = str(server.port)
    return server


def floor_server(
    module: str, database_url: str, log_dir: Path, *, workers: int = 1
) -> ServerProcess:
    argv = [
        "-m",
        "uvicorn",
        f"bench.{module}:app",
        "--host",
        "127.0.0.1",
        "--port",
        "{port}",
        "--workers",
        str(workers),
        "--loop",
        "uvloop",
        "--http",
        "httptools",
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    env = {"BENCH_DATABASE_URL": database_url, "BENCH_POOL_SIZE": str(max(5, 20 // workers))}
    return ServerProcess(argv, env, log_dir / f"{module}.log", "/health")


def teddy_token(subject: str, role: str = "parent") -> str:
    """A JWT from `teddy token` (its command run in this process: hundreds cost no start-ups)."""
    from graph.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["token", "--role", role, "--subject", subject])
    if code != 0:
        raise RuntimeError(f"teddy token exited with {code}")
    return out.getvalue().strip()
