"""The semantic stage: a small learned classifier over sentence embeddings and word n-grams.

The rules recognise phrasings; unseen phrasings of the same meaning slip past them. This
stage scores every message with a linear model over (a) a static sentence embedding
(pooled token vectors from an embedder port; the adapter lives outside the domain) and
(b) TF-IDF weighted word unigrams and bigrams of the normalised text. One head,
`critical`, says whether the line is a self-harm, abuse, grooming or sexual line that
must be blocked; four more heads say which of those it is.

The weights are data (`semantic_model.json`), trained by `teddy safety train` from the
labelled files and committed. The critical head only ever raises a verdict, and only above a
threshold calibrated on held-out blind rounds (see the model file's `calibration`). A sixth,
`harm` head (flag or block against allow) may lower one thing: a child's flag of a few
categories it is sure is harmless (learned_vouch.py). If the embedder or the model file
cannot be loaded, the engine runs on rules alone.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from domain.enums import SafetyCategory

MODEL_FILE = Path(__file__).with_name("semantic_model.json")
MODEL_FORMAT = 1
HEADS = ("critical", "self_harm", "abuse", "grooming", "sexual")
_TOKEN = re.compile(r"(?u)\b\w\w+\b")

_log = logging.getLogger(__name__)


class SentenceEmbedder(Protocol):
    """Port: static sentence embeddings, projected onto a few linear read-outs.

    `project(texts, weights)` returns, per text, its mean-pooled and l2-normalised
    embedding multiplied by `weights` (dimension x k): k numbers a text. Doing the
    product inside the adapter keeps the vector maths vectorised over the whole batch."""

    name: str
    dimension: int

    def load(self) -> None: ...

    def project(
        self, texts: Sequence[str], weights: Sequence[Sequence[float]]
    ) -> list[list[float]]: ...


@dataclass(frozen=True, slots=True)
class SemanticScore:
    critical: float
    """Probability that the line is a critical line that must be blocked."""
    category: SafetyCategory
    """The most likely critical category (only worked out when `critical` is high enough
    to matter; otherwise a placeholder)."""


@dataclass(frozen=True, slots=True)
class HarmHead:
    """The "needs a grown-up" head (a line whose label is flag or block), read only for lines
    the rules flagged: below `vouch` the stage vouches for the line (see learned_vouch.py)."""

    vouch: float
    intercept: float
    read_out: list[list[float]]
    """Its read-out of the sentence embedding (one weight a dimension, each in a row of one,
    the shape the embedder projects by). One object for the model's life: the embedder
    projects its token table once per read-out object."""


@dataclass(frozen=True, slots=True)
class SemanticThresholds:
    block: float
    """At or above this probability a safe, minor or flagged line is raised to blocked."""
    flagged_to_block: float
    """At or above this, a line the rules already flagged is raised to blocked."""
    teddy_block: float
    """`block` for the teddy's own lines (lower: a harmless reply wrongly blocked costs a
    fallback reply; an unsafe one let through reaches a child)."""

    def block_for(self, teddy: bool) -> float:
        return self.teddy_block if teddy else self.block


class SemanticModel:
    """The linear heads and the TF-IDF vocabulary, read from the committed JSON file."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != MODEL_FORMAT or tuple(data.get("heads", ())) != HEADS:
            raise ValueError("unsupported semantic model file")
        self.embedder: str = str(data["embedder"])
        self.dimension = int(data["dimension"])
        self.intercepts = tuple(float(v) for v in data["intercepts"])
        self.teddy = tuple(float(v) for v in data["teddy"])
        dense = [[float(v) for v in row] for row in data["dense"]]
        if len(dense) != self.dimension or any(len(row) != len(HEADS) for row in dense):
            raise ValueError("dense weights do not match the embedding dimension")
        self.dense = dense
        self.terms: dict[str, tuple[float, tuple[float, ...]]] = {
            term: (float(v[0]), tuple(float(c) for c in v[1:])) for term, v in data["terms"].items()
        }
        self._critical_terms = {term: (idf, coefs[0]) for term, (idf, coefs) in self.terms.items()}
        harm = data.get("harm")
        self.harm: HarmHead | None = None
        self._harm_terms: dict[str, tuple[float, float]] = {}
        if harm is not None:
            self.harm = HarmHead(
                vouch=float(harm["vouch"]),
                intercept=float(harm["intercept"]),
                read_out=[[float(v)] for v in harm["dense"]],
            )
            if len(self.harm.read_out) != self.dimension:
                raise ValueError("harm head does not match the embedding dimension")
            # Its term weights follow the heads' in each term's row.
            self._harm_terms = {
                term: (idf, coefs[len(HEADS)]) for term, (idf, coefs) in self.terms.items()
            }
        thresholds = data["thresholds"]
        block = float(thresholds["block"])
        self.thresholds = SemanticThresholds(
            block=block,
            flagged_to_block=float(thresholds["flagged_to_block"]),
            teddy_block=float(thresholds.get("teddy_block", block)),
        )

    @classmethod
    def load(cls, path: Path | None = None) -> SemanticModel:
        return cls(json.loads((path or MODEL_FILE).read_text("utf-8")))

    def critical_sparse_decision(self, text: str) -> float:
        """`sparse_decisions(text)[0]`, on the hot path: every message is scored by it."""
        return self._sparse_decision(text, self._critical_terms)

    def harm_sparse_decision(self, text: str) -> float:
        """The harm head's part from the TF-IDF terms (as the critical head's)."""
        return self._sparse_decision(text, self._harm_terms)

    @staticmethod
    def _sparse_decision(text: str, terms: dict[str, tuple[float, float]]) -> float:
        tokens = _TOKEN.findall(text)
        counts: dict[str, int] = {}
        for gram in tokens:
            if gram in terms:
                counts[gram] = counts.get(gram, 0) + 1
        previous = None
        for token in tokens:
            if previous is not None:
                gram = previous + " " + token
                if gram in terms:
                    counts[gram] = counts.get(gram, 0) + 1
            previous = token
        if not counts:
            return 0.0
        total = 0.0
        squares = 0.0
        for gram, n in counts.items():
            idf, coef = terms[gram]
            value = idf * (1.0 + math.log(n)) if n > 1 else idf
            squares += value * value
            total += coef * value
        return total / math.sqrt(squares)

    def sparse_decisions(self, text: str, *, heads: int = len(HEADS)) -> list[float]:
        """The first `heads` heads' contributions from TF-IDF word unigrams and bigrams
        (sublinear tf, l2-normalised over the known terms), as scikit-learn's
        TfidfVectorizer computes them."""
        terms = self.terms
        tokens = _TOKEN.findall(text.lower())
        counts: dict[str, int] = {}
        for gram in tokens:
            if gram in terms:
                counts[gram] = counts.get(gram, 0) + 1
        for pair in zip(tokens, tokens[1:], strict=False):
            gram = " ".join(pair)
            if gram in terms:
                counts[gram] = counts.get(gram, 0) + 1
        decisions = [0.0] * heads
        if not counts:
            return decisions
        weighted = [
            (terms[g][1], terms[g][0] * (1.0 + math.log(n) if n > 1 else 1.0))
            for g, n in counts.items()
        ]
        norm = math.sqrt(sum(value * value for _, value in weighted)) or 1.0
        for coefs, value in weighted:
            scaled = value / norm
            for i in range(heads):
                decisions[i] += coefs[i] * scaled
        return decisions


