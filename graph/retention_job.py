"""The periodic in-process retention purge (COPPA retention limits)."""

from __future__ import annotations

import logging

from domain.retention import RetentionService
from domain.retention_model import PurgeReceipt
from graph.periodic import PeriodicJob

logger = logging.getLogger(__name__)


class RetentionJob(PeriodicJob):
    """Every `interval_seconds`, purge what each child's retention period says is too old.
    Safe on several instances at once: a purge only deletes rows past their time, so two
    rounds at once delete each row once and the second finds less to do."""

    task_name = "retention-job"

    def __init__(self, retention: RetentionService, *, interval_seconds: float) -> None:
        super().__init__(interval_seconds=interval_seconds)
        self._retention = retention
        self.last_receipt: PurgeReceipt | None = None

    async def run_once(self) -> PurgeReceipt:
        receipt = await self._retention.purge()
        self.runs += 1
        self.last_receipt = receipt
        return receipt
