# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A child in the car, or at home, kept safe (false alerts 48), fixed as families, each frame
with the words that spoil it:

- a long journey sat in the car ("i sat in the car for hours on the way to scotland and got so
  hot"), spoilt by being left or locked in, alone, or a carer at the pub or drinking;
- a grown-up staying in the car with the child ("i have to stay in the car with dad while mum
  goes in the shop"), spoilt by that grown-up being drunk or asleep;
- home alone once, in the past, for a short or told time ("i was home alone for an hour after
  school"), not the child telling it is alone now: spoilt by now, tonight, till, every day
  (rules_meaning_abuse_car_cold_garage's LEFT_IN_CAR and the engine's home-alone personal detail)."""

from __future__ import annotations

from domain.safety.benign_frame import Frame
from domain.safety.meaning_concepts_people import STEP_PARENT
from domain.safety.prefilter import prefiltered

# --- a long journey -----------------------------------------------------------------------
_JOURNEY = prefiltered(
    r"\b(?:on the way (?:to|home|back|there|up|down)|on our way|journey|road ?trip|long drive|the drive (?:to|up|down|home|back)|(?:drive|drove|driving|drives) (?:to|up|down|home|back|all the way)|traffic(?: jam)?|motorway|m\d+|holiday|the ferry|the airport)\b"
)
_LEFT_BEHIND = prefiltered(
    r"\b(?:left|leave|leaves|leaving|locked|lock|locks|lockd|shut|shuts)\b[^.?!]{0,15}\b(?:me|us|in the (?:car|van))\b"
    r"|\b(?:alone|on (?:my|our) own|by (?:my|our) ?sel\w+|nobody|no one|no grown-?ups?|pub|bar|casino|bookies|betting shop|bingo|drunk|drinking|(?:while|when|and) (?:she|he|they|mum|mam|mom|dad|my (?:mum|mam|mom|dad|parents))(?:'?s| is| are| was| were)? (?:went|goes|gone|go) (?:in|off|out|away|to))\b",
)
_CAR_JOURNEY = Frame(_JOURNEY, _LEFT_BEHIND)

# --- a grown-up staying in the car with the child -------------------------------------------
_GROWN_UP = rf"(?:my |our )?(?:dad|daddy|mum|mummy|mom|mommy|mam|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|granddad|auntie|aunty|aunt|uncle|{STEP_PARENT}|babysitter|childminder|grown-?up)"
_GROWN_UP_IN_THE_CAR = prefiltered(
    rf"\b(?:in|inside) (?:the |our |a )?(?:car|van) with {_GROWN_UP}\b"
    rf"|\bwith {_GROWN_UP} in (?:the |our )?(?:car|van)\b"
    rf"|\b{_GROWN_UP} (?:sat|sits|sitting|stayed|stays|staying|waited|waits|waiting|stopped|stops) (?:in (?:the |our )?(?:car|van) )?with (?:me|us)\b"
)
_GROWN_UP_UNFIT = prefiltered(
    r"\b(?:drunk|drinking|asleep|passed out|pub|bar|casino|bookies|all night|in the dark)\b",
)
_GROWN_UP_STAYS = Frame(_GROWN_UP_IN_THE_CAR, _GROWN_UP_UNFIT)


def car_wait_kept_safe(text: str) -> bool:
    """A long drive, or a grown-up in the car with the child: not a child left in the car."""
    return _CAR_JOURNEY(text) or _GROWN_UP_STAYS(text)


# --- home alone once, in the past -----------------------------------------------------------
_ALONE_BEFORE = prefiltered(
    r"\b(?:i|we|me and \w+) (?:was|were|stayed|got to stay|got left|was left|were left|had to stay|went|spent)\b[^.?!]{0,12}\b(?:home alone|at home alone|alone at home|home by (?:my|our) ?sel\w+|by (?:my|our) ?sel\w+ at home|home on (?:my|our) own|on (?:my|our) own at home)\b"
)
_ALONE_NOW = prefiltered(
    r"\b(?:now|right now|rn|today|tonight|at the moment|still|till|until|til|every (?:day|night|time|week)|always|again|i'?m|im|i am|nobody'?s home|no one'?s home|will be|gonna be|going to be|tomorrow|later|all (?:day|night|weekend)|for (?:hours|days|ages)|nobody came|no one came|scared|no food)\b",
)
HOME_ALONE_BEFORE = Frame(_ALONE_BEFORE, _ALONE_NOW)
"""(false alerts 48) "i was home alone for an hour after school": told, not happening now."""
