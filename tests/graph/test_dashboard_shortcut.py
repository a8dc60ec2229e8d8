"""The `Dashboard` shortcut answers exactly as the generic GraphQL path, over HTTP (ASGI), on
the real PostgreSQL and Redis: the same status, headers and bytes.

Two apps share one runtime: `fast` as served, `generic` with the Dashboard shortcut switched
off. Each case asks both for the same parent's Dashboard and compares the raw responses; the
shortcut's counter says whether it answered (and must not, for any other document, caller or
variable)."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import dataclasses
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from graphql import parse, print_ast

from domain.enums import InteractionType
from domain.errors import DomainError
from domain.principal import Principal
from graph.app import create_app
from graph.auth import mint_token
from graph.dashboard_shortcut import DASHBOARD, build_plan
from graph.ids import global_id
from graph.runtime import Runtime
from graph.schema import schema
from graph.services import Services
from graph.settings import Profile
from tests.factories import client_id, new_child, new_conversation, new_device, new_parent
from tests.graph.contract import contract_document

PARENT_DOCUMENT = contract_document("parent")
"""The app's own document (all its operations), sent with operationName Dashboard."""


@dataclasses.dataclass
class Apps:
    fast: httpx.AsyncClient
    generic: httpx.AsyncClient
    fast_app: FastAPI
    services: Services

    def answered(self) -> int:
        return int(self.fast_app.state.graphql.dashboard_shortcut.answered)


@pytest.fixture
async def apps(runtime: Runtime, services: Services) -> AsyncIterator[Apps]:
    fast_app, generic_app = create_app(runtime), create_app(runtime)
    generic_app.state.graphql.dashboard_shortcut = None
    fast = httpx.AsyncClient(transport=httpx.ASGITransport(app=fast_app), base_url="http://t")
    generic = httpx.AsyncClient(transport=httpx.ASGITransport(app=generic_app), base_url="http://t")
    async with fast, generic:
        yield Apps(fast, generic, fast_app, services)


def _token(services: Services, principal: Principal) -> str:
    return mint_token(
        services.jwt_keys, role=principal.role.value, subject=principal.subject, ttl_seconds=600
    )


def _body(first: Any = 10, query: str = PARENT_DOCUMENT, name: str | None = "Dashboard") -> Any:
    body: dict[str, Any] = {"query": query, "variables": {"first": first}}
    if name is not None:
        body["operationName"] = name
    return body


async def _post(client: httpx.AsyncClient, body: Any, token: str | None) -> tuple[Any, ...]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await client.post("/graphql", json=body, headers=headers)
    content = response.content
    trace = response.headers.get("x-trace-id")
    if trace:  # new per request: only ever inside errors
        content = content.replace(trace.encode(), b"-")
    kept = {k: v for k, v in response.headers.items() if k != "x-trace-id"}
    return response.status_code, kept, content


async def _both(apps: Apps, body: Any, token: str | None) -> tuple[tuple[Any, ...], bool]:
    """Both answers, checked equal byte for byte, and whether the shortcut answered."""
    before = apps.answered()
    fast = await _post(apps.fast, body, token)
    answered = apps.answered() == before + 1
    generic = await _post(apps.generic, body, token)
    assert fast == generic
    return fast, answered


async def _chat(
    services: Services, device: Principal, conversation_id: Any, lines: list[str]
) -> None:
    for line in lines:
        with contextlib.suppress(DomainError):  # a refused line is part of the picture too
            await services.conversations.send_child_message(
                device, conversation_id=conversation_id, content=line, client_message_id=client_id()
            )


LINES = [
    "Hi teddy! Can you tell me a story about a dragon?",
    "my phone number is 555 123 4567 and I live at 12 Oak Street",
    "you are stupid and I hate you",
    "I feel sad today, nobody played with me",
    "I want to kill myself",
    "what is your favourite colour?",
    "you stupid idiot, I will punch you and give me your address",
]


async def _rich_parent(services: Services) -> Principal:
    """Two children: one with 12 conversations (more than a page of 10) of kinds and
    statuses, one long (more than 20 messages), one empty; the other with none."""
    parent = new_parent()
    busy = await new_child(services, parent, name="Mia", age=5)
    await new_child(services, parent, name="Leo", age=12)
    device, _ = await new_device(services, parent, busy)
    kinds = [InteractionType.CHAT, InteractionType.STORY, InteractionType.GAME]
    for n in range(12):
        conversation = await new_conversation(services, device, kinds[n % 3])
        if n == 0:
            continue  # no messages
        lines = LINES * 3 if n == 5 else LINES[: 1 + n % len(LINES)]
        await _chat(services, device, conversation.id, lines)
        if n == 7:
            await services.conversations.archive(parent, conversation.id)
        if n == 8:
            await services.conversations.end(device, conversation.id)
    return parent


