"""GCRA limits in Redis, and the local limiter that takes over when Redis is away."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest

from domain.rate_limits import RateRule
from graph.services import Services
from persistence.embedded import EmbeddedRedis
from persistence.rate_limiter import KEY_PREFIX, LocalRateLimiter, RedisRateLimiter
from persistence.redis_client import connect_redis
from tests.e2e.server import free_port


def _key() -> str:
    return f"test:{uuid.uuid4()}"


async def test_redis_limiter_allows_the_burst_then_refuses_with_a_wait(services: Services) -> None:
    limiter = RedisRateLimiter(services.redis)
    key = _key()
    decisions = [await limiter.hit(key, limit=3, period_seconds=60) for _ in range(4)]
    assert [d.allowed for d in decisions] == [True, True, True, False]
    assert 0 < decisions[-1].retry_after_seconds <= 20.01
    assert await services.redis.exists(KEY_PREFIX + key)
    assert 0 < await services.redis.pttl(KEY_PREFIX + key) <= 60_000
    assert not limiter.using_fallback


async def test_redis_limiter_is_shared_between_limiter_instances(services: Services) -> None:
    key = _key()
    first, second = RedisRateLimiter(services.redis), RedisRateLimiter(services.redis)
    assert (await first.hit(key, limit=2, period_seconds=60)).allowed
    assert (await second.hit(key, limit=2, period_seconds=60)).allowed
    assert not (await first.hit(key, limit=2, period_seconds=60)).allowed


async def test_hit_all_counts_every_key_or_none(services: Services) -> None:
    limiter = RedisRateLimiter(services.redis)
    tight, loose = _key(), _key()
    assert (await limiter.hit(tight, limit=1, period_seconds=60)).allowed
    refused = await limiter.hit_all([RateRule(loose, 5, 60), RateRule(tight, 1, 60)])
    assert not refused.allowed
    assert not await services.redis.exists(KEY_PREFIX + loose), "a refused hit counts nowhere"


async def test_the_rate_recovers_after_the_emission_interval(services: Services) -> None:
    limiter = RedisRateLimiter(services.redis)
    key = _key()
    assert (await limiter.hit(key, limit=2, period_seconds=0.4)).allowed
    assert (await limiter.hit(key, limit=2, period_seconds=0.4)).allowed
    refused = await limiter.hit(key, limit=2, period_seconds=0.4)
    assert not refused.allowed and refused.retry_after_seconds <= 0.25
    time.sleep(refused.retry_after_seconds + 0.02)
    assert (await limiter.hit(key, limit=2, period_seconds=0.4)).allowed


async def test_local_limiter_uses_the_same_algorithm_and_stays_bounded() -> None:
    now = [100.0]
    limiter = LocalRateLimiter(max_keys=50, clock=lambda: now[0])
    assert [(await limiter.hit("k", limit=2, period_seconds=10)).allowed for _ in range(3)] == [
        True,
        True,
        False,
    ]
    refused = await limiter.hit("k", limit=2, period_seconds=10)
    assert refused.retry_after_seconds == pytest.approx(5.0)
    now[0] += 5.0
    assert (await limiter.hit("k", limit=2, period_seconds=10)).allowed
    for n in range(500):
        await limiter.hit(f"many-{n}", limit=1, period_seconds=60)
    assert len(limiter) <= 50


async def test_a_closed_port_falls_back_at_once_and_still_limits() -> None:
    client = connect_redis(f"redis://127.0.0.1:{free_port()}/0", pool_size=5, socket_timeout=1)
    try:
        limiter = RedisRateLimiter(client, backoff_seconds=30)
        started = time.monotonic()
        decisions = [await limiter.hit("child:x", limit=2, period_seconds=60) for _ in range(3)]
        assert time.monotonic() - started < 2.0
        assert [d.allowed for d in decisions] == [True, True, False]
        assert decisions[-1].retry_after_seconds > 0
        assert limiter.using_fallback
    finally:
        await client.aclose()


async def test_a_stopped_redis_falls_back_and_redis_is_tried_again_later(tmp_path: Path) -> None:
    engine = EmbeddedRedis(tmp_path / "redis")
    url = engine.start()
    client = connect_redis(url, pool_size=5, socket_timeout=1)
    clock = [0.0]
    limiter = RedisRateLimiter(client, backoff_seconds=5, clock=lambda: clock[0])
    try:
        assert (await limiter.hit("device:d", limit=2, period_seconds=60)).allowed
        assert not limiter.using_fallback
        engine.stop()
        started = time.monotonic()
        assert (await limiter.hit("device:d", limit=2, period_seconds=60)).allowed
        assert limiter.using_fallback
        assert (await limiter.hit("device:d", limit=2, period_seconds=60)).allowed
        assert not (await limiter.hit("device:d", limit=2, period_seconds=60)).allowed
        assert time.monotonic() - started < 3.0
        engine.start()
        clock[0] += 6  # the back-off is over: Redis answers again and its count is used
        assert (await limiter.hit("device:d", limit=2, period_seconds=60)).allowed
        assert not limiter.using_fallback
    finally:
        await client.aclose()
        engine.stop()
