# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Someone who wants to see the child while it is undressed (known misses, round 39): a person
outside the close family (an online friend, a coach, an uncle, a man, a bare "he") + an act
of seeing (facetime, a video call, the camera on, a picture, "to see me", "to watch") that
they want, ask for or do to the child + the child changing, in the bath or the shower, in
pyjamas or underwear, in a towel, getting dressed, or (for seeing, not a voice call) in bed or
at bedtime. The three are read in one clause whatever their order: "he always wants to
facetime when im getting into my pyjamas", "when i'm in the bath the man from the game says
turn ur camera on". (miss8283) "a pic of me in my swimming stuff" is the swimsuit in other
words; "my bestie from online" is someone online.

Near misses stay allowed: a grandma on facetime at bedtime to say goodnight, mum's video call
while I sing in the bath with my brother, dad reading a story on facetime, a sleepover video
call with a cousin, the class story time on zoom in pyjamas, the child calling a friend from
bed, nana wanting to see my new pyjamas."""

from __future__ import annotations

import re

from domain.enums import SafetyCategory
from domain.safety.findings import CLAUSE_END, CRITICAL, Finding
from domain.safety.meaning_concepts_who import CLOSE, OUTSIDE_ADULT, SOMEONE, STRANGER
from domain.safety.prefilter import prefiltered

G = SafetyCategory.GROOMING

_SEE = (
    r"(?:face ?time\w*|ft|video ?call\w*|vid ?call\w*|video ?chat\w*|vc|skype\w*|zoom\w*|whatsapp video|"
    r"go(?:es|ing)? (?:on )?(?:cam|camera|video|live)|be on (?:cam|camera|video)|(?:turn|put|switch|keep|leave)\w* (?:on )?(?:my|ur|your|the) (?:camera|cam|webcam|video)|"
    r"on (?:cam|camera|video|facetime|live)|cam|webcam|live ?stream\w*|go live|see me|see u|see you|watch(?:es|ing)? (?:me|u|you|while|when|as)|look at me|film me|record me|video me|"
    r"(?:take|send|snap|get)\w* (?:him |her |them )?(?:a |some |me a |me some )?(?:pic|pics|photo|photos|picture|pictures|video|videos|selfie|selfies|snap|snaps)|show (?:him|her|them|me))"
)
_TALK = r"(?:call\w*|ring|rings|rang|phone\w*|voice ?chat\w*)"
_WANTS = r"(?:wants?|wanted|wanting|asks?|asked|asking|keeps?|kept|always|says?|said|tells?|told|makes?|made|begs?|begged|likes?|loves?|tries|tried|trying|gets? me|got me|dares?|dared|should|could|can|let'?s|wanna|gonna|needs? me|has me|have to|had to|has to)"
# The act, framed as theirs: wanted, asked, said or done to me ("he facetimes me").
ASKS_TO_SEE = prefiltered(
    rf"\b{_WANTS}\b[^.?!]{{0,25}}\b{_SEE}(?=\W|$)"
    rf"|\b(?:he|she|they|him|her|man|guy|coach|uncle|tutor|teacher)\b[^.?!]{{0,25}}\b{_SEE}\w* me\b"
    rf"|\b{_SEE} me (?:when|while|whilst|as|before|after|in)\b|\b(?:me|u|you) to (?:\w+ )?{_SEE}(?=\W|$)"
)
ASKS_TO_TALK = prefiltered(
    rf"\b{_WANTS}\b[^.?!]{{0,25}}\b{_TALK}(?=\W|$)|\b(?:he|she|they|man|guy|coach|uncle|tutor|teacher)\b[^.?!]{{0,25}}\b{_TALK} me\b|\b{_TALK} me (?:when|while|whilst|as|before|after|in)\b"
)
_NIGHTWEAR = r"(?:pyjamas|pajamas|pijamas|pjamas|jamas|pjs|pj'?s|jammies|jimjams|onesie|nightie|nighty|nitie|nightdress|night ?gown|underwear|undies|pants|knickers|boxers|bra|towel|dressing gown|swimsuit|swimming costume|cossie|bikini|swimming (?:stuff|things|kit|gear|trunks)|swim (?:stuff|things|kit|gear)|swimwear|trunks)"
_UNDRESSED = (
    r"(?:getting (?:changed|undressed|dressed|naked|ready for (?:a |my )?(?:bath|shower))|get (?:changed|undressed|dressed|naked)|changing|(?:watch|see|film|record)\w* (?:me|u|you) (?:change|undress|strip)|undress\w*|strip\w*|"
    rf"(?:getting |get |got |put\w* )?(?:in|into|on) (?:my|ur|your|me) {_NIGHTWEAR}|(?:put\w*|pull\w*|get\w*|got|tak\w*|took) (?:my|ur|your) {_NIGHTWEAR} (?:on|off)|"
    r"(?:take|taking|took|takes) (?:off )?(?:my|ur|your) (?:clothes|top|shirt|pyjamas|pjs|t-?shirt|trousers|jeans|skirt|dress)(?: off)?|"
    r"(?:show|showing|see|seeing) (?:him |her |them )?(?:my|ur|your) (?:pyjamas|pajamas|pjs|underwear|undies|pants|knickers|bra|nightie|bikini|body)|"
    r"(?:in|into|out of|out|getting out of|getting out|get out of|get out|getting in|get in) the (?:bath|shower|bathtub|tub)|(?:have|having|had|take|taking) (?:a|my|ur|your) (?:bath|shower)|bath ?time|naked|nothing on|no clothes on)"
)
_IN_BED = r"(?:(?:in|into|to) (?:my |ur |your )?bed|bed ?time|ready for bed|going to sleep|go to sleep|tucked in|under (?:my|the) (?:covers|duvet))"
# Only whether it is said counts (the optional "i'm" before it cost 20 ms on "im im im ...").
UNDRESSED = prefiltered(rf"\b{_UNDRESSED}\b")
IN_BED = prefiltered(rf"\b{_IN_BED}\b")
# A group call (the class's pyjama story time, a sleepover) or a doctor: never it.
GROUP = prefiltered(
    r"\b(?:story ?time|pyjama (?:day|party)|pj (?:day|party)|sleepover|the (?:whole )?class|everyone|all of us|us all|the team|doctor|nurse|hospital|"
    r"technique|swimming lessons?|lengths|gala|competition)\b"
)
# A goodnight, a story or a song from home: not it unless a stranger or someone online asks.
HOME_CARE = prefiltered(
    r"\b(?:say (?:good ?night|night night)|saying (?:good ?night|night night)|to say night|bedtime story|read (?:me |us )?(?:a |my )?(?:story|book)|lullaby|sing\w*|"
    r"see my (?:new |cool )?(?:pyjamas|pajamas|pjs|jammies|bed|room|bunk)|my (?:baby|little) (?:brother|sister))\b"
)
_I_DO = re.compile(
    r"\bi (?:always |usually |sometimes |often )?(?:face ?time|video ?call|call|ring|phone|skype|zoom|text|message|snap)\w*\b"
)


def _actor(clause: str) -> bool:
    return bool(OUTSIDE_ADULT.search(clause)) or (
        bool(SOMEONE.search(clause)) and not CLOSE.search(clause)
    )


def _seen_undressed(clause: str) -> bool:
    see = ASKS_TO_SEE.search(clause)
    if not (see or ASKS_TO_TALK.search(clause)):
        return False
    if not (UNDRESSED.search(clause) or (see and IN_BED.search(clause))):
        return False
    if not _actor(clause):
        return False
    # The child calling a friend or a grown-up from bed is the child's own call.
    if _I_DO.search(clause) and not see:
        return False
    if GROUP.search(clause):
        return False
    return not HOME_CARE.search(clause) or bool(STRANGER.search(clause))


def find_camera_undressed(text: str) -> list[Finding]:
    if not (UNDRESSED.possible(text) or IN_BED.possible(text)) or not (
        ASKS_TO_SEE.possible(text) or ASKS_TO_TALK.possible(text)
    ):
        return []
    for clause in CLAUSE_END.split(text):
        if _seen_undressed(clause):
            return [Finding(G, "camera_while_undressed", CRITICAL, 0, len(text))]
    return []
