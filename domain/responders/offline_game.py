"""Games the offline teddy plays across turns: guess-my-number and riddles, kept in `state`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from domain.enums import AgeGroup
from domain.responders.offline_lexicon import NO, RIDDLE_WORDS, STOP, YES
from domain.responders.offline_text import Picker, stems_of

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_TOP = {AgeGroup.AGES_3_6: 10, AgeGroup.AGES_7_10: 20, AgeGroup.AGES_11_13: 50}
_GIVE_UP = ("give up", "tell me the", "tell me it", "dont know", "no idea", "not sure", "idk")


@dataclass(frozen=True, slots=True)
class Riddle:
    question: str
    answers: frozenset[str]
    hint: str
    answer: str


def _riddle(question: str, answers: str, hint: str, answer: str) -> Riddle:
    return Riddle(question, frozenset(stems_of(answers.split())), hint, answer)


RIDDLES: dict[AgeGroup, tuple[Riddle, ...]] = {
    AgeGroup.AGES_3_6: (
        _riddle("I say moo and give you milk. Who am I?", "cow", "I live on a farm.", "a cow"),
        _riddle(
            "I am yellow and bright. I shine in the sky in the day. What am I?",
            "sun", "I keep you warm.", "the sun",
        ),
        _riddle("I am long and yellow. Monkeys love me! What am I?", "banana", "You peel me.",
                "a banana"),
        _riddle("I have four legs and I bark. Who am I?", "dog puppy doggy", "I wag my tail.",
                "a dog"),
        _riddle("I fall from clouds and make puddles. What am I?", "rain raindrop water",
                "Splash! Use an umbrella.", "rain"),
        _riddle("I hop and I say ribbit. Who am I?", "frog", "I am green.", "a frog"),
    ),
    AgeGroup.AGES_7_10: (
        _riddle("What has hands but can't clap?", "clock watch", "It tells you the time.",
                "a clock"),
        _riddle("What has to be broken before you can use it?", "egg", "Chickens lay them.",
                "an egg"),
        _riddle("What gets wetter the more it dries?", "towel", "You use it after a bath.",
                "a towel"),
        _riddle("What has lots of keys but can't open a single door?", "piano keyboard",
                "It makes music.", "a piano"),
        _riddle("What goes up but never comes down?", "age", "It changes on your birthday.",
                "your age"),
        _riddle("What has a neck but no head?", "bottle", "You can drink from it.", "a bottle"),
    ),
    AgeGroup.AGES_11_13: (
        _riddle("What can travel around the world while staying in a corner?", "stamp",
                "Look at an envelope.", "a stamp"),
        _riddle("The more of me you take, the more you leave behind. What am I?",
                "footstep step footprint", "Think about walking.", "footsteps"),
        _riddle("What has cities but no houses, forests but no trees, and water but no fish?",
                "map atla", "Explorers carry one.", "a map"),
        _riddle("What can you catch but never throw?", "cold", "Achoo!", "a cold"),
        _riddle("I have branches but no fruit, trunk or leaves. What am I?", "bank",
                "You might keep pocket money in me.", "a bank"),
        _riddle("What word is spelled wrong in every dictionary?", "wrong",
                "Read the question very carefully.", "the word 'wrong'"),
    ),
}  # fmt: skip


def parse_number(words: Sequence[str]) -> int | None:
    """The first number said in digits or words ("7", "seven", "twenty five")."""
    for index, word in enumerate(words):
        if word.isdigit():
            return int(word)
        if word in _UNITS:
            return _UNITS[word]
        if word in _TENS:
            following = words[index + 1] if index + 1 < len(words) else ""
            return _TENS[word] + (_UNITS.get(following, 0) if _UNITS.get(following, 10) < 10 else 0)
    return None


def _by_band(band: AgeGroup, picker: Picker, young: Sequence[str], middle: Sequence[str],
             older: Sequence[str]) -> str:  # fmt: skip
    options = {AgeGroup.AGES_3_6: young, AgeGroup.AGES_7_10: middle}.get(band, older)
    return picker.pick(options)


class GameTurn:
    """One turn of a game. `play` returns the teddy's words and the next game state."""

    def __init__(self, band: AgeGroup, words: list[str], picker: Picker, turn: int,
                 name: str | None) -> None:  # fmt: skip
        self.band = band
        self.words = words
        self.text = " ".join(words)
        self.stems = stems_of(words)
        self.picker = picker
        self.turn = turn
        self.name = name

    def play(self, game: Mapping[str, Any] | None) -> tuple[str, dict[str, Any]]:
        wants_riddle = bool(self.stems & RIDDLE_WORDS)
        if game is None:
            return self.start_riddles([]) if wants_riddle else self.start_number()
        if game.get("over"):
            return self.after_game(game, wants_riddle)
        if wants_riddle and game.get("kind") == "number":
            return self.start_riddles([])
        if "number" in self.stems and game.get("kind") == "riddle":
            return self.start_number()
        if game.get("kind") == "riddle":
            return self.riddle_turn(game)
        return self.number_turn(game)

    # guess my number

    def start_number(self, again: bool = False) -> tuple[str, dict[str, Any]]:
        top = _TOP[self.band]
        target = 1 + Picker("target", self.turn, self.text).number(top)
        opening = "Let's play again!" if again else "Let's play a guessing game!"
        text = _by_band(
            self.band, self.picker,
            (f"{opening} I'm thinking of a number from 1 to {top}. Can you guess it?",
             f"Yay, a game! I have a number from 1 to {top} in my head. What is it?"),
            (f"{opening} I'm thinking of a number between 1 and {top}. What's your first "
             "guess? I'll tell you if it's higher or lower.",
             f"{opening} I've picked a number between 1 and {top}. Guess, and I'll say higher "
             "or lower!"),
            (f"{opening} I've chosen a mystery number between 1 and {top}. Guess it, and I'll "
             "tell you whether to go higher or lower. Can you find it in six tries?",
             f"{opening} There's a number between 1 and {top} hiding in my fluffy head. Each "
             "time you guess I'll say higher or lower. Ready? Take your first guess!"),
        )  # fmt: skip
        return text, {
            "kind": "number",
            "low": 1,
            "high": top,
            "top": top,
            "target": target,
            "guesses": 0,
        }

    def number_turn(self, game: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
        target, top = int(game["target"]), int(game["top"])
        state = dict(game)
        guess = parse_number(self.words)
        if guess is None:
            if self.stems & STOP or any(phrase in self.text for phrase in _GIVE_UP):
                state["over"] = True
                return f"Okay! My number was {target}. Good try! Want to play again?", state
            if "hint" in self.stems:
                parity = "an even" if target % 2 == 0 else "an odd"
                return f"Here's a clue: it's {parity} number. What's your guess?", state
            return _by_band(
                self.band, self.picker,
                (f"Say a number from 1 to {top}!", f"Guess my number! It's from 1 to {top}.",
                 f"I'm still thinking of a number. Is it 1? Is it {top}? You guess!"),
                (f"I'm still thinking of my number between 1 and {top}. What's your guess?",
                 f"My number is still hiding! Pick one between 1 and {top}."),
                (f"My mystery number is still between 1 and {top}. Say a number, or ask for a "
                 "hint if you'd like a clue.",
                 f"Still waiting for your guess! Anything from 1 to {top}, or say hint."),
            ), state  # fmt: skip
        if not 1 <= guess <= top:
            return f"Oops! My number is from 1 to {top}. Try one of those!", state
        state["guesses"] = guesses = int(game.get("guesses", 0)) + 1
        if guess == target:
            state["over"] = True
            praise = f"Well done, {self.name}!" if self.name else "Well done!"
            tries = "first try" if guesses == 1 else f"{guesses} guesses"
            return _by_band(
                self.band, self.picker,
                (f"Yes! It was {target}! {praise} Play again?",
                 f"You got it! It was {target}! Yay! Want to play again?"),
                (f"Yes! My number was {target}, and you found it in {tries}. {praise} "
                 "Want to play again?",),
                (f"Spot on! It was {target}, and you cracked it in {tries}. {praise} Fancy "
                 "another round, or shall I try a riddle on you?",),
            ), state  # fmt: skip
        higher = guess < target
        if higher:
            state["low"] = max(int(game["low"]), guess + 1)
        else:
            state["high"] = min(int(game["high"]), guess - 1)
        direction = "higher" if higher else "lower"
        size = "bigger" if higher else "smaller"
        text = _by_band(
            self.band, self.picker,
            (f"{guess}? No! Go {direction}!", f"Not {guess}. Try a {size} number!"),
            (f"Not {guess}. My number is {direction}! Guess again.",
             f"Ooh, close? My number is {direction} than {guess}. Try again!"),
            (f"Good thinking, but my number is {direction} than {guess}. Guess number "
             f"{guesses + 1}?",
             f"Not quite: it's {direction} than {guess}. What's your next guess?"),
        )  # fmt: skip
        if guesses >= 4:
            text += f" Clue: it's between {state['low']} and {state['high']}."
        return text, state

    # riddles

    def start_riddles(self, asked: list[int], solved: int = 0) -> tuple[str, dict[str, Any]]:
        riddles = RIDDLES[self.band]
        fresh = [index for index in range(len(riddles)) if index not in asked]
        if not fresh:
            text = f"You solved {solved} of my riddles! Shall we play guess my number now?"
            return text, {"kind": "riddle", "asked": asked, "solved": solved, "over": True}
        index = fresh[Picker("riddle", self.turn, self.text).number(len(fresh))]
        intro = self.picker.pick(("Here's a riddle!", "Riddle time!", "Try this one!"))
        state = {"kind": "riddle", "index": index, "asked": [*asked, index], "tries": 0,
                 "solved": solved}  # fmt: skip
        return f"{intro} {riddles[index].question}", state

    def riddle_turn(self, game: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
        riddle = RIDDLES[self.band][int(game["index"])]
        asked, solved = list(game.get("asked", [])), int(game.get("solved", 0))
        if riddle.answers & self.stems:
            cheer = f"Yes, {self.name}!" if self.name else "Yes!"
            text, state = self.start_riddles(asked, solved + 1)
            return f"{cheer} It's {riddle.answer}! {text}", state
        if self.stems & STOP:
            return (f"Okay! The answer was {riddle.answer}. Thanks for playing riddles with me! "
                    "Want to play again?"), {**game, "over": True}  # fmt: skip
        tries = int(game.get("tries", 0)) + 1
        if tries >= 3 or any(phrase in self.text for phrase in _GIVE_UP):
            text, state = self.start_riddles(asked, solved)
            return f"It was {riddle.answer}! Tricky one. {text}", state
        state = {**game, "tries": tries}
        if "hint" in self.stems or tries == 2:
            return f"Good try! Here's a clue: {riddle.hint} What am I?", state
        again = self.picker.pick(("Hmm, not quite!", "Ooh, nice guess, but no!", "Not that!"))
        return f"{again} {riddle.question}", state

    def after_game(self, game: Mapping[str, Any], wants_riddle: bool) -> tuple[str, dict[str, Any]]:
        if wants_riddle:
            return self.start_riddles([])
        if "number" in self.stems or parse_number(self.words) is not None:
            return self.start_number(again=True)
        if self.stems & YES or "play" in self.stems:
            if game.get("kind") == "riddle" and game.get("index") is not None:
                return self.start_riddles([], int(game.get("solved", 0)))
            return self.start_number(again=True)
        if self.stems & (NO | STOP):
            text = self.picker.pick(
                (
                    "Okay! That was fun. Would you like a riddle instead, or shall we just rest?",
                    "No problem! Thanks for playing. Say riddle or number if you want a game.",
                )
            )
            return text, dict(game)
        text = self.picker.pick(
            (
                "Shall we play again? Say yes, or say riddle for a riddle!",
                "Want another game? I can do guess my number or riddles!",
            )
        )
        return text, dict(game)
