"""The offline teddy's games keep their state across turns and judge guesses correctly."""

from __future__ import annotations

from domain.enums import AgeGroup, InteractionType
from domain.responders.offline import OfflineResponder
from domain.responders.offline_game import RIDDLES, parse_number
from tests.domain.responders.conversation_driver import request, talk

GAME = InteractionType.GAME


async def start_number_game(age: int = 8) -> dict:
    reply = await OfflineResponder().reply(request("let's play", GAME, age))
    top = reply.state["game"]["top"]
    assert f"1 to {top}" in reply.text or f"1 and {top}" in reply.text
    return dict(reply.state)


async def guess(state: dict, value: int | str, turn: int, age: int = 8):
    return await OfflineResponder().reply(request(str(value), GAME, age, state=state, turn=turn))


async def test_the_number_game_starts_with_a_hidden_target_in_range() -> None:
    for age, top in ((5, 10), (8, 20), (12, 50)):
        game = (await start_number_game(age))["game"]
        assert game["kind"] == "number"
        assert 1 <= game["target"] <= top == game["top"]


async def test_a_low_guess_is_told_higher_and_a_high_guess_lower() -> None:
    state = await start_number_game()
    target = state["game"]["target"]
    low, high = (target - 1, target + 1) if 1 < target < 20 else (None, None)
    if target == 1:
        high = 2
    if target == 20:
        low = 19
    turn = 1
    if low is not None:
        reply = await guess(state, low, turn)
        assert "higher" in reply.text.lower() and "lower" not in reply.text.lower()
        state, turn = dict(reply.state), turn + 1
    if high is not None:
        reply = await guess(state, high, turn)
        assert "lower" in reply.text.lower() and "higher" not in reply.text.lower()
        state = dict(reply.state)
    assert state["game"]["guesses"] == (low is not None) + (high is not None)


async def test_the_right_guess_wins_counts_guesses_and_offers_another_round() -> None:
    state = await start_number_game()
    target = state["game"]["target"]
    wrong = target + 1 if target < 20 else target - 1
    state = dict((await guess(state, wrong, 1)).state)
    win = await guess(state, target, 2)
    assert str(target) in win.text
    assert "2 guesses" in win.text
    assert "again" in win.text.lower()
    assert win.state["game"]["over"] is True
    again = await guess(dict(win.state), "yes", 3)
    assert not again.state["game"].get("over")
    assert again.state["game"]["guesses"] == 0


async def test_guesses_in_words_and_out_of_range_guesses() -> None:
    assert parse_number(["i", "think", "seven"]) == 7
    assert parse_number(["twenty", "five"]) == 25
    assert parse_number(["it", "is", "42"]) == 42
    assert parse_number(["no", "idea"]) is None
    state = await start_number_game(5)
    reply = await guess(state, 99, 1, age=5)
    assert "1 to 10" in reply.text
    assert reply.state["game"]["guesses"] == 0


async def test_binary_search_always_wins_within_the_expected_number_of_guesses() -> None:
    state = await start_number_game(12)
    low, high, turn = 1, 50, 1
    while True:
        middle = (low + high) // 2
        reply = await guess(state, middle, turn, age=12)
        state, turn = dict(reply.state), turn + 1
        text = reply.text.lower()
        if state["game"].get("over"):
            assert state["game"]["target"] == middle
            break
        if "higher" in text:
            low = middle + 1
        else:
            assert "lower" in text
            high = middle - 1
        assert turn < 10
    assert state["game"]["guesses"] == turn - 1


async def test_riddles_check_answers_and_reveal_after_three_misses() -> None:
    reply = await OfflineResponder().reply(request("riddle please", GAME, 5))
    game = reply.state["game"]
    riddle = RIDDLES[AgeGroup.AGES_3_6][game["index"]]
    assert riddle.question in reply.text
    answer = next(iter(riddle.answers))
    solved = await OfflineResponder().reply(
        request(f"is it a {answer}", GAME, 5, state=reply.state, turn=1)
    )
    assert solved.text.startswith("Yes")
    assert solved.state["game"]["solved"] == 1
    assert solved.state["game"]["index"] != game["index"]
    state, next_riddle = solved.state, RIDDLES[AgeGroup.AGES_3_6][solved.state["game"]["index"]]
    for turn in (2, 3):
        state = (
            await OfflineResponder().reply(request("a spaceship", GAME, 5, state=state, turn=turn))
        ).state
    assert state["game"]["tries"] == 2
    revealed = await OfflineResponder().reply(request("a spaceship", GAME, 5, state=state, turn=4))
    assert next_riddle.answer in revealed.text
    assert revealed.state["game"]["solved"] == 1


async def test_a_whole_game_conversation_goes_on_across_turns() -> None:
    replies = await talk(["hi", "5", "3", "hint", "stop", "no"], GAME, age=6)
    assert all(reply.state["game"]["kind"] == "number" for reply in replies)
    assert replies[4].state["game"]["over"] is True
    assert "number was" in replies[4].text


async def test_a_chat_can_hold_a_game_the_child_asks_for() -> None:
    replies = await talk(["let's play a guessing game", "4"], InteractionType.CHAT, age=7)
    assert replies[0].state["game"]["kind"] == "number"
    assert replies[1].state["game"]["guesses"] == 1
