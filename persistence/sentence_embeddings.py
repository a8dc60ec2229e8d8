"""Static sentence embeddings from the `wordllama` package, loaded offline.

The package ships its token-embedding table (l2_supercat, 256 dimensions) and tokenizer
as package data. `WordLlama.load` is pointed at the package's own folder as its cache
directory with downloads disabled, so nothing is fetched at run time; if the files are
missing the load fails and the safety engine runs on rules alone.

A sentence vector is the sum of its token vectors, l2-normalised (the same direction as
wordllama's average pooling with `norm=True`). Pooling and a linear read-out commute, so
`project` multiplies the token table by the read-out weights once (32,000 x k) and pools
k numbers a token, dividing by the norm of the pooled full vector. The batch path
tokenises all texts in one call and pools them with `np.add.reduceat`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from domain.safety.semantic import SemanticModel, SemanticStage

_log = logging.getLogger(__name__)

CONFIG = "l2_supercat"
DIMENSION = 256


class WordLlamaEmbedder:
    name = f"wordllama:{CONFIG}"
    dimension = DIMENSION

    def __init__(self) -> None:
        self._table: np.ndarray[Any, Any] | None = None
        self._tokenizer: Any = None
        self._projections: list[tuple[object, np.ndarray[Any, Any]]] = []
        """The token table projected by each read-out seen (the critical and category heads',
        the harm head's): a few objects, each kept for as long as its model lives."""
        self._lock = threading.Lock()

    def load(self) -> None:
        if self._table is not None:
            return
        with self._lock:
            if self._table is not None:
                return
            import wordllama
            from wordllama import WordLlama

            package_dir = Path(wordllama.__file__).resolve().parent
            model = WordLlama.load(
                config=CONFIG, dim=DIMENSION, cache_dir=package_dir, disable_download=True
            )
            tokenizer = model.tokenizer
            tokenizer.no_padding()
            tokenizer.no_truncation()
            self._tokenizer = tokenizer
            self._table = np.ascontiguousarray(model.embedding, dtype=np.float32)

    def embed(self, texts: Sequence[str]) -> np.ndarray[Any, Any]:
        """l2-normalised pooled sentence vectors, one row a text (used for training).
        Texts are expected normalised (lower case), as the engine passes them."""
        self.load()
        assert self._table is not None
        ids, starts = self._tokens(texts)
        sums: np.ndarray[Any, Any] = np.add.reduceat(self._table[ids], starts, axis=0)
        return sums / _norms(sums)

    def project(
        self, texts: Sequence[str], weights: Sequence[Sequence[float]]
    ) -> list[list[float]]:
        if not texts:
            return []
        projected = self._projected(weights)
        assert self._table is not None
        ids, starts = self._tokens(texts)
        norms = _norms(np.add.reduceat(self._table[ids], starts, axis=0))
        result: list[list[float]] = (
            np.add.reduceat(projected[ids], starts, axis=0) / norms
        ).tolist()
        return result

    def _tokens(self, texts: Sequence[str]) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """All texts' token ids in one array, and where each text starts (one token at least)."""
        encodings = self._tokenizer.encode_batch_fast(list(texts), add_special_tokens=False)
        lengths = np.fromiter((max(1, len(e.ids)) for e in encodings), dtype=np.int64)
        ids = np.fromiter(
            (i for e in encodings for i in (e.ids or (0,))),
            dtype=np.int64,
            count=int(lengths.sum()),
        )
        starts = np.zeros(len(lengths), dtype=np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])
        return ids, starts

    def _projected(self, weights: Sequence[Sequence[float]]) -> np.ndarray[Any, Any]:
        """The token table times the read-out weights, computed once per weights object (the
        last four kept: a model has two read-outs; a test may swap models)."""
        for known, projected in self._projections:
            if known is weights:
                return projected
        self.load()
        assert self._table is not None
        projected = self._table @ np.asarray(weights, dtype=np.float32)
        self._projections = [(weights, projected), *self._projections[:3]]
        return projected


def _norms(sums: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    norms: np.ndarray[Any, Any] = np.linalg.norm(sums, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return norms


def build_semantic_stage(
    model_path: Path | None = None, *, load: bool = True
) -> SemanticStage | None:
    """The semantic stage, or None (rules only) if its model file or embedder cannot load.
    With `load=False` the embedder's table is read later, by the engine's warm_up (or the
    first assessment); a failure then leaves the engine on rules alone."""
    try:
        embedder = WordLlamaEmbedder()
        if load:
            embedder.load()
        return SemanticStage(SemanticModel.load(model_path), embedder)
    except Exception:
        _log.warning(
            "semantic safety stage unavailable; the engine runs on rules alone", exc_info=True
        )
        return None
