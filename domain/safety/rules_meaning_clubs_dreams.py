# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""What a child tells about a club, a dream or the swimming pool (round 42's critical misses).

- a leader, coach or other grown-up outside the family who took the child somewhere alone and
  did things to its body, with a secret ("the scout leader took me into his tent alone and did
  things to my body and said it's a scout secret") (abuse);
- a nightmare or a dream of being touched or hurt that the child says really happened ("it's
  not only a dream, it really happened before") (abuse);
- a coach, leader or tutor who messages the child on its own late at night, or says their chats
  are special or just between them (grooming);
- staying under the water until it all stops, forever, or never coming up (self-harm).

Near misses stay allowed: the doctor who checked my tummy with mum there, "i dreamt a monster
chased me but it was only a dream", "the coach messages the team group chat about matches",
"i can stay underwater for ten seconds", a leader who showed us how to put up the tent."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_acts import PRIVATE_NAMES, PRIVATE_WORDS
from domain.safety.meaning_concepts_who import OUTSIDE_ADULT
from domain.safety.prefilter import prefiltered

# Things done to the child's body by someone (not a doctor's check: the secret or being alone
# decides that below).
DONE_TO_MY_BODY = prefiltered(
    rf"\b(?:does|did|doing|do|done) (?:stuff|things|bad things|rude things|weird things|private things|secret things|games|something) (?:to|on|with) my (?:body|{PRIVATE_WORDS}|private places?|bum|bottom|{PRIVATE_NAMES}|chest)\b"
    rf"|\b(?:touch\w*|rubb?\w*|stroked|strokes|felt|feels|played with|plays with|looked at|kissed|kisses) (?:all over )?my (?:body|{PRIVATE_WORDS}|private places?|bum|bottom|{PRIVATE_NAMES}|chest|bare skin)\b"
    r"|\b(?:made|makes|make) me (?:take off|undress|get undressed|touch (?:him|her|his|hers))\b"
)
ALONE_OR_SECRET = prefiltered(
    r"\b(?:alone|on my own|by myself|just (?:me and (?:him|her)|the two of us|us)|(?:his|her|the) (?:tent|car|van|office|cabin|room|house|shed)|(?:a |our |the |scout |club |special |little )?secret|don'?t tell|dont tell|not (?:to )?tell|never tell|between us|nobody (?:can|must|will) know|no one (?:can|must|will) know|special game)\b"
)

# A dream or a nightmare of being touched or hurt...
DREAM = prefiltered(r"\b(?:nightmares?|bad dreams?|dreams?|dreamt|dreamed|dreaming)\b")
DREAM_ABUSE = prefiltered(
    r"\b(?:does|did|doing|do) (?:the )?(?:touching|touch thing|bad things|things|stuff) (?:again|to me|on me)?"
    r"|\b(?:touch\w*|hurt\w*|hit\w*|hold\w* me down|held me down|get\w* into my bed|got into my bed|comes? into my (?:bed|room)|came into my (?:bed|room)|undress\w*) (?:me|my)\b"
    r"|\b(?:touching|hurting) me\b"
)
# ...which, the child says, is not only a dream.
REALLY_HAPPENED = prefiltered(
    r"\b(?:not (?:only|just) a dream|wasn'?t (?:only |just )?a dream|isn'?t (?:only |just )?a dream|not a dream"
    r"|(?:it |that |this )?(?:really|actually|truly) (?:happened|happens|did happen)|happened for real|happens for real|it'?s real|it was real|for real (?:before|too|as well)"
    r"|it happened (?:before|in real life|when i was awake)|like (?:it|he|she) (?:did|does) (?:in real life|for real|when i'?m awake))\b"
)

# A coach, leader or tutor messaging the child itself, with a secret or late at night.
MESSAGES_ME = prefiltered(
    r"\b(?:messages?|messaged|messaging|texts?|texted|texting|dms?|dm'?d|dming|pms?|chats? (?:to|with)|snaps?|whatsapps?|calls?|called|calling|rings?|rang) me\b"
    r"|\bour (?:chats?|messages|texts|talks|conversations|calls)\b"
)
_NOT_GROUP = prefiltered(
    r"\b(?:group chat|team chat|the group|the team|everyone|all of us|the whole (?:team|class|group)|our parents|my (?:mum|mom|dad)'?s phone)\b"
)
# "just between us" or a secret decides; "special" chats count only late at night.
KEPT_BETWEEN_US = prefiltered(
    r"\b(?:(?:a |our |the )?secret|just between us|between (?:us|you and me|me and (?:him|her))|just for us|only for us|(?:our|the) little secret|don'?t tell|dont tell|not (?:to )?tell|delete (?:them|the messages|our \w+|it))\b"
)
SPECIAL_CHATS = prefiltered(r"\b(?:special|private)\b")
LATE = prefiltered(
    r"\b(?:late at night|in the night|at night|middle of the night|at midnight|after (?:my )?bedtime|when i'?m in bed)\b"
)

# Staying under the water until it all stops.
UNDER_WATER_FOR_GOOD = prefiltered(
    r"\b(?:stay\w*|stop\w* (?:under|at the bottom)|keep\w* (?:myself |my head )?|hold\w* (?:myself |my head )?|sink\w*|sank|go\w* (?:down|under)|lie|lying|lay)\b[^.?!]{0,12}\b(?:under ?water|under the water|under the waves|(?:at|to) the bottom(?: of the (?:pool|bath|lake|sea|river|water))?)\b[^.?!]{0,20}"
    r"\b(?:until (?:it all|everything|it|the pain|all of it|the bad feelings?|my (?:breath|heart)) (?:stops|ends|is over|goes away)|until it(?:'?s| is| was) (?:all )?over|until i (?:stop|can'?t) (?:breathing|breathe|feeling)|forever|for good|for ever|and (?:never|not) (?:come|coming|comes) (?:back )?up)"
    r"|\b(?:never|not) (?:come|coming) (?:back )?up (?:again|from the (?:water|bottom|pool))\b"
)


def find_clubs_dreams(text: str) -> list[Finding]:
    whole = len(text)
    if UNDER_WATER_FOR_GOOD.search(text):
        return [Finding(SafetyCategory.SELF_HARM, "under_water_for_good", CRITICAL, 0, whole)]
    if DREAM.search(text) and DREAM_ABUSE.search(text) and REALLY_HAPPENED.search(text):
        return [Finding(SafetyCategory.ABUSE, "dream_really_happened", CRITICAL, 0, whole)]
    # Both families below need a grown-up outside the family: asked last, as OUTSIDE_ADULT's
    # common words make it run on most messages (the same answer either way).
    leader = DONE_TO_MY_BODY.search(text) is not None and ALONE_OR_SECRET.search(text) is not None
    if not leader and not (
        MESSAGES_ME.search(text)
        and (KEPT_BETWEEN_US.search(text) or (SPECIAL_CHATS.search(text) and LATE.search(text)))
        and not _NOT_GROUP.search(text)
    ):
        return []
    if not OUTSIDE_ADULT.search(text):
        return []
    if leader:
        return [Finding(SafetyCategory.ABUSE, "leader_alone_body", CRITICAL, 0, whole)]
    return [Finding(SafetyCategory.GROOMING, "adult_private_messages", CRITICAL, 0, whole)]
