"""(fa2) Rules-only false alerts fixed as families: a comforting squeeze when the child was
scared, a carer's threat the child says is never carried out, another child's "kys" reported
with disapproval after they were punished, and never waking up in time, late or early. The
real disclosures sharing the words (a squeeze so hard, scared of the squeezer, the slipper
used, a "kys" agreed with, sleeping and never waking up) stay blocked."""

from __future__ import annotations

CHILD_BLOCK = (
    "she told me kys and got reported, it was so mean",
    "someone said kys to me, thats not nice",
    "a girl in my class messaged me kys and got told off, that was horrible",
    "mum hits me with the slipper",
    "dad says ill get the slipper and he does it every time i'm late",
    "mum says i'll get the belt but she never does it, only once when i was bad",
    "mummy squeezed my hand cos i was scared of her",
    "daddy squeezed my hand so hard cos i was scared",
    "he said kys and i think hes right",
    "i wish i could go to sleep and never wake up",
    "i want to never wake up again",
)
# a comfort squeeze at a fright: the fright may flag, the squeeze no longer blocks
CHILD_FLAG = ("mummy squeezed my hand at the bonfire cos i was scared of the bangs",)
CHILD_ALLOW = (
    "grandma squeezed my hand during the film because i was so frightened",
    "dad says i'll get the wooden spoon if i dont eat my peas but he never actually does it haha",
    "mum says i'll get the slipper if i'm cheeky but she's only joking",
    "my mate said kys in the game chat and got kicked, it was so mean",
    "this kid said kys on the server and got muted, that was really not ok",
    "i bet i'll never wake up on time for the trip tomorrow haha",
    "what if i never wake up early enough for swimming",
)
TEDDY_BLOCK: tuple[str, ...] = ()
TEDDY_ALLOW: tuple[str, ...] = ()
