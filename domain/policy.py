"""Behaviour parameters of the conversation service (values per profile live in settings)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ConversationPolicy:
    max_conversation_length: int
    """How many messages (child and teddy) one conversation may hold."""
    context_window_size: int
    """How many recent messages the responder sees."""
    cache_ttl_seconds: int
    safety_threshold: float
    rate_limit_per_child: int
    """Child messages a minute."""
