# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Contact kept covert (round 36): a code word, deleted chats, a webcam in the bedroom.

- A code word or a signal that means a parent is in the room, so he stops texting: a family's
  safe word for who may pick me up, or a surprise kept from mum, is not it.
- A message calling the child "cutie" or "babe" that asks to delete the chats ("it's our
  thing"): a friend deleting an embarrassing group chat, or mum saying to delete a stranger's
  messages, is not it.
- Someone met in a game or online asking what the child looks like and whether there is a
  webcam in the bedroom: a man in a game asking which level I'm on is not it.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_people import STEP_PARENT
from domain.safety.prefilter import prefiltered

G = SafetyCategory.GROOMING

_PARENT = rf"(?:mum|mom|mam|mummy|mommy|mama|dad|daddy|papa|parents|{STEP_PARENT}|nan|gran|grandma|folks|family)"
CODE_WORD = prefiltered(
    r"\b(?:code ?words?|secret (?:word|code|sign|signal|emoji|message)|signal|safe ?word|a code|our code)\b"
    r"|\b(?:when|if|whenever) i (?:say|send|text|type|write|put)\b"
)
PARENT_NEAR = prefiltered(
    rf"\b{_PARENT}\b(?:'?s| is| are|'?re)? (?:in the room|in my room|around|nearby|near|near me|watching|looking|coming|home|walks? in|comes? in|came in|checking|behind me|next to me|can see)\b"
)
CONTACT_STOPS = prefiltered(
    r"\b(?:he|she|they|him|them|it)\b[^.?!]{0,20}\b(?:stops?|stopped|pauses?|won'?t|doesn'?t|does not|knows (?:not )?to(?: stop)?|goes quiet|go quiet|logs? off|hangs? up)\b(?: (?:to )?(?:texting|messaging|calling|talking|chatting|sending|text|message|call|snapping))?"
    r"|\b(?:stop|stops|pause|pauses) (?:texting|messaging|calling|snapping|sending)\b"
)
CONTACT_WORDS = prefiltered(
    r"\b(?:text\w*|messag\w*|call\w*|chat\w*|snap\w*|dm\w*|send\w*|phone)\b"
)

DELETE_CHATS = prefiltered(
    r"\b(?:delete|deletes|deleted|deleting|clear|clears|wipe|wipes|erase|erases|get rid of)\b (?:all )?(?:of )?(?:our|the|these|this|my|ur|your|his)? ?(?:chats?|messages|msgs|texts|dms|convos?|conversations?|snaps|history|photos|pics)\b"
)
PET_NAME = prefiltered(
    r"\b(?:hey |hi |hello |night |morning |bye )(?:cutie|babe|baby|baby ?girl|sweetie|sweetheart|gorgeous|sexy|beautiful|princess|hun|hunny|honey|darling|angel|pretty)\b"
    r"|\b(?:cutie|baby ?girl|sexy|gorgeous|sweetheart|princess|babe)\b"
)
OUR_BOND = prefiltered(
    r"\bour (?:little )?(?:thing|secret|special thing|game)\b|\b(?:just |only )?between (?:us|you and me|me and you)\b|\bno one (?:needs to|has to) know\b|\bdon'?t (?:tell|show) (?:anyone|your (?:mum|mom|dad|parents))\b"
)
ADULT_OR_HE = prefiltered(
    r"\b(?:he|his|him|man|guy|older|grown-?up|adult|stranger|coach|teacher|tutor|uncle|boyfriend|online)\b"
)
DELETE_ORDINARY = prefiltered(
    r"\b(?:group ?chat|embarrass\w*|memes?|spam|scam|stranger'?s|from strangers|storage|space on|mum said|mom said|dad said|teacher said)\b"
)

_ONLINE_PERSON = r"(?:man|guy|men|someone|somebody|person|stranger|player|user|gamer|adult|grown-?up|boy|lady|he)"
_ONLINE = r"(?:roblox|fortnite|minecraft|online|in (?:a|the) game|discord|tiktok|snap\w*|insta\w*|the app|an app|chat ?room|among us|xbox|playstation|ps\d|youtube|twitch)"
ASKED_WEBCAM_BEDROOM = prefiltered(
    rf"\b{_ONLINE_PERSON}\b[^.?!]{{0,50}}\b(?:asked|asks|asking|wants? to know|wanted to know|keeps? asking|kept asking|said)\b[^.?!]{{0,50}}\b(?:web ?cam|camera|cam)\b[^.?!]{{0,12}}\b(?:in|on|at) (?:my|your|ur) (?:bed ?room|room|bed)\b"
    rf"|\b{_ONLINE_PERSON}\b[^.?!]{{0,50}}\b(?:asked|asks|asking|wants? to know|wanted to know|keeps? asking|kept asking)\b[^.?!]{{0,50}}\b(?:my|your|ur) (?:bed ?room|room) (?:has|have|got) (?:a )?(?:web ?cam|camera|cam)\b"
)
ASKED_LOOKS = prefiltered(
    r"\b(?:asked|asks|asking|wants? to know|wanted to know|keeps? asking|kept asking)\b[^.?!]{0,10}\b(?:me )?(?:what i look like|what do (?:you|u) look like|how i look|for a (?:pic|photo|picture|selfie) of me)\b"
)
ONLINE_PLACE = prefiltered(rf"\b{_ONLINE}\b")
PRIVATE_PLACE = prefiltered(
    r"\b(?:bed ?room|web ?cam|in bed|home alone|alone|pyjamas|pjs|bath|shower)\b"
)


def find_covert_contact(text: str) -> list[Finding]:
    if (
        CODE_WORD.search(text)
        and PARENT_NEAR.search(text)
        and CONTACT_STOPS.search(text)
        and CONTACT_WORDS.search(text)
    ):
        return [Finding(G, "conceal_contact", CRITICAL, 0, len(text), "secrecy")]
    if (
        DELETE_CHATS.search(text)
        and (PET_NAME.search(text) or (OUR_BOND.search(text) and ADULT_OR_HE.search(text)))
        and not DELETE_ORDINARY.search(text)
    ):
        return [Finding(G, "conceal_contact", CRITICAL, 0, len(text), "secrecy")]
    if ASKED_WEBCAM_BEDROOM.search(text) or (
        ASKED_LOOKS.search(text) and ONLINE_PLACE.search(text) and PRIVATE_PLACE.search(text)
    ):
        return [Finding(G, "camera_private", CRITICAL, 0, len(text), "online")]
    return []
