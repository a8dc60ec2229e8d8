"""The `teddy` command line: serve, migrate, token, export-schema, safety, retention, keys."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Sequence

from graph.settings import Settings

logger = logging.getLogger("teddy")


def _exit_cleanly(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def _serve(args: argparse.Namespace) -> int:
    import os
    import shutil

    import uvicorn

    from graph.app import create_app
    from graph.logging_setup import configure_logging
    from graph.runtime import EmbeddedEngines, Runtime

    settings = Settings()
    configure_logging(settings.log_level)
    host = args.host or settings.host
    port = args.port or settings.port
    workers = args.workers or settings.workers
    # uvicorn re-raises SIGTERM/SIGINT once it has shut down; exiting through SystemExit
    # instead of the default handler lets the `finally` below stop the embedded servers.
    for stop_signal in (signal.SIGTERM, signal.SIGINT):
        signal.signal(stop_signal, _exit_cleanly)
    engines = EmbeddedEngines(settings)
    database_url, redis_url = engines.start()
    common: dict[str, object] = {
        "host": host,
        "port": port,
        "loop": "uvloop",
        "http": "httptools",
        "log_level": settings.log_level.lower(),
        "log_config": None,
        "access_log": False,  # graph/logging_setup.py logs requests without query strings
        "proxy_headers": True,
        # No permessage-deflate: every WebSocket would compress each (small) frame on its own,
        # a thousand times for one incident on a thousand consoles, and keep a zlib context each.
        "ws_per_message_deflate": False,
    }
    try:
        if workers > 1:
            # Workers are new processes: they find the servers (embedded ones included) and the
            # shared metrics directory through the environment, read by their own Settings.
            metrics_dir = settings.data_dir.resolve() / "metrics"
            shutil.rmtree(metrics_dir, ignore_errors=True)
            metrics_dir.mkdir(parents=True)
            os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(metrics_dir)
            os.environ["TEDDY_DATABASE_URL"] = database_url
            os.environ["TEDDY_REDIS_URL"] = redis_url
            uvicorn.run("graph.asgi:app_from_environment", factory=True, workers=workers, **common)  # type: ignore[arg-type]
        else:
            uvicorn.run(create_app(Runtime(settings, database_url, redis_url)), **common)  # type: ignore[arg-type]
    finally:
        engines.stop()
    return 0


def _migrate(_: argparse.Namespace) -> int:
    from graph.runtime import EmbeddedEngines
    from persistence.database import Database

    settings = Settings()
    engines = EmbeddedEngines(settings)
    database_url, _redis = engines.start()

    async def run() -> None:
        database = Database()
        await database.start(database_url, min_size=1, max_size=2)
        try:
            await database.migrate()
        finally:
            await database.close()

    try:
        asyncio.run(run())
    finally:
        engines.stop()
    sys.stdout.write("migrations applied\n")
    return 0


def _token(args: argparse.Namespace) -> int:
    from graph.auth import JwtKeys, mint_token

    settings = Settings()
    keys = JwtKeys(settings.jwt_secret, settings.jwt_issuer, settings.jwt_audience)
    ttl = args.ttl if args.ttl is not None else settings.jwt_ttl_seconds
    sys.stdout.write(mint_token(keys, role=args.role, subject=args.subject, ttl_seconds=ttl) + "\n")
    return 0


def _export_schema(_: argparse.Namespace) -> int:
    from graph.schema import export_sdl

    sys.stdout.write(export_sdl())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="teddy", description="Teddy Conversations service")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve the API (GraphiQL at /graphql)")
    serve.add_argument("--host", default=None, help="default: TEDDY_HOST or 127.0.0.1")
    serve.add_argument("--port", type=int, default=None, help="default: TEDDY_PORT or 8000")
    serve.add_argument("--workers", type=int, default=None, help="default: TEDDY_WORKERS or 1")
    serve.set_defaults(func=_serve)

    migrate = commands.add_parser("migrate", help="apply database migrations")
    migrate.set_defaults(func=_migrate)

    token = commands.add_parser("token", help="print a signed JWT for development")
    token.add_argument("--role", required=True, choices=["parent", "moderator", "admin"])
    token.add_argument("--subject", required=True, help="the parent's or staff member's id")
    token.add_argument("--ttl", type=int, default=None, help="seconds; default TEDDY_JWT_TTL")
    token.set_defaults(func=_token)

    export = commands.add_parser("export-schema", help="print the GraphQL SDL")
    export.set_defaults(func=_export_schema)

    from graph import cli_privacy, cli_safety

    cli_safety.register(commands)
    cli_privacy.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ValueError as error:
        sys.stderr.write(f"teddy: {error}\n")
        return 2


if __name__ == "__main__":
    sys.exit(main())
