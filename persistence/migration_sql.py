"""SQL migrations: one statement per call, inside the migration's transaction."""

from collections.abc import Sequence

from piccolo_conf import DB


async def run_statements(statements: Sequence[str]) -> None:
    for statement in statements:
        await DB.run_ddl(statement)
