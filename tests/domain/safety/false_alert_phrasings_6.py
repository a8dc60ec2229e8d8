# ruff: noqa: E501  (one phrasing a line reads best)
"""Known false alerts fixed as families (false alerts 6), checked on phrasings that are not in
any data file: "X is gonna kill me" over a small slip; a parent telling the child off over a
chore, the child owning it; a grown-up teaching a skill with a tool, holding the child's hands
(and "so i didn't cut myself"); a doctor's or a nurse's examination with a parent there; family
news about a parent's partner. And the same frames spoilt by real harm, which must still be
caught."""

from __future__ import annotations

CHILD_BLOCK = (
    # A slip beside a real threat at someone else: the threat still counts.
    "mums gonna kill me i lost my coat. so tomorrow im going to stab jake with my compass",
    # "Gonna kill me" with real hurting in it.
    "mum is gonna kill me i broke her mug, she said she'd hold my hand on the hob",
    "dad will kill me i broke the remote, he hits me with his belt when i break stuff",
    "my stepmum is gonna kill me i spilt my drink and last time she locked me in the shed",
    "my uncle is gonna kill me if i tell anyone what he did to me",
    "dad's going to kill me i lost my phone and i'm scared to go home",
    # A telling-off with a hit in it.
    "mum shouted at me cos i didnt clean my room, fair enough, then she slapped me",
    "dad yelled at me for not feeding the dog and then he hit me, my fault tbh",
    # Hands held as a cover for touching or threats.
    "grandad showed me how to carve wood and held my hands and then touched my private parts",
    "my uncle showed me how to use his knife and said if i tell he will cut me",
    # A doctor's visit where the parent is there but the harm is too.
    "mum is gonna kill me i broke her mug, she said she'd hold my hand on the hob",
    "dad's gonna kill me when he sees the mess, he'll beat me",
    "the doctor took my shirt off and my mum was holding my hand and then he took pictures of me on his phone",
    "the nurse said i had to take all my clothes off and mum had to wait outside and she touched me",
    # A parent's partner who hurts or grooms the child.
    "my mums boyfriend said im his girlfriend now and not to tell mum",
    "dads girlfriend hits me when dad is at work",
    "my mum's boyfriend comes into my room at night and says its our secret",
)

CHILD_FLAG = (
    # A telling-off that is frightening, constant or cruel.
    "dad yells at me every day about my chores and im scared of him",
    "mum screamed at me for not doing the dishes and said im useless and stupid",
    "my dad yelled at me for not taking the bins out, fair tbh, but he always throws things",
    "mum yelled at me cos i forgot to feed the cat and called me a waste of space",
    # The slip excuses the "kill me" itself, never a threat at someone else beside it.
    "mums gonna kill me i lost my coat, then i'll punch him in the face",
    "dad is going to kill me i was late again, and tomorrow im gonna hit that kid who laughed",
)

CHILD_ALLOW = (
    # "Gonna kill me" over a small slip.
    "my mum is gonna kill me i forgot my pe kit again",
    "the teacher is going to kill me i didnt do my spelling homework",
    "coach is gonna kill me i missed training",
    "dad's gonna kill me i lost my new gloves on the bus",
    "mum is going to kill me i spilt paint on the carpet",
    "my teacher is gonna kill me i left my reading book at home",
    "he's gonna kill me i broke his lego car",
    "nana will kill me i ate all the chocolate biscuits",
    "mum's gonna kill me when she sees the mess, she'll hit the roof lol",
    "dad will kill me if he finds out i locked myself out lol",
    "my mum's gonna kill me i got mud on the carpet",
    # A telling-off over a chore, owned.
    "mum yelled at me cos i didnt empty the dishwasher, fair enough tbh",
    "dad yelled at me for leaving my shoes on the stairs, tbf i did leave them there",
    "my mom shouted at me because i didnt tidy my room, my fault",
    "mum got cross with me for not feeding the fish, fair",
    "dad yelled at me cos i forgot to take the bins out, which i deserved lol",
    "my mum yelled at me bc i left the lights on again, she was right tbh",
    "grandma got annoyed with me for leaving my plate on the table, my bad",
    # A skill taught with the child's hands held.
    "my grandad showed me how to whittle a spoon with his pocket knife and held my hands the whole time",
    "dad showed me how to use the big knife to chop onions and held my hand so i didnt cut myself",
    "my uncle taught me to use the saw and he kept his hands on mine",
    "mum let me use the bread knife and held my hand the whole time",
    "grandpa taught me how to hammer a nail and held my fingers so i was safe",
    "nana showed me how to sew and held my hands on the needle",
    "dad held my hands on the fishing rod and showed me how to cast",
    "miss held my hand and helped me do my handwriting",
    # A doctor's or nurse's examination with a parent there.
    "the doctor said i had to take off my jumper so he could listen to my heart and mum held my hand",
    "the nurse took my top off to look at my chicken pox, my dad was there the whole time",
    "the doctor pulled up my shirt to listen to my chest with mummy holding my hand",
    "i had to take my top off at the hospital so they could check my back, mum stayed with me",
    "the doctor pressed on my tummy to see where it hurt and dad was in the room",
    # Family news about a parent's partner.
    "my dad and his girlfriend had a baby boy so i have a little brother",
    "mum is marrying her boyfriend in the summer and im a bridesmaid",
    "dad has a baby with his girlfriend now, shes so tiny",
    "at the weekend i go to my dads and his girlfriend lives there with her daughter",
    "my mum and her boyfriend are having a baby in june",
    "my dad and his new wife took me to the zoo",
)

TEDDY_BLOCK = ()

TEDDY_ALLOW = ()
