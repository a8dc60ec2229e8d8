# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Getting out of a moving car (a flag, round 39: "when dad's not looking I want to climb out of
the car window while we're driving like in the movie"), read as a meaning: the child wanting
to, daring or trying to climb, lean, hang, stand or jump out of a car's window, door or
sunroof, open the door, or take the seatbelt off, while the car is moving (driving, on the
motorway, going fast).

Near misses stay allowed: waving out of the car window at cows, a head out of the window (not
up through the sunroof), getting out of the car at grandma's, the dog with its head out of the
window, a film's stunt told, the window opened a bit because I feel sick."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered

_VEHICLE = r"(?:car|van|bus|truck|lorry|taxi|coach|minibus|train|people carrier)"
_OUT = (
    rf"(?:climb|climbing|climbed|lean|leaning|leaned|leant|hang|hanging|hung|stand|standing|stood|sit|sitting|sat|crawl|crawling|crawled|jump|jumping|jumped|get|getting|got|squeeze|squeezing|wriggle|wriggling|(?:stick|put|lean|push|get) my (?:whole |top )?(?:body|self|top half|whole self)) (?:right |all the way |half ?way )?(?:out|up) (?:of |through )?(?:the |a |my |our |dad'?s |mum'?s |mom'?s )?(?:{_VEHICLE} )?(?:window|door|sunroof|roof)"
    r"|(?:stick|put|poke|push)\w* my head (?:right |all the way )?(?:out|up) (?:of |through )?(?:the |our )?(?:car )?sunroof"
    rf"|(?:jump|jumping|jumped|roll|rolling|rolled|leap|leaping|fall|throw myself) out of (?:the |a |our |dad'?s |mum'?s |mom'?s )?(?:moving )?{_VEHICLE}"
    rf"|(?:open|opening|opened|unlock|unlocking|pull|pulling) (?:the |my )?(?:{_VEHICLE} )?door"
    r"|(?:undo|undoing|unclip|unclipping|unbuckle|unbuckling|take off|taking off|took off) (?:my |the |our |his |her )?(?:seat ?belts?|belts?|car seat straps?|straps)|(?:take|taking|took) (?:my |the |our |his |her )?(?:seat ?belts?|belts?) off"
    rf"|(?:ride|riding|sit|sitting|surf|surfing|stand|standing) on (?:the |our )?(?:roof|bonnet|boot) of (?:the |our |a )?{_VEHICLE}"
)
_MOVING = (
    r"(?:while|when|as) (?:[\w']+ ){0,2}(?:still )?(?:driving|drives|drive|moving|going along|going fast|going really fast|speeding|on the (?:motorway|highway|dual carriageway))"
    r"|on the (?:motorway|highway|dual carriageway)|at (?:full |top )?speed|\d+ ?mph|moving car|car is moving|still moving|still driving"
)
_INTENT = r"(?:i (?:want|wanna|wanted|am going|'?m going|'?m gonna|am gonna|will|'?ll|tried|try|might|did|like to|love to|dare|could)|can i|could i|should i|let'?s|dared me|dare me|i'?m gonna|gonna|going to|i bet i can|how do i|when (?:dad|mum|mom)'?s not looking|nobody will know|secretly)"
OUT_OF_A_MOVING_CAR = prefiltered(
    rf"\b{_INTENT}\b[^.?!]{{0,40}}\b(?:{_OUT})\b[^.?!]{{0,40}}\b(?:{_MOVING})\b"
    rf"|\b(?:{_MOVING})\b[^.?!]{{0,40}}\b{_INTENT}\b[^.?!]{{0,30}}\b(?:{_OUT})\b"
    rf"|\b{_INTENT}\b[^.?!]{{0,30}}\b(?:jump|jumping|leap|roll|throw myself) out of (?:the |a |our )?moving {_VEHICLE}\b"
)
# A rule told, a film told, or the child not meaning it.
MOVING_CAR_NOT = prefiltered(
    r"\b(?:never|not allowed|mustn'?t|shouldn'?t|dangerous|told (?:me|us) not|said not|in the (?:film|movie|game|cartoon) (?:a|the|he|she|they|someone)|i would never|i won'?t|i wouldn'?t)\b"
)


def find_out_of_a_moving_car(text: str) -> list[Finding]:
    if OUT_OF_A_MOVING_CAR.search(text) and not MOVING_CAR_NOT.search(text):
        return [
            Finding(
                SafetyCategory.DANGEROUS_ACTIVITY, "out_of_a_moving_car", MODERATE, 0, len(text)
            )
        ]
    return []
