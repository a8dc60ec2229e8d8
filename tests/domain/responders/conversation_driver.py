"""Drives the offline responder through a conversation the way the service does."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from domain.enums import InteractionType, MessageRole
from domain.responders.offline import OfflineResponder
from domain.responders.port import ContextMessage, Reply, ReplyRequest

CONTEXT_WINDOW = 10


def request(
    message: str,
    interaction: InteractionType = InteractionType.CHAT,
    age: int = 8,
    *,
    state: Mapping[str, Any] | None = None,
    turn: int = 0,
    context: Iterable[ContextMessage] = (),
    name: str | None = None,
) -> ReplyRequest:
    return ReplyRequest(
        interaction_type=interaction,
        age=age,
        message=message,
        context=tuple(context),
        state=dict(state or {}),
        turn=turn,
        child_name=name,
    )


async def talk(
    messages: Iterable[str],
    interaction: InteractionType = InteractionType.CHAT,
    age: int = 8,
    name: str | None = None,
) -> list[Reply]:
    """Each reply's state goes into the next request, with a sliding context window."""
    responder = OfflineResponder()
    replies: list[Reply] = []
    context: list[ContextMessage] = []
    state: Mapping[str, Any] = {}
    for turn, message in enumerate(messages):
        reply = await responder.reply(
            request(message, interaction, age, state=state, turn=turn, context=context, name=name)
        )
        replies.append(reply)
        state = reply.state
        context += [
            ContextMessage(MessageRole.CHILD, message),
            ContextMessage(MessageRole.TEDDY, reply.text),
        ]
        context = context[-CONTEXT_WINDOW:]
    return replies
