"""GraphQL over HTTP for the generator: a response with `errors` in its body is a failure."""

from __future__ import annotations

import base64
from typing import Any
from uuid import UUID

import orjson

from bench.loadgen import OperationFailed
from bench.rawhttp import HttpClient


def http_client(base_url: str, timeout: float = 30.0) -> HttpClient:
    return HttpClient(base_url, timeout=timeout)


async def post_json(
    http: HttpClient, path: str, body: dict[str, Any], token: str | None = None
) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else None
    status, answer = await http.post(path, orjson.dumps(body), headers)
    if status != 200:
        raise OperationFailed(f"http_{status}", answer[:200].decode(errors="replace"))
    return orjson.loads(answer)


async def graphql(
    http: HttpClient, query: str, variables: dict[str, Any], token: str | None = None
) -> dict[str, Any]:
    """The `data` of a successful answer; `OperationFailed` naming the first error's code."""
    body = await post_json(http, "/graphql", {"query": query, "variables": variables}, token)
    errors = body.get("errors")
    if errors:
        code = (errors[0].get("extensions") or {}).get("code", "GRAPHQL_ERROR")
        raise OperationFailed(str(code), str(errors[0].get("message", ""))[:200])
    data = body.get("data")
    if not isinstance(data, dict):
        raise OperationFailed("NO_DATA")
    return data


def node_uuid(global_id: str) -> UUID:
    """The UUID inside a Relay global ID (`base64("Type:uuid")`)."""
    padded = global_id + "=" * (-len(global_id) % 4)
    _type, _, raw = base64.b64decode(padded).decode().partition(":")
    return UUID(raw)
