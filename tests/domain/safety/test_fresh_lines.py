"""The fresh-lines filter keeps only a blind round's lines far from the data we built on."""

from __future__ import annotations

from .fresh_lines import fresh, jaccard, reference_texts, words


def test_jaccard_of_word_sets() -> None:
    assert jaccard(words("I want to die"), words("i WANT to die!")) == 1.0
    assert jaccard(words("a b"), words("c d")) == 0.0
    assert jaccard(words("a b c"), words("a b d")) == 0.5


def test_a_copied_line_is_not_fresh_and_a_new_one_is() -> None:
    known = reference_texts()[0]
    novel = "zyxqu wombles ferociously juggle seventeen purple accordions"
    kept = fresh([{"text": known}, {"text": novel}], cut_off=0.5)
    assert kept == [{"text": novel}]
