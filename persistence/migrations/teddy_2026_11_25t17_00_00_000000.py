"""Incident lifecycle, notes, the audit log and parent notifications."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from persistence.migration_sql import run_statements

ID = "2026-11-25T17:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "incident lifecycle, notes, audit log, notifications"

STATEMENTS = [
    """ALTER TABLE incident
        ADD COLUMN hit_count integer NOT NULL DEFAULT 1 CHECK (hit_count > 0),
        ADD COLUMN last_seen_at timestamptz,
        ADD COLUMN acknowledged_by varchar(200),
        ADD COLUMN acknowledged_at timestamptz,
        ADD COLUMN assigned_to varchar(200),
        ADD COLUMN assigned_at timestamptz,
        ADD COLUMN resolved_by varchar(200),
        ADD COLUMN resolved_at timestamptz,
        ADD COLUMN resolution text,
        ADD COLUMN parent_notified_at timestamptz""",
    "UPDATE incident SET last_seen_at = created_at WHERE last_seen_at IS NULL",
    "ALTER TABLE incident ALTER COLUMN last_seen_at SET NOT NULL",
    # Folding looks for the newest open incident of a conversation.
    "CREATE INDEX incident_fold_idx ON incident (conversation_id, seq DESC) WHERE status = 'open'",
    # The digest job looks for low and medium incidents no parent has heard of yet.
    "CREATE INDEX incident_undigested_idx ON incident (child_id, seq)"
    " WHERE parent_notified_at IS NULL AND severity IN ('low', 'medium')",
    """CREATE TABLE incident_note (
        id uuid PRIMARY KEY,
        incident_id uuid NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
        author_role varchar(20) NOT NULL,
        author_id varchar(200) NOT NULL,
        text text NOT NULL,
        created_at timestamptz NOT NULL
    )""",
    "CREATE INDEX incident_note_incident_idx ON incident_note (incident_id, created_at, id)",
    """CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        actor_role varchar(20) NOT NULL,
        actor_id varchar(200) NOT NULL,
        action varchar(60) NOT NULL,
        entity varchar(40) NOT NULL,
        entity_id varchar(100) NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        at timestamptz NOT NULL DEFAULT now()
    )""",
    "CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, id)",
    "CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id)",
    """CREATE TABLE notification (
        id uuid PRIMARY KEY,
        seq bigserial UNIQUE,
        parent_id varchar(200) NOT NULL REFERENCES parent(id) ON DELETE CASCADE,
        child_id uuid REFERENCES child(id) ON DELETE CASCADE,
        incident_id uuid REFERENCES incident(id) ON DELETE SET NULL,
        kind varchar(20) NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz
    )""",
    "CREATE INDEX notification_parent_idx ON notification (parent_id, seq DESC)",
]


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="teddy", description=DESCRIPTION)

    async def run() -> None:
        await run_statements(STATEMENTS)

    manager.add_raw(run)
    return manager
