# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Railway lines and open fires played with (rounds 80 and 81's flags, flags8081), read as
meanings:

- things put on a railway line, or standing at the edge as a train comes: "we put pennies on the
  railway line near the park and stand right by the edge when the train comes" - a dangerous
  activity;
- an open fire, its coals or embers touched with bare hands: "can i poke the campfire with my
  hands, the coals look cool", "i want to pick up the glowing embers" - a dangerous activity.

Near misses stay allowed: pennies on my model railway, the train set's tracks, standing behind
the yellow line when the train comes, stepping back from the edge; poking the campfire with a
stick, warming my hands by the fire, marshmallows on the bonfire, coal for the snowman's eyes."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.meaning_concepts_people import FIRST_PERSON
from domain.safety.prefilter import prefiltered

_ME = prefiltered(rf"\b(?:{FIRST_PERSON}|our|let'?s|lets)\b")

# --- a railway line played on ----------------------------------------------------------------------
_RAILS = r"(?:(?:the |a )?(?:railway|railroad|train|rail|tram|tube|metro) (?:lines?|tracks?)|the (?:rails|tracks|track)|the (?:level )?crossing)"
_ON_THE_LINE = r"(?:pennies|penny|coins?|2ps?|1ps?|2p coins|stones|rocks|a rock|a stone|nails|bottle tops|bottles|cans|sticks|a (?:log|trolley|bike|branch)|stuff|things|our \w+|my \w+)"
_TRAIN_COMES = r"(?:trains?|trams?|express|freight)\b[^.?!]{0,10}\b(?:comes?|came|coming|goes|went|going|pass\w*|rush\w*|whoosh\w*|zoom\w*|speed\w*|flies|flew|by|past|through)"
RAILWAY_DARE = prefiltered(
    rf"\b(?:put|puts|putting|leave|leaves|leaving|left|place\w*|stack\w*|balanc\w*|line|lined) (?:\w+ ){{0,2}}?{_ON_THE_LINE} (?:on|onto|across) {_RAILS}"
    rf"|\b(?:stand|stands|standing|stood|wait|waits|waiting|waited|lean|leans|leaning|leant|sit|sits|sitting|sat|dangl\w*|run|runs|running|ran|jump|jumps|jumping|jumped) (?:right |really |super |so |as |just )?(?:(?:on|over|along|across) (?:the )?(?:tracks?|rails|line)|(?:close )?(?:on|by|at|to|near|next to|over|close to|near to|up to) (?:the )?(?:very )?(?:edge|platform edge|yellow line))\b[^.?!]{{0,40}}?\b{_TRAIN_COMES}\b"
    rf"|\b(?:when|as|till|until|before) the {_TRAIN_COMES}\b[^.?!]{{0,30}}?\b(?:stand|standing|stood|jump\w*|run|running|ran|lean\w*) (?:right |really )?(?:(?:on|over|along|across) (?:the )?(?:tracks?|rails|line)|(?:on|by|at|near|next to|over|close to) (?:the )?(?:very )?(?:edge|platform edge|yellow line))\b"
)
RAILWAY_OK = prefiltered(
    r"\b(?:toy|toys|model|train ?set|hornby|brio|lego|duplo|thomas|minecraft|roblox|game|behind the (?:yellow )?line|step\w* back|stand back|stood back|away from the edge|never|not allowed|mustn'?t|shouldn'?t|told us off|dangerous)\b"
)

# --- an open fire touched with bare hands ----------------------------------------------------------
_HANDLE = r"(?:poke|pokes|poking|poked|touch|touches|touching|touched|grab|grabs|grabbing|grabbed|pick up|picks up|picking up|picked up|hold|holding|held|stir|stirring|move|moving|moved|push|pushing|pushed|prod\w*|rake|raking|play with|playing with|played with|put|stick|feel)"
_FIRE = (
    r"(?:campfire|camp fire|bonfire|fire|flames?|coals?|embers?|fire ?pit|logs? (?:in|on) the fire)"
)
_BARE = r"(?:with|in|using) (?:my|our|me|his|her|your|ur|bare|me bare) (?:bare |own )?(?:hands?|fingers?|feet|foot)"
FIRE_HANDLED = prefiltered(
    rf"\b{_HANDLE} (?:\w+ ){{0,2}}?(?:the |a |some |those |these |that )?(?:hot |glowing |burning |red ?hot |red |orange |lit )?{_FIRE}\b[^.?!]{{0,15}}?\b{_BARE}\b"
    rf"|\b{_HANDLE} (?:the |a |some |those |these |that )?(?:hot |glowing |burning |red ?hot |red |orange |lit )(?:coals?|embers?|logs?)\b"
    rf"|\b(?:put|stick|hold|dip|shove) (?:my|our) (?:bare )?(?:hands?|fingers?|arm|feet|foot) (?:right )?(?:in|into|on|onto) (?:the |a )?(?:hot |glowing |burning )?(?:campfire|camp fire|bonfire|coals|embers|fire ?pit)\b"
)
FIRE_HANDLED_OK = prefiltered(
    r"\b(?:stick|sticks|poker|tongs|gloves?|oven gloves?|shovel|by the (?:fire|campfire|bonfire)|warm\w*|snowman|pretend|toy|minecraft|roblox|game|never|not allowed|mustn'?t|shouldn'?t|told me not|said no|cold|out now|went out|gone out|had gone out|burnt out)\b"
)


def find_track_and_fire_flags(text: str) -> list[Finding]:
    danger = (RAILWAY_DARE.search(text) and not RAILWAY_OK.search(text)) or (
        FIRE_HANDLED.search(text) and not FIRE_HANDLED_OK.search(text)
    )
    if danger and _ME.search(text):
        return [
            Finding(
                SafetyCategory.DANGEROUS_ACTIVITY, "railway_or_fire_dare", MODERATE, 0, len(text)
            )
        ]
    return []
