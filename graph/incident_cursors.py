"""Opaque cursors of incidents and notifications (their database seq), checked on the way in."""

from __future__ import annotations

import base64
import binascii

from domain.errors import ValidationFailed


def _encode(kind: str, seq: int) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{seq}".encode()).decode()


def _decode(kind: str, field: str, value: str | None) -> int | None:
    if value is None:
        return None
    try:
        found, _, seq = base64.urlsafe_b64decode(value.encode()).decode().partition(":")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise ValidationFailed(field, "is not a valid cursor") from None
    if found != kind or not seq.isdigit():
        raise ValidationFailed(
            field, f"is not a valid {'incident' if kind == 'i' else 'notification'} cursor"
        )
    return int(seq)


def incident_cursor(seq: int) -> str:
    return _encode("i", seq)


def decode_incident_cursor(field: str, value: str | None) -> int | None:
    return _decode("i", field, value)


def notification_cursor(seq: int) -> str:
    return _encode("n", seq)


def decode_notification_cursor(field: str, value: str | None) -> int | None:
    return _decode("n", field, value)
