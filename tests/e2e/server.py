"""Runs `teddy serve` as a real process on a free loopback port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerProcess:
    def __init__(
        self, env: dict[str, str], port: int | None = None, cwd: Path | None = None
    ) -> None:
        self.port = port or free_port()
        # Every server reads the pre-filter analyses the test session kept (a cwd elsewhere too).
        cache = {"TEDDY_CACHE_DIR": str(REPO / ".teddy-cache")}
        self.env = {**os.environ, **cache, **env, "TEDDY_PORT": str(self.port)}
        self.process: subprocess.Popen[bytes] | None = None
        self.cwd = cwd or REPO
        logs = Path(env["TEDDY_DATA_DIR"]) if "TEDDY_DATA_DIR" in env else (cwd or Path("/tmp"))
        self.log_path = logs / f"server-{self.port}.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 180.0) -> None:
        # Generous: each worker warms the safety engine up before it is ready (about 13 s of
        # CPU on a slow 2-core box with the kept analyses, 35 s without), and two workers
        # share the cores with the test run.
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "graph.cli", "serve"],
            cwd=self.cwd,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()[-3000:]}")
            try:
                if httpx.get(f"{self.url}/health/ready", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"server not ready: {self.log_path.read_text()[-3000:]}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


def teddy(*args: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "graph.cli", *args],
        cwd=REPO,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout
