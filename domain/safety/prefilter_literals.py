"""The literal text every match of a regular expression must contain, worked out once from
its parsed form: what the pre-filter (prefilter.py) looks for in a message before it lets
a rule's pattern run.

Texts are compared in a spaced form (prefilter_spaced): every character that is not a
word character a space, and a space at each end. A word boundary then shows as a space, so
r"\\bkill\\b" needs " kill " and r"\\bmom\\s+hits" needs " mom hits".
A requirement is a set of strings every match contains one of (in that form); a pattern's
`clauses` are conjunctions of requirements, one of which every match meets (a big
alternation's branches each have their own, sharper than what they share). The analysis
only ever leaves out what it cannot bound: a pattern with no literal it must contain gets
no clause and always runs. Each string is looked for by a short piece (prefilter_odds).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]  # the stdlib's own parser
from typing import Any

from domain.safety.prefilter_odds import (
    checkable,
    clause_odds,
    good_enough,
    selectivity,
)
from domain.safety.prefilter_spaced import MARK, settle, word

_CAP = 64
"""The most strings an exact set may hold before it is given up."""
_BRANCH_CHOICES = 2
_DEPTH = 1
"""How many alternations deep an alternative may be split."""
_MOST_CLAUSES = 64
"""The most clauses one alternative may be split into."""


@dataclass(frozen=True, slots=True)
class _Info:
    exact: frozenset[str] | None
    """Every string the node can match (spaced, boundaries marked), when few; else None."""
    needs: tuple[frozenset[str], ...]
    """Each set: every match contains at least one of its strings."""
    head: frozenset[str] | None = None
    """Every match that is not empty starts with one of these (None: unknown)."""
    tail: frozenset[str] | None = None
    """Every match that is not empty ends with one of these (None: unknown)."""
    empty: bool = True
    """Can the node match the empty string."""


_UNKNOWN = _Info(None, ())
_EMPTY = _Info(frozenset({""}), (), frozenset({""}), frozenset({""}), True)
_BOUNDARY = _Info(frozenset({MARK}), (), frozenset({MARK}), frozenset({MARK}), True)


def _exact(strings: frozenset[str]) -> _Info:
    empty = any(not s.replace(MARK, "") for s in strings)
    return _Info(strings, (), strings, strings, empty)


@lru_cache(maxsize=1024)
def parsed(source: str, flags: int) -> Any:
    """The stdlib's parse of a pattern (kept: a split alternation's parts are read twice)."""
    return sre_parse.parse(source, flags)


def required_literals(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """Sets of strings (spaced; lower-cased for a case-insensitive pattern), each of which
    has a member in every string `pattern` matches. Empty when nothing can be said."""
    return analyse(pattern)[0]


def alternatives_literals(pattern: re.Pattern[str]) -> list[list[frozenset[str]]]:
    """`required_literals` of each top-level alternative ("a|b|c", as `compile_all`
    builds): a match meets every requirement of at least one of them."""
    return analyse(pattern)[1]


def analyse(pattern: re.Pattern[str]) -> tuple[list[frozenset[str]], list[list[frozenset[str]]]]:
    """The whole pattern's requirements, and each top-level alternative's (an alternative
    with no usable requirement split in turn at one of its own alternations; one entry
    when the pattern is no alternation)."""
    try:
        items = list(parsed(pattern.pattern, pattern.flags))
    except Exception:  # an unfamiliar parse: no requirement, the pattern always runs
        return [], [[]]
    analysis = _Analysis(pattern.flags)
    try:
        whole = analysis.needs(items)
    except Exception:
        return [], [[]]
    try:
        splits = next(_splits(items), None)
        if splits is None:
            return whole, analysis.sharpened(items, _DEPTH)[0]
        alternatives: list[list[frozenset[str]]] = []
        for alternative in splits:
            alternatives.extend(analysis.sharpened(alternative, _DEPTH)[0])
        return whole, alternatives
    except Exception:
        return whole, [[]]


class _Analysis:
    """One pattern's analysis; each parsed node is worked out once, however many of the
    sequences tried (the whole, each alternative with what surrounds it) share it."""

    def __init__(self, flags: int) -> None:
        self.fold = bool(flags & re.IGNORECASE)
        # Word boundaries and classes are read as a str pattern reads them by default.
        self.unicode = not flags & (re.ASCII | re.LOCALE)
        self._nodes: dict[int, _Info] = {}
        self._sharpened: dict[tuple[Any, ...], tuple[list[list[frozenset[str]]], float]] = {}

    def needs(self, items: Any) -> list[frozenset[str]]:
        needs = _candidates(self.sequence(items))
        return list(dict.fromkeys(need for need in needs if need and "" not in need))

    def sharpened(self, items: list[Any], depth: int) -> tuple[list[list[frozenset[str]]], float]:
        """Clauses for a sequence, one of which every match meets, and their rough odds:
        its own requirements, or those of each alternative of one of its alternations
        (each sharpened in turn), whichever a message is least likely to meet."""
        key = (depth, *(id(av) if isinstance(av, (tuple, list)) else av for _, av in items))
        known = self._sharpened.get(key)
        if known is None:
            known = self._sharpened[key] = self._sharpen(items, depth)
        return known

    def _sharpen(self, items: list[Any], depth: int) -> tuple[list[list[frozenset[str]]], float]:
        needs = self.needs(items)
        chance = clause_odds(needs)
        if good_enough(chance) or depth == 0:
            return [needs], chance
        # The alternation whose alternatives' own requirements are the least likely met,
        # each of which is then sharpened in turn.
        best: list[list[Any]] | None = None
        for split in _splits(items):
            if len(split) > _MOST_CLAUSES:
                continue
            total = 0.0
            for alternative in split:
                total += clause_odds(self.needs(alternative))
                if total >= chance:
                    break
            else:
                best, chance = split, total
        if best is None:
            return [needs], chance
        parts: list[list[frozenset[str]]] = []
        total = 0.0
        for alternative in best:
            sharper, odds = self.sharpened(alternative, depth - 1)
            parts += sharper
            total += odds
        return parts, min(total, chance)

    def sequence(self, items: Any) -> _Info:
        whole: set[str] | None = {""}
        head: set[str] = {""}
        """Every match of the items so far starts with one of these ("": nothing known)."""
        growing = True
        """Is `head` still all the items so far can match (so the next ones extend it)."""
        run: set[str] = {""}
        """Every match of the items so far ends with one of these ("": nothing known)."""
        empty = True
        needs: list[frozenset[str]] = []
        for info in self._infos(items):
            exact = info.exact
            empty = empty and info.empty
            if whole is not None:
                whole = None if exact is None else _product(whole, exact)
            if growing:
                if exact is not None:
                    longer = _product(head, exact)
                    growing = longer is not None
                    head = longer if longer is not None else head
                else:
                    if info.head is not None and not info.empty:
                        head = _product(head, info.head) or head
                    growing = False
            if exact is not None:
                longer = _product(run, exact)
                if longer is not None:
                    run = longer
                    continue
                _close(run, needs)
                run = set(exact)
                continue
            closing = _product(run, info.head) if info.head and not info.empty else None
            _close(closing if closing is not None else run, needs)
            needs.extend(info.needs)
            after = set(info.tail) if info.tail is not None else {""}
            if info.tail is not None and info.empty:
                after |= run
            run = after if len(after) <= _CAP else {""}
        _close(run, needs)
        if whole is not None:
            return _exact(frozenset(whole))
        return _Info(
            None,
            tuple(needs),
            frozenset(head) if "" not in head else None,
            frozenset(run) if "" not in run else None,
            empty,
        )

    def _infos(self, items: Any) -> Iterator[_Info]:
        """Each item's analysis, a run of plain characters joined into one string."""
        text = ""
        for op, av in items:
            if op is sre_parse.LITERAL:
                info = _literal(av, self.fold)
                if info.exact is not None and len(info.exact) == 1:
                    text += next(iter(info.exact))
                    continue
            elif isinstance(av, (tuple, list)):  # a group, alternation, repeat or class
                info = self._nodes.get(id(av)) or self._nodes.setdefault(id(av), self.node(op, av))
            else:
                info = self.node(op, av)
            if text:
                yield _exact(frozenset({text}))
                text = ""
            yield info
        if text:
            yield _exact(frozenset({text}))

    def node(self, op: Any, av: Any) -> _Info:
        c = sre_parse
        if op is c.LITERAL:
            return _chars([av], self.fold)
        if op is c.IN:
            return self._class(av)
        if op is c.AT:
            return _BOUNDARY if av is sre_constants.AT_BOUNDARY and self.unicode else _EMPTY
        if op is c.ASSERT or op is c.ASSERT_NOT:
            return _EMPTY  # zero width
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & (re.IGNORECASE | re.ASCII | re.LOCALE | re.UNICODE):
                return _UNKNOWN  # a scoped rule for case or classes: not worth following
            return self.sequence(sub)
        if op is c.ATOMIC_GROUP:
            return self.sequence(av)
        if op is c.BRANCH:
            return _branch([self.sequence(alt) for alt in av[1]])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, sub = av
            return _repeat(low, high, self.sequence(sub))
        if op in (c.ANY, c.NOT_LITERAL):
            return _Info(None, (), empty=False)
        return _UNKNOWN  # CATEGORY, GROUPREF, GROUPREF_EXISTS, ...

    def _class(self, av: Any) -> _Info:
        c = sre_parse
        codes: list[int] = []
        space = False
        for kind, value in av:
            if kind is c.LITERAL:
                codes.append(value)
            elif kind is c.RANGE and value[1] - value[0] < _CAP:
                codes.extend(range(value[0], value[1] + 1))
            elif kind is c.CATEGORY and self.unicode and value in _SPACED_CATEGORIES:
                space = True  # whitespace, or \W: a space in the spaced text
            else:  # NEGATE, another category, a wide RANGE
                return _Info(None, (), empty=False)
        info = _chars(codes, self.fold)
        if info.exact is None or not space:
            return info
        return _exact(info.exact | {" "})


