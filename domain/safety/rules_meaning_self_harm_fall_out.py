# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Thinking of falling or jumping out of a plane, a car, a train, a window or a balcony so as
not to face something (round 43: "on the plane i thought about opening the door and falling
out so i dont have to go live at dads new house"), read as a meaning: the child thinking,
wanting, wishing or planning (not doing) to open the door and fall or jump out, or to fall,
jump or throw itself out of (or "out") or off something high or moving, with a reason to escape: "so i
don't have to", "so i never have to", "instead of going", "rather than", "then i wouldn't
have to" (round 52: "i want to jump out my window so i never have to see my stepbrother
again").

Near misses stay allowed: skydiving with a parachute, jumping out of the car at grandma's so I
don't have to wait, wondering what would happen if the plane door opened, jumping into the
pool, a film's stunt, "i jumped out of bed so i wouldn't be late"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

_THINK = r"(?:thought|think|thinking|thinks|want|wanted|wanna|wish|wished|wishing|feel like|felt like|imagine|imagined|imagining|dream\w* about|plan|planned|planning|going to|gonna|might|could just|nearly|almost|tempted to|urge to)"
_HIGH = r"(?:plane|aeroplane|airplane|car|train|bus|coach|van|taxi|window|balcony|roof|bridge|building|tower|block of flats|cliff|ferry|boat|ship|helicopter)"
_FALL = r"(?:fall\w*|fell|jump\w*|leap\w*|throw\w* myself|threw myself|drop\w* myself|let myself (?:fall|drop)|roll\w* out|step\w* off|step\w* out)"
FALL_OUT = prefiltered(
    rf"\b{_THINK}\b[^.?!]{{0,25}}\b(?:open\w*|unlock\w*|pull\w*) (?:the |a |that |our )?(?:emergency |car |plane |train |back |front )?(?:door|window|hatch|exit)\b[^.?!]{{0,30}}\b{_FALL}(?: (?:out|off|down))?\b"
    rf"|\b{_THINK}\b[^.?!]{{0,25}}\b{_FALL} (?:out of|out|off|from) (?:the |a |our |my |that |his |her |\w+'?s )?(?:moving |top of the |top of a |bedroom |upstairs |bathroom |kitchen |open |top floor )?{_HIGH}\b"
)
_ESCAPE = prefiltered(
    r"\b(?:so (?:that )?i (?:don'?t|dont|do not|won'?t|wont|wouldn'?t|wouldnt|didn'?t|never|can'?t|could not|couldn'?t) (?:have to|need to|ever have to|go|live|see|face)"
    r"|so i (?:never|wouldn'?t|won'?t) have to|instead of (?:going|living|having|seeing|facing)|rather than (?:go|going|live|living|see|seeing|face|facing)"
    r"|(?:then|and) i (?:wouldn'?t|won'?t|wont|wouldnt|don'?t|dont) (?:have to|need to)|than (?:go|going|live|living) (?:to|with|at)|so it (?:all )?stops|and (?:not|never) (?:be here|come back|wake up)|and (?:die|end it|be gone))\b"
)
_SAFE_JUMP = prefiltered(
    r"\b(?:parachute|skydiv\w*|bungee|zip ?wire|bouncy|trampoline|into the (?:pool|water|sea|lake|river)|puddle|in the (?:film|movie|game|cartoon)|stunt|out of bed)\b"
)


def find_fall_out_to_escape(text: str) -> list[Finding]:
    if FALL_OUT.search(text) and _ESCAPE.search(text) and not _SAFE_JUMP.search(text):
        return [Finding(SafetyCategory.SELF_HARM, "self_harm_means", CRITICAL, 0, len(text))]
    return []
