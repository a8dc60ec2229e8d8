"""Rule gates (rule_gates.py): a theme function is skipped only when the pre-filter shows none
of the patterns its proof needs can match, and then it finds nothing."""

from __future__ import annotations

import pytest

from domain.enums import SafetyCategory
from domain.safety import rules_meaning_teddy_themes as teddy_themes
from domain.safety import rules_meaning_themes as themes
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rule_gates import gate_of

ZEBRA = prefiltered(r"\bzebras?\b")
STRIPES = prefiltered(r"\bstripes?\b")
PLAY = prefiltered(r"\bplay(?:ing)?\b")
D = SafetyCategory.DISTRESS


def _found(text: str) -> list[Finding]:
    return [Finding(D, "t", MODERATE, 0, len(text))]


def trigger_and_exception(text: str) -> list[Finding]:
    if ZEBRA.search(text) and STRIPES.search(text) and not PLAY.search(text):
        return _found(text)
    return []


def accumulated(text: str) -> list[Finding]:
    found: list[Finding] = []
    stripes = STRIPES.search(text) is not None
    if stripes and ZEBRA.search(text):
        found.append(Finding(D, "t", MODERATE, 0, len(text)))
    if PLAY.search(text) and stripes:
        found += _found(text)
    return found


def fires_without_a_pattern(text: str) -> list[Finding]:
    if not PLAY.search(text):
        return _found(text)
    return []


def added_to_unseen(text: str) -> list[Finding]:
    found = [Finding(D, "t", MODERATE, 0, len(text)) for p in (ZEBRA,) if p.search(text)]
    if len(text) > 3:
        found.append(Finding(D, "t", MODERATE, 0, len(text)))
    return found


def raises_on_none(text: str) -> list[Finding]:
    m = ZEBRA.search(text)
    return _found(text) if m.end() > 3 else []  # type: ignore[union-attr]


def test_a_gate_keeps_only_the_patterns_the_proof_needs() -> None:
    assert gate_of(trigger_and_exception) == (ZEBRA,)
    assert gate_of(accumulated) == (STRIPES,)


@pytest.mark.parametrize("rule", [fires_without_a_pattern, added_to_unseen, raises_on_none])
def test_no_gate_when_the_rule_can_find_something_or_fail_without_its_patterns(rule) -> None:  # noqa: ANN001
    assert gate_of(rule) is None


TEXTS = [
    "i like zebras",
    "my tummy hurts every morning before school cos the girls are so mean to me",
    "mum hit me and said not to tell anyone",
    "I HATE MYSELF",
    "the teddy said lets play a secret game",
    "caf\u00e9 K\u212a",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_themes_skipped_by_their_gates_find_nothing(text: str) -> None:
    for gated in (themes._CHILD_THEMES, teddy_themes._TEDDY_THEMES):
        live = set(gated.live(text))
        for rule in gated.rules:
            if rule not in live:
                assert rule(text) == [], rule.__name__


def test_most_themes_are_gated() -> None:
    rules = themes._CHILD_THEMES.rules + teddy_themes._TEDDY_THEMES.rules
    gated = [rule for rule in rules if gate_of(rule) is not None]
    assert len(gated) >= 0.9 * len(rules)