_SPACED_CATEGORIES = frozenset({sre_constants.CATEGORY_SPACE, sre_constants.CATEGORY_NOT_WORD})


def _product(left: set[str], right: frozenset[str]) -> set[str] | None:
    """Every string of `left` followed by one of `right`; None past the cap."""
    if len(left) * len(right) > _CAP:
        return None
    return {a + b for a in left for b in right}


def _splits(items: list[Any]) -> Iterator[list[list[Any]]]:
    """For each alternation at the top level (or in a group there): the sequence once per
    alternative, the items around it kept."""
    c = sre_parse
    for index, (op, av) in enumerate(items):
        before, after = items[:index], items[index + 1 :]
        if op is c.BRANCH:
            yield [before + list(alternative) + after for alternative in av[1]]
        elif op is c.SUBPATTERN and not (av[1] | av[2]) & re.IGNORECASE:
            for inner in _splits(list(av[3])):
                yield [before + alternative + after for alternative in inner]


def _close(run: set[str], needs: list[frozenset[str]]) -> None:
    need = settle(run)
    if need and "" not in need:
        needs.append(need)


@cache
def _literal(code: int, fold: bool) -> _Info:
    return _chars([code], fold)


def _chars(codes: list[int], fold: bool) -> _Info:
    chars = {chr(code) for code in codes}
    if fold:
        if not all(ch.isascii() for ch in chars):
            return _Info(None, (), empty=False)  # folding beyond ASCII ("K" is also Kelvin)
        chars = {ch.lower() for ch in chars}
    if len(chars) > _CAP:
        return _Info(None, (), empty=False)
    return _exact(frozenset(ch if word(ch) else " " for ch in chars))


