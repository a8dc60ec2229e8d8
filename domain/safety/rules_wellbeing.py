"""The child's own wellbeing: self-harm and suicidal thoughts, and distress.

The rules live in rules_self_harm_phrases (listed phrases, the teddy encouraging
self-harm), rules_self_harm_composed (self + death + wanting, body + injury + intent) and
rules_distress; a parent settling the child to sleep softens distress
(rules_benign_frames_family).
"""

from __future__ import annotations

from domain.safety.findings import Finding
from domain.safety.rules_benign_frames_family import soften_settled_distress
from domain.safety.rules_distress import find_distress
from domain.safety.rules_self_harm_composed import compositional_self_harm
from domain.safety.rules_self_harm_phrases import self_harm_phrases, teddy_encourages_self_harm


def find_wellbeing(text: str, *, teddy: bool) -> list[Finding]:
    if teddy:
        found = teddy_encourages_self_harm(text) + self_harm_phrases(text, teddy=True)
    else:
        found = compositional_self_harm(text)
        found += self_harm_phrases(text, teddy=False)
        found += find_distress(text)
    # A parent settling the child to sleep makes "I can't sleep" mild (round 39).
    return soften_settled_distress(found, text)
