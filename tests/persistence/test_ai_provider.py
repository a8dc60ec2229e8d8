"""The remote AI responder against a real local HTTP server: replies, prompt and message
mapping, timeouts, retries, failures falling back to the offline responder, circuit breaker."""

from __future__ import annotations

import socket
import time
from collections.abc import AsyncIterator

import httpx
import pytest

from domain.enums import InteractionType, MessageRole
from domain.responders.offline import OfflineResponder
from domain.responders.port import ContextMessage, ReplyRequest
from persistence.ai_prompt import build_system_prompt
from persistence.ai_provider import FALLBACK_SOURCE, OpenAICompatibleResponder
from persistence.circuit_breaker import CircuitBreaker
from tests.persistence.fake_openai_server import (
    UNSAFE_TEDDY_TEXT,
    FakeAnswer,
    FakeOpenAIServer,
    completion,
    dropped_connection,
    error_status,
    json_body,
    malformed_json,
    running_fake_openai_server,
    slow_completion,
)

pytestmark = pytest.mark.timeout(5)

MODEL = "fake-model"
API_KEY = "sk-test-key"
TEST_TIMEOUT_SECONDS = 0.3


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
async def server() -> AsyncIterator[FakeOpenAIServer]:
    async with running_fake_openai_server() as running:
        yield running


def make_responder(
    base_url: str, *, max_attempts: int = 3, breaker: CircuitBreaker | None = None
) -> OpenAICompatibleResponder:
    return OpenAICompatibleResponder(
        base_url,
        MODEL,
        API_KEY,
        timeout_seconds=TEST_TIMEOUT_SECONDS,
        connect_timeout_seconds=0.2,
        max_attempts=max_attempts,
        breaker=breaker,
        fallback=OfflineResponder(),
        backoff_initial_seconds=0.01,
        backoff_max_seconds=0.02,
    )


def make_request() -> ReplyRequest:
    return ReplyRequest(
        interaction_type=InteractionType.CHAT,
        age=5,
        message="Do bears like honey?",
        context=(
            ContextMessage(MessageRole.CHILD, "Hi teddy!"),
            ContextMessage(MessageRole.SYSTEM, "conversation started"),
            ContextMessage(MessageRole.TEDDY, "Hello! How are you today?"),
        ),
        state={"chat": {"topic": "hello"}, "last_reply": 42},
        turn=1,
        child_name="Mia",
    )


async def offline_text(request: ReplyRequest) -> str:
    return (await OfflineResponder().reply(request)).text


async def test_successful_reply_is_the_models_text_with_state_passed_through(
    server: FakeOpenAIServer,
) -> None:
    server.reply_with("Yes! Bears love sweet, sticky honey.")
    responder = make_responder(server.base_url)
    request = make_request()

    reply = await responder.reply(request)

    assert reply.text == "Yes! Bears love sweet, sticky honey."
    assert reply.source == f"ai:{MODEL}"
    assert reply.state == request.state
    assert responder.breaker.state == "closed"
    await responder.aclose()


async def test_request_carries_prompt_mapped_context_settings_and_bearer_key(
    server: FakeOpenAIServer,
) -> None:
    responder = make_responder(server.base_url)

    await responder.reply(make_request())

    [received] = server.requests
    assert (received.method, received.path) == ("POST", "/v1/chat/completions")
    assert received.headers["authorization"] == f"Bearer {API_KEY}"
    assert received.body["model"] == MODEL
    assert received.body["max_tokens"] <= 250
    assert 0.0 < received.body["temperature"] <= 1.0
    system, *conversation = received.messages
    assert system["role"] == "system"
    assert "3-6" in system["content"]
    assert conversation == [
        {"role": "user", "content": "Hi teddy!"},
        {"role": "assistant", "content": "Hello! How are you today?"},
        {"role": "user", "content": "Do bears like honey?"},
    ]
    assert "Mia" not in str(received.body), "the child's name stays out of the third party"
    await responder.aclose()


@pytest.mark.parametrize(("age", "band"), [(3, "3-6"), (6, "3-6"), (7, "7-10"), (13, "11-13")])
def test_system_prompt_names_the_age_band(age: int, band: str) -> None:
    prompt = build_system_prompt(age, InteractionType.CHAT)

    assert f"{band} age band" in prompt


