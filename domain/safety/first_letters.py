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
