"""The abuse patterns run as pieces (rules_harm_abuse_patterns): the merged matches are the
one alternation's, and word lists grouped by first letter (first_letters.by_first_letter)
match as written."""

from __future__ import annotations

import random
import re

from domain.safety import rules_harm_abuse_patterns as abuse
from domain.safety.first_letters import by_first_letter
from domain.safety.normalise import normalise

_WRITTEN = (
    r"(?:hits?|hurts?|hitting|(?:throws?|threw) (?:things|a \w+) at|throws?|he|she|"
    r"(?:mom|dad|mommy)'?s friend|mom|dad|(?:a|the|an old) man|aunt|cubs|(?:the |my )?club|"
    r"(?:cutting |pushing )?away from me|carefully)"
)

_TEXTS = [
    "my dad hits me when he is drunk",
    "mum said if i tell anyone she will hurt me",
    "ma ma ma ma he he she they dad",
    "my uncle comes into my room at night and touches me",
    "my mom's boyfriend throws things at me and hits me",
    "mom s friend hurts me. dad threw a plate at me",
    "an old man touched me under my clothes",
    "i get hit by my stepdad and i am scared of my dad when he drinks",
    "the teacher makes me watch grown up videos",
    "dad grabbed my arm. then we went to the park",
    "at the club the coach held my hands carefully, cutting away from me at cubs",
]


def test_words_grouped_by_first_letter_match_as_written() -> None:
    grouped = by_first_letter(_WRITTEN)
    assert grouped.startswith("(?:h(?:")
    written, fast = re.compile(_WRITTEN), re.compile(grouped)
    rng = random.Random(0)
    words = re.findall(r"[a-z']+", " ".join(_TEXTS)) + ["throw", "threw", "an", "old"]
    texts = _TEXTS + [" ".join(rng.choice(words) for _ in range(40)) for _ in range(300)]
    for text in texts:
        for pos in range(len(text)):
            a, b = written.match(text, pos), fast.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)


def test_pieces_match_as_their_one_alternation() -> None:
    whole = re.compile("|".join(f"(?:{piece.pattern.pattern})" for piece in abuse.ABUSE_PIECES))
    rng = random.Random(1)
    words = re.findall(r"[a-z']+", " ".join(_TEXTS))
    texts = [normalise(t).text for t in _TEXTS]
    texts += [" ".join(rng.choice(words) for _ in range(60)) for _ in range(300)]
    texts.append(" ".join(_TEXTS) * 3)
    for text in texts:
        assert [m.span() for m in abuse.abuse_matches(text)] == [
            m.span() for m in whole.finditer(text)
        ], text
