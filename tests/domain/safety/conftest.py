"""One engine for the whole safety test session (the model loads once)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from domain.safety import SafetyEngine
from domain.safety.semantic import SemanticStage
from persistence.prefilter_analysis_file import warm_up_engine
from persistence.sentence_embeddings import build_semantic_stage

REPO_ROOT = Path(__file__).resolve().parents[3]
DEV_SET = REPO_ROOT.parent / "shared" / "safety" / "dev.jsonl"
LABELLED_SET = REPO_ROOT / "tests" / "safety" / "labelled.jsonl"
HOLDOUT_SET = REPO_ROOT / "tests" / "safety" / "holdout.jsonl"
PARAPHRASE_SET = REPO_ROOT / "tests" / "safety" / "paraphrases.jsonl"
PARAPHRASE_A_SET = REPO_ROOT / "tests" / "safety" / "paraphrases_a.jsonl"
PARAPHRASE_B_SET = REPO_ROOT / "tests" / "safety" / "paraphrases_b.jsonl"
CACHE_DIR = REPO_ROOT / ".teddy-cache"
"""What `make run` uses too: the pre-filter's analyses, kept between test sessions."""


def data_lines() -> list[dict[str, Any]]:
    """Every line of the labelled data files but the blind rounds': a folded round's lines
    are in labelled.jsonl already, and a round held back unread must not be read by any test."""
    folder = REPO_ROOT / "tests" / "safety"
    own = [p for p in sorted(folder.glob("*.jsonl")) if not p.name.startswith("blind_")]
    return [
        json.loads(raw) for path in (*own, DEV_SET) for raw in path.read_text("utf-8").splitlines()
    ]


@pytest.fixture(scope="session")
def engine() -> SafetyEngine:
    built = SafetyEngine(threshold=0.7)
    warm_up_engine(built, CACHE_DIR)
    return built


@pytest.fixture(scope="session")
def production_engine() -> SafetyEngine:
    built = SafetyEngine(threshold=0.8)
    warm_up_engine(built, CACHE_DIR)
    return built


@pytest.fixture(scope="session")
def semantic_stage() -> SemanticStage:
    """The semantic stage, loaded once (its embedder's table is the slow part)."""
    stage = build_semantic_stage()
    assert stage is not None, "the semantic stage did not load (wordllama installed?)"
    return stage


@pytest.fixture(scope="session")
def semantic_engine(semantic_stage: SemanticStage) -> SafetyEngine:
    """The engine as the service builds it: rules + the semantic stage."""
    built = SafetyEngine(threshold=0.7, semantic=semantic_stage)
    warm_up_engine(built, CACHE_DIR)
    return built
