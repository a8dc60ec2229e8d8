# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Self-harm told obliquely (round 37): asked as a method "for a story", shared with a friend
("and i think i do too"), or as the road "when the cars come".

- How to hang, drown, suffocate, strangle, poison or overdose oneself, or the best, easiest
  or quickest way to, or how long it takes to die if one does: a story, a book, a project or
  a friend given as the reason does not make the question safe. A game ("in minecraft"),
  hanging upside down on the monkey bars, drowning in homework or killing oneself laughing
  are not it. (miss8283) A way to hurt, cut or burn oneself asked for so that nobody sees the
  marks; how not to hurt yourself, or cutting yourself a fringe, is not it.
- Someone close (a friend, a sister, a cousin, a mate) who wants to die or kill themselves,
  often with the child saying they do too ("and i think i do too", "me too"); dying of
  embarrassment, dyeing hair, a game or a joke ("lol") is not it.
- The child who should just, might as well or wants to walk, step or lie in the road, the
  traffic or on the tracks when the cars come, or so that a car gets them, or said after
  "everybody hates me"; crossing the road, a green man or a lesson about road safety is not
  it.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

S = SafetyCategory.SELF_HARM

_REFLEXIVE = r"(?:yourself|urself|yourselves|themselves|themself|himself|herself|oneself|myself|my ?self|meself)"
_METHOD = r"(?:hang|hanging|drown|drowning|suffocate|suffocating|strangle|strangling|smother|smothering|poison|poisoning|overdose|od|electrocute|electrocuting|starve|starving|kill|killing)"
# A method asked for: how to, the best way to, how long it takes to die if you do it.
METHOD_ASKED = prefiltered(
    rf"\bhow (?:do|does|would|could|can|should|to|might|will)(?: (?:you|u|i|we|people|someone|somebody|a person|one|they|kids|a kid|he|she))?(?: (?:actually|properly|even|really|just|like|go about|best))?(?: to)? {_METHOD} {_REFLEXIVE}\b"
    rf"|\b(?:best|easiest|quickest|fastest|least painful|painless|surest|simplest|safest|right|proper|best) (?:way|ways|method|methods|thing) (?:to|of|for) (?:\w+ )?{_METHOD}(?:ing)? {_REFLEXIVE}\b"
    rf"|\bhow (?:long|fast|quick(?:ly)?) (?:does|do|would|will) (?:it|you|u|someone|a person|people) (?:take )?(?:to )?(?:die|pass out|black out|stop breathing)\b[^.?!]{{0,20}}\b(?:if|when|after) (?:you|u|someone|a person|people|i|they) {_METHOD}\w* {_REFLEXIVE}\b"
    rf"|\bwhat happens (?:if|when) (?:you|u|someone|a person|i) {_METHOD}\w* {_REFLEXIVE}\b"
    r"|\bhow (?:tight|long|strong|high|thick)\b[^.?!]{0,30}\b(?:rope|noose|belt|cord|scarf|string)\b[^.?!]{0,30}\bhang (?:someone|somebody|a person|yourself|urself|myself|themselves|a body)\b"
    r"|\b(?:rope|noose|belt|cord|scarf)\b[^.?!]{0,30}\b(?:strong|tight|long) enough to hang (?:someone|somebody|a person|yourself|urself|myself|me)\b"
)
# (miss8283) A way to hurt oneself asked for with the marks kept hidden: "wat is the best way to
# hurt urself so the scout leaders dont see the marks"; "cut myself a fringe" is not it.
_WHO_SEES = r"(?:nobody|no ?one|no-one|they|people|mum|mom|dad|my \w+|the \w+(?: \w+)?|teachers?|leaders?|anyone|anybody)"
HIDDEN_HURT_ASKED = prefiltered(
    rf"\b(?:(?:best|easiest|quickest|fastest|least painful|painless|safest|simplest|right|proper|good|secret) (?:way|ways|method|methods|place|places|spot|spots) (?:to|of|for)|how (?:do|does|would|could|can|should|to|might)(?: (?:you|u|i|we|people|someone|a person|kids|a kid))?(?: to)?) (?:(?!not\b|never\b)\w+ )?(?:hurt|harm|cut|scratch|burn|bruise)\w* {_REFLEXIVE}\b(?! (?:a|an|some|free|loose|out|up|less)\b)[^.?!]{{0,30}}\b(?:so (?:that )?{_WHO_SEES} (?:don'?t|dont|doesn'?t|doesnt|won'?t|wont|can'?t|cant|never|will not|do not|wouldn'?t) (?:\w+ )?(?:see|notice|find|spot|know|ask)|without {_WHO_SEES} (?:seeing|noticing|knowing|finding out|spotting)|where {_WHO_SEES} (?:can'?t|cant|won'?t|wont|will not|doesn'?t|don'?t|dont|wouldn'?t|would not|never) (?:see|notice|look|find))\b"
)
METHOD_NOT = prefiltered(
    r"\b(?:minecraft|roblox|fortnite|among us|the sims|in the game|in game|video ?game|respawn\w*|hardcore mode|npc|mob)\b"
    r"|\bupside ?down\b|\bmonkey ?bars?\b|\bclimbing frame\b|\bby (?:your|my|the) (?:knees|legs|arms|feet|hands)\b|\bpull ?ups?\b|\b(?:from|on|off) (?:the|a) (?:bar|branch|rings)\b"
    r"|\b(?:drown|drowning) (?:yourself|myself|urself) in (?:homework|work|ketchup|sauce|perfume|glitter|paint|water ?colou?rs|books|sweets|chocolate|sorrow|tears|bubbles)\b"
    r"|\bkill(?:ing)? (?:yourself|myself|urself|himself|herself) (?:laughing|with laughter)\b"
    r"|\b(?:not|avoid|stop|without|never|don'?t|dont|so you don'?t|so you dont) (?:\w+ )?(?:poison\w*|drown\w*|strangl\w*|suffocat\w*|hang\w*|overdos\w*|electrocut\w*) (?:yourself|myself|urself|themselves)\b"
    r"|\b(?:by accident|accidentally|by mistake)\b"
)

