"""False alerts of the distress rules found while fixing round 43 (helpers' notes), fixed as
families and checked on phrasings in no data file: a friend "called" someone, no friends "yet"
after a move, being kicked off a team as a consequence, and a baby or toddler sibling's shove
(softened to minor, not dropped). Real loneliness and real bullying are still flagged."""

from __future__ import annotations

CHILD_BLOCK: tuple[str, ...] = ()

CHILD_FLAG = (
    "i dont have any friends and nobody plays with me at break",
    "i dont have a friend at my new school and i eat lunch alone every day",
    "the girls kicked me at break and laughed",
    "the big kids push me every day on the way home",
    "the older boys kicked me off the bench and called me names",
)

CHILD_ALLOW = (
    "i dont have a friend called bob but i have a friend called rob",
    "we moved house and i don't have any friends yet but the kids next door seem nice",
    "i dont have a best friend named lily, lily is my cousin",
    "the coach kicked me off the team for a week for swearing, fair enough",
    "my coach kicked me out of the match for a silly tackle, fair enough",
    "my baby sister pushed me off the couch and then she laughed",
    "my baby brother hit me with his rattle",
)

TEDDY_BLOCK: tuple[str, ...] = ()
TEDDY_ALLOW: tuple[str, ...] = ()
