# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Cruelty and neglect at mealtimes (round 51, food and mealtimes), read as meanings:

- food kept from the child as a punishment or for a long time: "mummy says i cant have any food
  til tomorrow cos i was naughty", "dad didnt let me have tea or breakfast", "i get no dinner
  for two days when im bad";
- made to eat like an animal or from the floor: "my stepdad makes me eat off the floor like the
  dog", "she puts my dinner in the dog bowl";
- locked in a small room at mealtimes or for crying: "i get locked in the pantry when i cry at
  dinner time", "mum locks me in the cupboard if i dont finish my tea";
- fed scraps or from the bin: "auntie only gives me scraps from the bin and says im lucky to get
  anything";
- (round 52) only the carer's own children fed, the child eating after them with nothing left:
  "my stepmom only feeds her own kids and i have to eat after them, sometimes theres nothing
  left";
- (a flag, distress) hardly any food at home with hunger felt: "theres hardly any food at home
  this week and my tummy hurts at night".

Near misses stay allowed: "mum says no sweets til tomorrow cos i was naughty", "i dropped my
biscuit on the floor and ate it", "the dog eats off the floor", "we put the scraps in the
compost bin", "i got locked in the toilet by accident", "my stepmum cooks for her own kids and me", "there's hardly any food at home so
we're going shopping"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, MODERATE, Finding
from domain.safety.prefilter import prefiltered

_CARER = r"(?:mum|mom|mummy|mommy|mam|mammy|dad|daddy|step ?dad|step ?mum|step ?mom|nan|nana|gran|grandma|grandad|grandpa|auntie|aunt|uncle|carer|foster (?:mum|dad|carer)|babysitter|childminder|she|he|they|her boyfriend|his girlfriend|mums boyfriend|mum'?s boyfriend|dads girlfriend|dad'?s girlfriend)"
_MEALFOOD = r"(?:any food|food|anything to eat|dinner|tea|lunch|breakfast|supper|meals?|a meal|something to eat|any dinner|any tea|any breakfast|any lunch|to eat)"
FOOD_KEPT_BACK = prefiltered(
    rf"\b{_CARER}\b[^.?!]{{0,25}}\b(?:says?|said|tells? me|told me)\b[^.?!]{{0,10}}\b(?:i )?(?:can'?t|cant|cannot|can not|am not allowed|'?m not allowed|not allowed to|won'?t|will not|don'?t|dont) (?:have|get|eat) {_MEALFOOD}\b[^.?!]{{0,15}}\b(?:til|till|until|for) (?:tomorrow|the morning|the next day|two days|2 days|three days|days|a day|the whole day|all day|the weekend|next week|ages)\b[^.?!]{{0,40}}\b(?:cos|because|bc|coz|cuz|for being|as a punishment|already (?:missed|had no|skipped)|(?:and|but) i (?:already |also )?(?:missed|had no|didn'?t (?:get|have))|i was (?:naughty|bad|rude|cheeky))\b"
    rf"|\b{_CARER}\b[^.?!]{{0,15}}\b(?:won'?t|wont|doesn'?t|doesnt|didn'?t|didnt|never) (?:let me )?(?:have|get|give me|feed me|let me eat)\b (?:any |my )?{_MEALFOOD}\b[^.?!]{{0,30}}\b(?:cos|because|bc|coz|cuz|when|if|as a punishment|for being) (?:i was |i'?m |im |i am |i |i get |i got )?(?:naughty|bad|rude|cheeky|late|crying|cry|cried|slow|in trouble|wet the bed|wet my ?self|wee my ?self|answer(?:ed)? back|talk(?:ed)? back|don'?t finish|didn'?t finish|spill(?:ed|t)? (?:it|my \w+)|make a mess|made a mess)\b"
    rf"|\b(?:i|we) (?:get|got|have|had|go|went) (?:no|without) (?:food|dinner|tea|lunch|breakfast|supper|meals?|anything to eat)\b (?:for|til|till|until) (?:two|2|three|3|four|a couple of|whole|the whole|days|a day|the next|tomorrow)\b"
    rf"|\b(?:can'?t|cant|not allowed to|won'?t be allowed to) (?:have|eat|get) (?:any )?(?:food|dinner|tea|breakfast|anything)\b[^.?!]{{0,20}}\b(?:til|till|until) tomorrow\b[^.?!]{{0,40}}\b(?:already|also|and) (?:missed|didn'?t (?:get|have)|had no|skipped) (?:lunch|breakfast|dinner|tea)\b"
)
FOOD_KEPT_NOT = prefiltered(
    r"\b(?:sweets?|treats?|chocolate|pudding|dessert|biscuits?|crisps|ice cream|cake|snacks?|fizzy|sugar|the operation|operation|surgery|blood test|the doctor|doctor|hospital|fasting|ramadan|fast)\b"
)

