"""Conversation-level risk across turns."""

from __future__ import annotations

from domain.enums import SafetyLevel, Speaker
from domain.safety import RiskState, SafetyEngine, update_risk


def _run(engine: SafetyEngine, turns: list[str], age: int = 10) -> tuple[RiskState, list]:
    state = RiskState()
    verdicts = []
    for text in turns:
        verdict = engine.assess(text, age=age, risk=state)
        verdicts.append(verdict)
        state = update_risk(state, verdict)
    return state, verdicts


def test_grooming_stages_escalate_across_turns(engine: SafetyEngine) -> None:
    alone = engine.assess("don't tell your mom", age=10)
    state, verdicts = _run(
        engine,
        [
            "my online friend says I'm really special",
            "he said he'd give me free robux",
            "don't tell your mom",
        ],
    )
    assert {"trust", "gifts", "secrecy"} <= state.stages
    assert verdicts[-1].level is SafetyLevel.BLOCKED
    assert verdicts[-1].score < alone.score
    assert state.score >= 0.6
    assert state.level in (SafetyLevel.FLAGGED, SafetyLevel.BLOCKED)


def test_a_single_mild_stage_does_not_block(engine: SafetyEngine) -> None:
    state, verdicts = _run(engine, ["can you keep a secret? I got mom a present"])
    assert verdicts[0].level in (SafetyLevel.SAFE, SafetyLevel.MINOR)
    assert state.score < 0.5


def test_repeated_distress_escalates(engine: SafetyEngine) -> None:
    state, verdicts = _run(
        engine,
        [
            "I'm sad today",
            "nobody played with me again",
            "I feel so lonely",
            "I'm sad all the time",
            "I cry every night",
        ],
        age=9,
    )
    assert state.distress_turns == 5
    assert verdicts[-1].score < verdicts[0].score
    assert verdicts[-1].level is SafetyLevel.BLOCKED
    assert state.score > 0.5


def test_risk_decays_when_the_conversation_is_calm(engine: SafetyEngine) -> None:
    state = RiskState()
    state = update_risk(state, engine.assess("the big kids push me on the bus", age=9))
    peak = state.score
    for _ in range(6):
        state = update_risk(state, engine.assess("tell me about whales", age=9))
    assert 0 < state.score < peak


def test_teddy_turns_count_less(engine: SafetyEngine) -> None:
    verdict = engine.assess("Let's meet at the park", age=9, speaker=Speaker.TEDDY)
    child_state = update_risk(RiskState(), verdict, speaker=Speaker.CHILD)
    teddy_state = update_risk(RiskState(), verdict, speaker=Speaker.TEDDY)
    assert teddy_state.score < child_state.score


def test_risk_state_round_trips_and_tolerates_junk() -> None:
    state = RiskState(score=0.42, stages=frozenset({"trust", "photo"}), distress_turns=2)
    assert RiskState.from_dict(state.to_dict()) == state
    assert RiskState.from_dict(None) == RiskState()
    assert RiskState.from_dict({"score": "x", "stages": "trust", "distress_turns": None}) == (
        RiskState()
    )
    assert RiskState.from_dict({"score": 7, "stages": ["trust", "bogus"]}) == RiskState(
        score=1.0, stages=frozenset({"trust"})
    )
    assert RiskState().level is SafetyLevel.SAFE
    assert RiskState(score=0.6).level is SafetyLevel.BLOCKED


def test_harmless_secrets_and_presents_do_not_build_up(engine: SafetyEngine) -> None:
    state, verdicts = _run(
        engine,
        [
            "can you keep a secret?",
            "grandma will buy me a present if i'm good",
            "don't tell mom about the surprise party",
            "dad said he'd get me a puppy if I keep my room clean",
        ],
        age=8,
    )
    assert state.stages == frozenset()
    assert all(v.level in (SafetyLevel.SAFE, SafetyLevel.MINOR) for v in verdicts)


def test_two_mild_stages_flag_and_a_third_blocks(engine: SafetyEngine) -> None:
    state, verdicts = _run(
        engine,
        [
            "he says I'm more mature than other kids",
            "he gave me some robux yesterday",
            "he says we should talk on snapchat instead",
        ],
        age=11,
    )
    assert [v.level for v in verdicts] == [
        SafetyLevel.MINOR,
        SafetyLevel.FLAGGED,
        SafetyLevel.BLOCKED,
    ]
    assert state.stages == {"trust", "gifts", "isolation"}
