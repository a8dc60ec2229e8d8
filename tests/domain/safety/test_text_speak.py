"""Text-speak read out for the rules: short forms between words become words, offsets still
point into the original, and a letter named ("the n word", "press w") stays."""

from __future__ import annotations

import pytest

from domain.enums import Speaker
from domain.safety import SafetyEngine
from domain.safety.normalise import normalise
from domain.safety.text_speak import read_text_speak


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("me n my bro", "me and my bro"),
        ("talk w/o my parents", "talk without my parents"),
        ("a pic w no shirt", "a pic with no shirt"),
        ("w/my mom", "with my mom"),
        ("i love u", "i love you"),
        ("ppl in the gc sent a vid bc lol", "people in the group chat sent a video because lol"),
        ("see u tmrw", "see you tomorrow"),
    ],
)
def test_short_forms_read_as_words(text: str, read: str) -> None:
    assert read_text_speak(normalise(text)).text == read


@pytest.mark.parametrize(
    "text", ["he said the n word", "press w to jump", "we made a u-turn", "n", "plan b"]
)
def test_letters_named_stay(text: str) -> None:
    assert read_text_speak(normalise(text)).text == normalise(text).text


def test_offsets_point_into_the_original() -> None:
    norm = read_text_speak(normalise("me n u"))
    assert norm.text == "me and you"
    start = norm.text.index("you")
    assert norm.span(start, start + 3) == (5, 6)
    assert norm.span(3, 6) == (3, 4)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("i did it w/o", "i did it without"),
        ("go w/o, please", "go without, please"),
        ("w/o.", "without."),
        ("i left b/c", "i left because"),
        ("i left b/c, idk", "i left because, idk"),
    ],
)
def test_short_forms_at_the_end_or_before_punctuation(text: str, read: str) -> None:
    assert read_text_speak(normalise(text)).text == read


@pytest.mark.parametrize(
    ("text", "word", "short"),
    [
        ("see u tmrw", "tomorrow", "tmrw"),
        ("see u tmrw", "you", "u"),
        ("ppl in the gc", "group chat", "gc"),
        ("ppl in the gc", "people", "ppl"),
        ("he sent a vid", "video", "vid"),
        ("i did it w/o", "without", "w/o"),
        ("w/my mom", "with", "w/"),
    ],
)
def test_a_word_read_out_spans_its_whole_short_form(text: str, word: str, short: str) -> None:
    norm = read_text_speak(normalise(text))
    start = norm.text.index(word)
    begin, end = norm.span(start, start + len(word))
    assert text[begin:end] == short


@pytest.mark.parametrize(
    "text",
    [
        "he keeps gifting me robux n now says i owe him a vid",
        "this dude keeps buying me vbucks n now says i owe him a facetime tmrw",
    ],
)
def test_finding_spans_end_on_whole_words(engine: SafetyEngine, text: str) -> None:
    verdict = engine.assess(text, age=11, speaker=Speaker.CHILD)
    assert verdict.spans
    for span in verdict.spans:
        piece = text[span.start : span.end]
        assert text.find(piece) == span.start
        assert span.end == len(text) or not text[span.end].isalnum()
        assert span.start == 0 or not text[span.start - 1].isalnum()
    assert any(text[s.start : s.end].endswith(text.split()[-1]) for s in verdict.spans)
