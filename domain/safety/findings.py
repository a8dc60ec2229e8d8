"""What a detector reports, the risk scale shared by all detectors, and regex helpers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from domain.enums import SafetyCategory
from domain.safety.prefilter import Prefiltered, prefiltered

# Base risk of a finding (0..1, 1 = most harmful) before age, speaker and threshold.
CRITICAL = 0.9  # always blocked
SEVERE = 0.65  # blocked
MODERATE = 0.35  # flagged
MILD = 0.08  # minor: allowed but recorded


@dataclass(frozen=True, slots=True)
class Finding:
    category: SafetyCategory
    label: str
    risk: float
    start: int
    """Offsets in the normalised text (mapped back to the original by the engine)."""
    end: int
    stage: str | None = None
    """Grooming stage ("trust", "secrecy", ...) when the finding is one."""


def compile_all(patterns: Iterable[str]) -> Prefiltered:
    """One alternation of `patterns`, each wrapped as a non-capturing group."""
    return prefiltered("|".join(f"(?:{p})" for p in patterns))


def words(*items: str) -> str:
    """A non-capturing alternation of literal-ish regex fragments."""
    return "(?:" + "|".join(items) + ")"


SENTENCE_END = re.compile(r"[.?!]+")
"""A run of the marks that end a sentence: searched for where a sentence ends, or split by
for the sentences (no empty ones between two marks)."""

CLAUSE_END = re.compile(r"[.?!;\n]+")
"""A run of the marks that end a clause: a sentence's, a semicolon, a line break."""


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """Sentence-like clauses of a normalised text with their start offsets."""
    start = 0
    for match in CLAUSE_END.finditer(text):
        if match.start() > start:
            yield start, text[start : match.start()]
        start = match.end()
    if start < len(text):
        yield start, text[start:]


def has(pattern: Prefiltered, text: str) -> bool:
    return pattern.search(text) is not None


def negated_before(text: str, index: int, window: int = 14) -> bool:
    """Is the phrase at `index` preceded closely by a negation ("don't want to die")."""
    before = text[max(0, index - window) : index]
    return (
        re.search(r"\b(?:not|never|don'?t|doesn'?t|didn'?t|wasn'?t|isn'?t|no)\b", before)
        is not None
    )
