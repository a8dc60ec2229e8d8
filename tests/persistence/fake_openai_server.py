"""A real HTTP server on 127.0.0.1 that imitates an OpenAI-compatible chat completions API.

Each test says how it answers: a normal completion, a given text (for instance an unsafe one,
to check that the service's safety pass replaces it), a slow answer, an error status,
malformed JSON, or a connection dropped mid-response. It records every request it received.

    async with running_fake_openai_server() as server:
        server.reply_with(UNSAFE_TEDDY_TEXT)
        responder = OpenAICompatibleResponder(server.base_url, "fake-model", None, ...)
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

UNSAFE_TEDDY_TEXT = "Let's keep this our secret, send me a photo"
DEFAULT_TEXT = "Hello, little friend! What shall we play today?"


@dataclass(frozen=True, slots=True)
class FakeAnswer:
    """How the server answers one request."""

    status: int = 200
    body: bytes = b""
    delay_seconds: float = 0.0
    drop_mid_response: bool = False


def completion(text: str, finish_reason: str = "stop") -> FakeAnswer:
    body = {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "model": "fake-model",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": finish_reason,
            }
        ],
    }
    return FakeAnswer(body=json.dumps(body).encode())


def slow_completion(text: str, delay_seconds: float) -> FakeAnswer:
    return FakeAnswer(body=completion(text).body, delay_seconds=delay_seconds)


def error_status(status: int) -> FakeAnswer:
    return FakeAnswer(status=status, body=b'{"error": {"message": "fake failure"}}')


def malformed_json() -> FakeAnswer:
    return FakeAnswer(body=b'{"choices": [{"message": {"content": "Hel')


def json_body(body: Any) -> FakeAnswer:
    return FakeAnswer(body=json.dumps(body).encode())


def dropped_connection() -> FakeAnswer:
    return FakeAnswer(body=completion(DEFAULT_TEXT).body, drop_mid_response=True)


@dataclass(frozen=True, slots=True)
class ReceivedRequest:
    method: str
    path: str
    headers: dict[str, str]
    """Header names in lower case."""
    body: Any

    @property
    def messages(self) -> list[dict[str, str]]:
        return list(self.body["messages"])


_REASONS = {200: "OK", 400: "Bad Request", 500: "Internal Server Error", 503: "Unavailable"}


@dataclass
class FakeOpenAIServer:
    requests: list[ReceivedRequest] = field(default_factory=list)
    _default: FakeAnswer = field(default_factory=lambda: completion(DEFAULT_TEXT))
    _next: deque[FakeAnswer] = field(default_factory=deque)
    _server: asyncio.Server | None = None
    _handlers: set[asyncio.Task[None]] = field(default_factory=set)
    port: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def always(self, answer: FakeAnswer) -> None:
        """Answers every request (after any queued by `then`) with `answer`."""
        self._default = answer

    def then(self, *answers: FakeAnswer) -> None:
        """Answers the next requests with `answers`, in order, before the default."""
        self._next.extend(answers)

    def reply_with(self, text: str) -> None:
        """Every completion says `text`."""
        self.always(completion(text))

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for handler in list(self._handlers):
            handler.cancel()
        if self._handlers:
            await asyncio.gather(*self._handlers, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        try:
            while await self._serve_one(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            self._handlers.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _serve_one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Serves one request of a keep-alive connection; False when the connection is done."""
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return False
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, path, _ = request_line.split(" ", 2)
        headers = {}
        for line in header_lines:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        raw_body = await reader.readexactly(int(headers.get("content-length", "0")))
        body = json.loads(raw_body) if raw_body else None
        self.requests.append(ReceivedRequest(method, path, headers, body))
        answer = self._next.popleft() if self._next else self._default
        if answer.delay_seconds:
            await asyncio.sleep(answer.delay_seconds)
        reason = _REASONS.get(answer.status, "Status")
        head_out = (
            f"HTTP/1.1 {answer.status} {reason}\r\n"
            "Content-Type: application/json\r\n"
            f"Content-Length: {len(answer.body)}\r\n\r\n"
        ).encode()
        if answer.drop_mid_response:
            writer.write(head_out + answer.body[: len(answer.body) // 2])
            await writer.drain()
            return False
        writer.write(head_out + answer.body)
        await writer.drain()
        return True


@contextlib.asynccontextmanager
async def running_fake_openai_server() -> AsyncIterator[FakeOpenAIServer]:
    server = FakeOpenAIServer()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
