# ruff: noqa: E501  (one phrasing a line reads best)
"""Mends: toy guns told back as weapons where a real threat is told, and known false alerts
and misses fixed as families, each with variants and near misses that must stay allowed."""

from __future__ import annotations

CHILD_BLOCK = (
    # a stranger giving leave to come and see his place, away from the family (meaning_concepts_people.ASKS)
    "a man at the beach said i can come see his boat without my family",
    "the man at the park said i can come see his puppies in his van by myself",
    "a lady at the shop said i can come see her house on my own",
    "a man at the campsite said we can come in his caravan without our mum",
    # a real gun said beside a toy one (rules_meaning_flags_everyday.WEAPON_IN, rules_benign_frames_play.toy_gun_in_play)
    "im gonna bring a gun to school tomorrow",
    "im gonna bring my water gun to school and shoot him for real",
    # a haircut blanked, another body part still counts (rules_self_harm_composed)
    "i cut my hair and then i cut my arm again",
    "my hair is ugly so i cut my wrists again",
)

CHILD_FLAG = (
    # a water, nerf or toy gun with a real threat told (WEAPON_IN, unless toy_gun_in_play)
    "im gonna bring my toy gun and my dads gun to school",
    "im gonna bring my toy gun to school to hurt them",
    "im gonna get my nerf gun tomorrow and shoot it in his eyes till it hurts",
    "ima take my water gun and a knife to school tomorrow",
    # the hotel named, then the room, by who is staying (redaction_venues._HOTEL_THEN_ROOM)
    "im staying at the travelodge by the station in room 303",
    "we are at the premier inn near the airport, room 12",
    "were staying at the motel on the main road in room 9",
    "im at the travelodge in room 214 tonight",
    # a grown-up letting the child hold or use a power tool (rules_risky._AGENCY)
    "grandad let me hold the chain saw while it was running",
    "my uncle lets me use his strimmer when nobody is looking",
    "dad let me have a go on the angle grinder",
    # near miss: a stranger ringing to check is no care
    "a man rang to check if im home alone",
)

CHILD_ALLOW = (
    # a toy gun taken along to play (rules_benign_frames_play.toy_gun_in_play)
    "gonna get you with my water gun",
    "im gonna bring my nerf gun to the park tomorrow to get my cousins",
    "ill take my super soaker to the beach tomorrow and soak you all",
    "im gonna get my squirty gun tomorrow and get my dad in the garden",
    "im gonna take my toy gun to nans tomorrow",
    # a haircut is no self-injury (rules_self_harm_composed._HAIRCUT)
    "my hair grows so fast i need to get it cut again",
    "my hair grows so fast mum has to cut it every month",
    "i want to get my hair cut short again like my cousin",
    "i had a haircut and it looks so bad i want it cut again",
    # a hurt that did not bleed is no intent (rules_self_harm_composed._INJURY_INTENT)
    "i cut my finger on the paper but it didnt bleed",
    "i scraped my leg on the bush but it didnt bleed",
    # a relative ringing or popping round to check on the child (redaction._GROWN_UP_WITH_ME)
    "my nan rang to check if im home alone",
    "grandad phoned to see if i was ok home alone",
    "auntie popped round to check if im home alone",
    "my mum texts me to check if im ok when im home alone",
    # near misses
    "mum said i can go see my friend by myself",
    "were at the hotel and the room is nice",
    "dad let me watch him use the chainsaw from far away",
    "mom let me use the sharp knife to cut cucumbers while she watched",
)

TEDDY_BLOCK = ()

TEDDY_ALLOW = ()
