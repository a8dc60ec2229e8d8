"""The rate-limiter port: how many times a key may be hit in a period."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class RateDecision:
    allowed: bool
    retry_after_seconds: float = 0.0
    """When not allowed: how long until one more hit would be allowed."""


@dataclass(frozen=True, slots=True)
class RateRule:
    """At most `limit` hits on `key` in any `period_seconds` (bursts up to `limit`)."""

    key: str
    limit: int
    period_seconds: float


class RateLimiter(Protocol):
    async def hit(self, key: str, *, limit: int, period_seconds: float) -> RateDecision:
        """Count one hit on `key`; refused hits are not counted."""
        ...

    async def hit_all(self, rules: list[RateRule]) -> RateDecision:
        """One hit on every rule's key, all or nothing: counted only if every rule allows it."""
        ...


MINUTE = 60.0
