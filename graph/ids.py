"""Relay global IDs and cursors: opaque to clients, checked on the way in."""

from __future__ import annotations

import base64
import binascii
import functools
from datetime import datetime
from uuid import UUID

from strawberry import relay

from domain.errors import ValidationFailed


def global_id(type_name: str, node_id: object) -> str:
    return str(relay.GlobalID(type_name, str(node_id)))


def decode_uuid(field: str, value: str, type_name: str) -> UUID:
    """The UUID inside a global ID of the expected type, or VALIDATION_ERROR naming the field."""
    try:
        gid = relay.GlobalID.from_id(value)
        if gid.type_name != type_name:
            raise ValueError(gid.type_name)
        return UUID(gid.node_id)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise ValidationFailed(field, f"is not a valid {type_name} id") from None


def _b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode()


def _unb64(field: str, value: str) -> str:
    try:
        return base64.urlsafe_b64decode(value.encode()).decode()
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise ValidationFailed(field, "is not a valid cursor") from None


@functools.lru_cache(maxsize=4096)
def message_cursor(seq: int) -> str:
    """Sequence numbers are small and shared by every conversation: each cursor is made once
    (a Dashboard makes 200 of them)."""
    return _b64(f"m:{seq}")


def decode_message_cursor(field: str, value: str | None) -> int | None:
    if value is None:
        return None
    kind, _, seq = _unb64(field, value).partition(":")
    if kind != "m" or not seq.isdigit():
        raise ValidationFailed(field, "is not a valid message cursor")
    return int(seq)


def conversation_cursor(started_at: datetime, conversation_id: UUID) -> str:
    return _b64(f"c:{started_at.isoformat()}|{conversation_id}")


def decode_conversation_cursor(field: str, value: str | None) -> tuple[datetime, UUID] | None:
    if value is None:
        return None
    kind, _, rest = _unb64(field, value).partition(":")
    started, _, cid = rest.partition("|")
    try:
        if kind != "c":
            raise ValueError(kind)
        return datetime.fromisoformat(started), UUID(cid)
    except ValueError:
        raise ValidationFailed(field, "is not a valid conversation cursor") from None
