"""Production refuses default secrets; the profiles carry the design's parameters."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from graph.settings import DEFAULT_ENCRYPTION_KEYS, DEFAULT_JWT_SECRET, Profile, Settings
from persistence.field_cipher import new_key_spec

REAL_SECRET = "s" * 40


def test_production_refuses_the_default_jwt_secret() -> None:
    with pytest.raises(ValidationError, match="TEDDY_JWT_SECRET"):
        Settings(env=Profile.PRODUCTION, encryption_keys=new_key_spec("k1"))
    with pytest.raises(ValidationError, match="TEDDY_JWT_SECRET"):
        Settings(env=Profile.PRODUCTION, jwt_secret="short", encryption_keys=new_key_spec("k1"))


def test_production_refuses_the_default_encryption_key() -> None:
    with pytest.raises(ValidationError, match="TEDDY_ENCRYPTION_KEYS"):
        Settings(env=Profile.PRODUCTION, jwt_secret=REAL_SECRET)
    assert DEFAULT_ENCRYPTION_KEYS  # development keeps a working default


def test_production_starts_with_real_secrets_and_its_parameters() -> None:
    settings = Settings(
        env=Profile.PRODUCTION, jwt_secret=REAL_SECRET, encryption_keys=new_key_spec("k1")
    )
    policy = settings.policy
    assert (policy.max_conversation_length, policy.context_window_size) == (200, 15)
    assert (policy.cache_ttl_seconds, policy.safety_threshold) == (1800, 0.8)
    assert policy.rate_limit_per_child == 50


def test_development_parameters_and_overrides() -> None:
    policy = Settings().policy
    assert (policy.max_conversation_length, policy.context_window_size) == (100, 10)
    assert (policy.cache_ttl_seconds, policy.safety_threshold, policy.rate_limit_per_child) == (
        3600,
        0.7,
        30,
    )
    assert Settings(max_conversation_length=12).policy.max_conversation_length == 12
    assert Settings().jwt_secret == DEFAULT_JWT_SECRET
