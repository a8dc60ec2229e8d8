"""Prometheus metrics of the service (names from the design)."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

from domain.incidents_model import Incident

SAFETY_INCIDENTS = Counter(
    "safety_incidents_total", "Safety incidents raised (folded repeats not counted)", ["severity"]
)


def count_incident(incident: Incident) -> None:
    SAFETY_INCIDENTS.labels(severity=incident.severity.value).inc()


# --- conversations and the API -------------------------------------------------------------

CONVERSATION_OPERATIONS = Counter(
    "conversation_operations_total", "Conversation operations handled", ["operation"]
)
CONVERSATION_DURATION = Histogram(
    "conversation_duration_seconds",
    "How long conversations lasted, observed when they end",
    ["interaction_type"],
    buckets=(10, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200),
)
ACTIVE_CONVERSATIONS = Gauge(
    "active_conversations",
    "Conversations currently active, by age group",
    ["age_group"],
    multiprocess_mode="mostrecent",
)
SERVICE_LATENCY = Histogram(
    "conversation_service_latency_seconds",
    "Latency of GraphQL operations, by root field",
    ["operation"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 2.5, 5.0, 10.0),
)
DATABASE_LATENCY = Histogram(
    "database_operation_duration_seconds",
    "PostgreSQL statement latency, by statement kind",
    ["operation"],
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0),
)
SAFETY_SCORES = Histogram(
    "safety_score_distribution",
    "Safety scores of assessed messages (1 is safe)",
    buckets=(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.99, 1.0),
)
CONTENT_BLOCKS = Counter(
    "content_blocks_total", "Messages blocked or replaced, by reason", ["reason"]
)
MEMORY_USAGE = Gauge(
    "memory_usage_bytes", "Resident memory of the process", multiprocess_mode="livesum"
)
CPU_USAGE = Gauge("cpu_usage_percent", "CPU use of the process", multiprocess_mode="livemax")
DATABASE_CONNECTIONS = Gauge(
    "active_database_connections",
    "PostgreSQL connections in use by the pool",
    multiprocess_mode="livesum",
)
REDIS_POOL_USAGE = Gauge(
    "redis_connection_pool_usage", "Redis connections in use", multiprocess_mode="livesum"
)
