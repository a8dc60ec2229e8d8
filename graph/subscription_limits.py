"""Caps on live subscriptions: per connection and per principal, in this process."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator

from domain.errors import TooManySubscriptions
from domain.principal import Principal

PER_CONNECTION = 20
PER_PRINCIPAL = 50


class SubscriptionLimits:
    def __init__(self, per_connection: int = PER_CONNECTION, per_principal: int = PER_PRINCIPAL):
        self.per_connection = per_connection
        self.per_principal = per_principal
        self._connections: Counter[int] = Counter()
        self._principals: Counter[tuple[str, str]] = Counter()

    @contextlib.contextmanager
    def hold(self, connection: object, principal: Principal) -> Iterator[None]:
        """`connection` is the object that lives as long as the socket (its context)."""
        conn_key = id(connection)
        who = (principal.role.value, principal.subject)
        if self._connections[conn_key] >= self.per_connection:
            raise TooManySubscriptions(
                f"at most {self.per_connection} subscriptions per connection",
                limit=self.per_connection,
                scope="connection",
            )
        if self._principals[who] >= self.per_principal:
            raise TooManySubscriptions(
                f"at most {self.per_principal} subscriptions per user",
                limit=self.per_principal,
                scope="principal",
            )
        self._connections[conn_key] += 1
        self._principals[who] += 1
        try:
            yield
        finally:
            self._connections[conn_key] -= 1
            if self._connections[conn_key] <= 0:
                del self._connections[conn_key]
            self._principals[who] -= 1
            if self._principals[who] <= 0:
                del self._principals[who]


LIMITS = SubscriptionLimits()
