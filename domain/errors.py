"""The one rooted hierarchy of expected failures; each class knows its public code."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    code = "INTERNAL_ERROR"

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class Unauthenticated(DomainError):
    code = "UNAUTHENTICATED"


class Forbidden(DomainError):
    code = "FORBIDDEN"


class ValidationFailed(DomainError):
    code = "VALIDATION_ERROR"

    def __init__(self, field: str, message: str, **details: Any) -> None:
        super().__init__(f"{field}: {message}", field=field, **details)
        self.field = field


class NotFound(DomainError):
    code = "NOT_FOUND"

    def __init__(self, entity: str, entity_id: object) -> None:
        super().__init__(f"{entity} {entity_id} was not found", id=str(entity_id))
        self.code = f"{entity.upper()}_NOT_FOUND"


class ConversationClosed(DomainError):
    code = "CONVERSATION_CLOSED"


class ConversationFull(DomainError):
    code = "CONVERSATION_FULL"


class SafetyViolation(DomainError):
    code = "SAFETY_VIOLATION"


class RateLimited(DomainError):
    code = "RATE_LIMITED"

    def __init__(self, message: str, retry_after_seconds: float) -> None:
        super().__init__(message, retryAfterSeconds=round(retry_after_seconds, 3))
        self.retry_after_seconds = retry_after_seconds


class DuplicateClientMessage(DomainError):
    """A message with this clientMessageId is already stored: the send is a retry. Raised by
    the store inside the send transaction; the send path answers with the stored exchange."""

    code = "DUPLICATE_CLIENT_MESSAGE"


class ServiceUnavailable(DomainError):
    code = "SERVICE_UNAVAILABLE"


class InvalidTransition(DomainError):
    """The record is not in a state that allows this change (e.g. resolving it twice)."""

    code = "INVALID_TRANSITION"


class TooManySubscriptions(DomainError):
    code = "TOO_MANY_SUBSCRIPTIONS"
