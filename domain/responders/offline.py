"""The built-in offline responder: the teddy's own voice, with no network and no model.

Chat answers what the child said and asks back, a story continues across turns, a game keeps
its score; all of it in `Reply.state`, which the service hands back on the next turn. Choices
are seeded from the turn and the message, so the same conversation always gets the same
replies, and a reply never repeats the one before it word for word.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from domain.enums import AgeGroup, InteractionType, MessageRole
from domain.responders.offline_chat import CARING_TOPICS, ChatTurn, mentions_in
from domain.responders.offline_game import GameTurn
from domain.responders.offline_lexicon import GAME_WORDS, RIDDLE_WORDS, STOP, STORY_WORDS, YES
from domain.responders.offline_story import LAST_STEP, StoryTurn
from domain.responders.offline_text import (
    Picker,
    band_of,
    fingerprint,
    finish,
    safe_first_name,
    stems_of,
    words_of,
)
from domain.responders.port import Reply, ReplyRequest

SOURCE = "offline"
_ATTEMPTS = 4
_FRESH_STARTS = ("Hmm!", "Okay!", "Ooh!", "Right!", "Let me see.")
_MALFORMED_STATE = (KeyError, TypeError, ValueError, IndexError, AttributeError)
_PLAY_REQUEST = frozenset({"play", "game", "riddle", "guess"})

Section = Mapping[str, Any] | None


class OfflineResponder:
    """Implements the `Responder` port with built-in phrases, facts, a story engine and games."""

    source = SOURCE

    async def reply(self, request: ReplyRequest) -> Reply:
        return self.compose(request)

    def compose(self, request: ReplyRequest) -> Reply:
        previous = _previous_reply(request)
        text, state = "", dict[str, Any]()
        for salt in range(_ATTEMPTS):
            picker = Picker(request.turn, request.message, salt)
            text, state = self._turn(request, picker)
            text = finish(text)
            if fingerprint(text) != previous:
                break
        else:
            start = Picker(request.turn, request.message).pick(_FRESH_STARTS)
            text = finish(f"{start} {text}")
        state["last_reply"] = fingerprint(text)
        return Reply(text=text, state=state, source=SOURCE)

    def _turn(self, request: ReplyRequest, picker: Picker) -> tuple[str, dict[str, Any]]:
        band = band_of(request.age)
        words = words_of(request.message)
        name = safe_first_name(request.child_name)
        saved = request.state
        chat = ChatTurn(band, request.message, picker, name)
        if chat.topic(mentions_in(words))[0] in CARING_TOPICS:
            # Feelings and goodbyes come before any story or game, which waits untouched.
            text, section = chat.respond(_section(saved, "chat") or {}, request.context)
            if request.interaction_type is InteractionType.CHAT:
                return text, {"chat": section}
            return text, {key: value for key, value in saved.items() if key != "last_reply"}
        if request.interaction_type is InteractionType.STORY:
            story = StoryTurn(band, words, picker, request.turn)
            text, section = _tolerant(story.tell, _section(saved, "story"))
            return text, {"story": section}
        game = GameTurn(band, words, picker, request.turn, name)
        if request.interaction_type is InteractionType.GAME:
            text, section = _tolerant(game.play, _section(saved, "game"))
            return text, {"game": section}
        return self._chat(request, band, words, picker, name)

    def _chat(
        self,
        request: ReplyRequest,
        band: AgeGroup,
        words: list[str],
        picker: Picker,
        name: str | None,
    ) -> tuple[str, dict[str, Any]]:
        """Chat, which can also hold a short game or story the child asked for."""
        saved, stems = request.state, stems_of(words)
        chat_state = _section(saved, "chat") or {}
        game, story = _section(saved, "game"), _section(saved, "story")
        asked_game = bool(stems & _PLAY_REQUEST) and bool(stems & (GAME_WORDS | RIDDLE_WORDS))
        asked_story = bool(stems & STORY_WORDS) and not stems & STOP
        if chat_state.get("topic") == "tired" and stems & YES:
            asked_story = True  # the teddy offered a sleepy story and the child said yes
        if game is not None and (not game.get("over") or stems & (YES | RIDDLE_WORDS)):
            asked_game = True
        elif _story_running(story) and not stems & STOP:
            asked_story = True
        if asked_game and not stems & STOP:
            turn = GameTurn(band, words, picker, request.turn, name)
            text, section = _tolerant(turn.play, game)
            return text, {"chat": dict(chat_state), "game": section}
        if asked_story:
            teller = StoryTurn(band, words, picker, request.turn)
            text, section = _tolerant(teller.tell, story)
            return text, {"chat": dict(chat_state), "story": section}
        chat = ChatTurn(band, request.message, picker, name)
        text, section = chat.respond(chat_state, request.context)
        return text, {"chat": section}


def _section(state: Mapping[str, Any], key: str) -> Mapping[str, Any] | None:
    value = state.get(key) if isinstance(state, Mapping) else None
    return value if isinstance(value, Mapping) else None


def _story_running(story: Section) -> bool:
    try:
        return story is not None and int(story.get("step", 0)) <= LAST_STEP
    except (TypeError, ValueError):
        return False


def _tolerant(
    turn: Callable[[Section], tuple[str, dict[str, Any]]], section: Section
) -> tuple[str, dict[str, Any]]:
    """Plays the turn; state that does not fit (another version, another responder) restarts."""
    try:
        return turn(section)
    except _MALFORMED_STATE:
        return turn(None)


def _previous_reply(request: ReplyRequest) -> int | None:
    for message in reversed(request.context):
        if message.role is MessageRole.TEDDY:
            return fingerprint(finish(message.content))
    saved = request.state.get("last_reply") if isinstance(request.state, Mapping) else None
    return saved if isinstance(saved, int) else None
