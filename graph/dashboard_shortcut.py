"""The parent app's `Dashboard`, answered past graphql-core's generic execution.

The parents' app opens on one document (../shared/contract/parent.graphql): a parent's
children, each child's newest conversations and each conversation's last 20 messages, some
1,700 fields. graphql-core and Strawberry (extension hooks, variable coercion, argument
conversion, a resolver, a dataloader and a Relay connection per list, the completion of every
field) were most of the request's CPU, and they give the same shape every time.

Only that document's operation is recognised: a query whose selection prints exactly as the
contract's `Dashboard` (same fields, same order, no aliases, directives or fragments other
than its `... on Parent`), with one variable `first: Int!`, in a document of operations only
that is within the schema's token limit and validates without error, introspection refused
(as production refuses it). The variable must be an int in the range the page allows, and
the caller a parent with a good token. Anything else goes the generic way, before anything
has happened.

The answer reads what the generic resolvers read (the parent's children, each child's first
page of conversations, each of those conversations' last messages) in one statement where
the dataloaders send three (persistence/repositories/dashboard.py), keeps the children the
domain's ownership rule lets the parent read, and builds the same JSON: Relay ids and
cursors as graph/ids.py and Strawberry make them, enums and date-times through the schema's
own scalars. Reading has no side effect: when anything raises, the generic path answers the
request from the start, exactly as it always did (errors, partial data, logs). Tests compare
the two answers byte for byte (tests/graph/test_dashboard_shortcut.py).
"""

from __future__ import annotations

import asyncio
import datetime
import functools
import time
from binascii import b2a_base64
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson
from graphql import (
    GraphQLEnumType,
    GraphQLSchema,
    NamedTypeNode,
    NonNullTypeNode,
    OperationType,
    parse,
    print_ast,
    validate,
)
from graphql.error import GraphQLError

from domain.access import may_read_child
from domain.model import Child, Conversation, Message
from domain.paging import Page, PageRequest
from domain.principal import Principal, Role
from graph.context import Context
from graph.hardening import MAX_TOKENS
from graph.ids import conversation_cursor
from graph.metrics_extension import record_operation
from graph.send_shortcut import SHORTCUT_RULES, operation_of

ROOT_FIELD = "me"
MAX_QUERY_CHARS = 4_000
"""Longer documents are not the app's: left to the generic path (and its token limit)."""
PLANS = 64
MESSAGES_LAST = 20

DASHBOARD = """
query Dashboard($first: Int!) {
  me {
    ... on Parent {
      id
      children {
        id displayName ageGroup
        conversations(first: $first) {
          edges {
            node {
              id status interactionType startedAt messageCount
              messages(last: 20) {
                edges { node { id role content createdAt safety { level categories } } }
              }
            }
          }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
}"""
"""The contract's operation; any name is accepted, the selection must print the same."""

_SELECTION = print_ast(parse(DASHBOARD).definitions[0].selection_set)  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class DashboardPlan:
    variable: str
    """The name of the `Int!` variable holding `first`."""


def build_plan(
    schema: GraphQLSchema, query: str, operation_name: str | None
) -> DashboardPlan | None:
    """The plan for a document the shortcut answers, or None."""
    if len(query) > MAX_QUERY_CHARS:
        return None
    try:
        # The schema's token limit (graph/hardening.py): under MAX_QUERY_CHARS a document
        # can still hold more than MAX_TOKENS tokens, which the generic path refuses.
        document = parse(query, max_tokens=MAX_TOKENS)
    except GraphQLError:
        return None
    operation = operation_of(document, operation_name)
    if operation is None or operation.operation is not OperationType.QUERY:
        return None
    if operation.directives or print_ast(operation.selection_set) != _SELECTION:
        return None
    definitions = operation.variable_definitions or ()
    if len(definitions) != 1:
        return None
    (definition,) = definitions
    type_node = definition.type
    if (
        definition.default_value is not None
        or definition.directives
        or definition.variable.name.value != "first"
        or not isinstance(type_node, NonNullTypeNode)
        or not isinstance(type_node.type, NamedTypeNode)
        or type_node.type.name.value != "Int"
    ):
        return None
    if validate(schema, document, SHORTCUT_RULES):
        return None
    return DashboardPlan(definition.variable.name.value)


class _Leaves:
    """The schema's own output coercion of the leaves the document selects."""

    def __init__(self, schema: GraphQLSchema) -> None:
        self.age_group = self._enum(schema, "AgeGroup")
        self.status = self._enum(schema, "ConversationStatus")
        self.interaction = self._enum(schema, "InteractionType")
        self.role = self._enum(schema, "MessageRole")
        self.level = self._enum(schema, "SafetyLevel")
        self.category = self._enum(schema, "SafetyCategory")
        date_time = schema.type_map["DateTime"]
        self._date_time: Callable[[Any], Any] = date_time.serialize  # type: ignore[attr-defined]

    @staticmethod
    def _enum(schema: GraphQLSchema, name: str) -> Callable[[Any], Any]:
        type_ = schema.type_map[name]
        assert isinstance(type_, GraphQLEnumType)
        serialize = type_.serialize
        # Each member's answer remembered by identity (Enum.__hash__ is a Python-level call
        # on every look-up), the member kept beside it so that its id cannot be reused.
        known: dict[int, tuple[Any, Any]] = {}

        def answer(member: Any) -> Any:
            found = known.get(id(member))
            if found is not None and found[0] is member:
                return found[1]
            made = serialize(member)
            if len(known) < 64:
                known[id(member)] = (member, made)
            return made

        return answer

    def date_time(self, value: datetime.datetime) -> Any:
        # What the generic path writes (graph/fast_fields.py): for a UTC datetime orjson's
        # text is `isoformat()`'s.
        if type(value) is datetime.datetime and value.tzinfo is datetime.UTC:
            return orjson.dumps(value)[1:-1].decode()
        return self._date_time(value)


