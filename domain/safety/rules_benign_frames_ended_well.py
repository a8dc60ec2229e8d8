# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Benign frames for known false alerts (false alerts 5), each with what spoils it:

- a small hurt told with its happy ending ("the cat scratched me and i cried a tiny bit", "i
  was sad when i lost the race but then we got ice cream", "im nervous but mum will be
  there"), spoilt by hitting, touching, a secret or it happening always (rules_distress:
  softened to mild, never dropped);
- a squabble between children that ended in sorry ("my brother pushed me but he said sorry
  and we made up"), spoilt by any grown-up or anything serious (rules_harm's abuse);
- something swallowed long ago, the child fine now ("i swallowed a marble once when i was
  little but im fine now"), spoilt by wanting to again (rules_meaning_flags_everyday);
- an online-safety lesson from a teacher or a parent ("our teacher says never tell anyone your
  password online"), or asking how to say no, spoilt by it having happened, a secret or a
  named grown-up asking (rules_grooming, rules_harm's abuse);
- doctors played with touching, undressing or a secret: not a frame but its opposite, sexual
  content (rules_sexual_content), as "play doctor" is excused elsewhere;
- (rounds 45-46) hyperbole taken back ("i could die jk its easy"; rules_distress,
  rules_self_harm_composed), a setback then a good outcome ("picked last but then scored";
  rules_meaning_flags_everyday), a worry about a small lost thing (rules_distress), an
  accident at home told as one (rules_risky), each with its spoilers.
"""

from __future__ import annotations

from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import HURT, SCARED
from domain.safety.meaning_concepts_people import CARER_WORDS
from domain.safety.prefilter import prefiltered

_GROWN_UPS = (
    r"(?:mum|mom|mam|mummy|mommy|mama|dad|daddy|papa|father|mother|parents?|step ?\w+|uncle|aunt|auntie|aunty|"
    r"nan|nana|gran|granny|grandma|grandad|granddad|grandpa|teacher|coach|babysitter|nanny|neighbou?r|tutor|"
    r"man|men|lady|woman|grown ?ups?|adults?|boyfriend|girlfriend|stranger)"
)
_SERIOUS = (
    r"(?:touch\w*|private\w*|willy|bum|bottom|down there|naked|pants|secret|don'?t tell|not to tell|"
    r"every (?:day|night|time)|always|belt|bleed\w*|blood|bruis\w*|hate|bull(?:y|ies|ied|ying)|nobody|no one)"
)

_SMALL_CAUSE = r"(?:stung|stings?|stinging|wasp|bee|nettles?|bit me|nipped me|fell|fall|fallen|tripped|trip|slipped|bumped|banged|grazed|scraped|scratched|splinter|stubbed|pinched|trapped my finger|caught my finger|hit my head|knocked my|cut my (?:finger|knee|thumb))"
_SOOTHED = r"(?:put (?:some |a |the )?(?:cream|plaster|ice|ice pack|frozen peas|spray|magic spray|sticker|bandage|cold flannel|cold water)|kiss\w* it better|made it better|gave me (?:a )?(?:cuddle|hug|kiss|plaster|sticker|ice pack|ice lolly)|cuddled me|hugged me|got the (?:sting|splinter) out|pulled the (?:sting|splinter) out)"

# A small hurt, or a small sadness, with how it ended well.
SMALL_HURT_ENDED_WELL = prefiltered(
    r"\bcried (?:(?:just |only )?a )?(?:tiny|little|teeny|wee|bit)\b|\bcried for a (?:minute|second|bit|moment|little)\b"
    # (round 41) Sad or upset for a minute: "i was sad for like a minute when we lost lol".
    r"|\b(?:sad|upset|mad|grumpy|bummed|cross) for (?:like |about |only |just )?(?:a|one|two|\d+) (?:minute|min|sec|second|moment)s?\b"
    r"|\bbut then (?:we|i|my \w+|mum|mom|mummy|dad|daddy|nana|nan|gran|granny|grandma|grandad|grandpa|auntie|miss|sir)\b[^.?!]{0,40}\b(?:got|had|went|played|ate|made|watched|took|gave|bought|hugged|cuddled|baked|won|laughed)\b"
    # (miss8081) A sting, a fall or a graze cried over, then soothed by a carer: "a wasp stung me
    # and i cried but mum put cream on it".
    rf"|\b{_SMALL_CAUSE}\b[^.?!]{{0,60}}\b(?:cried|cry|was crying|started crying)\b[^.?!]{{0,15}}\b(?:but|and then|then|so|till|until)\b (?:my )?(?:{CARER_WORDS}|auntie|teacher|miss|sir)\b[^.?!]{{0,25}}\b{_SOOTHED}"
    rf"|\b(?:cried|was crying)\b[^.?!]{{0,10}}\b(?:when|cos|because|after)\b[^.?!]{{0,30}}\b{_SMALL_CAUSE}\b[^.?!]{{0,20}}\bbut (?:my )?(?:{CARER_WORDS}|auntie|teacher|miss|sir)\b[^.?!]{{0,25}}\b{_SOOTHED}"
    r"|\b(?:nervous|scared|worried|anxious|frightened)\b[^.?!]{0,20}\bbut (?:my )?(?:mum|mom|mummy|mommy|dad|daddy|nana|nan|gran|granny|grandma|grandad|grandpa|auntie|teacher|parents|big (?:sister|brother)) (?:will|is going to|'?ll|is gonna|is|are|said (?:she|he)'?ll) (?:be )?(?:there|with me|coming|come with me|hold my hand|stay)\b"
)
SMALL_HURT_SPOILT = prefiltered(
    rf"\b(?:hit|hits|hitting|punch\w*|kick\w*|slap\w*|smack\w*|hurt me|hurts me|shout\w* at me|yell\w* at me|again|{_SERIOUS})\b"
    rf"|\bbecause (?:my |the )?{_GROWN_UPS}\b|\bwhen (?:he|she|they|him|someone|somebody) (?:comes?|is|gets?|'?s)\b",
)


small_hurt_ended_well = Frame(SMALL_HURT_ENDED_WELL, SMALL_HURT_SPOILT)


# Children who squabbled and made it up.
SQUABBLE_MADE_UP = prefiltered(
    r"\b(?:(?:said|says|say|saying) sorry|(?:we|they) made (?:it )?up|made friends again|(?:we'?re|we are|now we'?re) friends again|hugged and made up)\b"
)
SQUABBLE_SPOILT = prefiltered(rf"\b(?:{_GROWN_UPS}|{_SERIOUS})\b")


squabble_made_up = Frame(SQUABBLE_MADE_UP, SQUABBLE_SPOILT)


# Something swallowed long ago, the child (or a sibling) fine now.
SWALLOWED_LONG_AGO = prefiltered(
    r"\b(?:when (?:i|he|she|we) (?:was|were) (?:little|small|tiny|a baby|a toddler|\d|two|three|four|five)|years ago|ages ago|as a baby)\b[^.?!]{0,80}\b(?:(?:i'?m|im|i am|he'?s|hes|she'?s|shes|he is|she is|it'?s|its|we'?re) (?:totally |all |completely )?(?:fine|ok|okay|alright|all right|better) now|(?:was|were) (?:totally |all )?(?:fine|ok|okay|alright|all right)|came out)\b"
    r"|\b(?:i'?m|im|i am|he'?s|she'?s|he was|she was|i was) (?:totally |all )?(?:fine|ok|okay|alright) now\b[^.?!]{0,20}\b(?:when (?:i|he|she) was (?:little|small|a baby))"
)
SWALLOW_AGAIN = prefiltered(
    r"\b(?:want|wanna|gonna|going to|again|dare|dared|try it|on purpose|how many)\b",
)


swallowed_long_ago = Frame(SWALLOWED_LONG_AGO, SWALLOW_AGAIN, waives=(HURT,))


# A lesson about keeping details private online, or asking how to say no.
_DETAILS = r"(?:passwords?|passcodes?|pin|address|where (?:you|we|i) live|(?:your|our|my) (?:full |real |last )?name|(?:your|our|my) school|phone numbers?|(?:your|our|my) numbers?|location|personal (?:info\w*|details))"
PRIVACY_LESSON = prefiltered(
    r"\b(?:says?|said|told (?:me|us)|tells (?:me|us)|taught (?:me|us)|teaches (?:me|us)|learn\w*|lesson|assembly|the rule|rule is|reminds? (?:me|us)|always say)\b[^.?!]{0,30}\b(?:never|don'?t|do not|not to|shouldn'?t|should never|mustn'?t)\b (?:ever )?(?:tell|share|give|post|say|send|put)\b"
    rf"[^.?!]{{0,30}}\b{_DETAILS}\b"
    rf"|\b(?:how (?:do|can|should|would) (?:i|you|we)|what'?s the best way to|whats the best way to|best way to|what (?:do|should) i (?:say|do) to) (?:say no|refuse|tell (?:them|someone|people) no|not (?:give|tell|share))\b[^.?!]{{0,40}}\b{_DETAILS}\b"
)
PRIVACY_LESSON_SPOILT = prefiltered(
    r"\b(?:asked me|asks me|wants me|wanted me|keeps asking|kept asking|has asked|is asking|was asking|sent me|happened|secret|don'?t tell (?:my|your|mum|mom|dad|anyone about)|except (?:him|her|them|me)|only (?:him|her|me))\b"
    r"|\b(?:my|a|the|this|that|some) (?:uncle|man|lady|woman|guy|stranger|neighbou?r|coach|babysitter|step ?\w+|boyfriend)\b",
)


privacy_lesson = Frame(PRIVACY_LESSON, PRIVACY_LESSON_SPOILT)


# Doctors played with touching, undressing or a secret.
DOCTOR_GAME = prefiltered(r"\bplay(?:s|ed|ing)?\s+(?:at\s+)?(?:doctors?|hospitals?)\b")
DOCTOR_GAME_ABUSED = prefiltered(
    r"\b(?:touch\w*|rub\w*|feels?|felt|kiss\w*|lick\w*) (?:me|my (?:body|bum|bottom|willy|privates?|private parts?|pee ?pee|wee ?wee|vagina|penis|front))\b"
    r"|\b(?:take|took|takes|taking) (?:off|of) (?:my|our|their|his|her)\b|\b(?:clothes|pants|undies|knickers|underwear|trousers) off\b"
    r"|\b(?:naked|nakey|undress\w*|privates?|private parts?|down there|willy|secret|don'?t tell)\b"
)


# (round 45) Hyperbole taken back: "i'm so scared for the spelling test i could die jk its
# easy"; a retraction (jk, just kidding, only joking, not really), or a laugh and a
# reassurance, after the feeling. Spoilt by "but actually", "for real", a grown-up's harm or
# a feeling that lasts (rules_distress: softened to mild, never dropped).
TAKEN_BACK = prefiltered(
    r"\b(?:jk|j/?k|jks|just kidding|just kiddin|only kidding|just joking|only joking|kidding|joking|not really\b(?!,? (?:sure|know|knowing|understand|certain|why|how|what|able|coping|ok|okay|fine|happy|sleeping|eating)\b))\b"
    r"|\b(?:lol|lmao|haha\w*)\b[^.?!]{0,12}\b(?:it'?s|its|it is|it was|that'?s|thats) (?:actually |really |gonna be |going to be )?(?:easy|easy peasy|fine|ok|okay|fun|no big deal|not that bad|not even hard)\b"
)
TAKEN_BACK_SPOILT = prefiltered(
    rf"\b(?:actually|seriously|for real|fr|not joking|not kidding|i mean it|no but|honestly|really do|want to|wanna|every (?:day|night|time)|all the time|always|nobody|no one|hurt\w*|hit\w*|crying|cry (?:every|all|myself)|home|scared of (?:him|her|them|my \w+)|{_GROWN_UPS}|"
    # (review) a feeling too heavy to be a joke: "i feel hopeless and worthless, not really sure why"
    r"hopeless|worthless|can'?t cope|cant cope|give up|plan|gone|disappear\w*|kill\w*|end it|no really|not (?:jk|j/?k|jking|kidding|joking)|i have (?:the|some|a|my)|pills?|tablets?|rope|knife|blade)\b",
)
taken_back = Frame(TAKEN_BACK, TAKEN_BACK_SPOILT, waives=(SCARED,))


# (round 45) A setback, then a good outcome: "i got picked last for football but then scored
# so who cares", "picked last in pe but we won anyway" (rules_meaning_flags_everyday's being
# left out), spoilt by it lasting, laughing at me, nobody wanting me, or a grown-up's harm.
SETBACK_TURNED_GOOD = prefiltered(
    r"\bbut (?:then )?(?:i|we|my team|our team)\b (?:\w+ ){0,2}(?:scored|won|win|got (?:a|the) (?:goal|point|try|run|medal|sticker)|hit a (?:home run|rounder|six|four)|caught|saved|came first|beat)\b"
    r"|\bso who cares\b|\b(?:doesn'?t|didn'?t|does not|did not) (?:even )?matter\b[^.?!]{0,20}\b(?:scored|won|fun|anyway)\b"
)
SETBACK_SPOILT = prefiltered(
    rf"\b(?:again|always|every (?:day|time|week)|all the time|laugh\w*|nobody|no one|noone|hate\w*|cry\w*|bull\w*|mean|alone|hurt\w*|(?:hit|hits|kick\w*|push\w*) (?:me|us)|{_GROWN_UPS})\b",
)
setback_turned_good = Frame(SETBACK_TURNED_GOOD, SETBACK_SPOILT)


# (round 45) A worry about a small lost or forgotten thing: "I'm worried I left my water bottle
# on the bus" (rules_distress: softened to mild), spoilt by fear of a grown-up's anger or harm.
_SMALL_THING = (
    r"(?:water ?bottle|bottle|drink bottle|coat|jacket|jumper|hoodie|cardigan|hat|scarf|gloves?|mittens?|wellies|shoes?|trainers|plimsolls|"
    r"lunch ?box|lunch|packed lunch|pencil case|pens?|pencils?|rubber|ruler|reading book|library book|book|books|homework|spellings?|pe kit|pe bag|kit|bag|book ?bag|school ?bag|backpack|"
    r"toy|teddy|doll|cards|pokemon cards|stickers?|umbrella|keys?|key ring|bus pass|dinner money|pocket money|tooth|drawing|picture|glasses|watch|hair ?clip|hair ?bobble|scrunchie)"
)
SMALL_LOSS_WORRY = prefiltered(
    rf"\b(?:worried|scared|afraid|sad|upset|nervous|panicking|panicky|stressed|gutted)\b (?:that )?i (?:might have |may have |must have |think i |'?ve |have |had )?(?:left|lost|forgot|forgotten|dropped|misplaced|broke|broken|ripped|spilled|spilt) (?:my|our|the)\b (?:\w+ )?{_SMALL_THING}\b"
)
SMALL_LOSS_SPOILT = prefiltered(
    r"\b(?:hit\w*|smack\w*|hurt\w*|belt\w*|slap\w*|kill\w*|punish\w*|lock\w*|shout\w*|yell\w*|scream\w*|angry|mad at|furious|no (?:dinner|tea|food|supper)|go hungry|scared of (?:him|her|them|my \w+)|always|every (?:day|time)|again)\b",
)
small_loss_worry = Frame(SMALL_LOSS_WORRY, SMALL_LOSS_SPOILT, waives=(SCARED,))


# (rounds 45-46) An accident at home told as an accident: "i put my hand on the hot cooker by
# accident" (rules_risky: a mention), spoilt by intent, a dare, "again", or someone else's hand.
HOME_ACCIDENT = prefiltered(
    r"\b(?:by accident|accidentally|accidently|by mistake|(?:it was|was) an accident|didn'?t mean to|did not mean to|forgot (?:it|the \w+) was hot)\b"
)
HOME_ACCIDENT_SPOILT = prefiltered(
    rf"\b(?:on purpose|to see|dare\w*|want|wanna|gonna|going to|again|every|always|will|i'?ll|made me|make me|makes me|forced|push\w*|held|holds?|press\w*|lesson|punish\w*|naughty|she said|he said|they said|(?:he|she|they|someone|somebody|{_GROWN_UPS}) (?:put|held|pushed|pressed|stuck|grabbed|shoved) (?:my \w+ |me )?(?:on|onto|against|into|in|near|to|over)\b)",
)
home_accident = Frame(HOME_ACCIDENT, HOME_ACCIDENT_SPOILT)
