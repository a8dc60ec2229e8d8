"""The toy's `sendMessage`, answered past graphql-core's generic execution.

Nearly every request the service answers is a device's `sendMessage` with one of a few
documents (../shared/contract/device.graphql): the same text all day, so everything
graphql-core and Strawberry work out per request (parse and validation caches aside:
extension hooks, variable coercion, argument conversion, the serial executor, the result's
completion) gives the same answer every time. A `SendPlan`, made once per operation text,
holds that answer: which variables feed the input, and the payload's completion compiled by
`FastExecutionContext` (graph/fast_execution.py) for the document's own selection.

Only an operation (in a document of operations only) that is a mutation of one `sendMessage`
field, its input built from three variables of the declared types (`ID!`, `String!`,
`String!`), with no directives and no fragments, validating without error, is recognised;
the variables must be strings (what graphql-core would pass on unchanged). Anything else
goes the generic way, before anything has happened.

The shortcut runs the resolver's own code (`send_message_payload`) under the schema's time
limit. When that raises (a code like VALIDATION_ERROR, RATE_LIMITED, UNAUTHENTICATED, or an
unexpected error), or the compiled completion meets a value it does not handle, the request
still takes the generic path, with the outcome kept on the context: the resolver hands it
over instead of running again, so graphql-core shapes, masks, logs and counts the answer
exactly as always, and nothing is sent twice.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from graphql import (
    DocumentNode,
    FieldNode,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    ListTypeNode,
    NamedTypeNode,
    NonNullTypeNode,
    NoSchemaIntrospectionCustomRule,
    ObjectValueNode,
    OperationDefinitionNode,
    OperationType,
    VariableNode,
    parse,
    specified_rules,
    validate,
)
from graphql.error import GraphQLError
from graphql.execution.collect_fields import collect_fields
from strawberry import ID
from strawberry.execution import optimized_is_awaitable

from graph.context import Context
from graph.fast_codegen import Complete
from graph.fast_execution import FastExecutionContext
from graph.fast_fields import FALLBACK
from graph.fast_plans import without_directives
from graph.hardening import MAX_ALIASES, MAX_DEPTH, MAX_TOKENS
from graph.metrics_extension import record_operation
from graph.operation_cache import limit_rules
from graph.resolvers.mutations import SendMessageInput, send_message_payload

ROOT_FIELD = "sendMessage"
MAX_QUERY_CHARS = 2_000
"""Longer documents are not the toy's: left to the generic path (and its token limit)."""
PLANS = 256

SHORTCUT_RULES = (
    *specified_rules,
    *limit_rules(MAX_DEPTH, MAX_ALIASES),
    NoSchemaIntrospectionCustomRule,
)
"""What a document must pass, whole, to be answered past the generic path: the strictest of
the served schemas' rules. Production refuses introspection anywhere in the document (an
`__schema` operation beside the shortcut's makes the request INTROSPECTION_DISABLED there),
so such a document goes the generic way in every profile, answered as it always was."""

_INPUT_FIELDS = {
    "conversationId": ("conversation_id", "ID"),
    "content": ("content", "String"),
    "clientMessageId": ("client_message_id", "String"),
}
"""The input's fields: (Python name, the non-null type its variable must declare)."""


@dataclass(frozen=True, slots=True)
class SendPlan:
    response_key: str
    variables: tuple[tuple[str, str], ...]
    """(variable name, input attribute) for each input field."""
    complete: Complete


def _variable_types(operation: OperationDefinitionNode) -> dict[str, str] | None:
    """Variable name -> its non-null named type, or None when any is something else."""
    found: dict[str, str] = {}
    for definition in operation.variable_definitions or ():
        type_node = definition.type
        if definition.default_value is not None or definition.directives:
            return None
        if not isinstance(type_node, NonNullTypeNode):
            return None
        inner = type_node.type
        if isinstance(inner, ListTypeNode) or not isinstance(inner, NamedTypeNode):
            return None
        found[definition.variable.name.value] = inner.name.value
    return found


def _input_variables(
    field: FieldNode, declared: Mapping[str, str]
) -> tuple[tuple[str, str], ...] | None:
    """(variable, attribute) pairs when the field's only argument is `input: { ... }` with
    each of the three fields a variable of its type, every declared variable used once."""
    arguments = field.arguments or ()
    if field.directives or len(arguments) != 1:
        return None
    argument = arguments[0]
    if argument.name.value != "input" or not isinstance(argument.value, ObjectValueNode):
        return None
    pairs: list[tuple[str, str]] = []
    for item in argument.value.fields:
        wanted = _INPUT_FIELDS.get(item.name.value)
        if wanted is None or not isinstance(item.value, VariableNode):
            return None
        variable = item.value.name.value
        if declared.get(variable) != wanted[1]:
            return None
        pairs.append((variable, wanted[0]))
    names = [variable for variable, _ in pairs]
    if sorted(attribute for _, attribute in pairs) != sorted(
        python for python, _ in _INPUT_FIELDS.values()
    ) or sorted(names) != sorted(declared):
        return None
    return tuple(pairs)


