"""A cheaper way through the plain parts of a result.

graphql-core completes every field the same way: a path, a resolve-info object, the resolver
(for a plain attribute Strawberry's `getattr`), an awaitable check, then completion through
the non-null, list, leaf and object branches. A parent's Dashboard has about 1,700 fields,
nearly all of them plain attributes of the messages (`role`, `content`, `createdAt`,
`safety { level categories }`, the edges and nodes around them), and that generic path was
most of the request's CPU.

`FastExecutionContext` takes two shortcuts, both decided from the schema and the selection,
never from data:

- **Fields.** A *basic* Strawberry field (no resolver, no field extensions, no arguments)
  whose type is a scalar or an enum, or a list of them, is the attribute coerced by the
  type's own `coerce_output_value`. The Relay `id` of a `relay.Node` that keeps Strawberry's
  own `resolve_id` and `resolve_typename` is the same `GlobalID`, serialised by its scalar.
- **Objects.** When every field selected on an object is one of those, `__typename`, or a
  basic field holding another such object (or a list of them), the object's whole subtree
  is completed by a plan compiled once per request and selection (the messages of a
  conversation page: edges, nodes, safety), generated as straight-line Python
  (graph/fast_codegen.py); a UTC datetime is written by orjson, the same text as
  `isoformat()`.

Anything unusual gives the work back to graphql-core, which then does exactly what it always
did (the same errors at the same paths): a null where the schema says non-null, a value that
is not a plain scalar, enum member, list or the expected object class, an exception, a
directive other than @skip/@include on a field, @defer, and every field of every request when
a schema extension resolves fields as middleware. Falling back re-reads plain attributes
only, which has no side effects.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import functools
import operator
import types
import uuid
from collections.abc import Callable
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
from graphql.pyutils import Path
from strawberry import relay
from strawberry.relay.utils import to_base64
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.base import StrawberryObjectDefinition
from strawberry.types.field import StrawberryField

from graph.fast_codegen import Complete, Entry, generate

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


def _unwrap(type_: GraphQLOutputType) -> tuple[GraphQLOutputType, bool]:
    if isinstance(type_, GraphQLNonNull):
        return type_.of_type, True
    return type_, False


def _plain_nodes(field_details_list: Any) -> bool:
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

    return complete


def _leaf_or_list(type_: GraphQLOutputType) -> Complete | None:
    inner, non_null = _unwrap(type_)
    if isinstance(inner, GraphQLLeafType):
        return _leaf(inner, non_null)
    if not isinstance(inner, GraphQLList):
        return None
    item_type, item_non_null = _unwrap(inner.of_type)
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


def _attribute(field: StrawberryField) -> Complete:
    resolver = field.default_resolver
    name = field.python_name

    def read(source: Any) -> Any:
        try:
            return resolver(source, name)
        except Exception:  # noqa: BLE001 - graphql-core's path raises it again, located
            return FALLBACK

    return read


def _basic(
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


def _inline_leaf(
    schema: GraphQLSchema, parent_type: GraphQLObjectType, name: str
) -> tuple[str, bool, Complete] | None:
    """(attribute, a str is the answer as it is, completion) for a basic leaf read by getattr."""
    field = _basic(schema, parent_type, name)
    if field is None or field.default_resolver is not getattr or not field.python_name:
        return None
    type_ = parent_type.fields[name].type
    complete = _leaf_or_list(type_)
    if complete is None:
        return None
    inner, _non_null = _unwrap(type_)
    return field.python_name, inner is GraphQLString or inner is GraphQLID, complete


def _global_id(type_name: str, type_: GraphQLOutputType) -> Complete | None:
    """A Node's id value -> the answer of its Relay `id` field."""
    inner, _non_null = _unwrap(type_)
    if not isinstance(inner, GraphQLLeafType):
        return None
    coerce = inner.coerce_output_value
    as_id = inner is GraphQLID

    def complete(node_id: Any) -> Any:
        if node_id is None or not isinstance(node_id, _PLAIN_VALUES):
            return FALLBACK
        if as_id:
            # What the ID scalar makes of a GlobalID: its str(), which is this.
            return to_base64(type_name, str(node_id))
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


