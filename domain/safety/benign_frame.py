"""A benign frame: a harmless reading of a message ("the cat scratched me and I cried a tiny
bit"), held when its pattern is found and none of its spoilers is ("... because dad hit me").

The rules_benign_frames_* modules are made of such pairs; a Frame names the shape once. A
frame's spoiler is its own words and the kinds shared by every frame that can spoil it
(benign_frame_spoilers.spoilt_by: a real hurt, a means to kill, fear, repetition, an older
person, touching, a secret from the parents)."""

from __future__ import annotations

from dataclasses import dataclass

from domain.safety.prefilter import Prefiltered


@dataclass(frozen=True, slots=True)
class Frame:
    pattern: Prefiltered
    spoiler: Prefiltered

    def __call__(self, text: str) -> bool:
        return self.pattern.search(text) is not None and not self.spoiler.search(text)
