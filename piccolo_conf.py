"""Piccolo's engine. The connection settings are filled in at start-up from `Settings`
(`persistence.database.Database.start`), since an embedded server's address is only known then."""

from piccolo.conf.apps import AppRegistry
from piccolo.engine.postgres import PostgresEngine


class DeferredPostgresEngine(PostgresEngine):
    async def check_version(self) -> None:
        """Piccolo asks the server's version when the engine is made, i.e. on import. With no
        address yet that connection went to libpq's default, the machine's localhost:5432, from
        every process (a warning when that server is absent or full); the version only feeds
        a log line, so ask only when an address is configured."""
        if self.config:
            await super().check_version()


DB = DeferredPostgresEngine(config={}, log_queries=False)

APP_REGISTRY = AppRegistry(apps=["persistence.piccolo_app"])
