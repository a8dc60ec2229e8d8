"""Every error leaves with `extensions { code, details, traceId }`; unexpected ones are masked."""

from __future__ import annotations

import logging
from typing import Any

from graphql.error import GraphQLError
from strawberry.extensions import MaskErrors
from strawberry.relay.types import GlobalIDValueError

from domain.errors import DomainError
from persistence.database import CONNECTION_ERRORS

logger = logging.getLogger(__name__)

INTERNAL_MESSAGE = "Internal error. Quote the traceId when you report it."


def _trace_id(context: Any) -> str | None:
    return getattr(context, "trace_id", None)


class ErrorCodes(MaskErrors):
    """Maps domain errors to their codes once, for every operation."""

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        trace_id = _trace_id(self.execution_context.context)
        return [self._shape(error, trace_id) for error in errors]

    def _shape(self, error: GraphQLError, trace_id: str | None) -> GraphQLError:
        original = error.original_error
        while isinstance(original, GraphQLError) and original.original_error is not None:
            original = original.original_error
        if isinstance(original, DomainError):
            code, message, details = original.code, original.message, dict(original.details)
        elif original is None:
            code = (error.extensions or {}).get("code") or (
                "GRAPHQL_PARSE_FAILED"
                if error.message.startswith("Syntax Error")
                else "GRAPHQL_VALIDATION_FAILED"
            )
            message, details = error.message, {}
        elif isinstance(original, GlobalIDValueError):
            code, message = "VALIDATION_ERROR", "id: is not a valid global ID"
            details = {"field": "id"}
        elif isinstance(original, CONNECTION_ERRORS):
            logger.warning("storage unavailable: %s", type(original).__name__)
            code, message, details = "SERVICE_UNAVAILABLE", "storage unavailable; try again", {}
        elif error.path is None:
            # Raised before any resolver ran: a variable that does not fit its type.
            code, message, details = "BAD_USER_INPUT", error.message, {}
        else:
            logger.error(
                "unexpected error in resolver",
                exc_info=original,
                extra={"trace_id": trace_id, "path": error.path},
            )
            code, message, details = "INTERNAL_ERROR", INTERNAL_MESSAGE, {}
        return GraphQLError(
            message=message,
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            original_error=None,
            extensions={"code": code, "details": details, "traceId": trace_id},
        )
