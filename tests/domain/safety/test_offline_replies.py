"""Every line the built-in offline responder can say passes the engine as the teddy's own
words (rules and the semantic stage, ages 4, 8 and 12): a false alert on them replaces a
good reply, opens an incident and alerts a moderator and the parents."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from domain.enums import AgeGroup, InteractionType, SafetyLevel, Speaker
from domain.responders.offline import _FRESH_STARTS
from domain.safety import SafetyEngine
from domain.safety.verdict import AssessmentRequest
from tests.domain.responders.conversation_driver import talk
from tests.domain.responders.offline_lines import BANDS, offline_lines

from . import teddy_reply_phrasings
from .conftest import data_lines

AGES = (4, 8, 12)
UNSAFE = (SafetyLevel.FLAGGED, SafetyLevel.BLOCKED)


def _failures(engine: SafetyEngine, lines: Iterable[str]) -> list[str]:
    requests = [AssessmentRequest(line, age, Speaker.TEDDY) for line in lines for age in AGES]
    return [
        f"{request.age}: {verdict.level.value} {[s.label for s in verdict.spans]} {request.text}"
        for request, verdict in zip(requests, engine.assess_many(requests), strict=True)
        if verdict.level in UNSAFE
    ]


def _benign_child_lines() -> list[str]:
    lines = data_lines()
    return list(
        dict.fromkeys(
            line["text"]
            for line in lines
            if line.get("speaker") == "child" and line.get("action") == "allow"
        )
    )


def test_the_enumeration_holds_the_lines_that_drew_false_alerts() -> None:
    lines = {line for band in BANDS for line in offline_lines(band)}
    assert len(lines) > 100_000
    for sample in (
        "Aww, I'd love to meet your frog for a cuddle! What games do you play with it?",
        "Spiders have eight legs and spin webs from silk made inside their bodies. The webs "
        "catch flies for dinner. What other things do you wonder about?",
        "Let's play a guessing game! I'm thinking of a number between 1 and 20. What's your "
        "first guess? I'll tell you if it's higher or lower.",
        "Yes! It's a cow! Here's a riddle! I hop and I say ribbit. Who am I?",
    ):
        assert sample in lines
    assert all(any(line.startswith(start) for line in lines) for start in _FRESH_STARTS)


@pytest.mark.parametrize("band", BANDS, ids=lambda band: band.value)
def test_every_offline_line_passes_as_the_teddy(
    semantic_engine: SafetyEngine, band: AgeGroup
) -> None:
    failures = _failures(semantic_engine, offline_lines(band))
    assert failures == [], f"{len(failures)} offline lines fail, e.g. {failures[:10]}"


async def test_replies_to_every_benign_child_line_pass(semantic_engine: SafetyEngine) -> None:
    """The offline teddy driven by every benign child line of the data files, in every mode
    and age band, twelve turns a conversation (stories and games run across turns)."""
    prompts = _benign_child_lines()
    replies: set[str] = set()
    for mode in InteractionType:
        for age in AGES:
            for start in range(0, len(prompts), 12):
                name = "Sam" if start % 24 else None
                turns = await talk(prompts[start : start + 12], mode, age, name)
                replies.update(reply.text for reply in turns)
    assert len(replies) > 3000
    failures = _failures(semantic_engine, sorted(replies))
    assert failures == [], f"{len(failures)} replies fail, e.g. {failures[:10]}"


@pytest.mark.parametrize("text", teddy_reply_phrasings.TEDDY_ALLOW)
def test_teddy_reply_near_misses_pass_with_the_semantic_stage(
    semantic_engine: SafetyEngine, text: str
) -> None:
    for age in AGES:
        level = semantic_engine.assess(text, age=age, speaker=Speaker.TEDDY).level
        assert level in (SafetyLevel.SAFE, SafetyLevel.MINOR), (age, level)


@pytest.mark.parametrize("text", teddy_reply_phrasings.TEDDY_BLOCK)
def test_unsafe_teddy_replies_block_with_the_semantic_stage(
    semantic_engine: SafetyEngine, text: str
) -> None:
    for age in AGES:
        level = semantic_engine.assess(text, age=age, speaker=Speaker.TEDDY).level
        assert level is SafetyLevel.BLOCKED, (age, level)
