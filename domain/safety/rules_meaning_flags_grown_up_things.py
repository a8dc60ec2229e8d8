# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Grown-up things in a child's hands, worth a grown-up's look (flags, round 38):

- A lighter or matches to make a fire or a campfire by myself ("can I use Grandpa's lighter to
  make a campfire in the garden by myself?").
- Alcohol a grown-up let me finish, drink or have ("my uncle let me finish his beer at the
  wedding and I felt dizzy").
- (round 53) A sharp grown-up tool used alone ("can i use mums craft knife to cut the cardboard all
  by myself"); alcohol or cigarettes bought where no one asks for id ("can we buy the cider at
  the corner shop they never ask for id").
- (miss6465b) A sip of the older kids' cider passed to me; a friend's dad's cans drunk at his
  house ("at kais house we play cod till 2 and drink his dads cans").

Near misses stay allowed: a campfire with dad or at scouts, birthday candles lit by mum,
grandpa having a beer with dinner, clinking my juice with mum's wine glass."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered

_FIRE_TOOL = r"(?:lighters?|matches|match|matchbox|box of matches|blowtorch|fire ?lighters?|flint)"
FIRE_ON_MY_OWN = prefiltered(
    rf"\b(?:use|using|borrow|take|took|have|get|got|play with|found)\b[^.?!]{{0,25}}\b{_FIRE_TOOL}\b[^.?!]{{0,30}}\b(?:make|start|light|build|set)\w* (?:a |the |my |our |some )?(?:little |small |big |real )?(?:fire|campfire|bonfire|flames?|something on fire)\b"
)
_FIRE_SUPERVISED = prefiltered(
    r"\b(?:with (?:my |the |a )?(?:dad|daddy|mum|mummy|mom|grown-?ups?|leader|adults?|teacher|parents|grandad|grandpa|scouts?|beavers|cubs|brownies|guides)|(?:dad|mum|mom|grandpa|grandad|a grown-?up|an adult) (?:will |can |is going to )?(?:help|helps|watch|watches|showed|shows|lit|lights)|supervis\w*|birthday|candles? on)\b"
)
_DRINKS = r"(?:beer|beers|wine|cider|lager|pint|vodka|whiske?y|rum|gin|champagne|prosecco|alcohol|booze|bubbly|shandy|alcopop|cocktail|can of (?:beer|cider|lager))"
GIVEN_ALCOHOL = prefiltered(
    rf"\b(?:let|lets|letting|made|makes|dared|told) me (?:have|finish|drink|down|try|taste|sip|neck|swig|chug|chugged|shotgun|slam|gulp|guzzle)\b[^.?!]{{0,20}}\b(?:his|her|their|a|some|the|my|all|the rest of (?:his|her|the))?\s?(?:\w+ )?{_DRINKS}\b"
    rf"|\b(?:gave|give|gives|poured|pours|bought|buys|got) me (?:a |some |his |her |my own |half (?:a|his|her) )?(?:glass of |can of |bottle of |sip of |swig of |mouthful of )?{_DRINKS}\b"
    rf"|\b(?:finish\w*|drank|drink|had|downed|necked) (?:his|her|their|my (?:uncle|dad|mum|mom|aunt|auntie|cousin|brother|grandad)'?s?) {_DRINKS}\b[^.?!]{{0,40}}\b(?:dizzy|funny|wobbly|woozy|spinny|sick|drunk|tipsy|giggly|weird)\b"
)
# (miss6465b) The drink named, then a sip passed to me: "the older kids had cans of cider behind
# the minibus and gave me a sip" (the sip and the drink looked for apart: one pattern spanning
# both scanned too far from every drink word).
SIP_PASSED = prefiltered(
    r"\b(?:gave|give|gives|let|lets|offered|offers|passed|passes|handed|hands|made|dared) me (?:a |some |have a |try a |take a )?(?:sip|sips|swig|swigs|mouthful|gulp|slurp)\b"
)
ALCOHOL_NAMED = prefiltered(rf"\b{_DRINKS}s?\b")
# (miss6465b) The child drinking a grown-up's cans or beers at a friend's house: "at kais house we
# play cod till 2 and drink his dads cans", "we nicked her mums wine".
_GROWN_UPS = r"(?:dad|dads|dad'?s|mum|mums|mum'?s|mom|moms|mom'?s|uncle'?s?|brother'?s?|big brother'?s?|parents'?|step ?dad'?s?|grandad'?s?|nan'?s?)"
DRINKS_A_GROWN_UPS = prefiltered(
    rf"\b(?:i|we|me and \w+|me n \w+)\s+(?:\w+\s+){{0,8}}?(?:drink|drinks|drank|drinking|have|had|nick|nicked|nicking|steal|stole|stealing|sneak|sneaked|snuck|finish|finished|down|downed|neck|necked|try|tried)\s+(?:some of |one of |a few of |all |the rest of )?(?:his|her|their|my|our|\w+'?s) {_GROWN_UPS} (?:cans|beers?|lagers?|ciders?|wine|vodka|whiske?y|rum|gin|alcohol|booze|alcopops?|prosecco|bottles?)\b(?! gums| of (?:coke|cola|pop|lemonade|fanta|sprite|juice|squash|water|tango|irn bru|pepsi))"
)
# (round 53) A sharp grown-up tool used alone: "can i use mums craft knife to cut the cardboard
# all by myself".
_SHARP_TOOL = r"(?:craft knife|stanley knife|box cutter|boxcutter|scalpel|utility knife|razor blades?|hand ?saw|saw|axe|hatchet|sharp knife|kitchen knife|big knife|carving knife|bread knife|machete|pen ?knife|pocket ?knife|swiss army knife|chisel|scissors from the kitchen)"
SHARP_TOOL_ALONE = prefiltered(
    rf"\b(?:use|using|borrow|take|took|have|get|got|play with|found|hold)\b[^.?!]{{0,20}}\b{_SHARP_TOOL}\b[^.?!]{{0,50}}\b(?:all by my ?self|by my ?self|on my own|all alone|alone|without (?:a grown-?up|an adult|mum|mom|mummy|dad|daddy|anyone|help|asking|telling))\b"
)
_TOOL_SUPERVISED = prefiltered(
    r"\b(?:with (?:my |the |a )?(?:dad|daddy|mum|mummy|mom|grown-?ups?|leader|adults?|teacher|parents|grandad|grandpa|help)|(?:dad|mum|mom|grandpa|grandad|a grown-?up|an adult|teacher) (?:will |can |is going to )?(?:help|helps|watch|watches|showed|shows|holds?|held)|supervis\w*|pretend|toy|plastic|play-?doh|playdough)\b"
)
# (round 53) Alcohol or cigarettes bought where no one asks for id: "can we buy the cider at the
# corner shop they never ask for id".
_RESTRICTED = r"(?:beer|beers|wine|cider|lager|vodka|whiske?y|rum|gin|alcohol|booze|alcopops?|cans|cigs|cigarettes|fags|vapes?|tobacco)"
BOUGHT_NO_ID = prefiltered(
    rf"\b(?:buy|buying|bought|get|getting|got|sell|sells|sold|serve|serves)\b[^.?!]{{0,25}}\b{_RESTRICTED}\b[^.?!]{{0,60}}\b(?:never (?:ask|asks|asked|check|checks|checked) (?:for |us for |me for )?(?:id|i\.d|ids|age)|(?:don'?t|dont|doesn'?t|doesnt|won'?t|wont|didn'?t|didnt) (?:ask|check)(?: (?:for|us for|me for))? (?:id|i\.d|ids|age|how old)|no id|without (?:id|i\.d)|fake id|sells? to (?:kids|us|anyone|children)|(?:don'?t|doesn'?t|never) care how old)\b"
)

_DRINK_SAFE = prefiltered(
    r"\b(?:non-?alcoholic|alcohol-?free|root beer|ginger beer|shloer|kids'? (?:wine|champagne|fizz)|juice|lemonade|pretend|play kitchen)\b"
    # (fa8889) "it looks like prosecco but theres no alcohol in it"
    r"|\b(?:there'?s|theres|there is|there was|it has|it had|with) no alcohol\b|\bzero alcohol\b"
)


def find_grown_up_things(text: str) -> list[Finding]:
    found: list[Finding] = []
    if FIRE_ON_MY_OWN.search(text) and not _FIRE_SUPERVISED.search(text):
        found.append(
            Finding(SafetyCategory.DANGEROUS_ACTIVITY, "fire_on_my_own", MODERATE, 0, len(text))
        )
    if SHARP_TOOL_ALONE.search(text) and not _TOOL_SUPERVISED.search(text):
        found.append(
            Finding(SafetyCategory.DANGEROUS_ACTIVITY, "sharp_tool_alone", MODERATE, 0, len(text))
        )
    if BOUGHT_NO_ID.search(text) and not _DRINK_SAFE.search(text):
        found.append(Finding(SafetyCategory.DRUGS_ALCOHOL, "bought_no_id", MODERATE, 0, len(text)))
    if (
        GIVEN_ALCOHOL.search(text)
        or DRINKS_A_GROWN_UPS.search(text)
        or (SIP_PASSED.search(text) and ALCOHOL_NAMED.search(text))
    ) and not _DRINK_SAFE.search(text):
        found.append(Finding(SafetyCategory.DRUGS_ALCOHOL, "given_alcohol", MODERATE, 0, len(text)))
    return found
