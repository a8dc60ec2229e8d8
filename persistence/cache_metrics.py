"""Hit and miss counts per cache, exported as `cache_hit_ratio{cache_type}`."""

from __future__ import annotations

from collections import Counter

from prometheus_client import Gauge

CACHE_HIT_RATIO = Gauge(
    "cache_hit_ratio",
    "Share of cache reads answered by the cache, per cache",
    ["cache_type"],
    multiprocess_mode="mostrecent",
)


class CacheStats:
    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.misses: Counter[str] = Counter()

    def record(self, cache_type: str, *, hit: bool) -> None:
        (self.hits if hit else self.misses)[cache_type] += 1
        total = self.hits[cache_type] + self.misses[cache_type]
        if total < 64 or total % 64 == 0:  # the gauge is cheap to read, not to write per hit
            CACHE_HIT_RATIO.labels(cache_type).set(self.hits[cache_type] / total)

    def ratio(self, cache_type: str) -> float:
        total = self.hits[cache_type] + self.misses[cache_type]
        return self.hits[cache_type] / total if total else 0.0
