"""phrase_alternation: a trie that matches exactly as the plain alternation does."""

from __future__ import annotations

import re

import pytest

from domain.safety.phrase_trie import phrase_alternation

PLAN = "can i|could i|i want to|i wanna|i'?m gonna|im gonna|i'?ll|ill|i will|i|let'?s|lets"
TEXTS = (
    "can i go",
    "i'm gonna jump",
    "im gonna jump",
    "i'll do it",
    "ill do it",
    "i will do it",
    "i wanna go",
    "i want to go",
    "i went home",
    "lets go",
    "let's go",
    "could i",
    "nothing here",
    "i i i i",
)


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_and_spans_as_the_plain_alternation(text: str) -> None:
    for tail in (r"\b", r"\b \w+", r" (?:go|do)\b", ""):
        plain = re.compile(rf"\b(?:{PLAN}){tail}")
        trie = re.compile(rf"\b{phrase_alternation(PLAN)}{tail}")
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in trie.finditer(text)]


def test_a_phrase_that_begins_another_keeps_its_place() -> None:
    assert phrase_alternation("ab|a|ac") == "(?:a(?:b||c))"
    assert phrase_alternation("i|i will|we") == "(?:i(?:| will)|we)"


def test_an_optional_letter_is_tried_present_first() -> None:
    assert phrase_alternation("i'?ll") == "(?:i(?:'ll|ll))"


def test_only_plain_lower_case_phrases() -> None:
    with pytest.raises(ValueError):
        phrase_alternation("hits?|(?:a|b)")
    with pytest.raises(ValueError):
        phrase_alternation("Can I")
