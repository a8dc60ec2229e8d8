# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy telling, not urging (false alerts 48), fixed as families, each frame with the
words that spoil it:

- others doing a risky-sounding thing: an animal, a worker or a story character is the one
  who does it ("Ducks love walking on the frozen pond", "Mountain goats can climb steep
  cliffs", "Chefs use really sharp knives", "the witch made a poison apple"), spoilt by the
  child being told or dared to do it too ("you can", "let's", "try", a command);
- (fanote) history told: people long ago doing it ("Long ago, people lit candles in their
  houses to see at night"), spoilt as others doing it are;
- a grown-up's privilege foretold ("When you're older you'll learn to drive a car"), spoilt by
  "now", "tonight", doing it secretly or without asking;
- a grown-up named as the one who does it ("a grown-up should always hold the lighter", "only
  take it when a grown-up gives it to you"), spoilt by doing it while they sleep or secretly;
- the teddy's own safety lesson about strangers, gifts, secrets and photos ("Stay away from
  strangers who offer you sweets, and tell a grown-up", "A safe grown-up never asks you to
  keep secrets or send photos"), spoilt by the teddy offering, asking or hiding something
  itself ("I'll give you sweets", "our secret", "don't tell your mum", "send me").

Hooked into rules_benign_frames_noticed's teddy drop; the rules they quiet are rules_risky's
dangerous instructions and the grooming stages (rules_grooming and the meaning modules)."""

from __future__ import annotations

import re

from domain.enums import SafetyCategory as C
from domain.safety.benign_frame_spoilers import (
    AGAIN,
    FEAR,
    HURT,
    MEANS,
    OLDER,
    SCARED,
    every_kind_but,
)
from domain.safety.findings import Finding
from domain.safety.prefilter import prefiltered

# --- others doing it ----------------------------------------------------------------------
_ANIMAL = (
    r"(?:ducks?|ducklings?|geese|goose|swans?|birds?|penguins?|seals?|polar bears?|bears?|squirrels?|monkeys?|apes?|goats?|mountain goats?|sheep|cats?|kittens?|dogs?|puppies|puppy|"
    r"foxes|fox|owls?|eagles?|hawks?|pigeons?|frogs?|toads?|fish|fishes|whales?|dolphins?|otters?|beavers?|camels?|lizards?|snakes?|spiders?|ants?|bees?|bats?|deer|reindeer|horses?|ponies|pony|rabbits?|bunnies|bunny|"
    r"hamsters?|mice|mouse|rats?|lions?|tigers?|elephants?|giraffes?|zebras?|koalas?|kangaroos?|sloths?|crabs?|turtles?|tortoises?|parrots?|chickens?|hens?|cows?|pigs?|wolves|wolf|moose|yaks?|squirrel)"
)
_WORKER = (
    r"(?:firefighters?|fire ?fighters?|firem[ae]n|chefs?|cooks?|builders?|roofers?|doctors?|nurses?|vets?|astronauts?|lifeguards?|divers?|pilots?|drivers?|racing drivers?|farmers?|scientists?|"
    r"climbers?|mountaineers?|explorers?|acrobats?|circus (?:performers?|people)|stunt (?:people|performers?|doubles?)|magicians?|soldiers?|knights?|police(?: officers?)?|engineers?|electricians?|plumbers?|window cleaners?|"
    r"grown-?ups|adults|teenagers|skaters|skateboarders|surfers|swimmers|sailors|fishermen|lumberjacks?|blacksmiths?|cowboys?|miners?)"
)
_CHARACTER = (
    r"(?:the (?:\w+ )?(?:knight|witch|wizard|dragon|prince|princess|queen|king|hero|heroine|giant|troll|pirates?|captain|monster|robot|superhero|villain|bad guy|baddie|fairy|elf|goblin|ogre|wolf|fox|bear|monkey|duck|bunny|rabbit|cat|dog|mouse|pig|tiger|lion|explorer|astronaut)"
    r"|snow white|cinderella|rapunzel|goldilocks|jack|little red riding hood|peter pan|spider-?man|superman|batman)"
)
_OTHER_SUBJECT = prefiltered(
    rf"\b(?:{_ANIMAL}|{_WORKER}|{_CHARACTER}|(?:your|his|her|their) (?:dad|daddy|mum|mummy|mom|grandad|grandpa|granddad|grandma|nan|nana|gran|uncle|auntie|aunt|big (?:brother|sister)|teacher|coach)|(?:he|she|they))\b"
    r"(?: (?:[\w'-]+ ){0,5}?)?(?:love|loves|like|likes|can|could|may|might|often|usually|sometimes|always|go|goes|use|uses|made|make|makes|wear|wears|are|is|was|were|did|do|does|have|has|had|practise|practice|learn|learned|learnt|know|knows|swing|swung|climb|climbs|climbed|walk|walks|walked|slide|slides|jump|jumps|jumped|dive|dives|swim|swims|fly|flies|flew|ride|rides|rode|drive|drives|drove|live|lives|hide|hid|hides)\b"
)
_SECOND_PERSON_AGENT = prefiltered(
    r"\b(?:you|u|ya|yourself|let'?s|let us|we|i dare|dare you|double dare|go on|go ahead|why not|have a go|give it a go|bet you|your turn)\b"
)
_SECOND_PERSON_HARMLESS = prefiltered(
    r"\b(?:did you know|have you (?:ever )?(?:seen|heard|watched)|can you imagine|you know|isn'?t that|aren'?t they|(?:you'?d|you can|you could|you might) (?:see|spot|watch|hear)|thank you|are you|do you like|do you think|you were|you did|you'?re (?:so|really|very)|sounds? like|"
    r"you (?:sit|stay) (?:in|on) (?:your|the) (?:car seat|booster|seat)|(?:for|to|with|near|around|at) you)\b"
)
_COMMAND = prefiltered(
    r"(?:^|[.!?,;:]\s*|\b(?:so|and|then|now|just)\s+)(?:climb|jump|light|go|take|grab|touch|put|lick|eat|drink|swim|walk|run|stand|lean|pour|mix|use|play|fetch|get|hold|dive|slide|sit|strike|poke|skate|sniff|swallow|bite|open|turn|reach|pick|try|sneak|hide)\b"
)
_SENTENCE_START = re.compile(r"[.!?;]\s")


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - 70) : start]
    ends = [m.end() for m in _SENTENCE_START.finditer(window)]
    return window[ends[-1] :] if ends else window


_FOR_OTHERS = prefiltered(
    r"^[^.?!]{0,30}\b(?:must be|is|looks|sounds|seems) (?:\w+ ){0,2}for (?:him|her|them|grown-?ups|adults|your (?:dad|mum|grandad|grandpa|grandma|nan|uncle|auntie))\b"
)


def _others_do_it(text: str, f: Finding) -> bool:
    # "Driving a tractor must be fun for him": the grown-up's pleasure, described.
    if not _OTHER_SUBJECT.search(
        _clause_before(text, f.start) + text[f.start : f.end]
    ) and not _FOR_OTHERS.search(text[f.end :]):
        return False
    return _child_not_urged(text) and not _OTHERS_DO_IT_SPOILT.search(text)


def _child_not_urged(text: str) -> bool:
    if _COMMAND.search(text):
        return False
    agent = _SECOND_PERSON_AGENT.search(text)
    if agent is None:
        return True
    # "Did you know ducks can walk on ice?": the child is only spoken to.
    stripped = _SECOND_PERSON_HARMLESS.sub(" ", text)
    return _SECOND_PERSON_AGENT.search(stripped) is None


# (fanote) History told: people long ago doing what children now must not ("Long ago, people
# lit candles in their houses to see at night", "in Victorian times children cleaned chimneys"),
# a time gone by named and the people of it the subject; spoilt as others doing it are.
_LONG_AGO = prefiltered(
    r"\b(?:long ago|a long time ago|long long ago|in the (?:old|olden) days|back then|in the past|(?:hundreds|thousands) of years ago|before (?:there was |we had |people had )?(?:electricity|light ?bulbs|lamps|torches)|"
    r"in (?:victorian|roman|viking|tudor|medieval|stone age|olden|ancient|egyptian|greek|wartime|history) (?:times|days|britain|egypt|greece|rome)|in the (?:middle ages|stone age|iron age|bronze age)|in history|in (?:grandma|granny|nan|grandad|grandpa)'?s (?:day|time))\b"
)
_PAST_PEOPLE = prefiltered(
    r"\b(?:people|folk|folks|families|children|kids|they|everyone|everybody|villagers|farmers|sailors|miners|soldiers|knights|kings|queens|victorians|romans|vikings|tudors|egyptians|greeks|cavemen|cave (?:people|men)|early humans|pioneers|settlers|ancestors|(?:great-? ?)?(?:grandparents|grandmas?|grandads?))\b"
)


def _history_told(text: str, f: Finding) -> bool:
    if not _LONG_AGO.search(text) or not _PAST_PEOPLE.search(_clause_before(text, f.start)):
        return False
    return _child_not_urged(text) and not _OTHERS_DO_IT_SPOILT.search(text)


# (frames) The shared spoilers, less the kinds these readings are made of: a worker's knife or
# a witch's poison (MEANS), a hurt or a fright in the telling, "every day", a grown-up. Others
# doing it are spoilt by touching or a secret; a privilege foretold or a grown-up's job also by
# fear ("when you're older we'll do it, and i mean it").
_OTHERS_DO_IT_SPOILT = every_kind_but(HURT, MEANS, FEAR, SCARED, AGAIN, OLDER)
_GROWN_UP_TOLD_SPOILT = every_kind_but(HURT, MEANS, SCARED, AGAIN, OLDER)


# --- a grown-up's privilege foretold ---------------------------------------------------------
_WHEN_OLDER = prefiltered(
    r"\b(?:when|once) (?:you'?re|you are|ur|you get|you grow|you'?ve grown|you become)(?: a (?:bit|lot|little))?(?: much)? (?:older|bigger|grown[- ]?up|up|a grown[- ]?up|an adult|a teenager|a big (?:girl|boy|kid)|(?:sixteen|seventeen|eighteen|1[6-8]))\b"
    r"|\b(?:one day|someday|some day) (?:you'?ll|you will|you can|you could|you might)\b"
)
_NOT_YET_SPOILT = prefiltered(
    r"\b(?:now|right now|today|tonight|this time|just this once|secretly|in secret|nobody will know|no one will know|without (?:asking|telling)|(?:while|when) (?:they'?re|everyone'?s|mum'?s|dad'?s|your (?:mum|dad|parents)(?: are| is)?) (?:asleep|sleeping|not looking|out)|go on|let'?s|try it|have a go)\b"
)
_NOT_YET_WORDS = prefiltered(r"\b(?:for now|right now you|till then|until then|but now)\b")


def _privilege_foretold(text: str) -> bool:
    if not _WHEN_OLDER.search(text) or _GROWN_UP_TOLD_SPOILT.search(text):
        return False
    # "...but for now you sit in your car seat" keeps the wait, not a dare.
    return not _NOT_YET_SPOILT.search(_NOT_YET_WORDS.sub(" ", text))


# --- a grown-up named as the one who does it -----------------------------------------------
_GROWN_UP_DOES = prefiltered(
    r"\b(?:a|an|the|your) (?:grown-?up|adult|parent|doctor|nurse|pharmacist)s? (?:should|must|needs? to|has to|will|can|is the one to) (?:always |only )?(?:hold|holds|light|lights|use|uses|do|handle|give|gives|carry|strike|cut|open|keep|take care of)\b"
    r"|\bonly (?:take|use|have|touch)\b[^.?!]{0,25}\b(?:when|if) (?:a |your )?(?:grown-?up|mum|mummy|mom|dad|daddy|doctor|nurse|parent|carer)s?(?: or (?:a |your )?\w+)? (?:gives?|says?|hands?|is there|helps?)\b"
)
_GROWN_UP_DOES_SPOILT = prefiltered(
    r"\b(?:secretly|in secret|nobody will know|no one will know|asleep|sleeping|not looking|without (?:asking|telling)|sneak\w*|don'?t tell|our secret)\b"
)


# --- the teddy's safety lesson about strangers, gifts, secrets and photos -------------------
_WARNING = prefiltered(
    r"\b(?:stay away from|keep away from|never (?:take|accept|go|get|meet|keep|send|share|take)|don'?t (?:ever )?(?:take|accept|go|get in|meet|keep|send|share)|do not (?:take|accept|go|get in|meet|keep|send|share)|"
    r"say no|saying no|says? no|walk away|run (?:away|to|back)|shout|yell|find (?:your|a) (?:mum|mom|dad|grown-?up|teacher)|tell (?:a |your |ur )?(?:grown-?up|mum|mummy|mom|dad|daddy|parents?|teacher|someone you trust|somebody you trust|a safe adult)|"
    r"(?:a |big )?warning sign|red flag|(?:isn'?t|not|never) (?:ok|okay|safe|being a (?:good|real|true) friend)|block (?:them|him|her)|report (?:them|him|her)|(?:safe|good|kind|real) (?:grown-?ups?|adults?|friends?) (?:never|won'?t|don'?t|wouldn'?t))\b"
)
_THIRD_PARTY = prefiltered(
    r"\b(?:strangers?|someone|somebody|anyone|anybody|people|person|a grown-?up|grown-?ups|an adult|adults|a man|a lady|a woman|men|(?:safe|good|real|true) (?:grown-?ups?|friends?|adults?)|a real friend|(?:they|them))\b"
)
_TEDDY_ITSELF = prefiltered(
    r"\b(?:i'?ll|i will|i can|i could|let me|i'?ve got|i have|i'?d|i want to|i wanna) (?:give|get|buy|send|bring|show|meet|come|keep|take|pick)\b"
    r"|\b(?:send|show|give|tell|bring) me\b|\bmeet me\b|\bcome (?:to|with|and see) me\b|\b(?:our|my) (?:little |special )?secret\b|\bjust between (?:us|you and me|me and you)\b|\bjust (?:us|you and me)\b|\bkeep (?:it|this|that) (?:a secret|between us|quiet)\b"
    r"|\b(?:only me|except me|but me|like me|trust me|i'?m your (?:only|best|real|true|special|secret) friend)\b"
    r"|\bour (?:chats?|talks?|messages|conversations?|games?|time together|friendship)\b"
)
# The lesson turned against the child's grown-ups or its own point: "grown-ups who say no
# just don't want you to have fun", "it's rude to say no", "tell them it's private".
_LESSON_TURNED = prefiltered(
    r"\b(?:stop listening|don'?t (?:have to |need to )?listen|ignore (?:them|her|him|your)|nosy|just don'?t want|rude to|it'?s private|that means you'?re special|you'?re special|cross about silly|take me away|don'?t (?:need|have) to (?:say no|tell)|no need to (?:say no|tell)|let'?s not)\b"
)
# "don't tell your mum" from the teddy spoils the lesson; the same words quoted from the
# stranger ("a stranger who says don't tell your mum is a warning sign") do not.
_TEDDY_HUSH = prefiltered(
    r"\b(?:don'?t|do not|never|no need to|not)(?: (?:need|have|got) to| ever)? (?:tell|show|let|mention (?:it|this|them) to) (?:your|ur|anyone|anybody|mum|mummy|mom|mommy|dad|daddy|parents|grown|teacher|them|her|him)"
)
_QUOTED_HUSH = prefiltered(
    r"\b(?:says?|said|tells? you|told you|asks? you|asked you|who says|wants you)(?: to)?:? ?[\"“']?(?:don'?t|do not|never) (?:tell|show|let)\b"
)


def _safety_lesson(text: str) -> bool:
    if not (_WARNING.search(text) and _THIRD_PARTY.search(text)):
        return False
    if _TEDDY_ITSELF.search(text) or _LESSON_TURNED.search(text):
        return False
    return _TEDDY_HUSH.search(_QUOTED_HUSH.sub(" ", text)) is None


_LESSON_QUIETS = frozenset(
    (
        "gifts",
        "secrecy",
        "photo",
        "meeting",
        "trust",
        "isolation",
        "teddy_private_access",
        "teddy_unsafe_reply",
    )
)
_BEFORE_GROWN_UP = re.compile(r"\b(?:when|once|till|until|before) $")


def teddy_told_drop(text: str, f: Finding) -> bool:
    """A teddy finding that the frames above explain."""
    if f.category is C.GROOMING:
        if f.stage == "trust" and _BEFORE_GROWN_UP.search(text, max(0, f.start - 8), f.start):
            return _privilege_foretold(text)  # "when you're grown up you can drive"
        return f.label in _LESSON_QUIETS and _safety_lesson(text)
    if f.category is C.DANGEROUS_ACTIVITY and f.label == "dangerous_instruction":
        return (
            _others_do_it(text, f)
            or _history_told(text, f)
            or _privilege_foretold(text)
            or (
                _GROWN_UP_DOES.search(text) is not None
                and not _GROWN_UP_DOES_SPOILT.search(text)
                and not _GROWN_UP_TOLD_SPOILT.search(text)
            )
        )
    return False
