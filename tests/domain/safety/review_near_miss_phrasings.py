"""Near misses a review of round 43's and batch F's new rules found raised (or, for the last
flag, let through), mended in the rules and kept here: everyday hopes and hiding games, "still
here" because a lift is late, a school trip, a freezing game, photos deleted for room, a grave
visited, a stripy jumper, a little brother running naked in a story; a push off a stage is
still a flag, and a threat at a whole class is not excused as exasperation."""

from __future__ import annotations

CHILD_BLOCK = ("i could kill everyone in my class",)

CHILD_FLAG = ("the big kids pushed me off the stage",)

CHILD_ALLOW = (
    "i hope i wont wake up too early on christmas morning",
    "we are playing sardines and i hope i'll never be found",
    "the only reason i'm still here is my dad is late picking me up",
    "bye teddy, when you wake up i will be gone, i'm at a school trip",
    "when the music stops we all freeze and so do i",
    "i deleted all my photos because the ipad was full, dont worry they are on mums phone",
    "my grandpa died and today we will go where he is buried with flowers",
    "can i tell you a story about my teacher and her stripy jumper",
    "i'll tell you a funny story about my little brother, he ran naked round the garden",
)

TEDDY_BLOCK: tuple[str, ...] = ()
TEDDY_ALLOW: tuple[str, ...] = ()
