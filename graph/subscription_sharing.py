"""Which live subscriptions may share one execution, with whom, and what a feed must do when
it runs for a group (graph/subscription_fanout.py runs the groups).

Subscribers may share when they would get byte-identical payloads: the same document text,
operation name and variables, and the same visibility. Staff see every incident, so staff of
one role share; anyone else sees only their own (a parent: their children), so their id is
part of the key, and two parents never share, even with equal documents and variables.

A feed (a subscription resolver) running for a group acts for every member:
* `readers(context)`: who its next results go to; audit each one's reads of child content;
* `hold_limits(context, principal)`: a group holds no caps, each member holds its own;
* `announce(context, key)`: names the item the next result is about (an incident id), so a
  member catching up with `after` drops what its replay already sent;
* `went_live(context)`: the feed listens and has read its starting point; a member catching
  up starts its replay only then, so nothing falls between the replay and the live feed;
* `catching_up(context)`: a member's own replay run, which stops once it has caught up.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

import orjson
from graphql import (
    FieldNode,
    GraphQLSyntaxError,
    NonNullTypeNode,
    NullValueNode,
    OperationDefinitionNode,
    OperationType,
    VariableNode,
    Visitor,
    parse,
    visit,
)

from domain.errors import DomainError
from domain.principal import Principal, Role
from graph.context import Context
from graph.subscription_limits import LIMITS

if TYPE_CHECKING:
    from graph.subscription_fanout import Member

SHARED_FIELDS: Final = {
    "safetyIncidents": ("after",),
    "notifications": (),
    "conversationEvents": (),
}
"""Root subscription fields that may be shared, with their catch-up arguments: a member that
passes one replays on its own, then joins the group that runs without it. Only through a
variable that is nullable, has no default and is used nowhere else; otherwise (or given as a
literal) the subscription stays private."""
MAX_SHARED_DOCUMENT_CHARS = 20_000

GroupKey = tuple[str, str | None, bytes, tuple[str, str]]


@dataclass(frozen=True, slots=True)
class Plan:
    key: GroupKey
    group_variables: dict[str, Any]
    """The variables the group runs with: the member's, without catch-up arguments."""
    catch_up: bool
    """The member replays on its own (with its variables) before it takes the group's results."""


@dataclass
class SharedContext(Context):
    """The context a group's subscription runs in, on behalf of all the group's members."""

    members: list[Member] = field(default_factory=list)
    recipients: tuple[Member, ...] | None = None
    """Pinned by `readers`: who the results from then on are for."""
    item_key: str | None = None
    live: asyncio.Event = field(default_factory=asyncio.Event)

    def pin_recipients(self) -> tuple[Principal, ...]:
        self.recipients = tuple(self.members)
        return tuple(m.principal for m in self.recipients)


@dataclass
class CatchUpContext(Context):
    """The context of a member's own replay run, before it takes its group's results."""

    replayed: set[str] = field(default_factory=set)
    """The keys of the items the replay sent."""


def readers(context: Context) -> tuple[Principal, ...]:
    """Who the next results are for: every current member of a shared group (from now on;
    later joiners get only later results), else the caller alone. Audit reads for these."""
    if isinstance(context, SharedContext):
        return context.pin_recipients()
    return (context.principal,)


def hold_limits(context: Context, principal: Principal) -> contextlib.AbstractContextManager[None]:
    """The subscription caps, for a subscriber's own run. A group's members and a member's
    catch-up run are already counted by the fan-out."""
    if isinstance(context, (SharedContext, CatchUpContext)):
        return contextlib.nullcontext()
    return LIMITS.hold(context, principal)


def announce(context: Context, key: str) -> None:
    """The next result is about `key` (an incident id)."""
    if isinstance(context, SharedContext):
        context.item_key = key
    elif isinstance(context, CatchUpContext):
        context.replayed.add(key)


def went_live(context: Context) -> None:
    if isinstance(context, SharedContext):
        context.live.set()


def catching_up(context: Context) -> bool:
    return isinstance(context, CatchUpContext)


@functools.lru_cache(maxsize=256)
def _shareable_root(
    query: str, operation_name: str | None
) -> tuple[FieldNode, frozenset[str]] | None:
    """The single root field of the subscription, if shareable, and the variables that may
    carry catch-up arguments: nullable, without a default, used once."""
    try:
        document = parse(query)
    except GraphQLSyntaxError:
        return None
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if operation_name is not None:
        operations = [o for o in operations if o.name and o.name.value == operation_name]
    if len(operations) != 1 or operations[0].operation is not OperationType.SUBSCRIPTION:
        return None
    operation = operations[0]
    selections = operation.selection_set.selections
    if len(selections) != 1 or not isinstance(selections[0], FieldNode):
        return None
    root = selections[0]
    if root.name.value not in SHARED_FIELDS or root.directives:
        return None
    uses: Counter[str] = Counter()
    visit(root, _VariableUses(uses))
    droppable = frozenset(
        d.variable.name.value
        for d in operation.variable_definitions or ()
        if not isinstance(d.type, NonNullTypeNode)
        and d.default_value is None
        and uses[d.variable.name.value] == 1
    )
    return root, droppable


class _VariableUses(Visitor):
    def __init__(self, uses: Counter[str]) -> None:
        super().__init__()
        self.uses = uses

    def enter_variable(self, node: VariableNode, *_: object) -> None:
        self.uses[node.name.value] += 1


def _visibility(principal: Principal) -> tuple[str, str]:
    if principal.is_staff:
        return (principal.role.value, "*")
    return (principal.role.value, principal.subject)


def plan(
    query: str | None, variables: dict[str, Any] | None, context: Any, name: str | None
) -> Plan | None:
    """How this subscriber shares, or None: it runs privately."""
    if not isinstance(context, Context) or isinstance(context, (SharedContext, CatchUpContext)):
        return None
    if query is None or len(query) > MAX_SHARED_DOCUMENT_CHARS:
        return None
    if variables is not None and not isinstance(variables, dict):
        return None
    found = _shareable_root(query, name)
    if found is None:
        return None
    root, droppable = found
    group_variables = dict(variables or {})
    catch_up = False
    for argument in root.arguments or ():
        if argument.name.value not in SHARED_FIELDS[root.name.value]:
            continue
        value = argument.value
        if isinstance(value, VariableNode):
            if value.name.value not in droppable:
                return None
            catch_up = catch_up or group_variables.pop(value.name.value, None) is not None
        elif not isinstance(value, NullValueNode):
            return None
    try:
        principal = context.principal
        encoded = orjson.dumps(group_variables, option=orjson.OPT_SORT_KEYS)
    except (DomainError, TypeError):
        return None
    if principal.role in (Role.ANONYMOUS, Role.DEVICE):
        return None
    return Plan((query, name, encoded, _visibility(principal)), group_variables, catch_up)
