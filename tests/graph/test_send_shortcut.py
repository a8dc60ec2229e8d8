"""The `sendMessage` shortcut answers exactly as the generic GraphQL path, over HTTP (ASGI),
on the real PostgreSQL and Redis: the same status, the same JSON, the same error codes.

Two apps share one runtime: `fast` as served, `generic` with the shortcut switched off. A
message the shortcut sends is sent again (same clientMessageId) through the generic path,
which replays the stored exchange: both answers must be equal. Errors are compared request
for request (the trace id, new per request, aside)."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from graph.app import create_app
from graph.ids import global_id
from graph.runtime import Runtime
from graph.schema import schema
from graph.send_shortcut import build_plan
from graph.services import Services
from graph.settings import Profile
from tests.factories import new_child, new_conversation, new_device, new_parent, rewired
from tests.graph.contract import contract_document

SEND = contract_document("device")
"""The toy's own document (all three operations), sent with operationName SendMessage."""

WITH_EXTRAS = """
mutation Send($c: ID!, $t: String!, $m: String!) {
  sent: sendMessage(input: { clientMessageId: $m, content: $t, conversationId: $c }) {
    __typename replayed
    reply { id sequence replaced safety { level engineVersion } }
    childMessage { createdAt role content id }
  }
}"""


@dataclasses.dataclass
class Apps:
    fast: httpx.AsyncClient
    generic: httpx.AsyncClient
    fast_app: FastAPI


async def _clients(runtime: Runtime) -> AsyncIterator[Apps]:
    fast_app, generic_app = create_app(runtime), create_app(runtime)
    generic_app.state.graphql.send_shortcut = None
    fast = httpx.AsyncClient(transport=httpx.ASGITransport(app=fast_app), base_url="http://t")
    generic = httpx.AsyncClient(transport=httpx.ASGITransport(app=generic_app), base_url="http://t")
    async with fast, generic:
        yield Apps(fast, generic, fast_app)


@pytest.fixture
async def apps(runtime: Runtime) -> AsyncIterator[Apps]:
    async for found in _clients(runtime):
        yield found


async def _device(services: Services) -> tuple[str, str]:
    """(device token, conversation global id) of a new family."""
    parent = new_parent()
    child = await new_child(services, parent, age=6)
    device, token = await new_device(services, parent, child)
    conversation = await new_conversation(services, device)
    return token, global_id("Conversation", conversation.id)


