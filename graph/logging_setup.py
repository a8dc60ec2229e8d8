"""Structured JSON logs (structlog) with the request's trace id on every line.

Log calls carry identifiers and labels only; nothing here adds request bodies or message
content, and the code never logs a child's words.
"""

from __future__ import annotations

import logging
import sys
import time
import uuid
from typing import Any

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_SHARED: list[Any] = [
    structlog.contextvars.merge_contextvars,
    structlog.stdlib.add_log_level,
    structlog.stdlib.add_logger_name,
    structlog.processors.TimeStamper(fmt="iso", utc=True),
]


def configure_logging(level: str = "INFO") -> None:
    structlog.configure(
        processors=[*_SHARED, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[*_SHARED, structlog.stdlib.ExtraAdder()],
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(),
        ],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True


QUIET_PATHS = frozenset({"/health/live", "/health/ready", "/metrics"})


def trace_id_from(traceparent: str | None) -> str:
    """The W3C trace id of an incoming `traceparent`, or a new one."""
    if traceparent:
        parts = traceparent.split("-")
        if len(parts) >= 3 and len(parts[1]) == 32 and parts[1] != "0" * 32:
            try:
                int(parts[1], 16)
                return parts[1]
            except ValueError:
                pass
    return uuid.uuid4().hex


_requests = structlog.get_logger("teddy.request")


class TraceMiddleware:
    """Gives each HTTP request and WebSocket a trace id: in the logs, in `scope['state']`
    (the GraphQL context reads it for `extensions.traceId`) and in an `x-trace-id` header.

    It also writes the access log, one line a request: method, path without its query string
    (a GET query's variables could hold anything), status and duration. uvicorn's own access
    log, which prints the query string, is off."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        traceparent = None
        for name, value in scope["headers"]:  # the last one, as a dict of them all would keep
            if name == b"traceparent":
                traceparent = value.decode("latin-1")
        trace_id = trace_id_from(traceparent)
        scope.setdefault("state", {})["trace_id"] = trace_id
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(trace_id=trace_id)

        started = time.perf_counter()
        status = 0

        async def send_with_trace(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-trace-id", trace_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_trace)
        finally:
            if scope["type"] == "http" and scope["path"] not in QUIET_PATHS:
                _requests.info(
                    "request",
                    method=scope["method"],
                    path=scope["path"],
                    status=status,
                    ms=round((time.perf_counter() - started) * 1000, 1),
                )
            structlog.contextvars.clear_contextvars()


def request_trace_id(state: Any) -> str:
    return getattr(state, "trace_id", None) or uuid.uuid4().hex
