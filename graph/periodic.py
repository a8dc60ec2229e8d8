"""A task that runs one round every `interval_seconds` in the service's process."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from persistence.background_task import BackgroundTask

logger = logging.getLogger(__name__)


class PeriodicJob(BackgroundTask):
    """Subclasses say what one round does (`run_once`); a failed round is logged and the
    next one runs as planned. `first_delay` is how long to wait before the first round."""

    task_name = "periodic-job"

    def __init__(self, *, interval_seconds: float, first_delay: float | None = None) -> None:
        super().__init__()
        self._interval = interval_seconds
        self._first_delay = interval_seconds if first_delay is None else first_delay
        self.runs = 0

    async def run_once(self) -> Any:
        raise NotImplementedError

    async def _run(self) -> None:
        await asyncio.sleep(self._first_delay)
        while True:
            try:
                await self.run_once()
            except Exception:  # noqa: BLE001 - the job must outlive a failed round
                logger.exception("%s round failed", self.task_name)
            await asyncio.sleep(self._interval)
