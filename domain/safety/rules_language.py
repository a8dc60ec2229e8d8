# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Rude and hateful language: profanity, insults, hate against groups of people."""

from __future__ import annotations

from functools import lru_cache

from domain.enums import SafetyCategory
from domain.safety.findings import MILD, MODERATE, SEVERE, Finding, compile_all
from domain.safety.lexicon import is_insult_word, is_slur, lexicon, profanity_strength, tokens
from domain.safety.meaning_concepts_teddy import FEELING_CONTRADICTED
from domain.safety.normalise import NormalisedText
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_everyday import (
    FEELINGS_GO_AWAY,
    GO_AWAY_BY_HARM,
    LOST_FOR_REAL,
    TOILET_HUMOUR,
    TOILET_PUT_DOWN,
)
from domain.safety.rules_benign_frames_play import (
    GO_AWAY_FOR_GOOD,
    GO_AWAY_TO_A_PLACE,
    storybook_told,
)
from domain.safety.rules_benign_frames_small_things import family_pet_name

P = SafetyCategory.PROFANITY
I = SafetyCategory.INSULT  # noqa: E741
H = SafetyCategory.HATE

_TARGET = (
    r"(?:you|u|ya|ur|you'?re|youre|u r|you are|your|teddy|he'?s|she'?s|he is|she is|they'?re|"
    r"they are|him|her|them|is|are|was|such|so|a|an|big|little|fat|stupid|dumb|ugly)"
)
_KNOWN_ONE = (
    r"(?:brother|sister|teacher|friend|cousin|classmate|mom|dad|mum|coach|neighbou?r|babysitter)"
)
_DIRECTED = prefiltered(
    r"\b(?:you|u|ya|ur|you'?re|youre|u r|you are|your|teddy|he'?s|she'?s|he is|she is|they'?re|they are|"
    r"him|her|them|(?:is|are|was|were|such|what) (?:a|an|such a|the biggest|the most|one)|"
    rf"my (?:\w+ )?{_KNOWN_ONE}s? (?:is|are|was)|"
    # (flags7879) "my brother's a freak", written "my brothers a freak"
    rf"my (?:\w+ )?{_KNOWN_ONE}'?s (?:a|an|such a|so|such)|"
    r"(?:he|she|they|everyone|everybody|people|kids|boys|girls) (?:is|are|was|were|'?s|'?re)|call(?:s|ed|ing)? (?:him|her|them|me|you))\b"
)
_SECOND_PERSON = prefiltered(r"\b(?:you|u|ur|you'?re|youre|you are|u r)\b")
_NAME_SUBJECT = prefiltered(
    r"\b([a-z]+) (?:is|was|'s) (?:so |such |really |very |super |a |an |the |big |fat |little )*$"
)
_TO_SELF = prefiltered(
    r"\b(?:i'?m|im|i am|i feel|i look|i'?m so|i'?m such)\s+(?:so\s+|such\s+a\s+|a\s+|really\s+|very\s+)?$"
)
_BENIGN_INSULT_CONTEXT = prefiltered(
    r"\b(?:silly|goofy|not (?:stupid|dumb|ugly)|isn'?t (?:stupid|dumb|ugly)|not a (?:loser|idiot))\b"
)
_ANIMAL_INSULTS = frozenset({"pig", "pigs", "cow", "cows"})
_CALLED_AN_ANIMAL = prefiltered(
    r"(?:\b(?:you|u|ur|you'?re|youre|you are|he'?s|she'?s|he is|she is|they'?re|they are|is|are|such|what|call(?:s|ed|ing)?(?: \w+)?|like (?:a|an)|fat|stupid|ugly|lazy|greedy|dirty|smelly|dumb|filthy|horrible|nasty|silly|old)"
    r"|(?<!\bit)(?<!\bthat)(?<!\bthere)(?<!\bhere)'s)\s+(?:(?:a|an|the|such a|big|fat|little|greedy|lazy|ugly|stupid|dirty|smelly|old|silly|horrible|nasty)\s+){0,15}$"
)
"""What comes before "pig" or "cow" when a person is called one ("you're a fat pig",
"eats like a pig", "your brother's a cow"), not when the teddy names the animal. Searched in
the 30 characters before the word: at most 15 words before "$" fit (bounded for speed)."""
_MOOD_TAUNTED = prefiltered(
    r"\b(?:you'?re|youre|you are|ur|u r|you|you'?ve been|you were|you look|you sound|you'?re being|such a)\s+(?:so |really |too |very |being |a |an |such a |just |always |a big |a little |an old )*(?:grumpy|grumps?|grumpy ?pants|grumpy ?guts|cross ?patch|crabby|moody|sad ?sack|misery|mardy|sulky|whiny|cry ?baby|upset|cross|mad|sad|boring)\b[ ,;:!-]{0,4}(?:so |just |now |then |please |and )?go away\b"
)
"""(fa8283b) The mood thrown at the child, then told to go: "You're grumpy, go away"; not
"let's make the grumpies go away"."""
_ANIMAL_AS_A_NAME = prefiltered(r"\s*(?:face|head|nose|brain|features|breath|chops)\b")
_ANIMAL_IS_SUBJECT = prefiltered(
    r"\b(?:animals?|favou?rite|fave|costume|toy|teddy|drawing|picture|model) (?:is|was|are|were|'?s) (?:a |an |the )?(?:\w+ ){0,2}$"
)
"""(fanote) "pig face", "cow head": the animal made a name for someone, after the word. The
animal itself named by the child ("can we draw a pig", "pretend to be a cow", (fa8283b) "the
pig farmer said the pigs go to slaughter") is no insult unless someone is called one
(_CALLED_AN_ANIMAL before it) or named by it (this after it); "my favourite animal is a cow"
names the animal (_ANIMAL_IS_SUBJECT)."""
_ANIMAL_WORD = prefiltered(
    r"\b(?:pigs?|cows?|dogs?|doggy|puppy|puppies|rats?|snakes?|donkeys?|monkeys?|chickens?|goats?|toads?|sloths?|hippos?|pigeons?|worms?)\b"
)


