"""A teddy responder backed by a remote model behind an OpenAI-compatible chat completions API.

Works with `POST {base_url}/chat/completions` as served by Ollama (`.../v1`), vLLM, the
llama.cpp server and hosted APIs. Whatever goes wrong (timeouts, dropped connections, error
statuses, malformed answers, an open circuit breaker) the child still gets an answer: the
fallback responder's, with `Reply.source` = "offline_fallback".

Retries (exponential backoff, tenacity) happen only when the request may simply not have
arrived or come back: connection errors and timeouts, up to `max_attempts` attempts. A 502,
503 or 504 (a gateway or an overloaded model server) is retried once; every other status,
including 500 and all 4xx, is not. Each reply counts once for the circuit breaker, after its
retries: any failure (status, malformed answer or transport) counts against it.

What is sent: the system prompt, the recent context and the (already redacted) message. The
child's name is not sent: a third-party model does not need it. Logs carry the failure kind,
status code, attempts and timings, never the child's or the model's text.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Mapping
from typing import Any

import httpx
from tenacity import AsyncRetrying, RetryCallState, stop_after_attempt, wait_exponential

from domain.enums import MessageRole
from domain.responders.port import Reply, ReplyRequest, Responder
from persistence.ai_prompt import build_system_prompt
from persistence.circuit_breaker import CircuitBreaker

logger = logging.getLogger(__name__)

FALLBACK_SOURCE = "offline_fallback"
DEFAULT_MAX_TOKENS = 200
DEFAULT_TEMPERATURE = 0.7
GATEWAY_STATUSES = frozenset({502, 503, 504})

_ROLE_BY_MESSAGE_ROLE = {MessageRole.CHILD: "user", MessageRole.TEDDY: "assistant"}
_HIDDEN_REASONING = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=[^.!?]*$)")


class AIProviderError(Exception):
    """One failed call to the provider; `kind` names the failure for logs and metrics."""

    kind = "error"

    def __init__(self, detail: str = "", status_code: int | None = None) -> None:
        super().__init__(detail or self.kind)
        self.status_code = status_code


class AIProviderTimeout(AIProviderError):
    kind = "timeout"


class AIProviderConnectionError(AIProviderError):
    kind = "connection"


class AIProviderStatusError(AIProviderError):
    kind = "http_status"


class AIProviderMalformedResponse(AIProviderError):
    kind = "malformed_response"


_TRANSIENT = (AIProviderTimeout, AIProviderConnectionError)


def _should_retry(retry_state: RetryCallState) -> bool:
    outcome = retry_state.outcome
    if outcome is None or not outcome.failed:
        return False
    error = outcome.exception()
    if isinstance(error, _TRANSIENT):
        return True
    return (
        isinstance(error, AIProviderStatusError)
        and error.status_code in GATEWAY_STATUSES
        and retry_state.attempt_number == 1
    )


class OpenAICompatibleResponder:
    """Implements the `Responder` port with a remote model; falls back to `fallback`."""

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None,
        timeout_seconds: float = 10.0,
        connect_timeout_seconds: float = 2.0,
        max_attempts: int = 3,
        breaker: CircuitBreaker | None = None,
        *,
        fallback: Responder,
        client: httpx.AsyncClient | None = None,
        backoff_initial_seconds: float = 0.25,
        backoff_max_seconds: float = 2.0,
        max_tokens: int = DEFAULT_MAX_TOKENS,
        temperature: float = DEFAULT_TEMPERATURE,
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.model = model
        self.source = f"ai:{model}"
        self.breaker = breaker or CircuitBreaker(name=f"ai:{model}")
        self._url = f"{base_url.rstrip('/')}/chat/completions"
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._timeout_seconds = timeout_seconds
        self._timeout = httpx.Timeout(timeout_seconds, connect=connect_timeout_seconds)
        self._max_attempts = max_attempts
        self._fallback = fallback
        self._owns_client = client is None
        self._client = client or httpx.AsyncClient(timeout=self._timeout)
        self._backoff_initial_seconds = backoff_initial_seconds
        self._backoff_max_seconds = backoff_max_seconds
        self._max_tokens = max_tokens
        self._temperature = temperature

    async def aclose(self) -> None:
        """Closes the HTTP client if this responder created it."""
        if self._owns_client:
            await self._client.aclose()

    async def reply(self, request: ReplyRequest) -> Reply:
        if not self.breaker.allow_request():
            logger.debug("ai provider skipped, circuit open", extra={"ai_model": self.model})
            return await self._fallback_reply(request)
        started = time.perf_counter()
        attempts = 0
        try:
            async for attempt in self._retrying():
                with attempt:
                    attempts = attempt.retry_state.attempt_number
                    text = await self._complete(request)
        except AIProviderError as error:
            self._record_failure(error.kind, error.status_code, attempts, started)
            return await self._fallback_reply(request)
        except Exception as error:  # a bug must not leave the child unanswered; type name only
            self._record_failure(type(error).__name__, None, attempts, started)
            return await self._fallback_reply(request)
        self.breaker.record_success()
        return Reply(text=text, state=request.state, source=self.source)

    def _retrying(self) -> AsyncRetrying:
        return AsyncRetrying(
            stop=stop_after_attempt(self._max_attempts),
            wait=wait_exponential(
                multiplier=self._backoff_initial_seconds, max=self._backoff_max_seconds
            ),
            retry=_should_retry,
            reraise=True,
        )

    async def _complete(self, request: ReplyRequest) -> str:
        """One attempt: the model's reply text, or an `AIProviderError`."""
        try:
            async with asyncio.timeout(self._timeout_seconds):
                response = await self._client.post(
                    self._url,
                    json=self.payload_for(request),
                    headers=self._headers,
                    timeout=self._timeout,
                )
        except (TimeoutError, httpx.TimeoutException) as error:
            raise AIProviderTimeout(type(error).__name__) from error
        except httpx.TransportError as error:
            raise AIProviderConnectionError(type(error).__name__) from error
        if response.status_code != 200:
            raise AIProviderStatusError(status_code=response.status_code)
        return _reply_text(response)

    def payload_for(self, request: ReplyRequest) -> dict[str, Any]:
        """The chat completions request body for `request`."""
        messages = [
            {
                "role": "system",
                "content": build_system_prompt(request.age, request.interaction_type),
            }
        ]
        for earlier in request.context:
            role = _ROLE_BY_MESSAGE_ROLE.get(earlier.role)
            if role is not None and earlier.content.strip():
                messages.append({"role": role, "content": earlier.content})
        messages.append({"role": "user", "content": request.message})
        return {
            "model": self.model,
            "messages": messages,
            "max_tokens": self._max_tokens,
            "temperature": self._temperature,
            "stream": False,
        }

    async def _fallback_reply(self, request: ReplyRequest) -> Reply:
        reply = await self._fallback.reply(request)
        return Reply(text=reply.text, state=reply.state, source=FALLBACK_SOURCE)

    def _record_failure(
        self,
        kind: str,
        status_code: int | None,
        attempts: int,
        started: float,
    ) -> None:
        self.breaker.record_failure()
        logger.warning(
            "ai provider call failed, using fallback",
            extra={
                "ai_model": self.model,
                "failure": kind,
                "status_code": status_code,
                "attempts": attempts,
                "elapsed_ms": round((time.perf_counter() - started) * 1000),
                "breaker_state": self.breaker.state,
            },
        )


def _reply_text(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError as error:
        raise AIProviderMalformedResponse("body is not JSON") from error
    try:
        choice = body["choices"][0]
        content = choice["message"]["content"]
    except (KeyError, IndexError, TypeError) as error:
        raise AIProviderMalformedResponse("no choices[0].message.content") from error
    if not isinstance(content, str):
        raise AIProviderMalformedResponse("content is not text")
    text = _HIDDEN_REASONING.sub("", content).strip()
    if isinstance(choice, Mapping) and choice.get("finish_reason") == "length":
        text = _up_to_last_sentence(text)
    if not text:
        raise AIProviderMalformedResponse("empty content")
    return text


def _up_to_last_sentence(text: str) -> str:
    """A reply cut off by `max_tokens`, trimmed to its last whole sentence when it has one."""
    end = _SENTENCE_END.search(text)
    return text[: end.end()] if end else text
