"""Training of the semantic safety stage (scikit-learn, offline).

`teddy safety train` fits five logistic-regression heads (critical, self_harm, abuse,
grooming, sexual) over [TF-IDF word 1-2 grams | sentence embedding | teddy flag] of the
normalised text, deterministically (lbfgs, fixed data order);
`persistence/semantic_model_file.py` lays them out as `domain/safety/semantic_model.json`.
Their thresholds are calibrated, and the stage cross-validated, by
`persistence/semantic_calibration.py`.

The regularisation and the vocabulary's document-frequency cut-offs are `Hyperparameters`
(defaults: the committed model's), so `teddy safety train` and `teddy safety crossval` can
be run with others (`--C`, `--min-df`, `--max-df`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from domain.enums import SafetyCategory
from domain.safety.engine import MAX_ANALYSED_CHARS
from domain.safety.evaluation import Example
from domain.safety.normalise import normalise
from domain.safety.semantic import HEADS
from persistence.blind_rounds import critical_target
from persistence.sentence_embeddings import WordLlamaEmbedder

C = 30.0
MIN_DF = 1
MAX_DF = 1.0
FLAG_WEIGHT = 0.3
"""Weight, in the critical head's fit, of its negatives that still need a grown-up (labelled
flag, or block for a category that is not critical, such as personal info): one scored high
costs at most a flag raised to a block, an allow line scored high costs a harmless line
blocked, so the head is taught to keep the allow lines low above all."""
EMBEDDING_WEIGHT = 1.0


@dataclass(frozen=True, slots=True)
class Hyperparameters:
    c: float = C
    """Inverse regularisation strength of every logistic-regression head."""
    min_df: int = MIN_DF
    """A term enters the TF-IDF vocabulary if at least this many training lines hold it."""
    max_df: float = MAX_DF
    """... and at most this share of them."""
    flag_weight: float = FLAG_WEIGHT
    """Weight of the critical head's negatives that need a grown-up (FLAG_WEIGHT)."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "C": self.c,
            "min_df": self.min_df,
            "max_df": self.max_df,
            "flag_weight": self.flag_weight,
            "embedding_weight": EMBEDDING_WEIGHT,
            "ngrams": [1, 2],
        }


def head_targets(example: Example) -> list[int]:
    blocked = example.action != "allow"
    return [critical_target(example)] + [
        int(blocked and SafetyCategory(h) in example.categories) for h in HEADS[1:]
    ]


def model_text(text: str) -> str:
    return normalise(text).text[:MAX_ANALYSED_CHARS]


class Features:
    """Normalised texts and their embeddings, computed once per distinct text."""

    def __init__(self, embedder: WordLlamaEmbedder) -> None:
        self.embedder = embedder
        self._vectors: dict[str, np.ndarray[Any, Any]] = {}

    def dense(self, examples: Sequence[Example]) -> np.ndarray[Any, Any]:
        texts = [model_text(e.text) for e in examples]
        missing = sorted({t for t in texts if t not in self._vectors})
        if missing:
            for text, vector in zip(missing, self.embedder.embed(missing), strict=True):
                self._vectors[text] = vector
        teddy = np.array([[1.0 if e.speaker.value == "teddy" else 0.0] for e in examples])
        return np.hstack([np.array([self._vectors[t] for t in texts]) * EMBEDDING_WEIGHT, teddy])


@dataclass(slots=True)
class Fitted:
    vectorizer: TfidfVectorizer
    heads: list[LogisticRegression]
    harm: LogisticRegression
    """The harm head: flag or block against allow (what the learned vouch reads)."""

    def read(
        self, features: Features, examples: Sequence[Example]
    ) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """Every head's probabilities (a column each) and the harm head's, from one matrix."""
        matrix = _matrix(self.vectorizer, features, examples)
        heads = np.column_stack([h.predict_proba(matrix)[:, 1] for h in self.heads])
        return heads, self.harm.predict_proba(matrix)[:, 1]


def _matrix(
    vectorizer: TfidfVectorizer, features: Features, examples: Sequence[Example]
) -> csr_matrix:
    sparse = vectorizer.transform([model_text(e.text) for e in examples])
    return hstack([sparse, csr_matrix(features.dense(examples))]).tocsr()


def fit(
    features: Features,
    examples: Sequence[Example],
    *,
    heads: int = len(HEADS),
    settings: Hyperparameters = Hyperparameters(),
) -> Fitted:
    """The first `heads` heads of HEADS and the harm head, all on one TF-IDF vocabulary and
    embedding, the training matrix built once."""
    vectorizer = TfidfVectorizer(
        ngram_range=(1, 2),
        sublinear_tf=True,
        lowercase=True,
        min_df=settings.min_df,
        max_df=settings.max_df,
    )
    vectorizer.fit([model_text(e.text) for e in examples])
    matrix = _matrix(vectorizer, features, examples)
    targets = np.array([head_targets(e) for e in examples])
    columns = [targets[:, i] for i in range(heads)]
    harm = np.array([harm_target(e) for e in examples])
    columns.append(harm)
    # The critical head's negatives that need a grown-up (flag, or a non-critical block) weigh
    # flag_weight (times the class weight).
    critical_weights = np.where((targets[:, 0] == 0) & (harm == 1), settings.flag_weight, 1.0)
    fitted = []
    # One BLAS thread: these small fits ran about 9x slower with a thread per core on a
    # shared two-core machine (18 s against 2 s for one head), and the result is the same.
    with threadpool_limits(limits=1):
        for i, column in enumerate(columns):
            model = LogisticRegression(C=settings.c, max_iter=5000, class_weight="balanced")
            model.fit(matrix, column, sample_weight=critical_weights if i == 0 else None)
            fitted.append(model)
    return Fitted(vectorizer, fitted[:-1], fitted[-1])


def harm_target(example: Example) -> int:
    """1 if the line needs a grown-up: its label is flag or block."""
    return int(example.action != "allow")
