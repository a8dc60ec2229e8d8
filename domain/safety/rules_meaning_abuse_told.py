# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Abuse told slant (round 36): through a toy, as "is it normal...", inside a first-aid scene.

- A toy or a pet hit by a grown-up, "same like me": the child telling its own harm through
  the toy; a teddy "hit" by a ball, or a toy told off, is not it.
- A child (or "you", asked as "is it normal") locked in a room for the whole weekend, for days,
  or with only a bucket for a toilet; "we lock the door at night" is not it.
- Harm by a carer told inside first aid: a hot iron, a lighter or straighteners pressed on my
  arm; my hand held under the water "as my punishment"; ice on a bumped knee is not it.
- Left alone all night (or for days) with no food, or with the baby: a night out with a
  babysitter, or an hour alone with sandwiches, is not it.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_meaning_abuse import CARER

A = SafetyCategory.ABUSE

_HIT = r"(?:smacked|slapped|hit|punched|kicked|beaten|beat|whacked|belted|thumped|hurt|bashed|strangled|choked|burnt|burned|spanked)"
_HITS = r"(?:smacks?|slaps?|hits?|punch(?:es)?|kicks?|beats?|whacks?|belts?|thumps?|hurts?|bashes|chokes?|burns?|spanks?|smacked|slapped|hit|punched|kicked|beat|whacked|belted|thumped|hurt|spanked)"
_GROWN = rf"(?:the (?:big |scary |mean |bad |angry )?(?:man|men|lady|woman|grown-?up)|a (?:big |scary )?(?:man|grown-?up)|big man|{CARER}|my {CARER})"
# A toy or a pet hit by a grown-up ...
TOY_HIT_BY_GROWN_UP = prefiltered(
    rf"\b(?:gets?|got|getting|is|was|be|being)\b (?:\w+ )?(?:really |very |so |super )?(?:hard )?{_HIT}\b[^.?!]{{0,30}}\bby {_GROWN}\b"
    rf"|\b{_GROWN}\b (?:\w+ )?{_HITS} (?:my )?(?:teddy|bear|dolly|doll|bunny|toy|puppy|kitty|dog|cat|mister \w+|mr \w+|miss \w+)\b"
)
# ... "same like me": the toy stands for the child.
SAME_AS_ME = prefiltered(
    r"\b(?:same|just|exactly|the same) (?:like|as) me\b|\b(?:same|just) like (?:what happens to )?me\b|\blike (?:he|she|they) (?:does|do|did) (?:to|with) me\b|\b(?:to|and) me too\b|\blike me too\b|\bsame as (?:what happens to )?me\b|\bhappens to me too\b"
)
TOY_IN_PLAY = prefiltered(
    r"\b(?:by (?:a|the) (?:ball|door|car|wave)|in the game|pretend(?:ing)?|playing|in (?:the|my) story|tv|film|cartoon)\b"
)

# Locked in a room for the whole weekend, for days, or with only a bucket.
LOCKED_IN_ROOM = prefiltered(
    r"\b(?:lock|locks|locked|locking|shut|shuts|shutting)\b (?:me|you|u|us|him|her|them|kids|children|my (?:little |big |baby )?(?:brother|sister)s?)\b (?:up )?(?:in|inside|into) (?:my|your|ur|our|his|her|their|the|a|a little) (?:bed ?room|room|cupboard|closet|wardrobe|attic|basement|cellar|box ?room|shed)\b"
)
LOCKED_LONG = prefiltered(
    r"\b(?:(?:the )?whole weekend|all weekend|for (?:days|the weekend|a whole day|the whole day|two days|three days|\w+ days|a week)|all day and (?:all )?night|overnight|bucket|no toilet|(?:can'?t|cant|not allowed to|never let (?:me|us)) (?:go to|use|get to) the (?:toilet|loo|bathroom)|(?:pee|wee|poo) in (?:a|the) (?:bucket|corner|bottle|bin))\b"
)

