# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Grown-up things in a child's hands, worth a grown-up's look (flags, round 38):

- A lighter or matches to make a fire or a campfire by myself ("can I use Grandpa's lighter to
  make a campfire in the garden by myself?").
- Alcohol a grown-up let me finish, drink or have ("my uncle let me finish his beer at the
  wedding and I felt dizzy").

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
_DRINK_SAFE = prefiltered(
    r"\b(?:non-?alcoholic|alcohol-?free|root beer|ginger beer|shloer|kids'? (?:wine|champagne|fizz)|juice|lemonade|pretend|play kitchen)\b"
)


def find_grown_up_things(text: str) -> list[Finding]:
    found: list[Finding] = []
    if FIRE_ON_MY_OWN.search(text) and not _FIRE_SUPERVISED.search(text):
        found.append(
            Finding(SafetyCategory.DANGEROUS_ACTIVITY, "fire_on_my_own", MODERATE, 0, len(text))
        )
    if GIVEN_ALCOHOL.search(text) and not _DRINK_SAFE.search(text):
        found.append(Finding(SafetyCategory.DRUGS_ALCOHOL, "given_alcohol", MODERATE, 0, len(text)))
    return found
