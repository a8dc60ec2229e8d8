# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A group of people shut out of a place, a team or a club for who they are (a flag, round
48: "gay people shouldnt be allowed in our changing rooms"), read as a meaning:

- a group named by sexuality, gender identity, disability, faith, colour or origin (gay
  people, lesbians, trans kids, disabled children, kids in wheelchairs, muslims, black people,
  travellers, refugees) who should not be allowed or let in, on or into our changing rooms,
  team, club, pool, school or park; should be banned or kicked out of it; or kept out;
- "we shouldn't let gay kids join", "I don't want trans girls in our changing room".

A child's line is a flag (hate, MODERATE); the teddy's is blocked. Near misses stay allowed:
boys shouldn't be allowed in the girls' changing rooms, dogs aren't allowed in the pool,
parents shouldn't be allowed in our den, gay people should be allowed to get married, a rule
called unfair."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, SEVERE, Finding
from domain.safety.meaning_concepts_people import GROUP_TRAITS
from domain.safety.prefilter import prefiltered
from domain.safety.rules_meaning_flags_prejudice import CHALLENGED

_WHO = r"(?:people|persons|kids|children|boys|girls|men|women|folk|folks|families|players|pupils|students|ones|lot)"
_TRAIT = rf"(?:{GROUP_TRAITS})"
GROUP = (
    rf"(?:\b{_TRAIT} {_WHO}"
    r"|\b(?:gays|lesbians|queers|trannies|muslims|moslems|jews|hindus|sikhs|immigrants|migrants|refugees|asylum seekers|foreigners|travellers|gypsies|the disabled)"
    rf"|\b{_WHO} (?:in|with|who (?:use|are in|have)) (?:wheelchairs?|hijabs?|headscarves|turbans?|disabilities|autism|down'?s(?: syndrome)?)"
    rf"|\b{_WHO} (?:who are|that are|who'?re) {_TRAIT})"
)
_OUR_PLACE = r"(?:(?:our|my|the|this|their|any|a|the girls'?|the boys'?) )?(?:\w+ )?(?:changing ?rooms?|locker ?rooms?|toilets?|loos?|showers?|team|teams|squad|club|clubs|school|class|pool|swimming pool|gym|park|playground|league|match|matches|game|games|sport|sports|football|netball|rugby|church|country|town|street|campsite|riding school|stables|scouts|guides|brownies|cubs|group|tent|dorm|party|parties|server|servers|discord|group ?chat|gc|chat|channel|lobby|realm|clan|guild|minecraft|roblox|fortnite|stream|page)"
_NOT_ALLOWED = r"(?:shouldn'?t|shouldnt|should not|mustn'?t|must not|can'?t|cant|cannot|shud ?nt|should never|need to not) (?:be )?(?:allowed|let|able|permitted)"
EXCLUDED_GROUP = prefiltered(
    rf"{GROUP}\b (?:\w+ )?{_NOT_ALLOWED}\b (?:to )?(?:\w+ ){{0,3}}?(?:in|into|on|at|near|use|join|play|come|go|be|change|swim|compete)\b[^.?!]{{0,25}}\b{_OUR_PLACE}\b"
    rf"|{GROUP}\b (?:\w+ )?(?:should|must|need to|ought to) (?:all )?(?:be )?(?:banned|kicked out|thrown out|kept out|sent out|chucked out|barred)(?: (?:of|from))?\b"
    rf"|\b(?:(?:shouldn'?t|shouldnt|should not|mustn'?t|don'?t|dont|do not|never|won'?t|wont) (?:let|allow)|(?:shouldn'?t|shouldnt|should not|mustn'?t) have) (?:any |the |those |them )?{GROUP}\b (?:\w+ )?(?:in|into|on|join|play|use|come|at|near)\b"
    rf"|\b(?:ban|kick|keep|throw|chuck) (?:all )?(?:the |those |any )?{GROUP}\b (?:\w+ )?(?:out|off|from|away)\b"
    rf"|\bi (?:don'?t|dont|do not) want (?:any |the |those )?{GROUP}\b (?:\w+ )?(?:in|on|at|near|using|joining|playing in)\b (?:\w+ )?(?:our|my|the)\b"
)
# The group cared for, or the exclusion called wrong.
_GROUP_WELCOMED = prefiltered(
    r"\b(?:should (?:all )?be allowed|should be able|are allowed|is allowed|can join|welcome\w*|included|inclusive|pride|ally|used to|in the olden days|history|long ago|wrong|mean|horrible|shouldn'?t say|not nice|sad that|why (?:do|does|did|would) (?:some )?(?:people|he|she|they|someone))\b"
)


def _excluded(text: str) -> bool:
    return bool(
        EXCLUDED_GROUP.search(text)
        and not CHALLENGED.search(text)
        and not _GROUP_WELCOMED.search(text)
    )


def find_excluded_group(text: str) -> list[Finding]:
    if _excluded(text):
        return [Finding(SafetyCategory.HATE, "group_shut_out", MODERATE, 0, len(text))]
    return []


def find_teddy_excluded_group(text: str) -> list[Finding]:
    if _excluded(text):
        return [Finding(SafetyCategory.HATE, "teddy_group_shut_out", SEVERE, 0, len(text))]
    return []
