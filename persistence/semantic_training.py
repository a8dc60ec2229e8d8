"""Training and honest cross-validation of the semantic safety stage (scikit-learn, offline).

`teddy safety train` fits five logistic-regression heads (critical, self_harm, abuse,
grooming, sexual) over [TF-IDF word 1-2 grams | sentence embedding | teddy flag] of the
normalised text, deterministically (lbfgs, fixed data order);
`persistence/semantic_model_file.py` lays them out as `domain/safety/semantic_model.json`.
The block threshold is calibrated by leave-one-round-out over the blind rounds in the
training data, combined with the verdicts the rules gave each round *blind* (before they
were fixed on it), kept in `tests/safety/blind_rule_verdicts.jsonl`: the lowest threshold
that costs at most `MAX_BENIGN_LOSS` of benign pass rate over those rounds. The teddy's own
lines get a threshold of their own, calibrated the same way on the teddy lines alone, with a larger
budget (`MAX_TEDDY_BENIGN_LOSS`): a harmless teddy reply wrongly blocked costs only a
fallback reply, while an unsafe one let through reaches a child.

The regularisation and the vocabulary's document-frequency cut-offs are `Hyperparameters`
(defaults: the committed model's), so `teddy safety train` and `teddy safety crossval` can
be run with others (`--C`, `--min-df`, `--max-df`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
from domain.safety.learned_vouch import VOUCHABLE
from domain.safety.normalise import normalise
from domain.safety.semantic import HEADS
from persistence.blind_rounds import BlindRound, critical_target, scores
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
FLAGGED_TO_BLOCK = 0.5
VOUCH = 0.1
"""Below this "needs a grown-up" probability a child's flag of a vouchable category is lowered
to minor (domain/safety/learned_vouch.py). Left one blind round out at a time over rounds
46-65, with the critical head's thresholds as they are: benign pass 0.966 -> 0.974, flag lines
kept 0.788 -> 0.782, critical recall unchanged (0.2 lowered more flags for little more).
The rules' blocks of the same categories are read at the same threshold (learned_vouch.py)."""
_VOUCHABLE = frozenset(c.value for c in VOUCHABLE)
BLOCK_GRID = (0.8, 0.85, 0.9, 0.925, 0.95, 0.975, 0.99)
MAX_BENIGN_LOSS = 0.005
TEDDY_BLOCK_GRID = (0.7, 0.75, *BLOCK_GRID)
"""Not below 0.7: at 0.6 (chosen over rounds 12-28) the teddy's own story lines about a
hug were blocked (tests/domain/safety/test_offline_replies.py), which the blind rounds'
few teddy lines cannot show."""
MAX_TEDDY_BENIGN_LOSS = 0.02


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


def combine(
    examples: Sequence[Example],
    rule_levels: Sequence[str],
    critical: Sequence[float],
    block: float,
    teddy_block: float | None = None,
    vouch: Vouch | None = None,
) -> list[str]:
    """The engine's rule: raise to blocked at or above the block threshold (`teddy_block`
    for the teddy's lines, when given), or at or above FLAGGED_TO_BLOCK if flagged; with
    `vouch`, a child's flag or block it vouches for, the critical head below FLAGGED_TO_BLOCK,
    is lowered to minor (learned_vouch.py)."""
    out = []
    for i, (example, level, p) in enumerate(zip(examples, rule_levels, critical, strict=True)):
        limit = block if teddy_block is None or not _is_teddy(example) else teddy_block
        if p >= limit or (level == "flagged" and p >= FLAGGED_TO_BLOCK):
            level = "blocked"
        elif (
            level in ("flagged", "blocked")
            and p < FLAGGED_TO_BLOCK
            and vouch is not None
            and vouch.lowers(example, i)
        ):
            level = "minor"
        out.append(level)
    return out


@dataclass(frozen=True, slots=True)
class Vouch:
    """The harm head's probability for each line and the categories the rules named: what
    the engine's vouch reads of a line the rules flagged or blocked and the critical head left
    alone."""

    harm: Sequence[float]
    rule_categories: Sequence[frozenset[str]]

    def lowers(self, example: Example, index: int) -> bool:
        categories = self.rule_categories[index]
        return (
            not _is_teddy(example)
            and bool(categories)
            and categories <= _VOUCHABLE
            and self.harm[index] < VOUCH
        )


def _is_teddy(example: Example) -> bool:
    return example.speaker.value == "teddy"


def _without(examples: Sequence[Example], held: Iterable[Example]) -> list[Example]:
    texts = {e.text.lower() for e in held}
    return [e for e in examples if e.text.lower() not in texts]


@dataclass(frozen=True, slots=True)
class Thresholds:
    block: float
    teddy_block: float


