"""Piccolo table classes. The DDL itself lives in the migrations (persistence/migrations)."""

from __future__ import annotations

from piccolo.columns import (
    JSONB,
    UUID,
    Array,
    BigSerial,
    Boolean,
    DoublePrecision,
    Integer,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.table import Table


class ParentTable(Table, tablename="parent"):
    id = Varchar(length=200, primary_key=True)
    created_at = Timestamptz()


class ChildTable(Table, tablename="child"):
    id = UUID(primary_key=True)
    parent_id = Varchar(length=200)
    display_name = Text()
    age = Integer()
    consent_at = Timestamptz()
    consent_method = Varchar(length=50)
    retention_days = Integer(default=90)
    created_at = Timestamptz()


class DeviceTable(Table, tablename="device"):
    id = UUID(primary_key=True)
    child_id = UUID()
    name = Text()
    token_hash = Varchar(length=64)
    paired_at = Timestamptz()
    revoked_at = Timestamptz(null=True, default=None)


class ConversationTable(Table, tablename="conversation"):
    id = UUID(primary_key=True)
    child_id = UUID()
    device_id = UUID(null=True)
    interaction_type = Varchar(length=10)
    status = Varchar(length=10)
    started_at = Timestamptz()
    ended_at = Timestamptz(null=True, default=None)
    message_count = Integer(default=0)
    risk = JSONB()
    responder_state = JSONB()
    metadata = JSONB()


class MessageTable(Table, tablename="message"):
    id = UUID(primary_key=True)
    conversation_id = UUID()
    seq = Integer()
    role = Varchar(length=10)
    content = Text()
    client_message_id = Varchar(length=100, null=True)
    safety_level = Varchar(length=10)
    safety_score = DoublePrecision()
    safety_categories = Array(base_column=Varchar(length=30))
    engine_version = Varchar(length=40)
    reply_to_id = UUID(null=True)
    replaced = Boolean(default=False)
    created_at = Timestamptz()


class IncidentTable(Table, tablename="incident"):
    id = UUID(primary_key=True)
    seq = BigSerial()
    child_id = UUID()
    conversation_id = UUID()
    message_id = UUID()
    severity = Varchar(length=10)
    categories = Array(base_column=Varchar(length=30))
    detector = Varchar(length=80)
    confidence = DoublePrecision()
    status = Varchar(length=15)
    created_at = Timestamptz()
    hit_count = Integer(default=1)
    last_seen_at = Timestamptz()
    acknowledged_by = Varchar(length=200, null=True)
    acknowledged_at = Timestamptz(null=True, default=None)
    assigned_to = Varchar(length=200, null=True)
    assigned_at = Timestamptz(null=True, default=None)
    resolved_by = Varchar(length=200, null=True)
    resolved_at = Timestamptz(null=True, default=None)
    resolution = Text(null=True)
    parent_notified_at = Timestamptz(null=True, default=None)


class IncidentEvidenceTable(Table, tablename="incident_evidence"):
    """A sealed copy of the message a critical incident points at, kept while its hold lasts."""

    message_id = UUID(primary_key=True)
    child_id = UUID()
    conversation_id = UUID()
    seq = Integer()
    role = Varchar(length=10)
    content = Text()
    client_message_id = Varchar(length=100, null=True)
    safety_level = Varchar(length=10)
    safety_score = DoublePrecision()
    safety_categories = Array(base_column=Varchar(length=30))
    engine_version = Varchar(length=40)
    reply_to_id = UUID(null=True)
    replaced = Boolean(default=False)
    created_at = Timestamptz()
    held_at = Timestamptz()


class IncidentNoteTable(Table, tablename="incident_note"):
    id = UUID(primary_key=True)
    incident_id = UUID()
    author_role = Varchar(length=20)
    author_id = Varchar(length=200)
    text = Text()
    created_at = Timestamptz()


class AuditLogTable(Table, tablename="audit_log"):
    id = BigSerial(primary_key=True)
    actor_role = Varchar(length=20)
    actor_id = Varchar(length=200)
    action = Varchar(length=60)
    entity = Varchar(length=40)
    entity_id = Varchar(length=100)
    details = JSONB()
    at = Timestamptz()


class NotificationTable(Table, tablename="notification"):
    id = UUID(primary_key=True)
    seq = BigSerial()
    parent_id = Varchar(length=200)
    child_id = UUID(null=True)
    incident_id = UUID(null=True)
    kind = Varchar(length=20)
    title = Text()
    body = Text()
    created_at = Timestamptz()
    read_at = Timestamptz(null=True, default=None)


class OutboxTable(Table, tablename="outbox"):
    id = BigSerial(primary_key=True)
    topic = Varchar(length=120)
    kind = Varchar(length=60)
    payload = JSONB()
    created_at = Timestamptz()
    published_at = Timestamptz(null=True, default=None)
