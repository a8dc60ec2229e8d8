# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Concerns a grown-up should know about around food and mealtimes (round 51's flags), read as
meanings:

- eating alone where nobody sees, or shut out of the lunch table: "nobody lets me sit with them
  at lunch so i eat in the toilets", "i eat my sandwiches in the loos" - distress;
- hot oil, a chip pan or a lighter used alone: "can i try cooking chips in the pan of hot oil by
  myself", "i found a lighter in the kitchen drawer can i light the cake candles myself" - a
  dangerous activity;
- wild berries or mushrooms eaten against a carer's word or out of sight: "i want to eat the
  pretty red berries in the garden, mum says no but she is not looking" - a dangerous activity;
- alcohol given to the child or drunk until dizzy: "my brother gave me some of his cider at the
  bbq and i felt all dizzy" - drugs and alcohol;
- a planned food-in-the-face and a punch: "ima throw my yoghurt in leos face tmrw and punch him
  if he takes my seat" - violence;
- a password told: "my password for the school lunch app is pizza2013", (flags8283) one
  password for two things: "the password for my email and the youth club ipad is both
  football2015" - personal details;
- a parent who died missed with sadness that goes on: "i miss my mummy ... now shes in heaven and
  im sad every morning" - distress.

Near misses stay allowed: "we cooked chips with dad", "mum made chips in the air fryer", "we
picked blackberries with nan", "dad had a cider at the bbq", "i threw my yoghurt pot in the
bin", "i forgot my password", "my email and ipad passwords are both secret", "my goldfish is
in heaven now", "mum lit the candles with a lighter", "i eat lunch in the hall"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.phrase_trie import phrase_alternation
from domain.safety.prefilter import prefiltered

_ALONE = r"(?:by my ?self|on my own|all by my ?self|alone|without (?:mum|mom|dad|a grown ?up|an adult|help)|while (?:mum|mom|dad|nan|everyone)(?:'?s| is) (?:asleep|out|at work|busy|upstairs|in the shower))"

EATING_HIDDEN_AWAY = prefiltered(
    r"\b(?:i|we)\b (?:\w+ )?(?:eat|ate|have|had|eating|having|hide and eat) (?:my |our )?(?:lunch|dinner|food|packed lunch|sandwich(?:es)?|snacks?|break snack|lunchbox)? ?(?:in|inside) (?:the |a )?(?:toilets?|loos?|bathrooms?|toilet cubicles?|cubicles?|cloakroom|bins area|store cupboard)\b"
    r"|\b(?:nobody|no ?one|noone|none of them|they (?:never|don'?t|won'?t)) (?:ever )?(?:lets?|let) me (?:sit|eat|have lunch) (?:with|next to|near) (?:them|her|him|the others|anyone|us)\b"
)
EATING_NOT = prefiltered(
    r"\b(?:on the train|on the plane|on the ferry|on the coach|camping|at the cinema|lol|haha|funny)\b"
)

HOT_OIL_ALONE = prefiltered(
    rf"\b(?:cook|cooking|fry|frying|make|making|do|doing|try|use|using|deep ?fry\w*|heat|heating)\b[^.?!]{{0,30}}\b(?:hot oil|boiling oil|chip pan|deep ?fat fryer|deep fryer|pan of oil|oil in (?:a|the) pan|frying pan|the gas|the hob|the stove|the cooker)\b[^.?!]{{0,25}}\b{_ALONE}\b"
    rf"|\bdeep[ -]?fr(?:y|ying|ied)\b[^.?!]{{0,30}}\b{_ALONE}\b"
    rf"|\b{_ALONE}\b[^.?!]{{0,20}}\b(?:with|in|on) (?:the )?(?:hot oil|boiling oil|chip pan|deep ?fat fryer|deep fryer)\b"
)
LIGHTER_ALONE = prefiltered(
    r"\b(?:found|find|got|have|took|take|nicked|sneaked|borrowed)\b (?:a |the |some |mums |dads |my \w+'?s |\w+'?s )?(?:lighter|lighters|matches|box of matches|match)\b[^.?!]{0,60}\b(?:can i|could i|i'?ll|i will|i want to|i wanna|i'?m gonna|im gonna|ima|imma|gonna|let me|lets|let'?s|i might|to) (?:just )?(?:light|lite|set fire to|burn|strike|play with|try)\b"
    r"|\b(?:can i|could i|i'?ll|i will|i want to|i wanna|i'?m gonna|im gonna|ima|imma|gonna|let me)\b (?:\w+ )?(?:light|lite|set fire to|burn) (?:the |my |some |a )?(?:cake |birthday |tea |scented |)?(?:candles?|fire|bonfire|bbq|barbecue|gas|hob|paper|sparklers?)\b[^.?!]{0,20}\b(?:by my ?self|on my own(?! (?:birthday )?cake)|all by my ?self|my ?self|alone|with (?:a|the|mums|dads) (?:lighter|matches))\b"
)
FIRE_OK = prefiltered(
    r"\b(?:blow out|blew out|blowing out|with (?:mum|mom|dad|nan|grandad|a grown ?up)|(?:mum|mom|dad|nan|grandad|grandma|teacher) (?:lit|lights|said i could|helped|holds|held|lets me|let me|watches|watched|is watching)|led|electric|fake|battery|pretend)\b"
)

