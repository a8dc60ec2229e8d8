"""Messages made straight from asyncpg records, by position, for the batched pages.

A parent's Dashboard maps 200 message rows. `rows.message_from_row` reads each column by
name, builds a `MessageSafety` per message and goes through the frozen dataclass's
`__init__`, which sets each of Message's ten fields through `object.__setattr__`. Here:

- the row is unpacked by position (the statement selects `MESSAGE_COLUMNS` in order);
- identical verdicts (level, score, categories, engine version) share one immutable
  `MessageSafety`: a conversation holds a handful of distinct ones;
- a `Message` is made by `object.__new__` and its slots' own setters (what a frozen
  dataclass's `__init__` does, without the generic `__setattr__` call per field).

Same values, same types, same checks (an unknown stored role, level or category still raises
from its enum) as `message_from_row`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from domain.enums import MessageRole, SafetyCategory, SafetyLevel
from domain.model import Message, MessageSafety
from persistence.field_cipher import FieldCipher
from persistence.repositories.rows import MESSAGE_COLUMNS, MESSAGE_CONTENT

_COLUMNS = tuple(name.strip() for name in MESSAGE_COLUMNS.split(","))
_ROLES = {member.value: member for member in MessageRole}
_LEVELS = {member.value: member for member in SafetyLevel}
_CATEGORIES = {member.value: member for member in SafetyCategory}

SHARED_VERDICTS = 4096
_verdicts: dict[tuple[Any, ...], MessageSafety] = {}
"""(level, score, engine version, *categories) as stored -> the one MessageSafety for them;
emptied when full."""


def _slot_constructor(cls: type) -> Callable[..., Any]:
    """`cls(*fields)` for a frozen, slotted dataclass without defaults' side effects or
    `__post_init__`: the new object's slots set one by one, in field order."""
    names = [f.name for f in dataclasses.fields(cls)]
    if "__post_init__" in vars(cls) or tuple(names) != tuple(getattr(cls, "__slots__", ())):
        raise TypeError(f"{cls.__name__} is not a plain slotted dataclass")
    setters = [vars(cls)[name].__set__ for name in names]
    arguments = ", ".join(f"v{i}" for i in range(len(names)))
    lines = [f"def make({arguments}):", "    made = new(cls)"]
    lines += [f"    set{i}(made, v{i})" for i in range(len(names))]
    lines.append("    return made")
    scope: dict[str, Any] = {"new": object.__new__, "cls": cls}
    scope.update({f"set{i}": setter for i, setter in enumerate(setters)})
    exec("\n".join(lines), scope)  # noqa: S102 - generated from the dataclass's own fields
    make: Callable[..., Any] = scope["make"]
    return make


_new_message = _slot_constructor(Message)


def _verdict(level: str, score: float, categories: Sequence[str] | None, engine: str) -> Any:
    key = (level, score, engine, *(categories or ()))
    found = _verdicts.get(key)
    if found is None:
        found = MessageSafety(
            level=_LEVELS.get(level) or SafetyLevel(level),
            score=score,
            categories=tuple(_CATEGORIES.get(c) or SafetyCategory(c) for c in categories or ()),
            engine_version=engine,
        )
        if len(_verdicts) >= SHARED_VERDICTS:
            _verdicts.clear()
        _verdicts[key] = found
    return found


def messages_by_position(
    rows: Iterable[Sequence[Any]], cipher: FieldCipher, slots: int
) -> list[list[Message]]:
    """Rows of `(ord, *MESSAGE_COLUMNS)` -> messages grouped by `ord` (1-based, < slots)."""
    grouped: list[list[Message]] = [[] for _ in range(slots)]
    opener = cipher.opener(MESSAGE_CONTENT)
    roles = _ROLES
    for (
        ord_,
        id_,
        conversation_id,
        seq,
        role,
        content,
        client_message_id,
        level,
        score,
        categories,
        engine_version,
        reply_to_id,
        replaced,
        created_at,
    ) in rows:
        grouped[ord_ - 1].append(
            _new_message(
                id_,
                conversation_id,
                seq,
                roles.get(role) or MessageRole(role),
                opener(content),
                client_message_id,
                _verdict(level, score, categories, engine_version),
                created_at,
                reply_to_id,
                replaced,
            )
        )
    return grouped


if _COLUMNS != (
    "id",
    "conversation_id",
    "seq",
    "role",
    "content",
    "client_message_id",
    "safety_level",
    "safety_score",
    "safety_categories",
    "engine_version",
    "reply_to_id",
    "replaced",
    "created_at",
):
    raise RuntimeError("messages_by_position unpacks MESSAGE_COLUMNS in another order")
