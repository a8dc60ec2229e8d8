"""The fast completion path answers exactly what graphql-core's own path answers.

Each query runs twice on the same types: once through `FastExecutionContext`, once through
Strawberry's default execution context. Data and errors (message and path) must be equal,
for plain results and for every case the fast path hands back to graphql-core.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
import strawberry
from strawberry import relay
from strawberry.extensions import SchemaExtension

from graph.fast_execution import FastExecutionContext
from graph.operation_cache import CachedParse
from graph.schema import schema as service_schema


@strawberry.enum
class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


@strawberry.type
class Detail:
    level: Colour
    tags: list[Colour]
    note: str | None = None


@strawberry.type
class Item(relay.Node):
    id: relay.NodeID[str]
    name: str
    when: datetime
    detail: Detail
    extra: Detail | None = None


@strawberry.type
class Box:
    items: list[Item]
    first: Item
    count: int


class Wrong:
    """Not an Item: graphql-core refuses it where an Item is due (Item has is_type_of)."""

    id = "x"
    name = "wrong"
    when = datetime(2026, 1, 1, tzinfo=UTC)
    detail = Detail(level=Colour.RED, tags=[])


class ExplodingDetail:
    """Stands in for a Detail (which has no is_type_of); reading `note` raises."""

    level = Colour.RED
    tags = [Colour.BLUE]

    @property
    def note(self) -> str:
        raise ValueError("boom")


def _item(n: int, **changes: Any) -> Item:
    fields: dict[str, Any] = {
        "id": f"i{n}",
        "name": f"item {n}",
        "when": datetime(2026, 1, n + 1, 12, 0, tzinfo=UTC),
        "detail": Detail(level=Colour.BLUE, tags=[Colour.RED, Colour.BLUE]),
    }
    fields.update(changes)
    return Item(**fields)


BOXES: dict[str, Any] = {}


@strawberry.type
class Query:
    @strawberry.field
    def box(self, kind: str = "plain") -> Box:
        return BOXES[kind]()

    @strawberry.field
    def boxes(self) -> list[Box | None]:
        return [BOXES["plain"](), BOXES["null_name"]()]


def _plain() -> Box:
    return Box(items=[_item(0), _item(1)], first=_item(2), count=2)


def _null_name() -> Box:
    return Box(items=[_item(0), _item(1, name=None)], first=_item(2), count=2)


def _null_tag() -> Box:
    return Box(
        items=[_item(0, detail=Detail(level=Colour.RED, tags=[None]))], first=_item(1), count=1
    )  # type: ignore[list-item]


def _wrong_type() -> Box:
    return Box(items=[_item(0), Wrong()], first=_item(1), count=2)  # type: ignore[list-item]


def _raises() -> Box:
    box = _plain()
    box.first.detail = ExplodingDetail()  # type: ignore[assignment]
    return box


def _bad_enum() -> Box:
    return Box(items=[_item(0, detail=Detail(level="green", tags=[]))], first=_item(1), count=1)  # type: ignore[arg-type]


def _awaitable_count() -> Box:
    async def later() -> int:
        return 7

    box = _plain()
    box.count = later()  # type: ignore[assignment]
    return box


def _times() -> Box:
    """UTC with and without microseconds, another offset, a naive time: as isoformat()."""
    whens = [
        datetime(2026, 3, 1, 9, 30, 5, 120, tzinfo=UTC),
        datetime(1999, 12, 31, 23, 59, 59, tzinfo=UTC),
        datetime(2026, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=2))),
        datetime(2026, 3, 1, 9, 30, 0, 5),
    ]
    return Box(items=[_item(n, when=w) for n, w in enumerate(whens)], first=_item(9), count=4)


BOXES.update(
    plain=_plain,
    times=_times,
    null_name=_null_name,
    null_tag=_null_tag,
    wrong_type=_wrong_type,
    raises=_raises,
    bad_enum=_bad_enum,
    awaitable_count=_awaitable_count,
)


class FieldHook(SchemaExtension):
    """An extension with a `resolve` hook: it must see every field, so no fast path."""

    seen: list[str] = []

    def resolve(self, _next: Any, root: Any, info: Any, *args: Any, **kwargs: Any) -> Any:
        FieldHook.seen.append(info.field_name)
        return _next(root, info, *args, **kwargs)

    def on_operation(self) -> Iterator[None]:
        yield


def _schemas(*extensions: Any) -> tuple[strawberry.Schema, strawberry.Schema]:
    fast = strawberry.Schema(
        query=Query, extensions=list(extensions), execution_context_class=FastExecutionContext
    )
    plain = strawberry.Schema(query=Query, extensions=list(extensions))
    return fast, plain


ITEM_FIELDS = """
  id name when __typename
  detail { level tags note }
  extra { level }
