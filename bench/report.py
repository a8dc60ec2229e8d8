"""The run's table, its JSON document and a small SVG plot (no plotting library needed)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

import orjson

from bench.loadgen import StepResult

HEADER = (
    f"{'scenario':<16} {'target/s':>8} {'achieved/s':>10} {'p50 ms':>8} {'p95 ms':>8} "
    f"{'p99 ms':>8} {'errors':>7} {'lag p99':>8} {'load1':>5}  result"
)


def _ms(value: float) -> str:
    return "-" if math.isnan(value) else f"{value * 1000:.0f}"


def table_row(result: StepResult) -> str:
    verdict = "ok" if result.passed else "FAIL"
    load_after = result.extra.get("load_average_after")
    load = f"{load_after[0]:.1f}" if load_after else "-"
    if result.error_kinds:
        kinds = ", ".join(f"{k}={v}" for k, v in sorted(result.error_kinds.items()))
        verdict += f" ({kinds})"
    return (
        f"{result.name:<16} {result.target_rate:>8.0f} {result.achieved_rate:>10.1f} "
        f"{_ms(result.p50):>8} {_ms(result.p95):>8} {_ms(result.p99):>8} {result.errors:>7} "
        f"{_ms(result.send_lag_p99):>8} {load:>5}  {verdict}"
    )


def write_json(path: Path, document: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_SERIALIZE_NUMPY)
    )


COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf")


def write_svg(path: Path, series: dict[str, Sequence[StepResult]], title: str) -> None:
    """p99 latency (log scale) against achieved rate, one line per scenario; 1 s limit dashed."""
    width, height, left, right, top, bottom = 640, 400, 60, 170, 30, 45
    points = {
        name: [(r.achieved_rate, r.p99) for r in steps if r.ok and not math.isnan(r.p99)]
        for name, steps in series.items()
    }
    all_points = [p for pts in points.values() for p in pts]
    max_rate = max((x for x, _ in all_points), default=1.0) * 1.05 or 1.0
    low, high = math.log10(0.001), math.log10(10.0)

    def sx(rate: float) -> float:
        return left + (width - left - right) * rate / max_rate

    def sy(seconds: float) -> float:
        value = min(max(math.log10(max(seconds, 0.001)), low), high)
        return top + (height - top - bottom) * (high - value) / (high - low)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        'font-family="sans-serif" font-size="11">',
        '<rect width="100%" height="100%" fill="white"/>',
        f'<text x="{left}" y="18" font-size="13">{escape(title)}</text>',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" '
        'stroke="black"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}" stroke="black"/>',
        f'<text x="{(width - right + left) / 2}" y="{height - 10}" text-anchor="middle">'
        "achieved requests/s</text>",
        f'<text x="14" y="{(height - bottom + top) / 2}" transform="rotate(-90 14 '
        f'{(height - bottom + top) / 2})" text-anchor="middle">p99 latency (log)</text>',
    ]
    for label, seconds in (
        ("1 ms", 0.001),
        ("10 ms", 0.01),
        ("100 ms", 0.1),
        ("1 s", 1.0),
        ("10 s", 10.0),
    ):
        y = sy(seconds)
        dash = ' stroke-dasharray="5,4" stroke="#d62728"' if seconds == 1.0 else ' stroke="#ddd"'
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}"{dash}/>')
        parts.append(f'<text x="{left - 5}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
    for step in range(6):
        rate = max_rate * step / 5
        parts.append(
            f'<text x="{sx(rate):.1f}" y="{height - bottom + 15}" text-anchor="middle">'
            f"{rate:.0f}</text>"
        )
    for n, (name, pts) in enumerate(points.items()):
        colour = COLOURS[n % len(COLOURS)]
        if pts:
            line = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in pts)
            parts.append(
                f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="2"/>'
            )
            parts.extend(
                f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3" fill="{colour}"/>' for x, y in pts
            )
        ly = top + 16 * n + 10
        parts.append(
            f'<line x1="{width - right + 10}" y1="{ly}" x2="{width - right + 30}" y2="{ly}" '
            f'stroke="{colour}" stroke-width="2"/>'
        )
        parts.append(f'<text x="{width - right + 35}" y="{ly + 4}">{escape(name)}</text>')
    parts.append("</svg>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts) + "\n")
