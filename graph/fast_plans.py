"""Compiled object plans shared across requests, and the checks that make sharing safe.

`FastExecutionContext` (graph/fast_execution.py) compiles one completion per object type and
selection; a plan whose selection cannot depend on variables is kept here for later requests.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any

from graphql import GraphQLObjectType
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.base import StrawberryObjectDefinition

from graph.fast_codegen import Complete
from graph.fast_fields import FALLBACK

SHARED_PLANS = 512
shared_plans: dict[Any, tuple[list[Any], Complete | None]] = {}
"""Plans shared by requests with the same selection, each kept with the nodes it was made
for (alive, so their ids are not reused); emptied when full."""

_directive_checks: dict[int, tuple[Any, bool]] = {}


def without_directives(operation: Any, fragments: Any) -> bool:
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
    if len(_directive_checks) >= SHARED_PLANS:
        _directive_checks.clear()
    _directive_checks[id(operation)] = (operation, plain)
    return plain


PLAIN_OBJECTS: set[type] = set()
"""Classes whose instances are neither None, an exception nor awaitable (known by class)."""


def plain_object(source: Any, is_awaitable: Callable[[Any], bool]) -> bool:
    if source is None or isinstance(source, Exception) or is_awaitable(source):
        return False
    if not isinstance(source, types.GeneratorType):  # awaitable or not by its code flags
        PLAIN_OBJECTS.add(type(source))
    return True


def object_class(type_: GraphQLObjectType) -> type | None:
    definition = (type_.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
    return definition.origin if isinstance(definition, StrawberryObjectDefinition) else None


def many_objects(item_plan: Complete, item_non_null: bool) -> Complete:
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