def _branch(alternatives: list[_Info]) -> _Info:
    exact = _union([info.exact for info in alternatives])
    # Any choice of one requirement per alternative gives a requirement of the whole:
    # the best of each, and the second best of each (where there is one).
    ranked = [sorted(_candidates(info), key=selectivity, reverse=True) for info in alternatives]
    needs: list[frozenset[str]] = []
    if all(ranked):
        for k in range(_BRANCH_CHOICES):
            union = frozenset().union(*(options[min(k, len(options) - 1)] for options in ranked))
            if union not in needs:
                needs.append(union)
    if exact is not None:
        return _Info(exact, tuple(needs), exact, exact, any(i.empty for i in alternatives))
    head = _union([info.head for info in alternatives if not _only_empty(info)])
    tail = _union([info.tail for info in alternatives if not _only_empty(info)])
    return _Info(None, tuple(needs), head, tail, any(i.empty for i in alternatives))


def _only_empty(info: _Info) -> bool:
    return info.exact is not None and all(not s.replace(MARK, "") for s in info.exact)


def _union(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
    out: set[str] = set()
    for strings in sets:
        if strings is None:
            return None
        out |= strings
    return frozenset(out) if len(out) <= _CAP else None


def _repeat(low: int, high: int, sub: _Info) -> _Info:
    # A match that is not empty starts (and ends) with one of the item's that is not, unless
    # the item itself can be empty.
    head, tail = (None, None) if sub.empty else (sub.head, sub.tail)
    if low == 0:
        if high == 1 and sub.exact is not None:
            return _exact(sub.exact | {""})
        return _Info(None, (), head, tail, True)
    exact: set[str] | None = None
    if low == high and sub.exact is not None and len(sub.exact) ** low <= _CAP:
        exact = {""}
        for _ in range(low):
            exact = {a + b for a in exact for b in sub.exact}
        return _exact(frozenset(exact))
    return _Info(None, tuple(_candidates(sub)), head, tail, sub.empty)


def _candidates(info: _Info) -> list[frozenset[str]]:
    out = list(info.needs)
    if info.exact is not None:
        exact = settle(info.exact)
        if exact and "" not in exact:
            out.append(exact)
    return out


def clauses(pattern: re.Pattern[str]) -> list[list[frozenset[str]]]:
    """Conjunctions of checkable requirements, one of which every match of `pattern`
    meets; none when nothing can be said (the pattern must always run)."""
    whole, parts = analyse(pattern)
    shared = [need for need in whole if checkable(need)]
    own = [[need for need in part if checkable(need)] for part in parts]
    if len(own) > 1 and all(own):
        return [list(dict.fromkeys(shared + part)) for part in own]
    return [shared] if shared else []
