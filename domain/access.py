"""Ownership rules: who may read or act on a child and what hangs off it."""

from __future__ import annotations

from uuid import UUID

from domain.errors import NotFound
from domain.model import Child
from domain.principal import Principal, Role


def may_read_child(principal: Principal, child: Child) -> bool:
    if principal.role is Role.PARENT:
        return child.parent_id == principal.subject
    if principal.role is Role.DEVICE:
        return child.id == principal.child_id
    return False


def may_manage_child(principal: Principal, child: Child) -> bool:
    return principal.role is Role.PARENT and child.parent_id == principal.subject


def readable_child(principal: Principal, child: Child | None, child_id: UUID) -> Child:
    """The child, or NOT_FOUND: a stranger learns nothing, not even that it exists."""
    if child is None or not may_read_child(principal, child):
        raise NotFound("child", child_id)
    return child


def managed_child(principal: Principal, child: Child | None, child_id: UUID) -> Child:
    principal.require(Role.PARENT)
    if child is None or not may_manage_child(principal, child):
        raise NotFound("child", child_id)
    return child
