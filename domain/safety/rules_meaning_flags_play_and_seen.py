# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Round 42's missed flags from pretend play and from what a child saw, read as meanings:

- a real grown-up thing wanted for a pretend game: a real lighter, matches or a knife for a
  pretend campfire or kitchen, real pills or medicine from mum's handbag for the doctor game
  (dangerous activity), real cider, beer or wine from the fridge for a game of pub (alcohol):
  "for our pretend campfire can i use the real lighter from the drawer?";
- cruelty to an animal seen: someone kicking, hitting or throwing stones at a dog or a cat
  ("i saw the boy next door kick his dog and throw stones at it") - a violence flag.

Near misses stay allowed: a pretend campfire with paper flames, smarties as teddy's medicine,
playing pub with apple juice, the dog next door kicking its ball into the garden."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.meaning_concepts_means import MEDICINE_WORDS
from domain.safety.prefilter import prefiltered

# --- a real grown-up thing for a pretend game ---------------------------------------------
_GAME = (
    r"(?:pretend\w*|make[- ]?believe|role ?play\w*|let'?s play|lets play|play(?:ing|ed)? (?:at )?(?:pubs?|bars?|doctors?|hospitals?|nurses?|vets?|shops?|cafes?|restaurants?|chemists?|pharmacy|camping|campfires?|house|mums and dads|families|cooking|kitchens?|chefs?|parties|party|grown-?ups|tea ?part(?:y|ies)|picnics?|birthdays?|witches|potions?|spies)"
    r"|(?:doctors?|doctor'?s|hospital|nurse|vet|pub|bar|camping|campfire|shop|cafe|kitchen|cooking|tea party|party|potion|birthday) games?|our (?:game|den|fort|play|camp|show)|(?:in|for) (?:the|our|my) (?:game|den|fort|play|camp))"
)
_FIRE_OR_BLADE = r"(?:lighters?|matches|match|matchbox|candles?|fire|flames?|knife|knives|scissors|razors?|blades?|axe|saw|iron|kettle|cooker|stove|oven|hob|gas)"
# Not medicines alone: vitamins, an inhaler, plasters from the first-aid box. Not "tablet"
# alone ("the real tablet" for a game is an iPad).
_PILLS = rf"(?:{MEDICINE_WORDS}|vitamins|cough (?:syrup|mixture)|inhaler|plasters)"
_DRINKS = r"(?:cider|beer|beers|lager|wine|vodka|whiske?y|rum|gin|champagne|prosecco|alcohol|booze|shandy|alcopops?|cocktails?|pints?|spirits|brandy|sherry)"
_WHERE_KEPT = (
    r"(?:from|out of|in|inside) (?:the |(?:mum|mummy|mom|mommy|dad|daddy|nan|nana|gran|granny|grandma|grandad|grandpa|my (?:mum|mom|dad|nan|gran|grandma|grandpa|uncle|auntie|aunt))'?s |my |our )?"
    r"(?:(?:kitchen |bathroom |bedside |top |bottom |special |medicine |drinks )?(?:drawer|handbag|bag|purse|cupboard|cabinet|fridge|shelf|cabinet|bathroom|kitchen|garage|shed|box|bedroom|glovebox|bottle|tin))"
)
_LIKE_A_GROWN_UP = r"(?:like (?:my |mum|mom|dad|grandad|grandpa|uncle|auntie|the grown-?ups|grown-?ups|daddy|mummy)\w*(?:'?s)? ?\w*(?: does| do| did)?)"


def _real(thing: str) -> str:
    # "the real lighter", "real pills", "mum's pills from her handbag", "the cider from the fridge".
    return (
        rf"\b(?:real|proper|actual|grown-?up|grown ups'?|adult) (?:\w+ )?{thing}\b"
        rf"|\b{thing}\b (?:\w+ ){{0,2}}{_WHERE_KEPT}\b"
    )


def _in_a_game(thing: str) -> str:
    return (
        rf"\b{_GAME}\b[^.?!]{{0,80}}(?:{_real(thing)})|(?:{_real(thing)})[^.?!]{{0,80}}\b{_GAME}\b"
    )


REAL_FIRE_OR_BLADE_IN_PLAY = prefiltered(_in_a_game(_FIRE_OR_BLADE))
REAL_PILLS_IN_PLAY = prefiltered(_in_a_game(_PILLS))
REAL_DRINK_IN_PLAY = prefiltered(
    _in_a_game(_DRINKS)
    + rf"|\b{_GAME}\b[^.?!]{{0,60}}\b(?:drink|drinking|have|having|sip|swig|taste|try|pour|open|down)\w* (?:the |some |a |my |his |her )?(?:\w+ )?{_DRINKS}\b[^.?!]{{0,30}}\b{_LIKE_A_GROWN_UP}"
)
# Said safely: the real thing refused, kept for grown-ups, or swapped for a pretend one.
REAL_THING_REFUSED = prefiltered(
    r"\b(?:never|instead of (?:a |the |any )?(?:real|proper)|not (?:a |the |any )?(?:real|proper)|no real|wouldn'?t|won'?t|not allowed|mustn'?t|shouldn'?t|isn'?t allowed|aren'?t allowed|"
    r"said no|mum said no|dad said no|put (?:it|them) back|gave (?:it|them) (?:back|to (?:mum|dad|a grown))|told (?:mum|dad|a grown-?up|my (?:mum|dad|teacher))|only (?:for )?grown-?ups|pretend (?:lighter|matches|pills|medicine|cider|beer|wine|knife))\b"
)


