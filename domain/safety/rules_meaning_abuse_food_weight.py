# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Food kept from a child until its weight goes down (round 38: "My stepdad says I'm too fat so
I only get dinner if the scale goes down"): meals given only if the scales go down or the
child loses weight, skipped because a carer says it is too fat, weighed every morning and
no breakfast if it has put weight on.

Near misses stay allowed: pudding after vegetables, a doctor or a nurse weighing the child,
fasting before an operation, a grown-up on a diet ("dad only has a takeaway if the scale goes
down")."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

_MEAL = r"(?:dinner|tea|supper|breakfast|lunch|food|meals?|pudding|dessert|snacks?|anything(?: to eat)?|to eat|eat|seconds|a proper meal)"
_WEIGHT_DOWN = r"(?:(?:the |my )?(?:scales?|weighing scales?|number on the scales?|weight) (?:goes|go|went|has gone|says|shows|is|drops?|dropped)|i(?:'?ve| have)? (?:lose|lost|drop|dropped|shed|put on|gain\w*) (?:weight|some weight|a (?:pound|kilo|kg|lb)|\w+ (?:pounds?|kilos?|kg|lbs?|stone))|i(?:'?m| am) (?:thinner|skinnier|lighter|slimmer|under \w+)|i weigh (?:less|under)|i get (?:thinner|skinnier|slimmer)|i'?ve (?:got|gotten) (?:thinner|skinnier|slimmer))"
_WITHHELD = r"(?:only (?:get|gets|have|eat|allowed|let|give)|(?:don'?t|dont|do not|never|can'?t|cant|won'?t|wont) (?:get|have|eat|give)|(?:not|isn'?t|aren'?t|am not) allowed|(?:let|lets) me (?:have|eat)|no)"
FOOD_UNTIL_WEIGHT_DOWN = prefiltered(
    rf"\b(?:i|me)\b[^.?!]{{0,25}}\b{_WITHHELD}\b[^.?!]{{0,20}}\b{_MEAL}\b[^.?!]{{0,25}}\b(?:if|unless|until|till|when|til)\b[^.?!]{{0,10}}{_WEIGHT_DOWN}"
    rf"|\b(?:weighs?|weighed|weighing) me\b[^.?!]{{0,60}}\b(?:no|don'?t get|dont get|can'?t have|not allowed|skip|miss|won'?t (?:let me|give me))\b[^.?!]{{0,15}}\b{_MEAL}\b"
    rf"|(?:\b(?:says?|said|tells? me|told me|thinks?)\b[^.?!]{{0,10}}\b(?:i'?m|im|i am|i was)\b (?:too |so |really |a bit |getting )?|\bcall(?:s|ed)? me (?:a )?)(?:fat|big|heavy|chubby|fatty|lardy|porky|piggy|whale)\b[^.?!]{{0,20}}\b(?:so|and)\b[^.?!]{{0,20}}\b(?:only (?:get|gets|have|let me)|(?:don'?t|dont|never) get|not allowed|no (?:dinner|tea|breakfast|lunch|food|pudding)|(?:won'?t|wont|wouldn'?t|wouldnt|didn'?t|didnt|doesn'?t|doesnt) let me (?:eat|have)|(?:have|make[sd]? me|got) to skip|(?:takes?|took) (?:my|away my) (?:dinner|food|plate|tea|lunch)(?: away)?)\b"
)


def find_food_for_weight(text: str) -> list[Finding]:
    if FOOD_UNTIL_WEIGHT_DOWN.search(text):
        return [Finding(SafetyCategory.ABUSE, "food_until_weight_down", CRITICAL, 0, len(text))]
    return []
