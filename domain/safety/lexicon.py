"""Word lists (shipped as lexicon.json) and fast token matching over normalised text."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from domain.safety.normalise import skeleton
from domain.safety.prefilter import Prefiltered, prefiltered

_TOKEN = re.compile(r"[a-z0-9*#']+")


@dataclass(frozen=True, slots=True)
class Lexicon:
    strong_stems: tuple[str, ...]
    strong_exact: frozenset[str]
    stem_exceptions: tuple[str, ...]
    mild_exact: frozenset[str]
    mild_phrases: Prefiltered
    soft_words: frozenset[str]
    insult_words: frozenset[str]
    insult_skeletons: frozenset[str]
    insult_phrases: Prefiltered
    slurs: frozenset[str]
    sexual: Prefiltered
    sexual_gate: PhraseGate
    """Where `sexual` could match: it has a phrase too short for the pre-filter ("69"), so
    the pre-filter alone would run it on every message."""
    sexual_benign: Prefiltered
    strong_skeletons: frozenset[str]
    maskable: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PhraseGate:
    """False only where `phrase_pattern(phrases)` cannot match: none of the short phrases (one
    word under four characters, matched as written) is in the text, and the pattern of the
    others cannot match (as the pre-filter says). A match is one phrase's, with the same
    surroundings the pattern of the others asks for: so either that phrase is a short one,
    in the text as it is, or that pattern matches there too."""

    short: tuple[str, ...]
    others: Prefiltered

    def __call__(self, text: str) -> bool:
        return any(map(text.__contains__, self.short)) or self.others.possible(text)


def phrase_gate(phrases: list[str] | tuple[str, ...]) -> PhraseGate:
    short = tuple(sorted({p for p in phrases if len(p) < 4 and " " not in p}))
    return PhraseGate(short, phrase_pattern([p for p in phrases if p not in short]))


def phrase_pattern(phrases: list[str] | tuple[str, ...]) -> Prefiltered:
    # Longest first (a longer phrase wins where two start at one place); ties in a fixed
    # order, so the pattern's source is the same in every process (prefilter_memo's key).
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return prefiltered(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = json.loads(resources.files("domain.safety").joinpath("lexicon.json").read_text("utf-8"))
    strong_exact = frozenset(raw["profanity_strong_exact"])
    mild_exact = frozenset(raw["profanity_mild_exact"])
    insults = frozenset(raw["insult_words"])
    stems = tuple(raw["profanity_strong_stems"])
    return Lexicon(
        strong_stems=stems,
        strong_exact=strong_exact,
        stem_exceptions=tuple(raw["profanity_stem_exceptions"]),
        mild_exact=mild_exact,
        mild_phrases=phrase_pattern(raw["profanity_mild_phrases"]),
        soft_words=frozenset(raw["soft_words"]),
        insult_words=insults,
        insult_skeletons=frozenset(skeleton(w) for w in insults if len(skeleton(w)) >= 4),
        insult_phrases=phrase_pattern(raw["insult_phrases"]),
        slurs=frozenset(raw["slurs"]),
        sexual=phrase_pattern(raw["sexual_words"]),
        sexual_gate=phrase_gate(raw["sexual_words"]),
        sexual_benign=phrase_pattern(raw["sexual_benign_contexts"]),
        strong_skeletons=frozenset(skeleton(w) for w in (*stems, *strong_exact) if len(w) >= 4),
        maskable=tuple(sorted({*stems, *strong_exact, *mild_exact, "bullshit", "bitch", "idiot"})),
    )


def tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().strip("'")) for m in _TOKEN.finditer(text)]


_MASKED_SUFFIXES = ("", "s", "es", "ing", "in", "ed", "er", "ers", "y", "ty", "head", "face")
"""Endings a masked word may carry past the listed one: "f*cking", "sh*tty", "b*tches"."""


def _unmask(word: str, candidates: tuple[str, ...]) -> str | None:
    """ "f*ck" -> "fuck", "bulls#it" -> "bullshit", "f*cking" -> "fucking": a masked word
    matching a listed one, with one of its usual endings."""
    if not any(c in "*#" for c in word) or not any(c.isalpha() for c in word):
        return None
    parts = re.split(r"[*#]+", word)
    pattern = re.compile("[a-z]{1,3}".join(re.escape(p) for p in parts) + "$")
    for suffix in _MASKED_SUFFIXES:
        for candidate in candidates:
            if pattern.match(candidate + suffix):
                return candidate + suffix
    return None


@lru_cache(maxsize=8192)
def profanity_strength(word: str) -> str | None:
    """ "strong", "mild" or None for one normalised token."""
    lex = lexicon()
    unmasked = _unmask(word, lex.maskable)
    if unmasked is not None:
        word = unmasked
    if word in lex.strong_exact:
        return "strong"
    if any(stem in word for stem in lex.strong_stems) and not any(
        exc in word for exc in lex.stem_exceptions
    ):
        return "strong"
    skel = skeleton(word)
    if len(skel) >= 4 and skel in lex.strong_skeletons:
        return "strong"
    if word in lex.mild_exact:
        return "mild"
    return None


@lru_cache(maxsize=8192)
def is_insult_word(word: str) -> bool:
    lex = lexicon()
    if word in lex.insult_words:
        return True
    skel = skeleton(word)
    return len(skel) >= 4 and skel in lex.insult_skeletons


def is_slur(word: str) -> bool:
    return word in lexicon().slurs