"""

BOX_FIELDS = f"count items {{ {ITEM_FIELDS} }} first {{ {ITEM_FIELDS} }}"
QUERIES = {kind: f'{{ box(kind: "{kind}") {{ {BOX_FIELDS} }} }}' for kind in BOXES}
QUERIES["aliases_fragments_directives"] = """
query Q($skip: Boolean!, $with: Boolean!) {
  box {
    n: count
    items { ...F  again: name  hidden: name @skip(if: $skip)  shown: id @include(if: $with) }
    first { ... on Item { detail { tags tags2: tags } } }
  }
}
fragment F on Item { name nameAgain: name detail { level } }
"""
QUERIES["nullable_parent"] = f"{{ boxes {{ count items {{ {ITEM_FIELDS} }} }} }}"


def _shape(result: Any) -> tuple[Any, list[tuple[str, Any]]]:
    errors = sorted((e.message, e.path) for e in result.errors or [])
    return result.data, errors


@pytest.mark.parametrize("name", sorted(QUERIES))
async def test_fast_path_answers_as_graphql_core_does(name: str) -> None:
    fast, plain = _schemas()
    variables = {"skip": True, "with": True}
    fast_result = await fast.execute(QUERIES[name], variable_values=variables)
    plain_result = await plain.execute(QUERIES[name], variable_values=variables)
    assert _shape(fast_result) == _shape(plain_result)
    if name == "times":
        whens = [item["when"] for item in fast_result.data["box"]["items"]]
        assert whens == [
            "2026-03-01T09:30:05.000120+00:00",
            "1999-12-31T23:59:59+00:00",
            "2026-03-01T09:30:00+02:00",
            "2026-03-01T09:30:00.000005",
        ]
    if name == "plain":
        assert fast_result.errors is None
        assert fast_result.data["box"]["items"][1]["detail"] == {
            "level": "BLUE",
            "tags": ["RED", "BLUE"],
            "note": None,
        }


async def test_a_resolve_hook_still_sees_every_field() -> None:
    fast, plain = _schemas(FieldHook)
    FieldHook.seen = []
    fast_result = await fast.execute(QUERIES["plain"])
    seen_fast = sorted(FieldHook.seen)
    FieldHook.seen = []
    plain_result = await plain.execute(QUERIES["plain"])
    assert _shape(fast_result) == _shape(plain_result)
    assert seen_fast == sorted(FieldHook.seen)
    assert seen_fast.count("name") == 3


def test_the_service_schema_uses_the_fast_path() -> None:
    assert service_schema.execution_context_class is FastExecutionContext


async def test_plain_fields_skip_the_resolve_info(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    original = FastExecutionContext.build_resolve_info

    def counting(self: Any, field_def: Any, field_nodes: Any, *args: Any) -> Any:
        built.append(field_nodes[0].name.value)
        return original(self, field_def, field_nodes, *args)

    monkeypatch.setattr(FastExecutionContext, "build_resolve_info", counting)
    fast, _plain = _schemas()
    result = await fast.execute(QUERIES["plain"])
    assert result.errors is None
    assert built == ["box"]  # items, first, their nodes and leaves: all compiled


async def test_a_selection_without_directives_compiles_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compiled: list[str] = []
    original = FastExecutionContext._compile_object

    def counting(self: Any, return_type: Any, field_details_list: Any) -> Any:
        compiled.append(return_type.name)
        return original(self, return_type, field_details_list)

    monkeypatch.setattr(FastExecutionContext, "_compile_object", counting)
    # The service parses each distinct text once (graph/operation_cache.py): the same nodes.
    fast, plain = _schemas(CachedParse)
    query = QUERIES["plain"] + " "  # a document of its own, not shared with other tests
    first = await fast.execute(query)
    compiled_first = list(compiled)
    again = await fast.execute(query)
    assert _shape(first) == _shape(again) == _shape(await plain.execute(query))
    assert compiled_first and compiled == compiled_first  # the second request reused them


async def test_a_selection_with_directives_is_collected_per_request() -> None:
    fast, plain = _schemas()
    query = QUERIES["aliases_fragments_directives"]
    for skip, with_ in ((True, False), (False, True), (True, True)):
        variables = {"skip": skip, "with": with_}
        fast_result = await fast.execute(query, variable_values=variables)
        plain_result = await plain.execute(query, variable_values=variables)
        assert _shape(fast_result) == _shape(plain_result)
        items = fast_result.data["box"]["items"]
        assert ("hidden" in items[0]) is not skip
        assert ("shown" in items[0]) is with_
