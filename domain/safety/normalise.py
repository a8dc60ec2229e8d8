"""Text normalisation that defeats common obfuscation while remembering where each
character came from, so findings can point at the original text.

Steps: Unicode compatibility folding and accent stripping, look-alike letters from
other scripts (Cyrillic, Greek), control and zero-width characters dropped, lower
case, leetspeak inside words ("sh1t", "a$$"), letters split by spaces or dots
("k i l l", "f.u.c.k") joined, and long runs of a repeated letter shortened
("stuuupid" -> "stupid", "killll" -> "kill").
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Letters from other scripts that look like Latin ones.
_CONFUSABLES = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "һ": "h", "ԁ": "d", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ѵ": "v", "ь": "b",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "γ": "y", "µ": "u", "ß": "ss",
    "ł": "l", "ø": "o", "đ": "d", "ı": "i", "ſ": "s",
}  # fmt: skip

# Characters standing in for letters inside a word.
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
_LEET_SYMBOLS = frozenset("@$!")
_MASK = frozenset("*#")
_VOWELS = frozenset("aeiouy")
_SPLIT_SEPARATORS = frozenset(" .-_*,+~/|")

_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"}


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """The normalised text plus, for every character, its index in the original."""

    text: str
    origin: tuple[int, ...]
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) range of the normalised text back to the original."""
        if not self.origin or start >= end:
            return (0, 0)
        start = max(0, min(start, len(self.origin) - 1))
        end = max(start + 1, min(end, len(self.origin)))
        return (self.origin[start], self.origin[end - 1] + 1)


def _fold_char(ch: str) -> str:
    if ch in _APOSTROPHES:
        return "'"
    low = ch.lower()
    if low in _CONFUSABLES:
        return _CONFUSABLES[low]
    if ch.isascii():
        if ch.isprintable():
            return low
        return " " if ch in "\t\n\r\f\v" else ""
    category = unicodedata.category(ch)
    if category in ("Cc", "Cf", "Cs", "Co", "Cn"):
        return ""  # control, zero-width, surrogates, private use
    if category.startswith("Z"):
        return " "
    decomposed = unicodedata.normalize("NFKD", ch)
    out = []
    for part in decomposed:
        if unicodedata.combining(part):
            continue
        part_low = part.lower()
        out.append(_CONFUSABLES.get(part_low, part_low))
    return "".join(out)


def _fold(text: str) -> tuple[list[str], list[int]]:
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        for folded in _fold_char(ch):
            chars.append(folded)
            origin.append(index)
    return chars, origin


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def _decode_leet(chars: list[str]) -> None:
    """Replace digits and symbols that sit inside a word made mostly of letters."""
    n = len(chars)
    i = 0
    while i < n:
        if chars[i].isspace():
            i += 1
            continue
        j = i
        while j < n and not chars[j].isspace():
            j += 1
        word = chars[i:j]
        letters = sum(1 for c in word if _is_letter(c))
        if letters:
            for k in range(i, j):
                c = chars[k]
                if c not in _LEET:
                    continue
                prev_letter = k > i and _is_letter(chars[k - 1])
                next_letter = k + 1 < j and _is_letter(chars[k + 1])
                if c in _LEET_SYMBOLS:
                    # "sh!t", "a$$", "@ss"; not a trailing "!" or an e-mail address.
                    if c == "@" and prev_letter and next_letter:
                        continue
                    if next_letter or (
                        c == "$" and (prev_letter or k + 1 < j and chars[k + 1] == "$")
                    ):
                        chars[k] = _LEET[c]
                elif prev_letter or next_letter:
                    # Digits only inside letter-heavy words ("k1ll", "sh1t"), never numbers.
                    digits = sum(1 for c2 in word if c2.isdigit())
                    if letters >= digits:
                        chars[k] = _LEET[c]
        i = j


_SHORT_SPLIT_WORDS = frozenset({"sex", "die", "ass", "fck", "fuk", "kms", "kys", "cum", "gun"})


def _single_letter(chars: list[str], k: int) -> bool:
    return (
        0 <= k < len(chars)
        and _is_letter(chars[k])
        and (k == 0 or not _is_letter(chars[k - 1]))
        and (k + 1 >= len(chars) or not _is_letter(chars[k + 1]))
    )


