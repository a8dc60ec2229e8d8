"""Near-identical requirements merged into one, for the pre-filter's index (prefilter_index).

The rules copy big word lists (parents, carers, body parts, ...) into many patterns with small
differences, so the pre-filter sees thousands of requirements ("one of these strings is in
the text") of ten pieces or more that are nearly the same, and a common piece stands for
dozens of them: a scan of a text then notes each one met. Merged, a piece stands for one.

A requirement may always be replaced by one with more pieces: it is met whenever it was (and
a little more often), so a pattern it gates is possible whenever it was, and a possible
pattern runs as itself. Merging only changes speed, never a result: fewer requirements to
note a scan, against a few more patterns run on texts that meet the union but no member.
Only requirements of a few pieces or more are merged, each into the union of its group,
when the pieces only one side has are met seldom enough beside those both have (the
measured odds, prefilter_measured_odds): on the labelled messages (bench corpus), a scan
notes ~320 requirements instead of ~540, and ~5% more pattern runs pass the pre-filter.
"""

from __future__ import annotations

from collections import defaultdict

from domain.safety.prefilter_measured_odds import piece_odds

LEAST_PIECES = 5
"""Requirements with fewer pieces are kept as they are (few memberships to save)."""
COST = 2.0
"""A requirement joins a group when what merging adds (how often messages meet the
pieces only one side has, measured) is below this share of what it saves (how often they
meet the pieces both have, each then noted once)."""

_Pieces = frozenset[str]


def merged_requirements(
    requirements: dict[_Pieces, int], kept_out: frozenset[int] = frozenset()
) -> dict[int, int]:
    """For each big requirement merged with others (numbered in `requirements`, none of
    `kept_out`), the number of its group: its first one's, which then stands for the union
    of the group's pieces (each piece of any of them notes it)."""
    # Biggest first (then by number: the same groups whatever the hash seed), each into the
    # group it costs least to join for what it saves, if below `COST` (a new group if not).
    big = sorted(
        (
            (pieces, number)
            for pieces, number in requirements.items()
            if len(pieces) >= LEAST_PIECES and number not in kept_out
        ),
        key=lambda item: (-len(item[0]), item[1]),
    )
    unions: list[set[str]] = []
    union_odds: list[float] = []
    firsts: list[int] = []
    groups_with: defaultdict[str, list[int]] = defaultdict(list)
    group_of: dict[int, int] = {}
    for pieces, number in big:
        ordered = sorted(pieces)  # (sums in one order: the same groups in every process)
        own = sum(map(piece_odds, ordered))
        shared: defaultdict[int, float] = defaultdict(float)
        for p in ordered:
            odds = piece_odds(p)
            for group in groups_with[p]:
                shared[group] += odds
        best, best_cost = -1, COST
        for group, both in sorted(shared.items()):
            cost = (union_odds[group] - both + own - both) / both if both > 0 else COST
            if cost < best_cost:
                best, best_cost = group, cost
        if best < 0:
            best = len(unions)
            unions.append(set())
            union_odds.append(0.0)
            firsts.append(number)
        group_of[number] = firsts[best]
        union = unions[best]
        for p in ordered:
            if p not in union:
                union.add(p)
                union_odds[best] += piece_odds(p)
                groups_with[p].append(best)
    members: defaultdict[int, int] = defaultdict(int)
    for group in group_of.values():
        members[group] += 1
    return {number: group for number, group in group_of.items() if members[group] > 1}
