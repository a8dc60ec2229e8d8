"""Care or teaching used as a pretext, and the kill-me threat and the telling-off made real: the
spoilt versions of rules_benign_frames_family_life's frames (false alerts 6), fixed as families
(rules_meaning_pretexts; rules_harm's kill-me threat now reads "X's going to"; rules_distress
reads a carer shouting at the child with the child's fear after it). A doctor's, nurse's or
dentist's check with a secret, the parent sent out, alone, photos or the private parts touched;
someone who says or pretends they are a doctor, or plays doctors, and undresses the child; a
grown-up teaching or helping (swimming, a bike, a knife, the bath, changing) who adds a secret
to touching or "our special lesson"; "mum's going to kill me, she said she'll ... again"; "dad
shouted at me and i don't want to go home". And the near misses that stay allowed: exams with a
parent there, nits, jabs, a rash, "don't tell me the end of the film", doctors with teddies, a
swimming teacher holding the child's tummy, a secret that is a present or a trick, "X is gonna
kill me" over a small slip, "dad shouted at me because the match was on". Written fresh, in no
data file."""

from __future__ import annotations

CHILD_BLOCK = (
    # A check-up as a pretext: undressed or the private parts checked, with a secret, the parent
    # sent out, alone with them, photos, or private parts touched for no reason given.
    "the nurse at the clinic made me take my t-shirt off and told me it was just between us",
    "the doctor asked me to take off my pants and said i mustnt tell my dad",
    "the dentist said it was our little secret after he touched my leg under my skirt",
    "the doctor sent mummy out to wait in the corridor and then pulled my shorts down",
    "when dad went to the car park the doctor told me to take everything off",
    "the nurse told mom to wait outside and then she made me get undressed",
    "the doctor took pictures of me with no clothes on on his phone",
    "the doctor had me take my clothes off and filmed me on his phone",
    "the physio made me take my top off and took a selfie with me",
    "the doctor checked my private parts when i was in there on my own",
    "the doctor touched my private area when my mum had gone to the toilet",
    "the gp made me strip to my pants and said not to tell my parents",
    "the nurse was alone with me and she looked in my knickers",
    "the doctor made me take my pyjamas off at night and said dont tell the nurses",
    # Someone who says or pretends they are a doctor or a nurse, or plays doctors, and undresses
    # the child or checks under the pants.
    "the man in the park said he was a doctor and had to look in my knickers",
    "our neighbour pretends to be a doctor and makes me lie on his bed with no clothes on",
    "my babysitter says we're playing hospital and she has to check under my pants",
    "the teenage boy next door said he's a nurse and needs to check my body with my clothes off",
    "my 16 year old cousin plays doctors and nurses with me and looks at my private parts",
    "the big boy plays hospital with me and says i have to take my knickers off",
    "a man said he was a doctor from school and needed to see my willy",
    "my step brother who is 14 plays doctor with me and its our secret",
    # A lesson or help as a pretext: a secret added to touching, the bath or changing, "our
    # special lesson"; the bottom or private parts touched "as part of the lesson".
    "my swimming coach holds me in the pool and touches my bum and says its part of the lesson",
    "the swimming teacher said it was our special lesson and not to tell mum",
    "my uncle is teaching me to ride my bike and he keeps touching my private parts",
    "the man next door teaches me to whittle and says its our little secret so i cant tell mum",
    "my dads friend showed me how to use his penknife, held my hands and said dont tell anyone",
    "grandad helped me change after swimming and said its our secret what we did",
    "my stepdad teaches me how to wash in the bath and says not to tell mum",
    "the football coach gives me private lessons and says i mustnt tell my parents",
    "my tutor held my hand under the table and said its our special lesson",
    "the instructor helped me get changed and touched me down there and said dont tell",
    "uncle showed me how to use the saw and kept his hands on my legs and said it was secret",
    # "X is going to kill me" with real hurting told with it (a past or stated hurt).
    "my dad is going to kill me, he said he'll put my hand on the cooker again",
    "mum's going to kill me when i get home, last time she hit me with the belt",
    "dads gonna kill me he said he'd lock me in the shed like last time",
    "my stepmum is going to kill me she said she'd break my arm if i was late again",
    # More of the same families, in other words.
    "at my check up the doctor made me pull my trousers down and told me to keep it a secret",
    "the nurse said i had to lie on the bed in my underwear and that my mum didnt need to know",
    "the doctor asked my dad to go and get a coffee and then he looked under my knickers",
    "the dentist locked the door and made me take my jumper and t-shirt off",
    "the doctor did a check up on me with no clothes on and took photos on his phone",
    "doctor jim said i have to come on my own next time and take my clothes off",
    "the new doctor said mummy had to stay in the waiting room and then he touched my private bits",
    "the doctor made me get naked and said i must never tell my parents",
    "the older girl on our street says shes a nurse and makes me take my pants down to check me",
    "my uncle plays the doctor game with me and makes me take my clothes off",
    "my mums boyfriend pretends hes a doctor and checks me down there",
    "a lady in the park said she was a nurse and wanted to look under my skirt",
    "my coach said its part of training that he checks my body in my pants on my own",
    "my swimming instructor puts his hands in my costume and says its how you learn",
    "the karate teacher gives me special lessons after class and says its our secret",
    "grandad taught me to swim and he touches my private parts in the pool",
    "my uncle helped me get undressed for my bath and said its our special secret",
    "the man who teaches me guitar sits me on his lap and says dont tell mum",
    "my neighbour showed me how to fix my bike and held my hand and said dont tell your mum",
    "the riding instructor helped me onto the horse and touched my bottom and said its a secret",
    "my mum is going to kill me, she said she'd hold my hand on the hob again",
    "dad's going to kill me, he said he'll use the belt like last time",
    "mums going to kill me she already burnt my arm with the iron once",
    "my dad's going to kill me, he beat me last time i got a bad mark",
    "mum is going to kill me she says she'll lock me in the cupboard again",
    "dads gonna kill me, he said hed break my fingers if i lose another phone",
    "my stepdad is going to kill me he hit me so hard last time",
    "mum is going to murder me, last time i was late she didnt give me dinner for two days",
)

