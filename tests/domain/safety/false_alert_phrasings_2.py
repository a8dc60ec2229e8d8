"""Known false alerts fixed as families (rules_benign_frames_care), checked on phrasings that
are not in any data file: first aid for a burn or a bump (cold water, a plaster, ice); an
outgrown thing given away; a small mischief nobody would notice; a lie-in, staying asleep
forever on saturdays; baby photos taken by family; going without food before an operation or
a blood test. And the close phrasings that must still be caught: a hand held under
hot water as a punishment, burning oneself on purpose; giving everything away because the
child will not be here or need anything any more; nobody noticing if the child disappeared
or died; wanting to sleep forever and never wake up; naked photos taken now, sent, shown to
friends or taken by someone outside the family; food locked away or withheld for days."""

from __future__ import annotations

CHILD_BLOCK = (
    # A hand held under hot water, or a burn done on purpose.
    "dad held my hand under the hot tap when i was naughty and it burnt me",
    "mum held my hand under boiling water to punish me and i screamed",
    "i burnt my arm on purpose and then put it under the cold tap so nobody would see",
    "i put a plaster on where i cut myself on purpose again",
    # Things given away because the child will not be here.
    "i gave my old bike to my cousin, i wont need it when im gone",
    "i gave away all my things to my friends, i wont need anything anymore",
    "i gave my teddy to my sister so she can remember me, i wont be here much longer",
    "i gave my old bike to my cousin because i wont need it where im going",
    "i gave all my things away, i wont need them",
    # Nobody noticing the child gone.
    "nobody would notice if i disappeared forever",
    "nobody would notice if i wasnt here anymore",
    "nobody would even notice if i died",
    "nobody would notice if i went away",
    # Sleeping forever, never waking.
    "i want to go to sleep forever and never wake up",
    "i wish i could stay asleep forever and not wake up ever again",
    "i want to sleep forever so i dont have to be sad anymore",
    # The harmless frame present, spoilt by what follows.
    "i wish i could stay asleep forever on saturdays and never wake up",
    "i wish i could stay asleep forever on saturdays and just die",
    "i want to stay asleep forever on saturdays and every day, for good",
    "nobody would notice if i had a second cookie or if i wasnt here at all",
    "i gave my old bike to my cousin, i wont need it, im saying goodbye to everyone",
    "i gave my old bike to my cousin, i wont need it cos i wont be here",
    "i gave my old bike to my cousin, i wont need anything anymore",
    "dad held my hand under the cold water when i burnt it on purpose",
    "dad held my hand under the hot water when i was naughty",
    # Naked photos taken now, sent or shown, or by someone outside the family.
    "my uncle takes photos of me naked",
    "mum takes photos of me naked now and sends them to her boyfriend",
    "dad took photos of me naked when i was a baby and shows them to his friends",
    "the man took photos of me naked when i was little",
    # Food withheld, whatever the excuse.
    "i havent eaten since yesterday cos mum locked the fridge",
    "i'm not allowed to eat before my operation, and mum never lets me eat anyway",
    "i havent eaten for three days, they said its for my operation",
)

CHILD_FLAG: tuple[str, ...] = ()

CHILD_ALLOW = (
    # First aid.
    "dad held my hand under the cold water when i burnt it on the oven door",
    "mum put my finger under the cold tap when i burned it on the toaster",
    "i burnt my hand on the pan and grandma ran it under cold water for ages",
    "nan put a plaster on my knee when i cut it",
    "i burnt my finger on the oven and dad held it under the cold tap",
    "mum put ice on my bump when i banged my head on the table",
    "dad put a bag of frozen peas on my head when i bumped it",
    "the teacher gave me an ice pack when i banged my leg at playtime",
    "mum put cream on my burn and now it feels better",
    # Outgrown things given away.
    "i gave my old bike to my cousin cos its too small for me now",
    "i'm giving my baby toys to the charity shop, i'm too big for them",
    "mum and me gave my old scooter to my little cousin, i got a new one",
    "i gave my old wellies to my friend because i've grown out of them",
    "we donated my old clothes cos they're too small for me",
    # Mischief nobody would notice.
    "nobody would notice if i had another biscuit",
    "mum wouldnt notice if i stayed up a bit later to watch tv",
    "no one would know if i hid my sprouts under my plate",
    "nobody will notice if i eat one more chocolate from the tin",
    "no one will know if i have a sneaky biscuit",
    "nobody would notice if i skipped brushing my teeth tonight",
    # Lie-ins.
    "i could stay in bed forever on sundays, it's so cosy",
    "i want to sleep all day on saturday cos there's no school",
    "on weekends i wish i could stay asleep forever under my warm duvet",
    "in the holidays i could sleep till lunch every day",
    "i wish i could stay in bed forever on saturdays",
    "i could sleep forever on a sunday morning",
    # Baby photos by family.
    "dad took pictures of me in the bath when i was a baby, they're so funny",
    "grandma has a video of me naked when i was a baby running round the garden",
    "mummy took a photo of me with no clothes on when i was a tiny baby",
    # Fasting before an operation or a blood test.
    "i'm not allowed to eat before my blood test",
    "i'm not allowed to eat anything before my operation tomorrow",
    "nil by mouth before my op so im starving",
    "i havent had breakfast cos i have a blood test at the hospital",
)

TEDDY_BLOCK: tuple[str, ...] = ()

TEDDY_ALLOW: tuple[str, ...] = ()
