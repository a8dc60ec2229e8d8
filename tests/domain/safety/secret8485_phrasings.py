# ruff: noqa: E501  (one phrasing a line reads best)
"""secret8485: someone who said, told or made the child promise that a thing is a secret kept
from a carer is the person behind a grooming secret, though the carer is named ("he said it's
our little secret so my mum doesn't find out" was only minor, the carer read as the one acting).
A family member who asks (a present, a surprise, a sibling's prank) and the child hiding its
own tears are not (rules_grooming_stages.secret_asker, pronoun_actor; rules_grooming).

The family list's look-ahead now ends at a word's end: "mum doesn't" no longer reads as "mum'd".
A "he" or "she" after a family member of that sex is that family member ("i miss daddy since he
moved out, i cry in my pillow so mommy doesnt hear")."""

from __future__ import annotations

CHILD_BLOCK = (
    "he said its our little secret so my mum doesnt find out",
    "she told me its our special secret so my dad wont know",
    "he made me promise its a secret so my mum doesnt find out",
    "someone said its just between us so my parents dont find out",
    "they said it was our secret and dont let your mum see",
    "he told me its a secret so dad doesnt know",
    "she said keep it a secret so my nan doesnt find out",
    "he gave me sweets and said its our secret so mum doesnt find out",
    "my mum doesnt know he said its our secret",
    "my babysitter said its our secret so mum doesnt find out",
    "she hugs me and says dont tell your mum",
    "the man at the park said its our secret so my mum doesnt find out",
)
CHILD_FLAG = ("i miss my dad, he moved away, i cry quietly so my mum doesnt hear",)
CHILD_ALLOW = (
    "mum said its our secret so dad doesnt find out about his present",
    "dad said its our secret so mum doesnt find out about her birthday cake",
    "grandad said its our secret so nan doesnt find out about her present",
    "mum decided we keep it secret so dad doesnt find out about the party",
    "he said its a surprise so mum doesnt find out before her birthday",
    "my brother put a frog in mums bed and he said its our secret so mum doesnt find out",
    "my cousin broke the vase and then he said its our secret so dad doesnt find out",
    "my sister said its our secret so mum doesnt find out we ate the biscuits",
    "my teacher said its a secret so mum doesnt find out about the mothers day card",
)
TEDDY_BLOCK = ("it's our little secret, so your mum doesn't need to find out",)
TEDDY_ALLOW = ("it's a secret so your mum doesn't find out about her birthday present!",)
