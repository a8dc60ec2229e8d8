"""Redis calls that can never fail a request.

A failed or slow call marks Redis as down for a short cool-down: later calls skip Redis at
once (so a request tries Redis at most once, and a dead Redis costs nothing), then the next
call after the cool-down tries again. Failures are logged at most every few seconds.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

T = TypeVar("T")


class RedisGuard:
    def __init__(
        self, *, timeout_seconds: float = 0.5, cooldown_seconds: float = 2.0, name: str = "redis"
    ) -> None:
        self._timeout = timeout_seconds
        self._cooldown = cooldown_seconds
        self._name = name
        self._down_until = 0.0
        self._last_log = 0.0
        self.failures = 0

    @property
    def up(self) -> bool:
        return time.monotonic() >= self._down_until

    async def run(self, call: Callable[[], Awaitable[T]], default: T) -> T:
        if not self.up:
            return default
        try:
            # A timeout scope, not wait_for: no extra task (and loop turn) for every call.
            async with asyncio.timeout(self._timeout):
                return await call()
        except (RedisError, OSError, TimeoutError) as error:
            self.failures += 1
            now = time.monotonic()
            self._down_until = now + self._cooldown
            if now - self._last_log > 10:
                self._last_log = now
                logger.warning(
                    "%s unavailable, bypassing it for %.1fs: %s",
                    self._name,
                    self._cooldown,
                    type(error).__name__,
                )
            return default
