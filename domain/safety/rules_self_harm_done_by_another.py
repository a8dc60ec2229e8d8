# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A self-harm reading that is someone else hurting the child: abuse, not self-harm.

The self-harm rules read an injury, a neck squeezed till the child can't breathe or hair pulled
out as the child's own (self_harm_unsaid: rules_meaning_self_harm, ..._farewell;
self_harm_phrase: rules_self_harm_phrases, rules_self_harm_composed). When a grown-up or someone
else does it - "mum hits me with the wooden spoon till i bleed", "my daddy squeezes my neck when
im too loud", "she scrubs me in the bath til it bleeds" - the labelled lines say abuse. Such a
finding keeps its risk (both categories are critical, so the level stays) and becomes abuse
when the self-harm reading goes once the other's act is taken out: the parts of the text that
tell it are blanked and the same rules asked again. A wish or an act of the child's own beside
it keeps self-harm: "she pulls my hair so i want to die", "he hits me and then i cut myself".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from domain.enums import SafetyCategory
from domain.safety.findings import Finding
from domain.safety.meaning_concepts_people import CARER_WORDS, GROWN_UP_ROLES
from domain.safety.prefilter import prefiltered
from domain.safety.rules_meaning_self_harm import find_self_harm_more
from domain.safety.rules_meaning_self_harm_farewell import find_self_harm_farewell
from domain.safety.rules_self_harm_composed import compositional_self_harm
from domain.safety.rules_self_harm_phrases import self_harm_phrases

_DOER = rf"(?:he|she|they|{CARER_WORDS}|{GROWN_UP_ROLES}|mother|father|brother|sister|cousin|uncle|aunt|auntie|aunty|boyfriend|girlfriend|miss|sir)"
_DOES = r"(?:hits|beats|punches|kicks|slaps|smacks|whacks|pinches|squeezes|chokes|strangles|throttles|bites|scratches|cuts|burns|scalds|scrubs|twists|pulls|yanks|drags|shakes|stabs)"
_DID = r"(?:hit|beat|punched|kicked|slapped|smacked|whacked|pinched|squeezed|choked|strangled|throttled|bit|scratched|cut|burnt|burned|scalded|scrubbed|twisted|pulled|yanked|dragged|shook|stabbed)"
# Someone else the doer, the child the one hurt: "grandma pinches me", "my big cousin hes 19
# squeezes my neck", "mum yelled at me and then hit me with the spoon"; not the child's own act
# told of ("she says i hit my head") or made or told to do ("she makes me cut my hair").
DONE_BY_ANOTHER = prefiltered(
    rf"\b{_DOER}\b (?:(?!i\b|im\b|i'm\b)[\w']+ ){{0,4}}?(?<!\bto )(?<!\bme )(?:{_DOES}|{_DID}) (?:me|my)\b"
)
# The parts of a text: its sentences and clauses, and a new clause where the child goes on as
# the one who does ("... so i want to die", "... and then i cut myself").
_PART = re.compile(
    r"[^.?!;,]+?(?=[.?!;,]|\b(?:and|but|so|then|because|cos|cuz|and then)\b (?=(?:i|im|i'm|i'?ve|i'?d|i'?ll)\b)|$)"
)
_RULES: dict[str, tuple[Callable[[str], list[Finding]], ...]] = {
    "self_harm_unsaid": (find_self_harm_more, find_self_harm_farewell),
    "self_harm_phrase": (
        compositional_self_harm,
        lambda text: self_harm_phrases(text, teddy=False),
    ),
}


def _without_the_others_act(text: str) -> str:
    """`text` with each part that tells someone else hurting the child blanked (the same
    length, so the other parts keep their places)."""
    blanked = text
    for part in _PART.finditer(text):
        if DONE_BY_ANOTHER.search(part.group()):
            blanked = blanked[: part.start()] + " " * len(part.group()) + blanked[part.end() :]
    return blanked


def hurt_by_another_as_abuse(findings: list[Finding], text: str) -> list[Finding]:
    """The child's findings with self_harm_unsaid and self_harm_phrase read as abuse where
    they tell someone else hurting the child (their risk kept)."""
    labels = {
        f.label for f in findings if f.category is SafetyCategory.SELF_HARM and f.label in _RULES
    }
    if not labels or not DONE_BY_ANOTHER.search(text):
        return findings
    rest = _without_the_others_act(text)
    others = {
        label
        for label in labels
        if not any(
            f.category is SafetyCategory.SELF_HARM and f.label == label
            for rule in _RULES[label]
            for f in rule(rest)
        )
    }
    if not others:
        return findings
    return [
        Finding(SafetyCategory.ABUSE, f.label, f.risk, f.start, f.end, f.stage)
        if f.category is SafetyCategory.SELF_HARM and f.label in others
        else f
        for f in findings
    ]
