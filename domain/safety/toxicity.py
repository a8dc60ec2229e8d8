"""The learned toxicity score.

The default scorer uses the linear model shipped inside the `alt-profanity-check`
package (TF-IDF over words + a calibrated linear SVM). Calling scikit-learn for one
message costs several milliseconds, so at load time the package's fitted vectorizer
and classifiers are compiled into plain dictionaries and evaluated in pure Python:
identical probabilities, a few microseconds a message, no per-call overhead.
Nothing is downloaded: the model files are package data.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Sequence
from typing import Any, Protocol


class ToxicityScorer(Protocol):
    def scores(self, texts: Sequence[str]) -> list[float]: ...


class _CompiledModel:
    """TF-IDF (l2-normalised, unigrams) -> k calibrated linear SVMs -> mean probability."""

    def __init__(self, vectorizer: Any, model: Any) -> None:
        params = vectorizer.get_params()
        if params.get("ngram_range") != (1, 1) or params.get("analyzer") != "word":
            raise ValueError("unsupported vectorizer")
        self._token = re.compile(params.get("token_pattern") or r"(?u)\b\w\w+\b")
        self._lowercase = bool(params.get("lowercase", True))
        idf = vectorizer.idf_
        folds = model.calibrated_classifiers_
        coefs = [fold.estimator.coef_.ravel() for fold in folds]
        self._intercepts = [float(fold.estimator.intercept_[0]) for fold in folds]
        self._sigmoids = [
            (float(fold.calibrators[0].a_), float(fold.calibrators[0].b_)) for fold in folds
        ]
        self._terms: dict[str, tuple[float, tuple[float, ...]]] = {
            term: (float(idf[index]), tuple(float(c[index]) for c in coefs))
            for term, index in vectorizer.vocabulary_.items()
        }

    def score(self, text: str) -> float:
        if self._lowercase:
            text = text.lower()
        counts: dict[str, int] = {}
        for token in self._token.findall(text):
            if token in self._terms:
                counts[token] = counts.get(token, 0) + 1
        k = len(self._intercepts)
        decisions = list(self._intercepts)
        if counts:
            weights = [(self._terms[t], n) for t, n in counts.items()]
            norm = math.sqrt(sum((idf * n) ** 2 for (idf, _), n in weights)) or 1.0
            for (idf, coef), n in weights:
                value = idf * n / norm
                for i in range(k):
                    decisions[i] += coef[i] * value
        total = 0.0
        for (a, b), decision in zip(self._sigmoids, decisions, strict=True):
            exponent = a * decision + b
            if exponent > 700:
                total += 0.0
            else:
                total += 1.0 / (1.0 + math.exp(exponent))
        return total / k


class ProfanityCheckScorer:
    """Default scorer backed by alt-profanity-check; loads the model once, lazily."""

    def __init__(self) -> None:
        self._model: _CompiledModel | None = None
        self._lock = threading.Lock()

    def load(self) -> None:
        if self._model is not None:
            return
        with self._lock:
            if self._model is None:
                from profanity_check import profanity_check  # heavy import: scikit-learn

                self._model = _CompiledModel(profanity_check.vectorizer, profanity_check.model)

    def scores(self, texts: Sequence[str]) -> list[float]:
        self.load()
        model = self._model
        assert model is not None
        return [model.score(text) for text in texts]


class NullScorer:
    """A scorer that never finds anything (for tests or when the model is unavailable)."""

    def scores(self, texts: Sequence[str]) -> list[float]:
        return [0.0 for _ in texts]


_KIN_WORD = re.compile(
    r"(?<!\byour )(?<!\bur )(?<!\byo )(?<!\bya )(?<!\byer )(?<!\bu )"
    r"\b(?:mum|mummy|mom|mommy|mother|mama|momma|mam|mammy|daddy)(?:'?s)?\b"
)
"""A child's word for a parent. The model learned "mum", "mom", "mummy" from "your mum"
insults and scores "mummy can't stay at the hospital tonight" as rude; the words are left
out of what it reads unless they follow "your"/"ur"/"yo" (the insult's own frame)."""

_HARMLESS_HO = re.compile(
    # (review47) never a "ho" said of someone: "your sister is a ho ho ho", "you dirty ho ho";
    # "yo ho" alone is a greeting to someone ("yo ho get me a drink"), "yo ho ho" the pirates'.
    r"(?<!\ba )(?<!\bur )(?<!\byou )(?<!\bu )(?<!\bya )(?<!\byour )"
    r"(?<!\bho )(?<!\bho,)(?<!\bho, )(?<!\bho-)(?<!\bho!)"
    r"(?<!\bdirty )(?<!\bstupid )(?<!\blittle )(?<!\bbig )(?<!\bfat )(?<!\bcheap )"
    r"\bho(?:[ ,!-]+ho)+\b|\b(?:land|westward|eastward|heave|tally|gung) ho\b"
    r"|\bho (?=hum\b)|\bgarden hoes?\b"
)
"""(round 47) A harmless "ho": Father Christmas's "ho ho ho", "land ho", "westward ho", a
garden hoe. The model learned "ho" from the insult and blocks the teddy's "Ho ho ho! Shall we
make a list of presents"; these are left out of what it reads ("you're a ho" stays in)."""


_BLOW = r"(?:blow|blows|blew|blowing|blown)"
_HARMLESS_BLOW = re.compile(
    rf"\b{_BLOW} (?:(?:out|up|on|off|away|into|in|a|an|the|my|your|ur|his|her|our|their|some|all|"
    r"lots of|loads of|big|giant|huge|massive|little|tiny|more|of|them|those|these|birthday|party|"
    r"paper|soap|bath|long|loud|really|so|many|every|each|it) ){0,3}"
    r"(?:candles?|bubbles?|balloons?|whistles?|horns?|trumpets?|kazoos?|recorders?|party blowers?|"
    r"dandelions?|feathers?|raspberr(?:y|ies)|soup|food|tea|hot chocolate|cocoa|porridge|pasta|"
    r"paddling pool|pool|lilo|li-lo|fire|campfire|windmill|pinwheel|boats?|sails?|paint|straw|"
    r"leaves|dust|sand|snow|glitter|bubble ?gum|gum|noses?|tissues?)\b"
    rf"|\b{_BLOW} (?:me|us|you|u|him|her|them|mummy|daddy|mum|dad|teddy|nana|grandma|everyone) "
    r"(?:a |lots of |loads of |big )?kiss(?:es)?\b"
    rf"|\b{_BLOW}[- ]?dr(?:y|ies|ied|ying|yer|yers)\b"
    rf"|\b(?:wind|winds|breeze|storm|gale|gust|gusts|hurricane|tornado|it)(?: \w+){{0,2}} {_BLOW}\b"
)
"""(leftovers) A harmless "blow": candles, bubbles, balloons, a whistle, a nose, soup, a kiss
blown, a blow-dry, the wind. The model learned "blow" from "blow me" and "blow job" and marks
"can i blow out the candles" as rude; the verb of such a phrase is left out of what it reads,
its other words kept ("blow me" and "blow job" stay in)."""
_BLOW_WORD = re.compile(rf"\b{_BLOW}\b")


def _without_blow(match: re.Match[str]) -> str:
    return _BLOW_WORD.sub(" ", match.group())


def model_text(text: str) -> str:
    """The (normalised) text as the toxicity model should read it: a child's own word for a
    parent left out, since the model takes it for half of a "your mum" insult; a harmless
    "ho" and a harmless "blow" left out."""
    if "ho" in text:
        text = _HARMLESS_HO.sub(" ", text)
    if "bl" in text:
        text = _HARMLESS_BLOW.sub(_without_blow, text)
    return _KIN_WORD.sub(" ", text) if "m" in text or "d" in text else text
