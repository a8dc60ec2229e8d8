# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Abuse told sideways (round 33): as a "funny story", a dream, a punishment or a sleepy carer.

- A carer who threw something hard at the child's head or face, and the story the child had
  to tell about it ("i had to tell my teacher i fell off my bike"); a ball thrown in a game,
  or by accident, is not it.
- A cruel punishment: a child (me, a brother) made to stand in a freezing shower or bath for a
  long time, or for wetting the bed; a cold shower after swimming, or a cool bath for a fever,
  is not it.
- A grown-up who came into the bathroom or the toilet with the child "again", "like last
  time" (even told as a dream); a parent helping at bath time is not it.
- A carer who sleeps all day or all the time and does not feed the children, who eat crackers
  off the floor; a parent asleep after a night shift while another one cooks is not it.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_people import STEP_PARENT
from domain.safety.prefilter import prefiltered
from domain.safety.rules_meaning_abuse import CARER

A = SafetyCategory.ABUSE

_THROWN = r"(?:threw|throws|throwing|chucked|chucks|chucking|flung|flings|lobbed|hurled|hurls|launched|smashed)"
_HARD_THING = r"(?:remote|tv remote|controller|mug|cup|glass|plate|bowl|bottle|shoe|boot|chair|phone|book|tin|can|pan|plates?|keys|ashtray|hairbrush|lamp|stapler|ornament)"
_HEAD = r"(?:head|face|eye|nose|mouth|ear|teeth|back)"
# A carer throwing something at the child's head or face (or at the child, with a hard thing).
THROWN_AT_ME = prefiltered(
    rf"\b{CARER}\b[^.?!]{{0,25}}\b{_THROWN}\b[^.?!]{{0,25}}\bat (?:me|my {_HEAD})\b"
)
THROWN_HARD = prefiltered(
    rf"\b{CARER}\b[^.?!]{{0,25}}\b{_THROWN}\b (?:a |the |his |her |my |their |an )?(?:\w+ )?{_HARD_THING}\b[^.?!]{{0,10}}\bat my {_HEAD}\b"
)
# The story the child had to tell: I fell, I tripped, I walked into a door.
COVER_STORY = prefiltered(
    r"\b(?:say|said|says|tell|told|tells|pretend\w*|lie\w*|lied)\b[^.?!]{0,30}\bi (?:fell|fall|tripped|trip|walked into|bumped|banged|slipped|hit my|did it|got hit by)\b"
    r"|\b(?:had to|have to|has to|made me|makes me|told me to|tells me to)\b (?:say|tell|pretend|lie)\b"
)
THROWN_IN_PLAY = prefiltered(
    r"\b(?:ball|frisbee|snowballs?|pillows?|cushions?|water balloons?|teddy|bean ?bag|sponge|catch|game|playing|by accident|accidentally|by mistake|didn'?t mean)\b"
)

# A freezing shower or bath given as a punishment, for a long time or for wetting the bed.
_CHILD = (
    r"(?:me|him|her|them|us|my (?:little |baby |big |older |younger )?(?:brother|sister|cousin)s?)"
)
_COLD = r"(?:freezing|ice|icy|ice cold|ice-cold|freezing cold|really cold|cold)"
COLD_PUNISHMENT = prefiltered(
    rf"\b(?:makes?|made|making|forces?|forced|puts?|putting|holds?|held|keeps?|kept|sticks?|stuck|locks?|locked|turns? on)\b {_CHILD}\b[^.?!]{{0,25}}\b(?:in|under|into) (?:the |a |an )?{_COLD}(?: cold)? (?:shower|bath|water|tub)\b"
    rf"|\b{_CHILD}\b (?:has|have|had) to (?:stand|stay|sit|go) (?:in|under) (?:the |a |an )?{_COLD}(?: cold)? (?:shower|bath|water)\b"
    rf"|\b(?:makes?|made|making|forces?|forced)\b {_CHILD}\b (?:to )?(?:have|take|get|sit in|stand in|stay in|go in) (?:a |an |the )?{_COLD}(?: cold)? (?:shower|bath)s?\b"
)
PUNISHED_FOR = prefiltered(
    r"\b(?:wets?|wetting|wet) (?:the|my|his|her) bed\b|\bwets? (?:him|her|my|them)sel\w+\b|\b(?:has|have|had|having) an accident\b|\b(?:pees?|peed|wees?|weed)\b"
    r"|\bfor (?:ages|hours|an hour|a whole hour|an entire hour|half an hour|a long time|(?:one|two|three|\d+) hours?)\b|\ba whole hour\b"
    r"|\bas (?:a )?punishment\b|\bto punish\b|\bwhen (?:i'?m|im|i am|i was|he'?s|hes|he is|she'?s|she is) (?:bad|naughty)\b"
    r"|\b(?:till|until|til) (?:i|he|she|they) (?:cry|cries|cried|scream\w*|shiver\w*|shak\w*|turn\w* blue|go(?:es)? blue)\b|\b(?:can'?t|cant|couldn'?t|won'?t let (?:me|him|her)) (?:get out|come out)\b"
)
COLD_ORDINARY = prefiltered(
    r"\b(?:fever|temperature|hot day|heat ?wave|sunburn|after (?:swimming|football|rugby|training|running|the gym|the beach)|training|athletes?|ice bath after|wim hof|good for you|cool down)\b"
)

