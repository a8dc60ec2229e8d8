"""Properties every offline reply has: safe, short, varied, age-aware, reproducible, fast."""

from __future__ import annotations

import json
import re
import time

import pytest

from domain.enums import InteractionType
from domain.responders.offline import OfflineResponder
from domain.responders.offline_text import MAX_REPLY_CHARS
from domain.responders.port import Responder
from tests.domain.responders.conversation_driver import request, talk

MODES = tuple(InteractionType)
AGES = (4, 8, 12)
CHATTER = [
    "hi teddy", "I have a dog", "what do whales eat?", "tell me a joke", "I feel sad",
    "ok", "yes", "no", "I love pizza", "why is the sky blue?", "I played football", "ok",
    "my mum made cake", "I'm bored", "a dragon", "let's go to the beach", "hmm", "ok", "7",
    "bye",
]  # fmt: skip
PERSONAL_INFO_REQUESTS = re.compile(
    r"where do you live|your address|what(?:'s| is) your (?:full |last |real )?name"
    r"|which school|what school|name of your school|photo|picture of you|selfie"
    r"|phone|email|password|secret|don'?t tell|home alone|meet me|meet up|how old are you",
    re.IGNORECASE,
)


def sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+", text) if part.strip()]


def words_per_sentence(texts: list[str]) -> float:
    parts = [sentence for text in texts for sentence in sentences(text)]
    return sum(len(sentence.split()) for sentence in parts) / len(parts)


async def test_it_implements_the_port_with_offline_as_source() -> None:
    responder: Responder = OfflineResponder()
    reply = await responder.reply(request("hello"))
    assert reply.source == "offline" and reply.text


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("age", AGES)
async def test_no_reply_repeats_the_one_before_over_twenty_turns(mode, age) -> None:
    for messages in (CHATTER, ["ok"] * 20):
        replies = await talk(messages, mode, age)
        for before, after in zip(replies, replies[1:], strict=False):
            assert before.text != after.text


async def test_the_same_conversation_gets_the_same_replies() -> None:
    first = [reply.text for reply in await talk(CHATTER, InteractionType.CHAT, 8)]
    second = [reply.text for reply in await talk(CHATTER, InteractionType.CHAT, 8)]
    assert first == second


@pytest.mark.parametrize("mode", MODES)
async def test_sentences_grow_with_age(mode) -> None:
    by_age = {}
    for age in AGES:
        replies = await talk(CHATTER, mode, age)
        by_age[age] = [reply.text for reply in replies]
    young, middle, older = (words_per_sentence(by_age[age]) for age in AGES)
    assert young < middle < older
    assert sum(map(len, by_age[4])) < sum(map(len, by_age[12]))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("age", AGES)
async def test_replies_are_short_and_never_ask_for_personal_information(mode, age) -> None:
    replies = await talk(CHATTER + ["where do you live?", "what's your name?"], mode, age, "Sam")
    for reply in replies:
        assert 0 < len(reply.text) <= MAX_REPLY_CHARS
        assert not PERSONAL_INFO_REQUESTS.search(reply.text), reply.text
        json.dumps(reply.state)


@pytest.mark.parametrize("mode", MODES)
async def test_redaction_markers_are_never_echoed(mode) -> None:
    messages = [
        "my name is [NAME]", "I live at [ADDRESS]", "call [PHONE]", "[NAME] and my dog",
        "a story about [NAME] in [ADDRESS]", "[EMAIL]", "[NAME]", "I go to [SCHOOL]",
    ]  # fmt: skip
    for age in AGES:
        for reply in await talk(messages, mode, age, name="[NAME]"):
            assert "[" not in reply.text and "]" not in reply.text
            for marker in ("NAME", "ADDRESS", "PHONE", "EMAIL", "SCHOOL"):
                assert marker not in reply.text


@pytest.mark.parametrize("mode", MODES)
async def test_unusable_state_starts_afresh_instead_of_failing(mode) -> None:
    odd_states = [
        {"story": {"step": "x"}, "game": {"kind": "number"}, "chat": {"memory": "nope"}},
        {"story": [], "game": None, "chat": 3},
        {"game": {"kind": "riddle", "index": 999}, "story": {"hero": "Pip", "step": 99}},
    ]
    for state in odd_states:
        reply = await OfflineResponder().reply(request("5", mode, 7, state=state, turn=3))
        assert reply.text and len(reply.text) <= MAX_REPLY_CHARS


async def test_empty_and_odd_messages_still_get_a_warm_reply() -> None:
    for message in ("", "   ", "?!", "a" * 2000, "🙂🙂🙂"):
        for mode in MODES:
            reply = await OfflineResponder().reply(request(message, mode, 6))
            assert reply.text and len(reply.text) <= MAX_REPLY_CHARS


def test_a_reply_takes_well_under_a_millisecond() -> None:
    responder = OfflineResponder()
    requests = [
        request(message, mode, age, turn=turn)
        for turn, message in enumerate(CHATTER)
        for mode in MODES
        for age in AGES
    ]
    started = time.perf_counter()
    for item in requests:
        responder.compose(item)
    average = (time.perf_counter() - started) / len(requests)
    assert average < 0.001
