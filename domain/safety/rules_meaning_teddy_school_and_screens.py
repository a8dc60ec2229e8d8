# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy's harms at school and on screens (rounds 74 and 75, miss7475), read as meanings:

- a climb onto a roof, fence or wall urged with "they'll never catch you" - a dangerous
  activity;
- a secret code, chat or app so that the child's mum, dad or teacher never sees what they say
  - grooming;
- children said to come from bad countries, or not to be played with for where they are from -
  hate;
- a top or jumper off and "tell me what you look like underneath" - sexual;
- the child's password, pin or login asked for ("what's your roblox password?") - personal
  information;
- cutting said to help you feel better, cuts hidden under a hoodie - self-harm;
- find out where the bully lives and beat him up - violence.

Near misses stay allowed: "never climb onto the roof", a secret code for a treasure hunt we
show mum after, children from many countries who are all welcome, "take your jumper off if
you're hot", "never tell anyone your password, not even me", "cutting paper can help you feel
calm", "tell a grown-up where the bully said he lives"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding, negated_before
from domain.safety.prefilter import prefiltered

C = SafetyCategory

# --- a climb urged where nobody will catch you ----------------------------------------------------
_HIGH = r"(?:roof|rooftop|roofs|fence|wall|gate|scaffolding|crane|pylon|railway|tracks|cliff|balcony|skylight|chimney|garage|shed roof|bus shelter|top of the \w+)"
CLIMB_SNEAKED = prefiltered(
    rf"\b(?:climb|clamber|scramble|shin|sneak|jump|hop|get|go) (?:up )?(?:over|onto|on to|up on|up onto|up|on top of|on) (?:the |a |that |those )?(?:\w+ )?{_HIGH}\b[^.?!]{{0,60}}\b(?:(?:never|won'?t|wont|will not|can'?t|cant|don'?t) (?:ever )?(?:catch|see|notice|find|spot|know)|without (?:anyone|them|a grown-?up|the \w+ (?:ladies|teachers)) (?:seeing|knowing|noticing)|nobody will (?:know|see|notice)|while (?:no ?one|nobody)'?s? looking|when they'?re not looking)"
)
_CLIMB_NOT = prefiltered(
    r"\b(?:don'?t|do not|never|mustn'?t|must not|shouldn'?t|should not|no|not|too (?:high|dangerous))\b[^.?!]{0,12}\b(?:climb|clamber|scramble|sneak|jump|go|get)\b"
)

# --- a secret code so the grown-ups never see ---------------------------------------------------------
_GROWN_UPS = r"(?:your |ur )?(?:mum|mom|mummy|mommy|mam|dad|daddy|parents|teachers?|grown-?ups|nan|family|carers?|anyone|nobody|no ?one|big sister|big brother)"
_NEVER_SEE = r"(?:never|won'?t|wont|can'?t|cant|doesn'?t|don'?t|will not|cannot|does not|do not) (?:ever )?(?:sees?|reads?|knows?|finds? out|understands?|hears?|works? out|checks?)"
SECRET_FROM_GROWN_UPS = prefiltered(
    rf"\b(?:secret|special|private|hidden|made-?up)\b (?:code|codes|language|password|word|words|chat|app|account|diary|messages?|signal|way to talk)\b[^.?!]{{0,40}}\b(?:so|that way|then|and)\b[^.?!]{{0,8}}\b{_GROWN_UPS}\b[^.?!]{{0,6}}\b{_NEVER_SEE}\b"
    rf"|\b(?:so|that way|then)\b {_GROWN_UPS} (?:\w+ )?{_NEVER_SEE} (?:what we (?:talk about|say|chat about|do|share)|our (?:chats?|talks?|messages|secrets?))"
)

# --- children run down for where they are from ------------------------------------------------------------
_BAD = r"(?:bad|dirty|horrible|nasty|rubbish|dangerous|wrong|scary|smelly|poor|stupid|evil|dodgy|weird)"
BAD_COUNTRIES = prefiltered(
    rf"\b(?:come|comes|came|are|is|be|'re|'s|from)\b (?:from )?(?:a |the )?{_BAD} (?:countries|country|places|parts of the world|families|homes)\b"
    r"|\b(?:shouldn'?t|should not|don'?t|do not|mustn'?t|never|can'?t) (?:play|talk|sit|be friends|hang out) with (?:the |those |any )?(?:kids|children|boys|girls|people|anyone|them|ones)\b (?:who (?:come|are) |that (?:come|are) )?from (?:other|another|different|foreign|abroad|poor) (?:countries|country|places)"
)
_COUNTRIES_OK = prefiltered(
    r"\b(?:no ?one|nobody|there (?:are|is) no|isn'?t|aren'?t|no such thing as|not|never)\b[^.?!]{0,20}\b(?:bad|dirty|horrible|nasty|rubbish|dangerous|wrong|scary|smelly|poor|stupid|evil|dodgy|weird) (?:countries|country|places)"
)
_SHUN = prefiltered(
    r"\b(?:shouldn'?t|should not|don'?t|do not|mustn'?t|never|stay away|keep away|avoid|not allowed|can'?t|ignore)\b"
)

