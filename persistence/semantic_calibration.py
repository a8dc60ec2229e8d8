"""Calibration and honest cross-validation of the semantic safety stage (offline).

The block threshold is calibrated by leave-one-round-out over the blind rounds in the
training data, combined with the verdicts the rules gave each round *blind* (before they
were fixed on it), kept in `tests/safety/blind_rule_verdicts.jsonl`: the lowest threshold
that costs at most `MAX_BENIGN_LOSS` of benign pass rate over those rounds. The teddy's own
lines get a threshold of their own, calibrated the same way on the teddy lines alone, with a larger
budget (`MAX_TEDDY_BENIGN_LOSS`): a harmless teddy reply wrongly blocked costs only a
fallback reply, while an unsafe one let through reaches a child. The heads are fitted by
`persistence/semantic_training.py`; `combine` and `Vouch` apply them as the engine does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from domain.safety.evaluation import Example
from domain.safety.learned_vouch import VOUCHABLE
from persistence.blind_rounds import BlindRound, scores
from persistence.semantic_training import Features, Hyperparameters, fit

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
