"""The one place that reads the environment: `Settings`, prefix `TEDDY_`."""

from __future__ import annotations

import enum
from functools import cached_property
from pathlib import Path

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from domain.policy import ConversationPolicy

DEFAULT_JWT_SECRET = "dev-only-insecure-jwt-secret-change-me"
# A fixed development key so a fresh checkout runs; production refuses it.
DEFAULT_ENCRYPTION_KEYS = "dev1:ZGV2LW9ubHktaW5zZWN1cmUta2V5LWNoYW5nZS1tZSE="


class Profile(enum.Enum):
    DEVELOPMENT = "development"
    PRODUCTION = "production"


_POLICY = {
    Profile.DEVELOPMENT: ConversationPolicy(
        max_conversation_length=100,
        context_window_size=10,
        cache_ttl_seconds=3600,
        safety_threshold=0.7,
        rate_limit_per_child=30,
    ),
    Profile.PRODUCTION: ConversationPolicy(
        max_conversation_length=200,
        context_window_size=15,
        cache_ttl_seconds=1800,
        safety_threshold=0.8,
        rate_limit_per_child=50,
    ),
}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TEDDY_", extra="ignore")

    env: Profile = Profile.DEVELOPMENT
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    workers: int = Field(default=1, ge=1, le=64)
    log_level: str = "INFO"
    metrics_dir: str | None = Field(default=None, validation_alias="PROMETHEUS_MULTIPROC_DIR")
    """Set (by `teddy serve` with several workers) to aggregate metrics across processes."""

    database_url: str | None = None
    redis_url: str | None = None
    data_dir: Path = Path(".teddy-data")
    cache_dir: Path = Path(".teddy-cache")
    """Rebuildable files kept between starts (the safety pre-filter's analyses)."""

    db_pool_size: int = 20
    db_pool_overflow: int = 30
    db_pool_timeout_seconds: float = 30.0
    db_pool_recycle_seconds: float = 3600.0
    redis_pool_size: int = 50
    redis_socket_timeout_seconds: float = 5.0

    jwt_secret: str = DEFAULT_JWT_SECRET
    jwt_issuer: str = "teddy-conversations"
    jwt_audience: str = "teddy-api"
    jwt_ttl_seconds: int = 3600

    digest_interval_minutes: float = Field(default=60.0, gt=0)
    """How often parents get the digest of low and medium incidents."""
    retention_interval_seconds: float = Field(default=3600.0, gt=0)
    """How often the in-process retention purge runs (COPPA retention limits)."""

    encryption_keys: str = DEFAULT_ENCRYPTION_KEYS
    """`id:base64key,...`; the first encrypts new data, all decrypt."""

    ai_base_url: str | None = None
    """An OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1 for Ollama."""
    ai_model: str = "llama3.2"
    ai_api_key: str | None = None
    ai_timeout_seconds: float = Field(default=10.0, gt=0, le=60)

    # Behaviour overrides; unset means the profile's value from the design table.
    max_conversation_length: int | None = Field(default=None, ge=2)
    context_window_size: int | None = Field(default=None, ge=0)
    cache_ttl: int | None = Field(default=None, ge=1)
    safety_threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    rate_limit_per_child: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _refuse_default_secrets_in_production(self) -> Settings:
        if self.env is Profile.PRODUCTION and self.jwt_secret == DEFAULT_JWT_SECRET:
            raise ValueError("TEDDY_JWT_SECRET must be set to a real secret in production")
        if self.env is Profile.PRODUCTION and self.encryption_keys == DEFAULT_ENCRYPTION_KEYS:
            raise ValueError("TEDDY_ENCRYPTION_KEYS must be set to real keys in production")
        if self.env is Profile.PRODUCTION and len(self.jwt_secret) < 32:
            raise ValueError("TEDDY_JWT_SECRET must be at least 32 characters in production")
        return self

    @property
    def is_production(self) -> bool:
        return self.env is Profile.PRODUCTION

    @cached_property
    def policy(self) -> ConversationPolicy:
        base = _POLICY[self.env]
        return ConversationPolicy(
            max_conversation_length=self.max_conversation_length or base.max_conversation_length,
            context_window_size=(
                base.context_window_size
                if self.context_window_size is None
                else self.context_window_size
            ),
            cache_ttl_seconds=self.cache_ttl or base.cache_ttl_seconds,
            safety_threshold=(
                base.safety_threshold if self.safety_threshold is None else self.safety_threshold
            ),
            rate_limit_per_child=self.rate_limit_per_child or base.rate_limit_per_child,
        )
