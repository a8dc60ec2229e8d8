"""The completion of one compiled object, generated as straight-line Python.

`graph/fast_execution.py` (with `graph/fast_fields.py` and `graph/fast_plans.py`) decides, from
the schema and the selection, how each selected field of an object is answered; this module
turns that list into one function per object and selection. A loop over entry tuples with a
branch per kind cost more than the reads it
drove: a Dashboard completes 200 messages of six fields each, plus their edges and safety.

The generated function does what the loop did, in the same order: it refuses (returns
`FALLBACK`) a source that is None, an exception, awaitable, or not the expected class; reads
each attribute (an exception while reading is a `FALLBACK`, graphql-core's path raises it
again where it belongs); completes the value; stops at the first `FALLBACK`; and answers a
dict in response-name order. Only attribute names that are Python identifiers are written
into the code, response names only as string literals.
"""

from __future__ import annotations

import functools
import keyword
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import CodeType
from typing import Any

from strawberry.types.cast import get_strawberry_type_cast

Complete = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class Entry:
    """One response key of a compiled object.

    With `attribute`, `complete` takes the attribute's value (a str is the answer as it is
    when `str_as_is`; None is `null_answer` without calling `complete` when `object_value`);
    without it, `complete` takes the source object itself."""

    response_name: str
    complete: Complete
    attribute: str | None = None
    str_as_is: bool = False
    object_value: bool = False
    null_answer: Any = None


@functools.lru_cache(maxsize=256)
def _code(source: str) -> CodeType:
    """Compiled once per distinct source: each request makes its plans again (they close
    over its selection), but the same selection generates the same text."""
    return compile(source, "<compiled object completion>", "exec")


def _readable(attribute: str) -> bool:
    return attribute.isidentifier() and not keyword.iskeyword(attribute)


def generate(
    entries: Sequence[Entry],
    *,
    origin: type | None,
    plain_object: Callable[[Any], bool],
    plain_classes: set[type],
    fallback: Any,
) -> Complete:
    """One object's completion: `plain_object(source)` vets a class not yet in
    `plain_classes`; `origin`, when given, is the only class accepted (and not a cast)."""
    namespace: dict[str, Any] = {
        "FALLBACK": fallback,
        "PLAIN_CLASSES": plain_classes,
        "plain_object": plain_object,
        "origin": origin,
        "strawberry_cast": get_strawberry_type_cast,
        "str": str,
    }
    lines = [
        "def complete(source):",
        "    if type(source) not in PLAIN_CLASSES and not plain_object(source):",
        "        return FALLBACK",
    ]
    if origin is not None:
        lines += [
            "    if type(source) is not origin or strawberry_cast(source) is not None:",
            "        return FALLBACK",
        ]
    answer: list[str] = []
    for index, entry in enumerate(entries):
        value, complete = f"v{index}", f"complete{index}"
        namespace[complete] = entry.complete
        if entry.attribute is None:
            lines.append(f"    {value} = {complete}(source)")
        else:
            read = (
                f"source.{entry.attribute}"
                if _readable(entry.attribute)
                else f"getattr(source, {entry.attribute!r})"
            )
            lines += [
                "    try:",
                f"        {value} = {read}",
                "    except Exception:",
                "        return FALLBACK",
            ]
            if entry.object_value:
                null = f"null{index}"
                namespace[null] = entry.null_answer
                lines += [
                    f"    {value} = {null} if {value} is None else {complete}({value})",
                ]
            elif entry.str_as_is:
                lines += [
                    f"    if type({value}) is not str:",
                    f"        {value} = {complete}({value})",
                ]
            else:
                lines.append(f"    {value} = {complete}({value})")
        lines += [f"    if {value} is FALLBACK:", "        return FALLBACK"]
        answer.append(f"{entry.response_name!r}: {value}")
    lines.append("    return {" + ", ".join(answer) + "}")
    exec(_code("\n".join(lines)), namespace)  # noqa: S102 - generated from schema names, see the module docstring
    completion: Complete = namespace["complete"]
    return completion
