"""Piccolo app: the tables and the migrations folder of the service."""

from pathlib import Path

from piccolo.conf.apps import AppConfig

from persistence.tables import (
    AuditLogTable,
    ChildTable,
    ConversationTable,
    DeviceTable,
    IncidentEvidenceTable,
    IncidentNoteTable,
    IncidentTable,
    MessageTable,
    NotificationTable,
    OutboxTable,
    ParentTable,
)

APP_CONFIG = AppConfig(
    app_name="teddy",
    migrations_folder_path=str(Path(__file__).parent / "migrations"),
    table_classes=[
        ParentTable,
        ChildTable,
        DeviceTable,
        ConversationTable,
        MessageTable,
        IncidentTable,
        IncidentNoteTable,
        IncidentEvidenceTable,
        AuditLogTable,
        NotificationTable,
        OutboxTable,
    ],
    migration_dependencies=[],
    commands=[],
)
