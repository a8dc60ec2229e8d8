"""Mapping between database rows and domain records, shared by the repositories."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from domain.enums import (
    ConversationStatus,
    InteractionType,
    MessageRole,
    SafetyCategory,
    SafetyLevel,
)
from domain.model import Child, Conversation, Device, Message, MessageSafety
from persistence.field_cipher import FieldCipher

# Column contexts bound into each sealed value, so a value cannot be moved to another column.
MESSAGE_CONTENT = "message.content"
CHILD_NAME = "child.display_name"
RESPONDER_STATE = "conversation.responder_state"


def load_json(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if isinstance(value, (bytes, str)):
        loaded = orjson.loads(value)
        return loaded if isinstance(loaded, dict) else {}
    return dict(value)


def dump_json(value: Mapping[str, Any]) -> str:
    return orjson.dumps(value).decode()


def seal_json(cipher: FieldCipher, value: Mapping[str, Any], context: str) -> str:
    """A JSON document sealed into a JSON string, for jsonb columns that may hold child words."""
    return orjson.dumps(cipher.seal(dump_json(value), context=context)).decode()


def open_json(cipher: FieldCipher, value: Any, context: str) -> dict[str, Any]:
    loaded = orjson.loads(value) if isinstance(value, (bytes, str)) else value
    if isinstance(loaded, str):
        return load_json(cipher.open(loaded, context=context))
    return load_json(loaded)


def child_from_row(row: Mapping[str, Any], cipher: FieldCipher) -> Child:
    return Child(
        id=row["id"],
        parent_id=row["parent_id"],
        display_name=cipher.open(row["display_name"], context=CHILD_NAME),
        age=row["age"],
        consent_at=row["consent_at"],
        consent_method=row["consent_method"],
        created_at=row["created_at"],
        retention_days=row.get("retention_days", 90),
    )


def device_from_row(row: Mapping[str, Any]) -> Device:
    return Device(
        id=row["id"],
        child_id=row["child_id"],
        name=row["name"],
        paired_at=row["paired_at"],
        revoked_at=row["revoked_at"],
    )


CONVERSATION_COLUMNS = (
    "id, child_id, device_id, interaction_type, status, started_at, ended_at, "
    "message_count, risk, responder_state, metadata"
)


def conversation_from_row(row: Mapping[str, Any], cipher: FieldCipher) -> Conversation:
    return Conversation(
        id=row["id"],
        child_id=row["child_id"],
        device_id=row["device_id"],
        interaction_type=InteractionType(row["interaction_type"]),
        status=ConversationStatus(row["status"]),
        started_at=row["started_at"],
        ended_at=row["ended_at"],
        message_count=row["message_count"],
        risk=load_json(row["risk"]),
        responder_state=open_json(cipher, row["responder_state"], RESPONDER_STATE),
        metadata=load_json(row["metadata"]),
    )


MESSAGE_COLUMNS = (
    "id, conversation_id, seq, role, content, client_message_id, safety_level, safety_score, "
    "safety_categories, engine_version, reply_to_id, replaced, created_at"
)


_ROLES = {member.value: member for member in MessageRole}
_LEVELS = {member.value: member for member in SafetyLevel}
_CATEGORIES = {member.value: member for member in SafetyCategory}
"""Stored value -> member: a dict look-up instead of the enum call (a Dashboard maps 200
messages). An unknown value still goes through the enum, which raises as before."""


def _categories(values: Any) -> tuple[SafetyCategory, ...]:
    if not values:
        return ()
    return tuple(_CATEGORIES.get(c) or SafetyCategory(c) for c in values)


def message_from_row(row: Mapping[str, Any], cipher: FieldCipher) -> Message:
    role, level = row["role"], row["safety_level"]
    return Message(
        id=row["id"],
        conversation_id=row["conversation_id"],
        seq=row["seq"],
        role=_ROLES.get(role) or MessageRole(role),
        content=cipher.open(row["content"], context=MESSAGE_CONTENT),
        client_message_id=row["client_message_id"],
        safety=MessageSafety(
            level=_LEVELS.get(level) or SafetyLevel(level),
            score=row["safety_score"],
            categories=_categories(row["safety_categories"]),
            engine_version=row["engine_version"],
        ),
        created_at=row["created_at"],
        reply_to_id=row["reply_to_id"],
        replaced=row["replaced"],
    )


def message_values(message: Message, cipher: FieldCipher) -> tuple[Any, ...]:
    return (
        message.id,
        message.conversation_id,
        message.seq,
        message.role.value,
        cipher.seal(message.content, context=MESSAGE_CONTENT),
        message.client_message_id,
        message.safety.level.value,
        message.safety.score,
        [c.value for c in message.safety.categories],
        message.safety.engine_version,
        message.reply_to_id,
        message.replaced,
        message.created_at,
    )
