"""GraphQL hardening: limits on what one request may ask, and a guard in front of the endpoint.

Every rejection leaves with its own `extensions.code`:

| code | when | where |
| --- | --- | --- |
| QUERY_TOO_DEEP | selection depth over MAX_DEPTH | validation |
| TOO_MANY_ALIASES | more than MAX_ALIASES aliases | validation |
| TOO_MANY_TOKENS | more than MAX_TOKENS lexical tokens | parsing |
| DOCUMENT_TOO_LARGE | query over MAX_DOCUMENT_BYTES; HTTP body over MAX_BODY_BYTES (413) | both |
| INTROSPECTION_DISABLED | `__schema`/`__type` in production | validation |
| TIMEOUT | an operation ran longer than OPERATION_TIMEOUT_SECONDS | schema |
| CSRF_REJECTED | a POST a browser could send cross-site without a preflight (400) | HTTP guard |
| METHOD_NOT_ALLOWED | a mutation over GET, or a method other than GET/POST (405) | HTTP errors |
| BATCHING_DISABLED | a JSON array of operations (400) | HTTP errors |
| RATE_LIMITED | too many calls without a valid token from one client address (429) | HTTP guard |
| BAD_REQUEST | a body strawberry cannot read (400) | HTTP errors |

Production (settings.is_production) adds: no introspection, no field suggestions ("Did you
mean ...?"), no GraphiQL. `first`/`last` are capped at 100 in `domain.paging`. Unexpected
errors are masked by `graph.errors.ErrorCodes`.
"""

from __future__ import annotations

import asyncio
import copy
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import orjson
import strawberry
from cross_web import HTTPException
from graphql import GraphQLError
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from strawberry.extensions import (
    DisableIntrospection,
    MaxTokensLimiter,
    SchemaExtension,
)
from strawberry.types import ExecutionResult

from domain.rate_limits import MINUTE, RateLimiter
from graph.fast_execution import FastExecutionContext
from graph.operation_cache import CachedParse, cached_validation

MAX_DEPTH = 12
MAX_ALIASES = 15
MAX_TOKENS = 2_000
MAX_DOCUMENT_BYTES = 20_000
MAX_BODY_BYTES = 100_000
OPERATION_TIMEOUT_SECONDS = 10.0
ANONYMOUS_CALLS_PER_MINUTE = 60

PREFLIGHT_HEADERS = ("graphql-preflight", "apollo-require-preflight", "x-apollo-operation-name")
"""Custom headers a cross-site form or <img> cannot send without a CORS preflight."""

_MESSAGE_CODES = (
    ("exceeds maximum operation depth", "QUERY_TOO_DEEP"),
    ("aliases found. Allowed:", "TOO_MANY_ALIASES"),
    ("Document contains more than", "TOO_MANY_TOKENS"),
    ("introspection has been disabled", "INTROSPECTION_DISABLED"),
)


def _code_for(message: str) -> str | None:
    for fragment, code in _MESSAGE_CODES:
        if fragment in message:
            return code
    return None


class RejectionCodes(SchemaExtension):
    """Gives the parse and validation rejections of the limiters their own codes."""

    hide_suggestions = False

    def _tag(self) -> None:
        for error in self.execution_context.pre_execution_errors or []:
            if not isinstance(error, GraphQLError):
                continue
            if self.hide_suggestions and " Did you mean" in error.message:
                error.message = error.message.split(" Did you mean", 1)[0]
            code = _code_for(error.message)
            if code is not None and not (error.extensions or {}).get("code"):
                error.extensions = {**(error.extensions or {}), "code": code}

    def on_parse(self) -> Iterator[None]:
        yield
        self._tag()

    def on_validate(self) -> Iterator[None]:
        yield
        self._tag()


class ProductionRejectionCodes(RejectionCodes):
    hide_suggestions = True


def hardening_extensions() -> list[Callable[[], SchemaExtension]]:
    """Extension factories (a fresh instance per operation) for the limits."""
    return [
        functools.partial(MaxTokensLimiter, max_token_count=MAX_TOKENS),
        CachedParse,
        cached_validation(MAX_DEPTH, MAX_ALIASES),
        RejectionCodes,
    ]


def production_variant(base: strawberry.Schema) -> strawberry.Schema:
    """`base` without introspection and field suggestions.

    A shallow copy sharing the built types: strawberry cannot build a second schema from the
    same relay `node` field, and only the extensions and the config differ.
    """
    variant = copy.copy(base)
    variant.extensions = (
        DisableIntrospection,
        *(ProductionRejectionCodes if ext is RejectionCodes else ext for ext in base.extensions),
    )
    variant.config = copy.copy(base.config)
    variant.config.disable_field_suggestions = True
    return variant


def rejection(code: str, message: str, *, context: Any = None, **details: Any) -> GraphQLError:
    return GraphQLError(
        message,
        extensions={
            "code": code,
            "details": details,
            "traceId": getattr(context, "trace_id", None),
        },
    )


