# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Neglect told as no food at home, again and again, with a second sign (round 40: "we dont have
food at home most days and my tummy hurts at school and mum just sleeps"), read as a meaning:
food missing at home as a pattern ("we don't have food at home most days", "there's hardly ever
anything to eat", "the fridge is always empty", "most days there's no dinner") + either a carer
asleep, in bed or away ("mum just sleeps", "dad's always out", "nobody gets up") or the child's
hunger outside the home (a tummy that hurts or rumbles at school, a teacher giving breakfast,
"i eat at school only").

Near misses stay allowed: "we ran out of bread so mum went to the shop", "we don't have any
sweets at home", "there's no food in the car so we stopped at a cafe", fasting, a tummy bug,
the food being at nan's."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

_FOOD = r"(?:food|any food|anything to eat|anything for (?:dinner|tea|breakfast)|dinner|tea|breakfast|meals?|proper (?:food|meals?|dinner)|anything in the (?:fridge|cupboards?))"
_OFTEN = r"(?:most days|lots of days|loads of days|a lot|most of the time|most nights|every day|all the time|usually|normally|again|anymore|any more|ever|at all|some days|half the time|this week|for ages)"
NO_FOOD_OFTEN = prefiltered(
    rf"\b(?:don'?t|dont|do not|never|hardly ever|hardly|barely|rarely|doesn'?t|doesnt|didn'?t|didnt) (?:have|get|got|eat|ever have|ever get) (?:any |much |enough |no )?{_FOOD}\b[^.?!]{{0,30}}\b{_OFTEN}\b"
    rf"|\b{_OFTEN}\b[^.?!]{{0,20}}\b(?:there'?s|theres|there is|we have|we'?ve got|we get|i get) (?:no|never any|hardly any|nothing to eat|no food|nothing for)\b"
    r"|\b(?:there'?s|theres|there is) (?:never|hardly ever|hardly|barely|rarely|usually no|often no) (?:any )?(?:food|anything to eat|dinner|tea|breakfast)\b"
    r"|\b(?:the )?(?:fridge|cupboards?|kitchen) (?:is|are|'s) (?:always|usually|mostly|still|nearly always) (?:empty|bare)\b"
    rf"|\bno (?:food|dinner|tea|breakfast) (?:at home|in the house|in our house)\b[^.?!]{{0,15}}\b{_OFTEN}\b"
)
_SECOND_SIGN = prefiltered(
    r"\b(?:mum|mom|mummy|mommy|dad|daddy|nan|gran|she|he|they|everyone|nobody|no ?one)\b[^.?!]{0,10}\b(?:just|only|always|still|keeps?) (?:sleeps?|sleeping|asleep|in bed|lies in bed|stays in bed|out|away|gone)\b"
    r"|\b(?:mum|mom|mummy|mommy|dad|daddy)(?:'s| is) (?:always|usually|never|just) (?:asleep|in bed|out|away|not home|at the pub)\b"
    r"|\b(?:nobody|no ?one|noone) (?:gets? up|cooks|makes (?:me )?(?:food|dinner|tea|breakfast)|is (?:ever )?home|feeds me)\b"
    r"|\b(?:tummy|stomach|belly)\b[^.?!]{0,15}\b(?:hurts|aches|rumbles|growls|sore|pains?)\b[^.?!]{0,20}\b(?:at|in) (?:school|class|nursery)\b"
    r"|\b(?:hungry|starving) (?:at|in) (?:school|class|nursery)\b|\b(?:teacher|school|miss|sir|dinner lady)\b[^.?!]{0,20}\b(?:gives?|gave|lets?) me (?:extra |some )?(?:breakfast|food|toast|snacks?|fruit)\b"
    r"|\bonly (?:eat|get food|have food|get fed) at school\b"
)
_ORDINARY = prefiltered(
    r"\b(?:ran out|run out|went to the shop|go to the shop|shopping|takeaway|cafe|restaurant|at nan'?s|at grandma'?s|fasting|ramadan|lent|tummy bug|sick bug|(?:i|we) (?:was|were|am|are|got|been|'?ve been|ve been|had been) (?:off |really |a bit )?(?:sick|poorly|ill)|(?:i'?m|im|we'?re) (?:off |really |a bit )?(?:sick|poorly|ill)|diet|sweets|chocolate|crisps|biscuits|junk food|fizzy|in the car|on holiday|camping|packed lunch|cereal|left (?:me |us )?(?:some |a |my |our )?(?:food|dinner|tea|money|sandwich\w*|lunch|something|plates?)|leftovers|i like|i want|i'?d like|nice|favourite|sleeps? (?:late|in)|lie-? ?ins?|eats? it all)\b"
    # School breakfast as an ordinary offer; a meal missed as a family event; a carer away working.
    r"|\b(?:breakfast club|school breakfast|breakfast at school|together|as a family|at the table|(?:away|out|gone) (?:for|with|at) work|(?:away|out) working|works? (?:late|nights|away|shifts)|on (?:a )?(?:business trip|shift|night shift)|(?:a|on) (?:business )?trip)\b"
)


def find_no_food_at_home(text: str) -> list[Finding]:
    if NO_FOOD_OFTEN.search(text) and _SECOND_SIGN.search(text) and not _ORDINARY.search(text):
        return [Finding(SafetyCategory.ABUSE, "no_food_at_home", CRITICAL, 0, len(text))]
    return []