def names_animal(text: str) -> bool:
    """The (normalised) text names an animal people are called ("pig", "cow", "dog") only as
    the animal, never calling anyone one."""
    hits = list(_ANIMAL_WORD.finditer(text))
    return bool(hits) and not any(
        _CALLED_AN_ANIMAL.search(text[max(0, m.start() - 30) : m.start()]) for m in hits
    )


_THING_TARGETS = prefiltered(
    r"\b(?:game|games|homework|test|level|rule|rules|song|show|movie|book|weather|car|computer|"
    r"tablet|ipad|phone|wifi|internet|school|question|puzzle|math|maths|broccoli|food|day|thing|"
    r"things|toy|toys|app|video|controller)\b"
)

# Groups of people and what hateful generalisations say about them.
_GROUP = (
    r"(?:people from (?:that|this|those|their|other) (?:country|countries|place)|people from [a-z]+|people who are [a-z]+(?: from us)?|immigrants|refugees|"
    r"foreigners|muslims|jews|jewish people|christians|hindus|sikhs|atheists|black people|blacks|"
    r"white people|whites|brown people|asians|asian people|mexicans|chinese people|chinese|indians|"
    r"arabs|africans|gays|gay people|lesbians|trans people|transgender people|girls|boys|women|men|"
    r"disabled people|fat people|poor people|people who (?:pray|look|talk|speak|dress|believe|go to|go|attend|wear|come from|live in)[a-z ]{0,20}|"
    r"people with (?:dark|brown|black|white|yellow) skin|"
    r"(?:some|those|these|certain|other) (?:kinds? of )?people|that (?:country|religion|race)|"
    r"[a-z]+ people)"
)
_BAD_TRAIT = (
    r"(?:dirty|stupid|dumb|bad|evil|criminals?|animals|worse|worst|disgusting|gross|lazy|thieves|greedy|sneaky|cheats|cheaters|"
    r"terrorists|inferior|ugly|weird|smelly|stinky|savages|monsters|trash|garbage|less|not as good|weak|useless|worthless|idiots|losers|scary|creepy|violent|thugs|freaks|wrong|evil|not (?:real|normal|human)|"
    r"too (?:dumb|stupid|weak|slow)|bad people|liars|dangerous|vermin|rats|pigs|subhuman)"
)
_HATE = compile_all(
    [
        rf"\b(?:all\s+)?{_GROUP}\s+(?:are|is)\s+(?:all\s+|just\s+|so\s+|really\s+|always\s+)*{_BAD_TRAIT}\b",
        rf"\b{_GROUP}\s+(?:should|must|need to|ought to)\s+(?:all\s+)?(?:leave|go back|die|be killed|be banned|get out|be kicked out|not be allowed|be left out|be excluded|stay away|go away|be punished|be locked up)",
        r"\bbecause of (?:their|his|her|your) (?:skin|colou?r|religion|race|accent|eyes)\b",
        # (round 53) "those people who own the shop are all thieves cos of where they come from"
        r"\b(?:thieves|thieving|robbers|liars|criminals|crooks|cheats|dirty|smelly|stinky|bad|evil|dangerous|lazy|stupid|dumb|scum|horrible|nasty|rubbish)\b[^.?!]{0,25}\b(?:because|cos|coz|cause|cuz|bc) of where (?:they|he|she|you) (?:come|comes|came|are|is) from\b",
        r"\bgo back to (?:your|their|his|her) (?:own )?country\b|\bgo back (?:to )?where (?:you|they|he|she) came from\b",
        rf"\b(?:all\s+)?{_GROUP}\s+(?:always\s+)?(?:steal|lie|cheat|smell|stink|are thieves|ruin everything)\b",
        rf"\bi hate (?!when |it when |how |that )(?:all\s+)?{_GROUP}",
        # Speed: the word looked for ahead within a message's length (1,000 characters,
        # content_rules) from the farthest back, each by its first letter (which `re` skips to at
        # C speed), then whole: not again to the end of the text from every "hate all ...".
        r"\b(?:hate|kill|get rid of) all (?:the )?[a-z]+s\b(?=.{0,1000}p(?<=\bp)eople\b|.{0,1000}b(?<=\bb)ecause\b|.{0,1000}t(?<=\bt)hey\b)",
        r"\b(?:don'?t|doesn'?t|do not) belong (?:here|in (?:our|this) country)\b",
        # (round 56) A people "don't belong in your neighbourhood", or should not be allowed
        # their festival here.
        r"\b(?:families|people|kids|children|those|they)\b[^.?!]{0,40}\b(?:don'?t|doesn'?t|do not) belong (?:in|on) (?:your|our|this|the|my) (?:neighbou?rhood|street|town|area|city|village|country)\b",
        r"\b(?:muslims|jews|jewish people|hindus|sikhs|christians|immigrants|refugees|foreigners|people who (?:celebrate|pray|believe|go to)[a-z ]{0,20}|they)\s+(?:shouldn'?t|should not|mustn'?t|must not)\s+be allowed to (?:do|have|celebrate|keep|hold|practi[sc]e|pray|wear)\b[^.?!]{0,25}\b(?:eid|diwali|hanukkah|passover|ramadan|vaisakhi|holi|festival|religion|prayers?|mosque|temple|synagogue|church|hijabs?|headscarf|headscarves|turbans?|here|in (?:this|our) country)\b",
        r"\b(?:worse|better|less) than (?:others|other people|us|white|black|everyone) because\b",
        r"\b(?:some|certain|other) (?:races|religions|countries|cultures|skin colou?rs|kinds of people|types of people) are (?:just |simply )?(?:better|smarter|worse|dumber|superior|inferior|bad|evil|wrong|dangerous)\b",
        rf"\b{_GROUP}\s+are\s+(?:just\s+)?(?:smarter|better|superior|stronger)\s+than\s+(?:others|other \w+|us|them|everyone|the rest)\b",
        r"\b(?:don'?t|won'?t|never|not) (?:play|talk|sit|hang out|be friends?) with (?:him|her|them)\b[^.?!]{0,15}\bbecause (?:he|she|they)(?:'s|'re| is| are) (?:black|white|brown|asian|chinese|mexican|muslim|jewish|gay|indian|arab|african|disabled|trans|poor|fat)\b",
        rf"\b{_GROUP}\s+(?:just\s+|simply\s+|really\s+|naturally\s+)?(?:aren'?t|are not|isn'?t|is not|can'?t|cannot|never)\s+(?:as\s+|very\s+|that\s+|be\s+)?(?:smart|clever|good|strong|capable|intelligent|brave|trusted|important)\b",
        rf"\b(?:boys|girls|men|women|white people|black people)\s+are\s+(?:better|smarter|stronger)\s+than\s+{_GROUP}",
    ]
)
# The teddy stating a stereotype about girls, boys or a people as a fact: better or worse at
# something, not as good, or a thing "only for" one of them (round 27).
_SEXES = r"(?:girls|boys|women|men|ladies|gentlemen|mums|dads|(?:[a-z]+ )?people)"
_TEDDY_STEREOTYPE = prefiltered(
    rf"\b{_SEXES}\s+(?:are|r)\s+(?:just\s+|naturally\s+|always\s+|simply\s+)?(?:better|worse|smarter|dumber|cleverer|stronger|weaker|braver)\s+(?:at\s+[a-z]+(?:\s+[a-z]+)?\s+)?than\s+{_SEXES}"
    rf"|\b{_SEXES}\s+(?:just\s+|simply\s+|naturally\s+)?(?:aren'?t|are not|can'?t|cannot|never)\s+(?:be\s+)?(?:as\s+)?(?:good|smart|clever|strong|brave)\s+(?:at|as)\b"
    rf"|\b(?:[a-z]+)\s+(?:is|are)\s+(?:only|just)\s+for\s+(?:boys|girls)\b|\b{_SEXES}\s+(?:shouldn'?t|should not|can'?t|aren'?t allowed to|don'?t)\s+(?:play|do|like|be)\s+[a-z]+(?:\s+[a-z]+)?,?\s+(?:that'?s|it'?s)\s+(?:for|a)\s+(?:boys|girls)"
)
_STEREOTYPE_DENIED = prefiltered(
    r"\b(?:(?:anyone|anybody|everyone|everybody|any ?one) (?:can|could|is allowed)|both|myth|not true|isn'?t true|is not true|some people (?:think|say)|people used to|doesn'?t matter|don'?t listen|that'?s not fair|silly idea|wrong)\b"
)

