"""Shared subscriptions: one GraphQL execution per group of identical subscribers.

Identical subscribers (graph/subscription_sharing.py says which) would each get byte-identical
payloads for every event. Instead of one execution, one encoding and one set of loads per
subscriber (a thousand moderators on one incident: a thousand of each), they form a group: the
group runs the subscription once, in a `SharedContext` acting for every member, encodes each
result once (`EncodedData`), and every member's transport sends it with its own operation id
(`with_encoded_data` in the router's `encode_json`). All three transports reach the schema
through `SharedSubscriptions`, which the router puts in the schema's place.

A member that passes a catch-up argument (`safetyIncidents(after: ...)`) first joins the group
(which runs without it) and waits until the group's feed is live, then replays on its own
run, sending what its replay finds; then it takes the group's results, skipping those its
replay already sent. So it misses nothing and gets nothing twice.

Everything not shareable runs privately, exactly as Strawberry runs it; so does a subscriber
over its cap (its own run reports the cap the way every subscription does).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncGenerator, Awaitable, Callable, Coroutine, Iterable
from typing import Any, Final

import orjson
from graphql import GraphQLError
from strawberry.schema import BaseSchema
from strawberry.types.execution import ExecutionResult
from strawberry.types.graphql import OperationType
from strawberry.utils.aio import aclosing

from domain.errors import TooManySubscriptions
from domain.principal import Principal
from graph.context import Context
from graph.subscription_limits import LIMITS
from graph.subscription_sharing import CatchUpContext, GroupKey, Plan, SharedContext, plan

logger = logging.getLogger(__name__)

CATCH_UPS_AT_ONCE = 8
"""Members replaying at the same time: a thousand consoles reconnecting with `after` must not
take every database connection (their live results wait in their queues meanwhile)."""
MAX_PENDING = 1000
"""Results waiting for one member's socket; a member further behind is ended with an error
(it subscribes again, with `after` for incidents)."""


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

Item = tuple[str | None, ExecutionResult] | _End
"""A result and the key of the item it is about (see `announce`), or the end."""


class Member:
    __slots__ = ("principal", "queue")

    def __init__(self, principal: Principal) -> None:
        self.principal = principal
        self.queue: asyncio.Queue[Item] = asyncio.Queue(MAX_PENDING)

    def offer(self, item: Item) -> None:
        try:
            self.queue.put_nowait(item)
        except asyncio.QueueFull:
            while not self.queue.empty():
                self.queue.get_nowait()
            self.queue.put_nowait(_FELL_BEHIND)


class _Group:
    def __init__(
        self,
        key: GroupKey,
        context: SharedContext,
        run: Callable[[_Group], Coroutine[Any, Any, None]],
    ) -> None:
        self.key = key
        self.context = context
        self.task = asyncio.create_task(run(self), name="shared-subscription")

    @property
    def members(self) -> list[Member]:
        return self.context.members

    def broadcast(self, result: ExecutionResult) -> None:
        context = self.context
        item = (context.item_key, result)
        context.item_key = None
        targets: Iterable[Member] = context.members
        if context.recipients is not None:
            current = set(map(id, context.members))
            targets = [m for m in context.recipients if id(m) in current]
        for member in targets:
            member.offer(item)


class SharedSubscriptions:
    """Stands in for the schema for the transports: `stream`/`subscribe` of a shareable
    subscription join (or start) its group; everything else goes to the schema unchanged."""

    def __init__(self, schema: BaseSchema) -> None:
        self.schema = schema
        self._groups: dict[GroupKey, _Group] = {}
        self._catch_ups = asyncio.Semaphore(CATCH_UPS_AT_ONCE)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.schema, name)

    @property
    def group_count(self) -> int:
        return len(self._groups)

    @property
    def member_count(self) -> int:
        return sum(len(g.members) for g in self._groups.values())

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
            allowed_operation_types=(OperationType.SUBSCRIPTION,),
        )

    async def stream(
        self,
        query: str | None,
        variable_values: dict[str, Any] | None = None,
        context_value: Any | None = None,
        root_value: Any | None = None,
        operation_name: str | None = None,
        operation_extensions: dict[str, Any] | None = None,
        allowed_operation_types: Iterable[OperationType] | None = None,
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
        shared = plan(query, variable_values, context_value, operation_name)
        if (
            shared is None
            or operation_extensions
            or (allowed is not None and OperationType.SUBSCRIPTION not in allowed)
        ):
            return await private()
        assert isinstance(context_value, Context) and query is not None

        async def catch_up() -> Any:
            assert isinstance(context_value, Context)
            replay = CatchUpContext(
                services=context_value.services,
                trace_id=context_value.trace_id,
                caller=context_value.principal,
            )
            results = await self.schema.subscribe(
                query,
                variable_values=variable_values,
                context_value=replay,
                root_value=root_value,
                operation_name=operation_name,
            )
            return replay.replayed, results

        return self._member(shared, query, operation_name, context_value, private, catch_up)

    async def _member(
        self,
        shared: Plan,
        query: str,
        operation_name: str | None,
        context: Context,
        private: Callable[[], Awaitable[Any]],
        catch_up: Callable[[], Awaitable[tuple[set[str], Any]]],
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
        member = Member(principal)
        group = self._join(shared, query, operation_name, context, member)
        try:
            replayed: set[str] = set()
            if shared.catch_up:
                await group.context.live.wait()
            if shared.catch_up and not group.task.done():  # a feed that failed says so once
                failed = False
                async with self._catch_ups:
                    replayed, results = await catch_up()
                    async with aclosing(results):
                        async for result in results:
                            failed = failed or bool(result.errors)
                            yield result
                if failed:
                    return  # as a private run ends: resubscribing with `after` misses nothing
            while True:
                item = await member.queue.get()
                if item is _FELL_BEHIND:
                    yield _fell_behind(context)
                    return
                if isinstance(item, _End):
                    return
                key, result = item
                if key is None or key not in replayed:
                    yield result
        finally:
            held.__exit__(None, None, None)
            self._leave(group, member)

    def _join(
        self,
        shared: Plan,
        query: str,
        operation_name: str | None,
        context: Context,
        member: Member,
    ) -> _Group:
        group = self._groups.get(shared.key)
        if group is None:
            group_context = SharedContext(
                services=context.services, trace_id=uuid.uuid4().hex, caller=member.principal
            )

            async def run(group: _Group) -> None:
                await self._run(group, query, shared.group_variables, operation_name)

            group = self._groups[shared.key] = _Group(shared.key, group_context, run)
        group.members.append(member)
        return group

    def _leave(self, group: _Group, member: Member) -> None:
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
        variables: dict[str, Any],
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
            group.broadcast(_error(group.context, "the subscription failed", "INTERNAL_ERROR"))
        finally:
            if self._groups.get(group.key) is group:
                del self._groups[group.key]
            group.context.live.set()  # nobody waits for a feed that has ended
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
