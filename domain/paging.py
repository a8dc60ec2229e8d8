"""Keyset pages: the API's Relay connections map onto these."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from domain.errors import ValidationFailed

T = TypeVar("T")
K = TypeVar("K")

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20


@dataclass(frozen=True, slots=True)
class PageRequest(Generic[K]):
    """`first`/`after` page forwards, `last`/`before` backwards; keys are decoded cursors."""

    limit: int
    forward: bool = True
    after: K | None = None
    before: K | None = None

    @classmethod
    def from_args(
        cls,
        *,
        first: int | None,
        last: int | None,
        after: K | None,
        before: K | None,
    ) -> PageRequest[K]:
        if first is not None and last is not None:
            raise ValidationFailed("first", "pass either first or last, not both")
        for name, value in (("first", first), ("last", last)):
            if value is not None and not 0 <= value <= MAX_PAGE_SIZE:
                raise ValidationFailed(
                    name, f"must be between 0 and {MAX_PAGE_SIZE}", max=MAX_PAGE_SIZE
                )
        if last is not None:
            return cls(limit=last, forward=False, after=after, before=before)
        return cls(limit=DEFAULT_PAGE_SIZE if first is None else first, after=after, before=before)


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    has_next_page: bool
    has_previous_page: bool

    @classmethod
    def from_overfetch(cls, rows: list[T], request: PageRequest[K]) -> Page[T]:
        """`rows` were fetched with limit + 1 in the request's direction, nearest first."""
        more = len(rows) > request.limit
        items = rows[: request.limit]
        if request.forward:
            return cls(items, has_next_page=more, has_previous_page=request.after is not None)
        items.reverse()
        return cls(items, has_next_page=request.before is not None, has_previous_page=more)