_CLOSE = r"(?:friend|mate|bestie|best friend|bff|sister|brother|cousin|girlfriend|boyfriend|classmate|\w+ in my class|pal)"
# Someone close who wants to die or kill themselves.
CLOSE_ONE_WISH = prefiltered(
    rf"\b(?:my|a|our|me) (?:\w+ )?{_CLOSE}s?\b[^.?!]{{0,30}}\b(?:wants?|wanted|wanna|wishes|wished|is going|was going|keeps? saying (?:she|he|they) wants?|said (?:she|he|they) wants?|says (?:she|he|they) wants?|tried|thinks about (?:how )?(?:she|he|they) (?:wants?|would like))\b[^.?!]{{0,6}}\b(?:to die|to be dead|to kill (?:herself|himself|themselves|themself)|to end it(?: all)?(?! with\b)|to end (?:her|his|their) life|to not be alive|to not be here|to not exist|to disappear forever)\b"
    r"(?! (?:my|her|his|their|it|the|them|your|our) (?:hair|clothes|shirt|t-?shirts?|eggs|fabric|top|dress|jeans)\b)(?! of (?:embarrassment|boredom|shame|laughter|laughing|cuteness))(?! laughing)"
)
CLOSE_ONE_NOT = prefiltered(
    r"\b(?:lol|lmao|haha\w*|jk|joking|hair|dye|embarrass\w*|cringe|in the (?:game|story|book|film|movie)|minecraft|roblox|fortnite|character)\b"
)

