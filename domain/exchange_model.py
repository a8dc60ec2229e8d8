"""One exchange of the send path: the child's message, the teddy's reply, what they change."""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import datetime

from domain.enums import MessageRole, Speaker
from domain.events import INCIDENTS_TOPIC, DomainEvent, conversation_topic
from domain.incidents_model import Incident
from domain.model import Conversation, Message, MessageSafety
from domain.safety import RiskState, Verdict, update_risk
from domain.safety_actions import TeddyReply


@dataclass(frozen=True, slots=True)
class Exchange:
    """The result of one sendMessage: what was stored for the child and the teddy."""

    child_message: Message
    reply: Message | None
    replayed: bool = False
    """True when this clientMessageId was seen before and nothing new was stored."""


def safety_of(verdict: Verdict) -> MessageSafety:
    return MessageSafety(
        level=verdict.level,
        score=verdict.score,
        categories=verdict.categories,
        engine_version=verdict.engine_version,
    )


def exchange_events(
    child_message: Message, reply: Message, incidents: list[Incident]
) -> list[DomainEvent]:
    topic = conversation_topic(child_message.conversation_id)
    events = [
        DomainEvent(
            topic=topic,
            kind="message_added",
            payload={"messageId": str(m.id), "seq": m.seq, "role": m.role.value},
        )
        for m in (child_message, reply)
    ]
    events.extend(
        DomainEvent(
            topic=INCIDENTS_TOPIC,
            kind="incident_raised",
            payload={
                "incidentId": str(incident.id),
                "childId": str(incident.child_id),
                "severity": incident.severity.value,
                "categories": [c.value for c in incident.categories],
            },
        )
        for incident in incidents
    )
    return events


def next_exchange(
    base: Conversation, client_id: str, verdict: Verdict, teddy: TeddyReply, now: datetime
) -> tuple[Message, Message, Conversation]:
    """The two messages that follow `base`, and the conversation after them."""
    child_message = Message(
        id=uuid.uuid4(),
        conversation_id=base.id,
        seq=base.message_count + 1,
        role=MessageRole.CHILD,
        content=verdict.redacted_text,
        client_message_id=client_id,
        safety=safety_of(verdict),
        created_at=now,
    )
    reply = Message(
        id=uuid.uuid4(),
        conversation_id=base.id,
        seq=base.message_count + 2,
        role=MessageRole.TEDDY,
        content=teddy.text,
        client_message_id=None,
        safety=safety_of(teddy.verdict),
        created_at=now,
        reply_to_id=child_message.id,
        replaced=teddy.replaced,
    )
    risk = update_risk(RiskState.from_dict(base.risk), verdict, speaker=Speaker.CHILD)
    updated = dataclasses.replace(
        base,
        message_count=base.message_count + 2,
        risk=risk.to_dict(),
        responder_state=dict(teddy.state) if teddy.state else base.responder_state,
    )
    return child_message, reply, updated
