"""Safety engine speed: single-message latency in-process and batch throughput.

Run: .venv/bin/python bench/safety_bench.py [--messages N] [--batch N] [--rules-only]
Targets: single-message p99 <= 5 ms; assess_many >= 2,000 messages/s on one core.
By default the engine runs with the semantic stage (wordllama embeddings + linear heads),
as the service does; --rules-only measures the rules and toxicity model alone.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from domain.enums import Speaker  # noqa: E402
from domain.safety import AssessmentRequest, SafetyEngine  # noqa: E402
from domain.safety.evaluation import percentile  # noqa: E402
from persistence.sentence_embeddings import build_semantic_stage  # noqa: E402


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def labelled_corpus() -> list[AssessmentRequest]:
    """Every labelled message (labelled, holdout and dev sets) and one long teddy story."""
    files = [
        ROOT / "tests" / "safety" / "labelled.jsonl",
        ROOT / "tests" / "safety" / "holdout.jsonl",
        ROOT.parent / "shared" / "safety" / "dev.jsonl",
    ]
    requests: list[AssessmentRequest] = []
    for path in files:
        if not path.exists():
            continue
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                data = json.loads(line)
                requests.append(
                    AssessmentRequest(data["text"], int(data["age"]), Speaker(data["speaker"]))
                )
    long_text = "Once upon a time a little bear walked through the forest. " * 16
    requests.append(AssessmentRequest(long_text[:1000], 8, Speaker.TEDDY))
    return requests


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=5000, help="single assess() calls")
    parser.add_argument("--batch", type=int, default=20000, help="messages through assess_many")
    parser.add_argument("--chunk", type=int, default=256, help="assess_many chunk size")
    parser.add_argument("--rules-only", action="store_true", help="no semantic stage")
    parser.add_argument(
        "--model", type=Path, default=None, help="semantic model file (default: the committed one)"
    )
    parser.add_argument(
        "--compare",
        action="store_true",
        help="also run rules-only and rules+semantic engines on the same chunks, interleaved, "
        "and report the semantic stage's own CPU cost (robust when other load comes and goes)",
    )
    args = parser.parse_args()

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    corpus = labelled_corpus()
    started = time.perf_counter()
    semantic = None if args.rules_only else build_semantic_stage(args.model)
    engine = SafetyEngine(threshold=0.7, semantic=semantic)
    engine.warm_up()
    warm_up_s = time.perf_counter() - started

    latencies: list[float] = []
    for i in range(args.messages):
        request = corpus[i % len(corpus)]
        t0 = time.perf_counter()
        engine.assess(request.text, age=request.age, speaker=request.speaker)
        latencies.append((time.perf_counter() - t0) * 1000.0)

    batch = [corpus[i % len(corpus)] for i in range(args.batch)]
    t0 = time.perf_counter()
    c0 = time.process_time()
    for offset in range(0, len(batch), args.chunk):
        engine.assess_many(batch[offset : offset + args.chunk])
    batch_s = time.perf_counter() - t0
    batch_cpu_s = time.process_time() - c0
    throughput = len(batch) / batch_s
    cpu_throughput = len(batch) / batch_cpu_s if batch_cpu_s > 0 else float("inf")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")

    p50, p95, p99 = (percentile(latencies, p) for p in (50, 95, 99))
    rows = [
        ("machine", f"{_cpu_model()}, {os.cpu_count()} cores (bench pinned to 1)"),
        ("load average (1 min)", f"{load:.2f}  (other processes share the cores when > 1)"),
        ("python", platform.python_version()),
        ("engine", f"{engine.version}, semantic stage: {engine.semantic_status}"),
        ("corpus", f"{len(corpus)} distinct labelled messages"),
        ("model load + warm-up", f"{warm_up_s * 1000:.0f} ms"),
        ("single assess p50", f"{p50:.3f} ms   (n={args.messages})"),
        ("single assess p95", f"{p95:.3f} ms"),
        ("single assess p99", f"{p99:.3f} ms   target <= 5 ms: {'OK' if p99 <= 5 else 'MISSED'}"),
        ("single assess max", f"{max(latencies):.3f} ms"),
        (
            "assess_many throughput",
            f"{throughput:,.0f} msg/s (chunks of {args.chunk})   target >= 2,000: "
            f"{'OK' if throughput >= 2000 else 'MISSED'}",
        ),
        (
            "assess_many per CPU-second",
            f"{cpu_throughput:,.0f} msg/s (CPU time: steadier than wall clock, not immune to load)",
        ),
    ]
    if args.compare:
        rows.append(("semantic stage cost", _compare(batch, args.chunk, args.model)))
    width = max(len(name) for name, _ in rows)
    sys.stdout.write("\n".join(f"{name:<{width}}  {value}" for name, value in rows) + "\n")
    return 0


def _compare(batch: list[AssessmentRequest], chunk: int, model: Path | None) -> str:
    engines = [
        SafetyEngine(threshold=0.7),
        SafetyEngine(threshold=0.7, semantic=build_semantic_stage(model)),
    ]
    cpu = [0.0, 0.0]
    for engine in engines:
        engine.warm_up()
    for offset in range(0, len(batch), chunk):
        part = batch[offset : offset + chunk]
        for i, engine in enumerate(engines):
            started = time.process_time()
            engine.assess_many(part)
            cpu[i] += time.process_time() - started
    rules, both = (len(batch) / c for c in cpu)
    extra_us = (cpu[1] - cpu[0]) / len(batch) * 1e6
    return (
        f"rules {rules:,.0f} msg/CPU-s, rules+semantic {both:,.0f} msg/CPU-s "
        f"(+{extra_us:.0f} us a message; interleaved chunks)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
