"""How likely a message is to contain a string: the pre-filter's guide for which piece
stands for a string, which requirement a scan looks at first, and how far a pattern's
alternations are worth splitting. Only speed depends on these guesses, never a result.

Texts are compared in a `spaced` form (see prefilter_literals): each non-word character
a space, and a space at each end; a space is about as common as "e".
"""

from __future__ import annotations

from functools import cache
from math import fsum

SHORTEST = 4
"""Strings shorter than this (spaces included) are not used (too common to rule a text out),
but for a three-character one that is no common word or trigram ("sex", "kys", "yo ", " dm"):
without it a pattern with such an alternative had no clause and ran on every message."""
_LONGEST = 6
"""A piece is a string itself, up to this length, or its rarest part this long."""
PIECE_LENGTHS = range(SHORTEST - 1, _LONGEST + 1)
"""The lengths a piece can have."""
_RARITY = {ch: rank for rank, ch in enumerate(" etaoinsrhldcumfpgwybvkxjqz")}
_COMMON_PIECES = (
    "the and ing ion tio ent ati for her ter hat tha ere ate his con res ver all ons nce "
    "men ith ted ers pro thi wit are ess not ive was ect rea com eve per int est sta cti "
    "ica ist ear ain one our iti rat you ill ike igh ght oul uld ome ave hen whe wha ant "
    "can out own now kno day ell ake ook man art ard ice ore str han hin ple ene nde ang "
    "ong ers ome omm ame ind ink ery any ani les ust rin ran ine als use"
)
_COMMON_WORDS = (
    "a i me my he she it we you u they them him her his our your its the and or but so to "
    "of in on at is am are was be do did not no yes if as up go get got can with for all "
    "just like want said says this that what when mom dad"
)
_COMMON = frozenset(_COMMON_PIECES.split()) | frozenset(_COMMON_WORDS.split())
"""Pieces common in English (three letters, or a whole common word): the last choice to
stand for a string."""
_GOOD = 0.01
"""Odds below which a clause is not worth splitting further."""


@cache
def piece(literal: str) -> str:
    """The literal itself if short, else its rarest six-character part."""
    if len(literal) <= _LONGEST:
        return literal
    grams = [literal[i : i + _LONGEST] for i in range(len(literal) - _LONGEST + 1)]
    return max(grams, key=_rarity)


@cache
def _rarity(text: str) -> int:
    score = sum(_RARITY.get(ch, 20) for ch in text)
    return score - 60 if text in _COMMON or text.strip() in _COMMON else score


def checkable(need: frozenset[str]) -> bool:
    """Can a message be checked for this requirement (has every string a piece)?"""
    return all(len(s) >= SHORTEST or _rare_short(s) for s in need)


def _rare_short(s: str) -> bool:
    """A three-character string worth a piece: not a common word or trigram."""
    return len(s) == SHORTEST - 1 and s not in _COMMON and s.strip() not in _COMMON


@cache
def selectivity(need: frozenset[str]) -> tuple[int, int, tuple[str, ...]]:
    """Higher for requirements less likely met by a message: rare letters in every string,
    few strings; ties broken by the strings themselves (never by a set's iteration order,
    which changes with the hash seed from one process to the next)."""
    return (min(_rarity(s) if len(s) > 1 else -1000 for s in need), -len(need), tuple(sorted(need)))


@cache
def odds(need: frozenset[str]) -> float:
    """A rough chance that a message meets the requirement (1 if it cannot be checked)."""
    if not checkable(need):
        return 1.0
    # fsum: the same total whatever order the set gives its strings in.
    return min(1.0, fsum(2.0 ** (-_rarity(piece(s)) / 6) for s in need))


def clause_odds(needs: list[frozenset[str]]) -> float:
    """A rough chance that a message meets every requirement: the best one's."""
    return min((odds(need) for need in needs), default=1.0)


def good_enough(chance: float) -> bool:
    return chance < _GOOD
