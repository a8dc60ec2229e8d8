"""POST /graphql straight to the GraphQL endpoint, past FastAPI's routing.

Nearly every request the service answers is a POST to /graphql. FastAPI would route it, open
an exit stack, solve the endpoint's dependencies (the context, a response, background tasks)
by introspection and only then call the same endpoint: about a tenth of a sendMessage's CPU
on this stack, for nothing the endpoint needs. This middleware, the innermost one, builds the
same context with the same `get_context` and calls the endpoint's `run` directly; anything
else (GET, WebSocket, SSE over GET, GraphiQL, /health, /metrics) goes on to FastAPI as before.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from cross_web import HTTPException
from starlette.background import BackgroundTasks
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from graph.context import Context
from graph.router import TeddyGraphQLRouter

ContextGetter = Callable[[Request, Response], Awaitable[Context]]


class GraphQLPost:
    """ASGI middleware: `POST {path}` to `endpoint.run`, the rest to `app`."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        endpoint: TeddyGraphQLRouter,
        context_getter: ContextGetter,
        path: str = "/graphql",
    ) -> None:
        self.app = app
        self._endpoint = endpoint
        self._context_getter = context_getter
        self._path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != self._path:
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        # What strawberry's FastAPI endpoint gets from its dependencies: a response whose
        # status and headers a resolver may set (merged into the answer), background tasks.
        # As FastAPI makes it: no length of its own, no status unless a resolver sets one.
        response = Response()
        del response.headers["content-length"]
        response.status_code = None  # type: ignore[assignment]
        context = await self._context_getter(request, response)
        context.request = request
        context.response = response
        context.background_tasks = BackgroundTasks()
        self._endpoint.temporal_response = response
        answer: Response
        try:
            answer = await self._endpoint.run(request, context=context, root_value=None)
        except HTTPException as error:
            answer = PlainTextResponse(error.reason, status_code=error.status_code)
        await answer(scope, receive, send)
        await context.background_tasks()
