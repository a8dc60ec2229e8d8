# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Dangers and cruelty on a day out at the zoo, the farm or the park (miss6465b, round 64's
flags), read as meanings:

- going into a dangerous animal's enclosure, over its wall or fence (to get a hat back, to
  stroke it): "i want to climb in the tiger bit to get my hat back" - a dangerous activity;
- touching, licking or weeing on an electric fence, planned or dared: "you get a buzz off the
  electric fence so im gonna lick it" - a dangerous activity;
- stones, sticks or rocks thrown at animals, or an animal hurt till it screamed: "i threw stones
  at the monkeys till one screamed, it was so funny" - violence.

Near misses stay allowed: the keeper going in to feed the tigers, the tiger enclosure has a
glass tunnel, the farmer says never touch the electric fence, throwing bread for the ducks,
throwing stones in the river, throwing a stick for the dog."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.phrase_trie import phrase_alternation
from domain.safety.prefilter import prefiltered

_PLAN = phrase_alternation(  # a trie: fast after a gap on text like "i i i ..."
    "can i|could i|can we|should i|i want to|i wanna|i wanted to|want to|wanna|i'?m gonna|im gonna|i'?m going to|im going to|gonna|going to|i'?ll|ill|i will|let'?s|lets|i might|i dare|dared me to|dare me to|i tried to|we tried to|i'?m gunna|im gunna"
)
_WILD = r"(?:tigers?|lions?|lionesses|bears?|polar bears?|gorillas?|chimps?|chimpanzees?|monkeys?|apes?|crocodiles?|crocs?|alligators?|wolf|wolves|rhinos?|hippos?|elephants?|leopards?|cheetahs?|jaguars?|panthers?|hyenas?|bulls?|snakes?|komodo dragons?|sharks?|big cats?|baboons?|orangutans?)"
_WILD_PLACE = rf"(?:(?:the |a |that |this )?{_WILD}'?s?'? ?(?:bit|enclosure|pen|cage|area|pit|tank|house|field|paddock|side|den|island|pool|compound|run)|(?:the |a |that |this )?(?:enclosure|cage|pen|pit|paddock|field) (?:with|of|for) (?:the |a )?{_WILD})"
INTO_THE_ENCLOSURE = prefiltered(
    rf"\b{_PLAN}\b[^.?!]{{0,20}}\b(?:climb|jump|go|get|sneak|hop|crawl|run|reach|lean|walk|slip|squeeze)\w*\b (?:in|into|in to|inside|over (?:the (?:wall|fence|barrier|railings?|rail|moat|glass) )?(?:in ?to|to)) {_WILD_PLACE}\b"
    rf"|\b{_PLAN}\b[^.?!]{{0,20}}\b(?:climb|jump|hop|get|go)\w* over (?:the |a )?(?:wall|fence|barrier|railings?|rail|moat)\b[^.?!]{{0,30}}\b(?:stroke|touch|pet|cuddle|hug|ride|feed|get|grab)\b[^.?!]{{0,20}}\b{_WILD}\b"
)
_KEEPER = prefiltered(
    r"\b(?:keepers?|zookeepers?|vets?|rangers?|staff|the man who works|feeding time|tunnel|behind the glass|through the glass|toy|teddy|game|minecraft|roblox|zoo tycoon|planet zoo|pretend|never|not allowed|shouldn'?t)\b"
)
_ELECTRIC_FENCE = (
    r"(?:electric(?:ity|al|ic)? (?:fences?|fencing|wires?)|electrified (?:fences?|wires?))"
)
ELECTRIC_FENCE = prefiltered(
    rf"\b{_ELECTRIC_FENCE}\b[^.?!]{{0,60}}\b{_PLAN}\s+(?:\w+\s+)?(?:touch|lick|grab|hold|wee on|pee on|wee at|pee at|bite|kiss|hug)\w*\s+(?:it|them|that|one)\b"
    rf"|\b{_PLAN}\s+(?:\w+\s+)?(?:touch|lick|grab|hold|wee on|pee on|wee at|pee at|bite|kiss|hug)\w*\s+(?:the |that |an |their |his )?{_ELECTRIC_FENCE}\b"
    rf"|\b(?:touched|licked|grabbed|held|weed on|peed on)\s+(?:the |that |an )?{_ELECTRIC_FENCE}\b[^.?!]{{0,40}}\b(?:on purpose|for a dare|dared|again|to see|for fun|for a laugh)\b"
)
_FENCE_SAFE = prefiltered(
    r"\b(?:never|don'?t|dont|do not|not allowed|mustn'?t|shouldn'?t|stay away|keep away|warned|careful|switched off|turned off|not on)\b"
)
_ANIMAL = r"(?:monkeys?|apes?|gorillas?|chimps?|baboons?|ducks?|ducklings?|swans?|geese|goose|pigeons?|seagulls?|gulls?|birds?|squirrels?|rabbits?|bunn(?:y|ies)|cats?|kittens?|dogs?|pupp(?:y|ies)|foxe?s?|hedgehogs?|frogs?|toads?|fish|sheep|lambs?|cows?|calf|calves|horses?|ponies|pony|donkeys?|goats?|pigs?|piglets?|chickens?|hens?|deer|seals?|penguins?|lions?|tigers?|bears?|giraffes?|zebras?|meerkats?|lemurs?|animals?)"
_PROJECTILE = r"(?:stones?|rocks?|sticks?|bricks?|pebbles?|gravel|conkers?|acorns?|stuff|things|bottles?|cans?|mud ?balls?|sand|glass)"
AT_THE_ANIMALS = prefiltered(
    rf"\b(?:i|we|me and \w+|me n \w+|my mate and me)\s+(?:\w+\s+)?(?:threw|throw|throwing|chucked|chuck|chucking|lobbed|lobbing|flung|pelted|pelting|fired|firing|kicked|kept throwing|kept chucking)\s+(?:some |loads of |big |little |a few |lots of |all the )?{_PROJECTILE}\s+at\s+(?:the |a |some |those |that |this |these |them |an |our |his |her |my )?(?:\w+ )?{_ANIMAL}\b"
    rf"|\b(?:i|we|me and \w+)\s+(?:\w+\s+)?(?:hit|kicked|poked|whacked|pelted|threw \w+ at|chucked \w+ at)\s+(?:the |a |one of the |that |this )?(?:\w+ )?{_ANIMAL}\b[^.?!]{{0,30}}\b(?:till|until|til|and (?:it|he|she|they|one)) (?:it |he |she |they |one )?(?:scream\w*|squeal\w*|squawk\w*|yelp\w*|cried|cry|bled|bleed\w*|limp\w*|ran off hurt)\b"
)
_ANIMAL_SAFE = prefiltered(
    r"\b(?:bread|seeds?|food|treats?|grain|corn|peas|balls?|frisbee|for (?:the|a|my) dog|toy|teddy|game|minecraft|roblox|fortnite|pretend|snowballs?|water balloons?)\b"
)


def find_day_out_flags(text: str) -> list[Finding]:
    found: list[Finding] = []
    if (INTO_THE_ENCLOSURE.search(text) and not _KEEPER.search(text)) or (
        ELECTRIC_FENCE.search(text) and not _FENCE_SAFE.search(text)
    ):
        found.append(
            Finding(SafetyCategory.DANGEROUS_ACTIVITY, "day_out_danger", MODERATE, 0, len(text))
        )
    if AT_THE_ANIMALS.search(text) and not _ANIMAL_SAFE.search(text):
        found.append(Finding(SafetyCategory.VIOLENCE, "animals_pelted", MODERATE, 0, len(text)))
    return found
