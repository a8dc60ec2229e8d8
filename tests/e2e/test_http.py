"""Full HTTP runs against `teddy serve` in its own process: the README walkthrough."""

from __future__ import annotations

import uuid

import httpx

from tests.e2e.server import ServerProcess, teddy


def graphql(server: ServerProcess, query: str, variables: dict, token: str | None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(
        f"{server.url}/graphql",
        json={"query": query, "variables": variables},
        headers=headers,
        timeout=10,
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_health_endpoints_answer(server: ServerProcess) -> None:
    assert httpx.get(f"{server.url}/health/live").json() == {"status": "alive"}
    ready = httpx.get(f"{server.url}/health/ready")
    assert ready.status_code == 200
    checks = ready.json()["checks"]
    assert {name: check["status"] for name, check in checks.items()} == {
        "database": "up",
        "redis": "up",
    }


def test_graphiql_is_served_in_development(server: ServerProcess) -> None:
    page = httpx.get(f"{server.url}/graphql", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "graphiql" in page.text.lower()


def test_walkthrough_over_http(server: ServerProcess) -> None:
    parent_token = teddy("token", "--role", "parent", "--subject", f"p-{uuid.uuid4()}").strip()
    assert parent_token.count(".") == 2

    child = graphql(
        server,
        'mutation { registerChild(input: {displayName: "Mia", age: 6, parentalConsent: true})'
        " { child { id ageGroup } } }",
        {},
        parent_token,
    )["data"]["registerChild"]["child"]
    paired = graphql(
        server,
        'mutation($c: ID!) { pairDevice(input: {childId: $c, name: "Bear"}) { deviceToken } }',
        {"c": child["id"]},
        parent_token,
    )["data"]["pairDevice"]
    device_token = paired["deviceToken"]
    conversation = graphql(
        server,
        "mutation { startConversation(input: {interactionType: CHAT}) { conversation { id } } }",
        {},
        device_token,
    )["data"]["startConversation"]["conversation"]
    sent = graphql(
        server,
        'mutation($id: ID!) { sendMessage(input: {conversationId: $id, content: "Hi teddy!",'
        ' clientMessageId: "m1"}) { childMessage { content } reply { content } } }',
        {"id": conversation["id"]},
        device_token,
    )["data"]["sendMessage"]
    assert sent["childMessage"]["content"] == "Hi teddy!" and sent["reply"]["content"]

    dashboard = graphql(
        server,
        "{ me { ... on Parent { children { conversations(first: 5) { edges { node {"
        " messageCount } } } } } } }",
        {},
        parent_token,
    )["data"]["me"]
    assert dashboard["children"][0]["conversations"]["edges"][0]["node"]["messageCount"] == 2


def test_bad_tokens_are_unauthenticated(server: ServerProcess) -> None:
    for token in ("garbage", "tdy_not-a-real-device"):
        body = graphql(server, "{ me { __typename } }", {}, token)
        assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_unexpected_input_types_get_a_code_not_a_trace(server: ServerProcess) -> None:
    parent_token = teddy("token", "--role", "parent", "--subject", "p-types").strip()
    body = graphql(
        server,
        'mutation($age: Int!) { registerChild(input: {displayName: "A", age: $age,'
        " parentalConsent: true}) { child { id } } }",
        {"age": "seven"},
        parent_token,
    )
    error = body["errors"][0]
    assert error["extensions"]["code"] in ("GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT")
    assert "Traceback" not in str(body)
