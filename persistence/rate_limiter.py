"""GCRA rate limits in Redis (one Lua script), with a per-process fallback when Redis is down.

GCRA (generic cell rate algorithm): a key stores its "theoretical arrival time" (TAT). With
`limit` hits per `period`, each hit moves the TAT on by `period / limit`; a hit is allowed
while the new TAT stays within `period` of now, which allows a burst of `limit` and then an
even rate. Several keys are checked and counted together (all or nothing) in one script, so
the per-child and per-device limits of one message cost one round trip and stay atomic.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import redis.asyncio as redis
from redis.exceptions import NoScriptError, RedisError

from domain.rate_limits import RateDecision, RateRule
from persistence.redis_line import RedisLine

logger = logging.getLogger(__name__)

KEY_PREFIX = "ratelimit:"

# KEYS: the rate-limit keys. ARGV: per key, the emission interval and the period, both in
# microseconds. Returns {allowed (1/0), retry_after_microseconds}.
GCRA_SCRIPT = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000000 + tonumber(now_parts[2])
local new_tats = {}
local retry_after = 0
for i, key in ipairs(KEYS) do
  local interval = tonumber(ARGV[2 * i - 1])
  local period = tonumber(ARGV[2 * i])
  local tat = tonumber(redis.call('GET', key) or now)
  if tat < now then tat = now end
  local new_tat = tat + interval
  local allow_at = new_tat - period
  if allow_at > now then
    if allow_at - now > retry_after then retry_after = allow_at - now end
  end
  new_tats[i] = new_tat
end
if retry_after > 0 then
  return {0, retry_after}
end
for i, key in ipairs(KEYS) do
  local ttl_ms = math.ceil((new_tats[i] - now) / 1000)
  redis.call('SET', key, string.format('%d', new_tats[i]), 'PX', ttl_ms)
end
return {1, 0}
"""

MICROS = 1_000_000


def _check_rule(rule: RateRule) -> None:
    if rule.limit < 1 or rule.period_seconds <= 0:
        raise ValueError(f"rate rule needs limit >= 1 and a positive period: {rule}")


class LocalRateLimiter:
    """The same GCRA in this process's memory, bounded to `max_keys` (least recently used go)."""

    def __init__(
        self, *, max_keys: int = 10_000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._tats: OrderedDict[str, float] = OrderedDict()
        self._max_keys = max_keys
        self._clock = clock

    async def hit(self, key: str, *, limit: int, period_seconds: float) -> RateDecision:
        return self.hit_all_now([RateRule(key, limit, period_seconds)])

    async def hit_all(self, rules: list[RateRule]) -> RateDecision:
        return self.hit_all_now(rules)

    def hit_all_now(self, rules: list[RateRule]) -> RateDecision:
        now = self._clock()
        new_tats: list[float] = []
        retry_after = 0.0
        for rule in rules:
            _check_rule(rule)
            tat = max(self._tats.get(rule.key, now), now)
            new_tat = tat + rule.period_seconds / rule.limit
            allow_at = new_tat - rule.period_seconds
            if allow_at > now:
                retry_after = max(retry_after, allow_at - now)
            new_tats.append(new_tat)
        if retry_after > 0:
            return RateDecision(allowed=False, retry_after_seconds=retry_after)
        for rule, new_tat in zip(rules, new_tats, strict=True):
            self._tats[rule.key] = new_tat
            self._tats.move_to_end(rule.key)
        self._evict(now)
        return RateDecision(allowed=True)

    def _evict(self, now: float) -> None:
        while len(self._tats) > self._max_keys:
            self._tats.popitem(last=False)
        # Keys whose TAT has passed hold no state worth keeping; drop a few from the old end.
        for _ in range(min(8, len(self._tats))):
            key, tat = next(iter(self._tats.items()))
            if tat > now:
                break
            del self._tats[key]

    def __len__(self) -> int:
        return len(self._tats)


class RedisRateLimiter:
    """GCRA in Redis; when Redis fails or is slow, the local limiter answers instead.

    One Redis attempt per hit (bounded by `redis_timeout_seconds`); after a failure Redis is
    left alone for `backoff_seconds` and the local limiter decides, so no request waits on or
    fails because of a Redis outage.
    """

    def __init__(
        self,
        client: redis.Redis,
        *,
        fallback: LocalRateLimiter | None = None,
        redis_timeout_seconds: float = 0.5,
        backoff_seconds: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        line: bool = True,
    ) -> None:
        self._script = client.register_script(GCRA_SCRIPT)
        self._line = RedisLine.for_client(client) if line else None
        self.fallback = fallback or LocalRateLimiter()
        self._timeout = redis_timeout_seconds
        self._backoff = backoff_seconds
        self._clock = clock
        self._redis_down_until = 0.0

    async def _run_script(self, keys: list[str], args: list[int]) -> Any:
        line = self._line
        if line is None:
            return await self._script(keys=keys, args=args)
        try:
            return await line.call("EVALSHA", self._script.sha, len(keys), *keys, *args)
        except NoScriptError:
            await line.call("SCRIPT", "LOAD", GCRA_SCRIPT)
            return await line.call("EVALSHA", self._script.sha, len(keys), *keys, *args)

    @property
    def using_fallback(self) -> bool:
        return self._clock() < self._redis_down_until

    async def hit(self, key: str, *, limit: int, period_seconds: float) -> RateDecision:
        return await self.hit_all([RateRule(key, limit, period_seconds)])

    async def hit_all(self, rules: list[RateRule]) -> RateDecision:
        for rule in rules:
            _check_rule(rule)
        if not rules:
            return RateDecision(allowed=True)
        if self.using_fallback:
            return self.fallback.hit_all_now(rules)
        keys = [KEY_PREFIX + rule.key for rule in rules]
        args: list[int] = []
        for rule in rules:
            period = int(rule.period_seconds * MICROS)
            args.extend((max(1, period // rule.limit), period))
        try:
            async with asyncio.timeout(self._timeout):
                allowed, retry_micros = await self._run_script(keys, args)
        except (RedisError, OSError, TimeoutError) as error:
            self._redis_down_until = self._clock() + self._backoff
            logger.warning(
                "rate limiter: Redis unavailable, using the local limiter for %.0f s (%s)",
                self._backoff,
                type(error).__name__,
            )
            return self.fallback.hit_all_now(rules)
        if int(allowed) == 1:
            return RateDecision(allowed=True)
        return RateDecision(
            allowed=False,
            retry_after_seconds=max(0.001, math.ceil(int(retry_micros) / 1000) / 1000),
        )
