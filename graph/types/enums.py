"""Domain enumerations exposed as GraphQL enums (values by member name: CHAT, STORY, ...).

`strawberry.enum` registers each domain class in place, so the names below are the domain
classes themselves: resolvers receive and return domain members, and type checkers see
ordinary enum types.
"""

import strawberry

from domain.enums import (
    AgeGroup,
    ConversationStatus,
    InteractionType,
    MessageRole,
    SafetyCategory,
    SafetyLevel,
    Severity,
)
from domain.incidents_model import IncidentStatus

for _enum in (
    InteractionType,
    ConversationStatus,
    MessageRole,
    SafetyLevel,
    SafetyCategory,
    Severity,
    AgeGroup,
    IncidentStatus,
):
    strawberry.enum(_enum, name=_enum.__name__)

__all__ = [
    "AgeGroup",
    "ConversationStatus",
    "IncidentStatus",
    "InteractionType",
    "MessageRole",
    "SafetyCategory",
    "SafetyLevel",
    "Severity",
]
