"""A parent's Dashboard in one statement: the children, each child's first page of
conversations and each of those conversations' last messages.

The dataloaders read the same in three statements, one level at a time (children, then
`PgConversationRepository.pages_for_children`, then `PgMessageRepository.
pages_for_conversations`), and each round trip to PostgreSQL costs the service a write, a
wake-up and the driver's bookkeeping. Here the three reads are parts of one `UNION ALL`: every
row carries the columns of all three tables, its own filled and the others typed NULLs
(`(NULL::child).id`), tagged with its part and its place (child, conversation, global
conversation position). The same orders, limits and row conversions as those three give the
same domain objects and pages (tests/persistence/test_dashboard_read.py compares them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.model import Child, Conversation, Message
from domain.paging import Page, PageRequest
from persistence.field_cipher import FieldCipher
from persistence.repositories.children import CHILD_COLUMNS
from persistence.repositories.message_records import messages_by_position
from persistence.repositories.records import fetch
from persistence.repositories.rows import (
    CONVERSATION_COLUMNS,
    MESSAGE_COLUMNS,
    child_from_row,
    conversation_from_row,
)
from persistence.tables import ChildTable

ConversationKey = tuple[datetime, UUID]


def _names(columns: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in columns.split(","))


_TABLES = (
    ("child", "kids", _names(CHILD_COLUMNS)),
    ("conversation", "convs", _names(CONVERSATION_COLUMNS)),
    ("message", "m", _names(MESSAGE_COLUMNS)),
)
_PLACE = 4
"""Leading columns of every row: part, child position, conversation position in the child's
page, conversation position among all paged conversations."""
_CHILD_AT = _PLACE
_CONVERSATION_AT = _CHILD_AT + len(_TABLES[0][2])
_MESSAGE_AT = _CONVERSATION_AT + len(_TABLES[1][2])
_CHILD_VALUES = slice(_CHILD_AT, _CONVERSATION_AT)
_CONVERSATION_VALUES = slice(_CONVERSATION_AT, _MESSAGE_AT)


def _columns(own: str) -> str:
    parts: list[str] = []
    for table, alias, names in _TABLES:
        if table == own:
            parts += [f"{alias}.{name}" for name in names]
        else:
            parts += [f"(NULL::{table}).{name}" for name in names]
    return ", ".join(parts)


_STATEMENT = (
    "WITH kids AS MATERIALIZED ("
    " SELECT ch.*, row_number() OVER (ORDER BY ch.created_at, ch.id) AS k"
    " FROM child ch WHERE ch.parent_id = $1"
    "), convs AS MATERIALIZED ("
    " SELECT c.*, kids.k,"
    " row_number() OVER (PARTITION BY kids.k ORDER BY c.started_at DESC, c.id DESC) AS n"
    " FROM kids CROSS JOIN LATERAL ("
    " SELECT * FROM conversation c WHERE c.child_id = kids.id"
    " ORDER BY c.started_at DESC, c.id DESC LIMIT $2) c"
    "), paged AS MATERIALIZED ("
    " SELECT convs.id, convs.k, convs.n, row_number() OVER (ORDER BY convs.k, convs.n) AS g"
    " FROM convs WHERE convs.n <= $3"
    ") "
    f"SELECT 0 AS part, kids.k, 0::bigint AS n, 0::bigint AS g, {_columns('child')} FROM kids "
    "UNION ALL "
    f"SELECT 1, convs.k, convs.n, 0::bigint, {_columns('conversation')} FROM convs "
    "UNION ALL "
    f"SELECT 2, p.k, p.n, p.g, {_columns('message')} FROM paged p CROSS JOIN LATERAL ("
    " SELECT * FROM message m WHERE m.conversation_id = p.id ORDER BY m.seq DESC LIMIT $4) m "
    "ORDER BY 1, 2, 3, seq DESC"
)


@dataclass(frozen=True, slots=True)
class DashboardRead:
    children: list[Child]
    """The parent's children, oldest first (as `PgChildRepository.children_of`)."""
    conversations: dict[UUID, Page[Conversation]]
    """Child id -> its page (as `PgConversationRepository.pages_for_children`)."""
    messages: dict[UUID, Page[Message]]
    """Conversation id (of every conversation in those pages) -> its page of messages (as
    `PgMessageRepository.pages_for_conversations`)."""


class PgDashboardRepository:
    def __init__(self, cipher: FieldCipher) -> None:
        self._cipher = cipher

    async def read(
        self,
        parent_id: str,
        conversations: PageRequest[ConversationKey],
        messages: PageRequest[int],
    ) -> DashboardRead:
        """Conversations newest first, `conversations.limit` of them (forward, no cursor);
        messages by sequence from the end (`last`, no cursor)."""
        if not conversations.forward or messages.forward:
            raise ValueError("the dashboard pages conversations forward and messages backward")
        if any(
            cursor is not None
            for cursor in (conversations.after, conversations.before, messages.after)
        ) or (messages.before is not None):
            raise ValueError("the dashboard reads first pages, without cursors")
        rows = await fetch(
            ChildTable,
            _STATEMENT,
            parent_id,
            conversations.limit + 1,
            conversations.limit,
            messages.limit + 1,
        )
        cipher = self._cipher
        children: list[Child] = []
        fetched: list[list[Conversation]] = []
        message_rows: list[Sequence[Any]] = []
        child_names, names = _TABLES[0][2], _TABLES[1][2]
        for row in rows:
            part = row[0]
            if part == 2:
                message_rows.append((row[3], *row[_MESSAGE_AT:]))
            elif part == 1:
                values = dict(zip(names, row[_CONVERSATION_VALUES], strict=True))
                fetched[row[1] - 1].append(conversation_from_row(values, cipher))
            else:
                values = dict(zip(child_names, row[_CHILD_VALUES], strict=True))
                children.append(child_from_row(values, cipher))
                fetched.append([])
        pages = {
            child.id: Page.from_overfetch(found, conversations)
            for child, found in zip(children, fetched, strict=True)
        }
        paged = [c for child in children for c in pages[child.id].items]
        grouped = messages_by_position(message_rows, cipher, len(paged))
        return DashboardRead(
            children,
            pages,
            {
                conversation.id: Page.from_overfetch(found, messages)
                for conversation, found in zip(paged, grouped, strict=True)
            },
        )