async def test_a_rich_dashboard_is_the_generic_one_byte_for_byte(apps: Apps) -> None:
    parent = await _rich_parent(apps.services)
    token = _token(apps.services, parent)
    for first in (10, 0, 1, 11, 12, 13, 100):
        (status, _headers, content), answered = await _both(apps, _body(first), token)
        assert answered, first
        assert status == 200
    data = httpx.Response(200, content=content).json()["data"]["me"]
    children = data["children"]
    assert [c["displayName"] for c in children] == ["Mia", "Leo"]
    edges = children[0]["conversations"]["edges"]
    assert len(edges) == 12
    counts = sorted(len(e["node"]["messages"]["edges"]) for e in edges)
    assert counts[0] == 0 and counts[-1] == 20, counts
    assert {e["node"]["status"] for e in edges} >= {"ACTIVE", "ARCHIVED"}
    assert {e["node"]["interactionType"] for e in edges} == {"CHAT", "STORY", "GAME"}
    safety = [m["node"]["safety"] for e in edges for m in e["node"]["messages"]["edges"]]
    assert {s["level"] for s in safety} >= {"SAFE", "FLAGGED", "BLOCKED"}
    assert max(len(s["categories"]) for s in safety) >= 2
    assert children[1]["conversations"] == {
        "edges": [],
        "pageInfo": {"hasNextPage": False, "endCursor": None},
    }


async def test_a_parent_without_children(apps: Apps) -> None:
    parent = new_parent()
    (status, _h, content), answered = await _both(apps, _body(), _token(apps.services, parent))
    assert answered and status == 200
    assert content == b'{"data":{"me":{"id":"%s","children":[]}}}' % parent.subject.encode()


async def test_another_parents_child_is_not_shown(apps: Apps) -> None:
    mine, theirs = new_parent(), new_parent()
    child = await new_child(apps.services, mine, name="Ada")
    other = await new_child(apps.services, theirs, name="Zed")
    for owner, kid in ((mine, child), (theirs, other)):
        device, _ = await new_device(apps.services, owner, kid)
        conversation = await new_conversation(apps.services, device)
        await _chat(apps.services, device, conversation.id, LINES[:2])
    (_s, _h, content), answered = await _both(apps, _body(), _token(apps.services, mine))
    assert answered
    assert global_id("Child", child.id).encode() in content
    assert global_id("Child", other.id).encode() not in content
    assert b"Zed" not in content


async def test_the_lone_operation_and_any_name_are_recognised(apps: Apps) -> None:
    token = _token(apps.services, await _rich_parent(apps.services))
    for body in (
        _body(query=DASHBOARD, name=None),
        _body(query=DASHBOARD.replace("Dashboard", "Home"), name="Home"),
        _body(query=" ".join(DASHBOARD.split())),
    ):
        (_s, _h, _c), answered = await _both(apps, body, token)
        assert answered


OTHER_DOCUMENTS = [
    DASHBOARD.replace("ageGroup", "age"),
    DASHBOARD.replace("displayName", "name: displayName"),
    DASHBOARD.replace("messages(last: 20)", "messages(last: 5)"),
    DASHBOARD.replace("messageCount", "messageCount @include(if: true)"),
    DASHBOARD.replace("startedAt messageCount", "messageCount startedAt"),
    DASHBOARD.replace("$first: Int!", "$first: Int = 10").replace("query Dashboard", "query D"),
    DASHBOARD.replace("$first", "$count"),
    DASHBOARD + "\nfragment F on Parent { id }",
    DASHBOARD.replace("query Dashboard", "query Dashboard @deprecated"),
    DASHBOARD.replace("id status", "id nope status"),  # fails validation
]


@pytest.mark.parametrize("query", OTHER_DOCUMENTS)
async def test_other_documents_take_the_generic_path(apps: Apps, query: str) -> None:
    token = _token(apps.services, await _rich_parent(apps.services))
    variables = {"count": 10} if "$count" in query else {"first": 10}
    body = {"query": query, "variables": variables}
    (_s, _h, _c), answered = await _both(apps, body, token)
    assert not answered


@pytest.mark.parametrize(
    "variables",
    [{"first": -1}, {"first": 101}, {"first": "10"}, {"first": 10.0}, {"first": True}, {}, None],
)
async def test_other_variables_take_the_generic_path(apps: Apps, variables: Any) -> None:
    token = _token(apps.services, await _rich_parent(apps.services))
    body: dict[str, Any] = {"query": DASHBOARD}
    if variables is not None:
        body["variables"] = variables
    (_s, _h, _c), answered = await _both(apps, body, token)
    assert not answered