@pytest.mark.parametrize("interaction_type", list(InteractionType))
def test_system_prompt_keeps_child_safety_rules_for_every_activity(
    interaction_type: InteractionType,
) -> None:
    prompt = build_system_prompt(8, interaction_type).lower()
    assert interaction_type.value in prompt  # "chat", "story" or "game" is described

    for rule in ("personal information", "address", "school", "photos", "secrets", "meeting"):
        assert rule in prompt
    assert "scary" in prompt and "violent" in prompt and "sexual" in prompt
    assert "trusted grown-up" in prompt


@pytest.mark.parametrize(
    "failing_answer",
    [slow_completion("too late", delay_seconds=2.0), dropped_connection()],
    ids=["timeout", "dropped-connection"],
)
async def test_transient_failure_is_retried_up_to_max_attempts_then_falls_back(
    server: FakeOpenAIServer, failing_answer: FakeAnswer
) -> None:
    server.always(failing_answer)
    responder = make_responder(server.base_url, max_attempts=3)
    request = make_request()
    started = time.monotonic()

    reply = await responder.reply(request)

    assert time.monotonic() - started < 3 * TEST_TIMEOUT_SECONDS + 1.0
    assert reply.source == FALLBACK_SOURCE
    assert reply.text == await offline_text(request)
    assert len(server.requests) == 3
    assert responder.breaker.consecutive_failures == 1, "one reply counts once"
    await responder.aclose()


@pytest.mark.parametrize(
    "first_answer",
    [slow_completion("too late", delay_seconds=2.0), dropped_connection(), error_status(502)],
    ids=["timeout", "dropped-connection", "bad-gateway"],
)
async def test_transient_failure_then_success_returns_the_model_reply(
    server: FakeOpenAIServer, first_answer: FakeAnswer
) -> None:
    server.then(first_answer)
    server.reply_with("Second time lucky!")
    responder = make_responder(server.base_url)

    reply = await responder.reply(make_request())

    assert (reply.text, reply.source) == ("Second time lucky!", f"ai:{MODEL}")
    assert len(server.requests) == 2
    assert responder.breaker.consecutive_failures == 0
    await responder.aclose()


async def test_refused_connection_falls_back() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    responder = make_responder(f"http://127.0.0.1:{closed_port}/v1", max_attempts=2)

    reply = await responder.reply(make_request())

    assert reply.source == FALLBACK_SOURCE
    assert responder.breaker.consecutive_failures == 1
    await responder.aclose()


@pytest.mark.parametrize("status", [400, 401, 429, 500])
async def test_error_status_is_not_retried_and_falls_back(
    server: FakeOpenAIServer, status: int
) -> None:
    server.always(error_status(status))
    responder = make_responder(server.base_url, max_attempts=3)
    request = make_request()

    reply = await responder.reply(request)

    assert reply.source == FALLBACK_SOURCE
    assert reply.text == await offline_text(request)
    assert len(server.requests) == 1
    await responder.aclose()


async def test_gateway_status_is_retried_once(server: FakeOpenAIServer) -> None:
    server.always(error_status(503))
    responder = make_responder(server.base_url, max_attempts=3)

    reply = await responder.reply(make_request())

    assert reply.source == FALLBACK_SOURCE
    assert len(server.requests) == 2
    await responder.aclose()


@pytest.mark.parametrize(
    "answer",
    [
        malformed_json(),
        json_body({"choices": []}),
        json_body({"choices": [{"message": {"role": "assistant"}}]}),
        json_body({"choices": [{"message": {"content": None}}]}),
        json_body({"choices": [{"message": {"content": "   "}}]}),
        json_body(["not", "an", "object"]),
    ],
    ids=["malformed", "no-choices", "no-content", "null-content", "blank", "list"],
)
async def test_malformed_answer_is_a_failure_without_retry(
    server: FakeOpenAIServer, answer: object
) -> None:
    server.always(answer)  # type: ignore[arg-type]
    responder = make_responder(server.base_url)

    reply = await responder.reply(make_request())

    assert reply.source == FALLBACK_SOURCE
    assert len(server.requests) == 1
    assert responder.breaker.consecutive_failures == 1
    await responder.aclose()


async def test_reply_cut_at_max_tokens_keeps_whole_sentences(server: FakeOpenAIServer) -> None:
    server.always(completion("<think>plan</think>Bears love honey. They also like ber", "length"))
    responder = make_responder(server.base_url)

    reply = await responder.reply(make_request())

    assert reply.text == "Bears love honey."
    await responder.aclose()


