"""Prometheus metrics of the service (names from the design)."""

from __future__ import annotations

from prometheus_client import Counter

from domain.incidents_model import Incident

SAFETY_INCIDENTS = Counter(
    "safety_incidents_total", "Safety incidents raised (folded repeats not counted)", ["severity"]
)


def count_incident(incident: Incident) -> None:
    SAFETY_INCIDENTS.labels(severity=incident.severity.value).inc()
