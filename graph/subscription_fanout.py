"""Shared subscriptions: one GraphQL execution per group of identical subscribers.

Subscribers whose document text, operation name, variables and visibility are equal would
each get byte-identical payloads for every event. Instead of one execution, one encoding and
one set of loads per subscriber (a thousand moderators on one incident: a thousand of each),
they form a group: the group runs the subscription once, in a `SharedContext` acting for every
member, encodes each result once (`EncodedData`), and every member's transport sends it with
its own operation id (`with_encoded_data` in the router's `encode_json`).

Visibility is part of the group key. Staff see every incident, so staff of one role share; a
parent's key holds the parent's id, so two parents never share a group, even when their
documents and variables are equal.

The group's resolver acts for all members: its reads of message content are audited for each
member (`readers`, one statement per delivery), and the caps on subscriptions per connection
and per principal are held by each member, not by the group (`hold_limits`).

Not shared, run privately exactly as Strawberry would run them: anything that is not a
subscription with a single root field listed in `SHARED_FIELDS`, a `safetyIncidents` with an
`after` cursor (its replay belongs to that subscriber), a caller who is not authenticated, a
caller over a cap (the private run reports the cap), and documents larger than
`MAX_SHARED_DOCUMENT_CHARS`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import uuid
from collections.abc import AsyncGenerator, Awaitable, Callable, Coroutine, Iterable
from dataclasses import dataclass, field
from typing import Any, Final

import orjson
from graphql import (
    FieldNode,
    GraphQLError,
    GraphQLSyntaxError,
    NullValueNode,
    OperationDefinitionNode,
    OperationType,
    VariableNode,
    parse,
)
from strawberry.schema import BaseSchema
from strawberry.types.execution import ExecutionResult
from strawberry.types.graphql import OperationType as StreamedOperation
from strawberry.utils.aio import aclosing

from domain.errors import DomainError, TooManySubscriptions
from domain.principal import Principal, Role
from graph.context import Context
from graph.subscription_limits import LIMITS

logger = logging.getLogger(__name__)

SHARED_FIELDS: Final = {
    "safetyIncidents": ("after",),
    "notifications": (),
    "conversationEvents": (),
}
"""Root subscription fields that may be shared, with the arguments that must be null for it."""
MAX_SHARED_DOCUMENT_CHARS = 20_000
MAX_PENDING = 1000
"""Results waiting for one member's socket; a member further behind is ended (it resubscribes,
with `after` for incidents)."""


class EncodedData(dict[str, Any]):
    """The data of a shared result, with its JSON encoded once for every member."""

    __slots__ = ("fragment",)

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__(data)
        self.fragment = orjson.Fragment(orjson.dumps(data))


def with_encoded_data(message: object) -> object:
    """`message` (a transport frame or an SSE event) with shared data swapped for its
    encoding, so that only the small envelope around it is encoded per member."""
    if type(message) is not dict:
        return message
    data = message.get("data")
    if isinstance(data, EncodedData):
        return {**message, "data": data.fragment}
    payload = message.get("payload")
    if type(payload) is dict and isinstance(payload.get("data"), EncodedData):
        return {**message, "payload": {**payload, "data": payload["data"].fragment}}
    return message


class _End:
    pass


_END: Final = _End()
_FELL_BEHIND: Final = _End()


class _Member:
    __slots__ = ("principal", "queue")

    def __init__(self, principal: Principal) -> None:
        self.principal = principal
        self.queue: asyncio.Queue[ExecutionResult | _End] = asyncio.Queue(MAX_PENDING)

    def offer(self, item: ExecutionResult | _End) -> None:
        try:
            self.queue.put_nowait(item)
        except asyncio.QueueFull:
            while not self.queue.empty():
                self.queue.get_nowait()
            self.queue.put_nowait(_FELL_BEHIND)


@dataclass
class SharedContext(Context):
    """The context a group's subscription runs in, on behalf of all the group's members."""

    members: list[_Member] = field(default_factory=list)
    recipients: tuple[_Member, ...] | None = None
    """Pinned by `readers`: who the results from then on are for."""

    def pin_recipients(self) -> tuple[Principal, ...]:
        self.recipients = tuple(self.members)
        return tuple(m.principal for m in self.recipients)


def readers(context: Context) -> tuple[Principal, ...]:
    """Who the next results are for: every current member of a shared group (from now on,
    later joiners get only later results), else the caller alone. Audit reads for these."""
    if isinstance(context, SharedContext):
        return context.pin_recipients()
    return (context.principal,)


def hold_limits(context: Context, principal: Principal) -> contextlib.AbstractContextManager[None]:
    """The subscription caps, for a subscriber's own run; a group's members hold theirs."""
    if isinstance(context, SharedContext):
        return contextlib.nullcontext()
    return LIMITS.hold(context, principal)


@functools.lru_cache(maxsize=256)
def _root_field(query: str, operation_name: str | None) -> FieldNode | None:
    """The single root field of the subscription `operation_name` names, if it is shareable."""
    try:
        document = parse(query)
    except GraphQLSyntaxError:
        return None
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if operation_name is not None:
        operations = [o for o in operations if o.name and o.name.value == operation_name]
    if len(operations) != 1 or operations[0].operation is not OperationType.SUBSCRIPTION:
        return None
    selections = operations[0].selection_set.selections
    if len(selections) != 1 or not isinstance(selections[0], FieldNode):
        return None
    root = selections[0]
    return root if root.name.value in SHARED_FIELDS and not root.directives else None


def _private_arguments_null(root: FieldNode, variables: dict[str, Any]) -> bool:
    for argument in root.arguments or ():
        if argument.name.value not in SHARED_FIELDS[root.name.value]:
            continue
        value = argument.value
        if isinstance(value, VariableNode):
            if variables.get(value.name.value) is not None:
                return False
        elif not isinstance(value, NullValueNode):
            return False
    return True


def _visibility(principal: Principal) -> tuple[str, str]:
    """What a subscriber may see: all staff of one role see the same; anyone else only their
    own (a parent's children), so their id is part of it."""
    if principal.is_staff:
        return (principal.role.value, "*")
    return (principal.role.value, principal.subject)


GroupKey = tuple[str, str | None, bytes, tuple[str, str]]


class _Group:
    def __init__(
        self,
        key: GroupKey,
        context: SharedContext,
        run: Callable[[_Group], Coroutine[Any, Any, None]],
    ) -> None:
        self.key = key
        self.context = context
        self.task = asyncio.create_task(run(self), name=f"shared-subscription:{key[1]}")

    @property
    def members(self) -> list[_Member]:
        return self.context.members

    def broadcast(self, result: ExecutionResult) -> None:
        pinned = self.context.recipients
        targets: Iterable[_Member] = self.members
        if pinned is not None:
            current = set(map(id, self.members))
            targets = [m for m in pinned if id(m) in current]
        for member in targets:
            member.offer(result)


class SharedSubscriptions:
    """Wraps a schema for the transports: `stream`/`subscribe` of a shareable subscription
    join (or start) its group; everything else goes to the schema unchanged."""

    def __init__(self, schema: BaseSchema) -> None:
        self.schema = schema
        self._groups: dict[GroupKey, _Group] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.schema, name)

    @property
    def group_count(self) -> int:
        return len(self._groups)

    def members_of(self, principal: Principal) -> int:
        return sum(1 for g in self._groups.values() for m in g.members if m.principal == principal)

    async def subscribe(
        self,
        query: str | None,
        variable_values: dict[str, Any] | None = None,
        context_value: Any | None = None,
        root_value: Any | None = None,
        operation_name: str | None = None,
        operation_extensions: dict[str, Any] | None = None,
    ) -> Any:
        return await self.stream(
            query,
            variable_values=variable_values,
            context_value=context_value,
            root_value=root_value,
            operation_name=operation_name,
            operation_extensions=operation_extensions,
            allowed_operation_types=(StreamedOperation.SUBSCRIPTION,),
        )

    async def stream(
        self,
        query: str | None,
        variable_values: dict[str, Any] | None = None,
        context_value: Any | None = None,
        root_value: Any | None = None,
        operation_name: str | None = None,
        operation_extensions: dict[str, Any] | None = None,
        allowed_operation_types: Iterable[StreamedOperation] | None = None,
    ) -> Any:
        async def private() -> Any:
            return await self.schema.stream(
                query,
                variable_values=variable_values,
                context_value=context_value,
                root_value=root_value,
                operation_name=operation_name,
                operation_extensions=operation_extensions,
                allowed_operation_types=allowed_operation_types,
            )

        allowed = None if allowed_operation_types is None else set(allowed_operation_types)
        key = self._key(query, variable_values, context_value, operation_name)
        if (
            key is None
            or operation_extensions
            or (allowed is not None and StreamedOperation.SUBSCRIPTION not in allowed)
        ):
            return await private()
        assert isinstance(context_value, Context) and query is not None
        return self._member(key, query, variable_values, operation_name, context_value, private)

    def _key(
        self, query: str | None, variables: dict[str, Any] | None, context: Any, name: str | None
    ) -> GroupKey | None:
        if not isinstance(context, Context) or isinstance(context, SharedContext):
            return None
        if query is None or len(query) > MAX_SHARED_DOCUMENT_CHARS:
            return None
        if variables is not None and not isinstance(variables, dict):
            return None
        root = _root_field(query, name)
        if root is None or not _private_arguments_null(root, variables or {}):
            return None
        try:
            principal = context.principal
            encoded_variables = orjson.dumps(variables or {}, option=orjson.OPT_SORT_KEYS)
        except (DomainError, TypeError):
            return None
        if principal.role in (Role.ANONYMOUS, Role.DEVICE):
            return None
        return (query, name, encoded_variables, _visibility(principal))

    async def _member(
        self,
        key: GroupKey,
        query: str,
        variables: dict[str, Any] | None,
        operation_name: str | None,
        context: Context,
        private: Callable[[], Awaitable[Any]],
    ) -> AsyncGenerator[ExecutionResult, None]:
        principal = context.principal
        try:
            held = LIMITS.hold(context, principal)
            held.__enter__()
        except TooManySubscriptions:
            # The subscriber's own run reports the cap the way every subscription does.
            async with aclosing(await private()) as results:
                async for result in results:
                    yield result
            return
        member = _Member(principal)
        group = self._join(key, query, variables, operation_name, context, member)
        try:
            while True:
                item = await member.queue.get()
                if item is _FELL_BEHIND:
                    yield _fell_behind(context)
                    return
                if isinstance(item, _End):
                    return
                yield item
        finally:
            held.__exit__(None, None, None)
            self._leave(group, member)

    def _join(
        self,
        key: GroupKey,
        query: str,
        variables: dict[str, Any] | None,
        operation_name: str | None,
        context: Context,
        member: _Member,
    ) -> _Group:
        group = self._groups.get(key)
        if group is None:
            shared = SharedContext(
                services=context.services, trace_id=uuid.uuid4().hex, caller=member.principal
            )

            async def run(group: _Group) -> None:
                await self._run(group, query, variables, operation_name)

            group = self._groups[key] = _Group(key, shared, run)
        group.members.append(member)
        return group

    def _leave(self, group: _Group, member: _Member) -> None:
        with contextlib.suppress(ValueError):
            group.members.remove(member)
        if not group.members:
            if self._groups.get(group.key) is group:
                del self._groups[group.key]
            group.task.cancel()

    async def _run(
        self,
        group: _Group,
        query: str,
        variables: dict[str, Any] | None,
        operation_name: str | None,
    ) -> None:
        try:
            results = await self.schema.subscribe(
                query,
                variable_values=variables,
                context_value=group.context,
                operation_name=operation_name,
            )
            async with aclosing(results):
                async for result in results:
                    group.broadcast(_shared(result))
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("a shared subscription failed")
            group.broadcast(_failed(group.context))
        finally:
            if self._groups.get(group.key) is group:
                del self._groups[group.key]
            for member in group.members:
                member.offer(_END)


def _shared(result: ExecutionResult) -> ExecutionResult:
    if type(result) is not ExecutionResult or not isinstance(result.data, dict):
        return result
    try:
        data = EncodedData(result.data)
    except TypeError:
        return result
    return ExecutionResult(data=data, errors=result.errors, extensions=result.extensions)


def _error(context: Context, message: str, code: str) -> ExecutionResult:
    error = GraphQLError(
        message, extensions={"code": code, "details": {}, "traceId": context.trace_id}
    )
    return ExecutionResult(data=None, errors=[error])


def _fell_behind(context: Context) -> ExecutionResult:
    return _error(
        context,
        f"more than {MAX_PENDING} results waited for this subscriber; subscribe again",
        "SERVICE_UNAVAILABLE",
    )


def _failed(context: Context) -> ExecutionResult:
    return _error(context, "the subscription failed", "INTERNAL_ERROR")
