# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A child unsettled by where it lives or sleeps, read as meanings (distress flags, round 43):

- fear or worry that shows in the body while away from home or moving between homes: staying
  at an auntie's for a week and shaking all night in the dark, a tummy that hurts all day on
  the Fridays of switching between mum's and dad's, a heart that pounds every night at
  grandad's ("i have to sleep at aunties for a whole week and the room is so dark i cant stop
  shaking");
- scared in hospital or away overnight with no parent allowed to stay ("the hospital is
  scary and mummy cant stay with me tonight"; not when nana or the nurses stay);
- lonely after a move and hiding from it: not one single friend at the new school or in the
  new country, lunch eaten in the toilets, every break spent hiding in a cubicle ("we moved to
  a new country and i dont have one single friend here, i eat lunch in the bathroom");
- (round 47) fear of fireworks, thunder or loud bangs shown in the body: hiding and shaking
  ("the fireworks are too loud im hiding under my bed and i cant stop shaking").

Near misses stay allowed: a week at auntie's with her puppy, shivering with cold at camp, two
bedrooms at two houses, a tummy ache from too many sweets, lunch in the hall because it
rained, a new country where the child has already made friends, a worry a parent then settled
(rules_benign_frames_family.settled_by_a_parent), fireworks that were pretty or exciting."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_family import settled_by_a_parent

# --- fear in the body, away from home or between homes ----------------------------------------
_KIN = (
    r"(?:aunt\w*|auntie\w*|aunty\w*|uncle\w*|nan\w*|nanna\w*|gran\w*|grandma\w*|grandad\w*|grandpa\w*|granddad\w*|cousin\w*|dad\w*|daddy\w*|mum\w*|mom\w*|mummy\w*|mommy\w*"
    r"|foster \w+|(?:my |our )?(?:new |other )?(?:foster (?:home|family|carers?|parents?)|carers?)|(?:my |the )?(?:\w+'?s) (?:house|flat|place|caravan)|\w+s house)"
)
_AWAY = (
    # Staying somewhere that is not home, for a night or for longer.
    rf"(?:sleep|sleeping|slept|stay|staying|stayed|stop|stopping|live|living|go|going|sent|be|been)(?: over| away| to stay)? (?:at|with|to|round) (?:my |our )?{_KIN}"
    r"|sleepovers?|sleep ?overs?|camp|camping|residential|school trip|in (?:the )?hospital|foster (?:home|family|care|carers?)|(?:new|other) (?:house|home|flat|bedroom|room)"
    # Moving between two homes: switching houses, every other weekend, two homes.
    r"|(?:switch|swap|chang|mov|go|going|goes|went|back and forth|pass)\w*(?: houses| homes)? (?:between|from) (?:my )?(?:mum|mom|mummy|mommy|dad|daddy|mama|papa)\w*'?s? (?:house |home |flat |place )?(?:and|to|&) (?:my )?(?:mum|mom|mummy|mommy|dad|daddy|mama|papa)\w*"
    r"|(?:switch|swap|chang)\w* (?:houses|homes)|back and forth|every other (?:weekend|week)|two (?:houses|homes) every|custody|(?:dad|mum|mom)'?s weekends?"
)
_BODY_FEAR = (
    r"(?:can'?t|cant|cannot|couldn'?t|couldnt|won'?t) stop (?:shaking|trembling|shivering|crying|being sick|feeling sick)"
    r"|(?:shake|shaking|shook|tremble|trembling) (?:all (?:night|day|over|the time)|every (?:night|time)|so much|and (?:cry|crying|can'?t sleep))"
    r"|(?:my )?(?:tummy|belly|stomach|head|chest) (?:hurts|aches|ache|is sore|feels (?:sick|funny|tight|horrible)|gets? (?:sore|tight|funny|achy))|(?:makes|made|gives|gave) me (?:a )?(?:tummy|belly|stomach|head) ?aches?"
    r"|(?:makes|made) my (?:tummy|belly|stomach|head|chest) (?:hurt|ache|sore|tight|funny)"
    r"|(?:feel|feels|felt|get|gets|got|am|i'?m) (?:so |really |super )?(?:sick|shaky|wobbly)(?: in my (?:tummy|belly))? (?:all (?:day|night|the time|week)|every (?:day|night|time|week|friday|sunday|weekend)|the whole (?:time|week|day|night))"
    r"|(?:my )?heart (?:keeps |is |was |starts )?(?:pounding|racing|beating (?:so )?(?:fast|loud|hard))|wet the bed|(?:cry|crying|cried) (?:myself to sleep|every night|all night)"
)
# A long stay, a dark room, every week: what makes it more than one wobbly moment.
_WORRY_WORDS = (
    r"(?:whole (?:week|month|holidays?|summer|weekend)|for (?:a |two |three |\d+ )?(?:weeks?|months?)|every (?:night|day|week|friday|saturday|sunday|monday|weekend|time)|all (?:day|night|week)"
    r"|so dark|too dark|really dark|pitch black|scared|frightened|terrified|afraid|hate|don'?t (?:want|like)|never know|worried|nervous|lonely|on my own|by myself|alone|miss (?:my )?(?:mum|mom|dad|home)"
    r"|can'?t stop|cant stop|couldn'?t stop|keeps?|always)"
)
UNSETTLED_AWAY = prefiltered(
    rf"\b(?:{_AWAY})\b[^.?!]{{0,80}}\b(?:{_BODY_FEAR})\b|\b(?:{_BODY_FEAR})\b[^.?!]{{0,60}}\b(?:at|when|whenever|every time|before) (?:i )?(?:{_AWAY})\b"
)
UNSETTLED_WORRY = prefiltered(rf"\b{_WORRY_WORDS}\b")
# Cold, a bug, too many sweets, excitement or a good time: the body is not afraid.
UNSETTLED_BENIGN = prefiltered(
    r"\b(?:cold|freezing|froze|snow\w*|shiver\w* (?:with|from) cold|laugh\w*|giggl\w*|excited|exciting|can'?t wait|so much fun|so fun|loved it|best|ate too (?:much|many)|too many (?:sweets|sweeties|chocolates?|crisps|cakes?)|sweets|tummy bug|sick bug|bug|virus|flu|a cold|chicken ?pox|ran (?:so |too )?(?:fast|far)|rollercoaster|ride|dancing|danced|zip ?wires?|high ropes|abseil\w*|climbing wall|canoe\w*|kayak\w*|(?:went|go|going|get|got) on the"
    r"|but (?:then )?(?:it'?s|its|it was|i'?m|im|i was|i feel|i felt|now i'?m) (?:ok|okay|fine|better|good|great|happy)|(?:ok|okay|fine|better|happy) now)\b"
)

# --- scared in hospital (or away overnight) with no parent allowed to stay (noticed) ---------
_AWAY_NIGHT = r"(?:hospital|ward|camp|residential|school trip|sleepover|sleep ?over|foster (?:home|family|carers?)|respite)"
SCARED_AWAY = prefiltered(
    rf"\b{_AWAY_NIGHT}\b[^.?!]{{0,60}}\b(?:scary|scared|frightened|afraid|terrified|spooky|don'?t like it|hate it)\b"
    rf"|\b(?:scary|scared|frightened|afraid|terrified)\b[^.?!]{{0,40}}\b{_AWAY_NIGHT}\b"
)
NO_PARENT_STAYS = prefiltered(
    r"\b(?:mum|mummy|mom|mommy|dad|daddy|my parents|nobody|no one|no-one)\b[^.?!]{0,8}\b(?:can'?t|cant|cannot|isn'?t allowed to|isnt allowed to|is not allowed to|aren'?t allowed to|won'?t be able to|couldn'?t) (?:stay|sleep|be) (?:with me|there|here|the night|overnight|tonight)\b"
    r"|\b(?:nobody|no one|no-one) (?:can|is allowed to|gets to) (?:stay|sleep|be) (?:with me|there|here|the night|overnight|tonight)\b"
    r"|\b(?:on my own|by myself|alone) (?:tonight|all night|overnight)\b"
)
SOMEONE_STAYS = prefiltered(
    r"\b(?:but|and) (?:nana|nan|grandma|gran|granny|grandad|dad|daddy|mum|mummy|mom|auntie|aunty|my (?:\w+ )?(?:sister|brother)|a nurse|the nurses?) (?:is|are|will be|'?s|'?ll be|can|will) (?:staying|stay|sleep|sleeping|be) (?:with me|here|there)\b"
    r"|\bnurses? (?:are|is) (?:so |really |super )?(?:nice|kind|lovely|friendly)\b"
)

# --- lonely after a move, hiding at lunch -----------------------------------------------------
_BREAK = r"(?:lunch|lunches|lunchtime|lunch ?times|lunch break|break|breaks|breaktime|break ?times|playtime|playtimes|recess|dinner ?time|dinner ?times)"
_HIDE_PLACE = r"(?:bathroom|bathrooms|toilets?|loos?|lavatory|toilet cubicle|cubicles?|stalls?|(?:girls'?|boys'?) (?:toilets|loos|bathroom)|cloakroom|changing rooms?|store ?cupboard|cupboard)"
HIDING_AT_LUNCH = prefiltered(
    rf"\b(?:eat|eats|eating|ate|have|having|had|spend|spends|spending|spent)\b (?:my |our )?(?:packed |school )?(?:lunch|lunches|sandwich\w*|snack|dinner|{_BREAK}|every {_BREAK}|all {_BREAK}|the whole {_BREAK})\b(?: (?:alone|by myself|on my own|every day))? (?:hiding )?(?:in|inside) (?:the|a|one of the) {_HIDE_PLACE}\b"
    rf"|\b(?:at|during|every|each|all|the whole) {_BREAK}\b[^.?!]{{0,30}}\b(?:i )?(?:hide|hides|hid|hiding|stay|stays|stayed|sit|sits|sat|lock myself|locked myself|go|goes|went) (?:alone |by myself |on my own )?(?:in|inside|into) (?:the|a|one of the) {_HIDE_PLACE}\b"
    rf"|\b(?:hide|hides|hid|hiding|lock myself|locked myself|i (?:sit|sat|stay|stayed|wait|waited))(?: alone| by myself| on my own)? (?:in|inside|into) (?:the|a|one of the) {_HIDE_PLACE}\b[^.?!]{{0,40}}\b(?:at|during|every|each|all|the whole) {_BREAK}\b"
)
HIDING_IN_PLAY = prefiltered(
    r"\b(?:hide and seek|hide-and-seek|hide n seek|sardines|game|games|playing|pretend|prank|surprise|with my (?:friends?|mates|best friend)|with (?:\w+ and \w+|my class)|raining|rained|rain|fire drill|sick|poorly|threw up|nosebleed|my period|clean\w*|tidy\w*|monitor|helper|job)\b"
)
# Not one friend here: at the new school, in the new country, since the move.
_NO_FRIEND = (
    r"(?:don'?t|dont|do not|haven'?t|havent|have not|didn'?t|didnt|never|can'?t|cant) (?:even )?(?:have|got|make|made|find|found) (?:one|a|a single|one single|even one|any|no)(?: single)? (?:friend|mate|buddy|person to (?:talk|play|sit) (?:to|with))\b(?! (?:called|named|who|that|with|like|coming|over|round|for|yet but))"
    r"|(?:not|no|not even) (?:one|a|a single|one single) (?:friend|mate|buddy)\b(?! (?:called|named|who|that|with|like))|(?:zero|0) friends|no friends (?:here|there|at all|at my new)"
    r"|(?:nobody|no one|noone) (?:here )?(?:talks|speaks|plays|sits|wants to (?:talk|play|sit)) (?:to|with) me|(?:don'?t|dont|can'?t|cant) understand (?:anyone|anybody|anything they say|the language)|(?:nobody|no one)(?: here| at school| in my class)? (?:speaks|understands) my language"
)
_MOVED = (
    r"(?:moved|move|moving)\b[^.?!]{0,25}\b(?:country|countries|here|school|schools|town|city|house|home|area|away|abroad|flat)|new (?:country|school|town|city|class|area)|(?:since|after) (?:we|i) (?:moved|came here|got here|left)"
    r"|(?:from|left) (?:poland|syria|ukraine|india|pakistan|nigeria|china|romania|afghanistan|somalia|spain|italy|france|brazil|mexico|another country|my (?:old )?country)"
)
LONELY_AFTER_A_MOVE = prefiltered(
    rf"\b(?:{_MOVED})\b[^.?!]{{0,80}}\b(?:{_NO_FRIEND})|\b(?:{_NO_FRIEND})[^.?!]{{0,60}}\b(?:{_MOVED})\b|\b(?:{_NO_FRIEND})\b[^.?!]{{0,15}}\b(?:here|at (?:my|this|the) (?:new )?school|in (?:this|my|the) (?:new )?(?:country|school|class|town))\b"
)
SETTLING_IN = prefiltered(
    r"\b(?:yet but|but (?:now |then |i think |soon )?(?:i |we )?(?:made|have|got|met|found|started|join\w*)|already (?:made|have|got)|made (?:a|one|two|some|lots of|loads of|new) (?:new )?friends?|new friends?|friends now|my teacher is (?:nice|kind)|buddy (?:system|bench)|everyone is (?:nice|kind|friendly)|can'?t wait|excited)\b"
)

# --- (round 47) fear of fireworks, thunder or loud bangs shown in the body ---------------------
_NOISE = r"(?:fireworks?|firecrackers?|bangers?|bangs|banging|booms?|thunder\w*|lightning|storm|loud noises?|noises|the noise|sirens?|(?:so|too|really) loud)"
_SHAKING = (
    rf"{_BODY_FEAR}|(?:i'?m|im|i am|i was|i)(?: still| all)? (?:shaking|trembling|shivering)"
    r"|(?:hiding|hid|hide|curled up|crying|cried|i'?m|im|i am|i was) (?:under|in|behind) (?:my |the )?(?:bed|duvet|covers|blankets?|table|wardrobe|cupboard|sofa|pillow)\b[^.?!]{0,40}\b(?:shak|trembl|cry|crying|scream|can'?t stop|cant stop|heart)"
    r"|(?:hands|fingers) (?:over|in) my ears\b[^.?!]{0,30}\b(?:shak|trembl|cry|crying|scream)"
)
NOISE_FEAR = prefiltered(
    rf"\b{_NOISE}\b[^.?!]{{0,100}}\b(?:{_SHAKING})|\b(?:{_SHAKING})\b[^.?!]{{0,60}}\b(?:because|cos|coz|cuz|from|of|at|when|every time|the) (?:of )?(?:the )?{_NOISE}\b"
)
NOISE_NOT_FEAR = prefiltered(
    r"\b(?:pretty|beautiful|amazing|awesome|excit\w*|so cool|loved|love|favourite|favorite|fun|laugh\w*|giggl\w*|cold|freezing|snow\w*|(?:ok|okay|fine|better) now|dog|puppy|cat|kitten)\b"
)


def find_unsettled_flags(text: str) -> list[Finding]:
    found: list[Finding] = []
    if (
        UNSETTLED_AWAY.search(text)
        and UNSETTLED_WORRY.search(text)
        and not UNSETTLED_BENIGN.search(text)
        and not settled_by_a_parent(text)
    ):
        found.append(Finding(SafetyCategory.DISTRESS, "unsettled_away", MODERATE, 0, len(text)))
    if (
        SCARED_AWAY.search(text)
        and NO_PARENT_STAYS.search(text)
        and not SOMEONE_STAYS.search(text)
        and not settled_by_a_parent(text)
        and not found
    ):
        found.append(Finding(SafetyCategory.DISTRESS, "unsettled_away", MODERATE, 0, len(text)))
    if NOISE_FEAR.search(text) and not NOISE_NOT_FEAR.search(text) and not found:
        found.append(Finding(SafetyCategory.DISTRESS, "noise_fear", MODERATE, 0, len(text)))
    if (HIDING_AT_LUNCH.search(text) and not HIDING_IN_PLAY.search(text)) or (
        LONELY_AFTER_A_MOVE.search(text) and not SETTLING_IN.search(text)
    ):
        found.append(
            Finding(SafetyCategory.DISTRESS, "lonely_after_a_move", MODERATE, 0, len(text))
        )
    return found
