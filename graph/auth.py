"""Bearer tokens: JWTs for people (parents, moderators, admins), opaque tokens for devices."""

from __future__ import annotations

import time
from dataclasses import dataclass

import jwt

from domain.children import DEVICE_TOKEN_PREFIX, ChildService
from domain.errors import ServiceUnavailable, Unauthenticated
from domain.principal import ANONYMOUS, Principal, Role
from persistence.database import CONNECTION_ERRORS

PERSON_ROLES = {Role.PARENT.value, Role.MODERATOR.value, Role.ADMIN.value}


@dataclass(frozen=True, slots=True)
class JwtKeys:
    secret: str
    issuer: str
    audience: str
    algorithm: str = "HS256"


def mint_token(keys: JwtKeys, *, role: str, subject: str, ttl_seconds: int) -> str:
    if role not in PERSON_ROLES:
        raise ValueError(f"role must be one of {sorted(PERSON_ROLES)}")
    if not subject:
        raise ValueError("subject must not be empty")
    now = int(time.time())
    claims = {
        "sub": subject,
        "role": role,
        "iss": keys.issuer,
        "aud": keys.audience,
        "iat": now,
        "exp": now + ttl_seconds,
    }
    return jwt.encode(claims, keys.secret, algorithm=keys.algorithm)


def principal_from_jwt(keys: JwtKeys, token: str) -> Principal:
    try:
        claims = jwt.decode(
            token,
            keys.secret,
            algorithms=[keys.algorithm],
            audience=keys.audience,
            issuer=keys.issuer,
            options={"require": ["exp", "iss", "aud", "sub"]},
        )
    except jwt.ExpiredSignatureError:
        raise Unauthenticated("token expired", reason="expired") from None
    except jwt.InvalidTokenError:
        raise Unauthenticated("invalid token", reason="invalid") from None
    role = claims.get("role")
    if role not in PERSON_ROLES:
        raise Unauthenticated("token has no valid role", reason="invalid")
    return Principal(role=Role(role), subject=str(claims["sub"]))


def bearer_token(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated("Authorization header must be 'Bearer <token>'", reason="malformed")
    return token.strip()


async def authenticate(header: str | None, keys: JwtKeys, children: ChildService) -> Principal:
    """The caller behind an Authorization header; ANONYMOUS when there is none."""
    token = bearer_token(header)
    if token is None:
        return ANONYMOUS
    if token.startswith(DEVICE_TOKEN_PREFIX):
        try:
            device = await children.authenticate_device(token)
        except CONNECTION_ERRORS as error:
            # The device lookup runs before GraphQL, where nothing would turn a dead database
            # into a code: without this the request was an HTTP 500 while PostgreSQL restarted.
            raise ServiceUnavailable(
                "the database is unavailable; try again shortly", retryAfterSeconds=1
            ) from error
        if device is None:
            raise Unauthenticated("unknown or revoked device token", reason="invalid")
        return Principal(role=Role.DEVICE, subject=str(device.id), child_id=device.child_id)
    return principal_from_jwt(keys, token)
