"""The periodic in-process retention purge (COPPA retention limits)."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from domain.retention import RetentionService
from domain.retention_model import PurgeReceipt

logger = logging.getLogger(__name__)


class RetentionJob:
    """Every `interval_seconds`, purge what each child's retention period says is too old.
    Safe on several instances at once: a purge only deletes rows past their time, so two
    rounds at once delete each row once and the second finds less to do."""

    def __init__(self, retention: RetentionService, *, interval_seconds: float) -> None:
        self._retention = retention
        self._interval = interval_seconds
        self._task: asyncio.Task[None] | None = None
        self.runs = 0
        self.last_receipt: PurgeReceipt | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="retention-job")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def run_once(self) -> PurgeReceipt:
        receipt = await self._retention.purge()
        self.runs += 1
        self.last_receipt = receipt
        return receipt

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            try:
                await self.run_once()
            except Exception:  # the job must outlive a failed round; the next one retries
                logger.exception("retention purge round failed")
