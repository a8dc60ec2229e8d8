# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A child asking for more than a toy may give, and wishes about not being here told as
questions (round 39):

- A story or a game asked for where the people take their clothes off or are naked, with
  kissing or "sexy" ("tell me a kissy story where they take all their clothes off").
- Where babies come from asked "with all the real details", "exactly how", "step by step".
- "If I wasn't here anymore, would my stepmom be happy?": a wish to be gone, asked about
  someone's feelings.
- Going to a dead grandparent in heaven by a means ("I could take lots of my medicine and
  go visit her").

Near misses stay allowed: the Emperor's new clothes, a bath-time story for a baby, "how do
babies get in mummy's tummy", "if I wasn't here on Saturday would you miss me, I'm at
camp", "grandma is in heaven, I'll see her when I'm very old"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety import meaning_concepts as mc
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

X = SafetyCategory.SEXUAL
S = SafetyCategory.SELF_HARM

_STORY = r"(?:tell|read|write|make up|make|do|play|invent|sing) (?:me |us )?(?:a|an|the|another) (?:\w+ ){0,3}(?:story|stories|tale|game|song|poem|play)"
_UNDRESSED = r"(?:take|takes|taking|took) (?:all |off )?(?:of )?(?:their|his|her|my|your|our|the) clothes off|(?:get|gets|getting) (?:naked|undressed|in the nude)|naked|nude|no clothes on|with no clothes|without (?:any )?clothes|in their (?:undies|underwear|pants|knickers)|sexy"
STORY_UNDRESSED = prefiltered(rf"\b{_STORY}\b[^.?!]{{0,50}}\b(?:{_UNDRESSED})\b")
_STORY_INNOCENT = prefiltered(
    r"\b(?:emperor|new clothes|bath ?time|baby|babies|washing|the beach|swimming|doctor|mermaid|bear|bears|animals?)\b"
)
_ROMANCE = prefiltered(
    r"\b(?:kiss\w*|kissy|love|lovey|sexy|boyfriend|girlfriend|in bed|cuddl\w*|married)\b"
)
_BABIES = r"(?:babies|baby|sex|making love|mummies|mommies|mummy'?s|mommy'?s|mums'?|moms'?) "
SEX_IN_DETAIL = prefiltered(
    rf"\b{_BABIES}[^!]{{0,100}}\b(?:(?:all |every )?(?:the )?(?:real|gross|rude|dirty|juicy|actual|grown ?-?up|secret) (?:details?|bits|parts|stuff|facts)|in (?:lots of )?detail|exactly how|step by step|what really happens)\b"
    rf"|\b(?:(?:all |every )?(?:the )?(?:real|gross|rude|dirty|juicy|actual|grown ?-?up) (?:details?|bits|parts)|in (?:lots of )?detail|exactly how|step by step|what really happens)\b[^?!]{{0,60}}\b{_BABIES}"
)
_SCHOOL = prefiltered(
    r"\b(?:plants?|seeds?|flowers?|frogs?|fish|birds?|eggs|animals|science|book from the library)\b"
)
_NOT_HERE = r"if i (?:wasn'?t|wasnt|weren'?t|werent|was not|were not|wasn'?t ever|was never) (?:here|around|alive|in the world|on earth|born)(?: (?:any ?more|no more|ever again))?"
GONE_WISH = prefiltered(
    rf"\b{_NOT_HERE}\b[^.?!]{{0,40}}\b(?:would|will|wud|wd)\b[^.?!]{{0,30}}\b(?:happ\w*|glad|better|care|notice|miss me|be sad|cry|relieved|easier|even notice)\b"
    rf"|\b(?:would|will|wud)\b[^.?!]{{0,30}}\b(?:happ\w*|glad|better off|care|notice|miss me|relieved|easier)\b[^.?!]{{0,20}}\b{_NOT_HERE}\b"
)
_AWAY_FOR_A_WHILE = prefiltered(
    r"\b(?:camp|holiday|trip|sleepover|school trip|on (?:saturday|sunday|monday|tuesday|wednesday|thursday|friday)|tomorrow|next week|at (?:grandma|nan|dad)'?s|moving|move house)\b"
)
_JOIN = r"(?:go|come|get|be|fly|float) (?:up )?(?:there|to (?:heaven|her|him|them)|in heaven|with (?:her|him|them|grandma|grandad|grandpa|nana|nan|gran|granny|mum|mummy|mom|dad|daddy|my \w+))(?: too| as well| now)?|(?:visit|see|join|meet) (?:her|him|them|grandma|grandad|grandpa|nana|nan|gran|granny)(?: again)?(?: up there| in heaven)?"
JOIN_THE_DEAD = prefiltered(
    rf"\b(?:heaven|up in the sky|with the angels|passed away|died|is dead|are dead|in the ground)\b[^?!]{{0,120}}\b(?:{_JOIN})\b"
)


def find_asked_for_more(text: str) -> list[Finding]:
    out: list[Finding] = []
    if STORY_UNDRESSED.search(text) and (_ROMANCE.search(text) or not _STORY_INNOCENT.search(text)):
        out.append(Finding(X, "undressed_story_request", CRITICAL, 0, len(text)))
    if SEX_IN_DETAIL.search(text) and not _SCHOOL.search(text):
        out.append(Finding(X, "sex_in_detail", CRITICAL, 0, len(text)))
    if GONE_WISH.search(text) and not _AWAY_FOR_A_WHILE.search(text):
        out.append(Finding(S, "gone_wish_question", CRITICAL, 0, len(text)))
    if JOIN_THE_DEAD.search(text) and mc.MEANS.search(text):
        out.append(Finding(S, "join_the_dead_by_means", CRITICAL, 0, len(text)))
    return out