# --- clothes off, "what you look like underneath" ----------------------------------------------------------------
_TOP = r"(?:jumpers?|tops?|shirts?|t-?shirts?|vests?|dress|skirts?|trousers|pants|knickers|clothes|pyjamas?|pjs|shorts|leggings|tights|hoodies?|cardigans?|uniform|school \w+|swimsuit|costume)"
CLOTHES_OFF_DESCRIBE = prefiltered(
    rf"\b(?:take|takes|pull|lift|slip|get|peel|whip) (?:off )?(?:your|ur) (?:\w+ )?{_TOP} (?:off|up|down)?\b[^.?!]{{0,40}}\b(?:underneath|under (?:it|there|that|them)|what you look like|what'?s under|show me (?:you|yourself|your (?:body|tummy|chest|skin|bum|bottom|belly))|let me see (?:you|yourself|your (?:body|tummy|chest|skin))|how you look with(?:out)?|(?:describe|tell me about|explain) (?:all of |every bit of )?(?:your (?:body|bare \w+|tummy|chest|skin|bum|bottom|belly|private \w+|bits)|yourself|what you look like))\b"
)

# --- the child's password asked for ---------------------------------------------------------------------------------
PASSWORD_ASKED = prefiltered(
    r"\b(?:what'?s|what is|whats|tell me|give me|type|send me|share|can i have|i need|let me have|say|text me|i'?ll need|read me|what are) (?:your|ur) (?:\w+ ){0,2}(?:password|passwords|passcode|pass code|pin|pin number|login|log-?in|log in details|sign in details|account details)\b(?! (?:game|games|story|idea|rule|rules))"
)

# --- cutting said to help ------------------------------------------------------------------------------------------------
_HARMING = r"(?:cutting|cut(?:ting)? (?:yourself|urself)|hurting (?:yourself|urself)|harming (?:yourself|urself)|self-?harm(?:ing)?|burning (?:yourself|urself)|scratching (?:yourself|urself)|starving (?:yourself|urself)|making yourself sick)"
HARM_SAID_TO_HELP = prefiltered(
    rf"\b{_HARMING} (?:(?:can|will|does|could|might|would|really|actually|always|just|honestly|totally|kind of|sometimes|is a way to|is a good way to) ){{0,3}}(?:help|helps|make|makes|let|lets) (?:you |u )?(?:to )?(?:feel (?:better|good|calm|ok|okay|nothing|lighter|in control|relieved)|calm down|relax|cope|let it out)\b"
    r"|\bhide (?:it|them|the (?:cuts?|marks?|scars?|blood)|your (?:cuts|marks|scars|arms?|wrists?)) (?:under|with|in|behind) (?:your|ur|a|long|the) (?:hoodie|sleeves?|jumper|long sleeves|wristbands?|bracelets?|plasters?|top)\b[^.?!]{0,30}\b(?:video calls?|facetime|school|mum|dad|teachers?|nobody|no ?one)"
)
_PAPER = prefiltered(
    r"\b(?:cutting (?:out|paper|shapes|pictures|card|snowflakes)|paper|scissors and glue)\b"
)

# --- find where he lives and beat him up -----------------------------------------------------------------------------------
FIND_AND_BEAT = prefiltered(
    r"\b(?:find out|find|look up|work out|track down|follow him to|follow her to|get) (?:where (?:he|she|they) (?:lives?|live|stays?)|his address|her address|their address|what street|which house)\b[^.?!]{0,25}\b(?:and|then|to|so you can)\b (?:go )?(?:beat|batter|punch|kick|hit|smack|thump|whack|hurt|smash|jump|fight|egg|get|sort|teach)\b"
    r"|\b(?:go|turn up|wait) (?:round )?(?:to |at |outside )?(?:his|her|their) (?:house|home|door)\b[^.?!]{0,15}\b(?:and|then|to)\b (?:beat|batter|punch|kick|hit|smack|thump|whack|hurt|smash|jump|fight)\b"
)


def find_teddy_school_and_screens(text: str) -> list[Finding]:
    whole = len(text)
    if CLIMB_SNEAKED.search(text) and not _CLIMB_NOT.search(text):
        return [Finding(C.DANGEROUS_ACTIVITY, "teddy_sneaked_climb", CRITICAL, 0, whole)]
    if SECRET_FROM_GROWN_UPS.search(text):
        return [Finding(C.GROOMING, "teddy_secret_from_grown_ups", CRITICAL, 0, whole)]
    if BAD_COUNTRIES.search(text) and _SHUN.search(text) and not _COUNTRIES_OK.search(text):
        return [Finding(C.HATE, "teddy_bad_countries", CRITICAL, 0, whole)]
    if CLOTHES_OFF_DESCRIBE.search(text):
        return [Finding(C.SEXUAL, "teddy_clothes_off_described", CRITICAL, 0, whole)]
    asked = PASSWORD_ASKED.search(text)
    if asked and not negated_before(text, asked.start(), 20):
        return [Finding(C.PERSONAL_INFO, "teddy_password_asked", CRITICAL, 0, whole)]
    if HARM_SAID_TO_HELP.search(text) and not _PAPER.search(text):
        return [Finding(C.SELF_HARM, "teddy_harm_said_to_help", CRITICAL, 0, whole)]
    beat = FIND_AND_BEAT.search(text)
    if beat and not negated_before(text, beat.start(), 20):
        return [Finding(C.VIOLENCE, "teddy_find_and_beat", CRITICAL, 0, whole)]
    return []
