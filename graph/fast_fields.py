"""Fields answered straight from the parent object, without graphql-core's generic path.

A *basic* Strawberry field (no resolver, no field extensions, no arguments) whose type is a
scalar or an enum, or a list of them, is the attribute coerced by the type's own
`coerce_output_value`; the Relay `id` of a plain `relay.Node` is its `GlobalID`, serialised by
its scalar. Anything else, or any unusual value, is `FALLBACK`: graphql-core answers instead.
See graph/fast_execution.py.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import operator
import uuid
from binascii import b2a_base64
from typing import Any

import orjson
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLID,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    GraphQLString,
    Undefined,
)
from strawberry import relay
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField

from graph.fast_codegen import Complete

FALLBACK: Any = object()
"""Returned by a fast completion when graphql-core's own path must answer."""


_PLAIN_VALUES: tuple[type, ...] = (
    str,
    int,
    float,
    bool,
    enum.Enum,
    datetime.datetime,
    datetime.date,
    datetime.time,
    decimal.Decimal,
    uuid.UUID,
)
"""Values a leaf may take here: never awaitable, never an exception."""

_ISOFORMAT = operator.methodcaller("isoformat")

_PLAIN_DIRECTIVES = frozenset({"skip", "include"})
"""Directives graphql-core applies while collecting fields, before any field runs."""

_NODE_RESOLVE_ID = relay.Node.resolve_id.__func__  # type: ignore[attr-defined]
_NODE_RESOLVE_TYPENAME = relay.Node.resolve_typename.__func__  # type: ignore[attr-defined]
_NODE_ID_RESOLVER = relay.Node.__dict__["_id"].__func__
"""The function behind every Node's `id` field (bound to each Node class)."""

_field_plans: dict[tuple[GraphQLObjectType, str], Complete | None] = {}
"""(parent type, field name) -> a completion from the parent object, or None. Per schema
type object, so the development and production variants (one built schema) share it."""


def unwrap(type_: GraphQLOutputType) -> tuple[GraphQLOutputType, bool]:
    if isinstance(type_, GraphQLNonNull):
        return type_.of_type, True
    return type_, False


def plain_nodes(field_details_list: Any) -> bool:
    return all(
        all(d.name.value in _PLAIN_DIRECTIVES for d in details.node.directives or ())
        for details in field_details_list
    )


def _leaf(type_: GraphQLLeafType, non_null: bool) -> Complete:
    coerce = type_.coerce_output_value
    # Enum members by identity: Enum.__hash__ is a Python-level call on every look-up. The
    # member is kept beside its answer, so a reused id can never answer for another object.
    memo: dict[int, tuple[Any, Any]] | None = {} if isinstance(type_, GraphQLEnumType) else None
    # graphql-core's String and ID give a str back as it is.
    str_as_is = type_ is GraphQLString or type_ is GraphQLID
    # Strawberry's DateTime is `isoformat()`; for a UTC datetime orjson writes the same text
    # (RFC 3339, `+00:00`, microseconds only when there are any) in a third of the time.
    isoformat = repr(coerce) == repr(_ISOFORMAT)

    def complete(value: Any) -> Any:
        if value is None:
            return FALLBACK if non_null else None
        if str_as_is and type(value) is str:
            return value
        if isoformat and type(value) is datetime.datetime and value.tzinfo is datetime.UTC:
            return orjson.dumps(value)[1:-1].decode()
        if memo is not None:
            known = memo.get(id(value))
            if known is not None and known[0] is value:
                return known[1]
        if not isinstance(value, _PLAIN_VALUES):
            return FALLBACK
        try:
            coerced = coerce(value)
        except Exception:  # noqa: BLE001 - graphql-core's path raises it again, located
            return FALLBACK
        if coerced is None or coerced is Undefined:
            return FALLBACK
        if memo is not None and isinstance(value, enum.Enum):
            memo[id(value)] = (value, coerced)
        return coerced

    # The same answers, with the one check that decides the common value first: an enum
    # member already seen, a str, a UTC datetime (a Dashboard completes ~650 such leaves).
    if memo is not None:
        enum_memo = memo

        def complete_enum(value: Any) -> Any:
            known = enum_memo.get(id(value))
            if known is not None and known[0] is value:
                return known[1]
            return complete(value)

        return complete_enum
    if str_as_is:

        def complete_str(value: Any) -> Any:
            return value if type(value) is str else complete(value)

        return complete_str
    if isoformat:
        utc, datetime_type, dumps = datetime.UTC, datetime.datetime, orjson.dumps

        def complete_datetime(value: Any) -> Any:
            if type(value) is datetime_type and value.tzinfo is utc:
                return dumps(value)[1:-1].decode()
            return complete(value)

        return complete_datetime
    return complete


def _leaf_or_list(type_: GraphQLOutputType) -> Complete | None:
    inner, non_null = unwrap(type_)
    if isinstance(inner, GraphQLLeafType):
        return _leaf(inner, non_null)
    if not isinstance(inner, GraphQLList):
        return None
    item_type, item_non_null = unwrap(inner.of_type)
    if not isinstance(item_type, GraphQLLeafType):
        return None
    item = _leaf(item_type, item_non_null)

    def complete_list(value: Any) -> Any:
        if value is None:
            return FALLBACK if non_null else None
        if not isinstance(value, (list, tuple)):
            return FALLBACK
        completed = [item(v) for v in value]
        return FALLBACK if FALLBACK in completed else completed

    return complete_list


def attribute_reader(field: StrawberryField) -> Complete:
    resolver = field.default_resolver
    name = field.python_name

    def read(source: Any) -> Any:
        try:
            return resolver(source, name)
        except Exception:  # noqa: BLE001 - graphql-core's path raises it again, located
            return FALLBACK

    return read


