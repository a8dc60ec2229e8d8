"""Live feeds: `safetyIncidents` for staff and `notifications` for parents.

Both register their bus listener BEFORE reading PostgreSQL, so nothing committed in between is
lost; they remember what they delivered, so nothing is sent twice. A feed that starts `after`
a cursor first replays every matching incident after it (by seq, oldest first), then goes
live. On `RECONNECTED` (Redis came back, or the listener fell behind) a feed re-reads from a
little before the last seq it delivered: commits can land out of seq order, and the overlap
catches one that committed late; remembered ids drop the repeats.

A feed may run once for a whole group of identical subscribers (graph/subscription_fanout.py):
it then audits the message-content read of every member it delivers to (`readers`), in one
statement per delivery, and reads the message once. A member joining such a group with `after`
replays on a run of its own that stops once it has caught up (`catching_up`)."""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from uuid import UUID

from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField

from domain.enums import SafetyCategory as DomainSafetyCategory
from domain.enums import Severity as DomainSeverity
from domain.events import INCIDENTS_TOPIC, parent_topic
from domain.incidents_model import Incident as DomainIncident
from domain.incidents_model import IncidentFilter
from domain.model import Child, Conversation, Message
from domain.notifications_model import Notification as DomainNotification
from domain.principal import Principal, Role
from graph.context import Info
from graph.incident_cursors import decode_incident_cursor
from graph.loaders.registry import Loaders
from graph.subscription_sharing import announce, catching_up, hold_limits, readers, went_live
from graph.types.enums import SafetyCategory, Severity
from graph.types.incident import Incident
from graph.types.notification import Notification
from persistence.event_bus import BusEvent

if TYPE_CHECKING:
    from graph.services import Services

REPLAY_PAGE = 100
RECONNECT_OVERLAP = 50
"""Sequence numbers re-read before the last delivered one after a reconnect."""
REMEMBERED = 2000


class Delivered:
    """Ids already sent (bounded, newest kept) and the highest seq sent."""

    def __init__(self, last_seq: int) -> None:
        self.start = last_seq
        self.last_seq = last_seq
        self._ids: OrderedDict[UUID, None] = OrderedDict()

    def replay_from(self) -> int:
        """Where to re-read after a reconnect: a little before the last seq sent, never before
        where the feed started (what came before that was never this subscriber's to get)."""
        return max(self.start, self.last_seq - RECONNECT_OVERLAP)

    def fresh(self, item_id: UUID, seq: int) -> bool:
        if item_id in self._ids:
            return False
        self._ids[item_id] = None
        if len(self._ids) > REMEMBERED:
            self._ids.popitem(last=False)
        self.last_seq = max(self.last_seq, seq)
        return True


@dataclass(frozen=True, slots=True)
class _StaffView:
    """What every staff subscriber of one raised incident reads: loaded once per process. The
    message is read here once too; each feed audits its readers' content reads before it
    hands the content to them."""

    incident: DomainIncident | None
    child: Child | None
    conversation: Conversation | None
    message: Message | None


class _SharedStaffLoads:
    """One load per bus event for all the staff feeds of this process, instead of one per
    feed (four statements each).

    Only for staff: what staff may read does not depend on who they are, and every feed checks
    the role before it gets here."""

    TTL_SECONDS = 10.0

    def __init__(self) -> None:
        self._loads: dict[tuple[int, UUID], tuple[float, asyncio.Task[_StaffView]]] = {}

    async def get(
        self, services: Services, principal: Principal, event_id: int, incident_id: UUID
    ) -> _StaffView:
        assert principal.is_staff
        now = time.monotonic()
        for key in [k for k, (at, _) in self._loads.items() if now - at > self.TTL_SECONDS]:
            del self._loads[key]
        entry = self._loads.get((event_id, incident_id))
        if entry is None:
            task = asyncio.ensure_future(self._load(services, principal, incident_id))
            entry = self._loads[(event_id, incident_id)] = (now, task)
        # A subscriber that goes away must not cancel the load the others are waiting for.
        return await asyncio.shield(entry[1])

    @staticmethod
    async def _load(services: Services, principal: Principal, incident_id: UUID) -> _StaffView:
        incident = (await services.incidents.readable(principal, [incident_id])).get(incident_id)
        if incident is None:
            return _StaffView(None, None, None, None)
        loaders = Loaders(services)
        child, conversation, messages = await asyncio.gather(
            loaders.child_by_id.load(incident.child_id),
            loaders.conversation_by_id.load(incident.conversation_id),
            # Not handed to anyone yet: each feed audits its readers before it delivers.
            services.incidents.messages_of(principal, [incident], with_content=False),
        )
        return _StaffView(incident, child, conversation, messages.get(incident.id))


STAFF_LOADS = _SharedStaffLoads()


def _worth_loading(event: BusEvent, where: IncidentFilter) -> bool:
    """Skip the database for raised incidents the payload already rules out."""
    if event.kind != "incident_raised":
        return False
    try:
        severity = DomainSeverity(event.payload["severity"])
        categories = {DomainSafetyCategory(c) for c in event.payload.get("categories", ())}
    except (KeyError, ValueError):
        return True
    if where.min_severity is not None and severity.rank < where.min_severity.rank:
        return False
    return not where.categories or bool(categories & set(where.categories))


