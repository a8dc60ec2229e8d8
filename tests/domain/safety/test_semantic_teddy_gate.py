"""The semantic stage judges every teddy line that names a critical topic: each critical
teddy line of the data files and phrasings names one, and the teddy's own facts, games and
stories name none."""

from __future__ import annotations

import pytest

from domain.safety.normalise import normalise
from domain.safety.semantic_teddy_gate import teddy_line_may_be_critical

from . import teddy_reply_phrasings
from .conftest import data_lines
from .test_semantic import PARAPHRASES

CRITICAL = {"self_harm", "abuse", "grooming", "sexual"}


def _critical_teddy_lines() -> list[str]:
    lines = data_lines()
    return sorted(
        {
            line["text"]
            for line in lines
            if line.get("speaker") == "teddy" and CRITICAL & set(line.get("categories", ()))
        }
    )


def test_every_critical_teddy_line_of_the_data_is_judged() -> None:
    lines = _critical_teddy_lines()
    assert len(lines) > 250
    unjudged = [text for text in lines if not teddy_line_may_be_critical(normalise(text).text)]
    assert unjudged == []


@pytest.mark.parametrize(
    "text",
    [
        *teddy_reply_phrasings.TEDDY_BLOCK,
        *(text for text, speaker, _ in PARAPHRASES if speaker.value == "teddy"),
    ],
)
def test_unsafe_teddy_phrasings_are_judged(text: str) -> None:
    assert teddy_line_may_be_critical(normalise(text).text)


@pytest.mark.parametrize(
    "text",
    [
        "Let's play a guessing game! I'm thinking of a number between 1 and 20.",
        "Spiders have eight legs and spin webs from silk made inside their bodies.",
        "Aww, I'd love to meet your frog for a cuddle! What games do you play with it?",
        "Picture the beach at sunrise. Bo spotted a shell nobody had ever seen before.",
        "Sleep helps your body grow and your brain rest.",
        "I'm here. You are not alone. Can a grown-up give you a hug too?",
    ],
)
def test_the_teddys_own_lines_are_left_to_the_rules(text: str) -> None:
    assert not teddy_line_may_be_critical(normalise(text).text)


def test_meeting_a_pet_somewhere_is_still_judged() -> None:
    text = "I'd love to meet your frog at the park tomorrow, come on your own."
    assert teddy_line_may_be_critical(normalise(text).text)
