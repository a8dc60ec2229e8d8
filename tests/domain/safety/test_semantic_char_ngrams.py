"""The semantic stage's character n-grams (model format 2): counted and weighted at run time
as scikit-learn's TfidfVectorizer(analyzer="char_wb", sublinear_tf=True) does in training."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from domain.safety.semantic import (
    CHAR_MODEL_FORMAT,
    HEADS,
    MODEL_FILE,
    MODEL_FORMAT,
    SemanticModel,
    _char_counts,
)

TEXTS = [
    "he tuched me were i dont like",
    "a  b cd",
    "my stepdad sed its our secrit secrit",
    "i",
]


def _model_with_chars(
    texts: list[str], sizes: tuple[int, int]
) -> tuple[SemanticModel, TfidfVectorizer]:
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=sizes, sublinear_tf=True).fit(texts)
    data = json.loads(MODEL_FILE.read_text("utf-8"))
    data["format"] = CHAR_MODEL_FORMAT
    data["char_ngrams"] = list(sizes)
    # Head i's weight of a gram: its vocabulary index + i, so every gram counts differently.
    data["char_terms"] = {
        gram: [float(chars.idf_[index]), *(float(index + i) for i in range(len(HEADS)))]
        for gram, index in chars.vocabulary_.items()
    }
    data["terms"] = {}
    return SemanticModel(data), chars


@pytest.mark.parametrize("sizes", [(3, 5), (2, 4)])
def test_character_ngrams_score_as_scikit_learn_weights_them(sizes: tuple[int, int]) -> None:
    model, chars = _model_with_chars(TEXTS, sizes)
    matrix = chars.transform(TEXTS)
    for row, text in enumerate(TEXTS):
        weights = matrix.getrow(row).toarray().ravel()
        expected = [
            sum(w * (index + i) for index, w in enumerate(weights)) for i in range(len(HEADS))
        ]
        assert model.sparse_decisions(text) == pytest.approx(expected, rel=1e-9)
        assert model.critical_sparse_decision(text) == pytest.approx(expected[0], rel=1e-9)


def test_character_ngrams_are_the_analyzers_own() -> None:
    model, chars = _model_with_chars(TEXTS, (3, 5))
    analyse = chars.build_analyzer()
    for text in TEXTS:
        assert _char_counts(text, model.char_terms, (3, 5)) == Counter(analyse(text))


def test_a_model_file_whose_format_does_not_match_its_ngrams_is_refused() -> None:
    data = json.loads(MODEL_FILE.read_text("utf-8"))
    data["format"] = CHAR_MODEL_FORMAT
    with pytest.raises(ValueError):
        SemanticModel(data)
    data["format"] = MODEL_FORMAT
    data["char_terms"], data["char_ngrams"] = {"abc": [1.0, 0, 0, 0, 0, 0]}, [3, 5]
    with pytest.raises(ValueError):
        SemanticModel(data)