_WILD = r"(?:berries|berry|mushrooms?|toadstools?|fungi|seeds|leaves|flowers|petals|plants?|bulbs|conkers|acorns|daffodils?|holly|ivy|yew|foxgloves?|nightshade|bluebells?)"
WILD_FOOD_UNSEEN = prefiltered(
    rf"\b(?:eat|eating|ate|try|taste|tasting|swallow|pick and eat|lick)\b (?:the |some |a |those |these |one of the |all the )?(?:\w+ ){{0,3}}?{_WILD}\b[^.?!]{{0,60}}\b(?:(?:mum|mom|dad|nan|grandma|teacher|she|he|they) (?:says?|said|told me) (?:no|not to|don'?t|i can'?t|they'?re poison\w*)|(?:isn'?t|is not|aren'?t|not) (?:looking|watching|here|home)|won'?t (?:see|know|find out)|when (?:mum|mom|dad|nobody|no ?one)(?:'?s| is)? (?:not looking|busy|inside|asleep)|(?:nobody|no ?one)(?:'?s| is| was) (?:looking|watching)|without asking|secretly|in secret)\b"
    rf"|\b(?:mum|mom|dad|nan|grandma|teacher|she|he|they) (?:says?|said|told me) (?:no|not to|don'?t|dont)\b[^.?!]{{0,30}}\b{_WILD}\b[^.?!]{{0,45}}\bbut (?:i'?m gonna|im gonna|ima|imma|i will|i'?ll|i want to|i wanna|i still|i ate|i tried|i licked)\b"
    rf"|\b(?:mum|mom|dad|nan|grandma|teacher|she|he|they) (?:says?|said|told me) (?:no|not to|don'?t)\b[^.?!]{{0,30}}\b(?:but )?(?:i'?m gonna|im gonna|ima|imma|i will|i'?ll|i want to|i wanna|can i)\b (?:just )?(?:eat|try|taste) (?:the |some |a |those )?(?:\w+ ){{0,3}}?{_WILD}\b"
)
WILD_OK = prefiltered(
    r"\b(?:so i (?:won'?t|don'?t|didn'?t)|i won'?t|i didn'?t|i don'?t|we washed|from the shop|supermarket|blueberries|strawberries|raspberries|in my cereal|crumble|jam)\b"
)

_DRINK = r"(?:cider|beer|lager|wine|prosecco|champagne|vodka|whisky|whiskey|rum|gin|alcohol|alcopops?|booze|shots?|a shot|wkd|bacardi|cans? of (?:beer|cider|lager)|bottles? of (?:beer|cider|wine|vodka))"
ALCOHOL_GIVEN = prefiltered(
    rf"\b(?:brother|sister|cousin|friend|mate|uncle|auntie|step ?dad|dad|mum|he|she|they|someone|a (?:boy|girl|man|teenager)|older \w+|big \w+)\b[^.?!]{{0,20}}\b(?:gave|gives|give|let|lets|made|makes|poured|bought|snuck|sneaked|offered) (?:me|us)\b (?:try |have |drink |some |a |a bit of |a sip of |sips of |a swig of |a glass of |a can of |some of )?(?:(?:his|her|their|my) )?{_DRINK}\b(?! (?:cans?|bottles?|mats?|caps?|lids?|glass(?:es)?|tops?)\b)"
    rf"|\b(?:i|we)\b (?:\w+ )?(?:drank|drunk|had|tried|downed|necked|sneaked|snuck|stole|nicked) (?:some |a |loads of |lots of |a bit of |a can of |a bottle of |a glass of |some of )?(?:\w+'?s )?(?:(?:his|her|their|the) )?{_DRINK}\b[^.?!]{{0,50}}\b(?:dizzy|wobbly|drunk|tipsy|funny|weird|sick|threw up|spinning|fell over|giggly)\b"
)
ALCOHOL_OK = prefiltered(
    r"\b(?:recycling|empties|empty (?:cans?|bottles?)|apple juice|shloer|kids'? (?:cider|wine)|non-? ?alcoholic|alcohol[- ]free|0%|ginger beer|root beer|fake|pretend|shot (?:at goal|on target)|took a shot|vaccine|injection|jab|flu shot|booster)\b"
)

