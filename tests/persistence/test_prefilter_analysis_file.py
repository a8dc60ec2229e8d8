"""The pre-filter's analyses kept on disk: a process that reads them analyses nothing again
and judges every message exactly as one that analysed everything itself; a file that is not
one of ours is ignored, and another analyser's file is removed."""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest

from domain.safety import SafetyEngine
from domain.safety.prefilter_memo import analysed_here, clauses_of, remembered
from persistence.prefilter_analysis_file import (
    analysis_file,
    keep_analyses,
    read_analyses,
    write_analyses,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
_TEXTS = [
    "i want to hurt myself",
    "my uncle says its our secret and i cant tell mum",
    "i killed the dragon in my game",
    "we cut the cake with a knife",
    "my address is 12 oak street and my phone is 07700 900123",
    "can you send me a photo of you in your pyjamas",
    "this homework is killing me",
    "",
]
_SECOND_PROCESS = """
import json, sys
from pathlib import Path
from domain.enums import Speaker
from domain.safety import SafetyEngine
from domain.safety.prefilter_memo import analysed_here
from persistence.prefilter_analysis_file import load_analyses
load_analyses(Path(sys.argv[1]))
engine = SafetyEngine(threshold=0.7)
engine.warm_up()
texts = json.loads(sys.argv[2])
speakers = (Speaker.CHILD, Speaker.TEDDY)
verdicts = [engine.assess(t, age=9, speaker=s).to_dict() for t in texts for s in speakers]
print(json.dumps({"analysed": analysed_here(), "verdicts": verdicts}))
"""


@pytest.fixture(scope="module")
def engine() -> SafetyEngine:
    built = SafetyEngine(threshold=0.7)
    built.warm_up()
    return built


def test_a_second_process_reuses_every_analysis_and_judges_the_same(
    engine: SafetyEngine, tmp_path: Path
) -> None:
    from domain.enums import Speaker

    write_analyses(analysis_file(tmp_path), remembered())
    ran = subprocess.run(
        [sys.executable, "-c", _SECOND_PROCESS, str(tmp_path), json.dumps(_TEXTS)],
        cwd=REPO_ROOT,
        env={"PYTHONPATH": str(REPO_ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    second = json.loads(ran.stdout)
    assert second["analysed"] == 0
    own = [
        engine.assess(t, age=9, speaker=s).to_dict()
        for t in _TEXTS
        for s in (Speaker.CHILD, Speaker.TEDDY)
    ]
    assert second["verdicts"] == own
    assert any(v["level"] == "blocked" for v in own)  # the sample has unsafe lines in it


def test_analyses_read_back_equal_and_each_requirement_is_shared(
    engine: SafetyEngine, tmp_path: Path
) -> None:
    path = analysis_file(tmp_path)
    analyses = remembered()
    write_analyses(path, analyses)
    read = read_analyses(path)
    assert read == analyses
    needs = [need for found in read.values() for clause in found for need in clause]
    assert len({id(need) for need in needs}) == len(set(needs)) < len(needs)


@pytest.mark.parametrize(
    "content",
    [
        "",
        "not json",
        "[1, 2, 3]",
        '{"needs": [[1]], "patterns": []}',
        '{"needs": [["ab"]], "patterns": [["x", 0, [[5]]]]}',
    ],
)
def test_a_file_not_of_ours_is_ignored_with_a_warning(
    content: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = analysis_file(tmp_path)
    path.write_text(content, "utf-8")
    with caplog.at_level(logging.WARNING):
        assert read_analyses(path) == {}
    assert "unreadable" in caplog.text


def test_a_missing_file_is_no_analyses(tmp_path: Path) -> None:
    assert read_analyses(analysis_file(tmp_path / "nowhere")) == {}


def test_keeping_removes_another_analysers_file(tmp_path: Path) -> None:
    stale = tmp_path / "prefilter-analysis-0000000000000000.json"
    stale.write_text("{}", "utf-8")
    unrelated = tmp_path / "other.json"
    unrelated.write_text("{}", "utf-8")
    own = re.compile(r"\bkept by this test\b")
    clauses_of(own)  # one analysis of this process's own
    assert keep_analyses(tmp_path)
    assert not stale.exists() and unrelated.exists()
    assert (own.pattern, own.flags) in read_analyses(analysis_file(tmp_path))


def test_a_folder_that_cannot_be_written_is_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clauses_of(re.compile(r"\bnot kept by this test\b"))
    assert analysed_here() > 0
    blocked = tmp_path / "a file"
    blocked.write_text("", "utf-8")
    with caplog.at_level(logging.WARNING):
        assert keep_analyses(blocked / "cache") is False
    assert "not kept" in caplog.text