class HardenedSchema(strawberry.Schema):
    """A schema whose operations have a document size limit and a time limit."""

    def __init__(
        self,
        *args: Any,
        operation_timeout_seconds: float = OPERATION_TIMEOUT_SECONDS,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("execution_context_class", FastExecutionContext)
        super().__init__(*args, **kwargs)
        self.operation_timeout_seconds = operation_timeout_seconds

    async def execute(
        self,
        query: str | None,
        variable_values: dict[str, Any] | None = None,
        context_value: Any | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> ExecutionResult:
        if query is not None and len(query.encode()) > MAX_DOCUMENT_BYTES:
            error = rejection(
                "DOCUMENT_TOO_LARGE",
                f"the document is larger than {MAX_DOCUMENT_BYTES} bytes",
                context=context_value,
                maxBytes=MAX_DOCUMENT_BYTES,
            )
            return ExecutionResult(data=None, errors=[error])
        try:
            async with asyncio.timeout(self.operation_timeout_seconds):
                return await super().execute(query, variable_values, context_value, *args, **kwargs)
        except TimeoutError:
            return self.timeout_result(context_value)

    def timeout_result(self, context_value: Any) -> ExecutionResult:
        error = rejection(
            "TIMEOUT",
            f"the operation took longer than {self.operation_timeout_seconds:g} s",
            context=context_value,
            timeoutSeconds=self.operation_timeout_seconds,
        )
        return ExecutionResult(data=None, errors=[error])


# -- the HTTP side ----------------------------------------------------------------------------


def error_response(
    status: int, code: str, message: str, *, trace_id: str | None = None, **details: Any
) -> Response:
    body = {
        "data": None,
        "errors": [
            {
                "message": message,
                "extensions": {"code": code, "details": details, "traceId": trace_id},
            }
        ],
    }
    headers = {"x-trace-id": trace_id} if trace_id else {}
    if code == "RATE_LIMITED":
        headers["retry-after"] = str(max(1, round(details.get("retryAfterSeconds", 1))))
    return Response(orjson.dumps(body), status, headers=headers, media_type="application/json")


def response_for_http_error(error: HTTPException, trace_id: str | None) -> Response:
    """Strawberry's plain-text HTTP refusals, as GraphQL errors with a code."""
    reason = error.reason
    if error.status_code == 405 or "not allowed when using GET" in reason:
        return error_response(405, "METHOD_NOT_ALLOWED", reason, trace_id=trace_id)
    if "Batching is not enabled" in reason:
        return error_response(400, "BATCHING_DISABLED", reason, trace_id=trace_id)
    if error.status_code == 404:
        return error_response(404, "NOT_FOUND", reason, trace_id=trace_id)
    return error_response(error.status_code, "BAD_REQUEST", reason, trace_id=trace_id)


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or (
        media_type.startswith("application/") and media_type.endswith("+json")
    )


async def _read_body(request: Request, limit: int) -> bytes | None:
    """The body, or None once it passes `limit` bytes (nothing more is read)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
    except ClientDisconnect:
        # The client went away mid-request (a timeout on its side): nothing to answer.
        return b""
    body = b"".join(chunks)
    request._body = body  # Starlette's own cache: the GraphQL view reads it from there
    return body


@dataclass
class HttpGuard:
    """Checks a plain HTTP request to /graphql before GraphQL sees it."""

    max_body_bytes: int = MAX_BODY_BYTES
    anonymous_calls_per_minute: int = ANONYMOUS_CALLS_PER_MINUTE

    async def check(
        self, request: Request, *, limiter: RateLimiter, anonymous: bool, trace_id: str | None
    ) -> Response | None:
        if request.method == "POST":
            media_type = _media_type(request)
            if not _is_json(media_type) and not any(
                request.headers.get(name) for name in PREFLIGHT_HEADERS
            ):
                return error_response(
                    400,
                    "CSRF_REJECTED",
                    "POST needs Content-Type: application/json or a 'GraphQL-Preflight: 1' header",
                    trace_id=trace_id,
                )
            if await _read_body(request, self.max_body_bytes) is None:
                return error_response(
                    413,
                    "DOCUMENT_TOO_LARGE",
                    f"the request body is larger than {self.max_body_bytes} bytes",
                    trace_id=trace_id,
                    maxBytes=self.max_body_bytes,
                )
        if anonymous:
            address = request.client.host if request.client else "unknown"
            decision = await limiter.hit(
                f"anonymous:{address}",
                limit=self.anonymous_calls_per_minute,
                period_seconds=MINUTE,
            )
            if not decision.allowed:
                return error_response(
                    429,
                    "RATE_LIMITED",
                    "too many calls without a valid token from this address",
                    trace_id=trace_id,
                    retryAfterSeconds=round(decision.retry_after_seconds, 3),
                )
        return None