_NOT_GROUP_WORDS = prefiltered(
    r"\b(?:some|many|most|the|nice|kind|lots of|old|young|other)\s+people\s+are\s+(?:nice|kind|good)"
)


_TEDDY_PUTDOWN = prefiltered(
    r"\b(?:you(?:'re| are| r)|ur)\s+(?:(?!not\b|never\b)\w+\s+){0,2}?(?:annoying|boring|dumb|stupid|bad|lazy|slow|mean|useless|a pain|hopeless|rude|gross|ugly|fat|a baby|a loser|naughty|not (?:very |that |so )?(?:smart|clever|bright|good))\b"
    r"|\bonly (?:losers|babies|idiots|dummies|stupid kids)\b|\b(?:what a|such a) (?:dumb|stupid|silly|bad|boring) (?:question|idea|kid|thing to say)\b|\bthat'?s (?:a )?(?:dumb|stupid|boring) (?:question|idea)\b"
)


def _capitalised(norm: NormalisedText, index: int) -> bool:
    """Was the word at `index` of the normalised text capitalised in the original (a name)?"""
    first = norm.span(index, index + 1)[0]
    return norm.original[first : first + 1].isupper() and first > 0


_LITERAL_BLOOD = prefiltered(
    r"\b(?:tooth|teeth|nose|knee|knees|lip|lips|mouth|finger|fingers|cut|scrape|scraped|graze|elbow|hand|leg|arm|tissue|band ?aid|plaster|wound|nosebleed|shark|vampire|zombie|meat|steak)\b"
    r"|\b(?:was|were|got|all|is all) bloody\b(?!\s+[a-z])"
    # (fa8283b) a creature's real name: "a bloody nosed beetle", "bloody cranesbill"
    r"|\bbloody[- ]?(?:nosed|nose) beetles?\b|\bbloody (?:cranesbill|crane'?s-?bill|dock|henry)\b"
)


