"""The teddy's small built-in knowledge: child-friendly answers to common questions, and jokes."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from domain.enums import AgeGroup
from domain.responders.offline_text import stem


@dataclass(frozen=True, slots=True)
class Fact:
    keys: tuple[frozenset[str], ...]
    """Any one of these sets of (stemmed) words, all present, selects the fact."""
    simple: str
    full: str
    extra: str

    def answer(self, band: AgeGroup) -> str:
        if band is AgeGroup.AGES_3_6:
            return self.simple
        if band is AgeGroup.AGES_7_10:
            return self.full
        return f"{self.full} {self.extra}"


def _keys(*groups: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(stem(word) for word in group.split()) for group in groups)


FACTS: tuple[Fact, ...] = (
    Fact(
        _keys("whale eat", "whale food"),
        "Big whales eat tiny sea animals called krill. Lots and lots of them!",
        "Many big whales eat krill, tiny shrimp-like animals. A blue whale can eat millions "
        "of them in one day!",
        "Instead of teeth they have baleen, a bristly curtain that sieves krill from seawater.",
    ),
    Fact(
        _keys("sky blue", "sky colour", "sky color"),
        "Sunlight has all the colours. The air spreads the blue part all over the sky!",
        "Sunlight is made of every colour. Tiny bits of air bounce blue light around much "
        "more than red, so blue fills the whole sky.",
        "Scientists call this Rayleigh scattering, and it is also why sunsets glow orange.",
    ),
    Fact(
        _keys("cat purr"),
        "Cats purr when they feel cosy and happy.",
        "Cats purr by buzzing muscles in their throat, often when they feel safe and content.",
        "Some scientists think the gentle vibration may even help cats heal and relax.",
    ),
    Fact(
        _keys("bird fly"),
        "Birds flap their wings and are very light, so they can fly!",
        "Birds have light, hollow bones and strong wings. Flapping pushes air down, and that "
        "lifts them up.",
        "Their wings are curved so air moves faster over the top, which creates extra lift.",
    ),
    Fact(
        _keys("sea salty", "ocean salty", "sea salt", "ocean salt"),
        "Rivers carry tiny bits of salt from rocks into the sea.",
        "Rain and rivers wash tiny bits of salt out of rocks and carry them to the sea. The "
        "water evaporates, but the salt stays.",
        "That has been happening for millions of years, so the salt has slowly built up.",
    ),
    Fact(
        _keys("rain come", "rain from", "why rain", "how rain"),
        "Rain comes from clouds. Clouds are made of tiny water drops!",
        "The sun warms water so it rises as vapour and makes clouds. When the drops grow "
        "too heavy, they fall as rain.",
        "This never-ending journey is called the water cycle.",
    ),
    Fact(
        _keys("why sleep", "need sleep", "why bed"),
        "Sleep helps your body grow and your brain rest.",
        "While you sleep, your body grows and repairs itself, and your brain sorts out "
        "everything you learned today.",
        "Dreams happen mostly in a stage called REM sleep, when your brain is busy but your "
        "body rests.",
    ),
    Fact(
        _keys("sun big", "big sun", "sun hot", "what sun"),
        "The sun is a giant star. It is super, super big!",
        "The sun is a star, so big that about a million Earths could fit inside it. It is very "
        "hot and gives us light and warmth.",
        "Its light takes about eight minutes to travel all the way to us.",
    ),
    Fact(
        _keys("leaf colour", "leaf color", "leaf change", "leaf fall", "leave fall"),
        "In autumn, leaves turn yellow and red, then fall down.",
        "In autumn, trees stop making the green stuff in their leaves, called chlorophyll, "
        "so the yellow and red colours show.",
        "Trees drop their leaves to save water and energy through the cold winter.",
    ),
    Fact(
        _keys("bee honey", "bee make", "bee buzz", "bee do"),
        "Bees make honey from flowers. Buzz buzz!",
        "Bees collect sweet nectar from flowers and turn it into honey in their hive. The "
        "buzz is their wings flapping super fast!",
        "They also carry pollen between flowers, which helps plants make fruit and seeds.",
    ),
    Fact(
        _keys("moon far", "far moon", "moon shine", "moon light", "what moon"),
        "The moon is very far away, but we can see it at night!",
        "The moon is about 384,000 kilometres away. It does not make its own light: it shines "
        "because sunlight bounces off it.",
        "Astronauts took about three days to fly there.",
    ),
    Fact(
        _keys("star twinkle", "what star", "star made"),
        "Stars are faraway suns. They twinkle in the night sky!",
        "Stars are giant balls of hot, glowing gas, just like our sun but very far away. "
        "They seem to twinkle because our moving air wobbles their light.",
        "Some starlight we see left its star long before anyone alive was born.",
    ),
    Fact(
        _keys("dinosaur eat", "dinosaur food", "dinosaur die", "dinosaur gone"),
        "Some dinosaurs ate plants and some ate meat.",
        "Some dinosaurs munched leaves and plants, and others hunted for meat. They lived a "
        "very, very long time ago.",
        "Birds are actually living relatives of the dinosaurs!",
    ),
    Fact(
        _keys("zebra stripe"),
        "Zebras have stripes. Every zebra's stripes are different!",
        "Every zebra has its own stripe pattern, like a fingerprint. Stripes may help keep "
        "biting flies away and keep zebras cool.",
        "Scientists still debate the exact reason, which makes it a fun mystery.",
    ),
    Fact(
        _keys("fish breathe", "fish breath", "fish water"),
        "Fish breathe water with gills!",
        "Fish breathe with gills. Water flows over them and the gills take out the oxygen "
        "the fish needs.",
        "Some fish, like lungfish, can even gulp air at the surface.",
    ),
    Fact(
        _keys("rainbow"),
        "A rainbow comes when sun shines through rain drops.",
        "A rainbow appears when sunlight shines through raindrops. Each drop splits the light "
        "into red, orange, yellow, green, blue and violet.",
        "To see one, stand with the sun behind you and rain in front of you.",
    ),
    Fact(
        _keys("grass green", "plant green", "tree green", "plant grow", "plant eat"),
        "Plants are green so they can eat sunshine!",
        "Plants have green chlorophyll that catches sunlight. They use it to make their own "
        "food from water and air.",
        "That process is called photosynthesis, and it makes the oxygen we breathe.",
    ),
    Fact(
        _keys("elephant trunk", "elephant big", "elephant eat"),
        "Elephants use their long trunk like a hand and a nose!",
        "An elephant's trunk is a nose and a hand in one. It can smell, grab food, drink and "
        "even give hugs.",
        "A trunk has tens of thousands of muscles and no bones at all.",
    ),
    Fact(
        _keys("penguin fly", "penguin cold", "penguin eat"),
        "Penguins can't fly, but they swim really fast!",
        "Penguins can't fly, but their wings work like flippers, so they are amazing swimmers. "
        "They eat fish and keep warm with thick feathers.",
        "Emperor penguins huddle together in huge groups to survive the Antarctic winter.",
    ),
    Fact(
        _keys("thunder", "lightning"),
        "Thunder is the loud sound lightning makes. It can't hurt you inside!",
        "Lightning is a giant spark of electricity in a storm cloud. It heats the air so fast "
        "that the air booms: that's thunder.",
        "Count the seconds between flash and boom to guess how far away the storm is.",
    ),
    Fact(
        _keys("spider web", "spider leg"),
        "Spiders spin webs from silk. They have eight legs!",
        "Spiders have eight legs and spin webs from silk made inside their bodies. The webs "
        "catch flies for dinner.",
        "For its weight, spider silk is stronger than steel.",
    ),
    Fact(
        _keys("earth round", "world round", "earth spin", "earth big"),
        "The Earth is a big round ball that spins!",
        "The Earth is a giant spinning ball. One full spin takes a day, and one trip around the "
        "sun takes a year.",
        "Gravity pulls everything towards the middle, which is why planets end up round.",
    ),
)


def find_fact(stems: Set[str]) -> Fact | None:
    for fact in FACTS:
        if any(key <= stems for key in fact.keys):
            return fact
    return None


JOKES: tuple[str, ...] = (
    "What do you call a bear with no teeth? A gummy bear!",
    "Why did the teddy bear say no to dessert? Because it was already stuffed!",
    "What do cows like to read? Cattle-logues! Moo!",
    "Why do fish live in salt water? Because pepper makes them sneeze!",
    "What is a cat's favourite colour? Purr-ple!",
    "Why did the banana go to the doctor? It wasn't peeling well!",
    "What do you call a sleeping dinosaur? A dino-snore!",
    "Knock knock! Who's there? Lettuce. Lettuce who? Lettuce in, it's chilly out here!",
    "Why can't you give Elsa a balloon? Because she will let it go!",
    "What do elves learn at school? The elf-abet!",
    "Why did the cookie go to the nurse? Because it felt crummy!",
    "What kind of tree fits in your hand? A palm tree!",
)
