"""The FastAPI application: GraphQL at /graphql, health endpoints."""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI, Response
from fastapi.responses import ORJSONResponse
from starlette.requests import HTTPConnection

from domain.errors import DomainError
from graph.auth import authenticate
from graph.context import Context
from graph.router import PROTOCOLS, TeddyGraphQLRouter
from graph.runtime import Runtime
from graph.schema import schema
from graph.services import Services

logger = logging.getLogger(__name__)


def trace_id_from(traceparent: str | None) -> str:
    """The W3C trace id of an incoming `traceparent`, or a new one."""
    if traceparent:
        parts = traceparent.split("-")
        if len(parts) >= 3 and len(parts[1]) == 32:
            return parts[1]
    return uuid.uuid4().hex


def create_app(runtime: Runtime) -> FastAPI:
    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if runtime.services is None:
            await runtime.start()
        try:
            yield
        finally:
            await runtime.stop()

    def services() -> Services:
        if runtime.services is None:
            raise RuntimeError("service is not started")
        return runtime.services

    async def get_context(connection: HTTPConnection, response: Response = None) -> Context:  # type: ignore[assignment]
        # `connection` is the HTTP request or the WebSocket; both carry headers.
        headers = connection.headers
        context = Context(services=services(), trace_id=trace_id_from(headers.get("traceparent")))
        try:
            context.caller = await authenticate(
                headers.get("authorization"), context.services.jwt_keys, context.services.children
            )
        except DomainError as error:
            context.auth_error = error
        if response is not None:
            response.headers["x-trace-id"] = context.trace_id
        return context

    graphql = TeddyGraphQLRouter(
        schema,
        context_getter=get_context,
        subscription_protocols=PROTOCOLS,
        graphql_ide="graphiql" if not runtime.settings.is_production else None,
        allow_queries_via_get=True,
    )
    app = FastAPI(
        title="Teddy Conversations", lifespan=lifespan, default_response_class=ORJSONResponse
    )
    app.include_router(graphql, prefix="/graphql")

    @app.get("/health/live")
    async def live() -> dict[str, str]:
        return {"status": "alive"}

    @app.get("/health/ready")
    async def ready(response: Response) -> dict[str, Any]:
        checks: dict[str, str] = {}
        if runtime.services is None or not runtime.ready:
            response.status_code = 503
            return {"status": "starting", "checks": checks}
        try:
            await runtime.services.database.ping()
            checks["database"] = "ok"
        except Exception as error:  # noqa: BLE001 - any failure means not ready
            checks["database"] = f"error: {type(error).__name__}"
        try:
            await runtime.services.redis.ping()
            checks["redis"] = "ok"
        except Exception as error:  # noqa: BLE001
            checks["redis"] = f"error: {type(error).__name__}"
        ok = all(value == "ok" for value in checks.values())
        response.status_code = 200 if ok else 503
        return {"status": "ready" if ok else "unavailable", "checks": checks}

    return app
