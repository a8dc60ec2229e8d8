# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A child's concrete plan to kill or seriously harm a person (holes52: "i'll smother her with a
pillow", "i'm going to set fire to his bed and kill him", "i'll poison his juice"), read as a
meaning: the child (or "we") saying it will, wants to or plans to smother or suffocate someone,
hold a pillow over their face, set fire to their bed, room or house (or set it on fire, burn
it down), or poison, or put poison, bleach or rat poison in, their food or drink.

Near misses stay allowed: "the pillow fight was so fun", "dad set fire to the bonfire", "the
witch poisoned the apple in snow white", smothering pancakes in syrup or someone in kisses,
poisoning mobs in a game."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import SEVERE, Finding
from domain.safety.prefilter import prefiltered

_INTENT = (
    r"\b(?:i'?ll|ill|i will|i'?m (?:going to|gonna|gunna|gona)|im (?:going to|gonna|gunna|gona)|i am (?:going to|gonna)"
    r"|i (?:want|wanna|wanted|plan|planned|'m planning|am planning|'m gonna|should|might|could|would like|'d like|wish i could|am|'m)(?: to)?"
    r"|we'?ll|we (?:will|are going to|'re going to|'re gonna|are gonna|should)|let'?s|tonight i'?ll|gonna|going to)"
)
_PERSON = r"(?:him|her|them|the baby|my (?:little |big |baby |older |younger |step ?)?(?:brother|sister|bro|sis|mum|mom|dad|teacher|nan|gran|cousin|friend)|[a-z]+ in (?:his|her|their) sleep)"
_WHOSE = r"(?:his|her|their|my (?:little |big |baby |older |younger |step ?)?\w+?'?s|the teacher'?s|\w+'s)"
_FOOD = r"(?:juice|drink|water|tea|coffee|milk|food|dinner|lunch|breakfast|cereal|sandwich|soup|cup|glass|bottle|squash|coke|pop|smoothie|pudding|cake|meal)"
_ACT = (
    rf"(?:smother|smuther|suffocate) {_PERSON}"
    rf"|(?:put|hold|press|shove) (?:a |the |my )?pillow (?:over|on) {_WHOSE} (?:face|head|mouth)"
    rf"|(?:set fire to|set fire 2|torch) {_WHOSE} (?:bed|room|bedroom|house|home|hair|flat|caravan|clothes)"
    rf"|set {_WHOSE} (?:bed|room|bedroom|house|home|hair|flat|caravan|clothes) (?:on fire|alight|ablaze)"
    rf"|burn (?:down )?{_WHOSE} (?:bed|room|bedroom|house|home|flat|caravan)(?: down)?"
    rf"|poison (?:{_PERSON}|{_WHOSE} (?:\w+ )?{_FOOD})"
    rf"|(?:put|pour|mix|slip|sneak) (?:some )?(?:rat poison|poison|bleach|weed ?killer|slug pellets|pills|medicine) (?:in|into) {_WHOSE} (?:\w+ )?{_FOOD}"
)
PLAN = prefiltered(rf"{_INTENT}\b\s*(?:\w+ ){{0,4}}?(?:{_ACT})\b")
_NOT_HARM = prefiltered(
    r"\b(?:kisses|hugs|cuddles|love|syrup|sauce|ketchup|cream|chocolate|butter|jam|glitter|minecraft|roblox|fortnite|game|gaming|pokemon|mobs?|zombies?|pretend|in my story|in the story|play|potion|lol|jk|haha|lmao|joking|kidding)\b"
)


def find_violence_plans(text: str) -> list[Finding]:
    if PLAN.search(text) and not _NOT_HARM.search(text):
        return [Finding(SafetyCategory.VIOLENCE, "violence_plan", SEVERE, 0, len(text))]
    return []
