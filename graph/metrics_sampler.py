"""Gauges sampled in the background (pools, memory, CPU, active conversations) and /metrics."""

from __future__ import annotations

import logging
from typing import Any

import psutil
from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector

from graph.metrics import (
    ACTIVE_CONVERSATIONS,
    CPU_USAGE,
    DATABASE_CONNECTIONS,
    DATABASE_LATENCY,
    MEMORY_USAGE,
    REDIS_POOL_USAGE,
)
from graph.periodic import PeriodicJob
from graph.services import Services

logger = logging.getLogger(__name__)
_PROCESS = psutil.Process()


def observe_statements(services: Services) -> None:
    """Every statement's latency goes into database_operation_duration_seconds."""
    by_verb: dict[str, Any] = {}

    def observe(verb: str, seconds: float) -> None:
        histogram = by_verb.get(verb)
        if histogram is None:
            histogram = by_verb[verb] = DATABASE_LATENCY.labels(verb)
        histogram.observe(seconds)

    services.database.statements.observe(observe)


async def sample_once(services: Services) -> None:
    MEMORY_USAGE.set(_PROCESS.memory_info().rss)
    CPU_USAGE.set(_PROCESS.cpu_percent(interval=None))
    pool = services.database.pool
    if pool is not None:
        DATABASE_CONNECTIONS.set(pool.get_size() - pool.get_idle_size())
    connection_pool = services.redis.connection_pool
    in_use = getattr(connection_pool, "_in_use_connections", ())
    REDIS_POOL_USAGE.set(len(in_use))
    counts = await services.repositories.conversations.active_by_age_group()
    for group in ("3-6", "7-10", "11-13"):
        ACTIVE_CONVERSATIONS.labels(group).set(counts.get(group, 0))


class MetricsSampler(PeriodicJob):
    task_name = "metrics-sampler"

    def __init__(self, services: Services, interval_seconds: float = 15.0) -> None:
        super().__init__(interval_seconds=interval_seconds, first_delay=0.0)
        self._services = services

    async def run_once(self) -> None:
        await sample_once(self._services)


def metrics_router(multiprocess_dir: str | None) -> APIRouter:
    router = APIRouter()

    @router.get("/metrics")
    async def metrics() -> Response:
        if multiprocess_dir:
            registry = CollectorRegistry()
            MultiProcessCollector(registry, path=multiprocess_dir)
            body = generate_latest(registry)
        else:
            body = generate_latest(REGISTRY)
        return Response(body, media_type=CONTENT_TYPE_LATEST)

    return router