def _join_split_letters(chars: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """Join single letters split by one separator: "k i l l", "f.u.c.k"."""
    out_chars: list[str] = []
    out_origin: list[int] = []
    n = len(chars)
    i = 0
    while i < n:
        if _single_letter(chars, i):
            run = [i]
            k = i
            while k + 2 < n and chars[k + 1] in _SPLIT_SEPARATORS and _single_letter(chars, k + 2):
                k += 2
                run.append(k)
            word = "".join(chars[r] for r in run)
            if len(run) >= 4 or (len(run) == 3 and word in _SHORT_SPLIT_WORDS):
                for r in run:
                    out_chars.append(chars[r])
                    out_origin.append(origin[r])
                i = run[-1] + 1
                if i + 1 < n and chars[i] in ".-_*" and chars[i + 1].isspace():
                    i += 1  # "K.I.L.L. me": the dot closing the run is not a full stop
                continue
        out_chars.append(chars[i])
        out_origin.append(origin[i])
        i += 1
    return out_chars, out_origin


def _squeeze_repeats(chars: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """Shorten runs of 3+ equal letters: vowels to one, consonants to two."""
    out_chars: list[str] = []
    out_origin: list[int] = []
    n = len(chars)
    i = 0
    while i < n:
        ch = chars[i]
        j = i
        while j < n and chars[j] == ch:
            j += 1
        run = j - i
        if run >= 3 and _is_letter(ch):
            keep = 1 if ch in _VOWELS else 2
        elif run >= 2 and ch.isspace():
            keep = 1
        else:
            keep = run
        for k in range(keep):
            out_chars.append(ch)
            out_origin.append(origin[i + k])
        i = j
    return out_chars, out_origin


_SPACES = re.compile(r"\s+")


def normalise(text: str) -> NormalisedText:
    """Normalise `text` for matching; never raises on any string."""
    if not isinstance(text, str):  # defensive: callers are typed, inputs are not
        text = str(text)
    if text.isascii() and text.isprintable():
        # Fast path for the common case: lower-casing keeps every offset.
        folded = text.lower().replace("`", "'")
        chars, origin = list(folded), list(range(len(folded)))
    else:
        chars, origin = _fold(text)
        folded = "".join(chars)
    if _MAY_HAVE_LEET.search(folded):
        _decode_leet(chars)
        folded = "".join(chars)
    if _MAY_HAVE_SPLIT.search(folded):
        chars, origin = _join_split_letters(chars, origin)
        folded = "".join(chars)
    if _MAY_HAVE_REPEATS.search(folded):
        chars, origin = _squeeze_repeats(chars, origin)
        folded = "".join(chars)
    if _HUGE_WORD.search(folded):
        chars, origin = _truncate_huge_words(chars, origin)
        folded = "".join(chars)
    if _needs_rewrite(folded):
        chars, origin = _rewrite_words(folded, origin)
        folded = "".join(chars)
    return NormalisedText(folded, tuple(origin), text)


_WORD = re.compile(r"[a-z]+")
_SIGNAL_WORDS = frozenset(
    [
        "die",
        "dying",
        "dead",
        "kill",
        "killing",
        "myself",
        "sex",
        "sexy",
        "fuck",
        "shit",
        "hate",
        "hurt",
        "hurts",
        "suicide",
        "nude",
        "nudes",
        "porn",
        "touch",
        "touches",
        "stupid",
        "idiot",
        "ugly",
        "fat",
        "dumb",
        "naked",
        "cut",
        "hang",
        "stab",
        "shoot",
        "gun",
        "knife",
        "bitch",
        "ass",
        "dick",
        "boobs",
        "secret",
        "meet",
        "pics",
        "pic",
        "photo",
        "address",
        "alone",
        "drugs",
        "weed",
        "drunk",
        "beer",
        "vape",
        "hit",
        "hits",
        "punch",
        "kick",
        "bleed",
        "blood",
        "loser",
        "hell",
        "damn",
        "crap",
    ]
)
_HUGE_WORD = re.compile(r"\S{41,}")


def _truncate_huge_words(chars: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """No real word is longer than 40 characters: keep the first 40 of any longer run, so
    junk like "aaaa...a" cannot make the rules' regular expressions slow."""
    out_chars: list[str] = []
    out_origin: list[int] = []
    run = 0
    for ch, index in zip(chars, origin, strict=True):
        run = 0 if ch.isspace() else run + 1
        if run <= 40:
            out_chars.append(ch)
            out_origin.append(index)
    return out_chars, out_origin


_LONG_WORD = re.compile(r"[a-z]{7,}")


def _needs_rewrite(text: str) -> bool:
    if _LONG_WORD.search(text):
        return True
    fixes = _vocabulary().misspellings
    return any(w in fixes for w in _WORD.findall(text))


def _rewrite_words(text: str, origin: list[int]) -> tuple[list[str], list[int]]:
    """Fix common misspellings ("myslef") and split run-together words ("iwanttodie")."""
    vocab = _vocabulary()
    out_chars: list[str] = []
    out_origin: list[int] = []
    cursor = 0
    for m in _WORD.finditer(text):
        word = m.group()
        replacement = vocab.misspellings.get(word)
        if replacement is None and len(word) >= 7 and word not in vocab.words:
            parts = segment(word)
            # Only split when a part is a word the rules care about ("iwanttodie"), so
            # ordinary words missing from the vocabulary ("pajamas") stay whole.
            if parts and any(part in _SIGNAL_WORDS for part in parts):
                replacement = " ".join(parts)
        if replacement is None:
            continue
        out_chars.extend(text[cursor : m.start()])
        out_origin.extend(origin[cursor : m.start()])
        span = origin[m.start() : m.end()]
        for k, ch in enumerate(replacement):
            out_chars.append(ch)
            out_origin.append(span[min(k, len(span) - 1)])
        cursor = m.end()
    out_chars.extend(text[cursor:])
    out_origin.extend(origin[cursor:])
    return out_chars, out_origin


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    words: frozenset[str]
    misspellings: dict[str, str]


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    package = resources.files("domain.safety")
    words = frozenset(package.joinpath("words.txt").read_text("utf-8").split())
    lexicon = json.loads(package.joinpath("lexicon.json").read_text("utf-8"))
    return _Vocabulary(words=words, misspellings=dict(lexicon["misspellings"]))


def segment(word: str, max_parts: int = 5) -> list[str] | None:
    """Split a run-together word into known words ("killmyself" -> ["kill", "myself"]).

    Fewest words wins, then the most even split; None when no split into at most
    `max_parts` known words exists."""
    if len(word) > 40:
        return None
    words = _vocabulary().words
    n = len(word)
    best: list[tuple[int, int, int] | None] = [None] * (n + 1)  # (parts, -sum of squares, prev)
    best[0] = (0, 0, -1)
    for end in range(1, n + 1):
        for start in range(max(0, end - 20), end):
            prior = best[start]
            if prior is None or word[start:end] not in words:
                continue
            size = end - start
            if size == 1 and word[start:end] not in ("i", "a"):
                continue
            candidate = (prior[0] + 1, prior[1] - size * size, start)
            current = best[end]
            if current is None or candidate[:2] < current[:2]:
                best[end] = candidate
    final = best[n]
    if final is None or final[0] > max_parts or final[0] < 2:
        return None
    parts: list[str] = []
    end = n
    while end > 0:
        entry = best[end]
        assert entry is not None
        parts.append(word[entry[2] : end])
        end = entry[2]
    return parts[::-1]


_MAY_HAVE_LEET = re.compile(r"[^\W\d_][0-9@$!]|[0-9@$!][^\W\d_]")
_L = r"[^\W\d_]"  # a letter in any script
_SEP = r"[ .\-_*,+~/|]"
_MAY_HAVE_SPLIT = re.compile(rf"(?<!{_L}){_L}{_SEP}{_L}{_SEP}{_L}(?!{_L})")
_MAY_HAVE_REPEATS = re.compile(r"([^\W\d_])\1\1|\s\s|[\t\n\r]")


def skeleton(word: str) -> str:
    """A word with every run of a repeated letter reduced to one: "stuupid" -> "stupid"."""
    out: list[str] = []
    for ch in word:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def is_masked(word: str) -> bool:
    return any(c in _MASK for c in word) and any(c.isalpha() for c in word)
