"""`node(id:)` for the service's types: each asks its domain service, which checks ownership."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Protocol, TypeVar
from uuid import UUID

from domain.errors import NotFound

NodeT = TypeVar("NodeT", bound="FromDomain")


class FromDomain(Protocol):
    @classmethod
    def from_domain(cls, record: Any) -> Any: ...


async def owned_nodes(
    cls: type[NodeT],
    node_ids: Iterable[str],
    fetch: Callable[[UUID], Awaitable[Any]],
    *,
    required: bool,
) -> list[Any]:
    """Each id through `fetch` (which raises NOT_FOUND for a stranger); None where it is
    missing or not the caller's, unless the node is required."""
    found: list[Any] = []
    for node_id in node_ids:
        try:
            found.append(cls.from_domain(await fetch(UUID(node_id))))
        except (NotFound, ValueError):
            if required:
                raise
            found.append(None)
    return found
