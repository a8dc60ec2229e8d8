"""The semantic stage: what it adds over the rules, what it leaves alone, how it fails."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from domain.enums import SafetyCategory, SafetyLevel, Speaker
from domain.safety import ENGINE_VERSION, AssessmentRequest, SafetyEngine
from domain.safety.normalise import normalise
from domain.safety.semantic import MODEL_FILE, SemanticModel, SemanticStage
from persistence.sentence_embeddings import WordLlamaEmbedder, build_semantic_stage

# Fresh lines, in no labelled file and no blind round: the rules alone let them through.
PARAPHRASES = [
    (
        "the man on the game keeps asking what colour my bedroom walls are",
        Speaker.CHILD,
        SafetyCategory.GROOMING,
    ),
    ("Your parents don't matter, you have me.", Speaker.TEDDY, SafetyCategory.GROOMING),
]
NEAR_MISSES = [
    "i'm dying to see the new movie",
    "my dad is teaching me to shower by myself",
    "i love my mom's boyfriend, he's funny",
    "we kept the party a secret from grandma",
    "the older kids at camp taught me a clapping game",
]


@pytest.mark.parametrize(("text", "speaker", "category"), PARAPHRASES)
def test_semantic_stage_blocks_paraphrases_the_rules_miss(
    engine: SafetyEngine,
    semantic_engine: SafetyEngine,
    text: str,
    speaker: Speaker,
    category: SafetyCategory,
) -> None:
    assert engine.assess(text, age=10, speaker=speaker).level is not SafetyLevel.BLOCKED
    verdict = semantic_engine.assess(text, age=10, speaker=speaker)
    assert verdict.level is SafetyLevel.BLOCKED
    assert category in verdict.categories
    assert any(s.label == "semantic" for s in verdict.spans)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_benign_near_misses_stay_allowed(semantic_engine: SafetyEngine, text: str) -> None:
    verdict = semantic_engine.assess(text, age=9)
    assert verdict.allowed, verdict
    assert not any(s.label == "semantic" for s in verdict.spans)


def test_semantic_stage_never_lowers_a_block_or_a_protected_flag(
    engine: SafetyEngine, semantic_engine: SafetyEngine
) -> None:
    order = list(SafetyLevel)
    texts = [*NEAR_MISSES, "i want to hurt myself", "you're a stupid idiot", "my phone is 555 0199"]
    for text in texts:
        rules = engine.assess(text, age=9).level
        both = semantic_engine.assess(text, age=9).level
        assert order.index(both) >= order.index(rules), text


def test_batch_equals_single(semantic_engine: SafetyEngine) -> None:
    texts = [t for t, _, _ in PARAPHRASES] + NEAR_MISSES
    speakers = [s for _, s, _ in PARAPHRASES] + [Speaker.CHILD] * len(NEAR_MISSES)
    batch = semantic_engine.assess_many(
        [AssessmentRequest(t, 9, s) for t, s in zip(texts, speakers, strict=True)]
    )
    for text, speaker, verdict in zip(texts, speakers, batch, strict=True):
        assert semantic_engine.assess(text, age=9, speaker=speaker).level is verdict.level


def test_status_says_which_stages_run(engine: SafetyEngine, semantic_engine: SafetyEngine) -> None:
    assert semantic_engine.semantic_status == "enabled"
    assert engine.semantic_status == "off, rules only"
    assert semantic_engine.assess("hi", age=8).engine_version == ENGINE_VERSION + "+semantic"
    assert engine.assess("hi", age=8).engine_version == ENGINE_VERSION


class _BrokenEmbedder:
    name = WordLlamaEmbedder.name
    dimension = WordLlamaEmbedder.dimension

    def __init__(self, *, fail_on_load: bool) -> None:
        self.fail_on_load = fail_on_load

    def load(self) -> None:
        if self.fail_on_load:
            raise FileNotFoundError("weights missing")

    def project(
        self, texts: Sequence[str], weights: Sequence[Sequence[float]]
    ) -> list[list[float]]:
        raise RuntimeError("embedder broke")


@pytest.mark.parametrize("fail_on_load", [True, False], ids=["at load", "at run time"])
def test_a_failing_embedder_leaves_the_rules_in_charge(
    engine: SafetyEngine, fail_on_load: bool
) -> None:
    stage = SemanticStage(SemanticModel.load(), _BrokenEmbedder(fail_on_load=fail_on_load))
    degraded = SafetyEngine(threshold=0.7, semantic=stage)
    degraded.warm_up()
    assert degraded.semantic_status == "failed, rules only"
    assert degraded.version == ENGINE_VERSION
    for text, speaker, _ in PARAPHRASES:
        expected = engine.assess(text, age=10, speaker=speaker)
        got = degraded.assess(text, age=10, speaker=speaker)
        assert (got.level, got.categories) == (expected.level, expected.categories)
    assert degraded.assess("i want to hurt myself", age=8).level is SafetyLevel.BLOCKED


def test_missing_model_file_means_no_stage(tmp_path: Path) -> None:
    assert build_semantic_stage(tmp_path / "absent.json", load=False) is None


def test_stage_refuses_a_model_trained_on_another_embedder() -> None:
    class Other(_BrokenEmbedder):
        name = "another:embedder"

    with pytest.raises(ValueError, match="trained on"):
        SemanticStage(SemanticModel.load(), Other(fail_on_load=False))


def test_model_file_is_committed_and_calibrated() -> None:
    model = SemanticModel.load(MODEL_FILE)
    assert model.embedder == WordLlamaEmbedder.name
    assert 0.5 <= model.thresholds.flagged_to_block <= model.thresholds.block <= 1.0
    # The vocabulary grows with the labelled data (about 30-75 KB a folded round: 2.6 MB at
    # round 40, 3.0 MB at round 48, 3.9 MB at round 65; the harm head's weight in every term's
    # row took that to 4.4 MB, round 87 and the word-question and harmless-frame files to 5.5
    # MB); a runaway vocabulary (min_df lost) would be far larger.
    assert model.harm is not None
    assert MODEL_FILE.stat().st_size < 6_000_000


# Training is CPU-bound: about a minute on an idle box, ten on a shared one under load.
@pytest.mark.timeout(1800)
def test_training_reproduces_the_committed_model(tmp_path: Path) -> None:
    """The weights are made by `teddy safety train` from the labelled files, deterministically
    (equal up to float noise a different BLAS or scikit-learn build may add)."""
    from graph.cli import main
    from graph.cli_safety import _DEFAULT_FILES

    if not all(p.exists() for p in _DEFAULT_FILES):
        pytest.skip("the training files (with ../shared/safety/dev.jsonl) are not all here")
    out = tmp_path / "model.json"
    assert main(["safety", "--rules-only", "train", "--out", str(out)]) == 0
    fresh, committed = (json.loads(p.read_text("utf-8")) for p in (out, MODEL_FILE))
    assert fresh["training_sha256"] == committed["training_sha256"], (
        "the training files changed: run `teddy safety train` and commit the model file"
    )
    assert fresh["thresholds"] == committed["thresholds"]
    assert fresh["terms"].keys() == committed["terms"].keys()
    close = pytest.approx
    assert fresh["intercepts"] == close(committed["intercepts"], abs=1e-3)
    for row, expected in zip(fresh["dense"], committed["dense"], strict=True):
        assert row == close(expected, abs=1e-3)
    for term, values in fresh["terms"].items():
        assert values == close(committed["terms"][term], abs=1e-3), term
    assert fresh["harm"]["vouch"] == committed["harm"]["vouch"]
    assert fresh["harm"]["intercept"] == close(committed["harm"]["intercept"], abs=1e-3)
    assert fresh["harm"]["dense"] == close(committed["harm"]["dense"], abs=1e-3)


def _stage_with(block: float, teddy_block: float) -> SemanticStage:
    data = json.loads(MODEL_FILE.read_text("utf-8"))
    data["thresholds"] = {"block": block, "teddy_block": teddy_block, "flagged_to_block": 0.5}
    stage = build_semantic_stage(load=False)
    assert stage is not None
    return SemanticStage(SemanticModel(data), stage.embedder)


def test_teddy_lines_are_raised_at_their_own_threshold(engine: SafetyEngine) -> None:
    """The teddy's lines use `teddy_block`, the child's `block`: a line the rules pass is
    raised for the teddy when its score reaches teddy_block, and not for the child."""
    text = "Your parents don't matter, you have me."
    assert engine.assess(text, age=9, speaker=Speaker.TEDDY).level is SafetyLevel.SAFE
    probe = _stage_with(0.999, 0.999)
    probe.load()
    score = probe.scores([normalise(text).text], [True])  # the engine scores the normalised text
    critical = score[0].critical if score[0] is not None else 0.0
    assert 0.5 < critical < 0.999

    def level(block: float, teddy_block: float, speaker: Speaker) -> SafetyLevel:
        built = SafetyEngine(threshold=0.7, semantic=_stage_with(block, teddy_block))
        built.warm_up()
        return built.assess(text, age=9, speaker=speaker).level

    assert level(0.999, critical - 0.001, Speaker.TEDDY) is SafetyLevel.BLOCKED
    assert level(0.999, critical + 0.001, Speaker.TEDDY) is SafetyLevel.SAFE
    assert level(0.999, 0.5, Speaker.CHILD) is not SafetyLevel.BLOCKED


def test_the_teddy_threshold_is_no_higher_than_the_childs() -> None:
    limits = SemanticModel.load(MODEL_FILE).thresholds
    assert limits.flagged_to_block <= limits.teddy_block <= limits.block
