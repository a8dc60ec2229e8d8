"""The offline teddy's chat answers what the child said and asks back."""

from __future__ import annotations

from domain.enums import MessageRole
from domain.responders.offline import OfflineResponder
from domain.responders.offline_facts import JOKES
from domain.responders.port import ContextMessage
from tests.domain.responders.conversation_driver import request, talk


async def reply_to(message: str, age: int = 8, **kwargs) -> str:
    return (await OfflineResponder().reply(request(message, age=age, **kwargs))).text


async def test_a_known_question_gets_an_answer_and_a_question_back() -> None:
    whales = await reply_to("what do whales eat?")
    assert "krill" in whales and whales.endswith("?")
    sky = await reply_to("why is the sky blue", age=11)
    assert "blue" in sky and "scattering" in sky and sky.endswith("?")


async def test_an_unknown_question_is_answered_honestly() -> None:
    text = await reply_to("why do socks disappear?", age=9)
    assert "not sure" in text and text.endswith("?")


async def test_topics_are_recognised() -> None:
    assert "pizza" in (await reply_to("I love pizza")).lower()
    assert "dog" in await reply_to("I have a dog")
    assert "grandma" in await reply_to("I went to my grandma")
    assert "football" in (await reply_to("I played football")).lower()
    assert "school" in (await reply_to("I don't like school", age=12)).lower()
    assert "friend" in (await reply_to("my best friend came over")).lower()


async def test_feelings_are_met_with_care() -> None:
    sad = await reply_to("I feel sad today", age=9)
    assert "sad" in sad and "grown-up" in sad
    scared = await reply_to("I'm scared of the dark", age=5)
    assert "scared" in scared.lower()
    angry = await reply_to("I am so angry", age=12)
    assert "breath" in angry or "angry" in angry


async def test_jokes_greetings_and_goodbyes() -> None:
    joke = await reply_to("tell me a joke")
    assert any(known in joke for known in JOKES)
    hello = await reply_to("hello!", name="Mia")
    assert "Mia" in hello and hello.endswith("?")
    bye = await reply_to("bye bye teddy")
    assert "bye" in bye.lower() and "?" not in bye


async def test_chat_refers_back_to_what_the_child_said_earlier() -> None:
    context = [
        ContextMessage(MessageRole.CHILD, "I have a dog"),
        ContextMessage(MessageRole.TEDDY, "Your dog sounds wonderful! What games do you play?"),
        ContextMessage(MessageRole.CHILD, "lots"),
        ContextMessage(MessageRole.TEDDY, "Wow, tell me more! What's your favourite animal?"),
    ]
    text = await reply_to("hmm okay", context=context, turn=2)
    assert "told me about your dog" in text


async def test_memory_carries_through_state_and_is_recalled_once() -> None:
    replies = await talk(["I have a kitten", "yes", "yes", "yes"], age=7)
    recalls = [reply.text for reply in replies if "told me about your kitten" in reply.text]
    assert len(recalls) == 1
    assert replies[-1].state["chat"]["memory"][0][:2] == ["pet", "kitten"]


async def test_the_child_name_is_only_a_plain_first_name() -> None:
    full = await reply_to("hello", name="Mia Johnson")
    assert "Mia" in full and "Johnson" not in full
    marker = await reply_to("hello", name="[NAME]")
    assert "[" not in marker and "NAME" not in marker
