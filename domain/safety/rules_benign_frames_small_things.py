# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Small everyday things that read like harm to the rules (fa54's false alerts, fixed as
families), each frame with the words that spoil it:

- owning up to a carer about a small slip ("my mum will kill me if i tell her i lost my coat"):
  the telling is the child's own confession to the one who "will kill" them, not a threat
  about telling on them; spoilt by real hurting, fear, a weapon or "for real"
  (rules_meaning_abuse_signs' threat about telling; rules_harm's _ABUSE_NOT and
  rules_benign_frames_family_life's KILL_ME_MEANT read the same confession, kept short there);
- wishing to light the candles on a birthday cake ("i want to light the candles on my
  cake"), spoilt by doing it alone, in secret or with matches in a bedroom (rules_risky);
- left out of a treat for being away ("everyone got a sticker except me because i was off
  sick"), spoilt by it being on purpose, mean or every time (rules_meaning_flags);
- a family's pet name ("my family calls me stinky lol"), spoilt by hurt feelings or a real
  put-down (rules_language);
- a meeting inside a game ("my online friend wants to meet up in the game"), spoilt by real
  life, a place, an address, a secret or coming alone (rules_grooming_stages);
- the treats cupboard kept locked ("mum locks the cupboard with the biscuits in"), spoilt by
  hunger or no meals (rules_meaning_abuse);
- the teddy pointing to a carer collecting the child ("just say you're at Sam's so mum knows
  where to pick you up"), spoilt by the teddy itself collecting, secrecy, or asking when and
  where the child is collected or alone (rules_grooming, rules_meaning_teddy);
- undressing told as washing ("Grown-ups take off their clothes for a bath and wash their
  bodies."), spoilt by "you", watching, photos or touching (rules_sexual_content);
- (falsealerts) a haircut kept out of sight ("i wear a hat so nobody sees my new haircut"),
  spoilt by real injuries, cutting skin or a punishment (rules_meaning_abuse_signs' injuries
  kept secret); it waives HIDDEN, hiding it being its own reading;
- (falsealerts) a parent asking when the child is alone or which bus it takes ("my mum asked
  which bus i take home and if im alone"): a question asked, not a feeling (rules_distress)
  nor a lure (rules_grooming); spoilt by loneliness, an app or a picture, and by the shared
  kinds (an older person, a secret, touching).
"""

from __future__ import annotations

from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import HIDDEN, OLDER
from domain.safety.meaning_concepts_people import (
    DADS,
    GRANDADS,
    GRANS,
    MUMS,
    NICKNAME,
    STEP_PARENT,
)
from domain.safety.prefilter import prefiltered

_CARER = (
    r"(?:mum|mummy|mom|mommy|mam|mama|ma|dad|daddy|papa|parents?|nan|nana|nanny|gran|granny|grandma|grandad|granddad|grandpa|"
    rf"{STEP_PARENT}|auntie|aunty|aunt|uncle|teacher|miss|sir|coach)"
)
_SLIP = (
    r"(?:lost|lose|broke|broken|forgot|forgotten|spilt|spilled|ripped|tore|torn|smashed|cracked|dropped|ruined|wrecked|missed|failed|scratched|"
    r"stained|got (?:mud|paint|juice|ink|glue|slime|grass|chocolate)|ate (?:all|the last)|spent (?:all|my)|left (?:my|it|the)|didn'?t (?:do|finish|tidy|bring|hand in))"
)
# "mum will kill me if i tell her i lost my coat": the confession is made to the one who'll be cross.
SLIP_CONFESSED = prefiltered(
    rf"\b(?:kill|murder|destroy|end|ground) me (?:if|when|once) i (?:tell|told|say to|show) (?:her|him|them|my {_CARER}|{_CARER}) (?:that |about how |what )?(?:i|i'?ve|ive|my \w+ (?:got|is|was))\b[^.?!]{{0,25}}\b{_SLIP}"
)
# The confession spoilt: real hurting, fear, a weapon, a secret or telling anyone else.
SLIP_SPOILT = prefiltered(
    r"\b(?:hit|hits|hitting|beat|beats|beating|slap\w*|smack\w*|punch\w*|kick\w*|whip\w*|burn\w*|chok\w*|strangl\w*|belt|knife|scared|afraid|terrified|frightened|for real|not joking|means? it|meant it|really (?:will|would|does)|last time|bruis\w*|bleed\w*|blood|secret\w*|don'?t tell|tell anyone|what (?:he|she|they) did|no (?:food|dinner|tea)|threaten\w*)\b"
)
slip_confessed = Frame(SLIP_CONFESSED, SLIP_SPOILT)


def slip_confessed_to_carer(text: str) -> bool:
    """Owning up to a carer over a small slip; no hurting, fear, secret or telling anyone."""
    return slip_confessed(text)


# "i want to light the candles on my cake": birthday candles, not fire play.
BIRTHDAY_CANDLES = prefiltered(
    r"\bcandles?\b[^.?!]{0,25}\b(?:birthday|cake|cupcakes?)\b|\b(?:birthday|cake)\b[^.?!]{0,25}\bcandles?\b"
)
CANDLES_SPOILT = prefiltered(
    r"\b(?:by myself|on my own|alone|without (?:telling|asking)|secret\w*|sneak\w*|in my (?:room|bed)|lighter|when (?:nobody|no one|mum|mom|dad)'?s? (?:is )?(?:out|asleep|not (?:home|looking))|burn (?:it|them|the|my|his|her)|set fire)\b"
)
birthday_candles = Frame(BIRTHDAY_CANDLES, CANDLES_SPOILT)

# "everyone got a sticker except me because i was off sick": missed for being away.
_AWAY = r"(?:off (?:sick|school|ill)|sick|ill|poorly|absent|away|on holiday|not (?:there|in|at school)|at the (?:dentist|doctors?|doctor'?s|hospital|orthodontist)|late)"
LEFT_OUT_FOR_BEING_AWAY = prefiltered(
    rf"\bexcept (?:for )?me\b[^.?!]{{0,25}}\b(?:because|cos|coz|cuz|cause|bc|as|since)\b (?:i was|i were|i'?d been|i had been|i wasn'?t there|im|i'?m) ?{_AWAY}?\b"
    rf"|\bi (?:was|were) {_AWAY}\b[^.?!]{{0,25}}\b(?:so|and) (?:everyone|everybody|all|the whole class|they all)\b[^.?!]{{0,40}}\bexcept (?:for )?me\b"
)
LEFT_OUT_MEANT = prefiltered(
    r"\b(?:on purpose|mean|horrible|laugh\w*|always|every time|again|nobody likes|no one likes|hate me|sad|cry\w*|left out)\b"
)
left_out_for_being_away = Frame(LEFT_OUT_FOR_BEING_AWAY, LEFT_OUT_MEANT)

# "my family calls me stinky lol": a fond family name.
_FAMILY = r"(?:my (?:family|mum|mom|mummy|mommy|dad|daddy|parents|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunt|uncle)|mum|mom|dad|nan|grandma|grandpa|everyone at home)"
FAMILY_PET_NAME = prefiltered(
    # (falsealerts) "my grandad calls me baldy as a joke cos he is bald too"; the nicknames are
    # meaning_concepts_people's, shared with redaction (fa8485b).
    rf"\b{_FAMILY}\b (?:always |sometimes |still |all )?(?:calls?|called|call) me\b (?:little |mr |miss |lady )?(?:{NICKNAME})\b[^.?!]{{0,40}}\b(?:lol|haha\w*|hehe\w*|lmao|as a joke|for fun|for a laugh|nickname|pet name|because (?:i|my|he|she|we)|cos (?:i|my|he|she|we)|coz (?:i|my|he|she|we)|when|at home|too|both)\b"
)
PET_NAME_HURTS = prefiltered(
    r"\b(?:sad|cry\w*|upset|hate it|hurts?|mean|don'?t like|stop|every day|fat|stupid|ugly|idiot|useless|worthless|hate me|"
    r"chemo\w*|cancer|alopecia|hair (?:fell|falls|falling|came|comes|coming) out|laugh\w* at me|everyone laugh\w*)\b"
)
family_pet_name = Frame(FAMILY_PET_NAME, PET_NAME_HURTS)

# "wants to meet up in the game": meeting inside a game, not in person.
MEET_IN_A_GAME = prefiltered(
    r"\s+(?:up )?(?:in|on|at) (?:the |a |our |his |her |my |their )?(?:game|games|roblox|minecraft|fortnite|server|lobby|world|map|realm|animal jam|club penguin|among us|brawl stars|pokemon go|online|app|chat|spawn)\b"
)
MEET_FOR_REAL = prefiltered(
    r"\b(?:real life|irl|in person|for real|face to face|park|house|home|address|street|outside|car|shop|mall|secret\w*|don'?t tell|alone|on my own|by myself|photos?|pics?|pictures?|camera)\b"
)


def meets_in_a_game(text: str, end: int) -> bool:
    """A meeting phrase ending at `end` is set inside a game or an app, and nothing in the
    text brings it into real life."""
    return MEET_IN_A_GAME.match(text, end) is not None and not MEET_FOR_REAL.search(text)


# "mum locks the cupboard with the biscuits in": the treats kept back, not the meals.
TREATS_LOCKED = prefiltered(
    r"\b(?:lock|locks|locked|locking|padlock\w*)\b[^.?!]{0,30}\b(?:biscuits?|sweets?|sweeties|chocolates?|candy|cookies|crisps|snacks?|treats?|cake|fizzy drinks?|junk food|halloween)\b"
)
TREATS_SPOILT = prefiltered(
    r"\b(?:hungry|starv\w*|no (?:food|dinner|tea|breakfast|lunch)|don'?t get (?:food|dinner|tea)|all the food|fridge|days?|punish\w*|not allowed to eat|skip\w*)\b"
)
treats_locked = Frame(TREATS_LOCKED, TREATS_SPOILT)

# The teddy: "so mum knows where to pick you up", "ask your dad to pick you up".
TEDDY_CARER_PICKUP = prefiltered(
    rf"\b(?:your |ur )?{_CARER}\b[^.?!]{{0,30}}\b(?:pick|picks|picking|collect|collects|collecting|come and get|fetch) (?:you|u)\b"
)
TEDDY_PICKUP_SPOILT = prefiltered(
    r"\b(?:i'?ll|i will|i can|i could|let me|me pick|we can meet|meet me|come to my|secret\w*|don'?t tell|do not tell|without telling|just us|instead of|before (?:your|ur) (?:mum|mom|dad)"
    r"|what time|when (?:does|do|will|is|are)|which school|what school|what street|how long|alone|on your own|by yourself|nobody|no one)\b"
)
teddy_carer_pickup = Frame(TEDDY_CARER_PICKUP, TEDDY_PICKUP_SPOILT, waives=(OLDER,))

# "Grown-ups take off their clothes for a bath": washing told as a fact.
UNDRESS_TO_WASH = prefiltered(
    r"\btake off (?:their|our|my|his|her) clothes\b[^.?!]{0,20}\b(?:for|before|to have|to get in(?:to)?) (?:a |the |their |our |my |his |her )?(?:bath|shower|swim|bed|pyjamas|pajamas)\b"
)
UNDRESS_SPOILT = prefiltered(
    r"\b(?:you|your|ur|u|together|with me|watch\w*|look\w* at|photo\w*|pictures?|pics?|video\w*|camera|show|shows|showed|showing|shown|secret\w*|touch\w*)\b"
)
undress_to_wash = Frame(UNDRESS_TO_WASH, UNDRESS_SPOILT, waives=(OLDER,))


# (falsealerts) "i wear a hat so nobody sees my new haircut": a haircut, not a cut.
HAIRCUT_HIDDEN = prefiltered(
    r"\bhair ?cuts?\b|\bcut (?:my|her|his|our|their) (?:own )?(?:hair|fringe|bangs)\b|\b(?:fringe|bangs|mullet|buzz ?cut|crew ?cut)\b"
)
HAIRCUT_SPOILT = prefiltered(
    r"\b(?:cuts (?:on|all over)|cut (?:my ?self|my (?:arms?|legs?|wrists?|skin|thighs?|tummy|belly|hands?))|cutting (?:my ?self|my (?:arms?|legs?|wrists?|skin))|"
    r"blades?|razors?|bruis\w*|marks|burns?|scars?|bleed\w*|blood|black eye|punish\w*|naughty|as a lesson)\b"
)
haircut_hidden = Frame(HAIRCUT_HIDDEN, HAIRCUT_SPOILT, waives=(HIDDEN,))

# (falsealerts) "my mum asked which bus i take home and if im alone": a parent's question.
_PARENT = rf"(?:{MUMS}|{DADS}|parents|{GRANS}|{GRANDADS}|{STEP_PARENT})"
ALONE_ASKED_BY_A_PARENT = prefiltered(
    rf"\b{_PARENT}\b (?:\w+ )?(?:asked|asks|asking|checked|checks|wanted to know|wants to know|texted|rang|called)\b[^.?!]{{0,60}}\b(?:if|whether|when|what time) (?:i'?m|im|i am|i'?ll be|ill be|i will be|i was|i get) (?:home |going to be |gonna be )?(?:alone|on my own|by myself)\b"
)
ALONE_ASKED_SPOILT = prefiltered(
    r"\b(?:lonely|sad|cry\w*|nobody (?:cares|loves)|no one (?:cares|loves)|online|app|chat|game|camera|pics?|pictures?|photos?|video|delete\w*|come over|visit)\b"
)
alone_asked_by_a_parent = Frame(ALONE_ASKED_BY_A_PARENT, ALONE_ASKED_SPOILT)
