"""The Dashboard's one statement reads what the dataloaders' three statements read."""

from __future__ import annotations

import contextlib

import pytest

from domain.enums import InteractionType
from domain.errors import DomainError
from domain.paging import PageRequest
from domain.principal import Principal
from graph.services import Services
from tests.factories import client_id, new_child, new_conversation, new_device, new_parent

LINES = [
    "Hi teddy! Can you tell me a story about a dragon?",
    "my phone number is 555 123 4567 and I live at 12 Oak Street",
    "you stupid idiot, I will punch you and give me your address",
    "I want to kill myself",
]


async def _parent(services: Services) -> Principal:
    """Three children: one with 7 conversations (one empty, one long, one archived), one with
    a single conversation, one with none."""
    parent = new_parent()
    busy = await new_child(services, parent, name="Mia", age=5)
    quiet = await new_child(services, parent, name="Ida", age=9)
    await new_child(services, parent, name="Leo", age=12)
    for child, count in ((busy, 7), (quiet, 1)):
        device, _ = await new_device(services, parent, child)
        for n in range(count):
            conversation = await new_conversation(services, device, InteractionType.STORY)
            for line in (LINES * 3 if n == 2 else LINES[: n % 4])[: 1 + n * 3]:
                with contextlib.suppress(DomainError):
                    await services.conversations.send_child_message(
                        device,
                        conversation_id=conversation.id,
                        content=line,
                        client_message_id=client_id(),
                    )
            if n == 4:
                await services.conversations.archive(parent, conversation.id)
    return parent


async def _three_statements(
    services: Services, parent: str, first: int, last: int
) -> tuple[list, dict, dict]:
    repositories = services.repositories
    conversation_request: PageRequest = PageRequest(limit=first)
    message_request: PageRequest[int] = PageRequest(limit=last, forward=False)
    children = (await repositories.children.children_of([parent])).get(parent, [])
    pages = await repositories.conversations.pages_for_children(
        [c.id for c in children], conversation_request
    )
    paged = [c.id for child in children for c in pages[child.id].items]
    messages = (
        await repositories.messages.pages_for_conversations(paged, message_request) if paged else {}
    )
    return children, pages, messages


@pytest.mark.parametrize(("first", "last"), [(10, 20), (0, 20), (1, 1), (3, 0), (6, 2), (100, 100)])
async def test_one_statement_reads_what_three_read(
    services: Services, first: int, last: int
) -> None:
    parent = await _parent(services)
    read = await services.repositories.dashboard.read(
        parent.subject, PageRequest(limit=first), PageRequest(limit=last, forward=False)
    )
    children, pages, messages = await _three_statements(services, parent.subject, first, last)
    assert [c.display_name for c in read.children] == ["Mia", "Ida", "Leo"]
    assert read.children == children
    assert read.conversations == pages
    assert read.messages == messages
    assert list(read.messages) == list(messages)
    lengths = sorted(len(p.items) for p in read.messages.values())
    if first >= 7:
        assert len(lengths) == 8 and lengths[0] == 0
        assert lengths[-1] == min(last, 14), lengths


async def test_a_parent_without_children_reads_nothing(services: Services) -> None:
    read = await services.repositories.dashboard.read(
        new_parent().subject, PageRequest(limit=10), PageRequest(limit=20, forward=False)
    )
    assert (read.children, read.conversations, read.messages) == ([], {}, {})


async def test_another_parents_children_are_not_read(services: Services) -> None:
    mine, theirs = await _parent(services), await _parent(services)
    read = await services.repositories.dashboard.read(
        mine.subject, PageRequest(limit=10), PageRequest(limit=20, forward=False)
    )
    assert {c.parent_id for c in read.children} == {mine.subject}
    assert theirs.subject != mine.subject


async def test_only_first_pages_are_read(services: Services) -> None:
    dashboard = services.repositories.dashboard
    with pytest.raises(ValueError):
        await dashboard.read("p", PageRequest(limit=10, forward=False), PageRequest(limit=20))
    with pytest.raises(ValueError):
        await dashboard.read(
            "p", PageRequest(limit=10), PageRequest(limit=20, forward=False, before=5)
        )
