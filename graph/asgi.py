"""The ASGI factory uvicorn's worker processes call (`teddy serve --workers N`)."""

from __future__ import annotations

from fastapi import FastAPI

from graph.app import create_app
from graph.logging_setup import configure_logging
from graph.runtime import Runtime
from graph.settings import Settings


def app_from_environment() -> FastAPI:
    settings = Settings()
    configure_logging(settings.log_level)
    if not settings.database_url or not settings.redis_url:
        raise RuntimeError("workers need TEDDY_DATABASE_URL and TEDDY_REDIS_URL")
    return create_app(Runtime(settings, settings.database_url, settings.redis_url))
