"""The calibration's copy of the engine's rule (`combine` with its `Vouch`, in
persistence/semantic_calibration.py) gives the levels the engine itself gives: the rules' verdict,
raised by the critical head and lowered by the learned vouch. The thresholds are chosen with
that copy, so a drift between the two would calibrate a rule the engine does not run."""

from __future__ import annotations

from domain.enums import Speaker
from domain.safety import AssessmentRequest, SafetyEngine
from domain.safety.evaluation import Example
from domain.safety.semantic import SemanticStage
from persistence.semantic_calibration import Vouch, combine
from persistence.semantic_training import model_text

from .conftest import data_lines


def _child_lines() -> list[Example]:
    """Every child line of the data files, once."""
    seen: set[tuple[str, int]] = set()
    lines: list[Example] = []
    for row in data_lines():
        key = (row["text"], int(row["age"]))
        if row["speaker"] != "child" or key in seen or not row["text"].strip():
            continue
        seen.add(key)
        lines.append(Example(row["text"], key[1], Speaker.CHILD, frozenset(), str(row["action"])))
    return lines


def _levels(engine: SafetyEngine, lines: list[Example]) -> list[str]:
    verdicts = engine.assess_many([AssessmentRequest(e.text, e.age, e.speaker) for e in lines])
    return [v.level.value for v in verdicts]


def test_the_calibrations_rule_gives_the_engines_levels_on_the_childs_lines(
    engine: SafetyEngine, semantic_engine: SafetyEngine, semantic_stage: SemanticStage
) -> None:
    stage = semantic_stage
    assert not stage.failed
    lines = _child_lines()
    rules = engine.assess_many([AssessmentRequest(e.text, e.age, e.speaker) for e in lines])
    texts = [model_text(e.text) for e in lines]
    # The stage leaves a line below every threshold unscored: nothing can follow from it.
    scored = stage.scores(texts, [False] * len(texts))
    critical = [0.0 if s is None else s.critical for s in scored]
    harm = stage.harm(texts)
    assert harm is not None
    vouch = Vouch(harm, [frozenset(c.value for c in v.categories) for v in rules])
    limits = stage.thresholds
    expected = combine(
        lines, [v.level.value for v in rules], critical, limits.block, limits.teddy_block, vouch
    )

    actual = _levels(semantic_engine, lines)

    differing = [
        (e.text, r.level.value, want, got)
        for e, r, want, got in zip(lines, rules, expected, actual, strict=True)
        if want != got
    ]
    assert not differing, differing[:10]
    # The comparison covers both of the stage's acts, not only lines it leaves alone.
    flagged = [r.level.value == "flagged" for r in rules]
    assert sum(f and a == "minor" for f, a in zip(flagged, actual, strict=True)) >= 5
    pairs = zip(rules, actual, strict=True)
    raised = [r.level.value != "blocked" and a == "blocked" for r, a in pairs]
    assert sum(raised) >= 5
