"""A cheap first-letter check in front of the words a rule looks for after a gap.

In r"\\bmum\\b[^.?!]{0,30}\\b(?:hits|kicks|...) me", `re` tries the long list of words at
every word boundary of the gap, from every adult word: on a message that repeats adult words
that is most of its time. A look-ahead for the letters those words can start with,
"(?=[hk...])", is implied by them, so it changes no match, and it turns most of those tries
into one character-class test.
"""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]  # the stdlib's own parser
from typing import Any

from domain.safety.prefilter_alternatives import top_level_parts

_ZERO_WIDTH = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT)
_GAP = re.compile(r"\[\^\.\?!\]\{0,\d+\}\\b")


def _firsts(items: Any) -> set[str] | None:
    """The characters every match of the parsed sequence `items` starts with; None when
    unknown or when it can match the empty string."""
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre_constants.LITERAL:
            return {chr(arg)}
        if op is sre_constants.IN:
            if any(kind is not sre_constants.LITERAL for kind, _ in arg):
                return None
            return {chr(value) for _, value in arg}
        if op is sre_constants.BRANCH:
            found: set[str] = set()
            for branch in arg[1]:
                firsts = _firsts(branch)
                if firsts is None:
                    return None
                found |= firsts
            return found
        if op is sre_constants.SUBPATTERN:
            return _firsts(arg[-1])
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and arg[0] >= 1:
            return _firsts(arg[2])
        return None
    return None


def first_letters(fragment: str) -> str | None:
    """A look-ahead for the characters every match of `fragment` starts with (None when
    they cannot be told)."""
    try:
        firsts = _firsts(sre_parse.parse(fragment))
    except re.error:
        return None
    if not firsts:
        return None
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


def guard_after_gap(pattern: str, head: str) -> str:
    """`pattern` with a first-letter look-ahead after the gap that follows `head` (its
    start: head, then "[^.?!]{0,N}\\b"), when the rest's first letters can be told; else
    `pattern` as it is."""
    if not pattern.startswith(head):
        return pattern
    gap = _GAP.match(pattern, len(head))
    if gap is None:
        return pattern
    guard = first_letters(pattern[gap.end() :])
    if guard is None:
        return pattern
    return pattern[: gap.end()] + guard + pattern[gap.end() :]


def top_level_alternatives(pattern: str) -> list[str]:
    """`pattern` split at each "|" outside groups and character classes (the pre-filter's
    own splitter); an unbalanced pattern is an error here."""
    parts = top_level_parts(pattern)
    if parts is None:
        raise ValueError(f"unbalanced groups: {pattern!r}")
    return parts


_QUANTIFIERS = ("?", "*", "+", "{")


def _group_end(part: str) -> int:
    """Where the group that starts `part` closes (no class or escape counted)."""
    depth = 0
    for i, ch in enumerate(part):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0:
            return i
    raise ValueError(f"an open group: {part!r}")


def _by_letter(part: str) -> list[tuple[str, str]]:
    """An alternative as what it is for each first letter it can start with, in the order
    tried: "hits?" is [("h", "its?")], "(?:mom|dad|mommy)'?s friend" is
    [("m", "(?:om|ommy)'?s friend"), ("d", "(?:ad)'?s friend")], and an optional group
    first, "(?:cutting )?away", is [("c", "(?:utting )away"), ("a", "way")]."""
    if part[:1].isalpha() and part[1:2] not in _QUANTIFIERS:
        return [(part[0], part[1:])]
    if part.startswith("(?:"):
        i = _group_end(part)
        tail = part[i + 1 :]
        optional = tail[:1] == "?" and tail[1:2] not in _QUANTIFIERS
        if optional:
            tail = tail[1:]
        if tail[:1] not in _QUANTIFIERS and not {"\\", "["} & set(part[:i]):
            rests: dict[str, list[str]] = {}
            for alternative in top_level_alternatives(part[3:i]):
                for letter, rest in _by_letter(alternative):
                    rests.setdefault(letter, []).append(rest)
            found = [(c, "(?:" + "|".join(r) + ")" + tail) for c, r in rests.items()]
            return found + _by_letter(tail) if optional else found
    raise ValueError(f"no first letter: {part!r}")


def by_first_letter(alternation: str) -> str:
    """A written alternation of words, "(?:hits?|hurts?|kicks?)", grouped by first letter:
    "(?:h(?:its?|urts?)|k(?:icks?))". `re` then tries a word's own letter's few alternatives
    (each group is one character test) instead of every alternative in turn. The same
    matches: only alternatives that start with the text's letter can match there, and they
    are tried in the order written."""
    if not (alternation.startswith("(?:") and alternation.endswith(")")):
        raise ValueError(f"not one group: {alternation!r}")
    groups: dict[str, list[str]] = {}
    for part in top_level_alternatives(alternation[3:-1]):
        for letter, rest in _by_letter(part):
            groups.setdefault(letter, []).append(rest)
    return "(?:" + "|".join(f"{c}(?:{'|'.join(rests)})" for c, rests in groups.items()) + ")"