# A grown-up who comes into the bathroom or toilet with the child again, like last time.
_GROWN_UP = r"(?:man|men|guy|bloke|lady|woman|uncle|coach|teacher|tutor|neighbou?r|priest|vicar|pastor|caretaker|babysitter|leader|instructor|step ?(?:dad|father|brother)|mr \w+|sir|grandad|grandpa|cousin|older (?:boy|kid)|teenager|(?:mum|mom|mummy|mommy)'?s (?:new )?(?:boyfriend|friend|partner)|he)"
BATHROOM_WITH_ME = prefiltered(
    rf"\b{_GROWN_UP}\b[^.?!]{{0,30}}\b(?:came|comes|coming|come|walked|walks|walking|went|goes|going|got|gets|followed|follows|following|sneaked|snuck|sneaks)\b (?:in|into|in to) (?:the |a |my )?(?:bathroom|toilets?|loo|shower(?: room)?|changing rooms?|cubicle|bath|wash ?room|restroom)\b (?:with|after|behind) me\b"
    rf"|\b{_GROWN_UP}\b[^.?!]{{0,30}}\b(?:followed|follows|following|chased|chases|pulled|pulls|took|takes) me (?:in|into|in to) (?:the |a )?(?:bathroom|toilets?|loo|shower(?: room)?|cubicle|wash ?room|restroom)\b"
    rf"|\b{_GROWN_UP}\b[^.?!]{{0,30}}\b(?:was|were|came|comes|got|gets|stayed|stays)\b[^.?!]{{0,10}}\bwith me in (?:the |a )?(?:bathroom|toilets?|loo|shower|bath|cubicle)\b"
)
AGAIN_LIKE_BEFORE = prefiltered(
    r"\b(?:again|like (?:last time|before|the other (?:time|day|night)|always)|every time|keeps?|kept|always|another time|last time)\b"
)
BATHROOM_CARE = prefiltered(
    r"\b(?:wash(?:ed|es|ing)? my hair|help\w* me (?:wash|with)|potty|nappy|change my (?:nappy|pull-?up)|plaster|sick|poorly|bath ?time)\b"
)

# A carer who sleeps all day or all the time while the children go without food.
CARER_SLEEPS_ALL_DAY = prefiltered(
    rf"\b(?:{CARER}|she|he)\b[^.?!]{{0,10}}\b(?:sleeps?|sleeping|slept|stays? in bed|stayed in bed|lies? in bed|lays? in bed|is (?:always )?(?:asleep|in bed)|just sleeps)\b (?:all day|all the time|every day|the whole day|all morning|all weekend|all day long)\b"
)
NOT_FED = prefiltered(
    r"\b(?:don'?t|dont|doesn'?t|doesnt|won'?t|wont|never|didn'?t|didnt|forgets? to|forgot to)\b (?:give|gives|make|makes|feed|feeds|cook|cooks|get|gets) (?:us|me|my \w+(?: \w+)?)\b(?: (?:any|some) )?(?: ?(?:food|dinner|tea|breakfast|lunch|anything|meals?))?"
    r"|\b(?:ate|eat|eating|eats|had|have) (?:\w+ ){0,2}?(?:crackers|bread|biscuits|crisps|cereal|crumbs|food|cheerios|scraps)\b (?:off|from) the (?:floor|carpet|ground|bin)\b"
    r"|\bno food\b|\bnothing to eat\b"
    # (round 34) No milk or food for days, an empty fridge, and the child feeding the baby.
    r"|\b(?:no|any) (?:more )?(?:milk|food|bread|dinner|formula)\b[^.?!]{0,6}\b(?:since (?:mon|tues?|wed(?:nes)?|thurs?|fri|sat(?:ur)?|sun)(?:day)?|since (?:yesterday|last \w+|the weekend|ages|forever)|for (?:days|ages|a week|\w+ days))\b|\bno (?:milk|formula) (?:left|in the (?:fridge|house))\b|\bnothing (?:left )?in the (?:fridge|cupboards?|house)\b"
    r"|\bonly (?:ate|eaten|had|eat|have) (?:\w+ ){1,3}for (?:days|a week|\d+ days|\w+ days)\b|\b(?:theres|there'?s|there is) (?:none|no food|nothing) left\b"
    r"|\b(?:aint|ain'?t|haven'?t|havent|have not|hasn'?t|not) (?:had|eaten|got|ate) (?:any )?(?:milk|food|dinner|anything(?: to eat)?|a proper meal)\b[^.?!]{0,4}\b(?:for (?:days|ages|a week|\w+ days)|since (?:\w+day|yesterday|last \w+|ages)|in (?:days|ages|\w+ days))\b"
    r"|\bi (?:have to |has to |got to |gotta )?(?:make|makes|feed|feeds|cook|give|gives|get)\b[^.?!]{0,25}\b(?:for |to )?(?:me and )?(?:the |my )?(?:baby|little (?:brother|sister)|baby (?:brother|sister)|sisters?|brothers?)\b[^.?!]{0,40}\b(?:no milk|no food|nothing in the|hungry|empty)\b"
)
SOMEONE_ELSE_FEEDS = prefiltered(
    r"\b(?:dad|daddy|mum|mummy|mom|nan|nana|grandma|granny|grandad|auntie|someone|my (?:big )?(?:sister|brother))\b (?:makes|made|cooks|cooked|gives|gave|gets|got) (?:us |me )?(?:dinner|tea|breakfast|lunch|food|our food)\b|\bnight shifts?\b|\bworks? nights\b"
)

