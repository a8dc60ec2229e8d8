"""Rule functions run only on texts they could find something in: each theme function gets a
gate, the pre-filtered patterns one of which a text must be able to match for the function to
find anything (proved from its source by rule_gate_proof.py). One pre-filter scan answers the
gates of all the functions at once; a function whose gate is shut is not called (it would
have returned an empty list). A function the prover cannot read has no gate and always runs."""

from __future__ import annotations

import threading
from collections.abc import Callable

from domain.safety.findings import Finding
from domain.safety.prefilter import Prefiltered
from domain.safety.prefilter_needs import Needs, needs
from domain.safety.prefilter_pattern_table import GatedTable
from domain.safety.rule_gate_proof import Proof

Rule = Callable[[str], list[Finding]]
_PROVING = threading.Lock()
"""One proof at a time (the prover keeps what it has read of each function)."""


def gate_of(rule: Callable[[str], object]) -> tuple[Prefiltered, ...] | None:
    """Patterns one of which must be able to match for `rule` to find anything (a small set,
    the rarer-looking first patterns kept), or None when no such set is proved."""
    with _PROVING:
        proof = Proof(None)
        if not proof.finds_nothing(rule):
            return None
        kept = list(proof.used.values())
        if not kept:
            return None
        # Drop what the proof can do without, the last-read first: a rule's first test is
        # usually its rare trigger, its later ones commoner words and exceptions.
        for pattern in reversed(list(kept)):
            trial = [p for p in kept if p is not pattern]
            if trial and Proof(frozenset(trial)).finds_nothing(rule):
                kept = trial
        return tuple(kept)


def _gate_needs(rule: Rule) -> Needs | None:
    gate = gate_of(rule)
    return None if gate is None else needs(gate)


class GatedRules(GatedTable[Rule]):
    """Rule functions in order, each with its gate (worked out on first use)."""

    __slots__ = ()

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        super().__init__(rules, _gate_needs)

    @property
    def rules(self) -> tuple[Rule, ...]:
        return self.items

    def all_found(self, text: str) -> list[Finding]:
        """`rule(text) + ...` over every rule, in order."""
        found: list[Finding] = []
        for rule in self.live(text):
            found = found + rule(text)
        return found

    def first_found(self, text: str) -> list[Finding]:
        """`rule(text) or ...` over every rule, in order: the first that finds anything."""
        live = self.live(text)
        found: list[Finding] = []
        for rule in live:
            found = rule(text)
            if found:
                return found
        # As `or` gives the last rule's answer: an empty list when its gate shut.
        return found if live and live[-1] is self.rules[-1] else []
