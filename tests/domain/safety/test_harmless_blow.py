"""(leftovers) A harmless "blow" is hidden from the toxicity model, so the model alone no longer
marks "can i blow out the candles" as rude; "blow me" and "blow job" still reach it."""

from __future__ import annotations

import pytest

from domain.enums import Speaker
from domain.safety import SafetyEngine
from domain.safety.toxicity import model_text

HARMLESS = (
    "can we blow out the candles now",
    "i need to blow my nose",
    "dad is blowing up the balloons for my party",
    "mum blow dried my hair",
    "blow me a kiss teddy",
    "the wind blew the leaves everywhere",
    "i blow on my soup when its too hot",
    "the teacher blew her whistle",
)
STILL_READ = ("blow me you idiot", "she gave him a blow job", "he wanted me to blow him")


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_blow_is_hidden_from_the_model(text: str) -> None:
    assert "blow" not in model_text(text) and "blew" not in model_text(text)


@pytest.mark.parametrize("text", STILL_READ)
def test_rude_blow_still_reaches_the_model(text: str) -> None:
    assert "blow" in model_text(text)


@pytest.mark.parametrize("text", HARMLESS[:4])
def test_harmless_blow_draws_no_toxicity_finding(engine: SafetyEngine, text: str) -> None:
    for speaker in (Speaker.CHILD, Speaker.TEDDY):
        verdict = engine.assess(text, age=6, speaker=speaker)
        assert all(span.label != "toxicity_model" for span in verdict.spans)