def basic_field(
    schema: GraphQLSchema, parent_type: GraphQLObjectType, name: str
) -> StrawberryField | None:
    """The Strawberry field behind `parent_type.name` when it is a plain attribute."""
    field_def: GraphQLField | None = schema.get_field(parent_type, name)
    if field_def is None or field_def.args:
        return None
    field = (field_def.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if not isinstance(field, StrawberryField) or field.extensions or field.base_resolver:
        return None
    return field if getattr(field_def.resolve, "_is_default", False) else None


def _basic_leaf(field: StrawberryField, type_: GraphQLOutputType) -> Complete | None:
    complete = _leaf_or_list(type_)
    if complete is None:
        return None
    resolver = field.default_resolver
    name = field.python_name

    def fast(source: Any) -> Any:
        try:
            value = resolver(source, name)
        except Exception:  # noqa: BLE001 - graphql-core's path raises it again, located
            return FALLBACK
        return complete(value)

    return fast


def inline_leaf(
    schema: GraphQLSchema, parent_type: GraphQLObjectType, name: str
) -> tuple[str, bool, Complete] | None:
    """(attribute, a str is the answer as it is, completion) for a basic leaf read by getattr."""
    field = basic_field(schema, parent_type, name)
    if field is None or field.default_resolver is not getattr or not field.python_name:
        return None
    type_ = parent_type.fields[name].type
    complete = _leaf_or_list(type_)
    if complete is None:
        return None
    inner, _non_null = unwrap(type_)
    return field.python_name, inner is GraphQLString or inner is GraphQLID, complete


def _global_id(type_name: str, type_: GraphQLOutputType) -> Complete | None:
    """A Node's id value -> the answer of its Relay `id` field."""
    inner, _non_null = unwrap(type_)
    if not isinstance(inner, GraphQLLeafType):
        return None
    coerce = inner.coerce_output_value
    as_id = inner is GraphQLID

    def complete(node_id: Any) -> Any:
        if node_id is None or not isinstance(node_id, _PLAIN_VALUES):
            return FALLBACK
        if as_id:
            # What the ID scalar makes of a GlobalID: its str(), which is strawberry's
            # `to_base64(type_name, str(node_id))`, this without its type-name dispatch.
            return b2a_base64(f"{type_name}:{node_id!s}".encode(), newline=False).decode()
        try:
            coerced = coerce(relay.GlobalID(type_name=type_name, node_id=str(node_id)))
        except Exception:  # noqa: BLE001 - graphql-core's path raises it again, located
            return FALLBACK
        return FALLBACK if coerced is None or coerced is Undefined else coerced

    return complete


def _plain_node_id_attribute(cls: type) -> str | None:
    """The attribute holding the id of a Node class that keeps Strawberry's own `resolve_id`
    and `resolve_typename`, else None."""
    plain = (
        issubclass(cls, relay.Node)
        and getattr(cls.resolve_id, "__func__", None) is _NODE_RESOLVE_ID
        and getattr(cls.resolve_typename, "__func__", None) is _NODE_RESOLVE_TYPENAME
    )
    return cls.resolve_id_attr() if plain else None  # type: ignore[attr-defined]


def _relay_id(type_name: str, type_: GraphQLOutputType) -> Complete | None:
    complete = _global_id(type_name, type_)
    if complete is None:
        return None
    attributes: dict[type, str | None] = {}

    def fast(source: Any) -> Any:
        cls = type(source)
        if cls not in attributes:
            attributes[cls] = _plain_node_id_attribute(cls)
        attribute = attributes[cls]
        if attribute is None:
            return FALLBACK
        return complete(getattr(source, attribute, None))

    return fast


def _is_node_id(schema: GraphQLSchema, parent_type: GraphQLObjectType, name: str) -> bool:
    """Whether `parent_type.name` is the Relay `id` of a Node (Strawberry's own resolver)."""
    field_def = schema.get_field(parent_type, name)
    if field_def is None or field_def.args:
        return False
    strawberry_field = (field_def.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if not isinstance(strawberry_field, StrawberryField) or strawberry_field.extensions:
        return False
    resolver = strawberry_field.base_resolver
    return (
        resolver is not None
        and getattr(resolver.wrapped_func, "__func__", None) is _NODE_ID_RESOLVER
    )


def inline_relay_id(
    schema: GraphQLSchema, parent_type: GraphQLObjectType, name: str, origin: type
) -> tuple[str, Complete] | None:
    """(attribute, completion of its value) for the Relay `id` of objects known to be of the
    class `origin` (the compiled object checks the class before reading)."""
    if not _is_node_id(schema, parent_type, name):
        return None
    attribute = _plain_node_id_attribute(origin)
    complete = _global_id(parent_type.name, parent_type.fields[name].type)
    if attribute is None or complete is None:
        return None
    return attribute, complete


def _plan_field(
    schema: GraphQLSchema, parent_type: GraphQLObjectType, name: str
) -> Complete | None:
    field = basic_field(schema, parent_type, name)
    if field is not None:
        return _basic_leaf(field, parent_type.fields[name].type)
    if _is_node_id(schema, parent_type, name):
        return _relay_id(parent_type.name, parent_type.fields[name].type)
    return None


def fast_field(schema: GraphQLSchema, parent_type: GraphQLObjectType, name: str) -> Complete | None:
    """A completion of `parent_type.name` straight from the parent object, or None."""
    key = (parent_type, name)
    try:
        return _field_plans[key]
    except KeyError:
        plan = _field_plans[key] = _plan_field(schema, parent_type, name)
        return plan
