# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Everyday frames that make alarming words harmless, fixed as families after rounds 23 and
24 (each with the words that spoil it, and each consulted by the rule it defuses):

- nakedness in art, nature and babies ("a statue of a naked man in the museum") (rules_sexual_content);
- anatomy words in a lesson or at the doctor's with a parent (rules_sexual_content's sexual words);
- candles, a campfire or a bonfire lit with a grown-up (rules_risky);
- medicine taken the way the doctor or a parent said (rules_wellbeing), and the teddy saying
  so (rules_benign_frames.TEDDY_MEDICINE_RULE);
- grief remembered: missing someone who died, a funeral, a film character's death
  (rules_distress);
- pushing someone on a swing, a pram or a roundabout, rough-and-tumble that is play
  (rules_harm's threats, rules_distress);
- a fright that is an idiom or a ride ("i nearly jumped out of my skin");
- a secret that is a present or a surprise for someone else (rules_harm's disclosures);
- the teddy's road-safety advice and feelings that "go away" (rules_risky, rules_language);
- getting lost in a shop or a crowd, which is being lost, not "get lost!" (rules_language);
- (round 28) toilet humour: a "stinky" fart, poo or burp is a joke, not an insult (rules_language);
- (round 26 and 27's false alerts) a "worst day ever" that is rain or boredom, crying when a
  character in a story died, parents divorcing told with reassurance (rules_wellbeing's
  distress); pretend doctor with a toy stethoscope (rules_sexual_content); a teacher or parent
  holding the child while they learn to swim or ride (rules_harm's disclosures); a grown-up
  letting the child help light candles, holding their hand (rules_risky); a pet that bit or
  scratched the child (rules_wellbeing, rules_meaning_self_harm);
- (round 30's false alerts) "if we get lost", "in case I get lost" (rules_language); divorced
  parents who both still come to the match, (round 43) or who both told the child they love
  it, that it is not because of it, that it will still see them (rules_distress); the teddy praising a
  knife or a hot job a grown-up did with the child (rules_risky).
- (round 32's false alerts) doctors played with soft toys ("bunny has a broken leg")
  (rules_sexual_content); the teddy saying knives are for grown-up helpers or hands (rules_risky).
"""

from __future__ import annotations

from domain.safety.benign_frame_spoilers import (
    AGAIN,
    EVERY_KIND,
    FEAR,
    HIDDEN,
    HURT,
    MEANS,
    SCARED,
    TOUCH,
    spoilt_by,
)
from domain.safety.findings import negated_before
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames import BODY_SAFETY_LESSON

# Nakedness in art, nature or babies; spoilt by pictures shown or sent, secrets, touching,
# screens, or anyone wanting to see or be seen naked.
NUDITY_IN_ART_OR_NATURE = prefiltered(
    r"\b(?:statues?|sculptures?|paintings?|painted|museums?|galler(?:y|ies)|art|artists?|ancient|greeks?|romans?|olympics|angels?|cherubs?|mole ?rats?|born|feathers?|fur|furless|hatch\w*|chicks?|nappy|nappies|diaper|toddler|changing mat|after (?:his|her|their|my|the) (?:bath|shower|swim))\b"
)
NUDITY_SPOILT = spoilt_by(
    r"\b(?:show\w*|send\w*|sent|secret|don'?t tell|dont tell|not to tell|touch\w*|phone|online|internet|website|video|selfie|pics?|photos?|camera"
    r"|(?:me|us|you|u|him|her|them) (?:get |be |go )?naked|(?:get|be|go|getting|play\w*) naked|want\w* to see|wanna see|let me see|describe)\b",
    HURT,
    MEANS,
    FEAR,
    AGAIN,
    HIDDEN,
)

# A candle, campfire or bonfire lit with (or helped by) a grown-up.
_GROWN_UP = r"(?:mum|mom|mummy|mommy|mam|dad|daddy|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|auntie|aunt|uncle|my parents|parents|a grown-?up|the grown-?ups|an adult|the adults|the leader|our leader|the teacher)"
FIRE_WITH_A_GROWN_UP = prefiltered(
    rf"\b(?:candles?|campfire|camp fire|bonfire|fireplace|log burner|diyas?|menorah)\b[^.?!]{{0,40}}\b(?:with|and|help|helps|helping|helped) (?:my )?{_GROWN_UP}\b(?!'|s\b)"
    rf"|\b(?:with|and|help|helps|helping|helped) (?:my )?{_GROWN_UP}\b(?!'|s\b)[^.?!]{{0,25}}\b(?:light|lit|lighting)\b[^.?!]{{0,15}}\b(?:candles?|campfire|camp fire|bonfire|fire in the fireplace|diyas?|menorah)\b"
    # "nana lets me help light the candles but only when she holds my hand".
    rf"|\b{_GROWN_UP}\b (?:lets|let|helps|helped|allows|allowed) (?:me|us) (?:help |to help )?(?:to )?(?:light|lit|blow out)\b[^.?!]{{0,30}}\b(?:candles?|campfire|camp fire|bonfire|diyas?|menorah|fire)\b[^.?!]{{0,40}}\b(?:holds?|holding|held) (?:my|our) hands?\b"
)
FIRE_ALONE = spoilt_by(
    r"\b(?:by myself|on my own|alone|without (?:telling|asking)|when (?:nobody|no one|no-one|mum|mom|dad|they|she|he)'?s? (?:is |are )?(?:out|away|asleep|not (?:home|looking|in|there))|in my (?:room|bed)|secret\w*|sneak\w*|burn|matches|lighter)\b",
    FEAR,
    TOUCH,
    HIDDEN,
)

# A bad day that is rain, boredom or a lost game; spoilt by anything done to the child.
_BAD_DAY = r"(?:worst|bad|rubbish|awful|terrible|horrible|rotten) day"
BAD_DAY_ORDINARY = prefiltered(
    rf"\b{_BAD_DAY}\b[^.?!]{{0,30}}\b(?:so |really |super |soo+ )?(?:boring|bored|rain\w*|wet|snow\w*)\b"
    rf"|\b(?:boring|bored|rain\w*|snow\w*|wet|stuck (?:inside|indoors)|no (?:telly|tv|ipad|tablet|screen time|wifi|internet|pudding|dessert)|lost the (?:match|game|final)|(?:got|have) (?:a cold|homework))\b[^.?!]{{0,40}}\b{_BAD_DAY}\b"
)
BAD_DAY_REAL = spoilt_by(
    r"\b(?:bull\w*|hit\w*|hurt\w*|kick\w*|push\w*|shout\w*|yell\w*|scream\w*|nobody|no one|alone|lonely|hate (?:me|myself|my life)|scared|cry\w*|sad|died|dead|laugh\w* at me|everyone)\b",
    HURT,
    MEANS,
    FEAR,
    SCARED,
    AGAIN,
    TOUCH,
    HIDDEN,
)
# Crying when a character died in a story the child liked; never a family member.
_FAMILY = r"(?:my|our|mum\w*|mom\w*|dad\w*|mummy|mommy|nan\w*|gran\w*|grandma|grandpa|grandad|granddad|auntie|aunt|uncle|brother|sister|cousin|baby|friend)"
STORY_DEATH_CRIED = prefiltered(
    rf"\b(?:was|is|were) (?:so |really |super |soo+ )?(?:good|great|amazing|sad|cool|awesome|brilliant|epic)\b[^.?!]{{0,30}}\b(?:cried|cry|sobbed|teared up|was sad|got sad) (?:when|that|cos|because) (?!{_FAMILY}\b)\w+ (?:died|dies|got killed|was killed|dying)\b"
)
# Parents divorcing told with reassurance: they still love me, two bedrooms, it's fine.
DIVORCE_REASSURED = prefiltered(
    r"\b(?:divorc\w*|splitting up|split up|separat\w*|breaking up)\b[^.?!]{0,50}\b(?:but|and)\b[^.?!]{0,30}\b(?:still love (?:me|us)|both (?:still )?love (?:me|us)|love (?:me|us) (?:both|still)|(?:it'?s|its) not my fault|two (?:bedrooms|houses|christmases|birthdays|rooms)|i'?m (?:ok|okay|fine|happy)|(?:it'?s|its) (?:ok|okay|fine))\b"
    # (round 30) ...they both still come to my match, get along, do Christmas together.
    # (round 43) ...they both told me they love me loads, promised they'll always love me,
    # said it's not because of me, I'll still see dad every weekend.
    r"|\b(?:divorc\w*|splitting up|split up|separat\w*|breaking up)\b[^.?!]{0,50}\b(?:but|and)\b[^.?!]{0,30}\b(?:(?:both )?(?:said|say|says|told me|tell me|tells me|promised|promise|keep saying) (?:that )?(?:(?:they|he|she|mum|mom|dad)(?:'ll| will| both| still| always| really| do| all){0,3} love (?:me|us)|(?:it'?s|its|it is) not (?:my fault|because of me|cos of me))"
    r"|(?:they'?ll|they will|they'?re going to|they are going to) (?:always |still )?love (?:me|us)|(?:they|mum|mom|dad) (?:both )?(?:still )?love (?:me|us) (?:loads|lots|so much|very much|the same|no matter what|forever)"
    r"|not because of (?:me|us)|i'?(?:ll| will) (?:still )?see (?:them|him|her|dad|mum|mom|daddy|mummy|both of them) (?:every|all the time|lots|loads|on))"
    r"|\b(?:divorc\w*|split up|separat\w*)\b[^.?!]{0,50}\b(?:but|and|still)\b[^.?!]{0,20}\b(?:(?:they |mum and dad |my parents )?both (?:still )?(?:came|come|coming|watch\w*|were there|are there|cheered|clapped|take me|took me|went|go|sat|turned up|showed up)|(?:get|gets|got) (?:along|on) (?:ok|okay|fine|well|really well|great)?|(?:are|'re) (?:still )?(?:friends|friendly|nice to each other)|(?:still )?(?:do|did|have|had|spend|spent) (?:christmas|birthdays?|my birthday|holidays?|dinner|tea) together)"
)
DIVORCE_HURTS = spoilt_by(
    r"\b(?:cry\w*|can'?t stop|sad|scared|shout\w*|scream\w*|yell\w*|fight\w*|hate|alone|nobody|no one|miss (?:him|her|my))\b"
    r"|\b(?:don'?t|doesn'?t|dont|doesnt|do not|does not|never|not|no longer|won'?t) (?:\w+ )?love (?:me|us)\b",
    HURT,
    MEANS,
    FEAR,
    SCARED,
    TOUCH,
    HIDDEN,
)

_MY_FAULT = prefiltered(r"\bmy fault\b")


def divorce_reassured(text: str) -> bool:
    """A split told with reassurance, and nothing that hurts: no tears, fights or fear, and no
    "my fault" but a denied one ("it's not my fault")."""
    return (
        DIVORCE_REASSURED.search(text) is not None
        and not DIVORCE_HURTS.search(text)
        and all(negated_before(text, m.start()) for m in _MY_FAULT.finditer(text))
    )


# Pretend doctor with a toy kit: a stethoscope, listening to the heart, a plaster for teddy.
PRETEND_DOCTOR = prefiltered(
    r"\b(?:stethoscope|listen to (?:your|ur|my|his|her|teddy'?s|the) (?:heart|chest|tummy|breathing)|doctors? (?:kit|set|bag)|toy (?:doctor|kit|stethoscope|thermometer|injection)|bandages?|plasters?|(?:take|check) (?:your|ur|teddy'?s|his|her) temperature|(?:give|gives) (?:you|u|teddy|the teddy|dolly) (?:an? )?(?:injection|jab|medicine|plaster)|check (?:your|ur|teddy'?s) (?:ears|throat|reflexes|knees))\b"
    # (round 32) doctors played with soft toys or dolls, one of them poorly or hurt.
    r"|\b(?:doctors?|vets?|hospitals?|nurses?)\b[^.?!]{0,20}\b(?:with|on|for) (?:my|our|the|his|her) (?:stuffies|stuffy|stuffed animals?|soft toys?|plushies|plushes|teddies|teddys|teddy bears?|dolls|dollies|toys|animals|bears)\b[^.?!]{0,60}\b(?:broken|broke|hurt|poorly|sick|ill|ache|aches|sore|cough|cold|temperature|fever|bumped|cut|graze|bandage|plaster|medicine|check-?up|spots)\b"
)
PRETEND_DOCTOR_SPOILT = spoilt_by(
    r"\b(?:take (?:off|of)|off (?:your|ur|my) (?:clothes|pants|top)|clothes|naked|nakey|undress\w*|pants|undies|underwear|knickers|private\w*|secret|don'?t tell|bottom|bum|willy|down there|show me|touch\w*|under (?:your|my|the) (?:covers|blanket))\b",
    MEANS,
    FEAR,
    TOUCH,
    HIDDEN,
)

# Held by a teacher, coach or parent while learning to swim, float, ride or balance.
HELD_WHILE_LEARNING = prefiltered(
    r"\b(?:held|holds|holding|hold|supported|supports)\b (?:me|my (?:tummy|belly|hands?|back|arms?|waist|bike|seat|saddle|feet|legs?))\b[^.?!]{0,30}\b(?:while|so|when|as|and|till|until) i (?:kicked|kick|floated|float|swam|swim|learn\w*|pedal\w*|rode|ride|balanced|balance|practi[sc]ed|tried|was learning|did my|got the hang|could)\b"
)
HELD_SPOILT = spoilt_by(
    r"\b(?:secret|don'?t tell|not to tell|private\w*|under my|inside my|down my|weird|didn'?t like|did not like|don'?t like|uncomfortable|scared|hurt\w*|alone|after every(?:one|body)|when nobody|when no one|changing room|cubicle|naked)\b",
    HURT,
    FEAR,
    SCARED,
    AGAIN,
    TOUCH,
    HIDDEN,
)

# A pet or a creature that bit or scratched me: not me hurting myself (rules_wellbeing,
# rules_meaning_self_harm).
ANIMAL_DID_IT = prefiltered(
    r"\b(?:hamster|dog|doggy|cat|kitty|puppy|kitten|rabbit|bunny|guinea pig|gerbil|mouse|rat|parrot|budgie|chicken|goose|horse|pony|snake|lizard|spider|bee|wasp|mosquito|ant|crab|fish|ferret|monkey|goat|duck|swan)s?\b (?:\w+ )?(?:bit|bites|biting|scratched|scratches|scratching|nipped|nips|pecked|pecks|stung|stings|pinched|clawed)\b (?:me|my)\b"
    # (miss59) the animal named, then "it": "i found a crab at the beach and it pinched my finger"
    r"|\b(?:hamster|dog|doggy|cat|kitty|puppy|kitten|rabbit|bunny|guinea pig|gerbil|mouse|rat|parrot|budgie|chicken|goose|horse|pony|snake|lizard|spider|bee|wasp|mosquito|ant|crab|lobster|jellyfish|fish|ferret|monkey|goat|duck|swan|seagull|gull|nettle|bug|insect)s?\b[^.?!]{0,40}\b(?:it|he|she|they) (?:\w+ )?(?:bit|bites|scratched|scratches|nipped|nips|pecked|pecks|stung|stings|pinched|pinches|clawed)\b (?:me|my)\b"
)

# A knife in the kitchen, shown or watched by a grown-up, cutting food; never alone.
KNIFE_IN_THE_KITCHEN = prefiltered(
    rf"\b(?:taught|teach\w*|show\w*|help\w*|watch\w*|with) (?:(?:me|us) )?(?:my )?(?:{_GROWN_UP} )?(?:how )?(?:to )?(?:hold|use|cut|chop|slice|peel)\b[^.?!]{{0,40}}\b(?:onions?|bread|tomato\w*|apples?|potato\w*|cucumbers?|peppers?|veg\w*|fruit|sandwich\w*|cheese|butter|pizza|lettuce|mushrooms?|bananas?|carrots?|salad|meat|chicken|cake)\b"
)
KNIFE_ALONE = spoilt_by(
    r"\b(?:by myself|on my own|alone|without|nobody|no one|secret\w*|sneak\w*|school|bag|pocket|stab|hurt|myself|scare)\b",
    FEAR,
    TOUCH,
    HIDDEN,
)

# Well again: better, back to school or nursery or a club.
_WELL_AGAIN = r"(?:get (?:all )?better|get well|feel better|be (?:all )?better|(?:go|get) back to (?:school|nursery|class|football|swimming|dance|gymnastics|my friends|normal))\b"
# Medicine taken the way a doctor, nurse or parent said; spoilt by too much, at once, someone
# else's, or a wish not to wake.
MEDICINE_AS_TOLD = prefiltered(
    r"\b(?:like|as|what|how|because|cos|coz|cause|the way|just like|exactly like) (?:the |my |our )?(?:doctors?|docters?|dr|gp|nurse|pharmacist|dentist|mum|mom|mummy|mommy|dad|daddy|parents|grown-?ups?) (?:said|says|told|tells|showed|shows|prescribed|wanted|asked)\b"
    r"|\bfinish(?:ed)? (?:all )?(?:of )?(?:my|the) (?:antibiotics|medicine|course)\b|\band now i'?m (?:better|well|all better)\b"
    # (fa8283) a course taken to the end to be well again: "i took all my medicine so i can go
    # back to school tomorrow", "...so i'll get better"
    rf"|\b(?:all|the rest) (?:of )?my (?:medicine|antibiotics|medication|drops|inhaler)\b[^.?!]{{0,15}}\bso (?:that )?i (?:can|could|'?ll|will|'?d|would) {_WELL_AGAIN}"
)
MEDICINE_MISUSE = spoilt_by(
    rf"\b(?:at once|all at once|in one go|at the same time|sleep|wake|die|dying|dead|heaven|so i (?:don'?t|dont|won'?t|wont|can(?! {_WELL_AGAIN})|never)|to see what happens|whole (?:bottle|packet|box|pack)|too many|too much|lots|loads|a bunch|handful|extra|double|more than|secret\w*|sneak\w*|"
    r"(?:mum|mom|mummy|dad|daddy|nan|nana|grandma|grandad|brother|sister|someone)'?s (?:pills|tablets|medicine|meds)|sleeping (?:pills|tablets))\b",
    FEAR,
    HIDDEN,
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
GRIEF_OVERWHELMS = spoilt_by(
    # (miss90) tears that go on: "i miss my nan she died in the summer and i keep crying"
    r"\b(?:keep (?:on )?crying|keeps? making me cry|still cry\w*|cry (?:every|all|myself)\w*|crying (?:every|all)\w*|always cry\w*|won'?t stop crying)\b|"
    r"\b(?:hurt|ache|aches|aching|sore|tummy hurts?|heart hurts?|can'?t stop|cant stop|every night|all the time|can'?t sleep|cant sleep|nightmares?|bad dreams?|want to (?:die|be with|go with|join|sleep forever)|wanna (?:die|be with|join)|no point|my fault|alone|nobody|no one|hurts|scared|really sad|so sad|very sad|since)\b",
    TOUCH,
    HIDDEN,
)

# A body question asked for a science, PSHE or health lesson; spoilt as rules_sexual_content's is.
SCHOOL_BODY_LESSON = prefiltered(
    r"\b(?:in science|science (?:lesson|class|homework)|we did it in|we (?:learned|learnt|are learning|did|talked) about (?:it|this|that|puberty|the body|bodies|growing up|babies)|(?:pshe|rse|health|biology) (?:lesson|class)|(?:my|our|the) teacher (?:said|told us|explained))\b"
)
SCHOOL_BODY_SPOILT = spoilt_by(
    r"\b(?:secret|don'?t tell|not to tell|alone|pics?|pictures?|photos?|video|online|show me|send|touch\w*|see (?:your|my|mine|yours))\b",
    FEAR,
    AGAIN,
    HIDDEN,
)

# Pushing someone on a swing, a pram or a roundabout, or in the ball pit; spoilt by pushing
# off, hard, or anyone getting hurt or crying.
PUSH_ON_A_RIDE = prefiltered(
    r"\bpush\w* (?:me|him|her|them|us|you|(?:my|your|his|her|our|the) (?:little |baby |big )?\w+|\w+) (?:on|in|round|around) (?:the |a |my |her |his |their |our )?(?:big |baby |tyre |tire |little )?(?:swings?|pram|buggy|pushchair|stroller|roundabout|merry-go-round|trolley|go-?kart|sledge|sled|wheelchair|cart|ball pit|wheelbarrow|trike)\b"
)
PUSH_ROUGH = spoilt_by(
    r"\b(?:off|hard|harder|fell|fall|falls|hurt\w*|cr(?:y|ied|ying)|bleed\w*|blood|on purpose|into|down|angry|hate|mean|bully|bruise\w*|sick|till|until|scared|stop)\b",
    *EVERY_KIND,
)

# A fright that is an idiom, a ride or a film; spoilt by fear at home or of a person.
FRIGHT_IN_FUN = prefiltered(
    r"\b(?:jump(?:ed)? out of my skin|made me jump|gave me a (?:fright|scare)|jump ?scares?|ghost train|haunted house|roller ?coaster|scary (?:film|movie|story|ride|bit|part|book)|halloween|boo)\b"
)
FRIGHT_REAL = spoilt_by(
    r"\b(?:shout\w*|yell\w*|hit\w*|home|house|man|lady|stranger|dad|daddy|mum|mummy|mom|stepdad|uncle|every night|all the time|always|hurt\w*)\b",
    HURT,
    MEANS,
    FEAR,
    AGAIN,
    TOUCH,
    HIDDEN,
)

# A secret that is a present or a surprise for someone else (santa, an egg hunt); spoilt by
# anything given to or done to the child, or a bath, a bed or a lap.
GIFT_SECRET = prefiltered(
    r"\b(?:surprise|present|presents|gift|necklace|flowers|card|cake|birthday|christmas|mother'?s day|father'?s day|anniversary"
    # (fixsurprise) a grown-up dressed as santa or the tooth fairy, an egg hunt, an advent surprise.
    r"|santa|father christmas|tooth fairy|easter bunny|easter eggs?|egg hunt|advent|stocking|elf on the shelf)\b"
)
GIFT_SECRET_SPOILT = spoilt_by(
    r"\b(?:gave me|give me|gives me|bought me|buy me|buys me|for me|to me|touch\w*|hurt\w*|hit\w*|smack\w*|bruise\w*|photos?|pictures?|video|money|sweets|phone|naked|private|our secret|special secret"
    r"|just for us|between us|what (?:he|she|they) does?|in (?:the |my |his |her )?bath with|(?:his|her) lap|in (?:his|her) bed"
    r"|kiss\w* me|tickl\w* me|pants|undress\w*|clothes off)\b",
    HURT,
    MEANS,
    FEAR,
    AGAIN,
    TOUCH,
)

# The teddy's road-safety advice: look both ways, hold a grown-up's hand, listen to parents.
# (miss8081) "Holding a grown-up's hand when you cross the road is a smart idea."
TEDDY_ROAD_SAFETY = prefiltered(
    r"\b(?:cross\w* the road safely|safely cross\w*|look both ways|hold(?:ing|s)? (?:on ?to )?(?:a grown-?up'?s|an adult'?s|your (?:mum|mom|dad|parent|grown-?up)'?s?|their) hands?|with a grown-?up|green cross code|stop,? look,? and listen|zebra crossing|lollipop (?:lady|man|person)|listen to (?:their|your) (?:parents|mum|mom|dad|grown-?ups?) about"
    # (fanote) the lights' signal: "crossing the road at the green man is a smart idea!"
    r"|green (?:man|light|person)|(?:pelican|puffin|toucan|pedestrian) crossings?|traffic lights|crossing patrol)\b"
)
TEDDY_ROAD_RISK = prefiltered(
    r"\b(?:by yourself|on your own|alone|without|don'?t need|no need|run|dash|quick|quickly|quicker|faster|dare|fun|busy road on"
    r"|red (?:man|light|person)|before (?:the )?(?:green|lights?)|(?:don'?t|do not|no need to|never) (?:\w+ )?wait|between (?:the )?(?:parked )?cars)\b"
)
# Feelings, worries or pain that "go away": never an insult. (fa8283) Moods by their nursery
# names too: "a silly song can make the grumpies go away", the sads, the wobbles, a tummy ache.
FEELINGS_GO_AWAY = prefiltered(
    r"\b(?:feelings?|worr(?:y|ies)|fears?|pain|\w*aches?|sadness|anger|angry|tears|hiccups|bad dreams?|nightmares?|clouds?|rain|storm|itch|bump|bruise|sore|poorly|cold|cough|germs|grumpy|grumps|grumpies|sad|sads|cross|mad|upset|glums|blues|jitters|wobbles|fidgets|butterflies|nerves|(?:bad |grumpy |sad )?moods?|boredom|frowns?|the (?:sad|bad|cross|mad|grumpy|scary) \w+)\b[^.?!]{0,30}\bgo away\b"
)
# ...unless what makes them go away is a hurt: cutting, skipping meals, hitting.
GO_AWAY_BY_HARM = spoilt_by(
    r"\b(?:cut\w*|hurt\w*|harm\w*|skip\w*|starv\w*|not eat\w*|stop eating|scratch\w*|burn\w*|pinch\w*|hit\w*|bit(?:e|ing)|bang\w*|pills?|tablets|medicine|throw\w*|rocks?|sticks?|punch\w* (?:yourself|him|her|them|someone)|blood|bleed\w*)\b",
    MEANS,
)

# Getting lost somewhere (a shop, a crowd, the woods), or what to do if you do: being lost,
# not "get lost!" said to someone.
LOST_FOR_REAL = prefiltered(
    # (fanote) "you can get lost" alone sends someone off; "you can easily get lost" is lost
    r"\b(?:if|when|in case|don'?t|dont|do not|might|could|never|so (?:you|we|i) (?:don'?t|won'?t)|you (?:could|might)|(?:ever|easy to|not to|scared to|afraid to|likely to|want to)) (?:ever |easily )?get lost\b"
    r"|\b(?:can|could|might|may) easily get lost\b"
    r"|\bget lost (?:in|at|on|inside|among|around|near|from|when|if|there|again|easily)\b"
    # (round 30) "if we get lost", "in case I get lost", "so my brother doesn't get lost";
    # (fanote) a thing: "write your name on your bag so it doesn't get lost".
    r"|\b(?:if|when|in case|incase|so|so that|before|what (?:to do|happens) if|what if|how not to) (?:i|we|you|u|they|he|she|someone|somebody|anyone|anybody|people|kids|children|my \w+|our \w+|your \w+|the \w+|it|this|that|them|things|stuff|everything|nothing)(?: (?:ever|accidentally|ever accidentally|might|could|should|would|don'?t|doesn'?t|won'?t|never|do|did|does))? (?:get|gets|got|getting) lost\b"
    r"|\b(?:i|we|they) (?:always|sometimes|often|might|could|nearly|almost|never|once|usually|easily|won'?t|don'?t|didn'?t) (?:get|got) lost\b|\b(?:not|never) to get lost\b"
)

# (round 28) Toilet humour: a fart, a poo, a wee or a burp that is "stinky" or "smelly" is a
# joke, not an insult (rules_language); spoilt when it is a put-down: aimed at "you", someone
# said to smell of it, the child called it or laughed at.
TOILET_HUMOUR = prefiltered(
    r"\b(?:farts?|farted|farting|farty|trumps?|trumped|trumping|toots?|tooted|tooting|parps?|parped|poos?|pooed|pooing|poop|poops|pooped|pooping|poopy|wees?|weeing|pee|peed|peeing|burps?|burped|burping|bum ?burps?|nappy|nappies|potty)\b"
)
TOILET_PUT_DOWN = prefiltered(
    r"\b(?:you|u|ur|you'?re|youre|your)\b|\bsmell\w* (?:of|like)\b|\bcall\w* (?:me|him|her|them)\b|\b(?:laugh\w*|point\w*) at (?:me|him|her|them)\b|\b(?:everyone|everybody|they|nobody|no one) (?:says?|said|thinks?)\b|\b(?:mean|bull\w*|cry|cried|crying|hate)\b"
)

# (round 30) The teddy praising a sharp or hot job a grown-up did with the child ("knives are
# grown-up tools, so it's great that your mum helped you carve the pumpkin"), unless the
# child is sent to do it alone or in secret (rules_risky).
TEDDY_TOOL_WITH_GROWN_UP = prefiltered(
    # (round 31) "the knife part is a job for a grown-up", "that bit is a grown-up's job".
    r"\b(?:(?:is|'?s|are) (?:a |an |the )?(?:jobs?|tasks?|parts?|bits?) (?:for|just for|only for) (?:a |the |your )?(?:grown-?ups?|adults?|mum|mom|dad|parents?)|(?:a |the )?grown-?ups?'?s? (?:job|part|bit))\b"
    # (round 32) "knives are for grown-up helpers", "sharp knives are for grown-up hands".
    r"|\b(?:knives|knife|scissors|blades?|graters?|peelers?|choppers?|matches|lighters?|ovens?|hobs?|cookers?|kettles?) (?:are|is) (?:just |only )?(?:for|a job for) (?:the )?(?:grown-?ups?|adults?)(?: (?:helpers?|hands|chefs?|cooks?|only))?\b"
    r"|\b(?:grown-?up (?:tools?|jobs?|things?)|(?:your|ur) (?:mum|mom|mummy|mommy|dad|daddy|nan|nana|grandma|grandad|grandpa|gran|auntie|uncle|teacher|parents|grown-?ups?) (?:helped|helps|did|does|was helping|held|holds|cut|cuts|carved|carves|used|uses|handled|handles|lit|lights|did the (?:hard|sharp|tricky|hot) (?:bits?|parts?))|with (?:your|ur|a) (?:mum|mom|mummy|dad|daddy|grown-?up|parents?)'?s? help)\b"
    # (miss6465b) a tool lesson at scouts: "always cut away from your body and let a leader show you first"
    r"|\b(?:let|ask|get) (?:a |an |the |your )?(?:scout |cub |group )?(?:leaders?|grown-?ups?|adults?|teachers?|instructors?|helpers?|akela) (?:show|teach|help) you\b|\b(?:always )?cut away from (?:your ?self|yourself|your (?:body|hands?|fingers|legs?|tummy))\b"
)
TEDDY_TOOL_ALONE = spoilt_by(
    r"\b(?:by yourself|on your own|all alone|alone|without (?:asking|telling|them|her|him|a grown-?up)|next time you|now you can|you can do it|secret|don'?t tell|while (?:they|she|he|everyone)|(?:asleep|sleeping|not looking))\b",
    TOUCH,
    HIDDEN,
)


# A lesson, a doctor's visit with a parent, body-safety advice: anatomy words said there are
# not sexual content (rules_sexual_content's sexual words).
SEX_EDUCATION = prefiltered(
    r"\b(?:body safety|health class|science class|sex ed\w*|we learned|learning about|taught us|told us about|doctor|nurse|check ?-?up|"
    r"listen to my (?:lungs|heart|chest|breathing)|(?:mom|mum|dad|my parents?) (?:was|were) (?:there|with me|in the room)|"
    r"(?:your|my) private parts are private|your body belongs to you|nobody should touch"
    # (round 44) "Your private parts belong to you": the teddy's body-safety lesson.
    r"|(?:your|ur) (?:private parts|privates|private bits|whole body) (?:belongs? to you|are yours|are just yours|are (?:only )?for you)"
    r"|in science|science lesson|(?:proper|correct|real|right|scientific) (?:words?|names?)|(?:my|our|the) teacher (?:said|says|told us)|biology|puberty)\b"
)
SEX_EDUCATION_SPOILT = spoilt_by(
    r"\b(?:secret|don'?t tell|not to tell|alone|pics?|pictures?|photos?|video|online|show me|send|no one was there|nobody was there)\b",
    FEAR,
    AGAIN,
    HIDDEN,
)
ANATOMY = prefiltered(
    r"private|privates|penis|vagina|vulva|willy|boobs?|nipples?|testicles|body parts?|take off (?:my|your) (?:shirt|top|clothes)|undress|naked|breasts?|chest"
)


def educational(text: str, hit: str) -> bool:
    """A lesson, a doctor's visit with a parent, body-safety advice: anatomy words, not
    sexual content."""
    return (
        ANATOMY.search(hit) is not None
        and (SEX_EDUCATION.search(text) is not None or BODY_SAFETY_LESSON.search(text) is not None)
        and SEX_EDUCATION_SPOILT.search(text) is None
    )
