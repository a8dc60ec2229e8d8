"""A small circuit breaker for calls to an outside service (the remote AI provider).

closed: calls go through; `failure_threshold` consecutive failures open it.
open: calls are refused for `cooldown_seconds`, then it turns half-open.
half_open: one probe call goes through (the others are refused); its success closes the
breaker, its failure opens it again for another cool-down. A probe that never reports back
(its task was cancelled) stops blocking after one cool-down, so the breaker cannot stick.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Literal

logger = logging.getLogger(__name__)

BreakerState = Literal["closed", "open", "half_open"]

DEFAULT_FAILURE_THRESHOLD = 5
DEFAULT_COOLDOWN_SECONDS = 30.0


class CircuitBreaker:
    def __init__(
        self,
        failure_threshold: int = DEFAULT_FAILURE_THRESHOLD,
        cooldown_seconds: float = DEFAULT_COOLDOWN_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        name: str = "circuit",
    ) -> None:
        if failure_threshold < 1:
            raise ValueError("failure_threshold must be at least 1")
        if cooldown_seconds < 0:
            raise ValueError("cooldown_seconds must not be negative")
        self.failure_threshold = failure_threshold
        self.cooldown_seconds = cooldown_seconds
        self.name = name
        self._clock = clock
        self._consecutive_failures = 0
        self._opened_at: float | None = None
        self._probe_started_at: float | None = None

    @property
    def state(self) -> BreakerState:
        if self._opened_at is None:
            return "closed"
        if self._clock() - self._opened_at >= self.cooldown_seconds:
            return "half_open"
        return "open"

    @property
    def consecutive_failures(self) -> int:
        return self._consecutive_failures

    def allow_request(self) -> bool:
        """Whether a call may go out now; in half-open state, only the one probe may."""
        state = self.state
        if state == "closed":
            return True
        if state == "open":
            return False
        now = self._clock()
        probe_running = (
            self._probe_started_at is not None
            and now - self._probe_started_at < self.cooldown_seconds
        )
        if probe_running:
            return False
        self._probe_started_at = now
        return True

    def record_success(self) -> None:
        if self._opened_at is not None:
            logger.info("circuit breaker closed", extra={"breaker": self.name})
        self._consecutive_failures = 0
        self._opened_at = None
        self._probe_started_at = None

    def record_failure(self) -> None:
        self._consecutive_failures += 1
        state = self.state
        if state == "open":
            return  # a late failure of a call that started before the breaker opened
        was_probing = state == "half_open"
        if was_probing or self._consecutive_failures >= self.failure_threshold:
            self._opened_at = self._clock()
            self._probe_started_at = None
            logger.warning(
                "circuit breaker opened",
                extra={
                    "breaker": self.name,
                    "consecutive_failures": self._consecutive_failures,
                    "cooldown_seconds": self.cooldown_seconds,
                    "after_probe": was_probing,
                },
            )
