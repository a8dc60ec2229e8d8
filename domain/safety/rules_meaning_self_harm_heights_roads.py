# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Self-harm told as a way up, off or into something, then not coming back (miss8687sa: rounds
86 and 87's lessons, flats, lifts and walks home), read as meanings:

- a height gone up or jumped off, or a road ridden or walked into, wished, planned or imagined
  ("i wanna", "i keep thinking about", "if i"), and then not coming down or back, it all
  stopping or stopping hurting, never waking up, or never having to go (to squad, to school,
  home) or face someone again: "i wanna go up to the top of the multi storey and not come
  down", "i keep thinking about jumping off the top diving board head first so i never have to
  go to squad again", "if i rode my bike into the big road with my eyes shut maybe it would
  stop hurting".

The height is a building, a car park, a block of flats, a bridge, a cliff, a roof or a top
floor, or a diving board (its jump fun on its own); the road is a road, the traffic or a bus.
Near misses stay allowed: a jump off the top board "so i can get my badge" or "so i never have
to hear them call me chicken again", up the multi storey "to see the fireworks and not come
down till they finish", "we went up to the top of the car park and didn't come back down for
ages", "if i ride my bike into the big road mum would be so cross", "the road is dangerous so
i always look", a knee that stopped hurting after the bike fell over.
(How high a floor must be so you wouldn't wake up is rules_meaning_self_harm.HIGH_ENOUGH_TO_DIE.)"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

SH = SafetyCategory.SELF_HARM

# The child wishing, planning or imagining it (not a day out told afterwards).
_FRAME = r"(?:\bi (?:\w+ )?(?:want|wanna|wish|keep thinking about|kept thinking about|keep imagining|think about|thought about|thinking about|dream about|might|could|will|'?m gonna|am gonna|'?m going to|am going to|plan to|feel like)|\bim (?:gonna|going to|thinking about)|\bi'?ll|\b(?:what if|if|maybe|when) i)\b"
_TALL = r"(?:multi[- ]?stor(?:e)?y(?: car park)?|car park|block of flats|flats|tower block|tower|building|bridge|flyover|viaduct|cliffs?|lighthouse|quarry|stairwell|hospital|crane|pylon|(?:top |high |highest )?diving board|top board|high board|balcony|roof|rooftop|top floor|highest floor)"
# Up to the top of a tall place, off it, or into the road.
_UP = rf"(?:go|goin|get|climb|climbing|walk|walking|run|running|sneak|sneaking|take the lift|ride the lift|going) (?:all the way )?up (?:to )?(?:the |our |that |this |a )?(?:very )?(?:(?:top|roof|top floor|highest floor|edge)(?: floor)? of (?:the |our |that |this |a )?(?:\w+ )?{_TALL}|{_TALL})"
_OFF = rf"(?:jump|jumping|dive|diving|fall|falling|throw my ?self|throwing my ?self|step off|stepping off|roll off|lean off|leaning over) (?:head ?first |backwards |off )?(?:off|from|over|out of) (?:the |a |our |that |this )?(?:very )?(?:(?:top|edge|roof) of (?:the |our |a |that )?)?(?:\w+ )?{_TALL}"
_INTO_ROAD = r"(?:ride|rode|riding|cycle|cycled|cycling|scoot|scooted|scooting|skate|skated|walk|walked|walking|run|ran|running|step|stepped|stepping|go|went|going|lie|lay|lying|stand|stood|standing) (?:my (?:bike|scooter|board|skateboard) |off |straight |right |out |just )?(?:into|onto|on to|in to|out into|in front of|in the middle of) (?:the |a |that )?(?:middle of the )?(?:big |main |busy |fast |dual |ring )?(?:road|traffic|motorway|carriageway|junction|roundabout|bus|lorry|lorries|cars|taxi|van)"
# What comes of it: not coming back, it all stopping, never waking, never having to go again.
_AFTER = (
    r"(?:\b(?:and|then|n|to) (?:just )?(?:not|never|don'?t|dont|won'?t|wont) (?:ever )?(?:come|coming|get|getting|go|going) (?:back )?(?:down|back|home)\b(?! (?:till|until|til|before|for|when|after|again (?:till|until))\b)"
    r"|\bso (?:that )?i (?:never|don'?t|dont|won'?t|wont|wouldn'?t|wouldnt|do not|will not) (?:ever )?(?:have to|need to|got to|gotta) (?:go|come|walk|get|see|face|be|live|wake)\b"
    r"|\b(?:it|everything|it all|all of it|all this|the hurt|the hurting|the pain|the sadness|my head|the thoughts|this) (?:would|will|'?d|'?ll|might|could|may) (?:all |just |finally |maybe )?(?:stop hurting|stop|end|be over|go away|go quiet)\b"
    r"|\bi(?: would| will|'?d|'?ll| might| could) (?:finally |just )?stop (?:hurting|feeling)\b"
    r"|\bso (?:that )?(?:it|everything|it all|all of it|all this|the hurt|the hurting|the pain|the sadness|my head|the thoughts) (?:all |just |finally )?(?:stops|ends|is over|goes away|goes quiet)\b"
    r"|\b(?:i|u|you) (?:would |will |might |could )?(?:never|wouldn'?t|wouldnt|won'?t|wont) (?:ever )?wake up\b(?! (?:early|late|in time|on time|for|till|until)\b)"
    r"|\b(?:so (?:that )?(?:i|it) (?:can |could |would |will )?(?:die|end|be over|be gone|disappear)|(?:and|to|then) die|nobody (?:would|will) (?:miss|notice|care))\b)"
)
THE_WAY_NOT_BACK = prefiltered(
    rf"{_FRAME}[^.?!]{{0,25}}\b(?:{_UP}|{_OFF}|{_INTO_ROAD})\b[^.?!]{{0,60}}?{_AFTER}"
)
# A jump for a badge or for courage, a fantasy of living up there, a joke.
_FOR_FUN = prefiltered(
    r"\b(?:badge|certificate|move up|next (?:group|level|stage|class)|the test|pass (?:it|the)|prove|show (?:them|everyone|him|her)|chicken|scaredy|live up there|live there|rapunzel|castle|fireworks|the view|for fun|pretend|in the game|minecraft|roblox|lol|haha\w*|jk)\b"
)


def find_self_harm_heights_roads(text: str) -> list[Finding]:
    if THE_WAY_NOT_BACK.search(text) and not _FOR_FUN.search(text):
        return [Finding(SH, "height_or_road_no_way_back", CRITICAL, 0, len(text))]
    return []
