"""Pattern tables (prefilter_pattern_table.py): the patterns a text could match, all answered by
one pre-filter scan, never leaving out one that matches, in the order given."""

from __future__ import annotations

import pytest

from domain.safety.prefilter import prefiltered
from domain.safety.prefilter_pattern_table import GatedTable, PatternTable

KNIFE = prefiltered(r"\bknife\b")
CAKE = prefiltered(r"\bcut (?:the|a) cake\b")
ANY_WORD = prefiltered(r"\w+")
TABLE = PatternTable((KNIFE, CAKE, ANY_WORD))


@pytest.mark.parametrize(
    "text",
    [
        "we cut the cake with a knife",
        "a knife",
        "cut a cake",
        "KNIFE!",
        "nothing here at all",
        "",
        "kn ife cu t the cake",
    ],
)
def test_a_pattern_that_matches_is_always_live_and_order_is_kept(text: str) -> None:
    live = TABLE.live(text)
    assert [p for p in TABLE.items if p.pattern.search(text)] == [
        p for p in live if p.pattern.search(text)
    ]
    assert live == [p for p in TABLE.items if p in live]


def test_patterns_that_cannot_match_are_left_out() -> None:
    assert TABLE.live("nothing here at all") == [ANY_WORD]
    assert TABLE.live("we cut the cake with a knife") == [KNIFE, CAKE, ANY_WORD]


def test_an_item_without_needs_is_always_live() -> None:
    table = GatedTable(("always", "knife"), lambda item: None)
    assert table.live("") == ["always", "knife"]
