"""A story the offline teddy tells across turns; the child steers it, `state` remembers it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from domain.enums import AgeGroup
from domain.responders.offline_lexicon import (
    ANIMALS,
    CHARACTERS,
    GENTLE_ANIMALS,
    OBJECTS,
    PLACES,
    STOP,
    STORY_WORDS,
    YES,
)
from domain.responders.offline_text import Picker, find_in, stems_of, with_article

HERO_NAMES = ("Pip", "Bo", "Luna", "Milo", "Poppy", "Tilly", "Ziggy", "Nell", "Otto", "Rosie")
HEROES = ("bunny", "bear cub", "hedgehog", "kitten", "duckling", "little fox", "panda", "owl")
START_PLACES = ("forest", "meadow", "garden", "village", "beach", "mountain")
ITEMS = ("map", "key", "balloon", "lantern", "feather", "compass", "shell")
GOALS = (
    "the end of the rainbow",
    "the tallest tree in the world",
    "the lost star",
    "the singing waterfall",
    "the biggest strawberry ever",
    "the moon's missing hat",
)
HELPERS = ("butterfly", "tortoise", "squirrel", "owl", "frog", "ladybird")
PROBLEMS = ("a wide, splashy river", "a very tall hill", "a thick, foggy mist", "a big puddle")
UNKIND = frozenset(
    {"fight", "kill", "hit", "sword", "gun", "blood", "die", "dead", "attack", "battle"}
    | {"punch", "war", "shoot", "hurt", "bite", "weapon", "knife", "scary"}
)
_ON = {
    "beach": "by",
    "river": "by",
    "lake": "by",
    "mountain": "on",
    "island": "on",
    "farm": "on",
    "moon": "on",
    "clouds": "up in",
    "North Pole": "at",
    "playground": "at",
}
_NEW = frozenset({"new", "another", "different"})
LAST_STEP = 5

# Templates by step (0 opening .. 5 ending) and age band. Fields: hero (name), kind,
# a_kind, place (with article), at (preposition + place), item, a_item, goal, friend, a_friend,
# problem.
STEPS: dict[AgeGroup, tuple[tuple[str, ...], ...]] = {
    AgeGroup.AGES_3_6: (
        ("Once upon a time, there was {a_kind} called {hero}. {hero} lived {at}. One day, "
         "{hero} found {a_item}! What should {hero} do with it?",
         "Here is a story! {hero} was {a_kind}. {hero} lived {at}. Look! A shiny {item}! "
         "What happens next?"),
        ("The {item} was magic! It said: find {goal}! So {hero} set off. Who should {hero} "
         "see on the way?",
         "{hero} wanted to find {goal}. Off {hero} went, hop hop hop! Where should {hero} go?"),
        ("Then {hero} saw {a_friend}! Hello, {friend}! They became friends. What should they "
         "do together?",
         "Along came {a_friend}. Can I come too? said the {friend}. Yes! What next?"),
        ("Oh! There was {problem}. {hero} and the {friend} stopped. How can they get past?",
         "Uh oh! There was {problem} in the way. Hmm! What should they do?"),
        ("The {friend} had an idea! They used the {item}, and it worked. Hooray! What do they "
         "find next?",
         "They held hands and tried together. They did it! Yay! What do you think is next?"),
        ("At last they found {goal}! {hero} and the {friend} danced and laughed. The end! "
         "Shall we make a new story?",
         "Look! It was {goal}! Everyone cheered. Then they went home for a cosy nap. The end! "
         "Want a new story?"),
    ),
    AgeGroup.AGES_7_10: (
        ("Once upon a time, {a_kind} called {hero} lived {at}. One sunny morning {hero} found "
         "{a_item} hidden under a leaf. It was glowing! What do you think {hero} should do?",
         "Let's begin! {hero} was {a_kind} who loved adventures. While exploring {place}, "
         "{hero} found {a_item} nobody had ever seen before. What should happen next?"),
        ("When {hero} touched the {item}, a tiny voice whispered: find {goal}! {hero} packed a "
         "snack and set off. Who do you think {hero} met first?",
         "The {item} showed the way to {goal}. {hero} took a deep breath and started the "
         "journey. Where should the path lead?"),
        ("Soon {hero} met {a_friend} who asked, 'Can I join your adventure?' {hero} grinned "
         "and said yes. What should the two friends do next?",
         "Just then, {a_friend} appeared and offered to help. Two explorers are better than "
         "one! What do you think they find?"),
        ("But then they reached {problem}. {hero} frowned. 'How will we get across?' What "
         "should they try?",
         "Suddenly the path stopped at {problem}. The {friend} scratched its head. What idea "
         "could help them?"),
        ("The {friend} had a clever plan, and the {item} helped too. Step by step, they made "
         "it! What should they discover next?",
         "They worked together, and the {item} began to glow and show the way. They were "
         "through! What happens next?"),
        ("At last, there it was: {goal}! {hero} and the {friend} cheered so loudly that the "
         "birds joined in. They promised to explore again soon. The end! Shall we start a "
         "new story?",
         "Finally they found {goal}, more wonderful than they had imagined. They walked home "
         "as best friends. The end! Would you like another story?"),
    ),
    AgeGroup.AGES_11_13: (
        ("Our story begins {at}, where {a_kind} named {hero} lived. {hero} was curious about "
         "everything, so when a mysterious {item} turned up one misty morning, {hero} "
         "couldn't resist investigating. What do you think {hero} discovered about it?",
         "Picture {place} at sunrise. {hero}, {a_kind} with a talent for noticing things, "
         "spotted {a_item} half-buried in the ground, faintly shimmering. What should {hero} "
         "do next?"),
        ("Engraved on the {item} were tiny words: 'Seek {goal}.' Intrigued, {hero} packed "
         "supplies and set out on an expedition nobody had attempted before. Who, or what, "
         "should {hero} encounter first?",
         "The {item} seemed to point towards {goal}, a place from old legends. Determined, "
         "{hero} started the journey. Which direction should the adventure take?"),
        ("Along the trail, {hero} encountered {a_friend}, who had been searching for the very "
         "same thing. They agreed to team up and share whatever they found. How do you "
         "think they should work together?",
         "A rustle in the bushes revealed {a_friend}, an unexpected but friendly companion "
         "with a map of their own. What should the new partners decide?"),
        ("Then the adventure got tricky: {problem} blocked the way, and the light was fading. "
         "{hero} and the {friend} needed a plan. What would you suggest?",
         "Suddenly they faced {problem}. Turning back was tempting, but neither wanted to give "
         "up. What clever idea could get them through?"),
        ("Thinking creatively, the {friend} found a solution, and the {item} revealed a "
         "hidden path just in time. They were through! What surprising thing should they "
         "find next?",
         "With patience and teamwork they solved it, and the {item} glowed brighter than "
         "ever. Something exciting was close now. What do you think it was?"),
        ("At last they reached {goal}. It was even more breathtaking than the legends said. "
         "{hero} and the {friend} promised that this would be the first of many "
         "expeditions. The end! Shall we invent another story?",
         "Finally, {goal} lay before them, glittering. They had made it together. As they "
         "headed home, they were already planning their next adventure. The end! Would you "
         "like a new story?"),
    ),
}  # fmt: skip


def _at(place: str) -> str:
    if place == "outer space":
        return "in outer space"
    return f"{_ON.get(place, 'in')} the {place}"


def _the(place: str) -> str:
    return place if place == "outer space" else f"the {place}"


class StoryTurn:
    """One turn of the story. `tell` returns the teddy's words and the story's next state."""

    def __init__(self, band: AgeGroup, words: list[str], picker: Picker, turn: int) -> None:
        self.band = band
        self.words = words
        self.stems = stems_of(words)
        self.picker = picker
        self.turn = turn

    def character(self) -> str | None:
        animal = find_in(ANIMALS, self.words)
        if animal and self.band is AgeGroup.AGES_3_6:
            return GENTLE_ANIMALS.get(animal, animal)
        return animal or find_in(CHARACTERS, self.words)

    def tell(self, story: Mapping[str, Any] | None) -> tuple[str, dict[str, Any]]:
        ended = story is not None and int(story.get("step", 0)) > LAST_STEP
        wants_new = bool(self.stems & _NEW) and bool(self.stems & STORY_WORDS)
        if story is None or wants_new or (ended and self.stems & (YES | STORY_WORDS)):
            return self.begin()
        if ended and (self.character() or find_in(PLACES, self.words)):
            return self.begin()
        if ended:
            return self.picker.pick(
                ("That story ended happily! Shall we make a new one? Tell me who the hero is!",
                 "I loved that story! Want another? You can pick an animal and a place.")
            ), dict(story)  # fmt: skip
        if self.stems & STOP or "the end" in " ".join(self.words):
            return self.ending(story)
        return self.continue_story(story)

    def begin(self) -> tuple[str, dict[str, Any]]:
        pick = Picker("story", self.turn, " ".join(self.words)).pick
        kind = self.character() or pick(HEROES)
        story = {
            "hero": pick(HERO_NAMES),
            "kind": kind,
            "place": find_in(PLACES, self.words) or pick(START_PLACES),
            "item": find_in(OBJECTS, self.words) or pick(ITEMS),
            "goal": pick(GOALS),
            "friend": pick([helper for helper in HELPERS if helper != kind]),
            "problem": pick(PROBLEMS),
            "step": 0,
        }
        return self.narrate(story, "")

    def continue_story(self, story: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
        state = dict(story)
        steering: list[str] = []
        newcomer = self.character()
        if newcomer and newcomer not in (state["kind"], state["friend"]):
            state["friend"] = newcomer
            if int(state["step"]) != 2:
                steering.append(f"Just then, {with_article(newcomer)} came along to help!")
        place = find_in(PLACES, self.words)
        if place and place != state["place"]:
            state["place"] = place
            steering.append(f"So off they went to {_the(place)}.")
        item = find_in(OBJECTS, self.words)
        if item and item != state["item"]:
            state["item"] = item
            steering.append(f"And look, {with_article(item)}!")
        if self.stems & UNKIND:
            steering.append("In this story everyone is kind, so they shared a big hug instead.")
        return self.narrate(state, " ".join(steering))

    def narrate(self, state: dict[str, Any], steering: str) -> tuple[str, dict[str, Any]]:
        step = int(state["step"])
        template = self.picker.pick(STEPS[self.band][step])
        text = template.format(
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
        state["step"] = step + 1
        return (f"{steering} {text}" if steering else text), state

    def ending(self, story: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
        state = {**story, "step": LAST_STEP + 1}
        hero = story["hero"]
        return (
            f"And so {hero} went home happy, and dreamed of {story['goal']}. The end! "
            "Shall we make another story one day?"
        ), state
