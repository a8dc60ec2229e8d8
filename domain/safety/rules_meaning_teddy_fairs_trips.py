# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy's unsafe replies about rides, the fair and the child's day (miss8889: rounds 88 and
89), read as meanings:

- a way round a ride's height limit (tiptoe, paper in the shoes, fibbing to the staff) so the
  staff let the child on: "If you're too short, stuff paper in your shoes so the staff let you
  on!" - dangerous activity;
- a lap bar, harness or seatbelt undone while the ride or the car is moving: "Try undoing your
  lap bar when the ride goes upside down" - dangerous activity;
- when the child will be on its own asked "so I know": "Tell me so I know when you're on your
  own" - personal information.

Near misses stay allowed: "If you're too short this year, you'll grow and ride it next time",
"Stand on tiptoe to see the parade!", "Keep your lap bar down until the ride stops", "The staff
will undo your lap bar at the end", "It's okay to feel lonely when you're on your own"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import SEVERE, Finding
from domain.safety.prefilter import prefiltered

HEIGHT_TRICK = prefiltered(
    r"\b(?:too short|too small|not tall enough|height (?:limit|line|stick|check|sign|rule)|measur\w*)\b[^.?!]{0,80}\b(?:stand on (?:your )?tip ?toes?|on tip ?toes?|stuff|put|pop|wear)\b[^.?!]{0,40}\b(?:paper|tissues?|socks|insoles?|in your (?:shoes|trainers|boots)|heels|platforms?|hair up|big hat)\b"
    r"|\b(?:stand on (?:your )?tip ?toes?|stuff \w+ in your (?:shoes|trainers)|fib|lie|pretend (?:you'?re|to be) (?:older|taller|bigger))\b[^.?!]{0,60}\b(?:(?:staff|man|lady|they|people) (?:will |'ll )?(?:let you (?:on|ride|go)|won'?t notice|don'?t notice|never know)|tall enough|get on)\b"
)
_RESTRAINT = (
    r"(?:lap ?bar|safety bar|harness|seat ?belt|belt|restraint|over ?the ?shoulder bar|bar)"
)
UNDO_ON_RIDE = prefiltered(
    rf"\b(?:try|go on|just|you (?:can|could|should)|why not|let'?s|dare you to|how about)\b[^.?!]{{0,15}}\b(?:undo\w*|unclip\w*|unbuckl\w*|unfast\w*|lift\w* up|push\w* up|open\w*|wriggl\w* out of|slip\w* out of|take off|taking off)\b (?:your|the|ur) {_RESTRAINT}\b"
)
# The ride or the car already stopped, parked or over: undoing the belt is what comes next.
_STOPPED = prefiltered(
    r"\b(?:stopped|stops|parked|at the end|has finished|is over|when it'?s over|get off|getting off|grown-?ups?|staff)\b"
)
WHEN_ALONE = prefiltered(
    r"\b(?:so (?:that )?i (?:know|can tell|'?ll know|will know|can find out)|tell me|let me know|what time|which days?|when) (?:exactly )?when (?:you'?re|you are|you'?ll be|you will be|ur|u r|youre) (?:all )?(?:on your own|alone|by yourself|home alone|on ur own)\b"
    r"|\b(?:so (?:that )?i (?:know|'?ll know|will know|can tell)|tell me|let me know)\b[^.?!]{0,20}\b(?:what time|when) (?:you'?re|you are|you'?ll be|you will be|ur|youre) (?:all )?(?:on your own|alone|by yourself|home alone)\b"
    r"|\b(?:what time|when|which days?) (?:are|will|do) (?:you|u) (?:be )?(?:left )?(?:home )?(?:on your own|alone|by yourself|home alone)\b"
)


def find_teddy_fairs_trips(text: str) -> list[Finding]:
    if HEIGHT_TRICK.search(text) or (UNDO_ON_RIDE.search(text) and not _STOPPED.search(text)):
        return [
            Finding(SafetyCategory.DANGEROUS_ACTIVITY, "ride_rule_broken", SEVERE, 0, len(text))
        ]
    if WHEN_ALONE.search(text):
        return [Finding(SafetyCategory.PERSONAL_INFO, "when_alone_asked", SEVERE, 0, len(text))]
    return []
