# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Abuse by a grown-up in charge said in passing (probes across clubs, faith classes, two homes,
exams, hospital), read as meanings:

- a teacher, coach, leader or tutor who hits the children ("at mosque the teacher hits our
  hands with a stick", "the coach hits the ones who stop"), holds them under the water till
  they choke, or makes them stand outside all night as a punishment;
- a cover story that is the rule at home ("we have to say we fell over if teacher asks"), or
  a carer's look when a nurse asks ("dad looked at me so i said the trampoline");
- neglect: a carer in bed all day and no food, carers out till the next day, clothes too
  small with "buy your own", made to sleep on the floor or eat scraps after everyone;
- a carer's cruelty told lightly (a chunk of hair pulled out, hot sauce or soap in the mouth
  as a punishment, "she'd have drowned me", "im not worth the hot water", toys to be burnt,
  a pretend game where the dad hits "like my real dad does").

Near misses stay allowed: the coach hits pads, the teacher rings the bell, standing outside
in the rain to watch lightning, mum asleep after a night shift, hot sauce on everything, a
pretend dad who cooks dinner, mum pulling a knot out of my hair."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.benign_frame_spoilers import OLDER, every_kind_but
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_held_in_play import blow_in_play

_CARER = r"(?:mum|mom|mummy|mommy|mama|dad|daddy|papa|father|mother|step ?(?:mum|mom|dad|mother|father|mummy|daddy)|stepdad|stepmum|stepmom|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunt|uncle|carer|foster (?:mum|mom|dad|carer)|(?:mum|mom|dad)'?s (?:boyfriend|girlfriend)|(?:dad|daddy)'?s (?:new )?(?:wife|partner))"
_IN_CHARGE = r"(?:teacher|coach|leader|sensei|instructor|tutor|imam|priest|vicar|pastor|rabbi|ustad|ustaz|maulana|molvi|guru|sir|miss|trainer|manager|scout leader|swimming teacher|dance teacher|babysitter|nanny|childminder)"
_HIT = r"(?:hits?|hitting|smack(?:s|ed|ing)?|slap(?:s|ped|ping)?|whack(?:s|ed|ing)?|beats?|beating|beat|cane[sd]?|caning|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|whip(?:s|ped|ping)?)"

# A grown-up in charge who hits the children, or holds them under till they choke.
# (Speed: the word boundary, cheap, is tested before the look back for "i ".)
IN_CHARGE_HITS = prefiltered(
    rf"\b{_IN_CHARGE}\b[^.?!]{{0,40}}\b(?<!\bi ){_HIT} (?:(?:our|my|their) (?:hands?|legs?|arms?|heads?|faces?|backs?|bums?|bottoms?|knuckles|fingers|ears?|palms?)|us|me|the (?:ones|kids|children|boys|girls|little ones)|kids|children|anyone|whoever|people)\b(?! (?:off|out|back|over|from|into|in the game)\b)"
    rf"|\b{_IN_CHARGE}\b[^.?!]{{0,60}}\b(?<!\bi ){_HIT}\b[^.?!]{{0,25}}\bwith (?:a|the|his|her) (?:stick|ruler|cane|belt|slipper|shoe|rod|whip|wooden spoon)\b"
)
_SPORT_HIT = prefiltered(
    r"\b(?:pads?|ball|shuttle\w*|puck|bell|drum|gong|mitts?|bag|punch ?bag|target|dummy|tackle bag|in the game|high ?fives?)\b"
)
# (falsealerts) What was hit is sports kit, held to the shared spoilers as every excuse is ("the
# coach hits the pads and hits me every day"); a blow in play or by accident is the shared
# frame (rules_benign_frames_held_in_play.blow_in_play), not a list of this rule's own.
_SPORT_HIT_SPOILT = every_kind_but(OLDER)


def _hit_in_sport_or_play(text: str) -> bool:
    return (
        _SPORT_HIT.search(text) is not None and not _SPORT_HIT_SPOILT.search(text)
    ) or blow_in_play(text)


HELD_UNDER = prefiltered(
    r"\b(?:holds?|held|holding|push\w*|dunk\w*|keeps?|kept)\b (?:me|us|my head|our heads) under\b[^.?!]{0,30}\b(?:till|until|and|so) (?:i|we) (?:choke|choked|can'?t breathe|cannot breathe|couldn'?t breathe|swallow|swallowed|panic\w*|go dizzy|nearly drown\w*)"
)
OUTSIDE_PUNISHED = prefiltered(
    r"\b(?:made|makes|make|making) (?:me|us) (?:stand|stay|sleep|sit|wait|kneel) outside\b[^.?!]{0,40}\b(?:all night|for hours|as (?:a )?punishment|when (?:i|we)'?(?:m|re)? (?:bad|naughty|rude)|cos (?:i|we)|because (?:i|we))\b"
)

