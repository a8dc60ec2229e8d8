"""The pre-filter's analyses kept on disk between processes (domain/safety/prefilter_memo.py).

One JSON file a cache folder, each requirement in it once (many patterns share them), named
by a fingerprint of the analyser: the source of every `domain/safety/prefilter*` file and
the Python version, whose regular-expression parser it reads. A change to the analyser names
a new file, so an analysis is only ever reused by the analyser that made it; a pattern whose
source changed is simply analysed again. A missing, unreadable or malformed file is ignored
(the warm-up analyses everything, as without it); a folder that cannot be written is logged
and the service starts anyway.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import domain.safety
from domain.safety import SafetyEngine
from domain.safety.prefilter_memo import Clauses, PatternKey, analysed_here, hand_in, remembered

_log = logging.getLogger(__name__)
_PREFIX = "prefilter-analysis-"


@cache
def analyser_fingerprint() -> str:
    digest = hashlib.sha256(sys.version.encode())
    folder = Path(domain.safety.__file__).parent
    for path in sorted(folder.glob("prefilter*")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def analysis_file(cache_dir: Path) -> Path:
    return cache_dir / f"{_PREFIX}{analyser_fingerprint()}.json"


def read_analyses(path: Path) -> dict[PatternKey, Clauses]:
    """The analyses in `path`; none if it is missing or not one of ours."""
    try:
        stored = json.loads(path.read_text("utf-8"))
        return dict(_parsed(stored["needs"], stored["patterns"]))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, TypeError, KeyError, IndexError) as error:
        _log.warning("pre-filter analyses unreadable, analysing again", extra={"error": str(error)})
        return {}


def _parsed(needs: object, patterns: object) -> Iterator[tuple[PatternKey, Clauses]]:
    if not isinstance(needs, list) or not isinstance(patterns, list):
        raise ValueError("not a file of analyses")
    # Each requirement once, shared by every clause that has it (as one process's would be).
    shared = [frozenset(_strings(need)) for need in needs]
    for source, flags, found in patterns:
        if not isinstance(source, str) or not isinstance(flags, int):
            raise ValueError("an analysis without a pattern")
        yield (source, flags), [[shared[_number(i)] for i in clause] for clause in found]


def _strings(need: object) -> list[str]:
    if not isinstance(need, list) or not all(isinstance(piece, str) for piece in need):
        raise ValueError("a requirement that is not a list of strings")
    return need


def _number(i: object) -> int:
    if not isinstance(i, int) or i < 0:
        raise ValueError("a requirement's number that is not one")
    return i


def write_analyses(path: Path, analyses: dict[PatternKey, Clauses]) -> None:
    """All of `analyses` to `path` at once (a reader never sees half a file); other
    analysers' files in the folder are removed."""
    numbers: dict[frozenset[str], int] = {}
    patterns = [
        [source, flags, [[numbers.setdefault(need, len(numbers)) for need in c] for c in found]]
        for (source, flags), found in sorted(analyses.items())
    ]
    stored = {"needs": [sorted(need) for need in numbers], "patterns": patterns}
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(stored, out, separators=(",", ":"))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    for stale in path.parent.glob(f"{_PREFIX}*.json"):
        if stale != path:
            stale.unlink(missing_ok=True)


def load_analyses(cache_dir: Path) -> int:
    """Hand the kept analyses to the pre-filter (before the engine's warm-up); how many."""
    analyses = read_analyses(analysis_file(cache_dir))
    hand_in(analyses)
    return len(analyses)


def keep_analyses(cache_dir: Path) -> bool:
    """Keep every analysis this process has, if it made any new one (after the warm-up)."""
    if not analysed_here():
        return False
    try:
        write_analyses(analysis_file(cache_dir), remembered())
    except OSError as error:
        _log.warning("pre-filter analyses not kept", extra={"error": str(error)})
        return False
    return True


def warm_up_engine(engine: SafetyEngine, cache_dir: Path) -> None:
    """`engine.warm_up()`, reading the pre-filter analyses kept in `cache_dir` first and
    keeping them after: a process that finds them analyses only what changed."""
    handed_in = load_analyses(cache_dir)
    engine.warm_up()
    kept = keep_analyses(cache_dir)
    _log.info(
        "safety engine warmed up",
        extra={"analyses_reused": handed_in, "analysed": analysed_here(), "kept": kept},
    )
