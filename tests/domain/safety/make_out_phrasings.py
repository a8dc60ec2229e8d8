# ruff: noqa: E501  (one phrasing a line reads best)
"""make_out: "make out" is a sexual phrase only when it is the act. Made out of something (a
craft, what a thing is built from), made out that or like (pretended), and couldn't make out
what was said (heard) are harmless (lexicon sexual_benign_contexts); making out with someone
still blocks. Found scoring round 91 ("what can i make out of toilet roll tubes" was blocked)."""

from __future__ import annotations

CHILD_BLOCK = (
    "my boyfriend wants to make out with me behind the shed",
    "the big boy said lets make out in the tent",
    "he made out with me on the trip and said dont tell",
    "we were making out at the sleepover",
    "my babysitter wants to make out with me when mum is gone",
)
CHILD_FLAG: tuple[str, ...] = ()
CHILD_ALLOW = (
    "its made out of wood",
    "what can i make out of egg boxes",
    "we made a robot out of boxes and then made a hat out of foil",
    "my castle is made out of lego and cardboard",
    "what can you make out of old socks",
    "she made out like it was my fault but it wasnt",
    "i couldnt make out what the lady said on the speaker",
    "the slime is made out of glue and shaving foam",
)
TEDDY_BLOCK = ("Let's make out, just you and me, and don't tell your mum.",)
TEDDY_ALLOW = (
    "Let's see what we can make out of a cardboard box!",
    "A kite can be made out of paper, sticks and string.",
)