EAT_LIKE_AN_ANIMAL = prefiltered(
    rf"\b{_CARER}\b[^.?!]{{0,20}}\b(?:makes?|made|making|forces?|forced) (?:me|my (?:brother|sister)|us)\b (?:to )?(?:eat|have (?:my |our )?(?:dinner|tea|food|meals?)|lick (?:my |the )?(?:food|plate))\b[^.?!]{{0,15}}\b(?:off|from|on) the floor\b"
    rf"|\b{_CARER}\b[^.?!]{{0,20}}\b(?:makes?|made|forces?|forced) (?:me|us)\b (?:to )?(?:eat|have)\b[^.?!]{{0,25}}\b(?:like (?:a|the) (?:dog|dogs|pig|pigs|animal|animals)|(?:out of|from) (?:the |a )?(?:dog'?s? bowl|dog bowl|bin|cat'?s? bowl|cat bowl|pet bowl)|off the floor)\b"
    rf"|\b{_CARER}\b[^.?!]{{0,20}}\b(?:puts?|put|gives?|gave|serves?) (?:my |me my |me )(?:dinner|tea|food|breakfast|lunch|meals?)\b (?:in|on) (?:the |a )?(?:dog'?s? bowl|dog bowl|cat bowl|floor)\b"
)

LOCKED_AT_MEALTIMES = prefiltered(
    r"\b(?:i|we|me)\b (?:\w+ )?(?:get|got|gets|am|was|were|be|being|is) (?:always |often |sometimes )?(?:locked|shut) (?:in|inside) (?:the |a |my )?(?:pantry|larder|cupboard|cellar|basement|shed|garage|utility(?: room)?|store ?room|box ?room|closet|airing cupboard|under the stairs)\b[^.?!]{0,40}\b(?:when|if|cos|because|for|bc|till|until|every time|at) (?:i|we|me|meal|dinner|tea|lunch|breakfast|crying|being|not)\b"
    rf"|\b{_CARER}\b[^.?!]{{0,15}}\b(?:locks?|locked|shuts?|shut|puts?|put) (?:me|us|my (?:brother|sister))\b (?:in|inside|into) (?:the |a )?(?:pantry|larder|cupboard|cellar|basement|shed|garage|utility(?: room)?|store ?room|closet|airing cupboard|under the stairs)\b"
)
LOCKED_NOT = prefiltered(
    r"\b(?:by accident|accidentally|hide and seek|hide n seek|hiding|game|the cat|the dog|the puppy|the kitten|the hamster|sardines)\b"
)

