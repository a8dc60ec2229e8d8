"""A task that runs one round every `interval_seconds` in the service's process."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

logger = logging.getLogger(__name__)


class PeriodicJob:
    """Subclasses say what one round does (`run_once`); a failed round is logged and the
    next one runs as planned. `first_delay` is how long to wait before the first round."""

    name = "periodic-job"

    def __init__(self, *, interval_seconds: float, first_delay: float | None = None) -> None:
        self._interval = interval_seconds
        self._first_delay = interval_seconds if first_delay is None else first_delay
        self._task: asyncio.Task[None] | None = None
        self.runs = 0

    async def run_once(self) -> Any:
        raise NotImplementedError

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=self.name)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        await asyncio.sleep(self._first_delay)
        while True:
            try:
                await self.run_once()
            except Exception:  # noqa: BLE001 - the job must outlive a failed round
                logger.exception("%s round failed", self.name)
            await asyncio.sleep(self._interval)
