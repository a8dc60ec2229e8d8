"""Fuzzing the running service: valid operations generated from the schema, and garbage.

No request may get HTTP 500 or an INTERNAL_ERROR, and every one answers within the timeout.
"""

from __future__ import annotations

import uuid

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import mutations, queries

from graph.schema import schema
from tests.e2e.server import ServerProcess, teddy

SDL = schema.as_str()
ANSWER_WITHIN_SECONDS = 12.0
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)


@pytest.fixture(scope="module")
def tokens(server: ServerProcess) -> dict[str, str]:
    parent = teddy("token", "--role", "parent", "--subject", f"fuzz-{uuid.uuid4()}").strip()
    child = _post(
        server,
        {
            "query": 'mutation { registerChild(input: {displayName: "Fuzz", age: 8,'
            " parentalConsent: true}) { child { id } } }"
        },
        parent,
    ).json()["data"]["registerChild"]["child"]["id"]
    device = _post(
        server,
        {
            "query": 'mutation($c: ID!) { pairDevice(input: {childId: $c, name: "F"})'
            " { deviceToken } }",
            "variables": {"c": child},
        },
        parent,
    ).json()["data"]["pairDevice"]["deviceToken"]
    return {"parent": parent, "device": device}


def _post(server: ServerProcess, body: object, token: str, **kwargs: object) -> httpx.Response:
    return httpx.post(
        f"{server.url}/graphql",
        json=body,
        headers={"Authorization": f"Bearer {token}"},
        timeout=ANSWER_WITHIN_SECONDS,
        **kwargs,  # type: ignore[arg-type]
    )


def _check(response: httpx.Response) -> None:
    assert response.status_code != 500, response.text[:500]
    assert response.status_code < 500, response.text[:500]
    assert "INTERNAL_ERROR" not in response.text, response.text[:500]
    assert "Traceback" not in response.text


@pytest.mark.parametrize("role", ["parent", "device"])
def test_generated_queries(server: ServerProcess, tokens: dict[str, str], role: str) -> None:
    @FUZZ
    @given(queries(SDL))
    def run(query: str) -> None:
        _check(_post(server, {"query": query}, tokens[role]))

    run()


@pytest.mark.parametrize("role", ["parent", "device"])
def test_generated_mutations(server: ServerProcess, tokens: dict[str, str], role: str) -> None:
    @FUZZ
    @given(mutations(SDL))
    def run(mutation: str) -> None:
        _check(_post(server, {"query": mutation}, tokens[role]))

    run()


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
FRAGMENTS = st.sampled_from(
    [
        "{",
        "}",
        "(",
        ")",
        "query",
        "mutation",
        "me",
        "node",
        "id:",
        "$x",
        "...",
        "on",
        '"',
        "child",
        "conversation",
        "first: 101",
        "sendMessage",
        "__schema",
        "@skip",
        "#",
        "\\u0000",
    ]
)


def test_invalid_documents_and_variables(server: ServerProcess, tokens: dict[str, str]) -> None:
    body = st.fixed_dictionaries(
        {
            "query": st.one_of(
                st.text(max_size=200),
                st.lists(FRAGMENTS, max_size=30).map(" ".join),
                JSON,
            ),
        },
        optional={"variables": JSON, "operationName": JSON, "extensions": JSON},
    )

    @FUZZ
    @given(body=st.one_of(body, JSON))
    def run(body: object) -> None:
        _check(_post(server, body, tokens["parent"]))

    run()


def test_invalid_variables_for_real_operations(
    server: ServerProcess, tokens: dict[str, str]
) -> None:
    operations = st.sampled_from(
        [
            "query($id: ID!) { child(id: $id) { id conversations(first: 3)"
            " { edges { cursor } } } }",
            "query($id: ID!, $f: Int, $a: String) { conversation(id: $id) { messages(first: $f,"
            " after: $a) { edges { cursor } } } }",
            "mutation($id: ID!, $c: String!, $m: String!) { sendMessage(input: {conversationId:"
            " $id, content: $c, clientMessageId: $m}) { replayed } }",
            "query($id: ID!) { node(id: $id) { id } }",
        ]
    )
    variables = st.dictionaries(st.sampled_from(["id", "f", "a", "c", "m"]), JSON, max_size=5)

    @FUZZ
    @given(operations, variables, st.sampled_from(["parent", "device"]))
    def run(query: str, variables: dict, role: str) -> None:
        _check(_post(server, {"query": query, "variables": variables}, tokens[role]))

    run()


def test_raw_bodies(server: ServerProcess, tokens: dict[str, str]) -> None:
    @FUZZ
    @given(st.binary(max_size=300), st.sampled_from(["application/json", "text/plain"]))
    def run(raw: bytes, content_type: str) -> None:
        response = httpx.post(
            f"{server.url}/graphql",
            content=raw,
            headers={"Authorization": f"Bearer {tokens['parent']}", "content-type": content_type},
            timeout=ANSWER_WITHIN_SECONDS,
        )
        _check(response)

    run()
