"""Overlapping requirements merged into their union (prefilter_merged_requirements): the
index then makes possible every pattern it did before, and maybe a few more."""

from __future__ import annotations

from domain.safety import prefilter, prefilter_scan
from domain.safety.prefilter_index import Table
from domain.safety.prefilter_merged_requirements import merged_requirements

_WORDS = [f"word{i:02d}" for i in range(12)]


def test_big_overlapping_requirements_share_one_number_and_small_ones_are_kept() -> None:
    first = frozenset(_WORDS[:10])
    near = frozenset(_WORDS[2:12])
    apart = frozenset(f"other{i}" for i in range(10))
    small = frozenset(_WORDS[:3])
    group_of = merged_requirements({first: 0, near: 1, apart: 2, small: 3})
    assert group_of == {0: 0, 1: 0}
    assert merged_requirements({first: 0, near: 1}, kept_out=frozenset({1})) == {}


def test_a_merged_index_makes_possible_all_the_unmerged_one_does() -> None:
    table = Table()
    parents = [f"parent{i:02d}" for i in range(12)]
    # Two patterns, each "a rare word, then one of the parents" (near-identical lists).
    first = table.add_clauses([[frozenset({"zebra"}), frozenset(parents[:10])]])
    second = table.add_clauses([[frozenset({"yak"}), frozenset(parents[2:12])]])
    requirements = table._requirements  # noqa: SLF001
    group_of = merged_requirements(requirements)
    assert len(set(group_of.values())) == 1
    merged = prefilter.Index(table._entries, table._count, frozenset(), group_of)  # noqa: SLF001
    plain = table.full_index()
    for text in ("zebra parent00", "yak parent11", "zebra parent11", "yak nobody", "parent05"):
        assert _possible(text, plain) <= _possible(text, merged)
    # A text meeting the union but not its own list: possible now (a pattern run in vain).
    assert first not in _possible("zebra parent11", plain)
    assert first in _possible("zebra parent11", merged)
    assert second not in _possible("zebra parent11", merged)


def _possible(text: str, index: prefilter.Index) -> set[int]:
    """The numbers a text makes possible, from the entries the automaton hands back with
    the pieces (the same as looked up by piece)."""
    found, entries = prefilter_scan._found(f" {text} ", index)  # noqa: SLF001
    possible = prefilter_scan._possible(found, index, entries)  # noqa: SLF001
    assert possible == prefilter_scan._possible(found, index, None)  # noqa: SLF001
    return possible
