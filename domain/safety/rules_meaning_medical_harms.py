# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Harm told in a medical setting (round 63: doctors, dentists, hospitals, being ill), read as
meanings:

- self-harm through illness: hoping the hospital machine stops for good, not eating or not
  taking medicine so as to get sicker, stay in hospital or never go home;
- medical neglect: kept from the dentist or doctor so nobody asks questions or sees, or with a
  tooth or a pain left for weeks;
- a carer making the child ill: something put in a drink that makes the child sick, or the child
  made to act sicker for the doctors (fabricated illness);
- "playing doctors" as a cover for touching: a grown-up or an older child "checks" the child
  under its clothes in a doctor game, or says real doctors do it too;
- pills forced on the child (someone else's pills, or with a threat);
- someone who is not family (online, a stranger) asking which ward or bed the child is in;
- a sick child locked in a room by a carer.

Near misses stay allowed: the beeping machine that stops beeping, not eating because one is
sick, a doctor who checks a tummy with mum there, medicine put in juice so it tastes nicer,
playing doctors with teddies, mum giving the child its own tablets, nan asking the ward."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety import meaning_concepts_people as who
from domain.safety.findings import CRITICAL, SEVERE, Finding
from domain.safety.meaning_concepts_acts import PRIVATE_NAMES, PRIVATE_WORDS
from domain.safety.prefilter import prefiltered

SH = SafetyCategory.SELF_HARM
AB = SafetyCategory.ABUSE
SX = SafetyCategory.SEXUAL
GR = SafetyCategory.GROOMING
PI = SafetyCategory.PERSONAL_INFO
DR = SafetyCategory.DRUGS_ALCOHOL

# The machine keeping the child going, hoped to stop for good.
_MACHINE_STOPS = prefiltered(
    r"\b(?:hope|hoping|wish|want|wanna|praying|pray)\b[^.?!]{0,30}\b(?:machines?|monitors?|drips?|ventilator|oxygen|tubes?|heart thing)\b (?:(?:will|would|just|finally|might|could) ){0,2}(?:stops?|stopped|turns? off|switch(?:es)? off|gets? (?:unplugged|switched off|turned off))\b"
    r"(?! (?:beep\w*|making|being|bleep\w*|ringing|buzzing))[^.?!]{0,20}\b(?:for good|forever|for ever|permanently|and i (?:die|never|dont|don'?t|can)|so i (?:die|never|dont|don'?t|can)|on me|and thats it|and it all)"
    r"|\b(?:unplug|switch off|turn off|pull out)\b (?:my|me) (?:machines?|monitors?|drips?|ventilator|oxygen|tubes?)\b[^.?!]{0,30}\b(?:for good|forever|die|end|never wake|be over|all stop)"
)
# Not eating or not taking medicine, so as to get sicker, stay in hospital or never go home.
_STOPS_CARE = prefiltered(
    r"\b(?:stop|stopped|stopping|quit|not|never|wont|won'?t|refuse to|refusing to|dont|don'?t|skip|skipping|hide|hiding|spit out)\b (?:(?:eating|eat|drinking|drink)(?= *(?:$|[.,!?]|and\b|so\b|at all|anything|any ?thing|food|completely|completly|totally|any ?more|again|ever|maybe|then|or\b|properly|in here|here))|(?:taking |take )?(?:my |me |the )?(?:meds|medicine|medication|tablets|pills|inhaler|insulin|antibiotics|treatment))\b"
)
_STAY_SICK = prefiltered(
    r"\b(?:so sick|sicker|iller|so ill|really (?:sick|ill)|very (?:sick|ill)|stay (?:sick|ill|poorly|in (?:the )?hospital)|(?:never|dont|don'?t|wont|won'?t) (?:get|getting) better|never (?:have to )?(?:come|go|get sent) (?:back )?home|(?:stay|be) (?:here|in here) forever|die|dead)\b"
)
_INTENT = prefiltered(
    r"\b(?:so (?:that )?i|so ill|so i'?ll|maybe i(?:'?ll)?|hope i|hoping i|that way i|then (?:maybe )?i (?:can|could|would|might|get|will))\b"
)

# Kept from the dentist or the doctor so nobody asks or sees; or a pain left for weeks.
_KEPT_FROM = prefiltered(
    r"\b(?:not (?:allowed|aloud|alowed|allwed|let)|never (?:allowed|aloud|let)|can'?t|cant|mustn'?t|wont (?:let me|take me)|won'?t (?:let me|take me)|doesn'?t (?:let me|take me)|dont (?:let me|take me)|never takes? me|refuses? to take me)\b[^.?!]{0,25}\b(?:dentists?|doctors?|gp|hospital|nurse|a ?& ?e|clinic|surgery)\b"
)
_NOBODY_ASKS = prefiltered(
    r"\b(?:(?:ask|asking|asks) (?:too many |lots of |loads of |any |more )?questions|find out|(?:see|sees|seeing) (?:the |my )(?:bruises?|marks?|burns?|cuts?|scars?)|see what (?:she|he|they|mum|dad) did|tell (?:someone|the police|social|school)|social ?workers?|social services|police|get (?:her|him|them|us|mum|dad|my \w+) (?:in|into) trouble|take me away|nosy|nosey)\b"
)
_LONG_PAIN = prefiltered(
    r"\b(?:hurts?|hurting|hurted|aching|aches|bleeding|black|rotten|swollen|infected|broken)\b[^.?!]{0,25}\bfor (?:weeks|months|ages and ages|a month|like \w+ weeks)\b"
)

# Something in the child's drink or food that makes it sick; made to act sicker for doctors.
_PUT_IN = prefiltered(
    r"\b(?:puts?|putting|mix(?:es|ed)?|adds?|added|sneaks?|sneaked|snuck|pours?|poured|stirs?|stirred)\b (?:stuff|something|powder|drops|salt|bleach|soap|\w+ stuff|white stuff|some \w+)\b (?:in|into) my (?:juice|drink|food|milk|dinner|tea|water|bottle|cereal|breakfast|squash|cup|lunch)\b"
)
_MAKES_SICK = prefiltered(
    r"\b(?:makes?|made|making) me (?:throw up|be sick|sick|vomit|puke|spew|really ill|ill|poorly|pass out|faint)\b"
)
_ACT_SICK = prefiltered(
    r"\b(?:makes?|made|tells?|told|forces?|forced) me (?:to )?(?:act|pretend|say|tell (?:the )?(?:doctors?|nurses?)|fake)\b[^.?!]{0,30}\b(?:sicker|iller|sick|ill|poorly|worse|in pain|it hurts|cant walk|can'?t walk|fits?|seizures?)\b"
)
_ACT_SICK_FOR_DOCTORS = prefiltered(
    r"\b(?:doctors?|nurses?|hospital|gp|dentist|appointment|clinic|ambulance|act sicker|pretend to be sicker)\b"
)

# "Playing doctors" with a grown-up or an older child who checks under the clothes.
_DOCTOR_GAME = prefiltered(
    r"\b(?:plays?|played|playing|pretends? to be|pretended to be|be|is) (?:a |the )?(?:doctors?|doctor and patient|hospitals?|nurses?|the doctor)\b(?: (?:with|on) me)?"
    r"|\b(?:doctors?|hospital|nurses?) (?:game|games)\b"
)
_UNDER_CLOTHES = prefiltered(
    r"\b(?:under|inside|in|down|up|off) (?:my|me) (?:pjs|pj'?s|pyjamas?|pajamas?|jammies|knickers|pants|undies|nightie|nightdress|clothes|shorts|skirt|dress|vest|top|t-?shirt|nappy|trousers|leggings)\b"
    r"|\b(?:take|takes|took|taking|pull|pulls|pulled|get|gets) (?:off |down )?(?:my|me) (?:pjs|pj'?s|pyjamas?|pajamas?|knickers|pants|undies|nightie|clothes|shorts|trousers|leggings)\b"
    rf"|\b(?:{PRIVATE_WORDS}|down there|my (?:{PRIVATE_NAMES}|bum|bottom|minnie|fanny|chest|boobs))\b"
    r"|\breal doctors do (?:it|that|this)\b|\b(?:our|a) secret\b|\bdon'?t tell\b|\bdont tell\b"
)
_OLDER = prefiltered(
    r"\b(?:uncle|grandad|granddad|grandpa|step ?(?:dad|brother)|babysitter|baby ?sitter|sitter|man|men|guy|neighbou?r|cousin|big (?:brother|sister|boy|kid|girl)|older (?:boy|girl|kid|brother|sister|cousin)|(?:mum|mom|mummy|nan|aunt|auntie)'?s (?:boyfriend|friend|husband|partner)|(?:brother|sister)'?s friend|teenager|teen|tutor|coach|lodger|he|him)\b"
)

# Pills forced on the child: someone else's, or with a threat.
_FORCED_PILLS = prefiltered(
    r"\b(?:makes?|made|forces?|forced|tells?|told|gets?|got)\b (?:me )?(?:to )?(?:take|swallow|eat|have|try)\b (?:his|her|their|some of (?:his|her|their)|\w+'?s) (?:pills?|tablets?|meds|medicine|drugs|sleeping pills)\b"
)
_FORCED_PILLS_THREAT = prefiltered(
    r"\b(?:makes?|made|forces?|forced)\b me (?:to )?(?:take|swallow|eat|have)\b (?:the |these |those |some |them |weird |white )?(?:pills?|tablets?|meds|drugs)\b[^.?!]{0,40}\b(?:or (?:else|he'?ll|she'?ll|hell|shell)|if i (?:dont|don'?t|wont|won'?t|say no|tell)|punch|hit|hurt|kill|beat)\b"
)

# Someone who is not family asking which ward, bed or room the child is in.
_ASKS_WARD = prefiltered(
    r"\b(?:asked|asks|asking|keeps? asking|wants? to know|wanted to know|said (?:to )?tell (?:him|her))\b[^.?!]{0,20}\b(?:which|what) (?:ward|bed|room|bay|hospital|bed number|room number)\b"
)
_NOT_FAMILY = prefiltered(
    r"\bnot (?:my |our )?(?:family|related|a relative|someone i know)\b|\b(?:online|tablet|game|gaming|chat|app|roblox|fortnite|minecraft|discord|snapchat|stranger|don'?t know (?:him|her|them)|dont know (?:him|her|them)|never met)\b"
)

# A sick child locked in a room.
_LOCKED_WHEN_SICK = prefiltered(
    r"\b(?:locks?|locked|shuts?|puts?|put) me in (?:the |my |a )?(?:bathroom|toilet|loo|cupboard|shed|garage|cellar|basement|room|bedroom|box room|utility)\b[^.?!]{0,60}\b(?:sleep on the floor|no (?:bed|food|water)|all night|all day|so i dont|so i don'?t|till|until)"
)
_WHEN_SICK = prefiltered(r"\b(?:sick|ill|poorly|throwing up|being sick|a bug|fever|temperature)\b")

# Staff or a stranger in a waiting room, a chemist's or a ward: a treat or a contact given with
# a secret from the parents or the nurses, or a visit without the parent.
_STAFF_OR_STRANGER = prefiltered(
    r"\b(?:porter|volunteer|chemist|pharmacist|cleaner|orderly|receptionist|security guard)\b"
    r"|\b(?:man|guy|lady|woman|grown ?up|person) (?:in|at|from|on) (?:the|a)\b|\bstranger\b"
)
_CONTACT_GIVEN = prefiltered(
    r"\b(?:gave|give|gives|giving|wrote) me (?:his|her|their) (?:number|phone number|mobile|snapchat|snap|insta|whatsapp|email)\b"
)
_TREAT = prefiltered(
    r"\b(?:lolly|lollies|lollipop|sweets|sweeties|candy|chocolate|present|presents|gift|money|toy|toys|sticker|stickers)\b"
)
_SECRET_FROM_CARERS = prefiltered(
    r"\b(?:mustn'?t|mustnt|don'?t|dont|not (?:to|allowed to)|never|can'?t|cant|shouldn'?t) tell (?:my |your |ur |the )?(?:mummy|mum|mom|mommy|daddy|dad|parents|nan|nana|nurses?|doctors?|anyone|anybody|no ?one)\b"
    r"|\bdelete (?:our|the|my|his|her|all (?:the|our)) (?:messages|msgs|chats?|texts|dms)\b|\b(?:our|a) (?:little )?secret\b"
)
_WITHOUT_PARENT = prefiltered(
    r"\b(?:come|comes|go|visit|pop (?:in|round)|meet (?:him|her))\b[^.?!]{0,25}\b(?:without (?:my |your |ur )?(?:mummy|mum|mom|mommy|dad|daddy|parents|nan|nana|grown-?ups?)|on my own|by myself|all alone)\b"
)
_LURE_PLACE = prefiltered(
    r"\b(?:back room|backroom|his room|her room|his office|the storeroom|store room|upstairs|his van|his car|round the back)\b"
)
# A picture or video of the child in bed, in the bath or undressed, sent to someone online or older.
_PIC_IN_BED = prefiltered(
    r"\b(?:send|sent|sending|sends)\b[^.?!]{0,15}\b(?:vids?|videos?|pics?|photos?|pictures?|selfies?|snaps?|clips?) of me (?:in (?:bed|my bed|the bath|the shower|my pyjamas|my pjs|my pants|my underwear|my knickers|my towel)|lying in bed|undressed|with (?:no|nothing))\b"
)
_ONLINE_OR_OLDER = prefiltered(
    r"\b(?:online|snapchat|snap|instagram|insta|tiktok|discord|roblox|game|app|dms?|1[89]|[2-9]\d) ?(?:yo|years? old|yr old)?\b"
)
# A body shown as a bargain ("if i show him my boobs he'll tell the nurse im ill").
_SHOW_BARGAIN = prefiltered(
    rf"\b(?:if i|if you|wants me to|told me to|tells me to|asked me to|dared me to|makes me) (?:show|flash) (?:him|her|them|the boys|the girls) (?:my|me) (?:boobs|boobies|privates|private parts|{PRIVATE_NAMES}|bum|bottom|fanny|chest|tits)\b"
)
_DOCTOR_ASKED = prefiltered(
    r"\b(?:doctor|nurse|gp|paramedic)\b[^.?!]{0,20}\b(?:asked|wanted|needed|told|said)\b[^.?!]{0,10}\bshow\b"
)


def _contact_harms(text: str) -> list[Finding]:
    out: list[Finding] = []
    whole = len(text)
    if (
        _STAFF_OR_STRANGER.search(text)
        and (_TREAT.search(text) or _CONTACT_GIVEN.search(text))
        and _SECRET_FROM_CARERS.search(text)
    ):
        out.append(Finding(GR, "staff_secret_gift", CRITICAL, 0, whole))
    if (
        _STAFF_OR_STRANGER.search(text)
        and _WITHOUT_PARENT.search(text)
        and (_TREAT.search(text) or _LURE_PLACE.search(text))
    ):
        out.append(Finding(GR, "lured_without_parent", CRITICAL, 0, whole))
    if _PIC_IN_BED.search(text) and (_ONLINE_OR_OLDER.search(text) or who.ADULT_AGE.search(text)):
        out.append(Finding(GR, "pic_in_bed_sent", CRITICAL, 0, whole))
        out.append(Finding(SX, "pic_in_bed_sent", CRITICAL, 0, whole))
    if _SHOW_BARGAIN.search(text) and not _DOCTOR_ASKED.search(text):
        out.append(Finding(SX, "body_shown_as_bargain", CRITICAL, 0, whole))
    return out


def find_medical_harms(text: str) -> list[Finding]:
    out: list[Finding] = []
    whole = len(text)
    if _MACHINE_STOPS.search(text):
        out.append(Finding(SH, "hospital_machine_stops", CRITICAL, 0, whole))
    care = _STOPS_CARE.search(text)
    if care:
        goal = _STAY_SICK.search(text, care.end())
        if goal and _INTENT.search(text[care.end() : goal.end()]):
            out.append(Finding(SH, "sick_to_stay_away", CRITICAL, 0, whole))
    if _KEPT_FROM.search(text) and (_NOBODY_ASKS.search(text) or _LONG_PAIN.search(text)):
        out.append(Finding(AB, "kept_from_medical_help", SEVERE, 0, whole))
    if (_PUT_IN.search(text) and _MAKES_SICK.search(text)) or (
        _ACT_SICK.search(text) and _ACT_SICK_FOR_DOCTORS.search(text)
    ):
        out.append(Finding(AB, "made_ill_by_carer", CRITICAL, 0, whole))
    if _DOCTOR_GAME.search(text) and _UNDER_CLOTHES.search(text) and _OLDER.search(text):
        out.append(Finding(AB, "doctor_game_touch", CRITICAL, 0, whole))
        out.append(Finding(SX, "doctor_game_touch", CRITICAL, 0, whole))
    if _FORCED_PILLS.search(text) or _FORCED_PILLS_THREAT.search(text):
        out.append(Finding(AB, "pills_forced", CRITICAL, 0, whole))
        out.append(Finding(DR, "pills_forced", SEVERE, 0, whole))
    if _ASKS_WARD.search(text) and _NOT_FAMILY.search(text) and who.ADULT.search(text):
        out.append(Finding(GR, "stranger_asks_ward", CRITICAL, 0, whole))
        out.append(Finding(PI, "stranger_asks_ward", SEVERE, 0, whole))
    if _LOCKED_WHEN_SICK.search(text) and _WHEN_SICK.search(text):
        out.append(Finding(AB, "locked_in_when_sick", CRITICAL, 0, whole))
    return out + _contact_harms(text)
