"""The concepts of one clause window for the meaning stage, each searched only when a rule
first needs it, and the cheap substring gate the rules put before a costly pattern."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from domain.safety import meaning_concepts as mc


class _once:  # noqa: N801  (used as a decorator, like the cached_property it replaces)
    """A concept searched on first use and then kept on the instance: functools'
    cached_property without its lock (one window belongs to one assessment)."""

    def __init__(self, find: Callable[[Any], bool]) -> None:
        self._find = find
        self._name = find.__name__

    def __get__(self, window: Any, owner: Any = None) -> bool:
        value = self._find(window)
        window.__dict__[self._name] = value  # later reads find it before this descriptor
        return value


def any_word(text: str, words: tuple[str, ...]) -> bool:
    """A cheap substring gate before a costly pattern: every word list passed holds a word
    each branch of its pattern needs, so the gate never changes a verdict."""
    return any(map(text.__contains__, words))


class Concepts:
    """Concepts of one window, each searched only when a rule first needs it."""

    def __init__(self, text: str) -> None:
        self.text = text

    @_once
    def adult(self) -> bool:
        return mc.ADULT.search(self.text) is not None

    @_once
    def online(self) -> bool:
        return mc.ONLINE.search(self.text) is not None

    @property
    def actor(self) -> bool:
        return self.adult or self.online

    @_once
    def asks(self) -> bool:
        return mc.ASKS.search(self.text) is not None

    @_once
    def secrecy(self) -> bool:
        return mc.SECRECY.search(self.text) is not None and not mc.benign_secret(self.text)

    @_once
    def camera(self) -> bool:
        return mc.CAMERA.search(self.text) is not None

    @_once
    def private_place(self) -> bool:
        return mc.PRIVATE_PLACE.search(self.text) is not None

    @_once
    def nudity(self) -> bool:
        return mc.NUDITY.search(self.text) is not None

    @_once
    def contact(self) -> bool:
        return mc.CONTACT.search(self.text) is not None

    @_once
    def family_care(self) -> bool:
        return mc.FAMILY_CARE.search(self.text) is not None

    @_once
    def lure(self) -> bool:
        return mc.LURE.search(self.text) is not None
