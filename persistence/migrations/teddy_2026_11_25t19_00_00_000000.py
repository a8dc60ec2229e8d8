"""COPPA controls: retention bounds, the legal-hold evidence table, purge indexes."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from persistence.migration_sql import run_statements

ID = "2026-11-25T19:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "retention and legal-hold evidence"

STATEMENTS = [
    "ALTER TABLE child ADD CONSTRAINT child_retention_days_range"
    " CHECK (retention_days BETWEEN 1 AND 365)",
    # A sealed copy of the one message a critical incident points at, kept while the legal
    # hold lasts after the message itself was purged or deleted. Same columns as `message`;
    # `content` is the message's sealed value, copied verbatim (context message.content).
    """CREATE TABLE incident_evidence (
        message_id uuid PRIMARY KEY,
        child_id uuid NOT NULL,
        conversation_id uuid NOT NULL,
        seq integer NOT NULL,
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
        held_at timestamptz NOT NULL DEFAULT now()
    )""",
    "CREATE INDEX incident_evidence_child_idx ON incident_evidence (child_id)",
    # The purge looks for old messages and for holds that ran out.
    "CREATE INDEX message_created_idx ON message (created_at)",
    "CREATE INDEX incident_message_idx ON incident (message_id)",
    "CREATE INDEX incident_hold_idx ON incident (created_at) WHERE severity = 'critical'",
    "CREATE INDEX notification_child_idx ON notification (child_id, created_at)",
]


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="teddy", description=DESCRIPTION)

    async def run() -> None:
        await run_statements(STATEMENTS)

    manager.add_raw(run)
    return manager
