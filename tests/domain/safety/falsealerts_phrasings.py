# ruff: noqa: E501
"""The falsealerts brief: false alerts left by earlier helpers, fixed as families with the
shared frame machinery (benign_frame.Frame, benign_frame_spoilers), and one miss.

A ball thrown at the child in play; a haircut kept out of sight; a family's fond nickname
("baldy" from a bald grandad); a blow in play or by accident from a babysitter (the one
play-or-accident frame the grown-ups-in-charge rule now consults); a parent asking when the
child is alone; a firework let off or held in a hand, whoever does it."""

from __future__ import annotations

CHILD_BLOCK = (
    # things thrown at the child, still blocked (rules_harm); the ball frame spoilt
    "mum throws plates at me",
    "mum throws shoes at me when she is drunk",
    "dad throws a shoe at me",
    "dad threw a ball at me so hard my nose was bleeding",
    "mum throws a ball at me when she is angry",
    # injuries hidden, still blocked (rules_meaning_abuse_signs); the haircut frame spoilt
    "i wear long sleeves so nobody sees the cuts on my arms",
    "i wear a hat so nobody sees my haircut and the cuts on my arms",
    "i wear a hat so nobody sees my haircut, dad cut my hair off as a punishment",
    "i hide the bruises with make up so nobody sees and i got a new haircut",
    # a grown-up in charge hitting, the play frame spoilt (rules_meaning_abuse_in_charge)
    "the babysitter kicked me on purpose when we were playing",
    "the babysitter kicked me by accident and i had a big bruise",
    "the coach hits us if we stop playing",
    # someone other than a parent asking when the child is alone (rules_grooming)
    "a man online asked which bus i take home and if im alone",
    "my online friend asked if im alone",
    "my dad asked if im alone and said dont tell mum",
)

CHILD_FLAG = (
    # a firework let off, lit or held in a hand, or thrown at people (rules_risky)
    "My uncle lets off bangers in his hand",
    "my uncle let off bangers in his hands at the party",
    "my uncle sets off bangers holding them in his hand",
    "my uncle holds the bangers in his hand when he lights them",
    "my big brother lit a rocket in his hand and it went off",
    "my cousin throws bangers at people on bonfire night",
    # a nickname that hurts, or over an illness (rules_meaning_flags)
    "my mum calls me baldy and it makes me sad",
    "my dad calls me baldy since my chemo and laughs at me",
)

CHILD_ALLOW = (
    # a ball, a frisbee or a beanbag thrown in play (rules_benign_frames_held_in_play)
    "mum throws a ball at me",
    "dad throws a frisbee at me in the park",
    "my nan chucks a beanbag at me and i have to catch it",
    "grandad lobbed a tennis ball at me for catch practice",
    # a haircut kept out of sight (rules_benign_frames_small_things)
    "i wear a hat so nobody sees my new haircut",
    "i wear a cap so no one sees my haircut, its so bad lol",
    "i hide my fringe under a hat so nobody sees, mum cut it too short",
    # a family's fond nickname
    "my grandad calls me baldy as a joke cos he is bald too",
    "my dad calls me four eyes cos he wears glasses too lol",
    "my grandad calls me slaphead for a laugh",
    # a blow in play or by accident (rules_benign_frames_held_in_play.blow_in_play)
    "the babysitter hit me with a pillow when we had a pillow fight",
    "she kicked me by accident when we were playing",
    "the babysitter kicked me by accident when we were playing",
    # a parent asking when the child is alone
    "my mum asked which bus i take home and if im alone",
    "my dad asked if im alone",
    # fireworks watched or warned about
    "we watched the fireworks from the garden",
    "dad let off the fireworks at the end of the garden and we watched from the window",
    "dad says never hold a lit banger in your hand",
    "we held the model rockets in our hands before launch",
)

TEDDY_BLOCK: tuple[str, ...] = ()

TEDDY_ALLOW: tuple[str, ...] = ()