def operation_of(
    document: DocumentNode, operation_name: str | None
) -> OperationDefinitionNode | None:
    """The operation graphql-core would run (a document of operations only), or None."""
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if len(operations) != len(document.definitions):
        return None
    if operation_name is None:
        return operations[0] if len(operations) == 1 else None
    named = [o for o in operations if o.name is not None and o.name.value == operation_name]
    return named[0] if len(named) == 1 else None


def build_plan(schema: GraphQLSchema, query: str, operation_name: str | None) -> SendPlan | None:
    """The plan for a document the shortcut answers, or None."""
    if len(query) > MAX_QUERY_CHARS:
        return None
    try:
        document = parse(query, max_tokens=MAX_TOKENS)  # the schema's token limit
    except GraphQLError:
        return None
    operation = operation_of(document, operation_name)
    if operation is None or validate(schema, document, SHORTCUT_RULES):
        return None
    name = operation.name.value if operation.name else None
    if operation.operation is not OperationType.MUTATION or not without_directives(operation, {}):
        return None
    selections = operation.selection_set.selections
    if len(selections) != 1 or not isinstance(selections[0], FieldNode):
        return None
    field = selections[0]
    declared = _variable_types(operation)
    if field.name.value != ROOT_FIELD or declared is None:
        return None
    variables = _input_variables(field, declared)
    if variables is None:
        return None
    mutation = schema.mutation_type
    assert mutation is not None
    payload_type = mutation.fields[ROOT_FIELD].type
    if not isinstance(payload_type, GraphQLNonNull):
        return None
    payload = payload_type.of_type
    if not isinstance(payload, GraphQLObjectType):
        return None
    executor = FastExecutionContext.build(
        schema,
        document,
        raw_variable_values={variable: "x" for variable, _ in variables},
        operation_name=name,
        is_awaitable=cast(Any, optimized_is_awaitable),
    )
    if not isinstance(executor, FastExecutionContext):
        return None
    collected = collect_fields(
        schema, executor.fragments, executor.variable_values, mutation, operation
    )
    if collected.new_defer_usages or len(collected.grouped_field_set) != 1:
        return None
    ((response_key, details),) = collected.grouped_field_set.items()
    complete = executor._object_plan(payload, details)
    if complete is None:
        return None
    return SendPlan(response_key, variables, complete)


class SendShortcut:
    """Recognises `sendMessage` requests and answers them; see the module's description."""

    def __init__(self, schema: GraphQLSchema, *, timeout_seconds: float) -> None:
        self._timeout = timeout_seconds
        self._plan_for = functools.lru_cache(maxsize=PLANS)(functools.partial(build_plan, schema))
        """The plan (or None: not the toy's) per (operation text, operation name)."""
        self.answered = 0
        """Requests answered here from start to end (the rest went the generic way)."""

    def plan(self, body: Any) -> tuple[SendPlan, dict[str, str]] | None:
        """The plan and the input's values for a decoded request body, or None."""
        if not isinstance(body, dict) or body.get("extensions") is not None:
            return None
        query, name, variables = body.get("query"), body.get("operationName"), body.get("variables")
        if not isinstance(query, str) or not isinstance(variables, dict):
            return None
        if name is not None and not isinstance(name, str):
            return None
        plan = self._plan_for(query, name)
        if plan is None or len(variables) != len(plan.variables):
            return None
        values: dict[str, str] = {}
        for variable, attribute in plan.variables:
            value = variables.get(variable)
            if type(value) is not str:
                return None
            values[attribute] = value
        return plan, values

    async def answer(self, plan: SendPlan, values: dict[str, str], context: Context) -> Any:
        """The response (`{"data": ...}`), or None when the generic path must answer, with
        the resolver's outcome left on the context. `SendTimedOut` when the schema's time
        limit passed."""
        started = time.perf_counter()
        limit = asyncio.timeout(self._timeout)
        try:
            async with limit:
                payload = await send_message_payload(
                    context,
                    SendMessageInput(
                        conversation_id=ID(values["conversation_id"]),
                        content=values["content"],
                        client_message_id=values["client_message_id"],
                    ),
                )
        except TimeoutError as error:
            if limit.expired():
                raise SendTimedOut from None
            context.send_outcome = error
            return None
        except Exception as error:  # noqa: BLE001 - handed to the generic path as it is
            context.send_outcome = error
            return None
        completed = plan.complete(payload)
        if completed is FALLBACK:
            context.send_outcome = payload
            return None
        record_operation(ROOT_FIELD, time.perf_counter() - started)
        self.answered += 1
        return {"data": {plan.response_key: completed}}


class SendTimedOut(Exception):
    """The operation ran past the schema's time limit (answered with code TIMEOUT)."""
