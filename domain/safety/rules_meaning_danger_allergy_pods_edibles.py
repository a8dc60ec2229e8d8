# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Dangers a child plans or has done with food and the kitchen cupboard (rounds 70 and 71),
read as meanings:

- an allergy used as a weapon: putting peanut butter, nuts or egg in another child's sandwich
  or drink on purpose, or so that the child swells up, can't breathe or dies;
- detergent pods eaten: the child and a friend eating or biting dishwasher or washing pods or
  tablets, for a challenge, a dare or as a plan;
- edibles eaten: gummies, sweets or brownies "that get you high", or weed gummies, eaten by the
  child or its friends.

Near misses stay allowed: "we can't have peanut butter sandwiches at school cos ella is
allergic", "i emptied the dishwasher", "the sweets made me hyper", "mum says gummies that get
you high are against the law"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, SEVERE, Finding
from domain.safety.prefilter import prefiltered

_ALLERGEN = r"(?:peanuts?|peanut butter|nuts|nut|nutella|almonds?|cashews?|hazelnuts?|walnuts?|sesame|eggs?|egg|milk|dairy|cheese|gluten|wheat|shellfish|prawns?|fish|kiwi|the stuff (?:she|he|they)(?:'?s| is| are|'?re) allergic to)"
ALLERGY_AS_WEAPON = prefiltered(
    rf"\b(?:put|putting|puts|sneak|sneaking|sneaked|snuck|hide|hiding|hid|slip|slipping|slipped|mix|mixing|mixed|rub|rubbing|rubbed|add|adding|added|spread|spreading|smear|smearing|crumble)\b (?:some |a bit of |a little |loads of |bits of |crushed )?{_ALLERGEN}\b[^.?!]{{0,12}}\b(?:in|into|on|onto|under) (?:\w+ ){{0,2}}?(?:sandwich|sandwiches|lunch|lunchbox|food|drink|dinner|cake|snack|bottle|crisps|yoghurt|plate|cup|sweets|pudding|bread|toast|pizza|juice)\b[^.?!]{{0,30}}\b(?:on purpose|deliberately|to get (?:her|him|them) back|so (?:she|he|they|her|him|it) (?:swells?|swell|dies|die|can'?t breathe|cant breathe|gets? (?:ill|sick|poorly|hives|a rash)|goes? to hospital|has? (?:a |an )?(?:reaction|allergic reaction|attack)|blows? up|puffs? up|chokes?|stops? breathing|needs? (?:her|his) epi ?pen))"
)

_PODS = r"(?:(?:dishwasher|washing|laundry|wash|tide|fairy|persil|finish|bold|ariel|washing machine|detergent|cleaning) (?:pods?|tabs?|tablets?|capsules?|liquitabs?|gel pods?|gel tabs?)|tide pods?)"
PODS_EATEN = prefiltered(
    rf"\b(?:eat|eating|ate|bite|biting|bit|chew|chewing|lick|licking|swallow|swallowing|try|trying|taste|tasting|munch|pop|popping)\b (?:the |a |some |one of the |one of (?:his|her|my|our|their|mums|dads) |these |those |his |her |their |mums |dads )?(?:\w+ )?{_PODS}\b"
    r"|\btide pod challenge\b|\b(?:pod|dishwasher tablet|washing tablet) challenge\b"
)
_PODS_PLAN = prefiltered(
    r"\b(?:tomorrow|tomorow|tmrw|at lunch|at break|we are|we'?re|me and \w+ are|i'?m gonna|im gonna|i am gonna|we'?re gonna|were gonna|going to|gonna|let'?s|lets|we ate|i ate|we tried|i tried)\b"
)
_PODS_SAFE = prefiltered(
    r"\b(?:never|don'?t|dont|do not|mustn'?t|must not|shouldn'?t|should not|should i|should we|not to|my (?:baby |little )?(?:brother|sister|cousin)|the baby|the dog|the cat|puppy|poison control|news)\b"
)

_EDIBLE = r"(?:gummies|gummy bears|gummys|sweets|sweeties|jellies|jelly sweets|brownies?|cookies?|chocolates?|chocolate|cake|cakes|edibles|lollies|biscuits?|flapjacks?)"
EDIBLES_EATEN = prefiltered(
    rf"\b(?:we|i|me and \w+|\w+ and i|they|my friends?)\b[^.?!]{{0,15}}\b(?:ate|eaten|eat|eating|had|have|tried|try|took|take|scoffed|shared|munched)\b[^.?!]{{0,40}}\b(?:{_EDIBLE}\b[^.?!]{{0,40}}\b(?:that|which|they|cos they|because they|to) (?:get|gets|got|make|makes|made|will get|'?ll get|can get) (?:you|u|people|me|us|ya) (?:so |really |proper )?(?:high|stoned|baked|buzzed|mashed|wasted|off your face|off it)|(?:weed|thc|cannabis|pot|hash|skunk|ganja|dope) {_EDIBLE}|edibles)\b"
)
_EDIBLES_SAFE = prefiltered(
    r"\b(?:never|don'?t|dont|do not|mustn'?t|against the law|illegal|said no|told (?:us|me) not|not to|sugar|hyper|sugar rush)\b"
)


def find_danger_allergy_pods_edibles(text: str) -> list[Finding]:
    whole = len(text)
    if ALLERGY_AS_WEAPON.search(text):
        return [Finding(SafetyCategory.VIOLENCE, "allergy_as_a_weapon", CRITICAL, 0, whole)]
    if PODS_EATEN.search(text) and _PODS_PLAN.search(text) and not _PODS_SAFE.search(text):
        return [
            Finding(SafetyCategory.DANGEROUS_ACTIVITY, "detergent_pods_eaten", SEVERE, 0, whole)
        ]
    if EDIBLES_EATEN.search(text) and not _EDIBLES_SAFE.search(text):
        return [Finding(SafetyCategory.DRUGS_ALCOHOL, "edibles_eaten", SEVERE, 0, whole)]
    return []
