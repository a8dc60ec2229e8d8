"""A subscription run through `schema.subscribe`, read one result at a time, with a check that
nothing is pending that does not end it (cancelling a pending read would)."""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from domain.principal import Principal
from graph.context import Context
from graph.schema import schema
from graph.services import Services


class Stream:
    def __init__(self, results: Any, field: str) -> None:
        self._results = results
        self._field = field
        self._next: asyncio.Future[Any] | None = None

    def start(self) -> None:
        """Runs the resolver up to its first result."""
        if self._next is None:
            self._next = asyncio.ensure_future(self._results.__anext__())

    async def next(self, timeout: float = 5.0) -> dict[str, Any]:
        self.start()
        assert self._next is not None
        result = await asyncio.wait_for(asyncio.shield(self._next), timeout)
        self._next = None
        assert result.errors is None, [e.formatted for e in result.errors]
        return dict(result.data[self._field])

    async def quiet(self, seconds: float) -> None:
        self.start()
        await asyncio.sleep(seconds)
        assert self._next is not None and not self._next.done(), "an unexpected result"

    async def close(self) -> None:
        if self._next is not None:
            self._next.cancel()
            await asyncio.gather(self._next, return_exceptions=True)
        await self._results.aclose()


async def eventually(check: Callable[[], Awaitable[bool]], what: str, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not await check():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        await asyncio.sleep(0.02)


@contextlib.asynccontextmanager
async def live(
    services: Services,
    query: str,
    variables: dict[str, Any] | None,
    principal: Principal,
    field: str,
) -> AsyncIterator[Stream]:
    context = Context(services=services, trace_id=uuid.uuid4().hex)
    context.caller = principal
    results = await schema.subscribe(query, variable_values=variables, context_value=context)
    stream = Stream(results, field)
    stream.start()
    try:
        yield stream
    finally:
        await stream.close()