async def _post(
    client: httpx.AsyncClient, body: dict[str, Any], token: str | None
) -> tuple[int, str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await client.post("/graphql", json=body, headers=headers)
    answer = response.json()
    for error in answer.get("errors") or ():
        assert error["extensions"]["traceId"] == response.headers["x-trace-id"]
        error["extensions"]["traceId"] = "-"
    return response.status_code, response.headers["content-type"], answer


def _send(conversation: str, content: str, message_id: str) -> dict[str, Any]:
    return {
        "query": SEND,
        "operationName": "SendMessage",
        "variables": {
            "conversationId": conversation,
            "content": content,
            "clientMessageId": message_id,
        },
    }


def _answered(apps: Apps) -> int:
    return int(apps.fast_app.state.graphql.send_shortcut.answered)


CONTENTS = [
    "Hi teddy! Can you tell me a story about a dragon?",
    "I feel sad today, nobody played with me",
    "my phone number is 555 123 4567 and I live at 12 Oak Street",
    "you are stupid and I hate you",
]


@pytest.mark.parametrize("content", CONTENTS)
async def test_a_send_through_the_shortcut_equals_the_generic_replay(
    apps: Apps, services: Services, content: str
) -> None:
    token, conversation = await _device(services)
    body = _send(conversation, content, f"m-{uuid.uuid4()}")
    before = _answered(apps)
    fast = await _post(apps.fast, body, token)
    assert _answered(apps) == before + 1, "the shortcut answered"
    assert fast[0] == 200 and "errors" not in fast[2]
    assert fast[2]["data"]["sendMessage"]["reply"]["role"] == "TEDDY"
    assert await _post(apps.generic, body, token) == fast


async def test_a_generic_send_replays_equal_through_the_shortcut(
    apps: Apps, services: Services
) -> None:
    token, conversation = await _device(services)
    body = _send(conversation, "What do bears eat?", f"m-{uuid.uuid4()}")
    generic = await _post(apps.generic, body, token)
    before = _answered(apps)
    assert await _post(apps.fast, body, token) == generic
    assert _answered(apps) == before + 1


async def test_another_selection_with_aliases_is_answered_alike(
    apps: Apps, services: Services
) -> None:
    token, conversation = await _device(services)
    body = {
        "query": WITH_EXTRAS,
        "variables": {"c": conversation, "t": "Let's play a game!", "m": f"m-{uuid.uuid4()}"},
    }
    before = _answered(apps)
    fast = await _post(apps.fast, body, token)
    assert _answered(apps) == before + 1
    assert fast[2]["data"]["sent"]["__typename"] == "SendMessagePayload"
    generic = await _post(apps.generic, body, token)
    assert generic[2]["data"]["sent"].pop("replayed") is True
    assert fast[2]["data"]["sent"].pop("replayed") is False
    assert generic == fast


def _errors_alike(fast: tuple[int, str, Any], generic: tuple[int, str, Any], code: str) -> None:
    assert fast == generic
    assert fast[2]["data"] is None
    assert [e["extensions"]["code"] for e in fast[2]["errors"]] == [code]


@pytest.mark.parametrize(
    ("conversation", "content", "code"),
    [
        (None, "", "VALIDATION_ERROR"),
        (None, "x" * 5_000, "VALIDATION_ERROR"),
        ("not-a-global-id", "hello", "VALIDATION_ERROR"),
        (global_id("Conversation", uuid.uuid4()), "hello", "CONVERSATION_NOT_FOUND"),
    ],
)
async def test_refusals_are_answered_alike(
    apps: Apps, services: Services, conversation: str | None, content: str, code: str
) -> None:
    token, own = await _device(services)
    body = _send(conversation or own, content, f"m-{uuid.uuid4()}")
    _errors_alike(await _post(apps.fast, body, token), await _post(apps.generic, body, token), code)


async def test_unauthenticated_callers_are_answered_alike(apps: Apps, services: Services) -> None:
    _, conversation = await _device(services)
    body = _send(conversation, "hello", f"m-{uuid.uuid4()}")
    bad = "tdy_" + "0" * 40
    _errors_alike(
        await _post(apps.fast, body, bad), await _post(apps.generic, body, bad), "UNAUTHENTICATED"
    )


async def test_rate_limited_sends_are_answered_alike(runtime: Runtime, services: Services) -> None:
    policy = dataclasses.replace(services.policy, rate_limit_per_child=1)
    limited = Runtime(
        runtime.settings,
        runtime.database_url,
        runtime.redis_url,
        services=rewired(services, policy=policy),
    )
    async for apps in _clients(limited):
        token, conversation = await _device(services)
        first = await _post(apps.fast, _send(conversation, "hi", f"m-{uuid.uuid4()}"), token)
        assert "errors" not in first[2]
        again = _send(conversation, "hi again", f"m-{uuid.uuid4()}")
        fast = await _post(apps.fast, again, token)
        generic = await _post(apps.generic, again, token)
        waits = []
        for answer in (fast, generic):
            details = answer[2]["errors"][0]["extensions"]["details"]
            waits.append(details.pop("retryAfterSeconds"))
        assert all(50 < wait <= 60 for wait in waits), "a minute's window, seconds apart"
        _errors_alike(fast, generic, "RATE_LIMITED")


@pytest.mark.parametrize(
    "query",
    [
        # a directive, a fragment, a literal argument, another root field beside it
        "mutation($c: ID!, $t: String!, $m: String!) { sendMessage(input: {conversationId: $c,"
        " content: $t, clientMessageId: $m}) { reply @include(if: true) { id } } }",
        "mutation($c: ID!, $t: String!, $m: String!) { sendMessage(input: {conversationId: $c,"
        " content: $t, clientMessageId: $m}) { ...P } } fragment P on SendMessagePayload"
        " { replayed }",
        'mutation($c: ID!, $m: String!) { sendMessage(input: {conversationId: $c, content: "hi",'
        " clientMessageId: $m}) { replayed } }",
        "mutation($c: ID!, $t: String!, $m: String!) { sendMessage(input: {conversationId: $c,"
        " content: $t, clientMessageId: $m}) { replayed } __typename }",
        "mutation($c: ID!, $t: String!, $m: String!) { sendMessage(input: {conversationId: $c,"
        " content: $t, clientMessageId: $m}) { nope } }",
    ],
)
def test_other_documents_are_left_to_the_generic_path(query: str) -> None:
    assert build_plan(schema._schema, query, None) is None


async def test_a_directive_document_is_answered_by_the_generic_path(
    apps: Apps, services: Services
) -> None:
    token, conversation = await _device(services)
    query = (
        "mutation($c: ID!, $t: String!, $m: String!) { sendMessage(input: {conversationId: $c,"
        " content: $t, clientMessageId: $m}) { reply @include(if: true) { role } } }"
    )
    body = {"query": query, "variables": {"c": conversation, "t": "hi", "m": "m-1"}}
    before = _answered(apps)
    status, _, answer = await _post(apps.fast, body, token)
    assert _answered(apps) == before
    assert status == 200 and answer == {"data": {"sendMessage": {"reply": {"role": "TEDDY"}}}}


async def test_variables_of_another_type_are_left_to_the_generic_path(
    apps: Apps, services: Services
) -> None:
    token, conversation = await _device(services)
    body = _send(conversation, "hi", "m-2")
    body["variables"]["content"] = 42
    before = _answered(apps)
    fast = await _post(apps.fast, body, token)
    assert _answered(apps) == before
    assert fast == await _post(apps.generic, body, token)
    assert fast[2]["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_introspection_beside_the_send_is_refused_in_production(
    runtime: Runtime, services: Services
) -> None:
    """Production validates the whole document without introspection: a `__schema`
    operation beside SendMessage makes the request INTROSPECTION_DISABLED there, and nothing
    is sent."""
    settings = runtime.settings.model_copy(update={"env": Profile.PRODUCTION})
    served = Runtime(settings, runtime.database_url, runtime.redis_url, services=runtime.services)
    async for apps in _clients(served):
        token, conversation = await _device(services)
        body = _send(conversation, "What do bears eat?", f"m-{uuid.uuid4()}")
        body["query"] += "\nquery Spy { __schema { queryType { name } } }"
        before = _answered(apps)
        status, _type, answer = await _post(apps.fast, body, token)
        assert _answered(apps) == before, "the shortcut sent it"
        assert answer["data"] is None, answer
        assert answer["errors"][0]["extensions"]["code"] == "INTROSPECTION_DISABLED"
        assert (status, _type, answer) == await _post(apps.generic, body, token)
