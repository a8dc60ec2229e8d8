"""The transactional outbox for cross-instance events."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from persistence.migration_sql import run_statements

ID = "2026-11-25T16:30:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "outbox"

STATEMENTS = [
    """CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        topic varchar(120) NOT NULL,
        kind varchar(60) NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
    )""",
    "CREATE INDEX outbox_unpublished_idx ON outbox (id) WHERE published_at IS NULL",
]


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="teddy", description=DESCRIPTION)

    async def run() -> None:
        await run_statements(STATEMENTS)

    manager.add_raw(run)
    return manager
