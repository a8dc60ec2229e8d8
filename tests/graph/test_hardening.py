"""GraphQL hardening: limits, production variant, CSRF guard, HTTP refusals; each its own code."""

from __future__ import annotations

import asyncio
import copy
import logging
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from graphql import parse, validate

from domain.principal import Principal, Role
from graph.app import create_app
from graph.auth import mint_token
from graph.context import Context
from graph.hardening import MAX_BODY_BYTES, HttpGuard
from graph.runtime import Runtime
from graph.schema import production_schema, schema
from graph.services import Services
from graph.settings import Profile
from tests.conftest import GraphQLClient
from tests.factories import new_family, new_parent
from tests.graph.contract import CONTRACT_DIR, contract_document, operation_names
from tests.graph.test_contract import _single_operation


def _code(result: Any) -> str:
    assert result.errors, "expected an error"
    return result.errors[0].extensions["code"]


def _deep_query(levels: int) -> str:
    """conversation -> child -> conversations -> edges -> node -> child -> ... `levels` deep."""
    inner = "id"
    for _ in range(levels):
        inner = f"child {{ conversations(first: 1) {{ edges {{ node {{ {inner} }} }} }} }}"
    return f'{{ conversation(id: "x") {{ {inner} }} }}'


async def test_a_too_deep_query_is_refused(gql: GraphQLClient) -> None:
    result = await gql.execute(_deep_query(4), principal=new_parent())
    assert _code(result) == "QUERY_TOO_DEEP"


async def test_too_many_aliases_are_refused(gql: GraphQLClient) -> None:
    query = "{ " + " ".join(f"a{n}: __typename" for n in range(40)) + " }"
    assert _code(await gql.execute(query, principal=new_parent())) == "TOO_MANY_ALIASES"


async def test_too_many_tokens_are_refused(gql: GraphQLClient) -> None:
    query = "{ " + "a " * 2500 + "}"
    assert _code(await gql.execute(query, principal=new_parent())) == "TOO_MANY_TOKENS"


async def test_a_too_large_document_is_refused(gql: GraphQLClient) -> None:
    query = "# " + "x" * 25_000 + "\n{ __typename }"
    result = await gql.execute(query, principal=new_parent())
    assert _code(result) == "DOCUMENT_TOO_LARGE"
    assert result.errors[0].extensions["traceId"]


async def test_first_is_capped_at_100(gql: GraphQLClient, services: Services) -> None:
    parent, child, _ = await new_family(services)
    from graph.ids import global_id

    query = "query($id: ID!) { child(id: $id) { conversations(first: 101) { edges { cursor } } } }"
    result = await gql.execute(query, {"id": global_id("Child", child.id)}, principal=parent)
    assert _code(result) == "VALIDATION_ERROR"


async def test_a_slow_operation_times_out(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, device = await new_family(services)

    async def slow_device(*_: Any, **__: Any) -> None:
        await asyncio.sleep(5)

    monkeypatch.setattr(services.children, "get_device", slow_device)
    quick = copy.copy(schema)
    quick.operation_timeout_seconds = 0.2
    context = Context(services=services, trace_id=uuid.uuid4().hex)
    context.caller = device
    result = await quick.execute("{ me { __typename } }", context_value=context)
    assert _code(result) == "TIMEOUT"
    assert result.errors[0].extensions["details"]["timeoutSeconds"] == 0.2


def _context(services: Services, principal: Principal) -> Context:
    context = Context(services=services, trace_id=uuid.uuid4().hex)
    context.caller = principal
    return context


async def test_production_has_no_introspection_and_no_suggestions(services: Services) -> None:
    staff = Principal(role=Role.ADMIN, subject="admin-1")
    production = production_schema()
    for query in ("{ __schema { types { name } } }", '{ __type(name: "Child") { name } }'):
        result = await production.execute(query, context_value=_context(services, staff))
        assert _code(result) == "INTROSPECTION_DISABLED"
        assert (await schema.execute(query, context_value=_context(services, staff))).errors is None
    typo = await production.execute(
        "{ mee { __typename } }", context_value=_context(services, staff)
    )
    assert _code(typo) == "GRAPHQL_VALIDATION_FAILED"
    assert "Did you mean" not in typo.errors[0].message
    dev_typo = await schema.execute(
        "{ mee { __typename } }", context_value=_context(services, staff)
    )
    assert "Did you mean" in dev_typo.errors[0].message
    # __typename is not introspection of the schema; it stays.
    ok = await production.execute("{ __typename }", context_value=_context(services, staff))
    assert ok.errors is None


@pytest.mark.skipif(not CONTRACT_DIR.is_dir(), reason="client contract not found")
def test_every_contract_operation_passes_the_production_limits() -> None:
    production = production_schema()
    for client in ("device", "parent", "moderator"):
        for name in operation_names(client):
            document = parse(_single_operation(client, name))
            rules = _limit_rules(production)
            errors = [e for e in validate(production._schema, document, rules) if e.message]
            assert errors == [], (client, name, [e.message for e in errors])
    assert contract_document("parent")


def _limit_rules(production: Any) -> list[Any]:
    from strawberry.extensions import AddValidationRules

    rules: list[Any] = []
    for factory in production.extensions:
        extension = factory() if callable(factory) else factory
        if isinstance(extension, AddValidationRules):
            rules.extend(extension.validation_rules)
    return rules


async def test_the_dashboard_runs_on_the_production_schema(services: Services) -> None:
    parent, _, _ = await new_family(services)
    result = await production_schema().execute(
        _single_operation("parent", "Dashboard"),
        variable_values={"first": 10},
        context_value=_context(services, parent),
    )
    assert result.errors is None, result.errors


# -- over HTTP, in process -------------------------------------------------------------------


@pytest.fixture
async def http(runtime: Runtime) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_app(runtime), client=(_address(), 4242))
    async with httpx.AsyncClient(transport=transport, base_url="http://teddy") as client:
        yield client


