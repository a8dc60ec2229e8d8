"""Text-speak read out for the rules: short forms between words become words, offsets still
point into the original, and a letter named ("the n word", "press w") stays."""

from __future__ import annotations

import pytest

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