def _global_id(type_name: str, node_id: object) -> str:
    """What Strawberry's ID scalar makes of `GlobalID(type_name, str(node_id))`."""
    return b2a_base64(f"{type_name}:{node_id!s}".encode(), newline=False).decode()


class DashboardShortcut:
    """Recognises the Dashboard and answers it; see the module's description."""

    def __init__(self, schema: GraphQLSchema, *, timeout_seconds: float) -> None:
        self._timeout = timeout_seconds
        self._leaves = _Leaves(schema)
        self._plan_for = functools.lru_cache(maxsize=PLANS)(functools.partial(build_plan, schema))
        """The plan (or None: not the Dashboard) per (operation text, operation name)."""
        self.answered = 0
        """Requests answered here from start to end (the rest went the generic way)."""

    def plan(self, body: Any) -> tuple[DashboardPlan, int] | None:
        """The plan and `first` for a decoded request body, or None."""
        if not isinstance(body, dict) or body.get("extensions") is not None:
            return None
        query, name, variables = body.get("query"), body.get("operationName"), body.get("variables")
        if not isinstance(query, str) or not isinstance(variables, dict) or len(variables) != 1:
            return None
        if name is not None and not isinstance(name, str):
            return None
        plan = self._plan_for(query, name)
        if plan is None:
            return None
        first = variables.get(plan.variable)
        if type(first) is not int:
            return None
        return plan, first

    async def answer(self, first: int, context: Context) -> Any:
        """The response (`{"data": ...}`), or None when the generic path must answer.
        `DashboardTimedOut` when the schema's time limit passed."""
        if context.auth_error is not None or context.caller.role is not Role.PARENT:
            return None
        started = time.perf_counter()
        limit = asyncio.timeout(self._timeout)
        try:
            async with limit:
                data = await self._me(context, context.caller, first)
        except TimeoutError:
            if limit.expired():
                raise DashboardTimedOut from None
            return None
        except Exception:  # noqa: BLE001 - the generic path answers, and reports it
            return None
        record_operation(ROOT_FIELD, time.perf_counter() - started)
        self.answered += 1
        return {"data": {ROOT_FIELD: data}}

    async def _me(self, context: Context, parent: Principal, first: int) -> dict[str, Any]:
        conversations_request: PageRequest[Any] = PageRequest.from_args(
            first=first, last=None, after=None, before=None
        )
        messages_request: PageRequest[int] = PageRequest.from_args(
            first=None, last=MESSAGES_LAST, after=None, before=None
        )
        read = await context.services.repositories.dashboard.read(
            parent.subject, conversations_request, messages_request
        )
        children = [child for child in read.children if may_read_child(parent, child)]
        conversation_pages, message_pages = read.conversations, read.messages
        return {
            "id": parent.subject,
            "children": [
                self._child(child, conversation_pages[child.id], message_pages)
                for child in children
            ],
        }

    def _child(
        self, child: Child, page: Page[Conversation], message_pages: dict[Any, Page[Message]]
    ) -> dict[str, Any]:
        leaves = self._leaves
        items = page.items
        end = items[-1] if items else None
        return {
            "id": _global_id("Child", child.id),
            "displayName": child.display_name,
            "ageGroup": leaves.age_group(child.age_group),
            "conversations": {
                "edges": [{"node": self._conversation(c, message_pages[c.id])} for c in items],
                "pageInfo": {
                    "hasNextPage": page.has_next_page,
                    "endCursor": None
                    if end is None
                    else conversation_cursor(end.started_at, end.id),
                },
            },
        }

    def _conversation(self, conversation: Conversation, page: Page[Message]) -> dict[str, Any]:
        leaves = self._leaves
        role, level, category, date_time = (
            leaves.role,
            leaves.level,
            leaves.category,
            leaves.date_time,
        )
        return {
            "id": _global_id("Conversation", conversation.id),
            "status": leaves.status(conversation.status),
            "interactionType": leaves.interaction(conversation.interaction_type),
            "startedAt": date_time(conversation.started_at),
            "messageCount": conversation.message_count,
            "messages": {
                "edges": [
                    {
                        "node": {
                            "id": _global_id("Message", m.id),
                            "role": role(m.role),
                            "content": m.content,
                            "createdAt": date_time(m.created_at),
                            "safety": {
                                "level": level(m.safety.level),
                                "categories": [category(c) for c in m.safety.categories],
                            },
                        }
                    }
                    for m in page.items
                ]
            },
        }


class DashboardTimedOut(Exception):
    """The operation ran past the schema's time limit (answered with code TIMEOUT)."""