async def test_other_callers_take_the_generic_path(apps: Apps) -> None:
    parent = new_parent()
    child = await new_child(apps.services, parent)
    device, device_token = await new_device(apps.services, parent, child)
    for token in (
        device_token,
        mint_token(apps.services.jwt_keys, role="moderator", subject="m-1", ttl_seconds=600),
        "not-a-token",
        None,
    ):
        (_s, _h, _c), answered = await _both(apps, _body(), token)
        assert not answered


def test_the_plan_is_for_the_contracts_dashboard_only() -> None:
    served = schema._schema
    assert build_plan(served, PARENT_DOCUMENT, "Dashboard") is not None
    assert build_plan(served, PARENT_DOCUMENT, None) is None  # several operations
    assert build_plan(served, PARENT_DOCUMENT, "Notifications") is None
    dashboard = next(
        d
        for d in parse(PARENT_DOCUMENT).definitions
        if getattr(getattr(d, "name", None), "value", None) == "Dashboard"
    )
    assert build_plan(served, print_ast(dashboard), None) is not None
    assert build_plan(served, "query { me { __typename } }", None) is None
    assert build_plan(served, "{", None) is None


async def test_comments_and_spacing_do_not_matter(apps: Apps) -> None:
    token = _token(apps.services, new_parent())
    body = _body(query=DASHBOARD + f"\n# {uuid.uuid4()}", name=None)
    (_s, _h, _c), answered = await _both(apps, body, token)
    assert answered


_COUNTING: contextvars.ContextVar[bool] = contextvars.ContextVar("counting", default=False)


async def test_the_shortcut_sends_one_statement(apps: Apps) -> None:
    """Counted as tests/graph/test_dashboard.py counts: only statements sent under this
    request's context (background tasks run their own)."""
    token = _token(apps.services, await _rich_parent(apps.services))
    counted: list[str] = []

    def count(verb: str, _elapsed: float) -> None:
        if _COUNTING.get():
            counted.append(verb)

    statements = apps.services.database.statements
    statements.observe(count)
    running = _COUNTING.set(True)
    try:
        before = apps.answered()
        response = await apps.fast.post(
            "/graphql", json=_body(), headers={"Authorization": f"Bearer {token}"}
        )
        await asyncio.sleep(0)
    finally:
        _COUNTING.reset(running)
        statements.forget(count)
    assert response.status_code == 200 and apps.answered() == before + 1
    assert len(counted) == 1, counted


_COMPACT = " ".join(DASHBOARD.split())
OVER_THE_TOKEN_LIMIT = (
    _COMPACT + " query Pad { me { ... on Parent { id " + "...{id}" * 500 + " } } }"
)
"""Under the shortcut's 4,000 characters, over the schema's 2,000 tokens (each `...{id}`
is four tokens in seven characters)."""


async def test_a_document_over_the_token_limit_is_refused_as_the_generic_path_does(
    apps: Apps,
) -> None:
    assert len(OVER_THE_TOKEN_LIMIT) < 4_000
    token = _token(apps.services, await _rich_parent(apps.services))
    (status, _h, content), answered = await _both(apps, _body(query=OVER_THE_TOKEN_LIMIT), token)
    assert not answered
    assert b"TOO_MANY_TOKENS" in content and b'"data":null' in content, (status, content[:300])


async def test_introspection_beside_the_dashboard_is_refused_in_production(
    runtime: Runtime,
) -> None:
    """Production validates the whole document without introspection: an `__schema`
    operation beside the Dashboard makes the request INTROSPECTION_DISABLED there."""
    settings = runtime.settings.model_copy(update={"env": Profile.PRODUCTION})
    served = Runtime(settings, runtime.database_url, runtime.redis_url, services=runtime.services)
    assert runtime.services is not None
    fast_app, generic_app = create_app(served), create_app(served)
    generic_app.state.graphql.dashboard_shortcut = None
    fast = httpx.AsyncClient(transport=httpx.ASGITransport(app=fast_app), base_url="http://t")
    generic = httpx.AsyncClient(transport=httpx.ASGITransport(app=generic_app), base_url="http://t")
    async with fast, generic:
        apps = Apps(fast, generic, fast_app, runtime.services)
        token = _token(apps.services, await _rich_parent(apps.services))
        (_s, _h, content), answered = await _both(apps, _body(), token)
        assert answered  # the contract's document still goes the short way in production
        spy = _COMPACT + " query Spy { __schema { queryType { name } } }"
        (_s, _h, content), answered = await _both(apps, _body(query=spy), token)
        assert not answered
        assert b"INTROSPECTION_DISABLED" in content and b'"data":null' in content