class SemanticStage:
    """Scores texts with the model; `None` for every text if anything fails."""

    def __init__(self, model: SemanticModel, embedder: SentenceEmbedder) -> None:
        if embedder.name != model.embedder or embedder.dimension != model.dimension:
            raise ValueError(
                f"semantic model was trained on {model.embedder}/{model.dimension}, "
                f"not {embedder.name}/{embedder.dimension}"
            )
        self.model = model
        self.embedder = embedder
        self.failed = False
        """Set once the embedder has failed: the stage then stays out (rules only)."""

    @property
    def thresholds(self) -> SemanticThresholds:
        return self.model.thresholds

    def load(self) -> None:
        """Read the embedder's table and project it by the harm head's read-out now, so the
        first vouched flag does not pay for it (the engine's warm-up assessment projects it
        by the other heads' read-out)."""
        try:
            self.embedder.load()
            if self.model.harm is not None:
                self.embedder.project(["warm up"], self.model.harm.read_out)
        except Exception:
            self.failed = True
            _log.exception("semantic stage failed to load; the engine runs on rules alone")

    def scores(self, texts: Sequence[str], teddy: Sequence[bool]) -> list[SemanticScore | None]:
        if not texts or self.failed:
            return [None] * len(texts)
        try:
            dense = self.embedder.project(texts, self.model.dense)
        except Exception:  # an aid: the rules still decide if the embedder fails
            self.failed = True
            _log.exception("semantic stage failed; the engine runs on rules alone from now on")
            return [None] * len(texts)
        model = self.model
        limits = model.thresholds
        floor = min(limits.block, limits.teddy_block, limits.flagged_to_block)
        floor_logit = math.log(floor / (1.0 - floor)) if floor < 1.0 else math.inf
        intercept, teddy_weight = model.intercepts[0], model.teddy[0]
        out: list[SemanticScore | None] = []
        for text, projected, is_teddy in zip(texts, dense, teddy, strict=True):
            # The critical head first; a line below every threshold gets None (nothing to
            # raise), and only the rest pay for the category heads.
            logit = intercept + model.critical_sparse_decision(text) + projected[0]
            if is_teddy:
                logit += teddy_weight
            if logit < floor_logit:
                out.append(None)
                continue
            critical = _sigmoid(logit)
            sparse = model.sparse_decisions(text)
            decisions = [
                b + s + d + (t if is_teddy else 0.0)
                for b, s, d, t in zip(model.intercepts, sparse, projected, model.teddy, strict=True)
            ]
            best = max(range(1, len(HEADS)), key=lambda i: decisions[i])
            out.append(SemanticScore(critical, SafetyCategory(HEADS[best])))
        return out

    def harm(self, texts: Sequence[str]) -> list[float] | None:
        """The harm head's probability for each text (the child's lines only), or None
        when the model has no such head or the embedder fails."""
        head = self.model.harm
        if head is None or self.failed or not texts:
            return None
        try:
            dense = self.embedder.project(texts, head.read_out)
        except Exception:  # an aid: the rules' flag stands if the embedder fails
            self.failed = True
            _log.exception("semantic stage failed; the engine runs on rules alone from now on")
            return None
        return [
            _sigmoid(head.intercept + self.model.harm_sparse_decision(text) + projected[0])
            for text, projected in zip(texts, dense, strict=True)
        ]


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)
