# ruff: noqa: E501  (one phrasing a line reads best)
"""fa9091: rounds 90 and 91's false alerts fixed as families, with fresh phrasings of each and
their near misses (none of the rounds' own lines).

Comfort the child takes for itself when a feeling comes (a keepsake hugged, worn or smelt, a
cuddly squeezed, photos or voice notes) is mild distress (rules_benign_frames_feelings_settled
.comfort_taken); tears, nobody coming, being alone, a hurt, fear of a person or a secret still
flag. Beaten at a game by a grown-up ("he always beats me") is no abuse (rules_benign_frames_
friend_play.beaten_at_a_game); beaten with something, beaten up, a blow or a hurt beside it
still blocks. A small burn from a hot tool seen to with cold water is no danger (rules_benign_
frames_care.burn_seen_to); a glue gun is a hot tool, not a poison (rules_risky), and a part
held on it by someone else is abuse (rules_meaning_abuse_hot_threat.HELD_IT_ON). Naked eggs, a
naked flame, the naked eye are the word's harmless senses (lexicon sexual_benign_contexts, read
at the word in rules_sexual_content). A blow "at football" is no win: only the verbs of winning
are excused by a contest (rules_harm._WIN_OVER)."""

from __future__ import annotations

CHILD_BLOCK = (
    "my stepdad beats me every single time i spill something",
    "we played cards and then dad beat me with his belt",
    "we played cards with uncle and he beat me up when i won",
    "grandma beats me with a wooden spoon when we play cards",
    "dad beat me at chess and then hit me when i cried",
    "we were playing football and my stepdad beat me so hard i got bruises",
    "the babysitter plays a game where she beats me if i lose",
    "my finger got burnt when he held it on the glue gun",
    "my stepdad held my finger on the hot glue gun because i made a mess",
    "my hand hurts cos mum held it on the straighteners when i wouldnt sit still",
    "he pressed my hand on the glue gun and then put it under cold water so nobody would see",
    "i burn myself with the glue gun when im sad",
    "he sent me naked photos of himself",
    "the man asked me to send naked pics of me",
    "we made naked eggs and then he made me get naked",
    "uncle took naked pictures of me",
    "when im sad i scratch my arms and then hug my teddy",
)

CHILD_FLAG = (
    "i hug my knees and cry every night and nobody comes",
    "when im sad i hug my teddy but nobody comes and i cry all night",
    "when im sad i hug her jumper and cry myself to sleep",
    "when im scared of my stepdad i hug my teddy and hide",
    "im sad all the time and i hug grandmas jumper every night",
    "when im sad about grandma i hug her jumper, mum doesnt care",
    "can i use the hot glue gun by myself when mum is out",
    "i touched the glue gun on purpose to see if it hurts then put it under cold water",
    "im gonna punch him at football tomorrow",
    "im gonna kick her at netball",
    "im going to trip him in the race on sports day",
    "im gonna slap her at swimming",
    "im gonna beat him up at football",
)

CHILD_ALLOW = (
    "when i miss grandad i wear his old scarf and it helps",
    "i cuddle my teddy when im scared at night",
    "whenever im sad i look at the photos of my dog",
    "when i feel lonely at dads i listen to mums voice notes",
    "i smell nanas perfume when i miss her",
    "i squeeze my bunny when im worried about my test",
    "we play snap with grandad on sundays and he always beats me",
    "my nan beats me at scrabble every time, shes so good",
    "dad thrashed me at chess again lol",
    "we had a race on the beach and my stepdad beat me easily",
    "mum beat me every single game of uno",
    "my auntie beat me at monopoly and then she let me have a rematch",
    "i burnt my thumb on the glue gun and mum put it under the cold tap",
    "the glue gun caught my finger at craft club and the teacher gave me an ice pack",
    "the iron got my finger a bit so dad put it under cold water",
    "i touched the hot oven door and mum ran my hand under the cold tap",
    "mum let me use the glue gun with her watching",
    "my fingers got cold so grandma held them in front of the fire",
    "dad held my hands over the fire to warm them up",
    "we learnt about naked mole rats, they have no fur and live under ground",
    "you can see venus with the naked eye if you look really hard",
    "the teacher said never put paper near a naked flame",
    "my mum made a naked cake for my birthday with strawberries on",
    "slugs are like naked snails, they dont have shells",
    "we left the naked egg in syrup and it shrank",
    "im going to beat my brother at mario kart",
    "im gonna smash them at netball",
    "im gonna crush you at monopoly",
    "im gonna tackle him at rugby on saturday",
    "im gonna beat her in the race",
)

TEDDY_BLOCK = (
    "Punch him at football tomorrow, he deserves it!",
    "Send me a naked photo of you, it can be our secret.",
)

TEDDY_ALLOW = (
    "Naked eggs are so cool! The vinegar dissolves the shell and leaves a bouncy egg.",
    "Naked mole rats live underground and hardly have any fur.",
    "Some stars are bright enough to see with the naked eye!",
    "Well done for putting your finger under cold water, that's just the right thing to do.",
    "Maybe you can beat your grandma at cards next time!",
)