def _address() -> str:
    return f"10.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"


def _token(services: Services) -> dict[str, str]:
    token = mint_token(services.jwt_keys, role="parent", subject="p-hard", ttl_seconds=600)
    return {"Authorization": f"Bearer {token}"}


def _http_code(response: httpx.Response) -> str:
    return response.json()["errors"][0]["extensions"]["code"]


async def test_simple_posts_a_browser_could_forge_are_refused(
    http: httpx.AsyncClient, services: Services
) -> None:
    body = '{"query": "{ __typename }"}'
    for content_type in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data"):
        response = await http.post(
            "/graphql", content=body, headers={**_token(services), "content-type": content_type}
        )
        assert response.status_code == 400 and _http_code(response) == "CSRF_REJECTED"
    preflighted = await http.post(
        "/graphql",
        content=body,
        headers={**_token(services), "content-type": "text/plain", "GraphQL-Preflight": "1"},
    )
    assert _http_code(preflighted) != "CSRF_REJECTED"
    json_post = await http.post(
        "/graphql", json={"query": "{ __typename }"}, headers=_token(services)
    )
    assert json_post.status_code == 200 and json_post.json()["data"] == {"__typename": "Query"}


async def test_mutations_over_get_are_refused(http: httpx.AsyncClient, services: Services) -> None:
    response = await http.get(
        "/graphql",
        params={"query": 'mutation { revokeDevice(id: "x") { device { id } } }'},
        headers=_token(services),
    )
    assert response.status_code == 405 and _http_code(response) == "METHOD_NOT_ALLOWED"
    query = await http.get("/graphql", params={"query": "{ __typename }"}, headers=_token(services))
    assert query.status_code == 200 and query.json()["data"] == {"__typename": "Query"}
    put = await http.put("/graphql", json={"query": "{ __typename }"}, headers=_token(services))
    assert put.status_code == 405


async def test_batches_are_refused(http: httpx.AsyncClient, services: Services) -> None:
    response = await http.post(
        "/graphql", json=[{"query": "{ __typename }"}] * 2, headers=_token(services)
    )
    assert response.status_code == 400 and _http_code(response) == "BATCHING_DISABLED"


async def test_an_oversized_body_gets_413(http: httpx.AsyncClient, services: Services) -> None:
    big = {"query": "{ __typename }", "variables": {"pad": "x" * (MAX_BODY_BYTES + 10)}}
    response = await http.post("/graphql", json=big, headers=_token(services))
    assert response.status_code == 413 and _http_code(response) == "DOCUMENT_TOO_LARGE"


async def test_anonymous_callers_are_rate_limited_per_address(runtime: Runtime) -> None:
    app = create_app(runtime, guard=HttpGuard(anonymous_calls_per_minute=3))
    assert runtime.services is not None
    headers = _token(runtime.services)
    transport = httpx.ASGITransport(app=app, client=(_address(), 1111))
    async with httpx.AsyncClient(transport=transport, base_url="http://teddy") as client:
        codes = [
            (await client.post("/graphql", json={"query": "{ __typename }"})).status_code
            for _ in range(4)
        ]
        assert codes == [200, 200, 200, 429]
        refused = await client.post("/graphql", json={"query": "{ __typename }"})
        assert _http_code(refused) == "RATE_LIMITED"
        assert refused.json()["errors"][0]["extensions"]["details"]["retryAfterSeconds"] > 0
        assert int(refused.headers["retry-after"]) >= 1
        bad = await client.post(
            "/graphql", json={"query": "{ __typename }"}, headers={"Authorization": "Bearer bad"}
        )
        assert bad.status_code == 429, "a bad token counts as anonymous"
        signed_in = await client.post("/graphql", json={"query": "{ __typename }"}, headers=headers)
        assert signed_in.status_code == 200


async def test_production_app_has_no_graphiql_and_no_introspection(runtime: Runtime) -> None:
    # A copy of the test settings in the production profile (secrets do not matter here).
    settings = runtime.settings.model_copy(update={"env": Profile.PRODUCTION})
    assert settings.is_production
    production = Runtime(
        settings, runtime.database_url, runtime.redis_url, services=runtime.services
    )
    transport = httpx.ASGITransport(app=create_app(production), client=(_address(), 1))
    assert runtime.services is not None
    async with httpx.AsyncClient(transport=transport, base_url="http://teddy") as client:
        page = await client.get("/graphql", headers={"Accept": "text/html"})
        assert page.status_code == 404
        introspection = await client.post(
            "/graphql",
            json={"query": "{ __schema { queryType { name } } }"},
            headers=_token(runtime.services),
        )
        assert _http_code(introspection) == "INTROSPECTION_DISABLED"


async def test_a_client_that_hangs_up_before_its_body_gets_no_server_error(
    runtime: Runtime, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(runtime)
    sent: list[dict[str, Any]] = []
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/graphql",
        "raw_path": b"/graphql",
        "root_path": "",
        "query_string": b"",
        "headers": [(b"content-type", b"application/json"), (b"content-length", b"500")],
        "client": ("127.0.0.1", 4243),
        "server": ("127.0.0.1", 8000),
    }

    async def receive() -> dict[str, Any]:
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    with caplog.at_level(logging.INFO):
        await app(scope, receive, send)
    starts = [m for m in sent if m["type"] == "http.response.start"]
    assert [m["status"] for m in starts] == [499]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
