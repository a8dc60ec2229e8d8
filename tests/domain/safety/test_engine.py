"""The engine's public contract: verdict shape, batching, the model, bad input."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence

import pytest

from domain.enums import SafetyCategory, SafetyLevel, Severity, Speaker
from domain.safety import (
    AssessmentRequest,
    NullScorer,
    SafetyEngine,
    blocked_child_reply,
    incident_severity,
    level_for_score,
    teddy_fallback_reply,
)
from domain.safety.risk import RiskState
from domain.safety.toxicity import ProfanityCheckScorer


class CountingScorer:
    def __init__(self, value: float = 0.0) -> None:
        self.calls: list[int] = []
        self.value = value

    def scores(self, texts: Sequence[str]) -> list[float]:
        self.calls.append(len(texts))
        return [self.value] * len(texts)


class BrokenScorer:
    def scores(self, texts: Sequence[str]) -> list[float]:
        raise RuntimeError("model unavailable")


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (1.0, SafetyLevel.SAFE),
        (0.99, SafetyLevel.MINOR),
        (0.8, SafetyLevel.MINOR),
        (0.79, SafetyLevel.FLAGGED),
        (0.5, SafetyLevel.FLAGGED),
        (0.49, SafetyLevel.BLOCKED),
        (0.0, SafetyLevel.BLOCKED),
    ],
)
def test_score_bands(score: float, level: SafetyLevel) -> None:
    assert level_for_score(score) is level


def test_safe_verdict(engine: SafetyEngine) -> None:
    verdict = engine.assess("Can you tell me a story about a brave little fox?", age=5)
    assert verdict.score == 1.0
    assert verdict.level is SafetyLevel.SAFE
    assert verdict.categories == ()
    assert verdict.spans == ()
    assert verdict.redacted_text == "Can you tell me a story about a brave little fox?"
    assert verdict.engine_version == engine.version
    assert 0.0 <= verdict.toxicity < 0.5


def test_verdict_to_dict_is_json_safe(engine: SafetyEngine) -> None:
    verdict = engine.assess("you are a dumb idiot, my number is 555 867 5309", age=9)
    data = json.loads(json.dumps(verdict.to_dict()))
    assert data["level"] == "flagged"
    assert set(data["categories"]) == {"insult", "personal_info"}
    assert all(isinstance(s["category"], str) and s["category"].islower() for s in data["spans"])
    assert "[PHONE]" in data["redacted_text"]


def test_spans_point_at_the_original_text(engine: SafetyEngine) -> None:
    text = "Honestly, you are s.t.u.p.i.d"
    verdict = engine.assess(text, age=10)
    span = next(s for s in verdict.spans if s.category is SafetyCategory.INSULT)
    assert text[span.start : span.end] == "s.t.u.p.i.d"


def test_assess_many_makes_one_model_call_and_matches_assess() -> None:
    scorer = CountingScorer()
    engine = SafetyEngine(toxicity=scorer)
    texts = ["hello teddy", "I want to kill myself", "this is crap", "my cat is fluffy"]
    batch = engine.assess_many([AssessmentRequest(t, 9) for t in texts])
    # one call, and the self-harm line (already decided by rules) is skipped
    assert scorer.calls == [3]
    singles = [engine.assess(t, age=9) for t in texts]
    assert batch == singles
    assert batch[1].toxicity == 0.0


def test_a_batch_repeating_a_text_gives_each_request_its_own_verdict() -> None:
    """The same text is analysed once per speaker in a batch; age, speaker and the
    conversation still decide each verdict, as if assessed alone."""
    engine = SafetyEngine(toxicity=CountingScorer(0.9))
    risky = RiskState(score=0.7, stages=frozenset({"trust", "secrecy"}), distress_turns=3)
    requests = [
        AssessmentRequest("don't tell your mom about our secret, you're so stupid", 4),
        AssessmentRequest("don't tell your mom about our secret, you're so stupid", 12),
        AssessmentRequest(
            "don't tell your mom about our secret, you're so stupid", 9, Speaker.TEDDY
        ),
        AssessmentRequest("don't tell your mom about our secret, you're so stupid", 9, risk=risky),
        AssessmentRequest("i feel so sad and alone", 9, risk=risky),
        AssessmentRequest("i feel so sad and alone", 9),
    ]
    batch = engine.assess_many(requests)
    singles = [engine.assess(r.text, age=r.age, speaker=r.speaker, risk=r.risk) for r in requests]
    assert batch == singles
    assert len({(v.score, v.categories) for v in batch}) > 2


def test_the_model_alone_marks_a_child_message_minor_and_blocks_a_teddy_reply() -> None:
    engine = SafetyEngine(toxicity=CountingScorer(0.99))
    child = engine.assess("blorp zing", age=9)
    teddy = engine.assess("blorp zing", age=9, speaker=Speaker.TEDDY)
    assert child.level is SafetyLevel.MINOR
    assert child.toxicity == 0.99
    assert teddy.level is SafetyLevel.BLOCKED


def test_a_failing_model_does_not_stop_the_rules() -> None:
    engine = SafetyEngine(toxicity=BrokenScorer())
    assert engine.assess("I want to die", age=12).level is SafetyLevel.BLOCKED
    assert engine.assess("hi teddy", age=12).level is SafetyLevel.SAFE


def test_compiled_model_matches_the_package() -> None:
    from profanity_check import predict_prob

    texts = ["you are a dumb idiot", "what a lovely day", "shit", "", "fuck fuck fuck off"]
    ours = ProfanityCheckScorer().scores(texts)
    theirs = list(predict_prob(texts))
    assert ours == pytest.approx(theirs, abs=1e-9)
    assert ours[0] > 0.9 > ours[1]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "a" * 10_000,
        "kill " * 2_000,
        "\x00\x01\x02\x7f\ufffe\ud800 junk",
        "ѕhіt ｆｕｃｋ ➕ 🧸🔪💊",
        "👍" * 500,
        "\u202eevil\u202c \u200b\u200d",
        "<script>alert(1)</script>",
        "%s %d {0} {{}} \\x00",
        "١٢٣ 中文 русский текст",
    ],
)
def test_never_raises_on_strange_input(engine: SafetyEngine, text: str) -> None:
    for speaker in Speaker:
        verdict = engine.assess(text, age=7, speaker=speaker)
        assert 0.0 <= verdict.score <= 1.0
        assert verdict.level is level_for_score(verdict.score)
        assert isinstance(verdict.redacted_text, str)
        json.dumps(verdict.to_dict())


def test_random_binary_junk(engine: SafetyEngine) -> None:
    rng = random.Random(1234)
    for _ in range(200):
        text = "".join(chr(rng.randrange(0, 0x3000)) for _ in range(rng.randrange(0, 120)))
        text = text.encode("utf-8", "replace").decode("utf-8", "replace")
        verdict = engine.assess(text, age=rng.randrange(0, 20))
        assert 0.0 <= verdict.score <= 1.0


def test_odd_ages_and_thresholds() -> None:
    engine = SafetyEngine(toxicity=NullScorer())
    for age in (-3, 0, 3, 13, 99):
        assert engine.assess("I want to kill myself", age=age).level is SafetyLevel.BLOCKED
    assert (
        SafetyEngine(threshold=0.0, toxicity=NullScorer())
        .assess("I want to kill myself", age=9)
        .blocked
    )
    with pytest.raises(ValueError):
        SafetyEngine(threshold=1.5)


def test_incident_severity(engine: SafetyEngine) -> None:
    assert incident_severity(engine.assess("hello", age=8), 8) is None
    assert incident_severity(engine.assess("I want to kill myself", age=8), 8) is Severity.CRITICAL
    grooming = engine.assess("a man online wants me to send him photos", age=11)
    assert incident_severity(grooming, 11) is Severity.CRITICAL
    assert incident_severity(engine.assess("this is crap", age=12), 12) is Severity.LOW
    assert incident_severity(engine.assess("my number is 555-123-4567", age=12), 12) is (
        Severity.MEDIUM
    )
    assert incident_severity(engine.assess("my number is 555-123-4567", age=5), 5) is (
        Severity.HIGH
    )


def test_scripts_are_calm_and_age_appropriate(engine: SafetyEngine) -> None:
    self_harm = engine.assess("I want to hurt myself", age=12)
    abuse = engine.assess("my dad hits me every night", age=6)
    info = engine.assess("I live at 42 Maple Street", age=8)
    sad = engine.assess("I'm so sad and lonely", age=8)
    assert "grown-up you trust" in blocked_child_reply(self_harm, 12)
    assert "grown-up you trust" in blocked_child_reply(abuse, 6)
    assert blocked_child_reply(abuse, 6) != blocked_child_reply(abuse, 12)
    assert "private" in blocked_child_reply(info, 8)
    assert "hug" in blocked_child_reply(sad, 5) or "here" in blocked_child_reply(sad, 5)
    for age in (3, 8, 13):
        reply = teddy_fallback_reply(age)
        assert reply and engine.assess(reply, age=age, speaker=Speaker.TEDDY).allowed
        for verdict in (self_harm, abuse, info, sad):
            text = blocked_child_reply(verdict, age)
            assert engine.assess(text, age=age, speaker=Speaker.TEDDY).allowed, text


def test_every_script_and_fallback_passes_the_teddy_check(engine: SafetyEngine) -> None:
    from domain.safety.responses import _FALLBACKS, _SCRIPTS

    for topic, texts in _SCRIPTS.items():
        for age, text in zip((5, 8, 12), texts, strict=True):
            verdict = engine.assess(text, age=age, speaker=Speaker.TEDDY)
            assert verdict.allowed, (topic, age, verdict)
    for text in _FALLBACKS:
        assert engine.assess(text, age=8, speaker=Speaker.TEDDY).allowed


def test_the_folded_abuse_patterns_match_exactly_like_the_plain_list() -> None:
    """The speed-up that shares one adult prefix must flag the same text: a match in one
    exactly where the other has one, or (when the alternatives' order lets one pattern run
    on through a second, as "uncle ray comes in my room at night ... our special cuddles
    dont tell") every match of each starting inside a match of the other."""
    from domain.safety import rules_harm_abuse_patterns as abuse
    from domain.safety.evaluation import load_examples
    from domain.safety.normalise import normalise
    from tests.domain.safety.conftest import DEV_SET, HOLDOUT_SET, LABELLED_SET

    whole = re.compile("|".join(f"(?:{p})" for p in abuse.ABUSE_PATTERNS))  # the plain list
    paths = [p for p in (DEV_SET, LABELLED_SET, HOLDOUT_SET) if p.exists()]
    for example in load_examples(paths):
        text = normalise(example.text).text
        plain = [m.span() for m in whole.finditer(text)]
        folded = [m.span() for m in abuse.abuse_matches(text)]
        assert bool(plain) == bool(folded), example.text
        for ours, theirs in ((plain, folded), (folded, plain)):
            for start, _ in ours:
                assert any(a <= start < b for a, b in theirs), example.text
