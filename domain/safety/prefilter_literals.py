"""The literal text every match of a regular expression must contain, worked out once from
its parsed form: what the pre-filter (prefilter.py) looks for in a message before it lets
a rule's pattern run.

A requirement is a set of strings every match contains one of: "kill" in r"\\bkill\\w*";
{"mom", "dad", "uncle"} and then "hits me" in r"\\b(?:mom|dad|uncle)\\b.{0,9}\\bhits me".
A pattern's `clauses` are conjunctions of requirements, one of which every match meets
(a big alternation's branches each have their own, sharper than what they share). The
analysis only ever leaves out what it cannot bound: a pattern with no literal it must
contain gets no clause and always runs. Each string is stood for in a message by a short
`piece` (the string itself, or its rarest five letters).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from re import _parser as sre_parse  # type: ignore[attr-defined]  # the stdlib's own parser
from typing import Any

_CAP = 64
"""The most strings an exact set may hold before it is given up."""
_SHORTEST = 3
"""Strings shorter than this are not used: too common to rule a text out."""
_LONGEST = 5
"""A piece is a string itself, up to this length, or its rarest part this long."""
PIECE_LENGTHS = range(_SHORTEST, _LONGEST + 1)
"""The lengths a piece can have."""
_RARITY = {ch: rank for rank, ch in enumerate("etaoinsrhldcumfpgwybvkxjqz", start=1)}
_COMMON_PIECES = (
    "the and ing ion tio ent ati for her ter hat tha ere ate his con res ver all ons nce "
    "men ith ted ers pro thi wit are ess not ive was ect rea com eve per int est sta cti "
    "ica ist ear ain one our iti rat you ill ike igh ght oul uld ome ave hen whe wha ant "
    "can out own now kno day ell ake ook man art ard ice ore str han hin ple ene nde ang "
    "ong ers ome omm ame ind ink ery any ani les ust rin ran ine als use"
)
_COMMON = frozenset(_COMMON_PIECES.split())
"""Three-letter pieces common in English: the last choice to stand for a string."""
_BRANCH_CHOICES = 2


@dataclass(frozen=True, slots=True)
class _Info:
    exact: frozenset[str] | None
    """Every string the node can match, when there are few; otherwise None."""
    needs: tuple[frozenset[str], ...]
    """Each set: every match contains at least one of its strings."""


_UNKNOWN = _Info(None, ())
_EMPTY = _Info(frozenset({""}), ())


def required_literals(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """Sets of strings, each of which has a member in every string `pattern` matches
    (lower-cased for a case-insensitive pattern). Empty when nothing can be said."""
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
        items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unfamiliar parse: no requirement, the pattern always runs
        return [], [[]]
    analysis = _Analysis(bool(pattern.flags & re.IGNORECASE))
    try:
        whole = analysis.needs(items)
    except Exception:
        return [], [[]]
    try:
        splits = next(_splits(items), None)
        if splits is None:
            return whole, [whole]
        alternatives: list[list[frozenset[str]]] = []
        for alternative in splits:
            alternatives.extend(analysis.sharpened(alternative))
        return whole, alternatives
    except Exception:
        return whole, [[]]


class _Analysis:
    """One pattern's analysis; each parsed node is worked out once, however many of the
    sequences tried (the whole, each alternative with what surrounds it) share it."""

    def __init__(self, fold: bool) -> None:
        self.fold = fold
        self._nodes: dict[int, _Info] = {}

    def needs(self, items: Any) -> list[frozenset[str]]:
        needs = _candidates(_sequence(items, self.fold, self._nodes))
        return list(dict.fromkeys(need for need in needs if need and "" not in need))

    def sharpened(self, items: list[Any]) -> list[list[frozenset[str]]]:
        needs = self.needs(items)
        if _usable(needs):
            return [needs]
        for split in _splits(items):
            if len(split) <= _CAP:
                parts = [self.needs(alternative) for alternative in split]
                if all(_usable(p) for p in parts):
                    return parts
        return [needs]


def _usable(needs: list[frozenset[str]]) -> bool:
    return any(all(len(s) >= _SHORTEST for s in need) for need in needs)


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


def _sequence(items: Any, fold: bool, nodes: dict[int, _Info]) -> _Info:
    whole: set[str] | None = {""}
    run: set[str] = {""}
    needs: list[frozenset[str]] = []
    for op, av in items:
        if op is sre_parse.LITERAL:
            info = _literal(av, fold)
        elif isinstance(av, (tuple, list)):  # a group, alternation, repeat or class
            found = nodes.get(id(av))
            info = (
                found if found is not None else nodes.setdefault(id(av), _node(op, av, fold, nodes))
            )
        else:
            info = _node(op, av, fold, nodes)
        exact = info.exact
        if whole is not None:
            whole = (
                None
                if exact is None or len(whole) * len(exact) > _CAP
                else {a + b for a in whole for b in exact}
            )
        if exact is not None and len(run) * len(exact) <= _CAP:
            run = {a + b for a in run for b in exact}
            continue
        _close(run, needs)
        needs.extend(info.needs)
        run = set(exact) if exact is not None else {""}
    _close(run, needs)
    return _Info(frozenset(whole) if whole is not None else None, tuple(needs))


def _close(run: set[str], needs: list[frozenset[str]]) -> None:
    if run and "" not in run:
        needs.append(frozenset(run))


def _node(op: Any, av: Any, fold: bool, nodes: dict[int, _Info]) -> _Info:
    c = sre_parse
    if op is c.LITERAL:
        return _chars([av], fold)
    if op is c.IN:
        codes: list[int] = []
        for kind, value in av:
            if kind is c.LITERAL:
                codes.append(value)
            elif kind is c.RANGE and value[1] - value[0] < _CAP:
                codes.extend(range(value[0], value[1] + 1))
            else:  # NEGATE, CATEGORY, a wide RANGE
                return _UNKNOWN
        return _chars(codes, fold)
    if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
        return _EMPTY  # zero width
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & re.IGNORECASE:
            return _UNKNOWN  # a scoped case rule: not worth following
        return _sequence(sub, fold, nodes)
    if op is c.ATOMIC_GROUP:
        return _sequence(av, fold, nodes)
    if op is c.BRANCH:
        return _branch([_sequence(alt, fold, nodes) for alt in av[1]])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, sub = av
        return _repeat(low, high, _sequence(sub, fold, nodes))
    return _UNKNOWN  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, GROUPREF_EXISTS, ...


@cache
def _literal(code: int, fold: bool) -> _Info:
    return _chars([code], fold)


def _chars(codes: list[int], fold: bool) -> _Info:
    chars = {chr(code) for code in codes}
    if fold:
        if not all(ch.isascii() for ch in chars):
            return _UNKNOWN  # case folding beyond ASCII ("K" is also the Kelvin sign)
        chars = {ch.lower() for ch in chars}
    return _Info(frozenset(chars), ()) if len(chars) <= _CAP else _UNKNOWN


def _branch(alternatives: list[_Info]) -> _Info:
    exact: set[str] | None = set()
    for info in alternatives:
        if exact is None or info.exact is None:
            exact = None
        else:
            exact |= info.exact
    if exact is not None and len(exact) > _CAP:
        exact = None
    # Any choice of one requirement per alternative gives a requirement of the whole:
    # the best of each, and the second best of each (where there is one).
    ranked = [sorted(_candidates(info), key=selectivity, reverse=True) for info in alternatives]
    needs: list[frozenset[str]] = []
    if all(ranked):
        for k in range(_BRANCH_CHOICES):
            union = frozenset().union(*(options[min(k, len(options) - 1)] for options in ranked))
            if union not in needs:
                needs.append(union)
    return _Info(frozenset(exact) if exact is not None else None, tuple(needs))


def _repeat(low: int, high: int, sub: _Info) -> _Info:
    if low == 0:
        if high == 1 and sub.exact is not None:
            return _Info(sub.exact | {""}, ())
        return _UNKNOWN
    exact: set[str] | None = None
    if low == high and sub.exact is not None and len(sub.exact) ** low <= _CAP:
        exact = {""}
        for _ in range(low):
            exact = {a + b for a in exact for b in sub.exact}
    return _Info(frozenset(exact) if exact is not None else None, tuple(_candidates(sub)))


def _candidates(info: _Info) -> list[frozenset[str]]:
    out = list(info.needs)
    if info.exact is not None and "" not in info.exact:
        out.append(info.exact)
    return out


@cache
def selectivity(need: frozenset[str]) -> tuple[int, int]:
    """Higher for requirements less likely met by a message: rare letters in every string,
    few strings."""
    return (min(_rarity(s) if len(s) > 1 else -1000 for s in need), -len(need))


@cache
def piece(literal: str) -> str:
    """The literal itself if short, else its rarest five-letter part."""
    if len(literal) <= _LONGEST:
        return literal
    grams = [literal[i : i + _LONGEST] for i in range(len(literal) - _LONGEST + 1)]
    return max(grams, key=_rarity)


@cache
def _rarity(text: str) -> int:
    score = sum(_RARITY.get(ch, 20 if ch.isdigit() else -15) for ch in text)
    return score - 60 if text in _COMMON else score


def checkable(need: frozenset[str]) -> bool:
    """Can a message be checked for this requirement (has every string a piece)?"""
    return all(len(s) >= _SHORTEST for s in need)


def clauses(pattern: re.Pattern[str]) -> list[list[frozenset[str]]]:
    """Conjunctions of checkable requirements, one of which every match of `pattern`
    meets; none when nothing can be said (the pattern must always run)."""
    whole, parts = analyse(pattern)
    shared = [need for need in whole if checkable(need)]
    own = [[need for need in part if checkable(need)] for part in parts]
    if len(own) > 1 and all(own):
        return [list(dict.fromkeys(shared + part)) for part in own]
    return [shared] if shared else []
