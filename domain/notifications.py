"""Telling parents: an alert at once for high and critical incidents, a digest for the rest.

Titles and bodies name categories by plain labels and never quote the child's words."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from domain.enums import SafetyCategory, Severity
from domain.events import DomainEvent, Outbox, OutboxNudge, parent_topic
from domain.incident_ports import IncidentStore, NotificationRepository
from domain.incidents_model import Incident
from domain.model import Child
from domain.notifications_model import Notification, NotificationKind
from domain.paging import Page, PageRequest
from domain.ports import ChildRepository, Clock, Transactions
from domain.principal import Principal, Role

ALERT_SEVERITIES = frozenset({Severity.HIGH, Severity.CRITICAL})
DIGEST_SEVERITIES = frozenset({Severity.LOW, Severity.MEDIUM})
MAX_MARK_READ = 500

CATEGORY_LABELS = {
    SafetyCategory.PROFANITY: "bad language",
    SafetyCategory.INSULT: "unkind words",
    SafetyCategory.VIOLENCE: "violence",
    SafetyCategory.SEXUAL: "sexual content",
    SafetyCategory.SELF_HARM: "self-harm",
    SafetyCategory.ABUSE: "possible abuse",
    SafetyCategory.GROOMING: "signs of grooming",
    SafetyCategory.PERSONAL_INFO: "sharing personal information",
    SafetyCategory.DANGEROUS_ACTIVITY: "a dangerous activity",
    SafetyCategory.DRUGS_ALCOHOL: "drugs or alcohol",
    SafetyCategory.HATE: "hateful words",
    SafetyCategory.DISTRESS: "feeling sad or scared",
}


def labels(categories: Sequence[SafetyCategory]) -> str:
    names = [CATEGORY_LABELS[c] for c in categories] or ["something worrying"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def alert_for(child: Child, incident: Incident, at: datetime) -> Notification:
    urgent = incident.severity is Severity.CRITICAL
    title = f"{'Urgent: ' if urgent else ''}{child.display_name} may need you"
    body = (
        f"Teddy noticed a conversation about {labels(incident.categories)} "
        f"({incident.severity.value}). Teddy answered kindly and suggested talking to a "
        "grown-up they trust. Open the app to see the conversation."
    )
    return Notification(
        id=uuid.uuid4(),
        parent_id=child.parent_id,
        child_id=child.id,
        incident_id=incident.id,
        kind=NotificationKind.INCIDENT_ALERT,
        title=title,
        body=body,
        created_at=at,
    )


@dataclass(frozen=True, slots=True)
class DigestPreview:
    parent_id: str
    incident_ids: tuple[UUID, ...]
    child_ids: tuple[UUID, ...]
    title: str
    body: str
    since: datetime
    category_counts: dict[SafetyCategory, int]


def build_digest(
    parent_id: str, incidents: Sequence[Incident], children: dict[UUID, Child]
) -> DigestPreview | None:
    """One summary of a parent's low and medium incidents, by child and category."""
    if not incidents:
        return None
    lines = []
    child_ids = tuple(sorted({i.child_id for i in incidents}, key=str))
    for child_id in child_ids:
        theirs = [i for i in incidents if i.child_id == child_id]
        counts = Counter(c for i in theirs for c in i.categories)
        name = children[child_id].display_name if child_id in children else "Your child"
        detail = ", ".join(
            f"{CATEGORY_LABELS[c]} ({n})"
            for c, n in sorted(counts.items(), key=lambda x: x[0].value)
        )
        lines.append(f"{name}: {len(theirs)} moment(s) to look at - {detail or 'other'}.")
    total = Counter(c for i in incidents for c in i.categories)
    return DigestPreview(
        parent_id=parent_id,
        incident_ids=tuple(i.id for i in incidents),
        child_ids=child_ids,
        title=f"Safety summary: {len(incidents)} moment(s) to look at",
        body=" ".join(lines),
        since=min(i.created_at for i in incidents),
        category_counts=dict(total),
    )


