"""Metrics, health, trace ids and logs of a real server process."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.e2e.server import ServerProcess, teddy
from tests.servers import TestServers

DESIGN_METRICS = [
    "conversation_operations_total",
    "conversation_duration_seconds",
    "active_conversations",
    "conversation_service_latency_seconds",
    "database_operation_duration_seconds",
    "cache_hit_ratio",
    "safety_incidents_total",
    "safety_score_distribution",
    "content_blocks_total",
    "memory_usage_bytes",
    "cpu_usage_percent",
    "active_database_connections",
    "redis_connection_pool_usage",
]


def _env(servers: TestServers, data_dir: Path, **extra: str) -> dict[str, str]:
    return {
        "TEDDY_DATABASE_URL": servers.database_url,
        "TEDDY_REDIS_URL": servers.redis_url,
        "TEDDY_DATA_DIR": str(data_dir),
        "TEDDY_DB_POOL_SIZE": "4",
        "TEDDY_DB_POOL_OVERFLOW": "2",
        "TEDDY_RATE_LIMIT_PER_CHILD": "10000",
        **extra,
    }


def _chat(server: ServerProcess, messages: list[str], trace: str | None = None) -> str:
    token = teddy("token", "--role", "parent", "--subject", f"ops-{uuid.uuid4()}").strip()
    post = lambda query, variables, bearer: httpx.post(  # noqa: E731
        f"{server.url}/graphql",
        json={"query": query, "variables": variables},
        headers={"Authorization": f"Bearer {bearer}"},
        timeout=20,
    ).json()
    child = post(
        'mutation { registerChild(input: {displayName: "Ada", age: 8, parentalConsent: true})'
        " { child { id } } }",
        {},
        token,
    )["data"]["registerChild"]["child"]["id"]
    device = post(
        'mutation($c: ID!) { pairDevice(input: {childId: $c, name: "b"}) { deviceToken } }',
        {"c": child},
        token,
    )["data"]["pairDevice"]["deviceToken"]
    conversation = post(
        "mutation { startConversation(input: {interactionType: CHAT}) { conversation { id } } }",
        {},
        device,
    )["data"]["startConversation"]["conversation"]["id"]
    for text in messages:
        body = post(
            "mutation($id: ID!, $t: String!, $c: String!) { sendMessage(input: "
            "{conversationId: $id, content: $t, clientMessageId: $c}) { reply { content } } }",
            {"id": conversation, "t": text, "c": str(uuid.uuid4())},
            device,
        )
        assert "errors" not in body, body
    return conversation


@pytest.fixture(scope="module")
def server(
    servers: TestServers, runtime: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    process = ServerProcess(_env(servers, tmp_path_factory.mktemp("ops")))
    process.start()
    yield process
    process.stop()


def test_health_reports_every_check(server: ServerProcess) -> None:
    response = httpx.get(f"{server.url}/health")
    body = response.json()
    assert response.status_code == 200 and body["status"] == "healthy", body
    assert set(body["checks"]) == {
        "database",
        "redis",
        "ai_service",
        "safety_service",
        "memory",
        "cpu",
    }
    assert body["timestamp"]


def test_every_design_metric_is_exported(server: ServerProcess) -> None:
    _chat(server, ["I love my dog", "I want to hurt myself"])
    text = httpx.get(f"{server.url}/metrics").text
    missing = [name for name in DESIGN_METRICS if name not in text]
    assert missing == []
    assert 'conversation_operations_total{operation="sendMessage"}' in text
    assert 'safety_incidents_total{severity="critical"}' in text


def test_trace_id_from_traceparent_reaches_errors_and_headers(server: ServerProcess) -> None:
    trace = "4bf92f3577b34da6a3ce929d0e0e4736"
    response = httpx.post(
        f"{server.url}/graphql",
        json={"query": "{ me { __typename } }"},
        headers={"traceparent": f"00-{trace}-00f067aa0ba902b7-01"},
    )
    assert response.headers["x-trace-id"] == trace
    assert response.json()["errors"][0]["extensions"]["traceId"] == trace
    fresh = httpx.post(f"{server.url}/graphql", json={"query": "{ me { __typename } }"})
    made = fresh.headers["x-trace-id"]
    assert len(made) == 32 and fresh.json()["errors"][0]["extensions"]["traceId"] == made


def test_logs_are_json_and_never_hold_a_childs_words(server: ServerProcess) -> None:
    marker = f"secretword{uuid.uuid4().hex[:8]}"
    _chat(server, [f"my hamster is called {marker}", f"{marker} hurt me badly at home"])
    lines = [line for line in server.log_path.read_text().splitlines() if line.strip()]
    assert lines, "the server wrote no log lines"
    assert marker not in server.log_path.read_text()
    parsed = [json.loads(line) for line in lines if line.startswith("{")]
    assert parsed and all("event" in entry and "level" in entry for entry in parsed)
    requests = [e for e in parsed if e["event"] == "request" and e.get("path") == "/graphql"]
    assert requests and all(e["status"] == 200 and e["trace_id"] for e in requests)
    assert not any("?" in str(e.get("path")) for e in parsed)


def test_several_workers_report_whole_metrics(
    servers: TestServers, runtime: object, tmp_path: Path
) -> None:
    process = ServerProcess(_env(servers, tmp_path, TEDDY_WORKERS="2"))
    process.start()
    try:
        _chat(process, [f"hello {n}" for n in range(12)])
        samples = {}
        for _ in range(4):  # scrapes land on either worker; each must see the whole count
            for line in httpx.get(f"{process.url}/metrics").text.splitlines():
                if line.startswith('conversation_operations_total{operation="sendMessage"}'):
                    samples.setdefault("send", set()).add(float(line.split()[-1]))
        assert samples["send"] == {12.0}
    finally:
        process.stop()