# (round 34) Food kept from the children until they "earn" it, or no dinner for days.
_FOOD = r"(?:eat|eating|food|dinner|tea|meals?|breakfast|lunch|supper)"
FOOD_WITHHELD = prefiltered(
    rf"\b(?:not allowed to|aren'?t allowed to|arent allowed to|isn'?t allowed to|wasn'?t allowed to|weren'?t allowed to|can'?t|cant|don'?t get to|dont get to|won'?t let (?:us|me|him|her|them)|wont let (?:us|me|him|her|them)|doesn'?t let (?:us|me|him|her)|doesnt let (?:us|me|him|her)|don'?t let (?:us|me)|never lets? (?:us|me)|not let (?:us|me))\b (?:have |get )?(?:any )?{_FOOD}\b"
    rf"|\b(?:don'?t|dont|didn'?t|didnt|never) (?:get|got|give us|give me|feed us|feed me) (?:any )?{_FOOD}\b|\bno {_FOOD} (?:for|unless|until|if)\b|\b(?:sent|send|sends) (?:us |me )?to bed (?:without|with no) {_FOOD}\b"
    rf"|\b(?:got|get|gets|getting|given|had|have) no {_FOOD}\b|\b(?:haven'?t|havent|hasn'?t|hadn'?t) (?:had|got|been given) (?:any )?{_FOOD}\b"
    rf"|\bif (?:i|we) want (?:any |some )?{_FOOD}\b|\b(?:have|has|need|needs|got) to (?:earn|deserve) (?:our |my |their |any |the )?{_FOOD}\b"
)
FOOD_EARNED = prefiltered(
    rf"\b{_FOOD}\b[^.?!]{{0,60}}\b(?:earn|earns|earned|earnt|deserve|deserves|deserved)\b|\b(?:earn|earns|earned|earnt|deserve|deserves|deserved)\b (?:our |my |their |his |her |any )?{_FOOD}\b"
)
NO_FOOD_FOR_DAYS = prefiltered(
    r"\b(?:haven'?t|havent|have not|hasn'?t|not|didn'?t|didnt) (?:had|eaten|got|get|ate|eat) (?:any |a )?(?:dinner|food|tea|breakfast|lunch|anything|a meal)?\b[^.?!]{0,6}\b(?:this whole week|all week|for (?:days|a week|\w+ days|two days)|since yesterday|in (?:\w+ )?days)\b"
)
FOOD_TREAT = prefiltered(
    r"\b(?:pocket money|screen ?time|treats?|dessert|pudding|sweets|ice ?cream|candy|chocolate|cake|biscuits?|cookies?|snacks?|stickers?|points|stars|fasting|ramadan|lent|(?:operation|surgery|not hungry|never hungry)|sick|poorly|tummy bug)\b"
)