# A carer burning the child with an iron, a lighter, straighteners ...
_HOT_THING = r"(?:iron|lighter|cigarettes?|fags?|hair straighteners|straighteners|curling (?:tongs|iron)|hot (?:spoon|pan|knife|poker|kettle)|matches|match)"
_BODY = r"(?:arms?|hands?|legs?|back|skin|tummy|belly|face|neck|feet|foot|fingers?|wrists?|shoulders?|chest|thighs?)"
CARER_BURNS_WITH = prefiltered(
    rf"\b(?:{CARER}|she|he)\b[^.?!]{{0,12}}\b(?:pressed|presses|put|puts|held|holds|pushed|pushes|touched|stuck|burnt|burned|burns)\b (?:the |a |her |his |my |their |a hot |the hot |her hot |his hot )?{_HOT_THING}\b (?:on|onto|against|to|into) (?:me\b|my {_BODY}\b)"
    rf"|\b(?:{CARER}|she|he)\b[^.?!]{{0,12}}\b(?:burnt|burned|burns) (?:me|my {_BODY}) with (?:the |a |an |her |his |their )?{_HOT_THING}\b"
)
# ... or holding the child's hand under the water "as my punishment".
HELD_IN_WATER = prefiltered(
    rf"\b{CARER}\b[^.?!]{{0,12}}\b(?:held|holds|put|puts|pushed|pushes|forced|forces|kept|keeps|stuck)\b my (?:{_BODY}|head) (?:in|under|into) (?:the )?(?:cold |hot |freezing |icy |boiling )?(?:water|tap|sink|bath|shower|ice)\b"
)
AS_PUNISHMENT = prefiltered(
    r"\b(?:my |a |as (?:a |my )?)?punishment\b|\bto punish me\b|\b(?:for|because|cos|coz) (?:i was |being )?(?:naughty|bad|rude|cheeky)\b|\bteach me a lesson\b|\b(?:till|until) i (?:cried|screamed|said sorry)\b"
)
HARM_BY_ACCIDENT = prefiltered(
    r"\b(?:by accident|accidentally|by mistake|didn'?t mean|did not mean)\b"
)

# Left alone all night, or for days, with no food or with the baby.
LEFT_ALONE = prefiltered(
    r"\b(?:left|leaves|leave|leaving)\b (?:me|us|me and my (?:\w+ ){0,2}?(?:brother|sister|siblings?)|my (?:\w+ )?(?:brother|sister) and me)\b[^.?!]{0,15}\b(?:alone|on (?:my|our) own|by (?:my|our) ?sel\w+|home alone)\b"
    r"|\b(?:me and my (?:\w+ ){0,2}?(?:brother|sister)|we) (?:were|was|got) (?:left )?(?:home )?alone\b"
)
AWAY_LONG = prefiltered(
    r"\b(?:all night|overnight|the whole night|all weekend|the whole weekend|for days|for (?:two|three|\w+) days|(?:till|until) (?:the )?(?:morning|next day)|(?:didn'?t|never|did not) come (?:back|home))\b"
)
NOTHING_TO_EAT = prefiltered(
    r"\b(?:no food|nothing to eat|no dinner|no milk|no tea|(?:were|was|are|am|got|get|so) (?:really |so )?(?:hungry|starving)|baby|babies|toddler)\b"
)
LEFT_WITH_SOMEONE = prefiltered(
    r"\b(?:babysitter|babysat|babysit|nan|nana|gran|granny|grandma|grandad|auntie|neighbou?r looked|looked after us|looked after me)\b"
)


def find_told_abuse(text: str) -> list[Finding]:
    if (
        TOY_HIT_BY_GROWN_UP.search(text)
        and SAME_AS_ME.search(text)
        and not TOY_IN_PLAY.search(text)
    ):
        return [Finding(A, "carer_harm", CRITICAL, 0, len(text))]
    if LOCKED_IN_ROOM.search(text) and LOCKED_LONG.search(text):
        return [Finding(A, "carer_harm", CRITICAL, 0, len(text))]
    if (
        CARER_BURNS_WITH.search(text) or (HELD_IN_WATER.search(text) and AS_PUNISHMENT.search(text))
    ) and not HARM_BY_ACCIDENT.search(text):
        return [Finding(A, "carer_harm", CRITICAL, 0, len(text))]
    if (
        LEFT_ALONE.search(text)
        and AWAY_LONG.search(text)
        and NOTHING_TO_EAT.search(text)
        and not LEFT_WITH_SOMEONE.search(text)
    ):
        return [Finding(A, "carer_neglect", CRITICAL, 0, len(text))]
    return []
