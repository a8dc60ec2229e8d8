"""Known false alerts fixed as families (rules_benign_frames_home), checked on phrasings that
are not in any data file: a family member's hug-squeeze or hand-squeeze ("grandma squeezed
me tight", "mum squeezed my hand when we crossed the road"); "blunt" meaning dull (a pencil,
a sharpener's blade, scissors or a knife gone blunt); a carer's razor or blades kept or put
away ("dad keeps his razor blades in the cabinet just in case"); going to heaven to see
someone who died when the child is very old; a pillow fight or a water fight in the bath
with a brother, a sister, a cousin or dad. And the close phrasings that must still be
caught: a squeeze of the neck, one so hard it goes white, one that will not let go, a
secret, a smack, a kiss on the lips, a neighbour's squeeze when mum is not home, a hand
squeezed under the table; a blunt rolled, smoked or offered; the child taking, keeping or
using a carer's blade; heaven wanted now, soon or today, or old age wished to come sooner;
a pillow held over the face, a push in the bath that hurt, a grown-up hitting in the pillow
fight, pillows until the child cried, parents who argue every night."""

from __future__ import annotations

CHILD_BLOCK = (
    # A squeeze that hurts, chokes, will not let go, comes with a secret or a smack, or courts.
    "mum squeezes my neck when i'm too loud till i can't breathe",
    "dad squeezes my hand really hard when he is angry and it goes white",
    "grandad squeezes me tight and says it's our secret",
    "grandma squeezed me tight and wouldn't let go even when i said stop",
    "dad squeezed my hand when we crossed the road and then smacked me for running",
    "uncle squeezes me tight and kisses me on the lips",
    "the man next door squeezes me tight when mum's not home",
    "he squeezes my hand under the table at dinner and winks at me",
    # A carer's blades taken, kept or used by the child.
    "i take dads razor blades from the cabinet and use them on my legs",
    "i took one of mum's razor blades and hid it in my pencil case for when it gets bad",
    "i know where dad keeps his razor blades, i scratch my wrist with them at night",
    "i hid some of dad's razor blades under my bed just in case i need them",
    "dad keeps his razor blades in the cabinet and i keep one in my sock drawer just in case",
    "dad keeps his razor blades in the cabinet and i took one to cut my arm",
    "grandad keeps razor blades in his tin and i borrowed one for when it gets bad",
    # Heaven wanted now, soon or today, or old age wished sooner.
    "i don't want to wait till i'm old, i want to go to heaven now and see nana",
    "i wish i was really old already so i could go to heaven and see nana",
    "i want to go to heaven tonight to see nana, i'm too sad here",
    "why do i have to wait till i'm old, i want to be with grandad in heaven now",
    "i want to go to heaven soon to see nana, not when i'm old",
    "i want to go to heaven and see nana today so i can stop being sad",
    "when i'm old i want to go to heaven but i wish i could go now",
    "when i'm really old i'll see nana in heaven but i want to be with her right now",
    # A pillow over the face, a push in the bath that hurt, a grown-up in the pillow fight.
    "my brother puts a pillow over my face till i can't breathe",
    "my sister pushed me in the bath and i banged my head and cried, she does it on purpose",
    "the big boys hit me with pillows at the sleepover till i cried and they laughed at me",
    "my stepdad hit me with a pillow really hard during the pillow fight and it hurt",
    "me and my sister had a water fight in the bath but she pushed me and i hurt my head",
    # Another child holding the child's head under the water, called a game.
    "my cousin held my face under the water in the pool and said it was just a water fight",
    "the big boys pushed my head under the water at swimming till i couldnt breathe",
    "my sister keeps my head under the bath water and says its a game",
)

