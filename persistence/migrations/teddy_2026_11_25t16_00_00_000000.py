"""Core tables: parents, children, devices, conversations, messages, incidents."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from persistence.migration_sql import run_statements

ID = "2026-11-25T16:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "core tables"

STATEMENTS = [
    """CREATE TABLE parent (
        id varchar(200) PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now()
    )""",
    """CREATE TABLE child (
        id uuid PRIMARY KEY,
        parent_id varchar(200) NOT NULL REFERENCES parent(id) ON DELETE CASCADE,
        display_name text NOT NULL,
        age integer NOT NULL CHECK (age BETWEEN 3 AND 13),
        consent_at timestamptz NOT NULL,
        consent_method varchar(50) NOT NULL,
        retention_days integer NOT NULL DEFAULT 90 CHECK (retention_days > 0),
        created_at timestamptz NOT NULL DEFAULT now()
    )""",
    "CREATE INDEX child_parent_idx ON child (parent_id, created_at)",
    """CREATE TABLE device (
        id uuid PRIMARY KEY,
        child_id uuid NOT NULL REFERENCES child(id) ON DELETE CASCADE,
        name text NOT NULL,
        token_hash varchar(64) NOT NULL UNIQUE,
        paired_at timestamptz NOT NULL,
        revoked_at timestamptz
    )""",
    "CREATE INDEX device_child_idx ON device (child_id)",
    """CREATE TABLE conversation (
        id uuid PRIMARY KEY,
        child_id uuid NOT NULL REFERENCES child(id) ON DELETE CASCADE,
        device_id uuid REFERENCES device(id) ON DELETE SET NULL,
        interaction_type varchar(10) NOT NULL,
        status varchar(10) NOT NULL,
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        message_count integer NOT NULL DEFAULT 0 CHECK (message_count >= 0),
        risk jsonb NOT NULL DEFAULT '{}'::jsonb,
        responder_state jsonb NOT NULL DEFAULT '{}'::jsonb,
        metadata jsonb NOT NULL DEFAULT '{}'::jsonb
    )""",
    "CREATE INDEX conversation_child_started_idx"
    " ON conversation (child_id, started_at DESC, id DESC)",
    "CREATE INDEX conversation_metadata_gin ON conversation USING gin (metadata)",
    """CREATE TABLE message (
        id uuid PRIMARY KEY,
        conversation_id uuid NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
        seq integer NOT NULL CHECK (seq > 0),
        role varchar(10) NOT NULL,
        content text NOT NULL,
        client_message_id varchar(100),
        safety_level varchar(10) NOT NULL,
        safety_score double precision NOT NULL,
        safety_categories varchar(30)[] NOT NULL DEFAULT '{}',
        engine_version varchar(40) NOT NULL,
        reply_to_id uuid,
        replaced boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        UNIQUE (conversation_id, seq),
        UNIQUE (conversation_id, client_message_id)
    )""",
    """CREATE TABLE incident (
        id uuid PRIMARY KEY,
        seq bigserial UNIQUE,
        child_id uuid NOT NULL,
        conversation_id uuid NOT NULL,
        message_id uuid NOT NULL,
        severity varchar(10) NOT NULL,
        categories varchar(30)[] NOT NULL DEFAULT '{}',
        detector varchar(80) NOT NULL,
        confidence double precision NOT NULL,
        status varchar(15) NOT NULL,
        created_at timestamptz NOT NULL
    )""",
    "CREATE INDEX incident_child_idx ON incident (child_id, seq)",
    "CREATE INDEX incident_status_idx ON incident (status, seq)",
]


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="teddy", description=DESCRIPTION)

    async def run() -> None:
        await run_statements(STATEMENTS)

    manager.add_raw(run)
    return manager