_RESIGNED = r"(?:i (?:should|could|might|may) just|should just|might as well|i could just|i'?ll just|ill just|maybe i'?ll|maybe ill|i (?:want|wanna|wish i could|feel like|think i should|think i'?ll)(?: to)?)"
_WILL = r"(?:i (?:will|'?ll|am gonna|'?m gonna|m gonna|am going to|'?m going to)|i'?ll|ill|im gonna|im going to)"
_ROAD = r"(?:the |a |that |our )?(?:middle of the )?(?:road|roads|street|traffic|motorway|main road|busy road|dual carriageway|highway|train tracks|railway(?: line| tracks)?|tracks|level crossing|cars|lorries|trucks|buses|bus|car|lorry|truck|train|van)"
_INTO_ROAD = rf"[^.?!]{{0,12}}\b(?:walk|step|run|lie|lay|jump|go|stand|sit|wander)\w*\b (?:out )?(?:down )?(?:in|into|onto|on|in front of|out in front of) {_ROAD}\b"
# Walking, stepping or lying in the road or on the tracks: resigned to it ("i should just",
# "might as well") with the traffic coming, or meant, with a car getting me or after sadness.
INTO_TRAFFIC_RESIGNED = prefiltered(rf"\b{_RESIGNED}\b{_INTO_ROAD}")
INTO_TRAFFIC_MEANT = prefiltered(rf"\b(?:{_RESIGNED}|{_WILL})\b{_INTO_ROAD}")
TRAFFIC_COMING = prefiltered(
    r"\b(?:when|as|while|till|until|before) (?:the |a )?(?:cars?|bus|buses|lorry|lorries|trucks?|train|trains|traffic|vans?)\b"
    r"|\b(?:cars?|bus|lorry|truck|train|traffic|van) (?:is |are )?(?:come|comes|coming|drive|drives|driving|speed\w*|zoom\w*|rushing|fast)\b"
)
SELF_END = prefiltered(
    r"\b(?:let|so|and let|hope|and hope) (?:a|the|some) (?:car|bus|lorry|truck|train|van)\b|\b(?:hit|hits|run me over|runs me over|get me|gets me|squash\w* me|kill\w* me)\b"
    r"|\b(?:train ?tracks|railway|level crossing|motorway|dual carriageway)\b|\bin front of (?:a|the|some) (?:cars?|bus|buses|lorry|lorries|trucks?|trains?|vans?|traffic)\b"
    r"|\b(?:hates? me|hate my ?self|hate my life|nobody (?:likes|loves|cares|wants|would)|no one (?:likes|loves|cares|wants|would)|no ?body (?:likes|loves|cares)|everyone hates|everybody hates|useless|worthless|my fault|better off|so sad|can'?t do this|all stop|it (?:would|will) (?:all )?stop|it (?:would|will) end)\b"
)
TRAFFIC_NOT = prefiltered(
    r"\b(?:look(?:ed|ing)? both ways|green man|zebra|crossing|lollipop|(?:cars?|traffic|buses|lorries) (?:stop|stops|stopped|have stopped|has stopped|are stopped|have gone|has gone|are gone|is gone|go away|wait|waiting)|(?:red|green) lights?|holding (?:hands|mum'?s hand|dad'?s hand)|hold (?:mum'?s |dad'?s |my \w+'?s )?hand|road safety|(?:never|don'?t|dont|not allowed to|mustn'?t|shouldn'?t) (?:\w+ )?(?:walk|step|run|play|go|lie|cross|stand)|no cars|toy cars?|play ?mat|lego|hot wheels|scooter lesson|cycling proficiency|lane|bike lane|pavement)\b"
)


def find_self_harm_oblique(text: str) -> list[Finding]:
    asked = METHOD_ASKED.search(text) or HIDDEN_HURT_ASKED.search(text)
    if asked and not METHOD_NOT.search(text):
        return [Finding(S, "self_harm_method_asked", CRITICAL, 0, len(text))]
    if CLOSE_ONE_WISH.search(text) and not CLOSE_ONE_NOT.search(text):
        return [Finding(S, "self_harm_close_one", CRITICAL, 0, len(text))]
    if (
        (INTO_TRAFFIC_RESIGNED.search(text) and TRAFFIC_COMING.search(text))
        or (INTO_TRAFFIC_MEANT.search(text) and SELF_END.search(text))
    ) and not TRAFFIC_NOT.search(text):
        return [Finding(S, "self_harm_into_traffic", CRITICAL, 0, len(text))]
    return []
