"""The offline teddy's story continues across turns and follows the child's ideas."""

from __future__ import annotations

from domain.enums import InteractionType
from domain.responders.offline_story import LAST_STEP
from tests.domain.responders.conversation_driver import talk

STORY = InteractionType.STORY


async def test_the_story_keeps_its_hero_and_moves_forward_each_turn() -> None:
    replies = await talk(["tell me a story", "ok", "and then?", "what next"], STORY, age=8)
    hero = replies[0].state["story"]["hero"]
    assert hero in replies[0].text
    assert [reply.state["story"]["step"] for reply in replies] == [1, 2, 3, 4]
    assert all(reply.state["story"]["hero"] == hero for reply in replies)
    assert sum(hero in reply.text for reply in replies) >= 3
    assert len({reply.text for reply in replies}) == len(replies)


async def test_the_childs_animal_becomes_the_hero() -> None:
    replies = await talk(["a story about a penguin please", "ok"], STORY, age=6)
    assert replies[0].state["story"]["kind"] == "penguin"
    assert "penguin" in replies[0].text


async def test_animals_and_places_named_mid_story_enter_it() -> None:
    replies = await talk(["story", "ok", "a giraffe", "they go to the castle"], STORY, age=9)
    assert replies[2].state["story"]["friend"] == "giraffe"
    assert "giraffe" in replies[2].text
    assert replies[3].state["story"]["place"] == "castle"
    assert "castle" in replies[3].text
    assert replies[3].state["story"]["friend"] == "giraffe"


async def test_every_turn_invites_the_child_to_steer() -> None:
    replies = await talk(["story"] + ["ok"] * (LAST_STEP - 1), STORY, age=7)
    assert all(reply.text.endswith("?") for reply in replies)
    assert any("next" in reply.text.lower() for reply in replies)


async def test_the_story_ends_and_a_new_one_can_begin() -> None:
    replies = await talk(["story"] + ["ok"] * LAST_STEP + ["yes"], STORY, age=10)
    ending = replies[LAST_STEP]
    assert "The end!" in ending.text
    assert ending.state["story"]["step"] == LAST_STEP + 1
    assert replies[-1].state["story"]["step"] == 1


async def test_the_child_can_end_the_story_early() -> None:
    replies = await talk(["story", "ok", "the end"], STORY, age=5)
    assert "The end!" in replies[2].text
    assert replies[2].state["story"]["step"] > LAST_STEP


async def test_unkind_ideas_turn_into_kindness_and_scary_animals_into_friendly_ones() -> None:
    replies = await talk(["a story about a shark", "they fight with a sword"], STORY, age=4)
    assert replies[0].state["story"]["kind"] == "smiley shark"
    assert "kind" in replies[1].text
    assert "sword" not in replies[1].text and "fight" not in replies[1].text


async def test_a_chat_can_hold_a_story_the_child_asks_for() -> None:
    replies = await talk(["can you tell me a story?", "ok", "stop"], InteractionType.CHAT, age=6)
    assert replies[0].state["story"]["step"] == 1
    assert replies[1].state["story"]["step"] == 2
    assert "story" not in replies[2].state


async def test_the_hero_and_the_friend_are_never_the_same_animal() -> None:
    for turn_messages in (["an owl story"], ["a frog story"], ["a butterfly story"]):
        story = (await talk(turn_messages, STORY, age=7))[0].state["story"]
        assert story["friend"] != story["kind"]
