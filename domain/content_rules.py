"""Validation of what callers send: each failure names its field."""

from __future__ import annotations

import unicodedata

from domain.errors import ValidationFailed

MAX_MESSAGE_CHARS = 1000
MAX_DISPLAY_NAME_CHARS = 50
MAX_DEVICE_NAME_CHARS = 80
MAX_CLIENT_MESSAGE_ID_CHARS = 100
MIN_CHILD_AGE = 3
MAX_CHILD_AGE = 13
_ALLOWED_CONTROLS = {"\n", "\t"}


def _has_control_characters(text: str) -> bool:
    return any(
        unicodedata.category(ch) in ("Cc", "Cs") and ch not in _ALLOWED_CONTROLS for ch in text
    )


def clean_text(field: str, value: str, *, max_chars: int) -> str:
    """Trim and check a free-text field: 1..max_chars characters, no control characters."""
    text = value.strip()
    if not text:
        raise ValidationFailed(field, "must not be empty")
    if len(text) > max_chars:
        raise ValidationFailed(
            field, f"must be at most {max_chars} characters", maxLength=max_chars, length=len(text)
        )
    if _has_control_characters(text):
        raise ValidationFailed(field, "must not contain control characters")
    return text


def message_content(value: str) -> str:
    return clean_text("content", value, max_chars=MAX_MESSAGE_CHARS)


def client_message_id(value: str) -> str:
    text = value.strip()
    if not text or len(text) > MAX_CLIENT_MESSAGE_ID_CHARS or not text.isprintable():
        raise ValidationFailed(
            "clientMessageId",
            f"must be 1 to {MAX_CLIENT_MESSAGE_ID_CHARS} printable characters",
        )
    return text


def child_age(value: int) -> int:
    if not MIN_CHILD_AGE <= value <= MAX_CHILD_AGE:
        raise ValidationFailed(
            "age",
            f"must be between {MIN_CHILD_AGE} and {MAX_CHILD_AGE}",
            min=MIN_CHILD_AGE,
            max=MAX_CHILD_AGE,
        )
    return value
