"""Who is calling: built by the API from a token, checked by the domain."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from uuid import UUID

from domain.errors import Forbidden, Unauthenticated


class Role(enum.Enum):
    ANONYMOUS = "anonymous"
    PARENT = "parent"
    DEVICE = "device"
    MODERATOR = "moderator"
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class Principal:
    role: Role
    subject: str = ""
    """Parent id, moderator/admin id, or device id as text."""
    child_id: UUID | None = None
    """For a device: the one child it acts for."""

    @property
    def is_staff(self) -> bool:
        return self.role in (Role.MODERATOR, Role.ADMIN)

    @property
    def device_id(self) -> UUID:
        if self.role is not Role.DEVICE:
            raise Forbidden("only a device may do this")
        return UUID(self.subject)

    def require(self, *roles: Role) -> None:
        if self.role is Role.ANONYMOUS:
            raise Unauthenticated("authentication required")
        if self.role not in roles:
            raise Forbidden(f"role {self.role.value} may not do this")


ANONYMOUS = Principal(Role.ANONYMOUS)
