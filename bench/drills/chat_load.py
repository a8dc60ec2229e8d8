"""A bounded chat load against a `teddy serve` on 127.0.0.1: N devices chat for T seconds.

Each device sends messages with unique clientMessageIds at a steady rate (one at a time, as a
toy waits for Teddy's answer). A failed or timed-out send is retried with the SAME
clientMessageId, as the firmware does, up to `max_attempts` times; the service must make that
idempotent. Recorded: messages sent (distinct ids attempted), acknowledged (an answer with
`data` and no `errors`), every attempt's outcome and latency, and per-second windows.

    python -m bench.drills.chat_load --url http://127.0.0.1:8000 --devices 8 --duration 30
"""

from __future__ import annotations

import argparse
import asyncio
import math
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import orjson

from bench import operations as ops
from bench.loadgen import percentile
from bench.rawhttp import HttpClient
from bench.seed import Device, all_devices, families, start_conversation

RETRYABLE = frozenset(
    {"SERVICE_UNAVAILABLE", "INTERNAL_ERROR", "RATE_LIMITED", "TIMEOUT", "CONNECTION", "NO_DATA"}
)
"""Outcomes a device retries (same clientMessageId); anything else is final for the message."""


def require_loopback(url: str) -> str:
    host = urlsplit(url).hostname
    if host != "127.0.0.1":
        raise SystemExit(f"the drills only load 127.0.0.1, not {host!r}")
    return url.rstrip("/")


@dataclass
class Attempt:
    message: str
    """The clientMessageId."""
    number: int
    started: float
    """Seconds since the load began."""
    latency: float
    outcome: str
    """"ok", a GraphQL error code, "http_<status>", "TIMEOUT" or "CONNECTION"."""
    http_status: int | None = None


@dataclass
class SentMessage:
    client_message_id: str
    conversation_id: str
    device: int
    first_sent: float
    attempts: int = 0
    acknowledged: bool = False
    acknowledged_at: float | None = None
    child_message_id: str | None = None
    final_outcome: str = ""