# (round 35) A friend with bruises after every weekend at a parent's, or who says a parent does it.
FRIEND_BRUISED = prefiltered(
    r"\b(?:friend|mate|cousin|classmate|boy|girl|kid|he|she|\w+ in my class)\b[^.?!]{0,40}\b(?:has|had|have|gets|got|comes? in with|came in with|always has|keeps? getting|turns? up with)\b[^.?!]{0,15}\b(?:bruises|bruised|marks|cuts|burns|black eyes?|a black eye|welts)\b"
)
FRIEND_BLAMES_CARER = prefiltered(
    rf"\b(?:told me|tells me|said|says|whispered|admitted)\b[^.?!]{{0,10}}\b(?:his|her|their) (?:dad|daddy|mum|mom|mummy|{STEP_PARENT}|uncle|da|mam|(?:mum|mom|dad)'?s (?:boyfriend|girlfriend)|parents?)\b (?:does|did|do|done|hits?|beats?|beat|kicks?|kicked|gives?|gave|makes?|made|hurts?|hurt) (?:it|them|him|her)\b"
    r"|\bevery (?:monday|sunday|week|weekend|time)\b[^.?!]{0,20}\b(?:after|when (?:he|she) comes back from) (?:his|her|their) (?:weekends?|visits?|time|stay|staying) (?:at|with) (?:his|her|their) (?:dad|daddy|mum|mom|step ?dad|uncle|da)(?:'?s)?\b"
)
BRUISES_FROM_PLAY = prefiltered(
    r"\b(?:football|rugby|hockey|karate|judo|boxing|trampolin\w*|skat\w*|bmx|bike|climbing|fell|falls|tripped|clumsy|wrestl\w*|play ?fight\w*)\b"
)


# (miss61) A grown-up outside the family who strokes the child's leg or back behind a shut door,
# after the others have gone, or as "our thing" ("the band teacher makes me stay after and shuts
# the door and rubs my leg and says its our thing"); a hurt knee rubbed better, sun cream, a back
# rubbed when poorly or to sleep is not it.
GROWN_UP_NAMED = prefiltered(rf"\b{_GROWN_UP}\b")
TOUCHED_BODY = prefiltered(
    r"\b(?:rubs?|rubbed|rubbing|strokes?|stroked|stroking|touch(?:es|ed|ing)?|feels?|felt|squeez(?:es|ed)|puts? (?:his|her) hands? on|(?:has|had|keeps?|kept) (?:his|her) hands? on) my (?:leg|legs|thigh|thighs|knee|knees|back|neck|tummy|belly|hair|face|lap|side|bum|chest)\b"
)
KEPT_PRIVATE = prefiltered(
    r"\b(?:shuts?|shutting|closes?|closed|closing|locks?|locked|locking) the door\b|\bour (?:little |special |secret |private )?(?:thing|secret|game)\b|\b(?:don'?t|dont|not to|never|mustn'?t) tell\b|\bsecret\b"
    r"|\b(?:stay|stays|stayed|staying|keeps? me|kept me) (?:after|behind|back|late)\b|\bwhen (?:every ?(?:one|body)|the others|the other kids)(?:'?s| is| are| has| have)? (?:gone|left|asleep|away)\b|\balone with (?:him|her)\b"
)
TOUCH_ORDINARY = prefiltered(
    r"\b(?:sick|ill|poorly|cramp|sore|hurt|hurts|injur\w*|fell|fall|doctor|nurse|physio|first aid|sun ?cream|cream|plaster|bandage|ice pack|to sleep|nightmare|tuck\w*|tickl\w*|surprise|present|birthday|haircut|nits|lice|mum|mom|dad)\b"
)


def find_hidden_abuse(text: str) -> list[Finding]:
    if (
        FRIEND_BRUISED.search(text)
        and FRIEND_BLAMES_CARER.search(text)
        and not BRUISES_FROM_PLAY.search(text)
    ):
        return [Finding(A, "carer_harm", CRITICAL, 0, len(text))]
    if (
        FOOD_WITHHELD.search(text)
        and (FOOD_EARNED.search(text) or NO_FOOD_FOR_DAYS.search(text))
        and not FOOD_TREAT.search(text)
    ):
        return [Finding(A, "carer_neglect", CRITICAL, 0, len(text))]
    if (
        (THROWN_AT_ME.search(text) and COVER_STORY.search(text)) or THROWN_HARD.search(text)
    ) and not THROWN_IN_PLAY.search(text):
        return [Finding(A, "carer_harm", CRITICAL, 0, len(text))]
    if (
        COLD_PUNISHMENT.search(text)
        and PUNISHED_FOR.search(text)
        and not COLD_ORDINARY.search(text)
    ):
        return [Finding(A, "carer_harm", CRITICAL, 0, len(text))]
    if (
        BATHROOM_WITH_ME.search(text)
        and AGAIN_LIKE_BEFORE.search(text)
        and not BATHROOM_CARE.search(text)
    ):
        return [Finding(A, "carer_harm", CRITICAL, 0, len(text))]
    if (
        CARER_SLEEPS_ALL_DAY.search(text)
        and NOT_FED.search(text)
        and not SOMEONE_ELSE_FEEDS.search(text)
    ):
        return [Finding(A, "carer_neglect", CRITICAL, 0, len(text))]
    if TOUCHED_BODY.search(text) and KEPT_PRIVATE.search(text) and not TOUCH_ORDINARY.search(text):
        return [Finding(A, "grown_up_touch_hidden", CRITICAL, 0, len(text))]
    return []
