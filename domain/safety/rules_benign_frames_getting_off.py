# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Getting off a train, a bus or a fair ride at the stop, read as a jump to die (known false
alerts, fixed as a family), with the words that spoil it:

- "i can't wait to jump off the train at the seaside", "i jumped off the bus at my stop and ran
  to nan's", "when the train stops i want to jump off and run to the sand", "i can't wait to
  jump off the ride and go on the next one": the jump is getting off where the journey or the
  ride ends (a stop, a station, the seaside; when it stops or we get there; running on to
  someone or somewhere), so the self-harm findings on the jump are taken back;
- spoilt by a wish to die or be gone (never, forever, not coming home, "so i don't have to",
  nobody, better off, heaven), the vehicle still moving or going fast, a bridge, the tracks, the
  front of the train, a height or an edge, a dare, "to see what happens", feeling sad or
  hating, or the shared kinds (a real hurt, a means to kill, fear, repetition, an older person,
  touching, a secret).

A boat or a ferry is no part of the frame (a jump off one lands in the water). Only the
self-harm findings whose words are the jump itself are taken back (not a whole-message reading).
Run from rules_benign_frames_noticed.drop_noticed_frames (got_off_at_the_stop).
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.benign_frame import Frame
from domain.safety.findings import Finding
from domain.safety.prefilter import prefiltered

C = SafetyCategory

_JUMP = r"(?:jump|jumps|jumped|jumping|hop|hops|hopped|hopping|leap|leaps|leapt|leaping)"
_VEHICLE = r"(?:train|bus|coach|tram|tube|minibus|ride|waltzers|teacups|carousel|merry[- ]go[- ]round|dodgems|bumper cars?|monorail)"
_THE_VEHICLE = rf"(?:the|a|our|my|this|that) (?:\w+ )?{_VEHICLE}"
_STOPS = r"(?:stops|stopped|stop|gets? (?:there|in|to)|got (?:there|in|to)|arrives?|arrived|pulls? in|pulled in|finish\w*|ends|ended|comes? to a stop|came to a stop)"
_PLACE = (
    r"(?:stop|station|seaside|sea ?side|beach|seafront|sea front|coast|zoo|park|fair|funfair|fairground|theme park|school|shops|town|city|airport|end|other end|platform|"
    r"harbou?r|campsite|caravan park|holiday park|hotel|museum|castle|farm|aquarium|safari park|wildlife park|terminus|stadium|cinema|centre|center|village|house|nan'?s|gran'?s|grandma'?s)"
)
_ARRIVAL_AFTER = (
    rf"at (?:the |my |our |nan'?s |gran'?s |grandma'?s |\w+'?s )?(?:\w+ )?{_PLACE}\b"
    rf"|(?:when|once|as soon as) (?:we|it|they|the doors?|{_THE_VEHICLE}) (?:\w+ )?(?:{_STOPS}|opens?|opened)\b"
    r"|and (?:then )?(?:run|runs|ran|running|race|raced|rush\w*|dash\w*|skip\w*|go|went|get|got|give|gave|hug\w*|splash\w*|play\w*|paddle|queue\w*) (?:straight |right |all the way )?(?:to|into|onto|on|over|down|along|towards|up to|in|for|the next|a hug|and)\b"
    r"|to (?:hug|see|meet|give) (?:my |our )?\w+"
)
_GOT_OFF = Frame(
    prefiltered(
        # the jump off the vehicle, then where or when: "... jump off the train at the seaside"
        rf"\b{_JUMP} off {_THE_VEHICLE}\b(?: first| straight away| quick| quickly)?[^.?!]{{0,40}}?\b(?:{_ARRIVAL_AFTER})"
        # the arrival first: "when the train stops i want to jump off (it | the train)"
        rf"|\b(?:when|once|as soon as) (?:the |our )?(?:\w+ )?{_VEHICLE} (?:\w+ )?{_STOPS}\b[^.?!]{{0,40}}?\b{_JUMP} off\b(?: it| {_THE_VEHICLE})?(?! (?:the|a|an|my|our|this|that|some|his|her|its)\b)"
        rf"|\b(?:when|once|as soon as) we (?:get|got|arrive|arrived) (?:to|at|there)\b[^.?!]{{0,30}}?\b{_JUMP} off {_THE_VEHICLE}\b"
    ),
    prefiltered(
        # a wish to die or be gone, or to be away from home for good
        r"\b(?:die|dying|died|dead|death|kill\w*|suicid\w*|end it|end (?:my|it all)|hurt (?:my ?self|me)|my ?self|heaven|for ?ever|never|not come (?:back|home)|not go home|not going home|"
        r"(?:don'?t|do not|won'?t|wouldn'?t|never) (?:have to|need to|want to)|anymore|any more|away from|run\w* away|ran away|disappear\w*|be gone|better off|no ?one|no-one|nobody|"
        r"hate|sad|lonely|upset|cry\w*|cried|wish|miss (?:me|us)|so it (?:all )?stops|make it stop|"
        # still moving, fast, or a height, an edge, the tracks
        r"moving|still going|going (?:really |so |too |super )?fast|full speed|speed\w*|before it stops|while it'?s|in the middle|bridge|in front|tracks?|rails?|under|edge|window|roof|top|high|"
        # a dare or a test
        r"on purpose|secretly|dare\w*|bet|what (?:happens|would happen|will happen)|see what|sometimes i (?:want|wanna|think|wish|feel))\b"
    ),
)


def got_off_at_the_stop(text: str, f: Finding) -> bool:
    """True when `f` is a self-harm finding on a jump that is getting off a train, a bus or a
    ride where it stops (a child's message)."""
    words = text[f.start : f.end]
    return f.category is C.SELF_HARM and "jump" in words and len(words) < 40 and _GOT_OFF(text)
