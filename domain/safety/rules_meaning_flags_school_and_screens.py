# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Worries and risky plans at school and on screens (rounds 74 and 75's flags, miss7475), read
as meanings:

- a ruler, fork, key or finger put in a plug socket - a dangerous activity;
- climbing up on a shelf, wardrobe or counter to reach something - a dangerous activity;
- a fire, spray or blackout "challenge" to be done - a dangerous activity;
- alone at playtime day after day: "nobody lets me play at playtime i just stand by the wall"
  - distress;
- a new group chat made without the child - distress;
- a plan to tell everyone in the chat that someone smells or is ugly - an insult.

Near misses stay allowed: "miss said never put a ruler in the plug", "mum climbed on a chair to
get my ipad", "the fire safety challenge at school", a spray painting challenge, "nobody lets me
play on the ipad", a group chat made for the class trip, "im gonna tell everyone that mia is
amazing"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding, negated_before
from domain.safety.prefilter import prefiltered

C = SafetyCategory

PLUG_POKED = prefiltered(
    r"\b(?:put|puts|putting|stick|sticks|sticking|stuck|poke|pokes|poking|poked|shove|shoved|push|pushed|jam|jammed|try|tried|slide|slid) (?:my |a |the |his |her |this |that |some |mums? |dads? )?(?:metal )?(?:ruler|fork|knife|key|keys|pencil|pen|paper ?clips?|scissors|compass|hair ?pins?|hair ?clips?|finger|fingers|spoon|screwdriver|nail|pins?|wires?|coins?|tinfoil|foil)s? (?:in|into|inside|up|in to) (?:the |a |that )?(?:plug|plug socket|socket|sockets|outlet|wall socket|extension lead|toaster|plugs)\b(?! ?hole)"
)

CLIMB_TO_REACH = prefiltered(
    r"\b(?:i|we)\b[^.?!]{0,20}\b(?:climb|climbed|climbing|clamber|clambered|stand|stood|standing|get up|got up|getting up|jump up|jumped up) (?:up )?(?:on|onto|on to|on top of|up to) (?:the )?(?:top )?(?:shelf|shelves|wardrobe|cupboards?|kitchen counter|counter|worktop|fridge|bookcase|bookshelf|drawers|chest of drawers|banister|window ?sill|top shelf)\b[^.?!]{0,30}\b(?:to (?:get|reach|grab|find)|for (?:my|the)|where)\b"
)

_DANGER_WORD = r"(?:fire|flame|flaming|lighter|aerosol|spray|deodorant|body spray|hair ?spray|burn\w*|hot water|boiling water|kettle|blackout|black out|choke|choking|pass ?out|fainting|skull ?breaker|salt and ice|ice and salt|nutmeg|cinnamon|benadryl|tide ?pod|penny|plug|socket|outlet)"
DANGER_CHALLENGE = prefiltered(
    rf"\b(?:do|doing|did|done|try|trying|tried|wanna|gonna|lets|let'?s|want to|going to|copy|copying|copied) (?:the |a |that |this )?(?:\w+ )?{_DANGER_WORD} (?:\w+ )?challenge\b"
)
_CHALLENGE_OK = prefiltered(
    r"\b(?:paint\w*|art|safety|drill|quiz|fake|pretend|don'?t|never|dangerous|banned|not allowed|warned)\b"
)

ALONE_AT_PLAYTIME = prefiltered(
    r"\b(?:nobody|no ?one|no-one|none of them|they never|the others never|no kids)\b (?:ever )?(?:lets|let|wants|asks|picks|chooses) me (?:to )?(?:play|join|be in|sit with|hang out)\b[^.?!]{0,50}\b(?:i (?:just |always |only )?(?:stand|sit|wait|walk around|stay)\b[^.?!]{0,20}\b(?:by (?:the|a) (?:wall|fence|bench|door|bins?|tree|gate)|on my own|by myself|alone)|every (?:single )?(?:day|playtime|break|lunch ?time|lunch))"
    r"|\bi (?:just |always )?(?:stand|sit|walk around|wait)\b[^.?!]{0,25}\b(?:on my own|by myself|alone|by the wall|by the fence)\b[^.?!]{0,30}\b(?:every|each|all) (?:single )?(?:day|playtime|break|lunch)\b[^.?!]{0,30}\b(?:nobody|no ?one|no-one)\b"
)
_ALONE_OK = prefiltered(
    r"\b(?:cos i like|because i like|i like it|reading|book|prefer|quiet|ipad|tablet|phone|console|xbox|playstation|switch|computer)\b"
)

NEW_CHAT_WITHOUT_ME = prefiltered(
    r"\b(?:made|make|makes|started|set up|created|making|making|start) (?:a |another |their own |her own |his own |a whole )?(?:new |secret )?(?:group ?chat|gc|chat|group|server|club|team|one)\b[^.?!]{0,20}\b(?:without me|and (?:didn'?t|did not|never) (?:add|invite|put) me|and left me out|with everyone (?:but|except) me)"
    r"|\b(?:kicked|removed|blocked|chucked|took) me (?:out of|from|off) (?:the |our |their )?(?:group ?chat|gc|group|server|chat)\b"
)

_TELL_ALL = r"(?:tell|message|post|say to|put it (?:in|on)|spread it (?:round|around)|text|send)"
SMEAR_PLANNED = prefiltered(
    rf"\b(?:i'?m|im|i am|i'?ll|ill|i will|gonna|going to|lets|let'?s|we'?re|we will|i wanna|i want to)\b[^.?!]{{0,15}}\b{_TELL_ALL}\b (?:everyone|everybody|the (?:whole )?(?:class|group|chat|group ?chat|school|year)|all (?:my|our|the) (?:friends|mates|class)|the others)\b[^.?!]{{0,25}}\b(?:that )?\w+ (?:smells|stinks|is (?:ugly|fat|smelly|disgusting|gross|weird|a loser|stupid|dumb|a freak|minging|a baby)|has nits|has fleas|wet (?:the|her|his) (?:bed|pants|knickers))\b"
)


def find_school_and_screens_flags(text: str) -> list[Finding]:
    whole = len(text)
    poked = PLUG_POKED.search(text)
    if poked and not negated_before(text, poked.start(), 20):
        return [Finding(C.DANGEROUS_ACTIVITY, "object_in_plug_socket", MODERATE, 0, whole)]
    if CLIMB_TO_REACH.search(text):
        return [Finding(C.DANGEROUS_ACTIVITY, "climb_to_reach", MODERATE, 0, whole)]
    if DANGER_CHALLENGE.search(text) and not _CHALLENGE_OK.search(text):
        return [Finding(C.DANGEROUS_ACTIVITY, "dangerous_challenge", MODERATE, 0, whole)]
    if ALONE_AT_PLAYTIME.search(text) and not _ALONE_OK.search(text):
        return [Finding(C.DISTRESS, "alone_at_playtime", MODERATE, 0, whole)]
    if NEW_CHAT_WITHOUT_ME.search(text):
        return [Finding(C.DISTRESS, "new_chat_without_me", MODERATE, 0, whole)]
    if SMEAR_PLANNED.search(text):
        return [Finding(C.INSULT, "smear_planned", MODERATE, 0, whole)]
    return []
