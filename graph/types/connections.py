"""Relay connection shapes shared by every list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import strawberry
from strawberry import relay

from domain.paging import Page

NodeT = TypeVar("NodeT")
RecordT = TypeVar("RecordT")


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


def connection_of(
    page: Page[RecordT],
    cursor: Callable[[RecordT], str],
    node: Callable[[RecordT], NodeT],
) -> Connection[NodeT]:
    """A domain page as a Relay connection: each record's cursor and node."""
    edges = [Edge(cursor=cursor(record), node=node(record)) for record in page.items]
    return Connection(
        edges=edges,
        page_info=relay.PageInfo(
            has_next_page=page.has_next_page,
            has_previous_page=page.has_previous_page,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
    )
