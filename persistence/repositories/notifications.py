"""Parent notifications."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.notifications_model import Notification, NotificationKind
from domain.paging import Page, PageRequest
from persistence.field_cipher import FieldCipher
from persistence.tables import NotificationTable

COLUMNS = "id, seq, parent_id, child_id, incident_id, kind, title, body, created_at, read_at"


# Titles and bodies name the child, so they are sealed like other child data.
TITLE = "notification.title"
BODY = "notification.body"


def notification_from_row(row: Mapping[str, Any], cipher: FieldCipher) -> Notification:
    return Notification(
        id=row["id"],
        seq=row["seq"],
        parent_id=row["parent_id"],
        child_id=row["child_id"],
        incident_id=row["incident_id"],
        kind=NotificationKind(row["kind"]),
        title=cipher.open(row["title"], context=TITLE),
        body=cipher.open(row["body"], context=BODY),
        created_at=row["created_at"],
        read_at=row["read_at"],
    )


class PgNotificationRepository:
    def __init__(self, cipher: FieldCipher) -> None:
        self._cipher = cipher

    async def add(self, notification: Notification) -> Notification:
        rows = await NotificationTable.raw(
            "INSERT INTO notification (id, parent_id, child_id, incident_id, kind, title, body, "
            "created_at) VALUES ({}, {}, {}, {}, {}, {}, {}, {}) "
            f"RETURNING {COLUMNS}",
            notification.id,
            notification.parent_id,
            notification.child_id,
            notification.incident_id,
            notification.kind.value,
            self._cipher.seal(notification.title, context=TITLE),
            self._cipher.seal(notification.body, context=BODY),
            notification.created_at,
        )
        return notification_from_row(rows[0], self._cipher)

    async def get_many(self, ids: Sequence[UUID]) -> dict[UUID, Notification]:
        rows = await NotificationTable.raw(
            f"SELECT {COLUMNS} FROM notification WHERE id = ANY({{}})", list(ids)
        )
        return {row["id"]: notification_from_row(row, self._cipher) for row in rows}

    async def page_for_parent(
        self, parent_id: str, request: PageRequest[int]
    ) -> Page[Notification]:
        conditions = ["parent_id = {}"]
        args: list[Any] = [parent_id]
        if request.after is not None:
            conditions.append("seq < {}")
            args.append(request.after)
        if request.before is not None:
            conditions.append("seq > {}")
            args.append(request.before)
        order = "DESC" if request.forward else "ASC"
        args.append(request.limit + 1)
        rows = await NotificationTable.raw(
            f"SELECT {COLUMNS} FROM notification WHERE {' AND '.join(conditions)} "
            f"ORDER BY seq {order} LIMIT {{}}",
            *args,
        )
        return Page.from_overfetch(
            [notification_from_row(row, self._cipher) for row in rows], request
        )

    async def after(self, parent_id: str, seq: int, limit: int) -> list[Notification]:
        rows = await NotificationTable.raw(
            f"SELECT {COLUMNS} FROM notification WHERE parent_id = {{}} AND seq > {{}} "
            "ORDER BY seq LIMIT {}",
            parent_id,
            seq,
            limit,
        )
        return [notification_from_row(row, self._cipher) for row in rows]

    async def max_seq(self, parent_id: str) -> int:
        rows = await NotificationTable.raw(
            "SELECT coalesce(max(seq), 0) AS seq FROM notification WHERE parent_id = {}",
            parent_id,
        )
        return int(rows[0]["seq"])

    async def mark_read(self, parent_id: str, ids: Sequence[UUID], at: datetime) -> int:
        rows = await NotificationTable.raw(
            "UPDATE notification SET read_at = {} WHERE parent_id = {} AND id = ANY({}) "
            "AND read_at IS NULL RETURNING id",
            at,
            parent_id,
            list(ids),
        )
        return len(rows)
