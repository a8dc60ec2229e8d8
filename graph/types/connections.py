"""Relay connection shapes shared by every list."""

from __future__ import annotations

from typing import Generic, TypeVar

import strawberry
from strawberry import relay

NodeT = TypeVar("NodeT")


@strawberry.type
class Edge(Generic[NodeT]):
    cursor: str
    node: NodeT


@strawberry.type
class Connection(Generic[NodeT]):
    edges: list[Edge[NodeT]]
    page_info: relay.PageInfo

    @strawberry.field
    def nodes(self) -> list[NodeT]:
        return [edge.node for edge in self.edges]


def page_info(cursors: list[str], *, has_next: bool, has_previous: bool) -> relay.PageInfo:
    return relay.PageInfo(
        has_next_page=has_next,
        has_previous_page=has_previous,
        start_cursor=cursors[0] if cursors else None,
        end_cursor=cursors[-1] if cursors else None,
    )
