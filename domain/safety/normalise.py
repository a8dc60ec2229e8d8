"""Text normalisation that defeats common obfuscation while remembering where each
character came from, so findings can point at the original text.

Steps: Unicode compatibility folding and accent stripping, look-alike letters from
other scripts (Cyrillic, Greek), control and zero-width characters dropped, lower
case, leetspeak inside words ("sh1t", "a$$"; not times of day: "1am", "11pm" keep their
digits), letters split by spaces or dots ("k i l l", "f.u.c.k") joined, and long runs of a
repeated letter shortened ("stuuupid" -> "stupid", "killll" -> "kill").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from domain.safety.spelling import needs_rewrite, rewrite_words

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
        digits = sum(1 for c in word if c.isdigit())
        if letters and _CLOCK_TIME.fullmatch("".join(word)):
            letters = 0  # a time of day ("1am", "11pm", "3:30am"): its digits stay digits
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
                elif (prev_letter or next_letter) and letters >= digits:
                    # Digits only inside letter-heavy words ("k1ll", "sh1t"), never numbers.
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
    if needs_rewrite(folded):
        chars, origin = rewrite_words(folded, origin)
        folded = "".join(chars)
    return NormalisedText(folded, tuple(origin), text)


_CLOCK_TIME = re.compile(
    r"[^\w]*(?:\d{1,2}(?:[:.]\d\d)?(?:am|pm|a\.m|p\.m)?\.?[-\u2013])?"
    r"\d{1,2}(?:[:.]\d\d)?(?:am|pm|a\.m|p\.m)\.?[^\w]*"
)
"""A word that is a time of day or a range of them, with any punctuation around it: "1am",
"(11pm)", "3:30am,", "1am-2am", "11pm\u20131am"."""
_MAY_HAVE_LEET = re.compile(r"[^\W\d_][0-9@$!]|[0-9@$!][^\W\d_]")
_L = r"[^\W\d_]"  # a letter in any script
_SEP = r"[ .\-_*,+~/|]"
_MAY_HAVE_SPLIT = re.compile(rf"(?<!{_L}){_L}{_SEP}{_L}{_SEP}{_L}(?!{_L})")
_MAY_HAVE_REPEATS = re.compile(r"([^\W\d_])\1\1|\s\s|[\t\n\r]")
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


def skeleton(word: str) -> str:
    """A word with every run of a repeated letter reduced to one: "stuupid" -> "stupid"."""
    out: list[str] = []
    for ch in word:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def is_masked(word: str) -> bool:
    return any(c in _MASK for c in word) and any(c.isalpha() for c in word)
