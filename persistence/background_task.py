"""One asyncio task that lives as long as the service: the relay, the bus, periodic jobs."""

from __future__ import annotations

import asyncio
import contextlib


class BackgroundTask:
    """`start` launches `_run` as a named task; `stop` cancels it and waits for it to end."""

    task_name = "background-task"

    def __init__(self) -> None:
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        raise NotImplementedError

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=self.task_name)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
