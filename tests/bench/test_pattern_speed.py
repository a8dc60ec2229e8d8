"""bench/pattern_speed.py finds the rules' patterns and times them on adversarial text. No
timing assertions (speed is measured by the bench script, not by unit tests)."""

from __future__ import annotations

import random
import re

from bench.pattern_speed import LENGTH, all_patterns, examples, inputs, literal_words, main
from domain.safety.prefilter import prefiltered


def test_finds_module_level_wrapped_inline_and_lexicon_patterns() -> None:
    # A pattern made outside the rule modules (as other tests make them) waits in the
    # pre-filter's queue: it must not be named after that queue, nor hide a rule's name.
    made_here = prefiltered(r"\bzebra crossings?\b")
    found_all = all_patterns()
    assert any(
        found.pattern is made_here.pattern and found.names[0].startswith("<unnamed")
        for found in found_all
    )
    names = {name for found in found_all for name in found.names}
    assert "domain.safety.rules_harm._ABUSE_NOT" in names  # pre-filtered, module level
    assert "domain.safety.rules_harm_abuse_patterns.ABUSE_PIECES[0]" in names  # in a tuple
    assert "domain.safety.rules_meaning_abuse_mealtimes.FED_SCRAPS" in names
    assert any(name.startswith("domain.safety.rules_harm._VIOLENCE.<alt") for name in names)
    assert any(name.startswith("domain.safety.rules_grooming:") for name in names)  # re.search
    assert any(name.endswith("lexicon().sexual") for name in names)  # built by a cached call
    assert not any("_PENDING" in found.names[0] for found in found_all)


def test_inputs_are_the_patterns_own_words_at_full_length() -> None:
    pattern = re.compile(r"\b(?:mum|dad) (?:hits|kicks) me\b[^.?!]{0,20}\bat home\b")
    assert literal_words(pattern) == ["mum", "dad", "hits", "kicks", "me", "at", "home"]
    texts = dict(inputs(pattern, "corpus " * 2000, random.Random(0)))
    assert {"words", "shuffled", "nospace", "a", "phrases", "one:dad"} <= set(texts)
    assert all(len(text) == LENGTH for label, text in texts.items() if label != "corpus")
    assert texts["one:dad"].startswith("dad dad dad ")
    simple = re.compile(r"\b(?:mum|dad) hits me\b")
    assert all(simple.search(e) for e in examples(simple, random.Random(1)))


def test_the_script_runs_on_one_module(capsys: object) -> None:
    code = main(
        ["--only", "rules_meaning_abuse_mealtimes.FED_SCRAPS", "--repeat", "1", "--limit-ms", "1e9"]
    )
    assert code == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "FED_SCRAPS" in out and "patterns;" in out
