"""The GraphQL endpoint: HTTP, WebSocket (graphql-transport-ws and graphql-ws) and SSE."""

from __future__ import annotations

import logging
from typing import Any, cast

import orjson
from cross_web import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, Response
from strawberry.exceptions import ConnectionRejectionError
from strawberry.fastapi import GraphQLRouter
from strawberry.http import process_result
from strawberry.schema import BaseSchema
from strawberry.subscriptions import (
    GRAPHQL_SSE_PROTOCOL,
    GRAPHQL_TRANSPORT_WS_PROTOCOL,
    GRAPHQL_WS_PROTOCOL,
)
from strawberry.types.unset import UNSET, UnsetType

from domain.errors import DomainError
from graph.auth import authenticate
from graph.context import Context
from graph.dashboard_shortcut import DashboardShortcut, DashboardTimedOut
from graph.hardening import HardenedSchema, HttpGuard, response_for_http_error
from graph.send_shortcut import ROOT_FIELD, SendShortcut, SendTimedOut
from graph.subscription_fanout import SharedSubscriptions, with_encoded_data

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


logger = logging.getLogger(__name__)


class TeddyGraphQLRouter(GraphQLRouter[Context, None]):
    guard: HttpGuard | None = None
    """Checks plain HTTP requests (CSRF, body size, anonymous rate) before GraphQL runs."""
    ide_page: Any = None
    """Renders the GraphiQL page (development only); None keeps strawberry's default."""
    temporal_response: Response
    """Set per request by strawberry's FastAPI endpoint and by `graph.graphql_post`: the
    response whose status and headers a resolver may set."""

    def __init__(self, schema: BaseSchema, *args: Any, **kwargs: Any) -> None:
        super().__init__(schema, *args, **kwargs)
        self._served = schema
        self.send_shortcut = (
            SendShortcut(schema._schema, timeout_seconds=schema.operation_timeout_seconds)
            if isinstance(schema, HardenedSchema)
            else None
        )
        self.dashboard_shortcut = (
            DashboardShortcut(schema._schema, timeout_seconds=schema.operation_timeout_seconds)
            if isinstance(schema, HardenedSchema)
            else None
        )
        # All three subscription transports (graphql-transport-ws, graphql-ws, SSE) reach the
        # schema through here: identical subscribers share one execution per event.
        self.shared_subscriptions = SharedSubscriptions(schema)
        self.schema = cast(BaseSchema, self.shared_subscriptions)

    def decode_json(self, data: str | bytes) -> object:
        """orjson, and bytes that are not UTF-8 are a bad request like any other bad JSON."""
        try:
            decoded = orjson.loads(data)
        except (orjson.JSONDecodeError, UnicodeDecodeError) as error:
            raise HTTPException(400, "Unable to parse request body as JSON") from error
        if not isinstance(decoded, (dict, list)):
            raise HTTPException(400, "The request body must be a JSON object")
        return decoded

    def encode_json(self, data: object) -> str:
        # Text, not bytes: WebSocket messages must go out as text frames. A shared
        # subscription result's data is already encoded: only its envelope is encoded here.
        return orjson.dumps(with_encoded_data(data)).decode()

    async def run(self, request: Any, context: Any = UNSET, root_value: Any = UNSET) -> Any:
        if self.is_websocket_request(request):
            return await super().run(request, context, root_value)
        trace_id = getattr(context, "trace_id", None)
        if self.guard is not None and isinstance(context, Context):
            refused = await self.guard.check(
                request,
                limiter=context.services.rate_limiter,
                anonymous=context.auth_error is not None
                or context.caller.role.value == "anonymous",
                trace_id=trace_id,
            )
            if refused is not None:
                return refused
            answered = await self._send_by_shortcut(request, context)
            if answered is None:
                answered = await self._dashboard_by_shortcut(request, context)
            if answered is not None:
                return answered
        try:
            return await super().run(request, context, root_value)
        except HTTPException as error:
            # Mutations over GET, batches, unreadable bodies: a GraphQL error with a code.
            return response_for_http_error(error, trace_id)
        except ClientDisconnect:
            # The caller hung up before its body arrived (a timed-out client): nobody is left
            # to answer, and it is not a server error worth a stack trace in the log.
            logger.info("client disconnected before sending its request")
            return Response(status_code=499)

    def _json_body(self, request: Any, marker: bytes) -> Any:
        """The decoded body of a plain JSON POST whose bytes hold `marker` (other operations
        skip a second JSON decoding), else None. The guard has read the body."""
        body = getattr(request, "_body", None)
        if (
            body is None
            or marker not in body
            or request.method != "POST"
            or request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
            != "application/json"
            or self._get_stream_transport_from_headers(request.headers) is not None
        ):
            return None
        try:
            return orjson.loads(body)
        except (orjson.JSONDecodeError, UnicodeDecodeError):
            return None

    async def _send_by_shortcut(self, request: Any, context: Context) -> Response | None:
        """A device's `sendMessage` answered by graph/send_shortcut.py, or None: the generic
        path answers (a JSON body without a stream transport)."""
        if self.send_shortcut is None:
            return None
        data = self._json_body(request, ROOT_FIELD.encode())
        if data is None:
            return None
        found = self.send_shortcut.plan(data)
        if found is None:
            return None
        # Taken before anything is awaited, as strawberry's own `run` does: the endpoint's
        # `temporal_response` belongs to whichever request came in last.
        sub_response = await self.get_sub_response(request)
        try:
            response_data = await self.send_shortcut.answer(*found, context)
        except SendTimedOut:
            assert isinstance(self._served, HardenedSchema)
            response_data = process_result(self._served.timeout_result(context))
        if response_data is None:
            return None
        return self.create_response(response_data=response_data, sub_response=sub_response)

    async def _dashboard_by_shortcut(self, request: Any, context: Context) -> Response | None:
        """A parent's `Dashboard` answered by graph/dashboard_shortcut.py, or None: the
        generic path answers."""
        if self.dashboard_shortcut is None:
            return None
        data = self._json_body(request, b"conversations")
        if data is None:
            return None
        found = self.dashboard_shortcut.plan(data)
        if found is None:
            return None
        sub_response = await self.get_sub_response(request)
        try:
            response_data = await self.dashboard_shortcut.answer(found[1], context)
        except DashboardTimedOut:
            assert isinstance(self._served, HardenedSchema)
            response_data = process_result(self._served.timeout_result(context))
        if response_data is None:
            return None
        return self.create_response(response_data=response_data, sub_response=sub_response)

    async def render_graphql_ide(self, request: Request) -> HTMLResponse:
        if self.ide_page is not None:
            return self.ide_page(request)
        return await super().render_graphql_ide(request)

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
