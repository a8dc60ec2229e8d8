"""Near-identical requirements merged into one, for the pre-filter's index (prefilter_index).

The rules copy big word lists (parents, carers, body parts, ...) into many patterns with small
differences, so the pre-filter sees thousands of requirements ("one of these strings is in
the text") of ten pieces or more that are nearly the same, and a common piece stands for
dozens of them: a scan of a text then notes each one met. Merged, a piece stands for one.

A requirement may always be replaced by one with more pieces: it is met whenever it was (and
a little more often), so a pattern it gates is possible whenever it was, and a possible
pattern runs as itself. Merging only changes speed, never a result: fewer requirements to
note a scan, against a few more patterns run on texts that meet the union but no member.
Only requirements of a few pieces or more that share a fair part of their pieces are
merged, each into the union of its group: on the labelled messages (bench corpus), a scan
notes ~330 requirements instead of ~540, and ~10% more pattern runs pass the pre-filter.
"""

from __future__ import annotations

from collections import defaultdict

LEAST_PIECES = 5
"""Requirements with fewer pieces are kept as they are (few memberships to save)."""
OVERLAP = 0.2
"""How much a requirement must share with its group's first (biggest) one to join it: the
Jaccard index of their pieces (shared pieces over all of either's)."""

_Pieces = frozenset[str]


def merged_requirements(
    requirements: dict[_Pieces, int], kept_out: frozenset[int] = frozenset()
) -> dict[int, int]:
    """For each big requirement merged with others (numbered in `requirements`, none of
    `kept_out`), the number of its group: the number of its group's first one, which then stands
    for the union of the group's pieces (each piece of any of them notes it)."""
    # Biggest first (then by number: the same groups whatever the hash seed), each into the
    # group whose first requirement it overlaps most, if enough (the first such on a tie).
    big = sorted(
        (
            (pieces, number)
            for pieces, number in requirements.items()
            if len(pieces) >= LEAST_PIECES and number not in kept_out
        ),
        key=lambda item: (-len(item[0]), item[1]),
    )
    firsts: list[tuple[_Pieces, int]] = []
    groups_with: defaultdict[str, list[int]] = defaultdict(list)
    group_of: dict[int, int] = {}
    for pieces, number in big:
        shared: defaultdict[int, int] = defaultdict(int)
        for p in pieces:
            for group in groups_with[p]:
                shared[group] += 1
        best, best_overlap = -1, 0.0
        for group, count in sorted(shared.items()):
            first = firsts[group][0]
            overlap = count / (len(pieces) + len(first) - count)
            if overlap > best_overlap:
                best, best_overlap = group, overlap
        if best_overlap >= OVERLAP:
            group_of[number] = firsts[best][1]
        else:
            group_of[number] = number
            for p in pieces:
                groups_with[p].append(len(firsts))
            firsts.append((pieces, number))
    members: defaultdict[int, int] = defaultdict(int)
    for group in group_of.values():
        members[group] += 1
    return {number: group for number, group in group_of.items() if members[group] > 1}