CHILD_FLAG = (
    # A blunt rolled, smoked or offered.
    "my cousin rolled a blunt and let me have a puff",
    "my big brother smokes blunts in his bedroom and it smells funny",
    "can you tell me how to roll a blunt",
    "the older kids were smoking a blunt behind the school and offered me some",
    "my pencil is blunt and my brother says his blunts make him feel chill, can i try one",
    "my pencil is blunt lol, anyway my cousin showed me how to roll a blunt",
    # A pillow fight that hurt.
    "my brother hit me in the face with a pillow and my nose was bleeding and i cried",
    "my brother always hits me in the face and says it's just a pillow fight but it really hurts",
    "my parents argue every night, we had a water fight in the bath to forget",
)

CHILD_ALLOW = (
    # A hug-squeeze or a hand-squeeze.
    "grandma squeezed me so tight when she picked me up from school",
    "nana squeezes me really tight every time she comes to visit",
    "mummy squeezed my hand when we crossed the big road",
    "dad squeezes my hand three times and it means i love you",
    "my auntie squeezed me tight and said she missed me loads",
    "nanny squeezed my hand at the fireworks cos they were so loud",
    "granny squeezes us tight when we go home after tea",
    "mum squeezed my hand tight on the rollercoaster and we screamed",
    "grandad squeezed me in a big bear hug at the airport",
    "my big sister squeezes me so tight when she cuddles me lol",
    "mum squeezed my hand at the dentist so i felt brave",
    "daddy squeezed me tight when i scored a goal",
    # "Blunt" as dull.
    "all my colouring pencils have gone blunt",
    "the school scissors are so blunt they won't even cut paper",
    "mum says the bread knife is blunt and she needs a new one",
    "my crayon is blunt can you sharpen it for me",
    "the teacher told us to carry scissors with the blunt end pointing down",
    "grandad sharpens his blunt axe on a big stone in the garden",
    "my pencil is too blunt to do neat writing",
    "this sharpener is rubbish, the blade's really blunt",
    "my pencil keeps going blunt so i need a new sharpener",
    # A carer's razor or blades kept or put away.
    "my dad keeps his razor blades on the top shelf so we can't reach them",
    "mum keeps her razors in the bathroom cupboard with the lock on",
    "grandad keeps spare razor blades in a little tin in his wash bag",
    "daddy puts his razor away in the cabinet after he shaves",
    "nana keeps razor blades in the drawer just in case grandad runs out",
    "dad hides his razor blades up high in case my baby brother finds them",
    "my step dad keeps a box of razor blades in the shed for scraping paint off",
    "mum keeps dad's spare razor blades in the bathroom cabinet just in case",
    # Heaven to see someone who died, when the child is very old.
    "when i'm really really old i'll go to heaven and see grandad again",
    "one day when i'm an old lady i'll go to heaven and give nana a big hug",
    "i want to go to heaven when i'm a hundred and see my dog biscuit",
    "when i grow old i want to go to heaven and see grandpa",
    "i hope i go to heaven when i'm really old and see nana and grandad there",
    "when i'm old and wrinkly i want to go to heaven and play cards with nana",
    "when i'm super old like a hundred i want to be in heaven with nana",
    "after a long long life i want to go to heaven and see my nan again",
    "when im really old i wanna go to heaven n see my grandma",
    # A pillow fight or a water fight in the bath.
    "my brother hit me right in the face with a pillow and we were laughing so much",
    "my sister whacked me on the head with her pillow at the sleepover",
    "me and my cousin had a water fight in the bath and soaked the whole floor",
    "my little brother kept kicking water at me in the bath, it was a massive water fight",
    "my brother hit me in the face with a pillow so i got him back with two pillows",
    "my sister pushed me over in the bath during our water fight and i got bubbles on my nose",
    "mum got cross cos we had a water fight in the bath and flooded the bathroom",
    "my brother kept hitting me with the wet sponge in the bath cos we were having a water fight",
    "my cousin hit me in the tummy with a pillow and i fell on the bed giggling",
    "we had a water fight in the bath and my brother kicked me by accident",
    "dad had a water fight with me in the bath and got soaked",
    "me and daddy had a water fight at bath time",
)

TEDDY_BLOCK: tuple[str, ...] = ()

TEDDY_ALLOW: tuple[str, ...] = ()
