"""What the send path does with safety verdicts: scripts, replacements and incident records."""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from domain.enums import SafetyLevel, Speaker
from domain.events import INCIDENTS_TOPIC, DomainEvent, Outbox
from domain.incident_ports import IncidentStore
from domain.incidents_model import Incident, IncidentStatus
from domain.model import Child, Conversation, Message
from domain.responders.port import Reply
from domain.safety import (
    SafetyEngine,
    Verdict,
    blocked_child_reply,
    incident_severity,
    teddy_fallback_reply,
)

if TYPE_CHECKING:
    from domain.notifications import IncidentAlerts

UNSAFE_TEDDY_LEVELS = (SafetyLevel.FLAGGED, SafetyLevel.BLOCKED)
FOLD_WINDOW = timedelta(minutes=10)
"""A repeat of the same categories in one conversation within this window, while the incident
is open, raises its hit count instead of opening a new incident."""


@dataclass(frozen=True, slots=True)
class TeddyReply:
    text: str
    verdict: Verdict
    state: Mapping[str, Any] = field(default_factory=dict)
    source: str = "offline"
    replaced: bool = False
    rejected: Verdict | None = None
    """The verdict on the responder's own words when they were replaced."""


TEDDY_VERDICTS_KEPT = 4096


class SafetyActions:
    def __init__(
        self,
        *,
        safety: SafetyEngine,
        incidents: IncidentStore,
        outbox: Outbox | None = None,
        alerts: IncidentAlerts | None = None,
        fold_window: timedelta = FOLD_WINDOW,
        on_raised: Callable[[Incident], None] | None = None,
    ) -> None:
        self._safety = safety
        self._incidents = incidents
        self._outbox = outbox
        self._alerts = alerts
        self._fold_window = fold_window
        self._on_raised = on_raised
        self._teddy_verdicts: OrderedDict[tuple[str, int], Verdict] = OrderedDict()

    def _teddy_verdict(self, text: str, age: int) -> Verdict:
        """A teddy line's verdict depends only on its words and the child's age (no running
        risk, no redaction), and scripted, fallback and offline-responder lines repeat
        constantly: the latest verdicts are remembered, by exact text."""
        key = (text, age)
        found = self._teddy_verdicts.get(key)
        if found is not None:
            self._teddy_verdicts.move_to_end(key)
            return found
        verdict = self._safety.assess(text, age=age, speaker=Speaker.TEDDY)
        self._teddy_verdicts[key] = verdict
        if len(self._teddy_verdicts) > TEDDY_VERDICTS_KEPT:
            self._teddy_verdicts.popitem(last=False)
        return verdict

    def scripted_reply(self, verdict: Verdict, age: int, state: Mapping[str, Any]) -> TeddyReply:
        """A blocked child message never reaches the responder: the teddy answers from a script."""
        text = blocked_child_reply(verdict, age)
        return TeddyReply(
            text=text,
            verdict=self._teddy_verdict(text, age),
            state=state,
            source="safety_script",
        )

    def checked_reply(self, reply: Reply, age: int) -> TeddyReply:
        """Every teddy reply is assessed; one that fails is replaced by a safe fallback."""
        verdict = self._teddy_verdict(reply.text, age)
        if verdict.level not in UNSAFE_TEDDY_LEVELS:
            return TeddyReply(
                text=reply.text, verdict=verdict, state=reply.state, source=reply.source
            )
        fallback = teddy_fallback_reply(age)
        return TeddyReply(
            text=fallback,
            verdict=self._teddy_verdict(fallback, age),
            state=reply.state,
            source=reply.source,
            replaced=True,
            rejected=verdict,
        )

    def raises_incidents(self, child_verdict: Verdict, teddy: TeddyReply, age: int) -> bool:
        """Whether `record_incidents` would write anything for this exchange."""
        if incident_severity(child_verdict, age) is not None:
            return True
        return teddy.rejected is not None and incident_severity(teddy.rejected, age) is not None

    async def record_incidents(
        self,
        *,
        child: Child,
        conversation: Conversation,
        child_message: Message,
        child_verdict: Verdict,
        reply: Message,
        teddy: TeddyReply,
        at: datetime,
    ) -> list[Incident]:
        """Flagged and blocked outcomes become incident records, in the caller's transaction.

        Returns the newly raised incidents; repeats folded into an open one are not among them.
        High and critical ones alert the parent at once, in the same transaction."""
        raised: list[Incident] = []
        folds: list[DomainEvent] = []
        found = [(child_message, child_verdict, "child_message")]
        if teddy.rejected is not None:
            found.append((reply, teddy.rejected, "teddy_reply"))
        for message, verdict, detector in found:
            severity = incident_severity(verdict, child.age)
            if severity is None:
                continue
            incident = Incident(
                id=uuid.uuid4(),
                child_id=child.id,
                conversation_id=conversation.id,
                message_id=message.id,
                severity=severity,
                categories=verdict.categories,
                detector=f"{detector}:{verdict.engine_version}",
                confidence=round(1.0 - verdict.score, 4),
                status=IncidentStatus.OPEN,
                created_at=at,
            )
            stored, folded = await self._incidents.add_or_fold(incident, at - self._fold_window)
            if folded:
                folds.append(_folded_event(stored))
                continue
            raised.append(stored)
            if self._on_raised is not None:
                self._on_raised(stored)
        if self._alerts is not None and raised:
            await self._alerts.alert_at_once(child, raised, at)
        if self._outbox is not None and folds:
            await self._outbox.record(folds)
        return raised


def _folded_event(incident: Incident) -> DomainEvent:
    return DomainEvent(
        topic=INCIDENTS_TOPIC,
        kind="incident_updated",
        payload={
            "incidentId": str(incident.id),
            "action": "folded",
            "hitCount": incident.hit_count,
            "status": incident.status.value,
        },
    )