FED_SCRAPS = prefiltered(
    rf"\b{_CARER}\b[^.?!]{{0,20}}\b(?:only |just )?(?:gives?|gave|feeds?|fed|lets? me have|makes? me eat|made me eat) (?:me|us|my (?:brother|sister))\b (?:the )?(?:scraps|leftovers|food|bits|what'?s left)\b[^.?!]{{0,20}}\b(?:from|out of|in) the (?:bin|rubbish|trash|dog'?s? bowl|dog bowl)\b"
    rf"|\b{_CARER}\b[^.?!]{{0,20}}\b(?:only|just|always) (?:gives?|gave|feeds?|fed|lets? me have) (?:me|us) (?:the )?(?:scraps|leftover scraps|crusts|peelings)\b(?! (?:of|for) (?:paper|fabric|wood|card))"
    rf"|\b{_CARER}\b[^.?!]{{0,20}}\b(?:gives?|gave|feeds?|fed) (?:me|us) (?:the )?(?:scraps|leftover scraps|crusts|burnt bits)\b[^.?!]{{0,20}}\b(?:and|but|while) (?:my |our |the )?(?:sister|brother|sisters|brothers|cousins?|step ?(?:sisters?|brothers?)|half ?(?:sisters?|brothers?)|baby|they|everyone else|the others|her kids|his kids|her own kids|his own kids|her children|his children)\b (?:gets?|get|have|has|eat|eats) (?:the )?(?:nice|proper|real|good|best|normal|hot)\b"
    r"|\b(?:i|we) (?:only|just) (?:get|got|have|eat|ate) (?:the )?(?:scraps|scraps from the bin|food from the bin)\b(?! (?:of|for) (?:paper|fabric|wood|card))"
)
# (round 52) Only the carer's own children fed, the child eating after them with nothing left.
_OWN_KIDS = r"(?:her|his|their) (?:own )?(?:kids|children|sons?|daughters?|boys|girls|babies)"
FED_LAST = prefiltered(
    rf"\b{_CARER}\b[^.?!]{{0,15}}\b(?:only|just) (?:feeds?|fed|cooks? for|cooked for|makes? (?:dinner|tea|food|lunch|breakfast) for|made (?:dinner|tea|food|lunch|breakfast) for|gives? (?:food|dinner|tea) to|buys? food for) {_OWN_KIDS}\b"
    rf"|\b{_CARER}\b[^.?!]{{0,15}}\b(?:feeds?|fed|cooks? for|cooked for|gives? food to) {_OWN_KIDS}\b (?:but|and) not (?:me|us|my (?:brother|sister))\b"
    r"|\b(?:i|we) (?:have to|has to|gotta|must|always|only get to|get to) eat (?:after|last|when) (?:them|they'?(?:ve| have) finished|everyone|the others|her kids|his kids|her own kids|his own kids)\b[^.?!]{0,40}\b(?:nothing|no food|none|hardly anything|not (?:much|enough|any)|only (?:scraps|crumbs)) (?:left|there)?"
)
FED_SCRAPS_NOT = prefiltered(
    r"\b(?:compost|the dog|the cat|the chickens|the birds|the ducks|the pigs|the fox|hedgehogs?|recycling|paper|fabric)\b(?![^.?!]{0,10}\blike\b)"
)

_HUNGER = r"(?:tummy|stomach|belly)\b[^.?!]{0,15}\b(?:hurts|hurt|aches|ache|rumbles|growls|sore|pains?|empty)\b|\b(?:i'?m|im|i am|i feel|i go to bed|i get|i was|we'?re|we are) (?:so |really |always |still |very )?(?:hungry|starving)\b"
HARDLY_FOOD_HUNGRY = prefiltered(
    r"\b(?:there'?s|theres|there is|we'?ve got|we have|we got|there was)\b (?:hardly|barely|almost|nearly|not) (?:any|anything|no|much|enough) (?:food|to eat|anything to eat|food left)?\b[^.?!]{0,25}\b(?:at home|in the house|in our house|in the fridge|in the cupboards?)\b[^.?!]{0,60}\b"
    + rf"(?:{_HUNGER})"
)
_ORDINARY = prefiltered(
    r"\b(?:shopping|the shop|the shops|supermarket|takeaway|delivery|tomorrow|on holiday|camping|moving|fasting|ramadan|tummy bug|sick bug|ate too much|too many sweets)\b"
)

A = SafetyCategory.ABUSE


def find_mealtime_abuse(text: str) -> list[Finding]:
    if FOOD_KEPT_BACK.search(text) and not FOOD_KEPT_NOT.search(text):
        return [Finding(A, "food_kept_as_punishment", CRITICAL, 0, len(text))]
    if EAT_LIKE_AN_ANIMAL.search(text):
        return [Finding(A, "made_to_eat_like_an_animal", CRITICAL, 0, len(text))]
    if LOCKED_AT_MEALTIMES.search(text) and not LOCKED_NOT.search(text):
        return [Finding(A, "locked_in_a_small_room", CRITICAL, 0, len(text))]
    if FED_SCRAPS.search(text) and not FED_SCRAPS_NOT.search(text):
        return [Finding(A, "fed_scraps", CRITICAL, 0, len(text))]
    if FED_LAST.search(text) and not FOOD_KEPT_NOT.search(text):
        return [Finding(A, "fed_last_or_not_at_all", CRITICAL, 0, len(text))]
    if HARDLY_FOOD_HUNGRY.search(text) and not _ORDINARY.search(text):
        return [Finding(SafetyCategory.DISTRESS, "hungry_no_food_home", MODERATE, 0, len(text))]
    return []