def find_real_things_in_play(text: str) -> list[Finding]:
    if REAL_THING_REFUSED.search(text):
        return []
    found: list[Finding] = []
    if REAL_FIRE_OR_BLADE_IN_PLAY.search(text) or REAL_PILLS_IN_PLAY.search(text):
        found.append(
            Finding(SafetyCategory.DANGEROUS_ACTIVITY, "real_thing_in_play", MODERATE, 0, len(text))
        )
    if REAL_DRINK_IN_PLAY.search(text):
        found.append(
            Finding(SafetyCategory.DRUGS_ALCOHOL, "real_drink_in_play", MODERATE, 0, len(text))
        )
    return found


# --- cruelty to an animal, seen ---------------------------------------------------------------
_ANIMAL = (
    r"(?:dogs?|doggy|doggie|pupp(?:y|ies)|pups?|cats?|kitty|kitties|kittens?|rabbits?|bunn(?:y|ies)|guinea pigs?|hamsters?|gerbils?|mice|mouse|birds?|pigeons?|ducks?|ducklings?|"
    r"chickens?|hens?|squirrels?|hedgehogs?|frogs?|toads?|tortoises?|horses?|pon(?:y|ies)|goats?|sheep|lambs?|pets?|fox(?:es)?|swans?)"
)
_WHOSE = r"(?:his|her|their|the|a|that|this|its|our|my|next door'?s|the neighbou?rs'?|a little|the little|a poor|the poor|some|those)"
_CRUEL = (
    r"(?:kick\w*|hit|hits|hitting|punch\w*|smack\w*|slap\w*|whack\w*|thump\w*|beat|beats|beating|stamp\w* on|stomp\w* on|jump\w* on|tortur\w*|drown\w*|strangl\w*|chok\w*|burn\w*|starv\w*|"
    r"squash\w*|throttl\w*|swing\w* (?:round|around) by|pull\w* (?:the |its |his |her )?(?:tail|ears|fur|whiskers|wings|legs) of|"
    r"(?:throw\w*|threw|chuck\w*|lob\w*|fling\w*|flung|hurl\w*|pelt\w*) (?:stones|rocks|bricks|sticks|things|a stone|a rock|a brick|stuff|glass|fireworks?|bangers?) at|pelt\w*|fire\w* (?:a |his |her )?(?:bb|air) ?gun at|shoot\w* at|set fire to|tie\w* up|tied up)"
)
_SEEN = r"(?:saw|seen|see|sees|watched|watch|watching|caught|spotted|noticed|heard)"
ANIMAL_CRUELTY_SEEN = prefiltered(
    rf"\b{_SEEN}\b[^.?!]{{0,50}}\b{_CRUEL} (?:{_WHOSE} )?(?:\w+ )?{_ANIMAL}\b"
    rf"|\b{_SEEN}\b[^.?!]{{0,60}}\b{_ANIMAL}\b[^.?!]{{0,60}}\b(?:throw\w*|threw|chuck\w*|lob\w*|fling\w*|flung|hurl\w*|pelt\w*) (?:stones|rocks|bricks|sticks|things|a stone|a rock|a brick|stuff|glass|fireworks?|bangers?) at (?:it|him|her|them)\b"
    rf"|\b(?:always|keeps?|kept|every day|all the time|loves?|likes?)\b (?:on )?{_CRUEL} (?:{_WHOSE} )?(?:\w+ )?{_ANIMAL}\b[^.?!]{{0,40}}\b(?:laugh\w*|for fun|on purpose|yelp\w*|cr(?:y|ies|ied)|squeal\w*|whimper\w*|limp\w*|bleed\w*|hurt)\b"
)
CRUELTY_NOT = prefiltered(
    r"\b(?:ball|toy|frisbee|film|movie|cartoon|game|minecraft|roblox|fortnite|video ?game|story|book|dream\w*|nightmare|by accident|accidentally|didn'?t mean|gently|softly|tickl\w*|play ?fight\w*|"
    r"stuffed|soft toy|cuddly|teddy|plushie|lego|playmobil|toy (?:dog|cat)|pretend|snowballs?|water balloons?)\b"
)


def find_animal_cruelty_seen(text: str) -> list[Finding]:
    if ANIMAL_CRUELTY_SEEN.search(text) and not CRUELTY_NOT.search(text):
        return [Finding(SafetyCategory.VIOLENCE, "animal_cruelty_seen", MODERATE, 0, len(text))]
    return []


def find_play_and_seen_flags(text: str) -> list[Finding]:
    return find_real_things_in_play(text) + find_animal_cruelty_seen(text)
