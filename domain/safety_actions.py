"""What the send path does with safety verdicts: scripts, replacements and incident records."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from domain.enums import SafetyLevel, Speaker
from domain.incidents_model import Incident, IncidentStatus
from domain.model import Child, Conversation, Message
from domain.ports import IncidentRepository
from domain.responders.port import Reply
from domain.safety import (
    SafetyEngine,
    Verdict,
    blocked_child_reply,
    incident_severity,
    teddy_fallback_reply,
)

UNSAFE_TEDDY_LEVELS = (SafetyLevel.FLAGGED, SafetyLevel.BLOCKED)


@dataclass(frozen=True, slots=True)
class TeddyReply:
    text: str
    verdict: Verdict
    state: Mapping[str, Any] = field(default_factory=dict)
    source: str = "offline"
    replaced: bool = False
    rejected: Verdict | None = None
    """The verdict on the responder's own words when they were replaced."""


class SafetyActions:
    def __init__(self, *, safety: SafetyEngine, incidents: IncidentRepository) -> None:
        self._safety = safety
        self._incidents = incidents

    def scripted_reply(self, verdict: Verdict, age: int, state: Mapping[str, Any]) -> TeddyReply:
        """A blocked child message never reaches the responder: the teddy answers from a script."""
        text = blocked_child_reply(verdict, age)
        return TeddyReply(
            text=text,
            verdict=self._safety.assess(text, age=age, speaker=Speaker.TEDDY),
            state=state,
            source="safety_script",
        )

    def checked_reply(self, reply: Reply, age: int) -> TeddyReply:
        """Every teddy reply is assessed; one that fails is replaced by a safe fallback."""
        verdict = self._safety.assess(reply.text, age=age, speaker=Speaker.TEDDY)
        if verdict.level not in UNSAFE_TEDDY_LEVELS:
            return TeddyReply(
                text=reply.text, verdict=verdict, state=reply.state, source=reply.source
            )
        fallback = teddy_fallback_reply(age)
        return TeddyReply(
            text=fallback,
            verdict=self._safety.assess(fallback, age=age, speaker=Speaker.TEDDY),
            state=reply.state,
            source=reply.source,
            replaced=True,
            rejected=verdict,
        )

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
        """Flagged and blocked outcomes become incident records, in the caller's transaction."""
        raised: list[Incident] = []
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
            await self._incidents.add(incident)
            raised.append(incident)
        return raised
