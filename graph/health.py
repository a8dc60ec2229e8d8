"""Health endpoints: /health (full report), /health/live and /health/ready (orchestrators).

/health is `unhealthy` (HTTP 503) only when the service cannot answer: PostgreSQL is down or
the safety engine fails. Redis down or the AI provider's breaker open make it `degraded`:
requests still succeed (cache bypass, offline responder). /health/ready needs migrations
applied and PostgreSQL; Redis must answer for the first readiness, after that its loss only
degrades (taking every instance out of the load balancer would turn a cache outage into a
full outage).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import psutil
from fastapi import APIRouter, Response

from domain.enums import Speaker
from graph.runtime import Runtime

_PROCESS = psutil.Process()
MEMORY_WARN_FRACTION = 0.95


async def _timed(check: Any) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        detail = await check()
        status = "up"
    except Exception as error:  # noqa: BLE001 - any failure of a dependency is reported
        detail, status = {"error": type(error).__name__}, "down"
    report = {"status": status, "latency_ms": round((time.perf_counter() - started) * 1000, 2)}
    return report | (detail if isinstance(detail, dict) else {})


def health_router(runtime: Runtime) -> APIRouter:
    router = APIRouter()
    was_ready = False

    @router.get("/health/live")
    async def live() -> dict[str, str]:
        return {"status": "alive"}

    @router.get("/health/ready")
    async def ready(response: Response) -> dict[str, Any]:
        nonlocal was_ready
        services = runtime.services
        if services is None or not runtime.ready:
            response.status_code = 503
            return {"status": "starting", "checks": {}}
        checks = {
            "database": await _timed(services.database.ping),
            "redis": await _timed(services.redis.ping),
        }
        ok = checks["database"]["status"] == "up" and (
            was_ready or checks["redis"]["status"] == "up"
        )
        was_ready = was_ready or ok
        response.status_code = 200 if ok else 503
        return {"status": "ready" if ok else "unavailable", "checks": checks}

    @router.get("/health")
    async def health(response: Response) -> dict[str, Any]:
        services = runtime.services
        if services is None:
            response.status_code = 503
            return {"status": "unhealthy", "checks": {}, "timestamp": _now()}

        async def database() -> dict[str, Any]:
            await services.database.ping()
            pool = services.database.pool
            return {"pool_size": pool.get_size(), "pool_idle": pool.get_idle_size()} if pool else {}

        async def redis() -> dict[str, Any]:
            await services.redis.ping()
            return {}

        async def safety() -> dict[str, Any]:
            verdict = services.safety.assess("I want to hurt myself", age=8, speaker=Speaker.CHILD)
            if verdict.level.value != "blocked":
                raise RuntimeError("self-test verdict wrong")
            return {
                "engine_version": verdict.engine_version,
                "semantic_stage": services.safety.semantic_status,
            }

        checks: dict[str, Any] = {
            "database": await _timed(database),
            "redis": await _timed(redis),
            "safety_service": await _timed(safety),
            "ai_service": _ai_check(services.responder),
            "memory": _memory_check(),
            "cpu": _cpu_check(),
        }
        status = "healthy"
        if checks["database"]["status"] == "down" or checks["safety_service"]["status"] == "down":
            status = "unhealthy"
        elif any(checks[name]["status"] != "up" for name in checks):
            status = "degraded"
        response.status_code = 503 if status == "unhealthy" else 200
        return {"status": status, "checks": checks, "timestamp": _now()}

    return router


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _ai_check(responder: Any) -> dict[str, Any]:
    breaker = getattr(responder, "breaker", None) or getattr(responder, "_breaker", None)
    if breaker is None:
        return {"status": "up", "provider": "offline"}
    state = str(breaker.state)
    return {"status": "up" if state == "closed" else "degraded", "breaker": state}


def _memory_check() -> dict[str, Any]:
    rss = _PROCESS.memory_info().rss
    system = psutil.virtual_memory()
    status = "up" if system.percent / 100 < MEMORY_WARN_FRACTION else "degraded"
    return {"status": status, "rss_bytes": rss, "system_used_percent": system.percent}


def _cpu_check() -> dict[str, Any]:
    """Informational: a busy CPU slows answers but does not stop them."""
    return {
        "status": "up",
        "process_percent": _PROCESS.cpu_percent(interval=None),
        "system_percent": psutil.cpu_percent(interval=None),
    }
