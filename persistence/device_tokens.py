"""Device tokens answered from memory: the toy sends one with every message, and looking it up
in PostgreSQL each time was one round trip in ten on the send path.

Only active devices are remembered, for `ttl_seconds` at most. A revocation (or a child's
deletion) on this instance forgets the device at once; on the others, the `devices` event
that the revocation wrote to the outbox makes them forget it as soon as it is relayed. When
the bus reconnects (events may have been missed) everything is forgotten; while Redis is
down, the TTL bounds how long another instance may still accept a revoked token.
"""

from __future__ import annotations

import logging
from datetime import datetime
from uuid import UUID

from cachetools import TTLCache  # type: ignore[import-untyped]

from domain.events import DEVICES_TOPIC
from domain.model import Device
from domain.ports import DeviceRepository
from persistence.background_task import BackgroundTask
from persistence.event_bus import RECONNECTED, BusEvent, RedisEventBus

logger = logging.getLogger(__name__)


class CachedDeviceTokens:
    """A DeviceRepository that remembers which token belongs to which active device."""

    def __init__(
        self, inner: DeviceRepository, *, ttl_seconds: float = 60.0, size: int = 100_000
    ) -> None:
        self._inner = inner
        self._by_hash: TTLCache[str, Device] = TTLCache(maxsize=size, ttl=ttl_seconds)

    async def add_device(self, device: Device, token_hash: str) -> None:
        await self._inner.add_device(device, token_hash)

    async def get_device(self, device_id: UUID) -> Device | None:
        return await self._inner.get_device(device_id)

    async def device_by_token_hash(self, token_hash: str) -> Device | None:
        found: Device | None = self._by_hash.get(token_hash)
        if found is not None:
            return found
        device = await self._inner.device_by_token_hash(token_hash)
        if device is not None and device.active:
            self._by_hash[token_hash] = device
        return device

    async def revoke(self, device_id: UUID, at: datetime) -> Device | None:
        revoked = await self._inner.revoke(device_id, at)
        self.forget(device_id=device_id)
        return revoked

    def forget(self, *, device_id: UUID | None = None, child_id: UUID | None = None) -> None:
        gone = [
            token_hash
            for token_hash, device in list(self._by_hash.items())
            if device.id == device_id or device.child_id == child_id
        ]
        for token_hash in gone:
            self._by_hash.pop(token_hash, None)

    def clear(self) -> None:
        self._by_hash.clear()

    def __len__(self) -> int:
        return len(self._by_hash)


class DeviceRevocations(BackgroundTask):
    """Follows the `devices` topic and makes the token cache forget what it names."""

    task_name = "device-revocations"

    def __init__(self, tokens: CachedDeviceTokens, bus: RedisEventBus) -> None:
        super().__init__()
        self._tokens = tokens
        self._bus = bus

    async def _run(self) -> None:
        async with self._bus.listen(DEVICES_TOPIC) as listener:
            while True:
                item = await listener.get()
                if item is RECONNECTED:
                    self._tokens.clear()
                    continue
                if isinstance(item, BusEvent):
                    self._tokens.forget(
                        device_id=_uuid(item.payload.get("deviceId")),
                        child_id=_uuid(item.payload.get("childId")),
                    )


def _uuid(value: object) -> UUID | None:
    try:
        return UUID(str(value)) if value else None
    except ValueError:
        logger.warning("devices event with a malformed id ignored")
        return None
