"""Registering children and pairing their toys."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from uuid import UUID

from domain import content_rules
from domain.access import managed_child, may_manage_child, readable_child
from domain.errors import NotFound, ValidationFailed
from domain.events import DEVICES_TOPIC, DomainEvent, Outbox, OutboxNudge
from domain.model import Child, Device
from domain.ports import ChildRepository, Clock, DeviceRepository, Transactions
from domain.principal import Principal, Role
from domain.retention_model import DEFAULT_RETENTION_DAYS, check_retention_days

DEVICE_TOKEN_PREFIX = "tdy_"


def hash_device_token(token: str) -> str:
    """Device tokens are 256 random bits, so a plain SHA-256 is a safe one-way store."""
    return hashlib.sha256(token.encode()).hexdigest()


def devices_removed(*, device_id: UUID | None = None, child_id: UUID | None = None) -> DomainEvent:
    """Tells every instance to stop accepting a device's token (or all of a child's)."""
    payload = {"deviceId": str(device_id)} if device_id else {"childId": str(child_id)}
    return DomainEvent(topic=DEVICES_TOPIC, kind="devices_removed", payload=payload)


@dataclass(frozen=True, slots=True)
class PairedDevice:
    device: Device
    token: str
    """Shown once; only its hash is stored."""


class ChildService:
    def __init__(
        self,
        *,
        children: ChildRepository,
        devices: DeviceRepository,
        transactions: Transactions,
        clock: Clock,
        outbox: Outbox,
        relay: OutboxNudge,
    ) -> None:
        self._children = children
        self._devices = devices
        self._tx = transactions
        self._clock = clock
        self._outbox = outbox
        self._relay = relay

    async def register_child(
        self,
        principal: Principal,
        *,
        display_name: str,
        age: int,
        parental_consent: bool,
        consent_method: str = "in_app_checkbox",
        retention_days: int | None = None,
    ) -> Child:
        principal.require(Role.PARENT)
        name = content_rules.clean_text(
            "displayName", display_name, max_chars=content_rules.MAX_DISPLAY_NAME_CHARS
        )
        content_rules.child_age(age)
        days = DEFAULT_RETENTION_DAYS if retention_days is None else retention_days
        check_retention_days("retentionDays", days)
        if not parental_consent:
            raise ValidationFailed(
                "parentalConsent", "a parent must give verifiable consent to register a child"
            )
        now = self._clock.now()
        child = Child(
            id=uuid.uuid4(),
            parent_id=principal.subject,
            display_name=name,
            age=age,
            consent_at=now,
            consent_method=consent_method,
            created_at=now,
            retention_days=days,
        )
        async with self._tx.transaction():
            await self._children.ensure_parent(principal.subject)
            await self._children.add_child(child)
        return child

    async def get_child(self, principal: Principal, child_id: UUID) -> Child:
        return readable_child(principal, await self._children.get_child(child_id), child_id)

    async def pair_device(self, principal: Principal, *, child_id: UUID, name: str) -> PairedDevice:
        clean_name = content_rules.clean_text(
            "name", name, max_chars=content_rules.MAX_DEVICE_NAME_CHARS
        )
        managed_child(principal, await self._children.get_child(child_id), child_id)
        token = DEVICE_TOKEN_PREFIX + secrets.token_urlsafe(32)
        device = Device(
            id=uuid.uuid4(), child_id=child_id, name=clean_name, paired_at=self._clock.now()
        )
        await self._devices.add_device(device, hash_device_token(token))
        return PairedDevice(device=device, token=token)

    async def get_device(self, principal: Principal, device_id: UUID) -> Device:
        device = await self._devices.get_device(device_id)
        if device is None:
            raise NotFound("device", device_id)
        if principal.role is Role.DEVICE and principal.subject == str(device_id):
            return device
        child = await self._children.get_child(device.child_id)
        if child is None or not may_manage_child(principal, child):
            raise NotFound("device", device_id)
        return device

    async def revoke_device(self, principal: Principal, device_id: UUID) -> Device:
        principal.require(Role.PARENT)
        device = await self._devices.get_device(device_id)
        if device is None:
            raise NotFound("device", device_id)
        child = await self._children.get_child(device.child_id)
        if child is None or child.parent_id != principal.subject:
            raise NotFound("device", device_id)
        if device.revoked_at is not None:
            return device
        at = self._clock.now()

        async def write() -> Device | None:
            revoked = await self._devices.revoke(device_id, at)
            if revoked is not None:
                await self._outbox.record([devices_removed(device_id=device_id)])
            return revoked

        revoked = await self._tx.run(write)
        if revoked is None:
            raise NotFound("device", device_id)
        self._relay.nudge()
        return revoked

    async def authenticate_device(self, token: str) -> Device | None:
        """The active device holding this token, or None."""
        if not token.startswith(DEVICE_TOKEN_PREFIX):
            return None
        device = await self._devices.device_by_token_hash(hash_device_token(token))
        if device is None or not device.active:
            return None
        return device