def _message_selection(info: Info) -> tuple[bool, bool]:
    """Whether the feed's selection reads the incident's message, and its content."""

    def fields(selections: list[Any], name: str) -> list[SelectedField]:
        found: list[SelectedField] = []
        for selection in selections:
            if isinstance(selection, SelectedField) and selection.name == name:
                found.append(selection)
            elif isinstance(selection, (FragmentSpread, InlineFragment)):
                found.extend(fields(selection.selections, name))
        return found

    messages = fields([s for f in info.selected_fields for s in f.selections], "message")
    return bool(messages), any(fields(m.selections, "content") for m in messages)


async def safety_incidents(
    info: Info,
    min_severity: Severity,
    categories: list[SafetyCategory] | None,
    after: str | None,
) -> AsyncGenerator[Incident, None]:
    principal = info.context.principal
    principal.require(Role.MODERATOR, Role.ADMIN)
    incidents = info.context.services.incidents
    start = decode_incident_cursor("after", after)
    where = IncidentFilter(
        min_severity=DomainSeverity(min_severity.value),
        categories=tuple(DomainSafetyCategory(c.value) for c in categories or ()),
    )
    with_message, with_content = _message_selection(info)

    async def messages_for(
        batch: list[DomainIncident], view: _StaffView | None = None
    ) -> dict[UUID, Message]:
        """The batch's messages, each content read audited for every reader it goes to (one
        statement) before any is handed out."""
        if not batch or not with_message:
            return {}
        if with_content:
            await incidents.record_content_reads(readers(info.context), batch)
        else:
            readers(info.context)
        if view is not None:
            return {batch[0].id: view.message} if view.message is not None else {}
        return await incidents.messages_of(principal, batch, with_content=False)

    def emit(
        incident: DomainIncident, messages: dict[UUID, Message], view: _StaffView | None = None
    ) -> Incident:
        loaders = info.context.fresh_loaders()
        if view is not None:
            loaders.child_by_id.prime(incident.child_id, view.child)
            loaders.conversation_by_id.prime(incident.conversation_id, view.conversation)
        if with_message:
            for content in (True, False):
                loaders.incident_messages.prime(
                    (principal, incident, content), messages.get(incident.id)
                )
        return Incident.from_domain(incident)

    with hold_limits(info.context, principal):
        async with info.context.services.bus.listen(INCIDENTS_TOPIC) as listener:
            if start is None:
                start = await incidents.latest_seq(principal)
            went_live(info.context)
            sent = Delivered(start)
            replay_from: int | None = start if after is not None else None
            while True:
                while replay_from is not None:
                    batch = await incidents.feed_after(principal, replay_from, where, REPLAY_PAGE)
                    fresh = [i for i in batch if sent.fresh(i.id, i.seq)]
                    messages = await messages_for(fresh)
                    for incident in fresh:
                        announce(info.context, str(incident.id))
                        yield emit(incident, messages)
                    replay_from = batch[-1].seq if len(batch) == REPLAY_PAGE else None
                if catching_up(info.context):
                    return  # the group this subscriber joined delivers from here on
                delivery = await listener.get()
                if not isinstance(delivery, BusEvent):
                    replay_from = sent.replay_from()
                    continue
                if not _worth_loading(delivery, where):
                    continue
                try:
                    incident_id = UUID(delivery.payload["incidentId"])
                except (KeyError, ValueError):
                    continue
                view = await STAFF_LOADS.get(
                    info.context.services, principal, delivery.id, incident_id
                )
                found = view.incident
                if found is not None and where.matches(found) and sent.fresh(found.id, found.seq):
                    messages = await messages_for([found], view)
                    announce(info.context, str(found.id))
                    yield emit(found, messages, view)


async def parent_notifications(info: Info) -> AsyncGenerator[Notification, None]:
    principal = info.context.principal
    principal.require(Role.PARENT)
    notifications = info.context.services.notifications

    with hold_limits(info.context, principal):
        async with info.context.services.bus.listen(parent_topic(principal.subject)) as listener:
            sent = Delivered(await notifications.latest_seq(principal))
            while True:
                delivery = await listener.get()
                if isinstance(delivery, BusEvent):
                    if delivery.kind != "notification_created":
                        continue
                    try:
                        ids = [UUID(delivery.payload["notificationId"])]
                    except (KeyError, ValueError):
                        continue
                    found = list((await notifications.own(principal, ids)).values())
                else:
                    found = await _notifications_after(info, sent.replay_from())
                for notification in found:
                    if sent.fresh(notification.id, notification.seq):
                        info.context.fresh_loaders()
                        yield Notification.from_domain(notification)


async def _notifications_after(info: Info, seq: int) -> list[DomainNotification]:
    """Every notification of the parent after `seq`, oldest first, page by page."""
    found: list[DomainNotification] = []
    while True:
        page = await info.context.services.notifications.after(
            info.context.principal, seq, REPLAY_PAGE
        )
        found.extend(page)
        if len(page) < REPLAY_PAGE:
            return found
        seq = page[-1].seq
