"""The learned stage's vouch: a child's flag or block of a vouchable category is lowered to minor
when the harm head is sure the line is harmless; every other flag and block stands."""

from __future__ import annotations

import json

import pytest

from domain.enums import SafetyCategory, SafetyLevel, Speaker
from domain.safety import AssessmentRequest, SafetyEngine
from domain.safety.learned_vouch import VOUCHED_SCORE, vouch_for_flags
from domain.safety.normalise import normalise
from domain.safety.semantic import MODEL_FILE, SemanticModel, SemanticStage
from domain.safety.verdict import Span, Verdict

HARMLESS = "im so nervous for my swimming badge test tomorrow but mum says ill smash it"
BRAG = "my sister ate my chips so im gonna kill her in the pillow fight later haha"
WORRYING = "i cry every night because everyone at school hates me and i cant tell anyone"


def _flag(text: str, category: SafetyCategory, level: SafetyLevel = SafetyLevel.FLAGGED) -> Verdict:
    return Verdict(
        score=0.6 if level is SafetyLevel.FLAGGED else 0.95,
        level=level,
        categories=(category,),
        spans=(Span(0, len(text), category, "test"),),
        redacted_text=text,
        engine_version="test",
        toxicity=0.0,
    )


@pytest.fixture(scope="module")
def stage(semantic_stage: SemanticStage) -> SemanticStage:
    assert not semantic_stage.failed
    return semantic_stage


def _vouched(
    stage: SemanticStage,
    text: str,
    category: SafetyCategory,
    speaker: Speaker = Speaker.CHILD,
    level: SafetyLevel = SafetyLevel.FLAGGED,
) -> Verdict:
    request = AssessmentRequest(text, 9, speaker)
    verdicts = [_flag(text, category, level)]
    return vouch_for_flags(stage, [request], verdicts, {}, [normalise(text).text])[0]


def test_the_committed_model_has_a_harm_head(stage: SemanticStage) -> None:
    head = stage.model.harm
    assert head is not None
    assert 0.0 < head.vouch < 0.5
    probabilities = stage.harm([normalise(HARMLESS).text, normalise(WORRYING).text])
    assert probabilities is not None
    assert probabilities[0] < head.vouch <= probabilities[1]


def test_a_harmless_flag_is_lowered_to_minor(stage: SemanticStage) -> None:
    verdict = _vouched(stage, HARMLESS, SafetyCategory.DISTRESS)
    assert verdict.level is SafetyLevel.MINOR
    assert verdict.score == VOUCHED_SCORE
    assert verdict.categories == (SafetyCategory.DISTRESS,)


def test_a_harmless_block_of_a_vouchable_category_is_lowered_to_minor(
    stage: SemanticStage,
) -> None:
    verdict = _vouched(stage, BRAG, SafetyCategory.VIOLENCE, level=SafetyLevel.BLOCKED)
    assert verdict.level is SafetyLevel.MINOR
    assert verdict.score == VOUCHED_SCORE


@pytest.mark.parametrize(
    "category", [SafetyCategory.SELF_HARM, SafetyCategory.ABUSE, SafetyCategory.INSULT]
)
def test_a_block_of_a_protected_category_stands(
    stage: SemanticStage, category: SafetyCategory
) -> None:
    verdict = _vouched(stage, BRAG, category, level=SafetyLevel.BLOCKED)
    assert verdict.level is SafetyLevel.BLOCKED


def test_a_worrying_flag_stands(stage: SemanticStage) -> None:
    assert _vouched(stage, WORRYING, SafetyCategory.DISTRESS).level is SafetyLevel.FLAGGED


@pytest.mark.parametrize(
    "category",
    [
        SafetyCategory.PERSONAL_INFO,
        SafetyCategory.PROFANITY,
        SafetyCategory.INSULT,
        SafetyCategory.HATE,
        SafetyCategory.SELF_HARM,
    ],
)
def test_a_flag_of_a_protected_category_stands(
    stage: SemanticStage, category: SafetyCategory
) -> None:
    assert _vouched(stage, HARMLESS, category).level is SafetyLevel.FLAGGED


def test_the_teddys_flags_stand(stage: SemanticStage) -> None:
    verdict = _vouched(stage, HARMLESS, SafetyCategory.DISTRESS, Speaker.TEDDY)
    assert verdict.level is SafetyLevel.FLAGGED


def test_a_model_without_the_head_vouches_for_nothing(stage: SemanticStage) -> None:
    data = json.loads(MODEL_FILE.read_text("utf-8"))
    del data["harm"]
    headless = SemanticStage(SemanticModel(data), stage.embedder)
    assert _vouched(headless, HARMLESS, SafetyCategory.DISTRESS).level is SafetyLevel.FLAGGED


def test_the_engine_vouches_only_for_harmless_flags_of_the_labelled_set(
    engine: SafetyEngine, semantic_engine: SafetyEngine
) -> None:
    """Over the labelled set, the full engine lowers some of the rules' flags and blocks, each
    one a child's harmless line of vouchable categories, lowered to exactly minor."""
    lines = [
        json.loads(line)
        for line in (MODEL_FILE.parents[2] / "tests" / "safety" / "labelled.jsonl")
        .read_text("utf-8")
        .splitlines()
        if line.strip()
    ]
    requests = [AssessmentRequest(d["text"], d["age"], Speaker(d["speaker"])) for d in lines]
    flagged = [
        (line, request)
        for line, request, verdict in zip(
            lines, requests, engine.assess_many(requests), strict=True
        )
        if verdict.level in (SafetyLevel.FLAGGED, SafetyLevel.BLOCKED)
    ]
    full = semantic_engine.assess_many([request for _, request in flagged])
    lowered = [
        (line, request, after)
        for (line, request), after in zip(flagged, full, strict=True)
        if after.level in (SafetyLevel.SAFE, SafetyLevel.MINOR)
    ]
    assert lowered, "the harm head vouched for none of the rules' flags"
    for line, request, after in lowered:
        assert line["action"] == "allow", line["text"]
        assert request.speaker is Speaker.CHILD
        assert after.level is SafetyLevel.MINOR and after.score == VOUCHED_SCORE
        assert set(after.categories) <= {
            SafetyCategory.DISTRESS,
            SafetyCategory.DANGEROUS_ACTIVITY,
            SafetyCategory.VIOLENCE,
            SafetyCategory.DRUGS_ALCOHOL,
        }
