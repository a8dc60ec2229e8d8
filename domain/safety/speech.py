# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Transcribed speech tidied for the rules (round 37): children's words reach the engine as a
speech recogniser wrote them, with hesitations and split words the rules' phrases do not
expect.

- Hesitation sounds ("um", "umm", "uh", "uhm", "erm", "hmm") are dropped, with a comma
  after them: "i should just um walk in the road" reads "i should just walk in the road".
- "like" standing for "about" before an amount of time or a number is dropped: "for like
  days", "till like eight", "for like 20 mins". "like" as a verb or a comparison stays ("i
  like dogs", "it looks like a cat", "feel like hurting").
- A swear word as a recogniser may spell it reads as the word: "what the fack", "focking",
  "fook off" read "fuck" (the same length, so every offset holds).
- A reflexive split in two is joined: "kill her self" reads "kill herself", "hang your self"
  "hang yourself"; "her self-esteem", "my self harm" and the like stay apart.

The learned stages (the toxicity and semantic models) still read `normalise`'s text: they
were trained on it.
"""

from __future__ import annotations

import re

from domain.safety.normalise import NormalisedText

_HESITATION = r"(?:u+m+|u+h+|u+h+m+|e+r+m+|h+m+)"
_AMOUNT = (
    r"(?:\d+|an? (?:few|couple|week|day|month|year|hour|minute|while|whole|hundred|thousand|million)"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred"
    r"|half|days|weeks|hours|months|years|ages|forever|ever|every|all|midnight|the whole)\b"
)
_BEFORE_AMOUNT = r"(?:for|till|til|until|about|around|after|in|over|since|at|by|takes|took|it'?s|was|is|been|then|and)"
_SELF_WORDS = r"(?:esteem|confidence|control|care|portrait|worth|image|respect|defen[cs]e|harm|harming|injur\w*|conscious|aware\w*|service|help|raising|catering|isolat\w*)"

# A hesitation with the comma and the spaces after it; at the end, with the spaces before it.
_HESITATIONS = re.compile(
    rf"(?<![\w']){_HESITATION},?\s+(?=\S)|(?<=\S)\s+{_HESITATION}(?![\w'])[,\s]*$"
)
_LIKE_AMOUNT = re.compile(rf"\b{_BEFORE_AMOUNT} (like )(?={_AMOUNT})")
_SPLIT_REFLEXIVE = re.compile(
    rf"\b(?:my|your|ur|her|him|them|our|thy)( )(?:self|selves)\b(?!-|'| {_SELF_WORDS}\b)"
)
_MISHEARD_SWEAR = re.compile(r"\b(?:fack|fock|fook)(?=(?:s|in|ing|ed|er)?\b)")
_MAY_NEED = re.compile(
    rf"(?<![\w']){_HESITATION}(?![\w'])|\blike\b|\bsel(?:f|ves)\b|{_MISHEARD_SWEAR.pattern}"
)


def tidy_speech(norm: NormalisedText) -> NormalisedText:
    """`norm` with hesitations, approximating "like", misheard swears and split reflexives
    tidied; offsets still point into the original."""
    text = norm.text
    if not _MAY_NEED.search(text):
        return norm
    drop: set[int] = set()
    for match in _HESITATIONS.finditer(text):
        drop.update(range(match.start(), match.end()))
    for match in _LIKE_AMOUNT.finditer(text):
        drop.update(range(match.start(1), match.end(1)))
    for match in _SPLIT_REFLEXIVE.finditer(text):
        drop.add(match.start(1))
    swears = [m.start() for m in _MISHEARD_SWEAR.finditer(text)]
    if swears:
        chars = list(text)
        for start in swears:
            chars[start : start + 4] = "fuck"
        text = "".join(chars)
    if not drop:
        return NormalisedText(text, norm.origin, norm.original) if swears else norm
    keep = [i for i in range(len(text)) if i not in drop]
    return NormalisedText(
        "".join(text[i] for i in keep), tuple(norm.origin[i] for i in keep), norm.original
    )
