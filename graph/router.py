"""The GraphQL endpoint: HTTP, WebSocket (graphql-transport-ws and graphql-ws) and SSE."""

from __future__ import annotations

from typing import Any

from strawberry.exceptions import ConnectionRejectionError
from strawberry.fastapi import GraphQLRouter
from strawberry.subscriptions import (
    GRAPHQL_SSE_PROTOCOL,
    GRAPHQL_TRANSPORT_WS_PROTOCOL,
    GRAPHQL_WS_PROTOCOL,
)
from strawberry.types.unset import UnsetType

from domain.errors import DomainError
from graph.auth import authenticate
from graph.context import Context

PROTOCOLS = (GRAPHQL_TRANSPORT_WS_PROTOCOL, GRAPHQL_WS_PROTOCOL, GRAPHQL_SSE_PROTOCOL)


def _authorization(params: Any) -> str | None:
    if not isinstance(params, dict):
        return None
    for key in ("Authorization", "authorization"):
        value = params.get(key)
        if isinstance(value, str):
            return value
    token = params.get("token")
    return f"Bearer {token}" if isinstance(token, str) else None


class TeddyGraphQLRouter(GraphQLRouter[Context, None]):
    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        """Authenticate a WebSocket in `connection_init`: {"Authorization": "Bearer ..."}."""
        header = _authorization(context.connection_params)
        if header is None:
            header = context.request.headers.get("authorization") if context.request else None
        try:
            context.caller = await authenticate(
                header, context.services.jwt_keys, context.services.children
            )
            context.auth_error = None
        except DomainError as error:
            raise ConnectionRejectionError({"code": error.code, "message": error.message}) from None
        if context.caller.role.value == "anonymous":
            raise ConnectionRejectionError({"code": "UNAUTHENTICATED", "message": "token required"})
        return {"role": context.caller.role.value}
