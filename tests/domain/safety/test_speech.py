from __future__ import annotations

import pytest

from domain.safety.normalise import normalise
from domain.safety.speech import tidy_speech


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("i should just um walk in the road", "i should just walk in the road"),
        ("Um, I want to die um", "i want to die"),
        ("ummmm i dunno", "i dunno"),
        ("hmm, seven times eight", "seven times eight"),
        ("uh what rhymes with orange", "what rhymes with orange"),
        ("erm he said not to tell", "he said not to tell"),
        ("she left us for like days", "she left us for days"),
        ("till like 7 tonight", "till 7 tonight"),
        ("my friend wants to kill her self", "my friend wants to kill herself"),
        ("whats the best way to hang your self", "what's the best way to hang yourself"),
        ("they hurt them selves", "they hurt themselves"),
    ],
)
def test_speech_is_tidied_for_the_rules(raw: str, expected: str) -> None:
    assert tidy_speech(normalise(raw)).text == expected


@pytest.mark.parametrize(
    "raw",
    [
        "i like um dogs",  # a filler goes, "like" the verb stays
        "i like two dogs",
        "it looks like a cat",
        "i feel like hurting",
        "her self-esteem is low",
        "my self harm scars",
        "a self portrait of my self portrait",
        "an umbrella and a drum",
        "we went to the er",
    ],
)
def test_meaningful_words_stay(raw: str) -> None:
    tidied = tidy_speech(normalise(raw)).text
    kept = normalise(raw).text.replace("um ", "")
    assert tidied == kept


def test_offsets_still_point_into_the_original() -> None:
    raw = "Um, he hurt her self"
    norm = tidy_speech(normalise(raw))
    index = norm.text.index("herself")
    start, end = norm.span(index, index + len("herself"))
    assert raw[start:end] == "her self"
