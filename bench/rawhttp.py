"""A lean HTTP/1.1 keep-alive client for the generator: asyncio protocols and httptools.

httpx spends about 3 ms of CPU a request here, so on a two-core machine it could not offer
more than ~300 requests a second while sharing the cores with the server under test. This
client spends a small fraction of that: connections are reused one request at a time, and one
is opened only when every open connection is busy (the pool grows with the offered load, as an
open loop must: a request is never held back waiting for a connection).

A connection is back in the pool the moment its response is complete, not when the task that
sent the request next runs: under load the generator's loop runs late, and requests due in the
meantime would otherwise find every connection "busy" and open new ones. The most recently used
idle connection is taken first, so the pool's least used ones age out; one idle for longer than
the server keeps it open (uvicorn: 5 s) is closed rather than reused.
"""

from __future__ import annotations

import asyncio
from collections import deque
from types import TracebackType

import httptools


class ConnectionClosed(ConnectionError):
    pass


class _Connection(asyncio.Protocol):
    def __init__(self, pool: HttpClient) -> None:
        self.pool = pool
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.waiter: asyncio.Future[tuple[int, bytes]] | None = None
        self.body: list[bytes] = []
        self.closed = False
        self.keep_alive = True
        self.idle_since = 0.0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as error:
            self._fail(ConnectionClosed(f"bad response: {error}"))
            self.close()

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        self.keep_alive = self.parser.should_keep_alive()
        body, self.body = b"".join(self.body), []
        waiter, self.waiter = self.waiter, None
        if waiter is None or waiter.done():
            # No request is waiting (it timed out or was cancelled): not reusable.
            self.close()
            return
        waiter.set_result((self.parser.get_status_code(), body))
        if self.keep_alive and not self.closed:
            self.pool._release(self)
        else:
            self.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.pool._forget(self)
        self._fail(ConnectionClosed(str(exc) if exc else "connection closed"))

    def _fail(self, error: Exception) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(error)

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()

    async def exchange(self, request: bytes) -> tuple[int, bytes]:
        assert self.transport is not None
        self.waiter = asyncio.get_running_loop().create_future()
        self.transport.write(request)
        return await self.waiter


IDLE_SECONDS = 4.0
"""Idle connections older than this are closed rather than reused: uvicorn drops keep-alive
connections after 5 s, and a request written into one being closed would fail spuriously."""


class HttpClient:
    """`await client.post(path, body, headers)` -> (status, body); one host, plain HTTP."""

    def __init__(self, base_url: str, timeout: float = 30.0) -> None:
        hostport = base_url.removeprefix("http://").rstrip("/")
        host, _, port = hostport.partition(":")
        self.host, self.port = host, int(port or 80)
        self.timeout = timeout
        self._idle: deque[_Connection] = deque()
        self._all: set[_Connection] = set()
        self._prefix = f"Host: {hostport}\r\nContent-Type: application/json\r\n".encode()
        self.requests = 0
        """Requests sent."""
        self.opened = 0
        """Connections opened: `opened / requests` is what the generator spends on connects."""

    async def _connection(self) -> _Connection:
        now = asyncio.get_running_loop().time()
        while self._idle:
            connection = self._idle.pop()
            if not connection.closed and now - connection.idle_since < IDLE_SECONDS:
                return connection
            connection.close()
            self._all.discard(connection)
        loop = asyncio.get_running_loop()
        self.opened += 1
        _transport, connection = await loop.create_connection(
            lambda: _Connection(self), self.host, self.port
        )
        self._all.add(connection)
        return connection

    def _release(self, connection: _Connection) -> None:
        """A connection whose response is complete: idle again, before its caller resumes."""
        connection.idle_since = asyncio.get_running_loop().time()
        self._idle.append(connection)

    def _forget(self, connection: _Connection) -> None:
        self._all.discard(connection)

    async def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> tuple[int, bytes]:
        extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items()).encode()
        head = f"{method} {path} HTTP/1.1\r\nContent-Length: {len(body)}\r\n".encode()
        message = head + self._prefix + extra + b"\r\n" + body
        self.requests += 1
        connection = await self._connection()
        try:
            async with asyncio.timeout(self.timeout):
                # The connection returns itself to the pool when the response is complete.
                return await connection.exchange(message)
        except BaseException:
            if connection.waiter is not None:  # no complete response: the connection is spent
                connection.close()
                self._all.discard(connection)
            raise

    async def post(
        self, path: str, body: bytes, headers: dict[str, str] | None = None
    ) -> tuple[int, bytes]:
        return await self.request("POST", path, body, headers)

    @property
    def open_connections(self) -> int:
        return len(self._all)

    @property
    def idle_connections(self) -> int:
        return sum(1 for connection in self._idle if not connection.closed)

    async def aclose(self) -> None:
        for connection in list(self._all):
            connection.close()
        self._all.clear()
        self._idle.clear()

    async def __aenter__(self) -> HttpClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
