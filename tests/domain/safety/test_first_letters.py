"""The first-letter look-ahead put after a rule's gap: implied by what follows, so the
patterns match exactly as before (speed is measured by bench/pattern_speed.py)."""

from __future__ import annotations

import re

from domain.safety import rules_harm_abuse_patterns
from domain.safety.first_letters import first_letters, guard_after_gap

_HEAD = r"\b(?:mum|dad)\b"


def test_first_letters_of_words_and_unknowns() -> None:
    assert first_letters(r"(?:hits?|kicks|punch(?:es)?)\s+me") == "(?=[hkp])"
    assert first_letters(r"\b(?<!\bi )(?:slaps|bites) me") == "(?=[bs])"
    assert first_letters(r"(?:a )?hits") is None  # can start with "a" or "h": not told
    assert first_letters(r"\w+ me") is None
    assert first_letters(r"[^x]") is None


def test_guard_goes_after_the_gap_only() -> None:
    pattern = _HEAD + r"[^.?!]{0,30}\b(?:hits|kicks) me\b"
    assert guard_after_gap(pattern, _HEAD) == (_HEAD + r"[^.?!]{0,30}\b(?=[hk])(?:hits|kicks) me\b")
    assert guard_after_gap(r"\bi (?:hit|kick) me", _HEAD) == r"\bi (?:hit|kick) me"


def test_guarded_abuse_patterns_match_as_before() -> None:
    texts = [
        "my dad hits me when he is drunk",
        "mum said if i tell anyone she will hurt me",
        "ma ma ma ma he he she they dad",
        "my uncle comes into my room at night and touches me",
        "the teacher makes me watch grown up videos",
        "dad grabbed my arm. then we went to the park",
    ]
    for source in rules_harm_abuse_patterns.ABUSE_PATTERNS:
        bare = re.compile(re.sub(r"\(\?=\[[^\]]*\]\)", "", source))
        guarded = re.compile(source)
        for text in texts:
            assert [m.span() for m in bare.finditer(text)] == [
                m.span() for m in guarded.finditer(text)
            ]
