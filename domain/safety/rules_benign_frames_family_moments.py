# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Family moments read as abuse (older false alerts, fixed as families), each frame with the
words that spoil it:

- a hand squeezed or held tight in a fright ("dad squeezed my hand really hard when the film
  got scary", "mum gripped my hand on the rollercoaster"): the abuse findings are taken back;
  spoilt by a hurt, a mark, anger, a punishment, keeping quiet about it ("so i didn't say"),
  fear of the person, or the shared kinds;
- rough play by a brother, sister, cousin or friend ("my sister held my head under the water
  when we were playing mermaids"): worth a parent's look, not abuse: the blocking abuse
  findings become one flagged violence finding; spoilt by a step-sibling, being unable to
  breathe, a punishment, "on purpose", crying, repetition or the shared kinds;
- a treat kept from a parent by a relative ("my uncle lets us have sweets and says don't tell
  mum we had sweets", "nan said don't tell dad about the ice cream"): the secret is the treat
  itself, so the blocking abuse and grooming findings become one flagged grooming finding;
  spoilt by "our secret", a favourite, being alone, touching, a room, pictures, a condition
  ("if i let him") or an outside grown-up.

A frame here only lowers: a message whose findings were already allowed or flagged keeps them.
Run from rules_benign_frames_noticed.drop_noticed_frames (soften_family_moments).
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import HIDDEN, SCARED
from domain.safety.findings import MODERATE, Finding
from domain.safety.meaning_concepts_people import DADS, GRANDADS, GRANS, MUMS
from domain.safety.prefilter import prefiltered

C = SafetyCategory
_PARENTS = rf"(?:{MUMS}|{DADS}|{GRANS}|{GRANDADS}|parents|grown[ -]?ups|auntie|aunty|aunt|uncle)"
_RELATIVE = rf"(?:my )?(?:{MUMS}|{DADS}|{GRANS}|{GRANDADS}|auntie|aunty|aunt|uncle|big (?:sister|brother)|sister|brother|cousin)"

# --- a hand squeezed in a fright -----------------------------------------------------------
_SQUEEZE_IN_FRIGHT = Frame(
    prefiltered(
        rf"\b{_RELATIVE} (?:\w+ )?(?:squeez\w*|grip\w*|grabb?\w*|clutch\w*|held|holds|holding) (?:on ?to |onto )?my (?:hand|hands|arm|fingers)\b(?: (?:really|so|super|very|extra|quite) )?(?: ?(?:hard|tight|tightly))?"
        r"[^.?!]{0,12}\b(?:when|because|cos|cause|as|during|at|in|on|while)\b[^.?!]{0,30}\b(?:scary|spooky|creepy|frightening|film|movie|cinema|rollercoaster|roller coaster|ride|ghost train|thunder\w*|lightning|fireworks?|dentist|injection|jab|needle|take ?off|landing|turbulence|haunted house|horror|jump scare|monster|dinosaur)\b"
    ),
    prefiltered(
        r"\b(?:hurt\w*|ow|ouch|pain\w*|marks?|red|purple|blue|sore|so (?:i|that i) (?:didn'?t|did not|wouldn'?t|would not|couldn'?t|won'?t) (?:say|tell|speak|talk)|didn'?t say|not to say|(?:be |kept? |keep )quiet|shut up|punish\w*|angry|cross|mad|furious|shout\w*|yell\w*|scream\w* at|told me off|cry\w*|cried|tears|until|till|wouldn'?t let go|won'?t let go|didn'?t let go|under the table|behind (?:my|his|her) back|doctor|nurse|teacher asked|social worker|always|again)\b"
    ),
    waives=(SCARED,),
)

# --- rough play by a sibling or friend -----------------------------------------------------
_PLAY_DUNK = Frame(
    prefiltered(
        r"\bmy (?:little |big |twin |older |younger |baby )?(?:sister|brother|sis|bro|cousin|friend|best friend|mate)s? (?:\w+ )?(?:held|holds|holding|pushed|pushes|push|put|puts|dunked|dunks|dunk|ducked|ducks|duck) my (?:head|face) (?:under|in|into|down)\b"
        r"[^.?!]{0,40}\b(?:play(?:ing|ed)?|game|mermaids?|sharks?|pretend\w*|splash\w*|messing about|mucking about|fooling around|having fun|water fight)\b"
    ),
    prefiltered(
        r"\b(?:step ?-?(?:sister|brother|sis|bro)|on purpose|wouldn'?t let me|won'?t let me|didn'?t let me|couldn'?t get up|for ages|so long|too long|ages|until|till|punish\w*|lesson|to make me|cry\w*|cried|chok\w*|cough\w*|swallowed|gasp\w*|hurt\w*|sore|ambulance|always|again|laughed at me|wouldn'?t stop|didn'?t stop)\b"
    ),
)
_ROUGH_PLAY_LABEL = "rough_play_by_a_child"

# --- a treat kept from a parent ------------------------------------------------------------
_TREAT = r"(?:sweets|sweeties|sweet|chocolates?|choc|ice ?-?creams?|ice ?lollies|lolly|lollies|crisps|cake|biscuits?|doughnuts?|donuts?|fizzy (?:drinks?|pop)|pop|cola|candy|treats?|pizza|chips|takeaway|mcdonalds|burgers?|sugar|pudding|dessert|stayed up late|stayed up|a late night)"
_TREAT_KEPT = Frame(
    prefiltered(
        rf"\b(?:don'?t|dont|do not|not to|never|mustn'?t) (?:tell|say to|let on to) (?:my |our |your |ur )?{_PARENTS}\b(?: (?:that|about|how|what))?(?: (?:we|i|us|you))?(?: (?:had|ate|got|have|eat|get|were having|was having|'?d had|bought|shared))?(?: (?:the|some|all the|all|a|an|loads of|lots of|extra|more|so many|too many|two|three))?(?: \w+)? {_TREAT}\b"
        rf"|\b(?:had|ate|got|have|eat|get|eating|having) (?:the |some |loads of |lots of |extra |so many |too many )?(?:\w+ )?{_TREAT}\b[^.?!]{{0,25}}\b(?:don'?t|dont|do not|not to|never|mustn'?t) tell (?:my |our |your |ur )?{_PARENTS}\b"
    ),
    prefiltered(
        r"\b(?:our (?:little |special |big )?secret|a secret|secrets|special|favou?rite|alone|on my own|just me|only me|just us two|me and him|me and her|bed|bedroom|bath\w*|shower|lap|tickl\w*|cuddl\w*|kiss\w*|touch\w*|rub\w*|games? (?:we|he|she)|photos?|pictures?|pics|videos?|camera|phone|film\w*|door|shut|locked?|pants|knickers|clothes|naked|if (?:i|we)|let (?:him|her|them)\b(?! have)|in return|for me to|car|van|jealous|angry|cross|mad|hurt\w*|hit\w*|scared|or else|or (?:he|she)'?(?:ll| will)|gets? in trouble|get me in trouble|online|snap\w*|chat)\b"
    ),
    waives=(HIDDEN,),
)
_TREAT_LABEL = "treat_kept_from_parent"
_BLOCKING = MODERATE + 0.01
"""A finding at or above this risk would block or flag more than the frame's reading."""


def soften_family_moments(findings: list[Finding], text: str, *, teddy: bool) -> list[Finding]:
    """The findings once a harmless family moment has taken back, or lowered to a flag, the
    abuse it was read as (a child's message only)."""
    if teddy or not any(f.category in (C.ABUSE, C.GROOMING) for f in findings):
        return findings
    if _SQUEEZE_IN_FRIGHT(text):
        return [f for f in findings if f.category is not C.ABUSE]
    if any(f.category is C.ABUSE and f.risk >= _BLOCKING for f in findings) and _PLAY_DUNK(text):
        kept = [f for f in findings if f.category is not C.ABUSE]
        return [*kept, Finding(C.VIOLENCE, _ROUGH_PLAY_LABEL, MODERATE, 0, len(text))]
    lowered = (C.ABUSE, C.GROOMING)
    if any(f.category in lowered and f.risk >= _BLOCKING for f in findings) and _TREAT_KEPT(text):
        kept = [f for f in findings if f.category not in lowered or f.risk < _BLOCKING]
        return [*kept, Finding(C.GROOMING, _TREAT_LABEL, MODERATE, 0, len(text))]
    return findings