# A cover story that is the rule, or a carer's look when asked.
COVER_RULE = prefiltered(
    r"\b(?:have to|got to|gotta|must|supposed to|meant to|told to)\b (?:say|tell)\b[^.?!]{0,15}\b(?:we|i) (?:fell|fall|tripped|slipped|bumped|walked into)\b[^.?!]{0,40}\b(?:if|when) (?:the |a |my |our )?(?:teacher|school|nurse|doctor|anyone|people|someone|police|social worker|dinner lady)s? (?:asks?|ask)\b"
    rf"|\basked how i (?:hurt|got|did)\b[^.?!]{{0,40}}\b{_CARER}\b (?:looked at me|stared at me|glared|gave me (?:a|the) look|squeezed my \w+|kicked me|nudged me)\b[^.?!]{{0,10}}\bso i (?:said|told|lied)\b"
)

# Neglect.
NEGLECT = prefiltered(
    rf"\b{_CARER}\b (?:sleeps|is asleep|stays in bed|lies in bed|never gets up|doesn'?t get up|won'?t get up) (?:all day|every day|all the time)\b[^.?!]{{0,80}}\b(?:no food|don'?t have (?:any )?food|nothing to eat|no dinner|no breakfast)\b"
    rf"|\b{_CARER}\b[^.?!]{{0,30}}\b(?:go|goes|went) out\b[^.?!]{{0,20}}\b(?:don'?t|doesn'?t|didn'?t|never) (?:come|get) (?:back|home) (?:till|until|til) (?:the next day|the morning|morning|the day after)\b"
    r"|\bclothes (?:are|r) (?:too small|dirty|ripped)\b[^.?!]{0,30}\b(?:buy your own|won'?t buy|doesn'?t care|not worth)\b"
)

# A carer's cruelty told lightly.
CRUELTY = prefiltered(
    r"(?<!\bi )\b(?:pulled|ripped|yanked|tore|pulls|rips|yanks|tears) (?:out )?(?:a )?(?:chunks?|clumps?|handfuls?|bunch) of my hair\b|(?<!\bi )\b(?:pulled|ripped|yanked|tore|pulls|rips|yanks|tears) my hair out\b"
    rf"|\b{_CARER}\b (?:puts?|putting|rubs?|squirts?|pours?|makes me eat) (?:hot sauce|chilli|chili|soap|pepper|mustard|vinegar|salt)\b (?:in|into|on) my (?:mouth|tongue|eyes)\b"
    rf"|\b{_CARER}\b[^.?!]{{0,20}}\b(?:says?|said|tells me|told me)\b[^.?!]{{0,40}}\b(?:she'?d|he'?d|they'?d|she would|he would|would) (?:have )?(?:drowned|strangled|smothered|got rid of|thrown away|given away) me\b"
    rf"|\b{_CARER}\b[^.?!]{{0,20}}\b(?:says?|said|tells me|told me) i'?m not worth (?:the (?:hot water|food|money|heating)|feeding|any food|the bother)\b"
    r"|\b(?:makes|made|make) me (?:sleep on the floor|eat (?:after everyone|last|scraps|leftovers|the leftovers|on my own|alone|separately|on the floor))\b(?![^.?!]{0,30}\b(?:camping|sleepover|tent|picnic|treat|fun)\b)"
    rf"|\b{_CARER}\b (?:said|says|told me) (?:he'?d|she'?d|he would|she would|they'?d) burn my (?:toys|teddy|things|stuff|clothes|books)\b"
    rf"|\b{_HIT}\b (?:the (?:kid|child|baby|boy|girl|kids|children)(?: doll)?|me|us)\b[^.?!]{{0,40}}\blike my (?:real )?{_CARER} (?:does|did|do)\b"
)
_LOOKED_AFTER = prefiltered(
    r"\b(?:babysit\w*|sitter|looked after us|look after us|stay(?:ed|s)? with (?:us|nan|nana|gran|granny|grandma|grandad)|with nan|at nan'?s|camping|sleepover)\b"
)
_HAIR_CARE = prefiltered(
    r"\b(?:brush\w*|comb\w*|knot|tangle\w*|plait\w*|nits|bobble|chewing gum)\b"
)


def _finding(text: str, label: str) -> list[Finding]:
    return [Finding(SafetyCategory.ABUSE, label, CRITICAL, 0, len(text))]


def find_abuse_in_charge(text: str) -> list[Finding]:
    if IN_CHARGE_HITS.search(text) and not _hit_in_sport_or_play(text):
        return _finding(text, "in_charge_hits")
    if HELD_UNDER.search(text) or OUTSIDE_PUNISHED.search(text):
        return _finding(text, "in_charge_hits")
    if COVER_RULE.search(text):
        return _finding(text, "cover_story_rule")
    if NEGLECT.search(text) and not _LOOKED_AFTER.search(text):
        return _finding(text, "neglect_told")
    if CRUELTY.search(text) and not _HAIR_CARE.search(text):
        return _finding(text, "carer_cruelty")
    return []
