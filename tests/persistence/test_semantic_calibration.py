"""The calibration's copy of the engine's rule (`combine`): a line the critical head scores
high enough is blocked, and, with the harm head's probabilities, a child's flag or block of
vouchable categories only is lowered to minor, as domain/safety/learned_vouch.py lowers it."""

from __future__ import annotations

from domain.enums import Speaker
from domain.safety.evaluation import Example
from persistence.semantic_calibration import VOUCH, Vouch, combine


def _line(speaker: Speaker = Speaker.CHILD) -> Example:
    return Example("a line", 9, speaker, frozenset(), "allow")


def test_the_critical_head_blocks_at_its_thresholds() -> None:
    lines = [_line(), _line(), _line(Speaker.TEDDY), _line()]
    levels = combine(lines, ["safe", "flagged", "safe", "safe"], [0.9, 0.5, 0.7, 0.89], 0.9, 0.7)
    assert levels == ["blocked", "blocked", "blocked", "safe"]


def test_the_vouch_lowers_only_a_childs_vouchable_flag_the_harm_head_clears() -> None:
    lines = [_line(), _line(), _line(), _line(Speaker.TEDDY), _line(), _line()]
    vouch = Vouch(
        harm=[VOUCH / 2, VOUCH / 2, VOUCH, VOUCH / 2, VOUCH / 2, VOUCH / 2],
        rule_categories=[
            frozenset({"distress", "violence"}),  # vouchable, harm low: lowered
            frozenset({"distress", "self_harm"}),  # a critical category: stays
            frozenset({"distress"}),  # harm at the vouch threshold: stays
            frozenset({"distress"}),  # the teddy's line: stays
            frozenset(),  # a flag naming nothing (the toxicity model's): stays
            frozenset({"dangerous_activity"}),  # but the critical head raises it
        ],
    )
    critical = [0.1, 0.1, 0.1, 0.1, 0.1, 0.6]
    levels = combine(lines, ["flagged"] * 6, critical, 0.9, 0.7, vouch)
    assert levels == ["minor", "flagged", "flagged", "flagged", "flagged", "blocked"]
    assert combine(lines, ["flagged"] * 6, critical, 0.9, 0.7)[0] == "flagged"


def test_the_vouch_never_raises_a_safe_or_minor_line() -> None:
    lines = [_line(), _line()]
    vouch = Vouch([0.0, 0.0], [frozenset({"distress"})] * 2)
    levels = combine(lines, ["safe", "minor"], [0.0, 0.0], 0.9, None, vouch)
    assert levels == ["safe", "minor"]


def test_the_vouch_lowers_a_childs_vouchable_block_the_critical_head_leaves_alone() -> None:
    lines = [_line(), _line(), _line(), _line(Speaker.TEDDY), _line()]
    vouch = Vouch(
        harm=[VOUCH / 2, VOUCH / 2, VOUCH / 2, VOUCH / 2, VOUCH],
        rule_categories=[
            frozenset({"violence"}),  # vouchable, harm low: lowered
            frozenset({"violence", "abuse"}),  # a critical category: stays
            frozenset({"violence"}),  # the critical head at FLAGGED_TO_BLOCK: stays
            frozenset({"violence"}),  # the teddy's line: stays
            frozenset({"violence"}),  # harm at the vouch threshold: stays
        ],
    )
    critical = [0.1, 0.1, 0.5, 0.1, 0.1]
    levels = combine(lines, ["blocked"] * 5, critical, 0.9, 0.7, vouch)
    assert levels == ["minor", "blocked", "blocked", "blocked", "blocked"]
