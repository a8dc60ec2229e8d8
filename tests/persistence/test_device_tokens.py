"""The device-token cache: answers from memory, and forgets a device when any instance
revokes it or deletes its child (through the outbox and the Redis bus)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import pytest

from domain.children import devices_removed, hash_device_token
from domain.model import Child
from domain.principal import Principal
from graph.services import Services
from persistence.device_tokens import CachedDeviceTokens, DeviceRevocations
from persistence.outbox import PgOutbox
from persistence.repositories.devices import PgDeviceRepository
from tests.factories import new_child, new_device, new_parent


@pytest.fixture
async def other_instance(services: Services) -> AsyncIterator[CachedDeviceTokens]:
    """Another instance's token cache, listening on the same bus."""
    tokens = CachedDeviceTokens(PgDeviceRepository())
    follower = DeviceRevocations(tokens, services.bus)
    await follower.start()
    await asyncio.sleep(0.05)
    yield tokens
    await follower.stop()


async def paired(services: Services) -> tuple[Principal, Child, Principal, str]:
    """A parent, their child, the child's paired device and its token."""
    parent = new_parent()
    child = await new_child(services, parent)
    device, token = await new_device(services, parent, child)
    return parent, child, device, token


async def until_forgotten(tokens: CachedDeviceTokens, token_hash: str) -> bool:
    """The cache no longer answers with an active device for this token."""
    for _ in range(100):
        found = await tokens.device_by_token_hash(token_hash)
        if found is None or not found.active:
            return True
        await asyncio.sleep(0.05)
    return False


async def test_a_known_token_is_answered_without_the_database(services: Services) -> None:
    parent = new_parent()
    child = await new_child(services, parent)
    _, token = await new_device(services, parent, child)
    assert await services.children.authenticate_device(token) is not None
    mark = services.database.statements.total
    for _ in range(5):
        assert await services.children.authenticate_device(token) is not None
    assert services.database.statements.total == mark


async def test_another_instance_forgets_a_device_named_by_the_bus(
    services: Services, other_instance: CachedDeviceTokens
) -> None:
    parent, child, device, token = await paired(services)
    token_hash = hash_device_token(token)
    assert await other_instance.device_by_token_hash(token_hash) is not None
    # Revoked in the database behind the cache's back: the cache still answers (its TTL
    # is the backstop) ...
    await services.database.engine.run_ddl(
        f"UPDATE device SET revoked_at = now() WHERE id = '{device.subject}'"
    )
    assert await other_instance.device_by_token_hash(token_hash) is not None
    # ... until the devices event arrives.
    async with services.database.transaction():
        await PgOutbox().record([devices_removed(device_id=uuid.UUID(device.subject))])
    services.relay.nudge()
    assert await until_forgotten(other_instance, token_hash)


async def test_revoking_on_one_instance_reaches_the_other(
    services: Services, other_instance: CachedDeviceTokens
) -> None:
    parent, child, device, token = await paired(services)
    token_hash = hash_device_token(token)
    assert await other_instance.device_by_token_hash(token_hash) is not None
    await services.children.revoke_device(parent, uuid.UUID(device.subject))
    assert await services.children.authenticate_device(token) is None
    assert await until_forgotten(other_instance, token_hash)


async def test_deleting_a_child_makes_every_instance_forget_its_devices(
    services: Services, other_instance: CachedDeviceTokens
) -> None:
    parent, child, _, token = await paired(services)
    token_hash = hash_device_token(token)
    assert await other_instance.device_by_token_hash(token_hash) is not None
    await services.retention.delete_child_data(parent, child.id)
    assert await services.children.authenticate_device(token) is None
    assert await until_forgotten(other_instance, token_hash)
