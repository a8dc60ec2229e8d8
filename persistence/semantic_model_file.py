"""The semantic stage's model file: fit on all the training data, calibrate on the blind
rounds, and lay the heads, the TF-IDF vocabularies and the thresholds out as the JSON data
`domain/safety/semantic_model.json` holds (what `teddy safety train` writes)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from domain.safety.evaluation import load_examples
from domain.safety.semantic import HEADS, MODEL_FORMAT
from persistence.blind_rounds import load_blind_rounds
from persistence.semantic_calibration import (
    BLOCK_GRID,
    FLAGGED_TO_BLOCK,
    MAX_BENIGN_LOSS,
    MAX_TEDDY_BENIGN_LOSS,
    TEDDY_BLOCK_GRID,
    VOUCH,
    HeldOutScores,
    calibrate,
)
from persistence.semantic_training import EMBEDDING_WEIGHT, Features, Hyperparameters, fit
from persistence.sentence_embeddings import WordLlamaEmbedder


def _sha256(paths: Sequence[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def train_model(
    files: Sequence[Path],
    rounds_folder: Path,
    verdicts_file: Path,
    settings: Hyperparameters = Hyperparameters(),
) -> dict[str, Any]:
    """Fit on `files`, calibrate on the blind rounds, and return the model file's data."""
    features = Features(WordLlamaEmbedder())
    rounds = load_blind_rounds(rounds_folder, verdicts_file)
    return model_data(HeldOutScores(features, load_examples(files), rounds, settings), files)


def model_data(held_out: HeldOutScores, files: Sequence[Path]) -> dict[str, Any]:
    """The model file's data: heads fitted on all of `held_out.train` (read from `files`),
    thresholds calibrated on its rounds (reusing the fits it already holds)."""
    features, examples, settings = held_out.features, held_out.train, held_out.settings
    embedder = features.embedder
    rounds = list(held_out.rounds.values())
    limits = calibrate(held_out, rounds)
    fitted = fit(features, examples, settings=settings)
    vocabulary: dict[str, int] = fitted.vectorizer.vocabulary_
    idf = fitted.vectorizer.idf_
    width = len(vocabulary)
    # heads and the harm head x (terms + dim + 1)
    coefs = np.vstack([h.coef_.ravel() for h in [*fitted.heads, fitted.harm]])
    dense = coefs[:, width : width + embedder.dimension] * EMBEDDING_WEIGHT
    return {
        "format": MODEL_FORMAT,
        "embedder": embedder.name,
        "dimension": embedder.dimension,
        "heads": list(HEADS),
        "trained_on": [{"file": p.name, "lines": len(load_examples([p]))} for p in files],
        "training_sha256": _sha256(files),
        "hyperparameters": settings.as_dict(),
        "calibration": {
            "rounds": [r.number for r in rounds],
            "max_benign_loss": MAX_BENIGN_LOSS,
            "grid": list(BLOCK_GRID),
            "max_teddy_benign_loss": MAX_TEDDY_BENIGN_LOSS,
            "teddy_grid": list(TEDDY_BLOCK_GRID),
        },
        "thresholds": {
            "block": limits.block,
            "teddy_block": limits.teddy_block,
            "flagged_to_block": FLAGGED_TO_BLOCK,
        },
        "intercepts": [_r(h.intercept_[0]) for h in fitted.heads],
        "teddy": [_r(v) for v in coefs[: len(HEADS), -1]],
        "dense": [[_r(v) for v in row] for row in dense[: len(HEADS)].T],
        "harm": {
            "vouch": VOUCH,
            "intercept": _r(fitted.harm.intercept_[0]),
            "dense": [_r(v) for v in dense[len(HEADS)]],
        },
        "terms": {
            term: [_r(idf[index]), *(_r(v) for v in coefs[:, index])]
            for term, index in sorted(vocabulary.items())
        },
    }


def _r(value: float) -> float:
    return float(f"{float(value):.6g}")
