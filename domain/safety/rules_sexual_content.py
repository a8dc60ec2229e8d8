# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Sexual content: sexual words, nakedness and grown-up acts, with their benign frames."""

from __future__ import annotations

import re

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, MILD, SEVERE, Finding, compile_all
from domain.safety.lexicon import lexicon
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_ended_well import DOCTOR_GAME, DOCTOR_GAME_ABUSED
from domain.safety.rules_benign_frames_everyday import (
    ANATOMY,
    NUDITY_IN_ART_OR_NATURE,
    NUDITY_SPOILT,
    PRETEND_DOCTOR,
    PRETEND_DOCTOR_SPOILT,
    educational,
)
from domain.safety.rules_benign_frames_growing import growing_up_question
from domain.safety.rules_benign_frames_small_things import undress_to_wash

X = SafetyCategory.SEXUAL

_SEX_STRONG_NAKED = prefiltered(
    r"\bnaked\b[^.?!]{0,30}\b(?:pictures?|pics?|photos?|videos?|selfies?|show|send|people|grown|adults?|bed|phone|internet|touch|man|woman|lady|girls?|boys?|them|us|you|me)\b|"
    r"\b(?:pictures?|pics?|photos?|videos?|show|send|people|grown ?ups?|adults?|touch|man|woman|lady|girls?|boys?)\b[^.?!]{0,30}\bnaked\b"
)
_NAKED_BENIGN = prefiltered(r"\bnaked (?:mole|eye)\b|\b(?:baby|bath|bathtub|emperor)\b")
_SEX_ANYONE = compile_all(
    [
        r"\bkiss (?:someone |somebody |a (?:boy|girl) )?with (?:your|the|my) tongue\b|\bkissing with tongues?\b",
        r"\bwhat grown[- ]?ups do in bed\b|\bgrown[- ]?ups[^.?!]{0,20}\bin bed\b[^.?!]{0,20}\bnaked\b",
        r"\btake off (?:your|ur|our|my|their) (?:clothes|pants|shirt|underwear)\b|\btake (?:your|ur|our) (?:clothes|pants|shirt|underwear) off\b|\bget undressed\b",
        r"\btouch (?:your|ur) (?:private|body|privates)\b|\bshow me your (?:body|private|privates|underwear|undies|chest|butt|bum)\b",
        r"\b(?:see|show you|want to see|look at|show me) (?:something|some(?: \w+)?) (?:naughty|dirty|private|grown[- ]?up|secret)\b|\bplay doctor\b|\btake a bath (?:together|with me)\b",
        r"\b(?:have you ever|did you ever|do you like to|have you) (?:kissed|touched|dated|made out with|had a (?:boyfriend|girlfriend))\b|\btell me (?:all )?about (?:it|your body|your crush) in (?:detail|private)\b",
        r"\b(?:grown[- ]?up|adult|mommy and daddy|married people'?s?) (?:bedroom|bed|private|secret|naughty) (?:things|stuff|games|activities|time)\b|\bbedroom (?:things|stuff|games)\b",
        r"\b(?:cute|sexy|hot|nice|beautiful|pretty|perfect|lovely) (?:body|butt|bum|legs|chest|lips|figure)\b|\bshow me more of (?:you|your)\b",
        r"\btouch(?:ing)? each other'?s? (?:bod(?:y|ies)|private|privates)\b|\b(?:kissing|kiss) and touching\b|\b(?:touch|touching|kiss|kissing|rub|rubbing)\b[^.?!]{0,20}\beach other'?s? bod(?:y|ies)\b",
        r"\bhook(?:ing|ed)? up with (?:someone|somebody|a (?:boy|girl|guy)|him|her|them|people)\b|\b(?:having|have|had) sex\b|\bdo it (?:in bed|with (?:him|her|a (?:boy|girl)))\b",
    ]
)


# (probe of teddy replies) The body-safety rule: "it's not okay for anyone to touch your private
# parts", "no one should touch your privates", "never let anyone touch your private parts".
_BODY_RULE_BEFORE = re.compile(
    r"(?:not (?:okay|ok|allowed) for (?:anyone|anybody|someone|people|grown-?ups|adults|a grown-?up) to|(?:no ?one|nobody|no-one) (?:else )?(?:should|is allowed to|can|may|has the right to)(?: ever)?|(?:never|don'?t|do not) let (?:anyone|anybody|someone|people|a grown-?up)(?: else)?(?: ever)?)(?:\s+(?:see or )?touch(?:ing)? (?:your|ur))?\s*$"
)


def find_sexual(text: str, *, teddy: bool) -> list[Finding]:
    lex = lexicon()
    found: list[Finding] = []
    matches = lex.sexual.finditer(text) if lex.sexual_gate(text) else iter(())
    for m in matches:
        local = text[max(0, m.start() - 15) : m.end() + 15]
        if lex.sexual_benign.search(local) or educational(text, m.group()):
            continue
        if teddy and _BODY_RULE_BEFORE.search(text[max(0, m.start() - 80) : m.start()]):
            continue  # "it's not okay for anyone to touch your private parts": the rule
        if ANATOMY.search(m.group()) and growing_up_question(text):
            continue  # "why do girls get boobies and boys dont": growing up asked about
        found.append(Finding(X, "sexual_content", CRITICAL, m.start(), m.end()))
    benign_naked = _NAKED_BENIGN.search(text) is not None or (
        NUDITY_IN_ART_OR_NATURE.search(text) is not None and not NUDITY_SPOILT.search(text)
    )
    for m in re.finditer(r"\bnaked\b|\bnakey\b|\bundress\w*\b|\btopless\b", text):
        if _benign_phrase_covers(text, m.start(), m.end()):
            continue  # (fa9091) "we made naked eggs", "a naked flame": no one undressed
        if _SEX_STRONG_NAKED.search(text) and not benign_naked:
            found.append(Finding(X, "sexual_content", CRITICAL, m.start(), m.end()))
        elif not benign_naked:
            found.append(Finding(X, "nudity", SEVERE if teddy else MILD, m.start(), m.end()))
    pretend_doctor = (
        PRETEND_DOCTOR.search(text) is not None and PRETEND_DOCTOR_SPOILT.search(text) is None
    )
    # (false alerts 5) "plays doctor with me and my teddies and touches me": the game as cover.
    doctor = DOCTOR_GAME.search(text)
    if doctor and DOCTOR_GAME_ABUSED.search(text):
        found.append(Finding(X, "sexual_content", CRITICAL, doctor.start(), doctor.end()))
    for m in _SEX_ANYONE.finditer(text):
        if educational(text, m.group()) or (pretend_doctor and m.group() == "play doctor"):
            continue
        if m.group().startswith("take off") and undress_to_wash(text):
            continue  # (fa54) "grown-ups take off their clothes for a bath": washing
        if m.group().startswith("touch") and _BODY_RULE_BEFORE.search(
            text[max(0, m.start() - 60) : m.start()]
        ):
            continue
        found.append(Finding(X, "sexual_content", CRITICAL, m.start(), m.end()))
    return found


def _benign_phrase_covers(text: str, start: int, end: int) -> bool:
    """A phrase of lexicon.json's sexual_benign_contexts spans the word at start..end ("naked
    eggs", "the naked eye", "a naked flame"): the word's own harmless sense, not a context
    somewhere near it."""
    offset = max(0, start - 20)
    for b in lexicon().sexual_benign.finditer(text[offset : end + 25]):
        if b.start() + offset <= start and b.end() + offset >= end:
            return True
    return False