def _inline_relay_id(
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
    field = _basic(schema, parent_type, name)
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


_SHARED_PLANS = 512
_shared_plans: dict[Any, tuple[list[Any], Complete | None]] = {}
"""Plans shared by requests with the same selection, each kept with the nodes it was made
for (alive, so their ids are not reused); emptied when full."""

_directive_checks: dict[int, tuple[Any, bool]] = {}


def _without_directives(operation: Any, fragments: Any) -> bool:
    """Whether no selection of the operation or of the document's fragments carries a
    directive, and no fragment declares variables (remembered per operation node)."""
    known = _directive_checks.get(id(operation))
    if known is not None and known[0] is operation:
        return known[1]
    sets = [operation.selection_set]
    plain = True
    for details in fragments.values():
        if details.variable_signatures or details.definition.directives:
            plain = False
        sets.append(details.definition.selection_set)
    while sets and plain:
        selection_set = sets.pop()
        for selection in selection_set.selections if selection_set else ():
            if selection.directives:
                plain = False
                break
            if getattr(selection, "selection_set", None) is not None:
                sets.append(selection.selection_set)
    if len(_directive_checks) >= _SHARED_PLANS:
        _directive_checks.clear()
    _directive_checks[id(operation)] = (operation, plain)
    return plain


_PLAIN_OBJECTS: set[type] = set()
"""Classes whose instances are neither None, an exception nor awaitable (known by class)."""


def _plain_object(source: Any, is_awaitable: Callable[[Any], bool]) -> bool:
    if source is None or isinstance(source, Exception) or is_awaitable(source):
        return False
    if not isinstance(source, types.GeneratorType):  # awaitable or not by its code flags
        _PLAIN_OBJECTS.add(type(source))
    return True


def _object_class(type_: GraphQLObjectType) -> type | None:
    definition = (type_.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
    return definition.origin if isinstance(definition, StrawberryObjectDefinition) else None


class FastExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        manager = self.middleware_manager
        self._fast = manager is None or not manager.middlewares
        self._object_plans: dict[tuple[GraphQLObjectType, int], tuple[Any, Complete | None]] = {}
        self._directive_free: bool | None = None

    # -- fields -------------------------------------------------------------------------

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: Any,
        path: Path,
        position_context: Any,
    ) -> Any:
        node = field_details_list[0].node
        single = len(field_details_list) == 1
        if self._fast and (not node.directives if single else _plain_nodes(field_details_list)):
            fast = fast_field(self.schema, parent_type, node.name.value)
            if fast is not None:
                value = fast(source)
                if value is not FALLBACK:
                    return value
        return super().execute_field(
            parent_type, source, field_details_list, path, position_context
        )

    # -- objects ------------------------------------------------------------------------

    def complete_object_value(
        self,
        return_type: GraphQLObjectType,
        field_details_list: Any,
        info: Any,
        path: Path,
        result: Any,
        position_context: Any,
    ) -> Any:
        if self._fast and position_context is None:
            plan = self._object_plan(return_type, field_details_list)
            if plan is not None:
                completed = plan(result)
                if completed is not FALLBACK:
                    return completed
        return super().complete_object_value(
            return_type, field_details_list, info, path, result, position_context
        )

    def _object_plan(
        self, return_type: GraphQLObjectType, field_details_list: Any
    ) -> Complete | None:
        # Keyed like graphql-core's own memo of collected subfields: the list's identity,
        # kept alive beside the plan so the id cannot be reused during the request.
        key = (return_type, id(field_details_list))
        cached = self._object_plans.get(key)
        if cached is not None:
            return cached[1]
        shared_key = self._shared_key(return_type, field_details_list)
        if shared_key is not None:
            shared = _shared_plans.get(shared_key)
            if shared is not None:
                self._object_plans[key] = (field_details_list, shared[1])
                return shared[1]
        self._object_plans[key] = (field_details_list, None)  # a cycle compiles to None
        plan = self._compile_object(return_type, field_details_list)
        self._object_plans[key] = (field_details_list, plan)
        if shared_key is not None:
            if len(_shared_plans) >= _SHARED_PLANS:
                _shared_plans.clear()
            _shared_plans[shared_key] = ([d.node for d in field_details_list], plan)
        return plan

    def _shared_key(self, return_type: GraphQLObjectType, field_details_list: Any) -> Any:
        """A key under which the plan may serve later requests, or None.

        Collecting fields depends on the selection (these nodes of a parsed document the
        operation cache keeps), the fragments, and on variables only through directives and
        fragment variables: an operation with neither collects the same fields every time.
        The plan holds no request state (its closures read only the source objects)."""
        if self._directive_free is None:
            self._directive_free = _without_directives(self.operation, self.fragments)
        if not self._directive_free:
            return None
        nodes: list[int] = []
        for details in field_details_list:
            if details.defer_usage is not None or details.fragment_variable_values is not None:
                return None
            nodes.append(id(details.node))
        return (return_type, self.is_awaitable, tuple(nodes))

    def _compile_object(
        self, return_type: GraphQLObjectType, field_details_list: Any
    ) -> Complete | None:
        """A completion of one object of `return_type` (its selected fields, in order)."""
        grouped, new_defer_usages, _forbidden = self.collect_subfields(
            return_type, field_details_list
        )
        if new_defer_usages:
            return None
        entries: list[Entry] = []
        is_type_of = return_type.is_type_of
        origin = _object_class(return_type) if is_type_of is not None else None
        if is_type_of is not None and origin is None:
            return None
        for response_name, sub_list in grouped.items():
            if not _plain_nodes(sub_list):
                return None
            name = sub_list[0].node.name.value
            entry = self._entry(return_type, origin, response_name, name, sub_list)
            if entry is None:
                return None
            entries.append(entry)
        return generate(
            entries,
            origin=origin,
            plain_object=functools.partial(_plain_object, is_awaitable=self.is_awaitable),
            plain_classes=_PLAIN_OBJECTS,
            fallback=FALLBACK,
        )

    def _entry(
        self,
        return_type: GraphQLObjectType,
        origin: type | None,
        response_name: str,
        name: str,
        sub_list: Any,
    ) -> Entry | None:
        """How one selected field of a compiled object is answered, or None."""
        inline = _inline_leaf(self.schema, return_type, name)
        if inline is not None:
            attribute, str_as_is, leaf = inline
            return Entry(response_name, leaf, attribute, str_as_is=str_as_is)
        if name == "__typename":
            type_name = return_type.name
            return Entry(response_name, lambda _source: type_name)
        if origin is not None:
            node_id = _inline_relay_id(self.schema, return_type, name, origin)
            if node_id is not None:
                return Entry(response_name, node_id[1], node_id[0])
        fast = fast_field(self.schema, return_type, name)
        if fast is not None:
            return Entry(response_name, fast)
        return self._object_entry(return_type, response_name, name, sub_list)

    def _object_entry(
        self, parent_type: GraphQLObjectType, response_name: str, name: str, sub_list: Any
    ) -> Entry | None:
        """A basic field holding an object, or a list of objects, that compiles too."""
        field = _basic(self.schema, parent_type, name)
        if field is None:
            return None
        inner, non_null = _unwrap(parent_type.fields[name].type)
        complete: Complete
        if isinstance(inner, GraphQLObjectType):
            plan = self._object_plan(inner, sub_list)
            if plan is None:
                return None
            complete = plan
        elif isinstance(inner, GraphQLList):
            item_type, item_non_null = _unwrap(inner.of_type)
            if not isinstance(item_type, GraphQLObjectType):
                return None
            item_plan = self._object_plan(item_type, sub_list)
            if item_plan is None:
                return None
            complete = _many(item_plan, item_non_null)
        else:
            return None
        null_answer = FALLBACK if non_null else None
        if field.default_resolver is getattr and field.python_name:
            return Entry(
                response_name,
                complete,
                field.python_name,
                object_value=True,
                null_answer=null_answer,
            )
        read = _attribute(field)

        def one(source: Any) -> Any:
            value = read(source)
            if value is None:
                return null_answer
            return FALLBACK if value is FALLBACK else complete(value)

        return Entry(response_name, one)


def _many(item_plan: Complete, item_non_null: bool) -> Complete:
    """A list of objects, each through `item_plan`."""

    def many(value: Any) -> Any:
        if not isinstance(value, (list, tuple)):
            return FALLBACK
        completed: list[Any] = []
        append = completed.append
        for item in value:
            if item is None:
                if item_non_null:
                    return FALLBACK
                append(None)
                continue
            done = item_plan(item)
            if done is FALLBACK:
                return FALLBACK
            append(done)
        return completed

    return many
