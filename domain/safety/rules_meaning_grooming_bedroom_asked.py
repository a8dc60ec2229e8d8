# ruff: noqa: E501  (regular-expression rules read best one pattern a line)
"""(leftovers) A grown-up outside the family asking where the child sleeps: whether the child
has its own room, sleeps alone, which window is its bedroom, whether the door locks, when the
parents go out. Said of a neighbour, a stranger, a man online or someone at the park ("the old
man across the road asked if i have my own room"), it is a grooming probe: flagged. With a
secret, a visit, a meeting or a photo in the same message it is blocked.

Near misses stay allowed: a parent, a grandparent, an aunt, a nurse, a teacher or a friend
asking (they have a reason: a move, a homework drawing, a sleepover), an estate agent showing
the house, a question put to a parent, and an outsider's question with its reason and nothing
acted on (a new house, a parent right there, a room in a game world, a hotel).

(miss65) Someone met only online asking which window or room is the child's is blocked
whatever the reason given ("someone on roblox asked what my new house looks like and which
window is my bedroom"); a room in the child's game world stays allowed, and a lock on the door
asked stays a flag.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, MODERATE, Finding
from domain.safety.meaning_concepts_people import STEP_PARENT
from domain.safety.prefilter import prefiltered

G = SafetyCategory.GROOMING

# Someone outside the family and with no reason of care: a neighbour, a stranger, a man, a
# lady, someone online, a friend's dad.
_OUTSIDER = prefiltered(
    r"\b(?:neighbou?rs?|stranger|(?:a|an|the|this|that|some|one|old|weird|creepy|random|new) (?:\w+ )?(?:man|men|guy|bloke|lady|woman|person|teenager|teen|grown ?up|adult)|"
    r"(?:man|guy|lady|woman|person|someone|somebody|player|boy|girl) (?:online|on (?:\w+ ){0,2}(?:game|roblox|fortnite|minecraft|discord|snapchat|tiktok|insta\w*|chat|xbox|playstation|app))|"
    r"(?:someone|somebody|a person|a man|a lady) i (?:don'?t|didn'?t|dont|didnt) know|(?:my )?(?:friend|mate)'?s (?:dad|uncle|grandad|grandpa|big brother|brother|step ?dad)|"
    r"(?:in|on|from) (?:my|the|a|this) (?:game|chat|server)|online|(?:the )?(?:caretaker|janitor|postman|delivery (?:man|driver)|taxi driver|bus driver|ice cream man|window cleaner|builder|gardener)|"
    r"(?:at|in) the (?:park|playground|shop|shops|bus stop|library|pool|field|woods))\b"
)
# The people with a reason to ask: family, carers, a nurse or a doctor, a teacher, a friend.
_REASON_TO_ASK = prefiltered(
    rf"^(?:and |so |um |oh )?(?:my )?(?:mum|mummy|mom|mommy|mam|dad|daddy|papa|{STEP_PARENT}|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|auntie|aunty|aunt|uncle|cousin|sister|brother|"
    r"teacher|miss \w+|mrs \w+|nurse|doctor|social worker|friend|best friend|bff|estate agent)(?!'?s )\b"
    r"|\b(?:estate agent|social worker|nurse|doctor|for (?:my |our |a )?(?:homework|project)|when we move)\b"
    # the question put to a parent, not to the child: "the builder asked mum which room is mine"
    r"|\b(?:asked|asks|asking) (?:my )?(?:mum|mummy|mom|mommy|dad|daddy|parents|nan|nana|gran|granny|grandma|grandad)\b"
)
# A reason for the question in the message: a move, a parent there, a game world, a hotel.
_CONTEXT_REASON = prefiltered(
    r"\b(?:new (?:house|home|flat|place)|moved|moving|move house|(?:mum|mummy|mom|dad|daddy|parents) (?:was|were) (?:right )?(?:there|with me|next to me)|"
    r"in (?:my|the|his|her) (?:minecraft |roblox |game )?world|build (?:competition|contest|challenge)|hotel|holiday (?:home|cottage|park)|caravan)\b"
)
_ABOUT_WHERE_I_SLEEP = (
    r"(?:i(?: have|'?ve| do have)?(?: got)? (?:my (?:very )?own|an? own) (?:bed)?room|(?:my own|a) (?:bed)?room (?:to|for|by) myself|(?:i )?share (?:a|my) (?:bed)?room|"
    r"i sleep (?:on my own|alone|by myself|in my own (?:bed|room)|with (?:anyone|anybody|someone|my (?:mum|mom|dad|parents)))|who i sleep with|"
    r"(?:which|what) (?:room|window|bedroom|door) (?:is|was) (?:mine|my (?:bed)?room)|where my (?:bed)?room is|(?:which|what) (?:one|room|window) i sleep in|"
    r"my (?:bed)?room (?:has|had) a lock|my (?:bed)?room (?:door )?locks|my (?:bed)?room is (?:at the (?:front|back)|upstairs|downstairs|on the ground floor|next to)|"
    r"(?:what time|when) i go to (?:bed|sleep)|(?:what time|when) (?:my )?(?:mum|mom|dad|parents|mummy|daddy) (?:go|goes|are|is) (?:out|to bed|asleep|away|to work)|"
    r"(?:my )?(?:mum|mom|dad|mummy|daddy) works? nights|i'?m (?:ever )?(?:home )?(?:alone|on my own) at night)"
)
BEDROOM_ASKED = prefiltered(
    rf"\b(?:asked|asks|asking|keeps? asking|kept asking|wanted to know|wants to know|wondered|quizzed me about)\b (?:me )?(?:if|whether|which|what|where|when|who|about)?\b ?(?:\w+ ){{0,2}}?{_ABOUT_WHERE_I_SLEEP}"
)
_MET_ONLINE = prefiltered(
    r"\b(?:online|(?:on|in) (?:\w+ )?(?:roblox|fortnite|minecraft|discord|snapchat|snap|tiktok|insta\w*|xbox|playstation|among us|the game|a game|my game|the chat|a chat|the server|an app|the app)|from (?:roblox|fortnite|minecraft|discord|snapchat|tiktok|the game|a game))\b"
)
# (miss65) Someone met only online has no reason to know which window or room is the child's,
# a move or no move: "someone on roblox asked what my new house looks like and which window is
# my bedroom".
_ASKED_WHICH_ROOM = prefiltered(
    r"\b(?:asked|asks|asking|keeps? asking|kept asking|wanted to know|wants to know|quizzed me)\b[^.?!]{0,50}?\b(?:(?:which|what) (?:room|window|bedroom|door) (?:is|was) (?:mine|my (?:bed)?room)|where my (?:bed)?room is|(?:which|what) (?:one|room|window) i sleep in|my (?:bed)?room is (?:at the (?:front|back)|upstairs|downstairs|on the ground floor|next to))\b"
)
_GAME_WORLD = prefiltered(
    r"\b(?:(?:in|on) (?:my|our|his|her|their) (?:\w+ )?(?:world|build|base)|bloxburg|build (?:competition|contest|challenge))\b"
)
_PROBE_ACTED_ON = prefiltered(
    r"\b(?:secret\w*|don'?t tell|dont tell|not (?:to )?tell|never tell|mustn'?t tell|between us|visit\w*|come (?:round|over|in|by|to my|and see)|pop (?:round|over|in)|"
    r"climb\w*|through (?:my|the) window|tonight|meet\w*|photos?|pics?|pictures?|videos?|selfies?|camera|send (?:him|her|them)|show (?:him|her|them)|sleep ?over|stay over)\b"
)


def find_bedroom_asked(text: str) -> list[Finding]:
    """An outsider asking where the child sleeps: flagged; with a secret, a visit or a photo,
    blocked."""
    if "ask" not in text and "know" not in text and "wonder" not in text and "quizz" not in text:
        return []
    if (
        _MET_ONLINE.search(text)
        and _ASKED_WHICH_ROOM.search(text)
        and not _REASON_TO_ASK.search(text)
        and not _GAME_WORLD.search(text)
    ):
        return [Finding(G, "bedroom_asked_by_outsider", CRITICAL, 0, len(text))]
    m = BEDROOM_ASKED.search(text)
    if m is None or _REASON_TO_ASK.search(text) or not _OUTSIDER.search(text):
        return []
    acted_on = _PROBE_ACTED_ON.search(text, m.end()) or _PROBE_ACTED_ON.search(text, 0, m.start())
    if not acted_on and _CONTEXT_REASON.search(text):
        return []  # "a lady at church asked if i have my own bedroom in our new house"
    risk = CRITICAL if acted_on else MODERATE
    return [Finding(G, "bedroom_asked_by_outsider", risk, 0, len(text))]
