"""Paired toys. Tokens are stored only as hashes."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from domain.model import Device
from persistence.repositories.rows import device_from_row
from persistence.tables import DeviceTable

_COLUMNS = "id, child_id, name, paired_at, revoked_at"


class PgDeviceRepository:
    async def add_device(self, device: Device, token_hash: str) -> None:
        await DeviceTable.raw(
            "INSERT INTO device (id, child_id, name, token_hash, paired_at) "
            "VALUES ({}, {}, {}, {}, {})",
            device.id,
            device.child_id,
            device.name,
            token_hash,
            device.paired_at,
        )

    async def get_device(self, device_id: UUID) -> Device | None:
        rows = await DeviceTable.raw(f"SELECT {_COLUMNS} FROM device WHERE id = {{}}", device_id)
        return device_from_row(rows[0]) if rows else None

    async def device_by_token_hash(self, token_hash: str) -> Device | None:
        rows = await DeviceTable.raw(
            f"SELECT {_COLUMNS} FROM device WHERE token_hash = {{}}", token_hash
        )
        return device_from_row(rows[0]) if rows else None

    async def revoke(self, device_id: UUID, at: datetime) -> Device | None:
        rows = await DeviceTable.raw(
            "UPDATE device SET revoked_at = COALESCE(revoked_at, {}) WHERE id = {} "
            f"RETURNING {_COLUMNS}",
            at,
            device_id,
        )
        return device_from_row(rows[0]) if rows else None
