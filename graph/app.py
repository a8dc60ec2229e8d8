"""The FastAPI application: GraphQL at /graphql, health endpoints, /metrics."""

from __future__ import annotations

import contextlib
import gc
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI, Response
from starlette.requests import HTTPConnection
from starlette.staticfiles import StaticFiles

from domain.errors import DomainError
from graph.auth import authenticate
from graph.context import Context
from graph.graphiql import ASSETS_PATH, STATIC_DIR, graphiql_page
from graph.graphql_post import GraphQLPost
from graph.hardening import HttpGuard
from graph.health import health_router
from graph.logging_setup import TraceMiddleware, request_trace_id
from graph.metrics_sampler import metrics_router
from graph.router import PROTOCOLS, TeddyGraphQLRouter
from graph.runtime import Runtime
from graph.schema import production_schema, schema
from graph.services import Services

logger = logging.getLogger(__name__)

YOUNG_GC_THRESHOLD = 5000
"""Net new container objects before the youngest generation is collected (default 700)."""


def create_app(runtime: Runtime, *, guard: HttpGuard | None = None) -> FastAPI:
    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if runtime.services is None:
            await runtime.start()
        # What start-up built (schema, safety engine, ~200k objects) lives as long as the
        # process: out of the cyclic collector's full passes, which otherwise stall the loop
        # for 150 ms and more, in the middle of a subscription fan-out.
        gc.freeze()
        # A request leaves no reference cycle (graph/fast_execution.py), so its objects go by
        # reference counting; at the default 700 net new objects the youngest generation was
        # collected about twice per parent Dashboard (200 messages alive at once), traversing
        # and promoting objects about to be freed anyway: 0.25-0.35 ms of ~6 ms CPU. At 5,000
        # none ran in 300 Dashboards.
        _young, middle, old = gc.get_threshold()
        gc.set_threshold(YOUNG_GC_THRESHOLD, middle, old)
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
        context = Context(services=services(), trace_id=request_trace_id(connection.state))
        try:
            context.caller = await authenticate(
                headers.get("authorization"), context.services.jwt_keys, context.services.children
            )
        except DomainError as error:
            context.auth_error = error
        return context

    production = runtime.settings.is_production
    graphql = TeddyGraphQLRouter(
        production_schema() if production else schema,
        context_getter=get_context,
        subscription_protocols=PROTOCOLS,
        graphql_ide="graphiql" if not runtime.settings.is_production else None,
        # Queries may come over GET; strawberry refuses mutations there (METHOD_NOT_ALLOWED).
        allow_queries_via_get=True,
    )
    app = FastAPI(title="Teddy Conversations", lifespan=lifespan)
    app.state.graphql = graphql  # the endpoint (its send shortcut, for tests and benchmarks)
    graphql.guard = guard or HttpGuard()
    if not production:
        # GraphiQL from the service's own files (graph/static/graphiql/), under a strict CSP.
        graphql.ide_page = graphiql_page
        app.mount(ASSETS_PATH, StaticFiles(directory=STATIC_DIR), name="graphiql-assets")
    app.include_router(graphql, prefix="/graphql")

    app.include_router(health_router(runtime))
    app.include_router(metrics_router(runtime.settings.metrics_dir))
    # Innermost: POST /graphql skips FastAPI's routing (graph/graphql_post.py).
    app.add_middleware(GraphQLPost, endpoint=graphql, context_getter=get_context)
    app.add_middleware(TraceMiddleware)

    return app