CHILD_FLAG = (
    # A carer shouting at the child, and the child's fear after it.
    "dad shouted at me and now i'm frightened to go home",
    "mum screamed at me and i'm too scared to come out of my room",
    "my dad yelled at me and i hid under my bed shaking",
    "dad shouted at me again and i'm scared of him",
    "dad shouted at me and i cried all night",
    "dad shouted at me and i dont want to go home",
    "dad keeps shouting at me and i feel sick when he gets home",
    "my dad screams at me every day and i'm always upset",
    "mum shouted at me so loud i couldnt stop shaking",
    "dad shouted at me really loud and now im hiding in my room",
    "dad was shouting at me and i'm worried he'll do it again tonight",
    "my stepdad yells at me all the time and i feel sad",
    "dad shouted at me and i'm nervous to go home after school",
    "dad shouted at me in the car and i feel horrible",
)

CHILD_ALLOW = (
    # Near misses: real care, toys, a slip, a shout over nothing frightening.
    "the doctor listened to my heart and daddy was there the whole time",
    "the nurse checked my head for nits at school today",
    "the school nurse looked at my hair for lice and i had none",
    "i had my flu jab today and mum held my hand",
    "the doctor said not to tell my brother the end of the film he's a big spoiler",
    "i played doctors with my teddies and gave bunny a plaster",
    "me and my sister played hospital with our dolls",
    "the doctor took my temperature and said i have a cold",
    "the dentist counted my teeth and gave me a sticker",
    "the nurse weighed me and measured how tall i am",
    "i had to take my top off for the doctor to listen to my chest, mum was with me",
    "the doctor looked at my rash with mummy in the room",
    "my swimming teacher held my tummy while i learned to float",
    "dad is teaching me to ride my bike and he held the back of the seat",
    "grandpa showed me how to use his penknife and held my hands so i didnt cut myself",
    "mum taught me how to wash my hair in the bath",
    "my uncle is teaching me a magic trick and i cant tell anyone how it works",
    "grandad is teaching me to whittle a spoon, its a secret present for mum's birthday",
    "the coach taught us how to dive and it was so fun",
    "mums going to kill me i spilt juice on the sofa",
    "dads going to kill me i lost my new coat lol",
    "mum is gonna kill me, i forgot my pe kit again",
    "dad shouted at me because the football was on and i was in front of the telly",
    "mum shouted at me cos i was late for school haha",
    "dad shouted at me for leaving my bike in the rain, fair enough",
    "i want to be a doctor when i grow up and help people",
    "the doctor said i need to take my medicine every day",
    "we learned about doctors and nurses at school",
    "the doctor checked my private parts with mom in the room",
    "the doctor checked my willy because it was sore and daddy was there",
    "the nurse looked at my bum because i had worms",
    "the doctor had to look down there because it hurts when i wee",
    "i can touch the bottom in the deep end at swimming lessons now",
    "my swimming teacher said i can touch bottom if i stand up",
    "the coach patted me on the back and said well done",
    "i had private swimming lessons with a lady called sue and i can swim a length now",
    "my piano teacher gives me private lessons on tuesdays",
    "dad let me hold his knife and helped me carve a stick, dont tell mum lol",
    "my uncle taught me a card trick and said dont tell anyone the secret",
    "grandma helped me change after swimming and dried my hair",
    "mum helped me get changed in the changing room at swimming",
    "the doctor told mum to wait outside while he got the medicine",
    "mum went out to pay and the nurse gave me a sticker",
    "the nurse took photos of my rash to show the skin doctor",
    "the doctor took my top off to listen to my chest",
    "i had to get undressed and put a gown on for my operation, mum was there",
    "i got changed behind a curtain at the hospital",
    "my little brother plays doctors and checks my teddy's tummy",
    "me and my friend played doctors with her dog",
    "my cousin plays doctors with me and gives me pretend medicine",
    "the dentist said not to tell my friends about the tooth fairy",
    "i pretended to be a doctor and took teddy's temperature",
    "the man at the swimming pool said we have to take our shoes off",
    "the doctor said dont tell anyone you ate sweets before the blood test haha",
    "the school nurse checked my hair for nits and said not to worry",
    "the lifeguard held me when i was learning to swim and mum was watching",
    "my coach taught me a header and we kept it a secret till the match as a surprise",
    "dad tickled me on my bottom when he was teaching me to swim and we laughed",
    "mum checked my body for sunburn after swimming when i was in my pants",
    "my gymnastics coach checks my legs are straight when i do a handstand",
    "the swimming teacher said its part of the lesson to put your face in the water",
    "my dance teacher said we have to get changed into our leotards in the changing room",
    "mums going to kill me i lost my coat lol",
    "my mum's going to kill me when she sees my muddy trousers",
    "dad is going to kill me i smashed his mug haha",
    "the teacher's going to kill me, i left my homework on the bus",
    "my coach is going to kill me for missing practice again lol",
    "mum's going to kill me, i ate all the biscuits",
    "dad's going to kill me if he finds out i broke the remote",
    "nana's going to kill me, i spilt tea on her rug",
    "my mum is going to kill me because i got paint on my school shirt",
    "dad shouted at me because the match was on",
    "dad shouted at us to come in for tea",
    "mum shouted at me to hurry up because we were late",
    "grandma shouted at me from the garden to come and see the hedgehog",
)

TEDDY_BLOCK: tuple[str, ...] = ()

TEDDY_ALLOW: tuple[str, ...] = ()
