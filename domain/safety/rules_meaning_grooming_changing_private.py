# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A coach, teacher or other grown-up outside the family who makes the child change in private
or photographs it changing, with an excuse (round 40: "the swim coach makes me get changed in
his office and takes pictures, he says its for the club"), read as a meaning:

- an outside grown-up (rules' OUTSIDE_ADULT: a coach, an instructor, a trainer, a teacher, a
  leader, a man) + the child made or told to change, undress or get into its costume
  somewhere of theirs (his office, her car, his room, the back room, alone with him), or
- the same grown-up + the child changing + a camera (pictures, photos, videos, filming), even
  told apart ("...and takes pictures, he says it's for the club").

Near misses stay allowed: "our coach takes team photos after the match", "we get changed in the
changing rooms and the coach waits outside", "the coach took pictures at the gala for the club
website", "mum takes pictures of me in my new swimsuit"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_who import OUTSIDE_ADULT
from domain.safety.prefilter import prefiltered

_CHANGE = (
    r"(?:get|gets|getting|got) (?:changed|undressed|naked|dressed|into (?:my|me) (?:costume|swimsuit|swimming costume|cossie|kit|leotard|trunks|pants|underwear))"
    r"|(?:change|changes|changing|changed|undress\w*|strip\w*)(?! (?:the|a|my|his|her|our|your) (?:\w+ )?(?:channel|song|game|subject|plan|music|seat|team|lane|lane rope|water|nappy|tyre|battery|batteries|bulb|bed|sheets|time|date|password|name|mind|shoes|boots|trainers))"
    r"|take (?:off )?my (?:clothes|top|shirt|trousers|shorts|costume|swimsuit|leotard|kit)|(?:in|into) (?:my|me) (?:pants|underwear|undies|knickers|costume|swimsuit|leotard|trunks|towel)"
)
_MAKES = r"(?:makes?|made|making|tells?|told|gets?|got|has|had|wants?|wanted|asks?|asked|says? i (?:have|need|got) to|says? i should|i have to|i had to|i need to|i got to|i gotta|we have to|we had to)"
_THEIR_PLACE = (
    r"(?:in|into|inside|at) (?:his|her|their|the coach'?s|the teacher'?s|the instructor'?s|the trainer'?s) (?:\w+ )?(?:office|car|van|room|bedroom|house|flat|home|study|shed|cabin|tent|hut|kitchen)"
    r"|in (?:the|a) (?:back room|back office|storeroom|store room|store cupboard|cupboard|office|staff room|staffroom|boiler room|shed|van)"
    r"|(?:alone|on my own|by myself|just me) with (?:him|her|them)|where (?:no ?one|nobody|noone) (?:else )?(?:can|could) see|away from (?:the others|everyone|the other kids)"
    # (miss61) "makes me change costume in front of him", "while he watches"
    r"|in front of (?:him|her)|(?:while|as|and) (?:he|she) (?:watch(?:es|ed)?|looks?|looked|stares?|stared|stays?|stayed|stands? there)"
)
CHANGE_IN_PRIVATE = prefiltered(
    rf"\b{_MAKES}\b[^.?!]{{0,15}}\b(?:{_CHANGE})\b[^.?!]{{0,20}}\b(?:{_THEIR_PLACE})\b"
)
CHANGING = prefiltered(
    r"\b(?:(?:get|gets|getting|got) (?:changed|undressed|naked)|changing (?:my |our )?(?:clothes|into|out of)|change (?:my |our )?clothes|(?:change|changes|changing|changed) (?:into )?(?:my |our |a |the )?(?:costumes?|outfits?|clothes|swimsuit|leotard|kit)(?! (?:box|rail|shop|room|rooms|cupboard))|(?:change|changes|changing|changed) in front of (?:him|her)|undress\w*|strip(?:ped|ping|s)? (?:off|naked|down)|naked"
    r"|(?:in|into) (?:my|me|our) (?:pants|underwear|undies|knickers|towel))\b"
)
_CAMERA = prefiltered(
    r"\b(?:takes?|took|taking|snaps?|snapped|snapping) (?:\w+ )?(?:pictures|pics|photos|photographs|videos|selfies|snaps)\b|\b(?:films?|filmed|filming|records?|recorded|recording|photographs?|photographed) (?:me|us|it)\b|\b(?:camera|phone) out\b"
)
# A team photo, the changing rooms with the coach outside, a family member's camera.
_ORDINARY = prefiltered(
    r"\b(?:team (?:photo|picture|pic)s?|after the (?:match|game|race|gala)|at the (?:gala|match|race|competition)|waits? outside|stays? outside|changing rooms? (?:is|are|was|were) (?:full|shut|closed)|(?:mum|mom|dad|mummy|daddy|nan|grandma|grandad) (?:takes?|took|filmed|films)|new (?:swimsuit|costume|kit) (?:on|for)|doctor|nurse)\b"
)


def find_changing_in_private(text: str) -> list[Finding]:
    # The changing asked first: OUTSIDE_ADULT's common words ("he", "teacher") make it run on
    # most messages, which the pre-filter rules out of this (the same answer either way).
    if not (CHANGE_IN_PRIVATE.search(text) or (CHANGING.search(text) and _CAMERA.search(text))):
        return []
    if not OUTSIDE_ADULT.search(text) or _ORDINARY.search(text):
        return []
    return [Finding(SafetyCategory.ABUSE, "changing_in_private", CRITICAL, 0, len(text))]
