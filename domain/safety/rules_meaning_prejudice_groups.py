# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Prejudice about a group named by faith, origin or wealth (round 40: the teddy's "Kids from
poor families are just lazy, that's why they don't have nice things", a child's "my brother says
we shouldnt let muslims live in our country and hes right"), read as a meaning beside
rules_meaning_flags_prejudice (which names groups by where they are from or what they are like):

- a group by class or wealth ("kids from poor families", "poor people", "people on benefits",
  "families from the council estate", "rich kids") said to be lazy, dirty, thieves, stupid;
- a group by faith, origin or colour (muslims, jews, immigrants, refugees, foreigners,
  travellers, black people) who should not be let or allowed to live, come or stay here, or
  should be kicked out.

A child's line is a flag (hate, MODERATE); the teddy's is blocked. Near misses stay allowed:
"the poor fox in the story was lazy", "we collected food for poor families", "refugees had to
leave their homes because of the war", "muslims fast in ramadan", a stereotype called unfair.

(miss6465b) A group named by the site or camp it lives on ("the kids from that travellers site
are dirty thieves"); "the kids from the caravan site were really nice" stays allowed.

(round 58) A group's name given as the reason for what some people did ("the other team were all
gypsies no wonder they cheat"); "the other team were all really good no wonder they won" stays
allowed.

(round 55) A group named by what it wears (a headscarf, a turban, a kippah) followed by "they are
all terrorists"; "my teacher wears a headscarf and she is so kind" stays allowed.

(flags8283) A group named by faith, origin, colour or disability said to be all one low thing
("the traveller kids in the field are all thieves and dirty"); "the traveller kids were all
really friendly" and "the polish kids were all dirty after football" stay allowed."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, SEVERE, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_meaning_flags_excluded_groups import GROUP
from domain.safety.rules_meaning_flags_prejudice import CHALLENGED, FOLK

_WEALTH = r"(?:poor|poorer|rich|richer|posh|broke|homeless|working class|council estate|council house|scruffy)"
_WEALTH_GROUP = (
    rf"(?:(?<!the )(?<!that )(?<!this )(?<!my )(?<!our )(?<!your )(?<!his )(?<!her )\b{_WEALTH} {FOLK}"
    rf"|\b{FOLK} (?:from|in|with) (?:poor|poorer|rich|posh|broke|council|working class|homeless|hard-?up) (?:families|family|homes|houses|backgrounds|estates|areas|parents)"
    rf"|\b{FOLK} (?:on|who (?:are|get|live on)) (?:benefits|the dole|free (?:school )?meals)"
    # (miss6465b) a group named by the site, camp or estate it lives on: "the kids from that
    # travellers site", "the families off the gypsy camp", "the people from the refugee hotel"
    rf"|\b{FOLK} (?:from|on|at|in|off|living on|living at|who live (?:on|at|in)) (?:that|the|those|this) (?:travell?ers'?|travell?er|gypsy|gypsies|gipsy|roma|refugee|asylum|immigrant|migrant|caravan) (?:site|camp|hotel|centre|center|park|field|estate|place|hostel)s?)"
)
_NAMED = (
    r"(?:muslims|moslems|jews|jewish people|christians|hindus|sikhs|buddhists|atheists|catholics|immigrants|migrants|refugees|asylum seekers|foreigners|travellers|gypsies|gipsies|gypsys|"
    r"(?:black|brown|white|asian|chinese|african|arab|polish|romanian|indian|pakistani|mexican|foreign|muslim|jewish) (?:people|kids|children|families|folk|men|women))"
)
_LOW = r"(?:lazy|dirty|smelly|thieves|stupid|dumb|thick|scroungers|scum|trouble|criminals|liars|cheats|rough|filthy|disgusting|good for nothing|worthless|useless|greedy|animals)"
WEALTH_PUT_DOWN = prefiltered(
    rf"{_WEALTH_GROUP}\b[^.?!]{{0,20}}\b(?:are|is|'re|r|were) (?:all |always |just |so |really |only |basically |usually )*{_LOW}\b"
)
# (flags8283) A group named by faith, origin, colour or disability (GROUP) said to be all or
# always one low thing: "the traveller kids in the field are all thieves and dirty"; not muddy
# after a game ("the polish kids were all dirty after football").
GROUP_ALL_LOW = prefiltered(
    rf"{GROUP}\b[^.?!]{{0,25}}\b(?:are|'re|r|were) (?:all|always|just|basically|nothing but|only ever)\b (?:(?:so|really|such|a bunch of|a load of|\w+ and) )?{_LOW}\b"
)
_MUDDY = prefiltered(
    r"\b(?:dirty|filthy|smelly|rough)\b (?:after|from|with|cos of|because of) (?:the |playing |all the |that )?(?:mud|muddy|football|rugby|match|game|pe|games|playing|sports|puddles?|paint)"
)
# (round 55) A group named by what it wears: "i dont want a doctor who wears one of those
# headscarf things they are all terrorists".
_WORN = r"(?:head ?scar(?:f|fs|ves)|hijabs?|turbans?|burkas?|burqas?|niqabs?|veils?|kippahs?|yarmulkes?|skull ?caps?|patkas?|dastaars?|saris?|abayas?)"
_WORN_LOW = rf"(?:{_LOW}|terrorists?|bombers?|evil|dangerous|bad (?:people|guys|men)|baddies|killers?|weird(?:os)?|freaks)"
WORN_PUT_DOWN = prefiltered(
    rf"\b(?:wear|wears|wearing|in|with)\b (?:one of )?(?:those |them |these |a |the |that |their )?(?:\w+ )?{_WORN}\b[^.?!]{{0,30}}\b(?:they|they'?re|theyre|those people|them|people like that|all of them)\b(?: are| r|'re)? (?:all |always |just |basically |really )*{_WORN_LOW}\b"
    rf"|\b{FOLK} (?:who wear|wearing|in|with) (?:\w+ )?{_WORN}\b (?:are|r) (?:all |always |just |basically |really )*{_WORN_LOW}\b"
)
# (round 58) A group's name given as the reason for what some did: "the other team were all
# gypsies no wonder they cheat", "typical travellers, they always steal".
_BAD_DEED = r"(?:cheat|cheats|cheated|cheating|steal|steals|stole|stealing|nick|nicks|nicked|nicking|rob|robs|robbed|lie|lies|lied|lying|smell|smells|stink|stinks|fight|fights|start(?:ed)? fights|(?:are|were|r) (?:so |all |always )?(?:dirty|smelly|thieves|liars|cheats|lazy|criminals))"
NAME_AS_REASON = prefiltered(
    rf"\b{_NAMED}\b[^.?!]{{0,25}}\b(?:no wonder|that'?s why|thats why|which is why|so of course|of course|typical|obviously|explains (?:it|why))\b[^.?!]{{0,15}}\b{_BAD_DEED}\b"
    rf"|\btypical {_NAMED}\b[^.?!]{{0,20}}\b{_BAD_DEED}\b"
    rf"|\b{_NAMED} (?:always|all|just) {_BAD_DEED}\b"
)
# "Shouldn't have" is a wish; "we don't have any ... in our village" is only a fact.
_NOT_LET = (
    r"(?:(?:shouldn'?t|shouldnt|should not|mustn'?t|must not|can'?t|cannot|won'?t|wont) (?:let|allow|have)"
    r"|(?:don'?t|dont|do not|never|not) (?:let|allow))"
)
NOT_LET_LIVE_HERE = prefiltered(
    rf"\b{_NOT_LET} (?:any more |anymore |any |more |the |those |them |these )?{_NAMED}\b[^.?!]{{0,6}}\b(?:to )?(?:live|come|stay|move|be|settle|in)\b[^.?!]{{0,15}}\b(?:here|in|our|this|my)\b"
    rf"|\b{_NAMED} (?:shouldn'?t|shouldnt|should not|mustn'?t|must not) be (?:let|allowed) (?:to )?(?:live|come|stay|move|in|here)\b"
    rf"|\b{_NAMED} (?:should|must|need to|ought to) (?:all )?(?:be (?:kicked|thrown|sent|chucked) out|be banned|not be allowed)\b"
    rf"|\b(?:kick|throw|send|chuck|get) (?:all )?(?:the )?{_NAMED} out\b(?! (?:of the (?:game|team|match)))"
)
_GROUP_CARED_FOR = prefiltered(
    r"\b(?:help|helping|helped|collect\w*|donat\w*|give|gave|giving|charity|food bank|raise money|fundrais\w*|welcome\w*|kind to|learn\w* about|in the story|in the book|history|used to|in the olden days|long ago|wrong to|shouldn'?t say|not fair)\b"
)


def _prejudice(text: str) -> bool:
    if CHALLENGED.search(text) or _GROUP_CARED_FOR.search(text):
        return False
    return bool(
        WEALTH_PUT_DOWN.search(text)
        or NOT_LET_LIVE_HERE.search(text)
        or WORN_PUT_DOWN.search(text)
        or NAME_AS_REASON.search(text)
        or (GROUP_ALL_LOW.search(text) is not None and _MUDDY.search(text) is None)
    )


def find_group_prejudice_flags(text: str) -> list[Finding]:
    if _prejudice(text):
        return [Finding(SafetyCategory.HATE, "group_prejudice_repeated", MODERATE, 0, len(text))]
    return []


def find_teddy_group_prejudice(text: str) -> list[Finding]:
    if _prejudice(text):
        return [Finding(SafetyCategory.HATE, "teddy_group_prejudice", SEVERE, 0, len(text))]
    return []
