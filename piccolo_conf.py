"""Piccolo's engine. The connection settings are filled in at start-up from `Settings`
(`persistence.database.Database.start`), since an embedded server's address is only known then."""

from piccolo.conf.apps import AppRegistry
from piccolo.engine.postgres import PostgresEngine

DB = PostgresEngine(config={}, log_queries=False)

APP_REGISTRY = AppRegistry(apps=["persistence.piccolo_app"])
