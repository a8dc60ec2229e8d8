"""The concepts of one clause window for the meaning stage, each searched only when a rule
first needs it, and the cheap substring gate the rules put before a costly pattern."""

from __future__ import annotations

from functools import cached_property

from domain.safety import meaning_concepts as mc


def any_word(text: str, words: tuple[str, ...]) -> bool:
    """A cheap substring gate before a costly pattern: every word list passed holds a word
    each branch of its pattern needs, so the gate never changes a verdict."""
    return any(w in text for w in words)


class Concepts:
    """Concepts of one window, each searched only when a rule first needs it."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def adult(self) -> bool:
        return mc.ADULT.search(self.text) is not None

    @cached_property
    def online(self) -> bool:
        return mc.ONLINE.search(self.text) is not None

    @property
    def actor(self) -> bool:
        return self.adult or self.online

    @cached_property
    def asks(self) -> bool:
        return mc.ASKS.search(self.text) is not None

    @cached_property
    def secrecy(self) -> bool:
        return (
            mc.SECRECY.search(self.text) is not None and mc.BENIGN_SECRET.search(self.text) is None
        )

    @cached_property
    def camera(self) -> bool:
        return mc.CAMERA.search(self.text) is not None

    @cached_property
    def private_place(self) -> bool:
        return mc.PRIVATE_PLACE.search(self.text) is not None

    @cached_property
    def nudity(self) -> bool:
        return mc.NUDITY.search(self.text) is not None

    @cached_property
    def contact(self) -> bool:
        return mc.CONTACT.search(self.text) is not None

    @cached_property
    def family_care(self) -> bool:
        return mc.FAMILY_CARE.search(self.text) is not None

    @cached_property
    def lure(self) -> bool:
        return mc.LURE.search(self.text) is not None
