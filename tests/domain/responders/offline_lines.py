"""Every line the offline responder can say, enumerated from its own phrase tables.

Chat: every acknowledgement of every topic with every lexicon word it can name, followed by
every question it can ask back (with and without the child's name, and every callback to an
earlier mention). Facts and jokes in full. Games are played through `GameTurn` itself: every
opening, hint, answer to every guess in range and riddle turn. Stories: every combination
of what a story picks by itself (hero, kind, place, item, goal, friend, problem) in every
template, and every word a child can steer a slot to, one slot at a time (the full product
would be millions of lines), plus every steering sentence and ending.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import product

from domain.enums import AgeGroup
from domain.responders.offline import _FRESH_STARTS
from domain.responders.offline_chat_phrases import ACKS
from domain.responders.offline_chat_questions import ASKS, CALLBACKS
from domain.responders.offline_facts import FACTS, JOKES
from domain.responders.offline_game import _TOP, RIDDLES, GameTurn
from domain.responders.offline_lexicon import (
    ACTIVITIES,
    ANIMALS,
    CHARACTERS,
    FAMILY,
    FOODS,
    GENTLE_ANIMALS,
    OBJECTS,
    PLACES,
    SCHOOL,
)
from domain.responders.offline_story import (
    GOALS,
    HELPERS,
    HERO_NAMES,
    HEROES,
    ITEMS,
    PROBLEMS,
    START_PLACES,
    STEPS,
    _at,
    _the,
)
from domain.responders.offline_text import Picker, finish, with_article

BANDS = tuple(AgeGroup)
NAME = "Sam"
"""A plain first name, standing for any child's name the teddy may say."""

_ANIMALS = sorted(set(ANIMALS.values()))
_FOODS = sorted(set(FOODS.values()))
_FAMILY = sorted(set(FAMILY.values()) - {"family"})
_ACTIVITIES = sorted(set(ACTIVITIES.values()) - {"games"})
_SCHOOL = sorted(set(SCHOOL.values()))
THINGS: dict[str, list[str]] = {
    "animal": _ANIMALS,
    "pet": _ANIMALS,
    "food": _FOODS,
    "food_dislike": _FOODS + _ACTIVITIES,
    "family": _FAMILY,
    "school": _SCHOOL,
    "school_dislike": _SCHOOL,
    "activity": _ACTIVITIES,
}
"""The words each topic's lines can name (kinds without one say "that")."""
_RECALLING = ("generic", "happy", "tired")


def _fill(template: str, thing: str, name: str | None) -> str:
    article = with_article(thing)
    return template.format(
        name=f", {name}" if name else "",
        thing=thing,
        Thing=thing[:1].upper() + thing[1:],
        a_thing=article,
        A_thing=article[:1].upper() + article[1:],
    )


def _named(ask: str) -> str:
    return ask[:-1] + f", {NAME}?" if ask.endswith("?") else ask


def chat_lines(band: AgeGroup) -> Iterator[str]:
    callbacks = [
        _fill(template, thing, None)
        for kind, voice in CALLBACKS.items()
        for template in voice[band]
        for thing in THINGS[kind]
    ]
    for topic in sorted(set(ACKS) | set(ASKS)):
        things = THINGS.get(topic, ["that"])
        if topic == "joke":
            acks = list(JOKES)
        elif topic == "fact":
            acks = [fact.answer(band) for fact in FACTS]
        else:
            acks = sorted(
                {
                    _fill(template, thing, name)
                    for template in (ACKS.get(topic) or ACKS["generic"])[band]
                    for thing in things
                    for name in (None, NAME)
                }
            )
        asks = [_fill(t, "that", None) for t in (ASKS.get(topic) or ASKS["generic"])[band]]
        asks = asks or [""]
        if topic in _RECALLING:
            asks += callbacks
        if topic not in ("greeting", "goodbye"):
            asks += [_named(ask) for ask in asks]
        for ack in acks:
            for ask in asks:
                yield f"{ack} {ask}".strip()


SEEDS = range(32)
"""Pickers per choice: every choice among at most three options is drawn (checked by the tests)."""


def _turns(band: AgeGroup, words: list[str], name: str | None = None) -> Iterator[GameTurn]:
    for seed in SEEDS:
        yield GameTurn(band, words, Picker("lines", seed), seed, name)


def game_lines(band: AgeGroup) -> Iterator[str]:
    """Played through `GameTurn` itself, from every state a game can be in."""
    top = _TOP[band]
    for turn in _turns(band, []):
        yield turn.start_number()[0]
        yield turn.start_number(again=True)[0]
    fresh = {"kind": "number", "low": 1, "high": top, "top": top, "guesses": 0}
    for target in range(1, top + 1):
        game = {**fresh, "target": target}
        for words in ([], ["hint"], ["stop"], [str(top + 1)]):
            yield from (turn.number_turn(game)[0] for turn in _turns(band, words))
        for guesses in (0, 1, 3):
            for name in (None, NAME):
                won = _turns(band, [str(target)], name)
                yield from (turn.number_turn({**game, "guesses": guesses})[0] for turn in won)
    for guess in range(1, top + 1):
        for target in {max(1, guess - 1), min(top, guess + 1)} - {guess}:
            for guesses in (0, 3):
                game = {**fresh, "target": target, "guesses": guesses}
                yield from (turn.number_turn(game)[0] for turn in _turns(band, [str(guess)]))
    yield from _riddle_lines(band)
    for kind in ("number", "riddle"):
        for words in (["no"], ["hmm"]):
            over = {"kind": kind, "over": True}
            yield from (turn.after_game(over, False)[0] for turn in _turns(band, words))


