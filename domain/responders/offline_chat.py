"""Chat turns of the offline teddy: answer what the child said, remember it, ask back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from domain.enums import AgeGroup, MessageRole
from domain.responders.offline_chat_phrases import ACKS
from domain.responders.offline_chat_questions import ASKS, CALLBACKS
from domain.responders.offline_facts import JOKES, find_fact
from domain.responders.offline_lexicon import (
    ACTIVITIES,
    ANGRY,
    ANIMALS,
    BORED,
    FAMILY,
    FOODS,
    FRIENDS,
    GOODBYE_PHRASES,
    GOODBYES,
    GREETINGS,
    HAPPY,
    NEGATIONS,
    SAD,
    SCARED,
    SCHOOL,
    TIRED,
    YES,
)
from domain.responders.offline_text import Picker, find_in, stems_of, with_article, words_of
from domain.responders.port import ContextMessage

MEMORY_SIZE = 8
_OWNING = frozenset({"my", "our", "have", "got", "mine"})
_QUESTION_STARTS = frozenset({"what", "why", "how", "where", "when", "who", "which", "is", "are"})
_QUESTION_STARTS |= {"do", "does", "can", "could", "would", "will"}
_FEELINGS = frozenset({"sad", "scared", "angry"})
CARING_TOPICS = frozenset({"sad", "scared", "angry", "goodbye"})
_OFFERED_JOKE = frozenset({"joke", "about_teddy"})
_REMEMBERED_KINDS = ("pet", "animal", "family", "food", "activity")


def mentions_in(words: Sequence[str]) -> list[tuple[str, str]]:
    """Things the child talked about, as (kind, thing) in the teddy's own words."""
    found: list[tuple[str, str]] = []
    owning = bool(_OWNING.intersection(words))
    animal = find_in(ANIMALS, words)
    if animal:
        found.append(("pet" if owning else "animal", animal))
    for kind, lexicon in (("family", FAMILY), ("food", FOODS), ("activity", ACTIVITIES)):
        thing = find_in(lexicon, words)
        if thing and thing not in ("family", "games"):
            found.append((kind, thing))
    return found


def memory_from(state: Mapping[str, Any], context: Sequence[ContextMessage]) -> list[list[str]]:
    remembered = state.get("memory")
    if isinstance(remembered, list):
        return [list(item) for item in remembered if isinstance(item, list) and len(item) == 3]
    memory: list[list[str]] = []
    for message in context:
        if message.role is MessageRole.CHILD:
            memory.extend(
                [kind, thing, "new"] for kind, thing in mentions_in(words_of(message.content))
            )
    return memory[-MEMORY_SIZE:]


class ChatTurn:
    """One chat turn. `respond` returns the teddy's words and the chat's next state."""

    def __init__(self, band: AgeGroup, message: str, picker: Picker, name: str | None) -> None:
        self.band = band
        self.raw = message
        self.words = words_of(message)
        self.text = " ".join(self.words)
        self.stems = stems_of(self.words)
        self.picker = picker
        self.name = name

    def respond(
        self, state: Mapping[str, Any], context: Sequence[ContextMessage]
    ) -> tuple[str, dict[str, Any]]:
        memory = memory_from(state, context)
        mentions = mentions_in(self.words)
        topic, thing = self.topic(mentions)
        prior = state.get("topic")
        if topic == "generic" and prior in _FEELINGS:
            topic = "listening"
        elif topic == "generic" and prior in _OFFERED_JOKE and self.stems & YES:
            topic = "joke"
        ack = self.say(ACKS, topic, thing)
        if topic == "joke":
            ack = self.picker.pick(JOKES)
        elif topic == "fact":
            fact = find_fact(self.stems)
            ack = fact.answer(self.band) if fact else ack
        ask = self.say(ASKS, topic, thing)
        if topic in ("generic", "happy", "tired") and not mentions:
            recalled = self.recall(memory)
            if recalled:
                ask = recalled
        if self.name and topic not in ("greeting", "goodbye") and self.picker.chance(15):
            ask = ask[:-1] + f", {self.name}?" if ask.endswith("?") else ask
        known = {item[1] for item in memory}
        if topic in ("fact", "question"):
            mentions = []
        memory.extend([kind, item, "new"] for kind, item in mentions if item not in known)
        text = f"{ack} {ask}".strip()
        return text, {"memory": memory[-MEMORY_SIZE:], "topic": topic}

    def topic(self, mentions: list[tuple[str, str]]) -> tuple[str, str]:
        stems, text = self.stems, self.text
        first_thing = mentions[0][1] if mentions else ""
        negative = bool(stems & NEGATIONS)
        if stems & GOODBYES or any(phrase in text for phrase in GOODBYE_PHRASES):
            return "goodbye", ""
        if stems & SAD or (negative and stems & HAPPY):
            return "sad", ""
        if stems & SCARED:
            return "scared", ""
        if stems & ANGRY:
            return "angry", ""
        if "joke" in stems or "make me laugh" in text:
            return "joke", ""
        question = "?" in self.raw or bool(self.words and self.words[0] in _QUESTION_STARTS)
        if question and find_fact(stems):
            return "fact", ""
        if "your name" in text or "who are you" in text or "what are you" in text:
            return "about_teddy", ""
        if "how are you" in text or "how r u" in text or "how are u" in text:
            return "how_are_you", ""
        if "love you" in text or "like you" in text or "you are my best friend" in text:
            return "love", ""
        if stems & TIRED:
            return "tired", ""
        if stems & BORED:
            return "bored", ""
        return self.subject(mentions, first_thing, negative, question)

    def subject(
        self, mentions: list[tuple[str, str]], thing: str, negative: bool, question: bool
    ) -> tuple[str, str]:
        kinds = {kind: item for kind, item in mentions}
        school = find_in(SCHOOL, self.words)
        if school:
            return ("school_dislike" if negative else "school"), school
        if "food" in kinds and negative:
            return "food_dislike", kinds["food"]
        if "activity" in kinds and negative:
            return "food_dislike", kinds["activity"]
        for kind in ("pet", "animal", "family"):
            if kind in kinds:
                return kind, kinds[kind]
        if find_in(FRIENDS, self.words):
            return "friends", ""
        for kind in ("food", "activity"):
            if kind in kinds:
                return kind, kinds[kind]
        if question:
            return "question", ""
        if self.stems & HAPPY:
            return "happy", ""
        if self.stems & GREETINGS:
            return "greeting", ""
        return "generic", thing

    def say(self, table: Mapping[str, Mapping[AgeGroup, tuple[str, ...]]], topic: str,
            thing: str) -> str:  # fmt: skip
        options = (table.get(topic) or table["generic"])[self.band] or ("",)
        name = f", {self.name}" if self.name else ""
        thing = thing or "that"
        article = with_article(thing)
        return self.picker.pick(options).format(
            name=name,
            thing=thing,
            Thing=thing[:1].upper() + thing[1:],
            a_thing=article,
            A_thing=article[:1].upper() + article[1:],
        )

    def recall(self, memory: list[list[str]]) -> str | None:
        """Bring back something the child said before, once per thing."""
        for item in reversed(memory):
            kind, thing, status = item
            if status == "new" and kind in _REMEMBERED_KINDS:
                item[2] = "recalled"
                return self.say(CALLBACKS, kind, thing)
        return None