class IncidentAlerts:
    """Used inside the send transaction: alert the parent of high and critical incidents."""

    def __init__(
        self, *, notifications: NotificationRepository, incidents: IncidentStore, outbox: Outbox
    ) -> None:
        self._notifications = notifications
        self._incidents = incidents
        self._outbox = outbox

    async def alert_at_once(
        self, child: Child, incidents: Sequence[Incident], at: datetime
    ) -> list[Notification]:
        serious = [i for i in incidents if i.severity in ALERT_SEVERITIES]
        sent = []
        for incident in serious:
            sent.append(await self._notifications.add(alert_for(child, incident, at)))
        if serious:
            await self._incidents.mark_parent_notified([i.id for i in serious], at)
            await self._outbox.record([notification_event(n) for n in sent])
        return sent


def notification_event(notification: Notification) -> DomainEvent:
    return DomainEvent(
        topic=parent_topic(notification.parent_id),
        kind="notification_created",
        payload={
            "notificationId": str(notification.id),
            "kind": notification.kind.value,
            "incidentId": str(notification.incident_id) if notification.incident_id else None,
        },
    )


class NotificationService:
    def __init__(
        self,
        *,
        notifications: NotificationRepository,
        incidents: IncidentStore,
        children: ChildRepository,
        transactions: Transactions,
        clock: Clock,
        outbox: Outbox,
        relay: OutboxNudge,
    ) -> None:
        self._notifications = notifications
        self._incidents = incidents
        self._children = children
        self._tx = transactions
        self._clock = clock
        self._outbox = outbox
        self._relay = relay

    async def page(self, principal: Principal, request: PageRequest[int]) -> Page[Notification]:
        principal.require(Role.PARENT)
        return await self._notifications.page_for_parent(principal.subject, request)

    async def own(self, principal: Principal, ids: Sequence[UUID]) -> dict[UUID, Notification]:
        """The caller's notifications among `ids`; anyone else's are left out."""
        principal.require(Role.PARENT)
        found = await self._notifications.get_many(ids)
        return {k: n for k, n in found.items() if n.parent_id == principal.subject}

    async def after(self, principal: Principal, seq: int, limit: int) -> list[Notification]:
        principal.require(Role.PARENT)
        return await self._notifications.after(principal.subject, seq, limit)

    async def latest_seq(self, principal: Principal) -> int:
        principal.require(Role.PARENT)
        return await self._notifications.max_seq(principal.subject)

    async def mark_read(self, principal: Principal, ids: Sequence[UUID]) -> int:
        principal.require(Role.PARENT)
        unique = list(dict.fromkeys(ids))[:MAX_MARK_READ]
        if not unique:
            return 0
        return await self._notifications.mark_read(principal.subject, unique, self._clock.now())

    async def preview_digest(self, principal: Principal) -> DigestPreview | None:
        """What the next digest would say, without sending it."""
        principal.require(Role.PARENT)
        return await self._digest(principal.subject, lock=False)

    async def send_digests(self) -> int:
        """The periodic job: one digest notification per parent with incidents waiting.

        Each parent's digest is its own transaction; the incidents are locked with SKIP LOCKED,
        so two instances running the job at once never send one incident twice."""
        sent = 0
        for parent_id in await self._incidents.parents_awaiting_digest():
            async with self._tx.transaction():
                preview = await self._digest(parent_id, lock=True)
                if preview is None:
                    continue
                now = self._clock.now()
                stored = await self._notifications.add(
                    Notification(
                        id=uuid.uuid4(),
                        parent_id=parent_id,
                        child_id=preview.child_ids[0] if len(preview.child_ids) == 1 else None,
                        incident_id=None,
                        kind=NotificationKind.DIGEST,
                        title=preview.title,
                        body=preview.body,
                        created_at=now,
                    )
                )
                await self._incidents.mark_parent_notified(preview.incident_ids, now)
                await self._outbox.record([notification_event(stored)])
                sent += 1
        if sent:
            self._relay.nudge()
        return sent

    async def _digest(self, parent_id: str, *, lock: bool) -> DigestPreview | None:
        incidents = await self._incidents.awaiting_digest(parent_id, lock=lock)
        if not incidents:
            return None
        children = await self._children.children_by_ids(list({i.child_id for i in incidents}))
        return build_digest(parent_id, incidents, children)
