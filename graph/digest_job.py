"""The periodic job that sends parents their digest of low and medium incidents."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from domain.notifications import NotificationService

logger = logging.getLogger(__name__)


class DigestJob:
    """Every `interval_seconds`, one digest notification per parent with incidents waiting.
    Safe on several instances at once: the incidents of a digest are locked SKIP LOCKED."""

    def __init__(self, notifications: NotificationService, *, interval_seconds: float) -> None:
        self._notifications = notifications
        self._interval = interval_seconds
        self._task: asyncio.Task[None] | None = None
        self.runs = 0

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="digest-job")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def run_once(self) -> int:
        sent = await self._notifications.send_digests()
        self.runs += 1
        if sent:
            logger.info("digests sent", extra={"count": sent})
        return sent

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            try:
                await self.run_once()
            except Exception:  # the job must outlive a failed round; the next one retries
                logger.exception("digest round failed")
