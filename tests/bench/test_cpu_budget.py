"""The CPU budget's arithmetic: medians per series and the ceilings they imply."""

from __future__ import annotations

from bench.cpu_budget import ratios, summary


def test_ceilings_follow_from_the_median_cpu_per_request() -> None:
    rows = [
        {"series": "sendMessage", "service_ms": ms, "storage_ms": 1.0} for ms in (4.0, 5.0, 9.0)
    ] + [{"series": "ping", "service_ms": 2.0, "storage_ms": 0.0}]
    result = summary(rows, cores=2)
    assert result["sendMessage"] == {
        "service_ms": 5.0,
        "storage_ms": 1.0,
        "one_worker_ceiling_per_s": 200,
        "machine_ceiling_per_s": 333,
    }
    assert result["ping"]["one_worker_ceiling_per_s"] == 500
    assert result["ping"]["machine_ceiling_per_s"] == 1000


def test_ratios_compare_each_series_with_its_baseline() -> None:
    result = summary(
        [
            {"series": "sendMessage", "service_ms": 4.0, "storage_ms": 1.0},
            {"series": "sendMessage [baseline]", "service_ms": 5.0, "storage_ms": 1.0},
            {"series": "ping", "service_ms": 2.0, "storage_ms": 0.0},
        ],
        cores=2,
    )
    assert ratios(result) == {"sendMessage": 0.8}