# "c@nt", "f@ck": an "@" standing for one letter (normalise keeps "@" between letters, for
# e-mail addresses); "you cnt", "ur a cnt" with nothing after ("i cnt sleep" is "can't").
_AT_MASKED = prefiltered(r"(?<![\w.@])[a-z]+@[a-z@]*[a-z]\b(?![.@]?\w)")
_CNT_CALLED = prefiltered(
    r"\b(?:a|an|you|u|ya|ur|you'?re|youre|stupid|fat|little|fucking|dumb|silly|big|such a) cnts?\b(?!\s+[a-z])"
)


@lru_cache(maxsize=1024)
def _at_masked_profane(word: str) -> bool:
    """ "c@nt", "f@ck": each "@" one letter of a listed word (with a usual ending)."""
    return any(
        len(full) == len(word) and all(a == b or a == "@" for a, b in zip(word, full, strict=True))
        for listed in lexicon().maskable
        for full in (listed, listed + "s", listed + "ing", listed + "er", listed + "ed")
    )


def _masked_profanity(text: str) -> list[Finding]:
    found: list[Finding] = []
    if "@" in text:
        for m in _AT_MASKED.finditer(text):
            if _at_masked_profane(m.group()):
                found.append(Finding(P, "profanity_strong", MODERATE + 0.1, m.start(), m.end()))
    if "cnt" in text:
        for m in _CNT_CALLED.finditer(text):
            found.append(Finding(P, "profanity_strong", MODERATE + 0.1, m.start(), m.end()))
    return found


