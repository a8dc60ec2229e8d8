# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Benign frame for "dead" said of being worn out by an effort (miss6465b, round 64's false
alert): "we're doing a sponsored hike for scouts, im gonna be dead by the end haha", "after
cross country tomorrow ill be dead", "the dance rehearsal is 3 hours, we'll be dying by the
end". Tiredness foretold, spoilt by wanting or wishing it, an end or a means
(rules_self_harm_phrases, rules_meaning_self_harm). (miss7879) Or told after the effort: "i
was so tired after cross country i felt like i was gonna die", "the bleep test nearly killed
me, i thought i was dying" (the words of rules_benign_frames_poorly's illness frame), spoilt
the same way and by going under the water."""

from __future__ import annotations

from domain.safety.benign_frame import Frame
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_poorly import AS_IF_DYING

_EFFORT = (
    r"(?:hike|hiking|walk|walking|trek|trekking|expedition|d ?of ?e|duke of edinburgh|run|running|fun run|park ?run|marathon|half marathon|race|cross ?country|bleep test|beep test|"
    r"training|practice|rehearsal|pe|p\.e|gym|sports day|football|netball|rugby|hockey|match|tournament|swim|swimming|gala|bike ride|cycle|cycling|climb|climbing|mountain|hill|hills|miles?|km|kilometres?|steps|stairs|"
    r"sponsored \w+|camp|dance|dancing|bootcamp|circuits|laps|lengths)"
)
_DEAD_AFTER = r"(?:gonna|going to|gunna|will|'?ll|ill|would|'?d) (?:literally |actually |totally |probably |so |just |defo |definitely )?(?:be|end up) (?:dead|dying|a goner|half dead|knackered and dead)\b"
_WHEN_DONE = r"(?:by the end|at the end|after(?:wards)?|by the (?:top|finish|time|last)|by (?:lunch|tea|tonight|bedtime|the afternoon|the evening)|tomorrow|halfway|on the way|when (?:we|i) (?:get|finish)|after (?:it|that|this))"
# The tiredness foretold, then the effort anywhere in the message (looked for apart: one pattern
# spanning both scanned too far from every effort word).
WORN_OUT_DEAD = prefiltered(
    rf"\b{_DEAD_AFTER}[^.?!]{{0,15}}\b{_WHEN_DONE}\b"
    rf"|\b(?:after|by the end of) (?:the |this |that |our |my |tomorrow'?s |a )?(?:\w+ )?{_EFFORT}\b[^.?!]{{0,25}}\b(?:i'?ll|ill|i will|we'?ll|we will|i'?m gonna|im gonna|i'?m going to|im going to) (?:literally |actually |totally |probably |so |just )?be (?:dead|dying|a goner)\b"
    # (miss7879) worn out after it: "after cross country i felt like i was gonna die"
    rf"|\b(?:after|during|at the end of|in|doing|from) (?:the |this |that |our |my |a |all the |all those )?(?:\w+ )?{_EFFORT}\b[^.?!]{{0,40}}\b{AS_IF_DYING}\b"
    rf"|\b{AS_IF_DYING}\b[^.?!]{{0,30}}\b(?:after|during|at the end of|in|doing|from) (?:the |this |that |our |my |a |all the |all those )?(?:\w+ )?{_EFFORT}\b"
)
EFFORT = prefiltered(rf"\b{_EFFORT}\b")
WORN_OUT_SPOILT = prefiltered(
    r"\b(?:want|wants|wanted|wanna|wish|wished|wishing|hope|hoped|hoping|rather|better off|deserve\w*|end it|end everything|not wake up|never wake up|(?<!were )(?<!was )(?<!are )(?<!is )kill\w*|on purpose|"
    r"myself|inside|sick of|tired of|knife|knives|rope|blades?|razors?|jump\w* off|bridge|drown\w*|hang\w*|glad|happy if|nobody would|no ?one would|forever|for real|for good|heaven|pills|tablets|overdose|goodbye|miss me|went under|under ?water|under the water|sank|sink\w*)\b"
)
_WORN_OUT = Frame(WORN_OUT_DEAD, WORN_OUT_SPOILT)


def worn_out_dead(text: str) -> bool:
    """ "im gonna be dead by the end" with an effort named (a hike, cross country, a race)."""
    return _WORN_OUT(text) and EFFORT.search(text) is not None
