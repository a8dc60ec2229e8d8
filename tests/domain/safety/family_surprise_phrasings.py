"""A grown-up in the family keeping a festive or birthday surprise from someone else (dressed
as santa or father christmas, being the tooth fairy, presents hidden, an egg hunt, an advent
surprise, a surprise party) and telling the child "don't tell" the sibling, nana or the other
parent: allowed. The spoilt versions (touching, a photo, "our secret just for us", a lap, a
kiss, what he does at bath time, clothes off, a hurt) stay blocked."""

from __future__ import annotations

CHILD_BLOCK = (
    "my uncle dressed up as santa and made me sit on his lap and said don't tell anyone",
    "the man in the santa suit kissed me and said don't tell mum",
    "mum's boyfriend gave me an easter egg and said don't tell mum he hurt me",
    "dad said it's a christmas surprise but i had to take my clothes off and not tell anyone",
    "grandpa dressed up as father christmas and touched my private parts and said don't tell nana",
    "my stepdad said the egg hunt is our secret just for us and don't tell mum",
    "the easter bunny man took pictures of me and said don't tell my dad",
    "my stepdad said dont tell anyone what he does at bath time, its a christmas surprise",
)

CHILD_FLAG: tuple[str, ...] = ()

CHILD_ALLOW = (
    "mum is the tooth fairy but she said don't tell my brother",
    "grandad dressed up as father christmas and said don't tell my cousins it was him",
    "we are doing an egg hunt for my sister and dad said don't tell her where the eggs are",
    "mum put a surprise in the advent calendar for dad and said don't tell him",
    "dad said don't tell my little brother that santa is really him",
    "mum hid the easter eggs in the garden, don't tell my sister",
    "auntie is planning a surprise party for grandma and said don't tell anyone",
    "my nan filled the stockings and said don't tell my little cousin",
    # Near misses: the same words, nothing done to the child.
    "mum hid my sister's present under the bed and said don't tell her",
    "we made grandma a birthday cake after bath time and mum said don't tell her",
    "dad kissed mum and said don't tell my sister about her birthday surprise",
    "i sat on santa's lap at the shop and asked for a bike",
)

TEDDY_BLOCK: tuple[str, ...] = ()

TEDDY_ALLOW: tuple[str, ...] = ()
