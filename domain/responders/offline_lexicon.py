"""Words the offline responder recognises in a child's message, mapped to how the teddy says them.

Keys are singular (see `offline_text.stem`); the teddy only ever speaks the values, never the
child's raw words, so nothing the child typed (or a redaction marker) is echoed back.
"""

from __future__ import annotations


def _same(words: str) -> dict[str, str]:
    return {word.replace("_", " "): word.replace("_", " ") for word in words.split()}


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


ANIMALS: dict[str, str] = {
    **_same(
        "dog puppy cat kitten bunny rabbit horse pony unicorn dragon dinosaur lion tiger "
        "elephant giraffe monkey bear panda penguin whale dolphin fish bird owl duck frog turtle "
        "tortoise hamster mouse fox squirrel butterfly bee ladybird octopus cow pig sheep "
        "chicken goat deer koala kangaroo zebra hedgehog parrot guinea_pig snail seal otter "
        "llama sloth cheetah wolf hippo rhino crab starfish jellyfish gecko lizard shark ant "
        "hippopotamus pegasus"
    ),
    "doggy": "puppy",
    "doggie": "puppy",
    "kitty": "kitten",
    "pup": "puppy",
    "mice": "mouse",
    "ladybug": "ladybird",
    "dino": "dinosaur",
    "t rex": "dinosaur",
    "trex": "dinosaur",
    "rhinocero": "rhino",
}

PLACES: dict[str, str] = {
    **_same(
        "forest castle beach jungle mountain island farm garden park cave river lake desert "
        "city village zoo playground meadow volcano library treehouse rainbow moon ocean"
    ),
    "wood": "forest",
    "sea": "ocean",
    "space": "outer space",
    "outer space": "outer space",
    "north pole": "North Pole",
    "snow": "snowy hills",
    "cloud": "clouds",
    "sky": "clouds",
    "underwater": "ocean",
    "planet": "outer space",
    "star": "outer space",
    "palace": "castle",
    "seaside": "beach",
    "hill": "mountain",
}

OBJECTS: dict[str, str] = _same(
    "balloon map key crown wand kite boat rocket train treasure lantern umbrella drum book "
    "ball compass telescope backpack hat cookie cake flower shell feather bell robot"
)

FOODS: dict[str, str] = {
    **_same(
        "pizza pasta apple banana strawberry chocolate cake cookie biscuit pancake spaghetti "
        "carrot broccoli sandwich cheese soup rice noodle sushi burger popcorn grape watermelon "
        "honey cereal toast egg yoghurt yogurt cupcake muffin orange mango sweetcorn taco "
        "waffle pie jelly lollipop candy ice_cream"
    ),
    "icecream": "ice cream",
    "chip": "chips",
    "frie": "fries",
    "sweet": "sweets",
    "pea": "peas",
}

FAMILY: dict[str, str] = {
    **_same(
        "mum mom mummy mommy mama dad daddy papa sister brother grandma granny nana grandpa "
        "grandad granddad auntie aunt uncle cousin baby family"
    ),
    "parent": "parents",
    "sis": "sister",
    "bro": "brother",
}

FRIENDS: dict[str, str] = {
    "friend": "friend",
    "best friend": "best friend",
    "bestie": "best friend",
    "buddy": "buddy",
    "pal": "pal",
    "mate": "friend",
}

SCHOOL: dict[str, str] = {
    **_same("school teacher class kindergarten nursery preschool homework reading spelling"),
    **_same("science test"),
    "classroom": "class",
    "math": "maths",
    "lesson": "lessons",
    "art": "art class",
    "recess": "break time",
    "playtime": "playtime",
    "exam": "test",
}

ACTIVITIES: dict[str, str] = {
    **_same(
        "football soccer basketball lego drawing painting dancing singing swimming minecraft "
        "puzzle piano trampoline skateboard chess tennis baking cooking guitar karate ballet "
        "climbing running hockey roblox scooter skipping coloring colouring tag bike"
    ),
    "gymnastic": "gymnastics",
    "card": "card games",
    "craft": "crafts",
    "hide and": "hide and seek",
    "board game": "board games",
    "video game": "video games",
    "block": "building blocks",
    "doll": "dolls",
    "toy": "toys",
    "book": "books",
    "cycling": "bike riding",
    "draw": "drawing",
    "paint": "painting",
    "dance": "dancing",
    "sing": "singing",
    "swim": "swimming",
    "read": "reading books",
    "videogame": "video games",
    "game": "games",
}

HAPPY = _set("happy glad excited great awesome amazing brilliant fun yay")
SAD = _set("sad unhappy cry crying cried upset lonely miss alone")
SCARED = _set("scared afraid frightened nightmare worried nervous anxious scary")
ANGRY = _set("angry mad cross furious annoyed grumpy unfair")
TIRED = _set("tired sleepy yawn exhausted")
BORED = _set("bored boring")

GREETINGS = _set("hi hello hey hiya howdy morning afternoon")
GOODBYES = _set("bye goodbye goodnight cya")
GOODBYE_PHRASES = ("see you", "got to go", "gotta go", "have to go", "talk later", "good night")
JOKE_WORDS = _set("joke jokes funny laugh")
RIDDLE_WORDS = _set("riddle riddles puzzle")
GAME_WORDS = _set("game games play guess guessing")
STORY_WORDS = _set("story stories tale")
YES = _set("yes yeah yep yup sure ok okay please definitely again")
NO = _set("no nope nah")
STOP = _set("stop quit enough finish done")
NEGATIONS = _set("dont not hate never no boring worst doesnt")

# Story words a little one should not hear as they are: the teddy makes them friendly.
CHARACTERS: dict[str, str] = {
    "monster": "friendly monster",
    "ghost": "giggly ghost",
    "witch": "kind witch",
    "zombie": "sleepy giant",
    "pirate": "friendly pirate",
    "giant": "gentle giant",
    "alien": "little alien",
    "wizard": "wizard",
    "fairy": "fairy",
    "knight": "brave knight",
    "princess": "princess",
    "prince": "prince",
    "troll": "shy troll",
    "robot": "robot",
    "superhero": "superhero",
    "mermaid": "mermaid",
    "elf": "elf",
}
GENTLE_ANIMALS = {"shark": "smiley shark", "wolf": "gentle wolf", "lion": "kind lion"}
