"""Test data built through the domain services, never by writing rows by hand."""

from __future__ import annotations

import uuid
from typing import Any

from domain.enums import InteractionType
from domain.model import Child, Conversation
from domain.principal import Principal, Role
from graph.services import Services, build_services


def new_parent() -> Principal:
    return Principal(role=Role.PARENT, subject=f"parent-{uuid.uuid4()}")


async def new_child(
    services: Services, parent: Principal, *, age: int = 7, name: str = "Mia"
) -> Child:
    return await services.children.register_child(
        parent, display_name=name, age=age, parental_consent=True
    )


async def new_device(services: Services, parent: Principal, child: Child) -> tuple[Principal, str]:
    paired = await services.children.pair_device(parent, child_id=child.id, name="Teddy")
    device = Principal(role=Role.DEVICE, subject=str(paired.device.id), child_id=child.id)
    return device, paired.token


async def new_family(services: Services, *, age: int = 7) -> tuple[Principal, Child, Principal]:
    parent = new_parent()
    child = await new_child(services, parent, age=age)
    device, _ = await new_device(services, parent, child)
    return parent, child, device


async def new_conversation(
    services: Services, device: Principal, kind: InteractionType = InteractionType.CHAT
) -> Conversation:
    return await services.conversations.start(device, kind)


def client_id() -> str:
    return f"msg-{uuid.uuid4()}"


def rewired(services: Services, **overrides: Any) -> Services:
    """The same storage and engines, with some collaborators replaced (a responder, a Redis
    client, a policy, a rate limiter): `build_services` over what `services` already holds."""
    wiring: dict[str, Any] = {
        "database": services.database,
        "redis_client": services.redis,
        "jwt_keys": services.jwt_keys,
        "policy": services.policy,
        "relay": services.relay,
        "bus": services.bus,
        "cipher": services.cipher,
        "safety": services.safety,
    }
    wiring.update(overrides)
    return build_services(**wiring)