_PLAN = phrase_alternation(  # a trie: fast after a gap on text like "i i i ..."
    "ima|imma|i'?m gonna|im gonna|i'?m going to|im going to|gonna|i will|i'?ll|tomorrow i'?ll|tomorrow i'?m|next time i'?ll|i want to|i wanna"
)
_FOOD = r"(?:yoghurt|yogurt|custard|pudding|food|dinner|lunch|soup|beans|spaghetti|pasta|gravy|drink|juice|milk|water|tray|plate|sandwich|cake|pie|ketchup|jelly|porridge|cereal|apple|orange|banana|lunchbox)"
FOOD_IN_FACE_AND_HIT = prefiltered(
    rf"\b{_PLAN}\b (?:\w+ )?(?:throw|chuck|smash|shove|tip|pour|squash|squish|splat|lob|fling|rub|push) (?:my |his |her |the |a |some |this |that )?(?:\w+ )?{_FOOD}\b[^.?!]{{0,8}}\b(?:in|on|at|over|into) (?:\w+'?s? |the )?(?:face|head|eyes|hair)\b[^.?!]{{0,40}}\b(?:and|then|n) (?:\w+ )?(?:punch|hit|kick|smack|slap|thump|batter|deck|whack|beat up)\b"
)

PASSWORD_TOLD = prefiltered(
    r"\b(?:my|our|mums?|mum'?s|dads?|dad'?s|the) (?:\w+ ){0,3}?(?:passwords?|passcodes?|pass codes?|pins?(?: numbers?| codes?)?|(?:login|log in|log-in)s?(?: codes?| details| numbers?)?)\b(?: (?:for|to|on|at) (?:the |my |our )?(?:\w+ ){0,7}?)?(?:is|are|=|:|it'?s|its) (?:(?:both|all|just|always|the same(?: one)?),? (?:(?:it'?s|its|which is) )?)?(?!(?:secret|private|a secret|hard|easy|long|short|really|too|very|so|not|the same|different|safe|strong|weak|changed|new|old|my|on|in|what|that|this|written|hidden|saved|forgotten|wrong|right|here|there)\b)['\"]?(?=[a-z]*\d|\d)[a-z0-9]{4,}\b"
)

_PARENT = r"(?:mummy|mum|mom|mommy|mam|mama|daddy|dad|papa|my (?:mum|mom|dad|mummy|daddy|brother|sister|baby brother|baby sister))"
PARENT_GONE_SAD = prefiltered(
    rf"\b{_PARENT}\b[^.?!]{{0,80}}\b(?:(?:is|'s|s|shes|hes|she'?s|he'?s|went|has gone|gone|now) (?:in heaven|up in heaven|with the angels|an angel|a star now|in the sky now)|died|passed away|is dead|(?:shes|hes|she'?s|he'?s) dead)\b[^.?!]{{0,60}}\b(?:(?:i'?m|im|i am|i feel|i get|i'?m always|makes me) (?:so |really |very |always |still )?(?:sad|crying|cry|lonely|upset|miserable)|i (?:still |always )?(?:cry|sob|miss (?:him|her|them))|i cried)\b[^.?!]{{0,25}}\b(?:every (?:morning|day|night|time|bedtime|breakfast|dinner)|all the time|always|most days|every single day|at breakfast|at dinner|at bedtime|at night|in bed)\b"
    rf"|\bi miss (?:my )?{_PARENT}\b[^.?!]{{0,80}}\b(?:in heaven|up in heaven|with the angels|died|passed away|is dead|(?:shes|hes|she'?s|he'?s) dead)\b[^.?!]{{0,40}}\b(?:sad|cry|crying|lonely|upset)\b"
)

D = SafetyCategory.DISTRESS
DANGER = SafetyCategory.DANGEROUS_ACTIVITY


def find_mealtime_flags(text: str) -> list[Finding]:
    found: list[Finding] = []
    if EATING_HIDDEN_AWAY.search(text) and not EATING_NOT.search(text):
        found.append(Finding(D, "eating_hidden_away", MODERATE, 0, len(text)))
    if (HOT_OIL_ALONE.search(text) or LIGHTER_ALONE.search(text)) and not FIRE_OK.search(text):
        found.append(Finding(DANGER, "hot_oil_or_fire_alone", MODERATE, 0, len(text)))
    if WILD_FOOD_UNSEEN.search(text) and not WILD_OK.search(text):
        found.append(Finding(DANGER, "wild_food_unseen", MODERATE, 0, len(text)))
    if ALCOHOL_GIVEN.search(text) and not ALCOHOL_OK.search(text):
        found.append(Finding(SafetyCategory.DRUGS_ALCOHOL, "alcohol_given", MODERATE, 0, len(text)))
    if FOOD_IN_FACE_AND_HIT.search(text):
        found.append(
            Finding(SafetyCategory.VIOLENCE, "food_in_face_and_hit", MODERATE, 0, len(text))
        )
    if PASSWORD_TOLD.search(text):
        found.append(Finding(SafetyCategory.PERSONAL_INFO, "password_told", MODERATE, 0, len(text)))
    if PARENT_GONE_SAD.search(text):
        found.append(Finding(D, "parent_gone_sad", MODERATE, 0, len(text)))
    return found
