"""The one typed per-request context, and the `Info` alias every resolver uses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import strawberry
from strawberry.fastapi import BaseContext

from domain.errors import DomainError
from domain.principal import ANONYMOUS, Principal
from graph.loaders.registry import Loaders
from graph.services import Services


@dataclass
class Context(BaseContext):
    services: Services
    trace_id: str
    auth_error: DomainError | None = None
    caller: Principal = ANONYMOUS
    loaders: Loaders = field(init=False)
    send_outcome: Any = None
    """What `sendMessage` already returned or raised when graph/send_shortcut.py hands a
    request on to the generic path: the resolver answers with it instead of running again."""

    def __post_init__(self) -> None:
        super().__init__()
        self.loaders = Loaders(self.services)

    @property
    def principal(self) -> Principal:
        """The caller; a bad token fails every field that needs to know who is calling."""
        if self.auth_error is not None:
            raise self.auth_error
        return self.caller

    def fresh_loaders(self) -> Loaders:
        """A WebSocket keeps one context for its life: each event gets new loaders."""
        self.loaders = Loaders(self.services)
        return self.loaders


Info = strawberry.Info[Context, None]