@dataclass
class LoadResult:
    run_id: str
    devices: int
    duration: float
    rate_per_device: float
    messages: list[SentMessage] = field(default_factory=list)
    attempts: list[Attempt] = field(default_factory=list)

    @property
    def sent(self) -> int:
        return len(self.messages)

    @property
    def acknowledged(self) -> int:
        return sum(m.acknowledged for m in self.messages)

    @property
    def acknowledged_ids(self) -> set[str]:
        return {m.client_message_id for m in self.messages if m.acknowledged}

    def outcomes(self, start: float = -math.inf, end: float = math.inf) -> Counter[str]:
        """Attempt outcomes (errors by code, and "ok") for attempts started in [start, end)."""
        return Counter(a.outcome for a in self.attempts if start <= a.started < end)

    def windows(self, width: float = 1.0) -> list[dict[str, Any]]:
        """Per `width`-second window (by attempt start): attempts, ok, errors, latency."""
        if not self.attempts:
            return []
        last = max(int(a.started // width) for a in self.attempts)
        buckets: list[list[Attempt]] = [[] for _ in range(last + 1)]
        for attempt in self.attempts:
            buckets[int(attempt.started // width)].append(attempt)
        rows = []
        for index, bucket in enumerate(buckets):
            ok = sorted(a.latency for a in bucket if a.outcome == "ok")
            errors = Counter(a.outcome for a in bucket if a.outcome != "ok")
            rows.append(
                {
                    "start": round(index * width, 3),
                    "attempts": len(bucket),
                    "ok": len(ok),
                    "errors": dict(errors),
                    "p50_ms": _ms(percentile(ok, 0.5)),
                    "p95_ms": _ms(percentile(ok, 0.95)),
                    "max_ms": _ms(ok[-1] if ok else math.nan),
                    "slowest_attempt_ms": _ms(max((a.latency for a in bucket), default=math.nan)),
                }
            )
        return rows

    def ok_latencies(self, start: float = -math.inf, end: float = math.inf) -> list[float]:
        return sorted(
            a.latency for a in self.attempts if a.outcome == "ok" and start <= a.started < end
        )


def _ms(seconds: float) -> float | None:
    return None if math.isnan(seconds) else round(seconds * 1000, 1)


class ChatLoad:
    def __init__(
        self,
        url: str,
        *,
        devices: int = 4,
        duration: float = 15.0,
        rate_per_device: float = 4.0,
        max_attempts: int = 8,
        request_timeout: float = 5.0,
        retry_backoff: float = 0.25,
    ) -> None:
        self.url = require_loopback(url)
        self.device_count = devices
        self.duration = duration
        self.rate = rate_per_device
        self.max_attempts = max_attempts
        self.request_timeout = request_timeout
        self.retry_backoff = retry_backoff
        self.run_id = uuid.uuid4().hex[:8]
        self.result = LoadResult(self.run_id, devices, duration, rate_per_device)
        self.t0 = 0.0
        self._devices: list[tuple[Device, str]] = []

    @property
    def id_prefix(self) -> str:
        """Every clientMessageId of this run starts with it."""
        return f"drill-{self.run_id}-"

    def now(self) -> float:
        return time.monotonic() - self.t0

    async def prepare(self) -> None:
        """Parents, children, paired devices and one conversation each, through the API."""
        async with HttpClient(self.url, timeout=30) as http:
            made = await families(http, f"drill{self.run_id}", self.device_count, 1)
            devices = all_devices(made)
            ids = [await start_conversation(http, d) for d in devices]
        self._devices = list(zip(devices, ids, strict=True))

    async def run(self) -> LoadResult:
        """Runs the load (after `prepare`); `t0` marks its start for the caller's timeline."""
        if not self._devices:
            await self.prepare()
        self.t0 = time.monotonic()
        async with HttpClient(self.url, timeout=self.request_timeout) as http:
            await asyncio.gather(
                *(self._device(http, n, d, c) for n, (d, c) in enumerate(self._devices))
            )
        return self.result

    async def _device(self, http: HttpClient, number: int, device: Device, conv: str) -> None:
        interval = 1.0 / self.rate
        # Devices start spread over one interval so their sends do not arrive in lockstep.
        due = interval * number / max(self.device_count, 1)
        sequence = 0
        while due < self.duration:
            delay = due - self.now()
            if delay > 0:
                await asyncio.sleep(delay)
            message = SentMessage(
                client_message_id=f"{self.id_prefix}{number}-{sequence}",
                conversation_id=conv,
                device=number,
                first_sent=self.now(),
            )
            self.result.messages.append(message)
            await self._deliver(http, device, message, ops.CHAT_LINES[sequence % 8])
            sequence += 1
            due = max(due + interval, self.now())

    async def _deliver(
        self, http: HttpClient, device: Device, message: SentMessage, text: str
    ) -> None:
        variables = {
            "conversationId": message.conversation_id,
            "content": text,
            "clientMessageId": message.client_message_id,
        }
        body = orjson.dumps({"query": ops.SEND_MESSAGE, "variables": variables})
        headers = {"Authorization": f"Bearer {device.token}"}
        for number in range(1, self.max_attempts + 1):
            message.attempts = number
            started = self.now()
            outcome, status, data, retry_after = await self._post(http, body, headers)
            self.result.attempts.append(
                Attempt(
                    message.client_message_id,
                    number,
                    started,
                    self.now() - started,
                    outcome,
                    status,
                )
            )
            message.final_outcome = outcome
            if outcome == "ok":
                message.acknowledged = True
                message.acknowledged_at = self.now()
                child = (data or {}).get("sendMessage", {}).get("childMessage") or {}
                message.child_message_id = child.get("id")
                return
            if outcome not in RETRYABLE and not outcome.startswith("http_5"):
                return
            await asyncio.sleep(retry_after or self.retry_backoff * number)

    async def _post(
        self, http: HttpClient, body: bytes, headers: dict[str, str]
    ) -> tuple[str, int | None, dict[str, Any] | None, float | None]:
        try:
            status, answer = await http.post("/graphql", body, headers)
        except TimeoutError:
            return "TIMEOUT", None, None, None
        except OSError:
            return "CONNECTION", None, None, None
        if status != 200:
            return f"http_{status}", status, None, None
        try:
            parsed = orjson.loads(answer)
        except orjson.JSONDecodeError:
            return "BAD_JSON", status, None, None
        errors = parsed.get("errors")
        if errors:
            extensions = errors[0].get("extensions") or {}
            retry_after = extensions.get("retryAfterSeconds")
            wait = min(float(retry_after), 2.0) if isinstance(retry_after, int | float) else None
            return str(extensions.get("code", "GRAPHQL_ERROR")), status, None, wait
        data = parsed.get("data")
        if not isinstance(data, dict) or not data.get("sendMessage"):
            return "NO_DATA", status, None, None
        return "ok", status, data, None


def summary(result: LoadResult) -> dict[str, Any]:
    ok = result.ok_latencies()
    return {
        "run_id": result.run_id,
        "devices": result.devices,
        "duration_s": result.duration,
        "rate_per_device": result.rate_per_device,
        "sent": result.sent,
        "acknowledged": result.acknowledged,
        "attempts": len(result.attempts),
        "retried_messages": sum(m.attempts > 1 for m in result.messages),
        "outcomes": dict(result.outcomes()),
        "p50_ms": _ms(percentile(ok, 0.5)),
        "p95_ms": _ms(percentile(ok, 0.95)),
        "p99_ms": _ms(percentile(ok, 0.99)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="http://127.0.0.1:<port>")
    parser.add_argument("--devices", type=int, default=4)
    parser.add_argument("--duration", type=float, default=15.0)
    parser.add_argument("--rate", type=float, default=4.0, help="messages a second per device")
    args = parser.parse_args(argv)
    load = ChatLoad(
        args.url, devices=args.devices, duration=args.duration, rate_per_device=args.rate
    )
    result = asyncio.run(load.run())
    sys.stdout.write(orjson.dumps(summary(result), option=orjson.OPT_INDENT_2).decode() + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
