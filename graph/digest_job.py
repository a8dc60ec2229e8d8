"""The periodic job that sends parents their digest of low and medium incidents."""

from __future__ import annotations

import logging

from domain.notifications import NotificationService
from graph.periodic import PeriodicJob

logger = logging.getLogger(__name__)


class DigestJob(PeriodicJob):
    """Every `interval_seconds`, one digest notification per parent with incidents waiting.
    Safe on several instances at once: the incidents of a digest are locked SKIP LOCKED."""

    task_name = "digest-job"

    def __init__(self, notifications: NotificationService, *, interval_seconds: float) -> None:
        super().__init__(interval_seconds=interval_seconds)
        self._notifications = notifications

    async def run_once(self) -> int:
        sent = await self._notifications.send_digests()
        self.runs += 1
        if sent:
            logger.info("digests sent", extra={"count": sent})
        return sent
