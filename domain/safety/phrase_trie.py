"""Alternations of literal phrases written as a trie, for the rules' regular expressions.

Python's `re` tries the branches of `(?:can i|could i|i want to|i wanna|...)` one by one at
every position it reaches, so a long list of phrases after a gap (r"[^.?!]{0,60}\\b(?:...)")
costs phrases x gap x openers on text like "if if if ...". The same phrases factored by
their shared beginnings, r"(?:c(?:an (?:i|we)|ould i)|i (?:want to|wanna)|...)", fail after
one look per distinct character instead, and match exactly the same text with the same
priority: branches that begin with different characters never match at the same place, and
a phrase that is a beginning of another keeps its place before or after it.
"""

from __future__ import annotations

import re

_OPTIONAL = re.compile(r"(.)\?")


def phrase_alternation(phrases: str) -> str:
    """A non-capturing group that matches exactly as `(?:phrases)` does, for phrases written
    "can i|could i|i'?ll" (the same text, the same choice among phrases that both match),
    factored as a trie. A phrase is literal lower-case text but for "x?", an optional
    character ("i'?ll", "let'?s")."""
    expanded: list[str] = []
    for phrase in phrases.split("|"):
        for literal in _expand(phrase):
            if literal not in expanded:  # a repeat never matches first: drop it
                expanded.append(literal)
    return _group(expanded)


def _expand(phrase: str) -> list[str]:
    """The literal texts `phrase` stands for, in the order `re` tries them ("i'?ll" ->
    "i'll", "ill": a greedy optional character is tried present first)."""
    if phrase != phrase.lower() or any(ch in phrase for ch in "\\()[]{}|*+.^$"):
        raise ValueError(f"not a plain lower-case phrase: {phrase!r}")
    texts = [""]
    pieces = _OPTIONAL.split(phrase)  # text, optional char, text, optional char, ..., text
    for i, piece in enumerate(pieces):
        if i % 2:
            texts = [text for stem in texts for text in (stem + piece, stem)]
        else:
            texts = [stem + piece for stem in texts]
    return texts


def _group(literals: list[str]) -> str:
    return "(?:" + "|".join(_branches(literals)) + ")"


def _branches(literals: list[str]) -> list[str]:
    """The trie's branches, in the order `re` must try them. Literals with different first
    characters never both match at one place, so they are grouped freely; the empty literal
    (a phrase ending here) keeps its place among the others, so a group never spans it."""
    branches: list[str] = []
    segment: dict[str, list[str]] = {}
    for literal in [*literals, None]:
        if literal is None or literal == "":
            branches.extend(_factored(group) for group in segment.values())
            segment = {}
            if literal == "":
                branches.append("")
            continue
        segment.setdefault(literal[0], []).append(literal)
    return branches


def _factored(literals: list[str]) -> str:
    """Literals sharing a first character: their common beginning, then the rest."""
    stem = literals[0]
    for literal in literals[1:]:
        while not literal.startswith(stem):
            stem = stem[:-1]
    rests = [literal[len(stem) :] for literal in literals]
    escaped = re.escape(stem).replace("\\ ", " ")
    return escaped if rests == [""] else escaped + _group(rests)