class HeldOutScores:
    """Critical and harm probabilities of blind rounds' lines from models trained without them.

    A model is fitted once per set of rounds left out, and scores every round in that set:
    the fit without rounds {a, b} serves both a's calibration when b is held out and b's
    when a is (the same training lines either way), which halves cross-validation's fits."""

    def __init__(
        self,
        features: Features,
        train: Sequence[Example],
        rounds: Sequence[BlindRound],
        settings: Hyperparameters,
    ) -> None:
        self.features = features
        self.train = train
        self.rounds = {r.number: r for r in rounds}
        self.settings = settings
        self._cache: dict[frozenset[int], dict[int, tuple[list[float], list[float]]]] = {}

    def critical(self, left_out: frozenset[int], number: int) -> list[float]:
        return self._scores(left_out, number)[0]

    def harm(self, left_out: frozenset[int], number: int) -> list[float]:
        return self._scores(left_out, number)[1]

    def vouch(self, left_out: frozenset[int], number: int) -> Vouch:
        """The vouch as a model trained without `left_out` would read round `number`."""
        return Vouch(self.harm(left_out, number), self.rounds[number].rule_categories)

    def _scores(self, left_out: frozenset[int], number: int) -> tuple[list[float], list[float]]:
        if left_out not in self._cache:
            held = [self.rounds[n] for n in sorted(left_out)]
            rest = _without(self.train, [e for r in held for e in r.examples])
            fitted = fit(self.features, rest, heads=1, settings=self.settings)
            scored = {}
            for r in held:
                heads, harm = fitted.read(self.features, r.examples)
                scored[r.number] = (list(heads[:, 0]), list(harm))
            self._cache[left_out] = scored
        return self._cache[left_out][number]


def calibrate(
    held_out: HeldOutScores, rounds: Sequence[BlindRound], without: frozenset[int] = frozenset()
) -> Thresholds:
    """Leave-one-round-out over `rounds` (each scored by a model trained without it and
    without the rounds in `without`): the lowest block threshold that keeps the pooled
    benign pass rate (the learned vouch counted, as the engine applies it) within
    MAX_BENIGN_LOSS of the rules' own blind rate; then, with that, the lowest teddy threshold
    (no higher) that keeps the teddy lines' benign pass rate within MAX_TEDDY_BENIGN_LOSS of
    the rules' own on those lines."""
    examples: list[Example] = []
    levels: list[str] = []
    critical: list[float] = []
    harm: list[float] = []
    categories: list[frozenset[str]] = []
    for held in rounds:
        left_out = without | {held.number}
        critical += held_out.critical(left_out, held.number)
        harm += held_out.harm(left_out, held.number)
        categories += held.rule_categories
        examples += held.examples
        levels += held.rule_levels
    base = scores(examples, levels)["benign"]
    vouch = Vouch(harm, categories)
    block = next(
        (
            b
            for b in BLOCK_GRID
            if base
            - scores(examples, combine(examples, levels, critical, b, vouch=vouch))["benign"]
            <= MAX_BENIGN_LOSS
        ),
        1.01,
    )
    teddy = [i for i, e in enumerate(examples) if _is_teddy(e)]
    teddy_examples = [examples[i] for i in teddy]
    teddy_levels = [levels[i] for i in teddy]
    teddy_critical = [critical[i] for i in teddy]
    teddy_base = scores(teddy_examples, teddy_levels)["benign"]
    teddy_block = next(
        (
            t
            for t in TEDDY_BLOCK_GRID
            if t <= block
            and teddy_base
            - scores(teddy_examples, combine(teddy_examples, teddy_levels, teddy_critical, t))[
                "benign"
            ]
            <= MAX_TEDDY_BENIGN_LOSS
        ),
        block,
    )
    return Thresholds(block, teddy_block)


def cross_validate(
    features: Features,
    train: Sequence[Example],
    rounds: Sequence[BlindRound],
    *,
    settings: Hyperparameters = Hyperparameters(),
    held: Iterable[int] | None = None,
    nested: bool = True,
    held_out: HeldOutScores | None = None,
) -> list[dict[str, Any]]:
    """Per blind round (each of `held`, default all): rules as scored blind vs rules + a
    semantic stage that never saw the round (trained and calibrated on everything else,
    the threshold from all the other rounds).

    With `nested=False` (a quicker proxy: one fit per round instead of one per pair of
    rounds) the threshold is calibrated on the other rounds by models that each left out
    only the round they score, so they did see the held round; its own lines are still
    scored by a model that never saw them."""
    chosen = set(held) if held is not None else {r.number for r in rounds}
    held_out = held_out or HeldOutScores(features, train, rounds, settings)
    rows = []
    pooled: tuple[list[Example], list[str], list[str]] = ([], [], [])
    for round_ in rounds:
        if round_.number not in chosen:
            continue
        others = [r for r in rounds if r.number != round_.number]
        limits = calibrate(held_out, others, frozenset({round_.number}) if nested else frozenset())
        alone = frozenset({round_.number})
        levels = combine(
            round_.examples,
            round_.rule_levels,
            held_out.critical(alone, round_.number),
            limits.block,
            limits.teddy_block,
            held_out.vouch(alone, round_.number),
        )
        pooled[0].extend(round_.examples)
        pooled[1].extend(round_.rule_levels)
        pooled[2].extend(levels)
        rows.append(
            {
                "round": round_.number,
                "block_threshold": limits.block,
                "teddy_block_threshold": limits.teddy_block,
                "rules": scores(round_.examples, round_.rule_levels),
                "rules_semantic": scores(round_.examples, levels),
            }
        )
    rows.append(
        {
            "round": "all",
            "block_threshold": "-",
            "teddy_block_threshold": "-",
            "rules": scores(pooled[0], pooled[1]),
            "rules_semantic": scores(pooled[0], pooled[2]),
        }
    )
    return rows
