# ruff: noqa: E501  (one phrasing a line reads best)
"""miss8687gs: rounds 86 and 87's missed grooming and sexual lines (lessons, coaches, talent
shows, photographers, the flats, taxis, delivery drivers), fixed as families in
rules_meaning_grooming_lessons_lifts.py, each for a grown-up who is not the child's parent:
a body or underwear asked (BODY_ASKED), the child wanted alone in a private room of theirs for
something private or secret (PRIVATE_ROOM), a closeness grown-ups "wouldn't get"
(CLOSE_UNSEEN), a gift for silence (GIFT_FOR_SILENCE), posed in underwear or on a bed (POSED),
the changing room or showers entered to dry or watch the child (CHANGING_INTRUDED), a treat or
a trip that a parent "doesn't need to know" (PARENT_NEEDNT_KNOW). Carers, doctors and nurses,
fittings with mum there, the whole team, repairs and children's own dens stay allowed."""

from __future__ import annotations

CHILD_BLOCK = (
    "the man from the corner shop asked what colour my knickers are",
    "my swimming teacher keeps asking if ive got boobs yet",
    "the bus driver wants me to come to his flat after school on my own",
    "the judge said i should come to his hotel room alone for a private audition",
    "the janitor said the basement is our little secret den and not to tell",
    "my piano teacher says my parents would never understand what we have",
    "my tutor said hell give me twenty quid if i dont tell mum what happened in the lesson",
    "my football coach said he'll buy me new boots as long as i keep quiet about it",
    "the modelling man said the next photos are in my bra and pants",
    "the photographer told me to lie on the bed and pose sexy",
    "the lifeguard came into the showers to watch us when we were getting changed",
    "the uber driver said hell get me a milkshake and my dad doesnt have to know",
)
CHILD_FLAG: tuple[str, ...] = ()
CHILD_ALLOW = (
    "the coach drives the whole team home after training",
    "mum bought me the leotard i wanted for the competition",
    "the photographer at school photo day said smile and say cheese",
    "the caretaker was fixing the lift in our flats today",
    "the caretaker let us in the boiler room to get our ball back",
    "the caretaker said the bins are in the basement and its our job to take them out",
    "me and my mates have a secret hangout in the den in the woods",
    "the lady in the shop measured me for my school uniform and mum was there",
    "mum asked if i need a bra yet",
    "the nurse asked if ive started my periods yet",
    "mum comes in the changing room to dry my hair after swimming",
    "the coach waits outside the changing room while we get changed",
    "the taxi driver took me and mum to the station",
    "grandad said mum doesnt need to know we had ice cream before tea",
    "my best friend says grown ups wouldnt get how close we are",
    "my coach says the team is like a family and we are really close",
    "the talent show man said everyone has to come to the hall for rehearsal",
    "mum took a picture of me lying on the bed with the puppy",
    "the catalogue has pictures of ladies posing in underwear",
    "my dance teacher says i can have a private lesson at the studio on saturday with mum watching",
    "our hotel room at the competition is next to the coach's room",
    "the delivery driver asked if mum was in and what colour the door is",
)
TEDDY_BLOCK: tuple[str, ...] = ()
TEDDY_ALLOW: tuple[str, ...] = ()
