"""Domain enumerations exposed as GraphQL enums (values by member name: CHAT, STORY, ...)."""

import strawberry

from domain import enums
from domain.incidents_model import IncidentStatus as DomainIncidentStatus

InteractionType = strawberry.enum(enums.InteractionType, name="InteractionType")
ConversationStatus = strawberry.enum(enums.ConversationStatus, name="ConversationStatus")
MessageRole = strawberry.enum(enums.MessageRole, name="MessageRole")
SafetyLevel = strawberry.enum(enums.SafetyLevel, name="SafetyLevel")
SafetyCategory = strawberry.enum(enums.SafetyCategory, name="SafetyCategory")
Severity = strawberry.enum(enums.Severity, name="Severity")
AgeGroup = strawberry.enum(enums.AgeGroup, name="AgeGroup")
IncidentStatus = strawberry.enum(DomainIncidentStatus, name="IncidentStatus")
