"""Enumerations shared by every part of the domain."""

from __future__ import annotations

import enum


class InteractionType(enum.Enum):
    CHAT = "chat"
    STORY = "story"
    GAME = "game"


class ConversationStatus(enum.Enum):
    ACTIVE = "active"
    ENDED = "ended"
    ARCHIVED = "archived"


class MessageRole(enum.Enum):
    CHILD = "child"
    TEDDY = "teddy"
    SYSTEM = "system"


class SafetyLevel(enum.Enum):
    """Score bands: safe 1.0, minor 0.8-0.99, flagged 0.5-0.79, blocked below 0.5."""

    SAFE = "safe"
    MINOR = "minor"
    FLAGGED = "flagged"
    BLOCKED = "blocked"


class SafetyCategory(enum.Enum):
    PROFANITY = "profanity"
    INSULT = "insult"
    VIOLENCE = "violence"
    SEXUAL = "sexual"
    SELF_HARM = "self_harm"
    ABUSE = "abuse"
    GROOMING = "grooming"
    PERSONAL_INFO = "personal_info"
    DANGEROUS_ACTIVITY = "dangerous_activity"
    DRUGS_ALCOHOL = "drugs_alcohol"
    HATE = "hate"
    DISTRESS = "distress"


class Severity(enum.Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.LOW: 0, Severity.MEDIUM: 1, Severity.HIGH: 2, Severity.CRITICAL: 3}


class AgeGroup(enum.Enum):
    """Age bands the safety thresholds and the teddy's voice depend on."""

    AGES_3_6 = "3-6"
    AGES_7_10 = "7-10"
    AGES_11_13 = "11-13"

    @classmethod
    def for_age(cls, age: int) -> AgeGroup:
        if age <= 6:
            return cls.AGES_3_6
        if age <= 10:
            return cls.AGES_7_10
        return cls.AGES_11_13


class Speaker(enum.Enum):
    CHILD = "child"
    TEDDY = "teddy"