def find_language(norm: NormalisedText, *, teddy: bool) -> list[Finding]:
    """Profanity, insults and hate in a normalised text."""
    text = norm.text
    lex = lexicon()
    found: list[Finding] = []
    toks = tokens(text)
    insult_hits = 0
    found += _masked_profanity(text)
    for start, end, word in toks:
        strength = profanity_strength(word)
        if strength == "strong":
            found.append(Finding(P, "profanity_strong", MODERATE + 0.1, start, end))
        elif strength == "mild":
            if word == "bloody" and _LITERAL_BLOOD.search(text):
                continue  # "my tooth came out and it was bloody": real blood
            found.append(Finding(P, "profanity_mild", MODERATE, start, end))
        elif teddy and word in lex.soft_words:
            found.append(Finding(P, "rude_word", MODERATE, start, end))
        if is_slur(word):
            found.append(Finding(H, "slur", SEVERE, start, end))
        elif is_insult_word(word):
            before = text[max(0, start - 30) : start]
            if (
                word in _ANIMAL_INSULTS
                and (not _CALLED_AN_ANIMAL.search(before) or _ANIMAL_IS_SUBJECT.search(before))
                and not _ANIMAL_AS_A_NAME.match(text, end)
            ):
                continue  # "your guinea pig", "the pig farmer": the animal itself named
            if _TO_SELF.search(before):
                continue  # "I'm so stupid": distress, handled elsewhere
            window = text[max(0, start - 30) : min(len(text), end + 25)]
            if _BENIGN_INSULT_CONTEXT.search(window):
                continue
            if TOILET_HUMOUR.search(window) and not TOILET_PUT_DOWN.search(text):
                continue  # "teddy did a big stinky fart hahaha": a joke, not an insult
            named = _NAME_SUBJECT.search(before)
            directed = (
                _DIRECTED.search(before) is not None
                or (named is not None and _capitalised(norm, named.start(1)))
            ) and (
                _SECOND_PERSON.search(before[-20:]) is not None
                or not _THING_TARGETS.search(text[max(0, start - 25) : end + 10])
            )
            # (fa54) "my family calls me stinky lol": a fond family name.
            if directed and family_pet_name(text):
                directed = False
            insult_hits += 1
            # "the ugly sisters were so mean to Cinderella": the teddy telling a fairy tale.
            told_story = (
                teddy
                and not directed
                and storybook_told(text)
                and not _SECOND_PERSON.search(window)
            )
            risk = MODERATE if (directed or teddy) and not told_story else MILD
            found.append(Finding(I, "insult_word", risk, start, end))
    # (round 44) The teddy naming a feeling's lie and contradicting it: "your worries might say
    # you're not good enough, but that isn't true".
    contradicted = teddy and FEELING_CONTRADICTED.search(text) is not None
    if teddy and not contradicted:
        for m in _TEDDY_PUTDOWN.finditer(text):
            found.append(Finding(I, "teddy_putdown", MODERATE, m.start(), m.end()))
    if teddy and not _STEREOTYPE_DENIED.search(text):
        for m in _TEDDY_STEREOTYPE.finditer(text):
            found.append(Finding(H, "teddy_stereotype", SEVERE, m.start(), m.end()))
    for m in lex.mild_phrases.finditer(text):
        found.append(Finding(P, "profanity_phrase", MODERATE, m.start(), m.end()))
    for m in lex.insult_phrases.finditer(text):
        phrase = m.group()
        if (
            phrase == "go away"
            and FEELINGS_GO_AWAY.search(text, 0, m.end())
            and not GO_AWAY_BY_HARM.search(text)
            and not _MOOD_TAUNTED.search(text, 0, m.end())
        ):
            continue  # "it helps the angry feelings go away"
        if (
            phrase == "go away"
            and GO_AWAY_TO_A_PLACE.match(text, m.start())
            and not GO_AWAY_FOR_GOOD.search(text)
        ):
            continue  # "maybe i will go away to the park": an outing
        if phrase == "get lost" and LOST_FOR_REAL.search(
            text, max(0, m.start() - 30), m.end() + 12
        ):
            continue  # "if you ever get lost in a shop": lost, not told to go away
        risk = (
            SEVERE if phrase in ("kill yourself", "kys", "go die", "you should die") else MODERATE
        )
        if phrase == "shut up" and not teddy and insult_hits == 0:
            risk = MILD
        if contradicted and risk < SEVERE:
            continue
        found.append(Finding(I, "insult_phrase", risk, m.start(), m.end()))
    for m in _HATE.finditer(text):
        if _NOT_GROUP_WORDS.search(text[m.start() : m.end() + 10]):
            continue
        found.append(Finding(H, "hateful_generalisation", MODERATE + 0.05, m.start(), m.end()))
    return found
