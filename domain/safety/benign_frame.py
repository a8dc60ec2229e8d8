"""A benign frame: a harmless reading of a message ("the cat scratched me and I cried a tiny
bit"), held when its pattern is found and none of its spoilers is ("... because dad hit me").

The rules_benign_frames_* modules are made of such pairs; a Frame names the shape once. A
frame's spoiler is its own words, and every frame is also spoilt by the kinds shared by all
frames (benign_frame_spoilers: a real hurt, a means to kill, fear, being scared, repetition,
an older person, touching, a secret from the parents): the Frame adds them itself, so no frame
can leave them out. A frame whose harmless reading is itself one of those kinds (a tickle is
TOUCH, a surprise is HIDDEN, a grown-up's drink is OLDER) names it in `waives`, and only
those kinds are left out.

The shared kinds are one pre-filtered pattern per set of waived kinds (a handful in all), and
run only when the frame's own pattern is found: a frame costs what it did."""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.safety.benign_frame_spoilers import every_kind_but
from domain.safety.prefilter import Prefiltered


@dataclass(frozen=True, slots=True)
class Frame:
    pattern: Prefiltered
    spoiler: Prefiltered
    """The frame's own spoilers (the shared kinds are added by the frame itself)."""
    waives: tuple[str, ...] = ()
    """Shared kinds (benign_frame_spoilers) that are the frame's own harmless reading."""
    shared: Prefiltered = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "shared", every_kind_but(*self.waives))

    def __call__(self, text: str) -> bool:
        return (
            self.pattern.search(text) is not None
            and not self.spoiler.search(text)
            and not self.shared.search(text)
        )

    def at(self, text: str, pos: int) -> bool:
        """The frame read where a rule's match starts (`pos`), its spoilers in the whole text."""
        return (
            self.pattern.match(text, pos) is not None
            and not self.spoiler.search(text)
            and not self.shared.search(text)
        )
