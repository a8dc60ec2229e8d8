"""Clients for live GraphQL over the wire: graphql-transport-ws, legacy graphql-ws and
graphql-sse, plus the HTTP calls that set up a family and make a device talk.

Every wait is bounded; a frame that does not come in time is a `TimeoutError`."""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import orjson
import websockets
from graphql import OperationDefinitionNode, parse
from websockets.asyncio.client import ClientConnection

from graph.auth import JwtKeys, mint_token
from graph.settings import Settings

CONTRACT_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "contract"
UNSAFE = "I want to hurt myself"


def contract_operation(client: str, name: str) -> str:
    """The operation's text exactly as the client's contract file spells it."""
    source = (CONTRACT_DIR / f"{client}.graphql").read_text()
    for definition in parse(source).definitions:
        if (
            isinstance(definition, OperationDefinitionNode)
            and definition.name is not None
            and definition.name.value == name
            and definition.loc is not None
        ):
            return source[definition.loc.start : definition.loc.end]
    raise LookupError(f"{client}.graphql has no operation {name}")


def token(role: str, subject: str | None = None, ttl: int = 3600) -> str:
    """A JWT signed like `teddy token` signs it (the servers use the same default settings)."""
    settings = Settings()
    keys = JwtKeys(settings.jwt_secret, settings.jwt_issuer, settings.jwt_audience)
    return mint_token(keys, role=role, subject=subject or f"{role}-{uuid.uuid4()}", ttl_seconds=ttl)


def ws_url(http_url: str) -> str:
    return http_url.replace("http://", "ws://") + "/graphql"


async def graphql(
    base_url: str, query: str, variables: dict[str, Any] | None, bearer: str
) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=20) as client:
        response = await client.post(
            f"{base_url}/graphql",
            json={"query": query, "variables": variables or {}},
            headers={"Authorization": f"Bearer {bearer}"},
        )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert "errors" not in body, body
    return body["data"]


@dataclass
class Family:
    parent_token: str
    child_id: str
    device_token: str


async def new_family(base_url: str) -> Family:
    parent = token("parent")
    child = (
        await graphql(
            base_url,
            'mutation { registerChild(input: {displayName: "Mia", age: 7, parentalConsent: true})'
            " { child { id } } }",
            None,
            parent,
        )
    )["registerChild"]["child"]["id"]
    device = (
        await graphql(
            base_url,
            'mutation($c: ID!) { pairDevice(input: {childId: $c, name: "Bear"}) { deviceToken } }',
            {"c": child},
            parent,
        )
    )["pairDevice"]["deviceToken"]
    return Family(parent, child, device)


async def start_conversation(base_url: str, device_token: str) -> str:
    data = await graphql(
        base_url,
        contract_operation("device", "StartConversation"),
        {"interactionType": "CHAT"},
        device_token,
    )
    return str(data["startConversation"]["conversation"]["id"])


async def send(base_url: str, device_token: str, conversation_id: str, text: str) -> dict:
    data = await graphql(
        base_url,
        contract_operation("device", "SendMessage"),
        {"conversationId": conversation_id, "content": text, "clientMessageId": str(uuid.uuid4())},
        device_token,
    )
    return dict(data["sendMessage"])


async def raise_incident(base_url: str, device_token: str) -> tuple[str, float]:
    """A new conversation with one unsafe line (a fresh conversation, so it is never folded
    into an open incident); returns the conversation id and when the send started."""
    conversation = await start_conversation(base_url, device_token)
    started = time.perf_counter()
    await send(base_url, device_token, conversation, UNSAFE)
    return conversation, started


async def latest_incident_cursor(base_url: str) -> str | None:
    data = await graphql(
        base_url, "{ incidents(first: 1) { edges { cursor } } }", None, token("moderator")
    )
    edges = data["incidents"]["edges"]
    return str(edges[0]["cursor"]) if edges else None


class ClosedWith(Exception):
    def __init__(self, code: int | None, reason: str) -> None:
        super().__init__(f"closed with {code}: {reason}")
        self.code = code
        self.reason = reason


class TransportWs:
    """A graphql-transport-ws client (or, with `legacy=True`, the old graphql-ws)."""

    def __init__(self, url: str, bearer: str, *, legacy: bool = False) -> None:
        self.url = url
        self.bearer = bearer
        self.legacy = legacy
        self.socket: ClientConnection | None = None

    async def __aenter__(self) -> TransportWs:
        await self.open()
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    async def open(self, timeout: float = 5.0) -> dict[str, Any]:
        protocol = "graphql-ws" if self.legacy else "graphql-transport-ws"
        self.socket = await asyncio.wait_for(
            websockets.connect(self.url, subprotocols=[protocol], max_size=None),
            timeout,  # type: ignore[list-item]
        )
        await self._send(
            {"type": "connection_init", "payload": {"Authorization": f"Bearer {self.bearer}"}}
        )
        while True:
            frame = await self.frame(timeout)
            if frame.get("type") == "connection_ack":
                return frame
            if frame.get("type") != "ka":
                raise AssertionError(f"expected connection_ack, got {frame}")

    async def close(self) -> None:
        if self.socket is not None:
            await self.socket.close()
            self.socket = None

    async def _send(self, message: dict[str, Any]) -> None:
        assert self.socket is not None
        await self.socket.send(orjson.dumps(message).decode())

    async def subscribe(
        self, op_id: str, query: str, variables: dict[str, Any] | None = None
    ) -> None:
        payload = {"query": query, "variables": variables or {}}
        kind = "start" if self.legacy else "subscribe"
        await self._send({"id": op_id, "type": kind, "payload": payload})

    async def frame(self, timeout: float) -> dict[str, Any]:
        """The next frame (pings answered, keep-alives skipped); ClosedWith if the server closes."""
        assert self.socket is not None
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            try:
                raw = await asyncio.wait_for(self.socket.recv(), remaining)
            except websockets.ConnectionClosed as closed:
                received = closed.rcvd
                raise ClosedWith(
                    received.code if received else None, received.reason if received else ""
                ) from None
            frame: dict[str, Any] = orjson.loads(raw)
            if frame.get("type") == "ping":
                await self._send({"type": "pong"})
                continue
            if frame.get("type") in ("pong", "ka"):
                continue
            return frame

    async def data(self, timeout: float) -> dict[str, Any]:
        """The next result's `data`; fails on an error or a completed operation."""
        frame = await self.frame(timeout)
        assert frame.get("type") in ("next", "data"), frame
        payload = frame.get("payload") or {}
        assert not payload.get("errors"), payload
        return dict(payload["data"])

    async def nothing_for(self, seconds: float) -> None:
        try:
            frame = await self.frame(seconds)
        except TimeoutError:
            return
        raise AssertionError(f"expected nothing, got {frame}")


async def sse_events(
    base_url: str, bearer: str, query: str, variables: dict[str, Any], out: asyncio.Queue
) -> None:
    """GraphQL over SSE (distinct connections mode): each `next` event's payload into `out`."""
    headers = {"Authorization": f"Bearer {bearer}", "Accept": "text/event-stream"}
    async with (
        httpx.AsyncClient(timeout=httpx.Timeout(30, read=None)) as client,
        client.stream(
            "POST",
            f"{base_url}/graphql",
            json={"query": query, "variables": variables},
            headers=headers,
        ) as response,
    ):
        await out.put(("status", response.status_code, response.headers.get("content-type")))
        event = None
        async for line in response.aiter_lines():
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and event is not None:
                await out.put((event, orjson.loads(line.split(":", 1)[1].strip() or "null")))
            elif not line:
                event = None
