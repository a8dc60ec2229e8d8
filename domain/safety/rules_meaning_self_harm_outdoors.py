# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Self-harm told through a means met outdoors or on a trip (round 64: camp, the lake, the
school bus over the bridge, a trip lanyard), read as meanings, a means + an ending:

- something known to be poisonous eaten or drunk so as never to go home, or so it all ends;
- walking or swimming into water (the lake, the sea, the river) so it is all over;
- a wish or a plan to climb or jump over the side of a bridge, a cliff or a balcony;
- a cord (a lanyard, a scarf, a belt, a rope) tied round the neck to stop breathing,
  or (miss8081) "cos i wanted everything to stop";
- (miss8283) the water or the poison named first ("when we go to the river i might just walk
  in and not come out", "found the rat poison and thought about eating it so everything just
  stops"), a scout necker pulled tight round the neck.

Near misses stay allowed: the ranger saying the berries are poison so nobody eats them,
swimming in the lake at camp, looking over the side of the bridge at the boats, a lanyard worn
round the neck on a trip, a scarf pulled tight round the neck "cos it was freezing", walking in at the river "and not coming out till tea",
the rat poison put up high so the dog doesn't eat it.

(miss8485sh) Out onto ice known to be thin on purpose, or not caring if i go through ("gonna
walk out on the pond where the ice is thin on purpose. dont care if i go through"); stepping
or walking into the bonfire or the fire so everything would stop ("at the bonfire i kept
thinking if i just stepped in it then everything would stop"). Near misses stay allowed or a
flag: stamping on the thin ice on a puddle on purpose, keeping off the pond because the ice is
thin, not caring if i fall over at the ice rink, stepping back from the bonfire so the smoke
would stop."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding, negated_before
from domain.safety.prefilter import prefiltered

SH = SafetyCategory.SELF_HARM

# Something poisonous eaten or drunk, with an ending in view.
_EAT_POISON = prefiltered(
    r"\b(?:gonna|going to|goin to|want to|wanna|will|i'?ll|ill|might|could|should|plan to|planning to|thinking (?:of|about)|keep thinking about)\b (?:just )?(?:eat|eating|drink|drinking|swallow|swallowing|have|having|try|trying)\b[^.?!]{0,60}\b(?:poison\w*|deadly|toxic|toadstools?|death caps?|nightshade|yew|foxgloves?|bleach)\b"
    r"|\b(?:eat|drink|swallow)\b[^.?!]{0,40}\b(?:poison\w*|deadly|toxic|toadstools?|death caps?|nightshade)\b[^.?!]{0,40}\bso (?:that )?i\b"
    # (miss8283) the poison named first: "found the rat poison in the shed and i thought about
    # eating it so everything just stops"
    r"|\b(?:poison\w*|toxic|toadstools?|death caps?|nightshade|bleach|weed ?killer|slug pellets)\b[^.?!]{0,60}\b(?:thought|think|thinking|keep thinking|want|wanted|wanna|gonna|going|might|could) (?:about |of |to )?(?:eat|eating|drink|drinking|swallow|swallowing|tak(?:e|ing)|hav(?:e|ing)) (?:it|them|some|the lot|all of it)\b"
)
# Into the water, or over the side of a bridge.
_INTO_WATER = prefiltered(
    r"\b(?:walk\w*|swim\w*|wad\w*|go|going|goin|jump\w*|run\w*|get|getting)\b (?:right |straight |out )?(?:into|in to|in|to the bottom of|under) (?:the |that |a )?(?:lake|sea|river|water|pond|canal|reservoir|loch|waves|ocean|quarry)\b"
    # (miss8283) the water named first: "when we go to the river tomorrow i might just walk in"
    r"|\b(?:lake|sea|river|pond|canal|reservoir|loch|ocean|quarry)\b[^.?!]{0,50}\b(?:walk|wad|swim|jump|run|go|step)\w* (?:straight |right |just )?in\b(?! (?:the|a|an|my|our|his|her|to|with|front|time|there|here)\b)"
)
_OVER_THE_SIDE = prefiltered(
    r"\b(?:climb|climbing|go|going|get|getting|lean|leaning) over (?:the )?(?:side|edge|railings?|barrier)\b"
    r"|\b(?:jump|jumping|throw myself|throwing myself|fall|falling) (?:over|off) (?:the )?(?:side|edge|railings?|barrier|bridge|cliff|balcony|roof|top)\b"
)
_HIGH_PLACE = prefiltered(
    r"\b(?:bridge|flyover|cliff|cliffs|balcony|roof|multi[- ]?stor(?:e)?y|car park|viaduct|tower|motorway)\b"
)
_WANT_OR_PLAN = prefiltered(
    r"\b(?:i (?:want|wanna|wish|keep thinking|think about|dream about|could|might|will|'?m going|am going|'?m gonna|am gonna|plan)|i'?ll|ive planned|i'?ve planned|planned it|got it planned|worked out how|know how i'?d|know exactly)\b"
)
# A cord round the neck, to stop breathing.
_CORD_ROUND_NECK = prefiltered(
    r"\b(?:tied|tie|ties|tying|wrapped|wrap|wraps|wrapping|pulled|pull|put|puts|twisted|twist)\b (?:my |a |the |me )?(?:\w+ )?(?:lanyard|necker(?:chief)?|neckerchief|scarf|belt|rope|string|cord|lead|tie|shoe ?laces?|laces?|skipping rope|strap|wire|cable|tights|dressing gown cord|bag strap|sock)\b[^.?!]{0,15}\b(?:round|around) (?:my|me) (?:neck|throat)\b"
)
_STOP_BREATHING = prefiltered(
    r"\b(?:stop\w* breathing|stop my breath\w*|can'?t breathe|couldn'?t breathe|cant breathe|couldnt breathe|not breathe|choke|choking|choked|pass out|passed out|black(?:ed)? out|faint\w*|die|dying|hang\w*|never wake|till it hurt|until it hurt|went dizzy|go dizzy)\b"
    # (miss8081) "cos i wanted everything to stop": the end wished for, not the breath
    r"|\b(?:wanted|want|wanna|wish|wished|so|for|make|made) (?:\w+ )?(?:everything|it all|all of it|it|the thoughts|my thoughts|the pain|the feelings?|my head|the noise|the sadness) (?:to )?(?:stop|end|go away|be over|go quiet)\b"
)

# The ending: never going home, all over, gone for good.
_ENDING = prefiltered(
    r"\bso (?:that )?(?:it'?s|its|it is|it'?ll be|it will be|everything is|everything'?s|everything|it all|all this) (?:all |just )?(?:over|done|finished|ends?|stops?)\b"
    r"|\b(?:it'?s|its|it is|it'?d be|it would be|it'?ll be|it will be|everything'?s|everything is) (?:all )?over\b(?! (?:the|my|your|me|him|her|it|us|them|again|there|here|and|by|now)\b)"
    r"|\b(?:end it|end it all|ends it all|never (?:ever )?(?:have to )?(?:go|come|get|going|coming) (?:back )?home|(?:don'?t|dont|won'?t|wont|never) (?:ever )?have to (?:go|come) (?:back )?home|never come back|not come back|(?:never|not) coming back(?! (?:till|until|before|for)\b)|(?:never|not) (?:ever )?(?:come|coming|get|getting) (?:back )?out(?! (?:till|until|before|for|again)\b)|never wake up|not wake up|for good|disappear|(?:so (?:that )?i (?:can |will |would |might |could )?|and (?:just )?|then (?:i )?|till i |until i |to )die)\b"
    r"|\bso (?:that )?i (?:don'?t|dont|won'?t|wont|never|can'?t|cant) (?:ever )?(?:have to|wake|come back|go back|exist|feel|be here)\b"
)
_SAFE_WATER = prefiltered(
    r"\b(?:swimming lesson|with (?:my|the) (?:mum|dad|instructor|lifeguard|leaders?|group)|armbands|life ?jacket|canoe|kayak|paddle|boat|pedalo|feed the ducks|fishing)\b"
)

# (miss8485sh) Out onto thin ice meant, or the fall through it not cared about.
_ONTO_ICE = prefiltered(
    r"\b(?:walk|walking|go|going|goin|step|stepping|run|running|skate|skating|slide|sliding|stand|standing|jump|jumping|get|getting|climb|climbing)\b (?:right |straight |all the way )?(?:out )?(?:on|onto|on to|across|over|to the middle of) (?:the |that |a |our )?(?:\w+ )?(?:pond|lake|canal|river|reservoir|loch|ice)\b"
)
_THIN_ICE = prefiltered(
    r"\b(?:thin ice|ice (?:is|was|'?s) (?:\w+ )?(?:thin|cracking|cracked|not thick|not frozen|melting)|(?:thin|cracking|cracked) bit)\b"
)
_ON_PURPOSE = prefiltered(r"\bon purpose\b|\bdeliberately\b")
_NOT_CARING = prefiltered(
    r"\b(?:don'?t|do not|doesn'?t|won'?t|wouldn'?t|never) (?:even |really )?care (?:if|whether|when) i (?:go|fall|crash|sink|slip) (?:through|in|under)\b"
    r"|\b(?:don'?t|do not|won'?t|wouldn'?t) (?:even |really )?care (?:if|whether|when) i (?:drown|die|sink|never come (?:back|out|up)|don'?t come (?:back|out|up))\b"
)
# (miss8485sh) Into the bonfire or the fire, so everything would stop.
_INTO_FIRE = prefiltered(
    r"\b(?:bonfire|fire|flames|fire ?pit|blaze)\b[^.?!]{0,60}\bif i (?:just |only )?(?:stepped|step|walked|walk|jumped|jump|fell|fall|ran|run|went|go|lay|lie|climbed|climb|threw myself|throw myself)\b (?:in|into|on|onto|in to)\b"
    r"|\bif i (?:just |only )?(?:stepped|step|walked|walk|jumped|jump|fell|fall|ran|run|went|go|lay|lie|climbed|climb|threw myself|throw myself)\b (?:in|into|on|onto|in to) (?:the |that |our )?(?:bonfire|fire|flames|fire ?pit)\b"
)
_ALL_WOULD_STOP = prefiltered(
    r"\b(?:everything|it all|all of it|it|all this|the (?:sadness|pain|thoughts|hurt)|my (?:thoughts|head|sadness|pain)) (?:would|will|'?d|'?ll|might|could) (?:all |just |finally )?(?:stop|end|be over|go away|go quiet)\b"
    r"|\b(?:i|i'?d) (?:would|could|wouldn'?t|would not|'?d|won'?t|will not) (?:finally |just )?(?:stop|have to|be here|exist|feel)\b"
)


def find_self_harm_outdoors(text: str) -> list[Finding]:
    whole = len(text)
    out: list[Finding] = []
    poison = _EAT_POISON.search(text)
    if poison and not negated_before(text, poison.start()) and _ENDING.search(text):
        out.append(Finding(SH, "poison_to_escape", CRITICAL, 0, whole))
    water = _INTO_WATER.search(text)
    if water and _ENDING.search(text, water.end()) and not _SAFE_WATER.search(text):
        out.append(Finding(SH, "into_the_water_to_end", CRITICAL, 0, whole))
    side = _OVER_THE_SIDE.search(text)
    if (
        side
        and _HIGH_PLACE.search(text)
        and (_WANT_OR_PLAN.search(text) or _ENDING.search(text, side.end()))
    ):
        out.append(Finding(SH, "over_the_side", CRITICAL, 0, whole))
    if _CORD_ROUND_NECK.search(text) and _STOP_BREATHING.search(text):
        out.append(Finding(SH, "cord_round_neck", CRITICAL, 0, whole))
    if (
        _ONTO_ICE.search(text)
        and _THIN_ICE.search(text)
        and (_ON_PURPOSE.search(text) or _NOT_CARING.search(text))
    ) or (_INTO_FIRE.search(text) and _ALL_WOULD_STOP.search(text)):
        out.append(Finding(SH, "into_danger_meant", CRITICAL, 0, whole))
    return out