async def test_unsafe_model_text_is_passed_on_for_the_services_safety_check(
    server: FakeOpenAIServer,
) -> None:
    """The responder does not judge content; the send path's safety engine replaces it."""
    server.reply_with(UNSAFE_TEDDY_TEXT)
    responder = make_responder(server.base_url)

    reply = await responder.reply(make_request())

    assert (reply.text, reply.source) == (UNSAFE_TEDDY_TEXT, f"ai:{MODEL}")
    await responder.aclose()


async def test_breaker_opens_after_consecutive_failures_and_stops_calling(
    server: FakeOpenAIServer,
) -> None:
    server.always(error_status(500))
    breaker = CircuitBreaker(failure_threshold=3, cooldown_seconds=30, clock=FakeClock())
    responder = make_responder(server.base_url, breaker=breaker)

    for _ in range(3):
        assert (await responder.reply(make_request())).source == FALLBACK_SOURCE
    assert breaker.state == "open"
    server.reply_with("I am fine now")
    reply = await responder.reply(make_request())

    assert reply.source == FALLBACK_SOURCE
    assert len(server.requests) == 3
    await responder.aclose()


async def test_breaker_half_open_probe_success_closes_it(server: FakeOpenAIServer) -> None:
    server.always(error_status(500))
    clock = FakeClock()
    breaker = CircuitBreaker(failure_threshold=2, cooldown_seconds=30, clock=clock)
    responder = make_responder(server.base_url, breaker=breaker)
    for _ in range(2):
        await responder.reply(make_request())

    clock.advance(29.9)
    assert breaker.state == "open"
    clock.advance(0.2)
    assert breaker.state == "half_open"
    server.reply_with("Hello again!")
    reply = await responder.reply(make_request())

    assert (reply.text, reply.source) == ("Hello again!", f"ai:{MODEL}")
    assert breaker.state == "closed"
    assert len(server.requests) == 3
    await responder.aclose()


async def test_breaker_failed_probe_reopens_it(server: FakeOpenAIServer) -> None:
    server.always(error_status(500))
    clock = FakeClock()
    breaker = CircuitBreaker(failure_threshold=2, cooldown_seconds=30, clock=clock)
    responder = make_responder(server.base_url, breaker=breaker)
    for _ in range(2):
        await responder.reply(make_request())

    clock.advance(30)
    probe = await responder.reply(make_request())
    after_probe = await responder.reply(make_request())

    assert probe.source == after_probe.source == FALLBACK_SOURCE
    assert breaker.state == "open"
    assert len(server.requests) == 3, "the probe went out, the call after it did not"
    await responder.aclose()


def test_breaker_lets_one_probe_through_while_half_open() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(failure_threshold=1, cooldown_seconds=10, clock=clock)
    breaker.record_failure()
    assert not breaker.allow_request()

    clock.advance(10)

    assert breaker.allow_request()
    assert not breaker.allow_request(), "a second caller waits for the probe"
    clock.advance(10)
    assert breaker.allow_request(), "a probe that never reported back stops blocking"


def test_breaker_counts_only_consecutive_failures() -> None:
    assert (CircuitBreaker().failure_threshold, CircuitBreaker().cooldown_seconds) == (5, 30.0)
    breaker = CircuitBreaker(failure_threshold=3, clock=FakeClock())
    for _ in range(2):
        breaker.record_failure()
    breaker.record_success()
    for _ in range(2):
        breaker.record_failure()

    assert breaker.state == "closed"
    breaker.record_failure()
    assert breaker.state == "open"


async def test_aclose_leaves_an_injected_client_open(server: FakeOpenAIServer) -> None:
    async with httpx.AsyncClient() as client:
        responder = OpenAICompatibleResponder(
            server.base_url, MODEL, None, fallback=OfflineResponder(), client=client
        )
        await responder.aclose()
        reply = await responder.reply(make_request())

        assert reply.source == f"ai:{MODEL}"
        assert not client.is_closed
        assert "authorization" not in server.requests[0].headers, "no key, no header"


async def test_failures_are_logged_with_fields_but_without_child_text(
    server: FakeOpenAIServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.always(error_status(500))
    responder = make_responder(server.base_url)
    caplog.set_level("DEBUG", logger="persistence")

    await responder.reply(make_request())

    [failure] = [r for r in caplog.records if r.name == "persistence.ai_provider"]
    fields = {key: getattr(failure, key) for key in ("failure", "status_code", "attempts")}
    assert fields == {"failure": "http_status", "status_code": 500, "attempts": 1}
    for record in caplog.records:
        logged = f"{record.getMessage()} {record.__dict__}".lower()
        assert "honey" not in logged and "teddy!" not in logged
    await responder.aclose()