def _riddle_lines(band: AgeGroup) -> Iterator[str]:
    riddles = RIDDLES[band]
    everything = list(range(len(riddles)))
    for solved in (0, 1, len(riddles)):
        for turn in _turns(band, []):
            yield turn.start_riddles([], solved)[0]
            yield turn.start_riddles(everything, solved)[0]
    for index, riddle in enumerate(riddles):
        asked = [index]
        game = {"kind": "riddle", "index": index, "asked": asked, "tries": 0, "solved": 0}
        for name in (None, NAME):
            right = _turns(band, sorted(riddle.answers), name)
            yield from (turn.riddle_turn(game)[0] for turn in right)
            right = _turns(band, sorted(riddle.answers), name)
            yield from (turn.riddle_turn({**game, "asked": everything})[0] for turn in right)
        for words, tries in ((["stop"], 0), (["pancake"], 0), (["pancake"], 1), (["hint"], 0)):
            state = {**game, "tries": tries}
            yield from (turn.riddle_turn(state)[0] for turn in _turns(band, words))
        for asked_now in (asked, everything):
            state = {**game, "asked": asked_now, "tries": 2}
            yield from (turn.riddle_turn(state)[0] for turn in _turns(band, ["pancake"]))


def _story_slots(band: AgeGroup) -> dict[str, list[str]]:
    animals = (
        [GENTLE_ANIMALS.get(a, a) for a in _ANIMALS] if band is AgeGroup.AGES_3_6 else _ANIMALS
    )
    characters = sorted(set(CHARACTERS.values()))
    return {
        "hero": list(HERO_NAMES),
        "kind": sorted(set(HEROES) | set(animals) | set(characters)),
        "place": sorted(set(START_PLACES) | set(PLACES.values())),
        "item": sorted(set(ITEMS) | set(OBJECTS.values())),
        "goal": list(GOALS),
        "friend": sorted(set(HELPERS) | set(animals) | set(characters)),
        "problem": list(PROBLEMS),
    }


def _narrate(template: str, state: dict[str, str]) -> str:
    return template.format(
        hero=state["hero"],
        kind=state["kind"],
        a_kind=with_article(state["kind"]),
        place=_the(state["place"]),
        at=_at(state["place"]),
        item=state["item"],
        a_item=with_article(state["item"]),
        goal=state["goal"],
        friend=state["friend"],
        a_friend=with_article(state["friend"]),
        problem=state["problem"],
    )


_FIELD = re.compile(r"{(\w+)}")
_SLOT_OF = {"a_kind": "kind", "at": "place", "a_item": "item", "a_friend": "friend"}
_PICKED: dict[str, tuple[str, ...]] = {
    "hero": HERO_NAMES,
    "kind": HEROES,
    "place": START_PLACES,
    "item": ITEMS,
    "goal": GOALS,
    "friend": HELPERS,
    "problem": PROBLEMS,
}
"""What a story picks when the child names nothing: every combination a template uses."""


def story_lines(band: AgeGroup) -> Iterator[str]:
    slots = _story_slots(band)
    default = {slot: values[0] for slot, values in slots.items()}
    default.update(kind=HEROES[0], place=START_PLACES[0], item=ITEMS[0], friend=HELPERS[0])
    templates = [t for step in STEPS[band] for t in step]
    for template in templates:
        used = sorted({_SLOT_OF.get(field, field) for field in _FIELD.findall(template)})
        for values in product(*(_PICKED[slot] for slot in used)):
            yield _narrate(template, {**default, **dict(zip(used, values, strict=True))})
        for slot in used:  # what the child steers: every word, the other slots as picked
            for value in slots[slot]:
                yield _narrate(template, {**default, slot: value})
    steering = [
        *(f"Just then, {with_article(friend)} came along to help!" for friend in slots["friend"]),
        *(f"So off they went to {_the(place)}." for place in slots["place"]),
        *(f"And look, {with_article(item)}!" for item in slots["item"]),
        "In this story everyone is kind, so they shared a big hug instead.",
    ]
    for sentence in steering:
        for template in templates:
            yield f"{sentence} {_narrate(template, default)}"
    yield "That story ended happily! Shall we make a new one? Tell me who the hero is!"
    yield "I loved that story! Want another? You can pick an animal and a place."
    for hero in slots["hero"]:
        for goal in slots["goal"]:
            yield (
                f"And so {hero} went home happy, and dreamed of {goal}. The end! "
                "Shall we make another story one day?"
            )


def offline_lines(band: AgeGroup) -> list[str]:
    """Every distinct line (as `finish` leaves it) the offline teddy can say to this band,
    and each once more behind one of the fresh starts it puts before a reply that would
    repeat the one before (taken in turn, so every start is checked on many lines)."""
    lines = sorted(
        {finish(line) for gen in (chat_lines, game_lines, story_lines) for line in gen(band)}
    )
    starts = len(_FRESH_STARTS)
    restarted = {finish(f"{_FRESH_STARTS[i % starts]} {line}") for i, line in enumerate(lines)}
    return sorted(set(lines) | restarted)
