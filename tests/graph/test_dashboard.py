"""The parent Dashboard runs a constant number of SQL statements, however much it shows."""

from __future__ import annotations

import asyncio
import contextvars
import gc
import uuid
import weakref

from domain.paging import PageRequest
from domain.principal import Principal
from graph.context import Context
from graph.schema import schema
from graph.services import Services
from graph.types.message import Message, SafetyAssessment
from tests.conftest import GraphQLClient
from tests.factories import (
    client_id,
    new_child,
    new_conversation,
    new_device,
    new_family,
    new_parent,
)
from tests.graph.contract import contract_document
from tests.graph.test_contract import _single_operation


async def _family_with(services: Services, conversations: int, messages: int) -> Principal:
    parent = new_parent()
    for name in ("Mia", "Leo"):
        child = await new_child(services, parent, name=name)
        device, _ = await new_device(services, parent, child)
        for _ in range(conversations):
            conversation = await new_conversation(services, device)
            for n in range(messages // 2):
                await services.conversations.send_child_message(
                    device,
                    conversation_id=conversation.id,
                    content=f"I like number {n}",
                    client_message_id=client_id(),
                )
    return parent


_DASHBOARD_RUNNING: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "dashboard_running", default=False
)


async def _statements_for_dashboard(
    gql: GraphQLClient, services: Services, parent: Principal
) -> tuple[int, dict]:
    """The statements the Dashboard itself sends. The service's background tasks (the outbox
    relay woken by the sends just made, periodic jobs) may run statements meanwhile: asyncpg
    calls the statement log from `call_soon`, in a copy of the context that sent the
    statement, so only those sent under the dashboard's context are counted."""
    assert contract_document("parent")
    query = _single_operation("parent", "Dashboard")
    counted: list[str] = []

    def count(verb: str, _elapsed: float) -> None:
        if _DASHBOARD_RUNNING.get():
            counted.append(verb)

    services.database.statements.observe(count)
    running = _DASHBOARD_RUNNING.set(True)
    try:
        data = await gql.data(query, {"first": 10}, principal=parent)
        await asyncio.sleep(0)  # the log's callbacks for the last statements run now
    finally:
        _DASHBOARD_RUNNING.reset(running)
        services.database.statements.forget(count)
    return len(counted), data


async def test_dashboard_statement_count_does_not_grow_with_data(
    gql: GraphQLClient, services: Services
) -> None:
    small = await _family_with(services, conversations=1, messages=2)
    large = await _family_with(services, conversations=10, messages=20)

    small_count, _ = await _statements_for_dashboard(gql, services, small)
    large_count, data = await _statements_for_dashboard(gql, services, large)

    children = data["me"]["children"]
    assert len(children) == 2
    for child in children:
        edges = child["conversations"]["edges"]
        assert len(edges) == 10
        assert all(len(e["node"]["messages"]["edges"]) == 20 for e in edges)
    assert large_count == small_count
    assert large_count <= 3, f"dashboard used {large_count} statements"


async def test_dashboard_leaves_no_reference_cycle(services: Services) -> None:
    """A request's context, loaders and records go as soon as the answer is made: none of
    them waits for the cyclic garbage collector (graph/fast_execution.py's helpers)."""
    parent = await _family_with(services, conversations=2, messages=4)
    query = _single_operation("parent", "Dashboard")
    gc.collect()
    gc.disable()
    try:
        context = Context(services=services, trace_id=uuid.uuid4().hex)
        context.caller = parent
        result = await schema.execute(query, variable_values={"first": 10}, context_value=context)
        assert result.errors is None
        assert len(result.data["me"]["children"]) == 2
        gone = weakref.ref(context.loaders)
        del context, result
        assert gone() is None
    finally:
        gc.enable()


async def test_message_pages_make_what_the_other_reads_make(services: Services) -> None:
    """The pages' records (made by position, verdicts shared) equal the ones made by name;
    and the graph's Message from one equals the one its constructor makes."""
    _parent, _child, device = await new_family(services)
    conversation = await new_conversation(services, device)
    for text in ("I like cats", "I like cats", "my phone is 555 1234"):
        await services.conversations.send_child_message(
            device, conversation_id=conversation.id, content=text, client_message_id=client_id()
        )
    messages = services.repositories.messages
    pages = await messages.pages_for_conversations([conversation.id], PageRequest(limit=10))
    paged = pages[conversation.id].items
    by_name = await messages.get_many([m.id for m in paged])
    assert len(paged) == 6
    assert paged == [by_name[m.id] for m in paged]
    for record in paged:
        made = Message.from_domain(record)
        expected = Message(
            id=str(record.id),
            sequence=record.seq,
            role=record.role,
            content=record.content,
            created_at=record.created_at,
            safety=SafetyAssessment(
                level=record.safety.level,
                score=record.safety.score,
                categories=list(record.safety.categories),
                engine_version=record.safety.engine_version,
            ),
            replaced=record.replaced,
            conversation_id=record.conversation_id,
        )
        assert made == expected
        assert vars(made) == vars(expected)
