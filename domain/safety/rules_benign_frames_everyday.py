# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Everyday frames that make alarming words harmless, fixed as families after rounds 23 and
24 (each with the words that spoil it, and each consulted by the rule it defuses):

- nakedness in art, nature and babies ("a statue of a naked man in the museum") (rules_contact);
- candles, a campfire or a bonfire lit with a grown-up (rules_risky);
- medicine taken the way the doctor or a parent said (rules_wellbeing), and the teddy saying
  so (rules_benign_frames.TEDDY_MEDICINE_RULE);
- grief remembered: missing someone who died, a funeral, a film character's death
  (rules_wellbeing's distress);
- pushing someone on a swing, a pram or a roundabout, rough-and-tumble that is play
  (rules_harm's threats, rules_wellbeing's distress);
- a fright that is an idiom or a ride ("i nearly jumped out of my skin");
- a secret that is a present or a surprise for someone else (rules_harm's disclosures);
- the teddy's road-safety advice and feelings that "go away" (rules_risky, rules_language);
- getting lost in a shop or a crowd, which is being lost, not "get lost!" (rules_language).
"""

from __future__ import annotations

from domain.safety.prefilter import prefiltered

# Nakedness in art, nature or babies; spoilt by pictures shown or sent, secrets, touching,
# screens, or anyone wanting to see or be seen naked.
NUDITY_IN_ART_OR_NATURE = prefiltered(
    r"\b(?:statues?|sculptures?|paintings?|painted|museums?|galler(?:y|ies)|art|artists?|ancient|greeks?|romans?|olympics|angels?|cherubs?|mole ?rats?|born|feathers?|fur|furless|hatch\w*|chicks?|nappy|nappies|diaper|toddler|changing mat|after (?:his|her|their|my|the) (?:bath|shower|swim))\b"
)
NUDITY_SPOILT = prefiltered(
    r"\b(?:show\w*|send\w*|sent|secret|don'?t tell|dont tell|not to tell|touch\w*|phone|online|internet|website|video|selfie|pics?|photos?|camera"
    r"|(?:me|us|you|u|him|her|them) (?:get |be |go )?naked|(?:get|be|go|getting|play\w*) naked|want\w* to see|wanna see|let me see|describe)\b"
)

# A candle, campfire or bonfire lit with (or helped by) a grown-up.
_GROWN_UP = r"(?:mum|mom|mummy|mommy|mam|dad|daddy|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|auntie|aunt|uncle|my parents|parents|a grown-?up|the grown-?ups|an adult|the adults|the leader|our leader|the teacher)"
FIRE_WITH_A_GROWN_UP = prefiltered(
    rf"\b(?:candles?|campfire|camp fire|bonfire|fireplace|log burner|diyas?|menorah)\b[^.?!]{{0,40}}\b(?:with|and|help|helps|helping|helped) (?:my )?{_GROWN_UP}\b(?!'|s\b)"
    rf"|\b(?:with|and|help|helps|helping|helped) (?:my )?{_GROWN_UP}\b(?!'|s\b)[^.?!]{{0,25}}\b(?:light|lit|lighting)\b[^.?!]{{0,15}}\b(?:candles?|campfire|camp fire|bonfire|fire in the fireplace|diyas?|menorah)\b"
)
FIRE_ALONE = prefiltered(
    r"\b(?:by myself|on my own|alone|without (?:telling|asking)|when (?:nobody|no one|no-one|mum|mom|dad|they|she|he)'?s? (?:is |are )?(?:out|away|asleep|not (?:home|looking|in|there))|in my (?:room|bed)|secret\w*|sneak\w*|burn|matches|lighter)\b"
)

# A knife in the kitchen, shown or watched by a grown-up, cutting food; never alone.
KNIFE_IN_THE_KITCHEN = prefiltered(
    rf"\b(?:taught|teach\w*|show\w*|help\w*|watch\w*|with) (?:(?:me|us) )?(?:my )?(?:{_GROWN_UP} )?(?:how )?(?:to )?(?:hold|use|cut|chop|slice|peel)\b[^.?!]{{0,40}}\b(?:onions?|bread|tomato\w*|apples?|potato\w*|cucumbers?|peppers?|veg\w*|fruit|sandwich\w*|cheese|butter|pizza|lettuce|mushrooms?|bananas?|carrots?|salad|meat|chicken|cake)\b"
)
KNIFE_ALONE = prefiltered(
    r"\b(?:by myself|on my own|alone|without|nobody|no one|secret\w*|sneak\w*|school|bag|pocket|stab|hurt|myself|scare)\b"
)

# Medicine taken the way a doctor, nurse or parent said; spoilt by too much, at once, someone
# else's, or a wish not to wake.
MEDICINE_AS_TOLD = prefiltered(
    r"\b(?:like|as|what|how|because|cos|coz|cause|the way|just like|exactly like) (?:the |my |our )?(?:doctors?|docters?|dr|gp|nurse|pharmacist|dentist|mum|mom|mummy|mommy|dad|daddy|parents|grown-?ups?) (?:said|says|told|tells|showed|shows|prescribed|wanted|asked)\b"
    r"|\bfinish(?:ed)? (?:all )?(?:of )?(?:my|the) (?:antibiotics|medicine|course)\b|\band now i'?m (?:better|well|all better)\b"
)
MEDICINE_MISUSE = prefiltered(
    r"\b(?:at once|all at once|in one go|at the same time|sleep|wake|die|dying|dead|heaven|so i (?:don'?t|dont|won'?t|wont|can|never)|to see what happens|whole (?:bottle|packet|box|pack)|too many|too much|lots|loads|a bunch|handful|extra|double|more than|secret\w*|sneak\w*|"
    r"(?:mum|mom|mummy|dad|daddy|nan|nana|grandma|grandad|brother|sister|someone)'?s (?:pills|tablets|medicine|meds)|sleeping (?:pills|tablets))\b"
)

# Grief remembered: missing someone who died, a funeral, a film or book character's death.
_DIED = r"(?:died|dead|passed away|passed on|went to heaven|is in heaven|got put down|put to sleep|went to sleep forever|funeral)"
GRIEF_REMEMBERED = prefiltered(
    rf"\b{_DIED}\b[^.?!]{{0,60}}\b(?:i (?:still )?miss (?:him|her|them|it|my \w+|\w+)|miss (?:him|her|them) (?:so much|lots|loads|a lot)?|everyone (?:was )?cr(?:y|ied|ying))\b"
    rf"|\bi (?:still )?miss (?:my )?\w+(?: \w+)?\b[^.?!]{{0,30}}\b{_DIED}\b"
    r"|\bfuneral\b"
    # A story retold in the present tense: "in charlotte's web charlotte dies and i cried".
    r"|\b(?!my\b|our\b|mum\b|mom\b|dad\b)\w+ dies\b(?! if)"
    r"|\b(?:watched|watching|read|reading|film|movie|book|story|cartoon|episode)\b[^.?!]{0,40}\b(?!my\b|our\b)\w+ (?:died|dies|was killed|got killed)\b"
)
GRIEF_OVERWHELMS = prefiltered(
    r"\b(?:can'?t stop|cant stop|every night|all the time|can'?t sleep|cant sleep|nightmares?|bad dreams?|want to (?:die|be with|go with|join|sleep forever)|wanna (?:die|be with|join)|no point|my fault|alone|nobody|no one|hurts|scared|really sad|so sad|very sad|since)\b"
)

# A body question asked for a science, PSHE or health lesson; spoilt as rules_contact's is.
SCHOOL_BODY_LESSON = prefiltered(
    r"\b(?:in science|science (?:lesson|class|homework)|we did it in|we (?:learned|learnt|are learning|did|talked) about (?:it|this|that|puberty|the body|bodies|growing up|babies)|(?:pshe|rse|health|biology) (?:lesson|class)|(?:my|our|the) teacher (?:said|told us|explained))\b"
)
SCHOOL_BODY_SPOILT = prefiltered(
    r"\b(?:secret|don'?t tell|not to tell|alone|pics?|pictures?|photos?|video|online|show me|send|touch\w*|see (?:your|my|mine|yours))\b"
)

# Pushing someone on a swing, a pram or a roundabout, or in the ball pit; spoilt by pushing
# off, hard, or anyone getting hurt or crying.
PUSH_ON_A_RIDE = prefiltered(
    r"\bpush\w* (?:me|him|her|them|us|you|(?:my|your|his|her|our|the) (?:little |baby |big )?\w+|\w+) (?:on|in|round|around) (?:the |a |my |her |his |their |our )?(?:big |baby |tyre |tire |little )?(?:swings?|pram|buggy|pushchair|stroller|roundabout|merry-go-round|trolley|go-?kart|sledge|sled|wheelchair|cart|ball pit|wheelbarrow|trike)\b"
)
PUSH_ROUGH = prefiltered(
    r"\b(?:off|hard|harder|fell|fall|falls|hurt\w*|cr(?:y|ied|ying)|bleed\w*|blood|on purpose|into|down|angry|hate|mean|bully|bruise\w*|sick|till|until|scared|stop)\b"
)

# A fright that is an idiom, a ride or a film; spoilt by fear at home or of a person.
FRIGHT_IN_FUN = prefiltered(
    r"\b(?:jump(?:ed)? out of my skin|made me jump|gave me a (?:fright|scare)|jump ?scares?|ghost train|haunted house|roller ?coaster|scary (?:film|movie|story|ride|bit|part|book)|halloween|boo)\b"
)
FRIGHT_REAL = prefiltered(
    r"\b(?:shout\w*|yell\w*|hit\w*|home|house|man|lady|stranger|dad|daddy|mum|mummy|mom|stepdad|uncle|every night|all the time|always|hurt\w*)\b"
)

# A secret that is a present or a surprise for someone else; spoilt by anything given to or
# done to the child.
GIFT_SECRET = prefiltered(
    r"\b(?:surprise|present|presents|gift|necklace|flowers|card|cake|birthday|christmas|mother'?s day|father'?s day|anniversary)\b"
)
GIFT_SECRET_SPOILT = prefiltered(
    r"\b(?:gave me|give me|gives me|bought me|buy me|buys me|for me|to me|touch\w*|hurt\w*|hit\w*|smack\w*|bruise\w*|photos?|pictures?|video|money|sweets|phone|naked|private|our secret|special secret)\b"
)

# The teddy's road-safety advice: look both ways, hold a grown-up's hand, listen to parents.
TEDDY_ROAD_SAFETY = prefiltered(
    r"\b(?:cross\w* the road safely|safely cross\w*|look both ways|hold (?:a grown-?up'?s|your (?:mum|mom|dad|parent|grown-?up)'?s?|their) hand|with a grown-?up|green cross code|stop,? look,? and listen|zebra crossing|lollipop (?:lady|man|person)|listen to (?:their|your) (?:parents|mum|mom|dad|grown-?ups?) about)\b"
)
TEDDY_ROAD_RISK = prefiltered(
    r"\b(?:by yourself|on your own|alone|without|don'?t need|no need|run|dash|quick|quickly|dare|fun|busy road on)\b"
)
# Feelings, worries or pain that "go away": never an insult.
FEELINGS_GO_AWAY = prefiltered(
    r"\b(?:feelings?|worr(?:y|ies)|fears?|pain|ache|sadness|anger|angry|tears|hiccups|bad dreams?|nightmares?|clouds?|rain|storm|itch|bump|bruise|sore|poorly|cold|cough|germs|grumpy|grumps|sad|cross|mad|upset|the (?:sad|bad|cross|mad|grumpy|scary) \w+)\b[^.?!]{0,30}\bgo away\b"
)
# ...unless what makes them go away is a hurt: cutting, skipping meals, hitting.
GO_AWAY_BY_HARM = prefiltered(
    r"\b(?:cut\w*|hurt\w*|harm\w*|skip\w*|starv\w*|not eat\w*|stop eating|scratch\w*|burn\w*|pinch\w*|hit\w*|bit(?:e|ing)|bang\w*|pills?|tablets|medicine|throw\w*|rocks?|sticks?|punch\w* (?:yourself|him|her|them|someone)|blood|bleed\w*)\b"
)

# Getting lost somewhere (a shop, a crowd, the woods), or what to do if you do: being lost,
# not "get lost!" said to someone.
LOST_FOR_REAL = prefiltered(
    r"\b(?:if|when|in case|don'?t|dont|do not|might|could|never|so (?:you|we|i) (?:don'?t|won'?t)|you (?:can|could|might)|(?:ever|easy to|not to|scared to|afraid to|likely to|want to)) (?:ever |easily )?get lost\b"
    r"|\bget lost (?:in|at|on|inside|among|around|near|from|when|if|there|again|easily)\b"
)
