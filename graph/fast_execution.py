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

import functools
import weakref
from collections.abc import Awaitable, Sequence
from typing import Any

from graphql import GraphQLList, GraphQLObjectType, GraphQLResolveInfoHelpers
from graphql.pyutils import Path, gather_with_cancel
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from graph.fast_codegen import Complete, Entry, generate
from graph.fast_fields import (
    FALLBACK,
    attribute_reader,
    basic_field,
    fast_field,
    inline_leaf,
    inline_relay_id,
    plain_nodes,
    unwrap,
)
from graph.fast_plans import (
    PLAIN_OBJECTS,
    SHARED_PLANS,
    many_objects,
    object_class,
    plain_object,
    shared_plans,
    without_directives,
)


class FastExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        manager = self.middleware_manager
        self._fast = manager is None or not manager.middlewares
        self._object_plans: dict[tuple[GraphQLObjectType, int], tuple[Any, Complete | None]] = {}
        self._directive_free: bool | None = None
        self.async_helpers = _weak_helpers(self)

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
        if self._fast and (not node.directives if single else plain_nodes(field_details_list)):
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
            shared = shared_plans.get(shared_key)
            if shared is not None:
                self._object_plans[key] = (field_details_list, shared[1])
                return shared[1]
        self._object_plans[key] = (field_details_list, None)  # a cycle compiles to None
        plan = self._compile_object(return_type, field_details_list)
        self._object_plans[key] = (field_details_list, plan)
        if shared_key is not None:
            if len(shared_plans) >= SHARED_PLANS:
                shared_plans.clear()
            shared_plans[shared_key] = ([d.node for d in field_details_list], plan)
        return plan

    def _shared_key(self, return_type: GraphQLObjectType, field_details_list: Any) -> Any:
        """A key under which the plan may serve later requests, or None.

        Collecting fields depends on the selection (these nodes of a parsed document the
        operation cache keeps), the fragments, and on variables only through directives and
        fragment variables: an operation with neither collects the same fields every time.
        The plan holds no request state (its closures read only the source objects)."""
        if self._directive_free is None:
            self._directive_free = without_directives(self.operation, self.fragments)
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
        origin = object_class(return_type) if is_type_of is not None else None
        if is_type_of is not None and origin is None:
            return None
        for response_name, sub_list in grouped.items():
            if not plain_nodes(sub_list):
                return None
            name = sub_list[0].node.name.value
            entry = self._entry(return_type, origin, response_name, name, sub_list)
            if entry is None:
                return None
            entries.append(entry)
        return generate(
            entries,
            origin=origin,
            plain_object=functools.partial(plain_object, is_awaitable=self.is_awaitable),
            plain_classes=PLAIN_OBJECTS,
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
        inline = inline_leaf(self.schema, return_type, name)
        if inline is not None:
            attribute, str_as_is, leaf = inline
            return Entry(response_name, leaf, attribute, str_as_is=str_as_is)
        if name == "__typename":
            type_name = return_type.name
            return Entry(response_name, lambda _source: type_name)
        if origin is not None:
            node_id = inline_relay_id(self.schema, return_type, name, origin)
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
        field = basic_field(self.schema, parent_type, name)
        if field is None:
            return None
        inner, non_null = unwrap(parent_type.fields[name].type)
        complete: Complete
        if isinstance(inner, GraphQLObjectType):
            plan = self._object_plan(inner, sub_list)
            if plan is None:
                return None
            complete = plan
        elif isinstance(inner, GraphQLList):
            item_type, item_non_null = unwrap(inner.of_type)
            if not isinstance(item_type, GraphQLObjectType):
                return None
            item_plan = self._object_plan(item_type, sub_list)
            if item_plan is None:
                return None
            complete = many_objects(item_plan, item_non_null)
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
        read = attribute_reader(field)

        def one(source: Any) -> Any:
            value = read(source)
            if value is None:
                return null_answer
            return FALLBACK if value is FALLBACK else complete(value)

        return Entry(response_name, one)


def _weak_helpers(context: FastExecutionContext) -> GraphQLResolveInfoHelpers:
    """graphql-core's resolver helpers, reaching the execution context through a weak
    reference: its own are bound methods of the context, which holds them, a reference cycle
    that kept every request's whole result (context, loaders, their pages and records: some
    6,000 objects for a Dashboard) alive until the cyclic collector came by. While the
    execution runs, something else holds the context, so the helpers behave the same."""
    ref = weakref.ref(context)

    def gather(values: Sequence[Awaitable[Any]]) -> Awaitable[list[Any]]:
        alive = ref()
        if alive is None:
            return gather_with_cancel(*values)
        return alive.gather_async_work(values)

    def track(values: Sequence[Any]) -> None:
        alive = ref()
        if alive is not None:
            alive.track_async_work(values)

    return GraphQLResolveInfoHelpers(gather=gather, track=track)
