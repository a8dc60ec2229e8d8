"""A softening: what a held benign frame (benign_frame) does to the rule findings its harmless
reading explains, declared as a row of a table instead of a loop.

A `Softening` names the findings it applies to (a category, and optionally a label and a test
on the matched words), the frames any one of which explains them, and what it does: drop them
(the default), or lower them (`mild_distress`, `at_most(risk)`). A `SofteningTable` applies
its rows in order to each finding, in the findings' order: a lowered finding goes on to the
next rows, a dropped one stops. Each frame (and each `kept_if` test) is looked for at most once
per message, and only when some finding could use it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from domain.enums import SafetyCategory
from domain.safety.findings import MILD, Finding

Test = Callable[[str], object]
"""A frame, or a test on a text or on a finding's words: truthy when it holds."""
Lowering = Callable[[Finding], Finding]


def mild_distress(f: Finding) -> Finding:
    """The distress recorded as mild, not flagged ("i cried at the onions", "can't sleep")."""
    return Finding(f.category, "distress_mild", MILD, f.start, f.end, f.stage)


def at_most(risk: float) -> Lowering:
    """The finding kept with its label, its risk lowered to at most `risk`."""

    def lowered(f: Finding) -> Finding:
        return Finding(f.category, f.label, min(f.risk, risk), f.start, f.end, f.stage)

    return lowered


def words_are(*exact: str) -> Test:
    """The matched words are exactly one of `exact`."""
    return frozenset(exact).__contains__


def words_with(part: str) -> Test:
    """The matched words contain `part`."""
    return lambda words: part in words


def words_fullmatch(pattern: str) -> Test:
    """The matched words are all one match of `pattern`."""
    return re.compile(pattern).fullmatch


@dataclass(frozen=True, slots=True)
class Softening:
    category: SafetyCategory
    frames: tuple[Test, ...]
    """Any one of them holding explains the finding."""
    lower: Lowering | None = None
    """None: the finding is dropped."""
    label: str | None = None
    """Only findings with this label."""
    words: Test | None = None
    """Only findings whose matched words pass this test."""
    kept_if: Test | None = None
    """The frame holds, but the finding stays as it is when this is found in the text."""


class SofteningTable:
    """Softenings applied in order to each finding (a finding's rows are its category's)."""

    __slots__ = ("_rows",)

    def __init__(self, *rows: Softening) -> None:
        by_category: dict[SafetyCategory, list[Softening]] = {}
        for row in rows:
            by_category.setdefault(row.category, []).append(row)
        self._rows = {category: tuple(found) for category, found in by_category.items()}

    def __call__(self, findings: list[Finding], text: str) -> list[Finding]:
        rows = self._rows
        if not any(f.category in rows for f in findings):
            return findings
        held: dict[int, bool] = {}

        def holds(test: Test) -> bool:
            found = held.get(id(test))
            if found is None:
                found = held[id(test)] = bool(test(text))
            return found

        out: list[Finding] = []
        for f in findings:
            kept: Finding | None = f
            for row in rows.get(f.category, ()):
                if kept is None:
                    break
                if row.label is not None and kept.label != row.label:
                    continue
                if row.words is not None and not row.words(text[kept.start : kept.end]):
                    continue
                if not any(holds(frame) for frame in row.frames):
                    continue
                if row.kept_if is not None and holds(row.kept_if):
                    continue
                kept = None if row.lower is None else row.lower(kept)
            if kept is not None:
                out.append(kept)
        return out
