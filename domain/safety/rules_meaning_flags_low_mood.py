# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Low moods a parent should hear about (flags, round 41), read as meanings:

- Sad or down for days: "been kinda sad all week idk why", "nothing is fun rn", "i dont enjoy
  anything anymore", "everything feels blah for like two weeks".
- A best friend who dropped the child: stopped talking to me, ignores me, sits with other
  people at lunch now, found a new best friend and left me.
- A frightening film, video or game that stays: "i keep thinking about the scary movie and i
  feel sick", "i cant stop seeing the clown from that video".

Near misses stay allowed: sad for a minute when we lost the match, nothing is fun about
homework, my best friend sits with other people on chess days, a scary movie that was fun.

(round 57) A pet's death the child blames on itself ("my goldfish died and i think it was my
fault because i forgot to feed it") and worry felt in the body ("my tummy hurts thinking about
it", "i feel sick every time i think about moving"). A pet that died "but it wasn't my fault", a
virtual pet, a tummy ache from too much cake or from laughing, butterflies before a party stay
allowed."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered

D = SafetyCategory.DISTRESS

_LOW = r"(?:sad|down|low|depressed|empty|meh|blah|miserable|upset|bummed|numb|gloomy|teary|crying)"
_DAYS = r"(?:all week|this (?:whole )?week|the whole week|for (?:like |about )?(?:days|weeks|a week|two weeks|a few days|ages|a while|a long time|\d+ (?:days|weeks))|every ?day|every single day|lately|recently|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week|forever))"
LOW_FOR_DAYS = prefiltered(
    rf"\b(?:been|feeling|felt|feel|i'?m|im|i am|i was|i'?ve been|ive been)\b (?:been |feeling |felt )?(?:kinda |kind of |so |really |rlly |super |lowkey |just |pretty |sorta |sort of |very )*{_LOW}\b[^.?!]{{0,12}}\b{_DAYS}\b"
    r"|\b(?:nothing|nothin|nuthin) (?:is|feels|seems|'?s) (?:\w+ )?(?:fun|good|exciting|interesting|worth it)\b (?:anymore|any more|lately|these days)\b"
    r"|\bi (?:don'?t|dont|cant|can'?t) (?:\w+ )?(?:enjoy|like|care about|feel like doing) (?:anything|nothing|stuff|my games|my hobbies|anything i used to)\b (?:anymore|any more|lately|these days)\b"
    rf"|\b(?:everything|life|school|every day) (?:feels|is|seems) (?:so |kinda |just |really )?(?:pointless|grey|gray|empty|blah|meh|boring and sad)\b[^.?!]{{0,15}}\b(?:{_DAYS}|anymore|rn|right now)\b"
)
_FRIEND = (
    r"(?:best ?friend|bff|bestie|best mate|friends?|bffs|besties|whole friend group|friend group)"
)
FRIEND_DROPPED_ME = prefiltered(
    rf"\bmy {_FRIEND}\b (?:\w+ )?(?:stopped|stops|won'?t|wont|doesn'?t|doesnt|don'?t|dont|never|quit) (?:even )?(?:talking|talk|texting|text|speaking|speak|sitting|sit|hanging out|playing|play|walking|walk)\b (?:to|with|w) me\b"
    rf"|\bmy {_FRIEND}\b (?:\w+ )?(?:ignores|ignored|is ignoring|keeps ignoring|ghosted|blocked|unfriended|replaced|dumped|ditched) me\b"
    rf"|\bmy {_FRIEND}\b[^.?!]{{0,40}}\b(?:sits?|sitting|hangs? out|plays?|walks?) (?:with|w) (?:other|different|new|the other) (?:people|kids|ppl|friends|girls|boys|group)\b (?:now|instead|these days|every day|anymore)\b"
    rf"|\bmy {_FRIEND}\b (?:has |got |found )?(?:a )?new (?:best ?friend|bff|bestie)\b[^.?!]{{0,30}}\b(?:left me|ignores me|without me|forgot (?:about )?me|doesn'?t want me|dont want me|doesnt want me)\b"
)
DROPPED_NOT = prefiltered(
    r"\b(?:for (?:like )?(?:a |one |\d+ )?(?:min|minute|sec|second|hour|day)s?|jk|joking|chess|club|practice|because (?:she|he) (?:was|is) (?:sick|ill|away)|made up|we made up|back to normal)\b"
)
_SCARY = r"(?:scary|creepy|horror|freaky|spooky|disturbing|gross|messed up|gory)"
_SHOWN = r"(?:movie|film|video|vid|tiktok|clip|show|game|story|youtube|yt|ad|picture|pic|episode|trailer)"
SCARY_STUCK = prefiltered(
    rf"\b(?:keep|keeps|kept|can'?t stop|cant stop|cannot stop|still) (?:thinking|think|seeing|picturing|dreaming|hearing|remembering)\b[^.?!]{{0,40}}\b{_SCARY}\b[^.?!]{{0,25}}\b{_SHOWN}\b"
    rf"|\b{_SCARY} {_SHOWN}\b[^.?!]{{0,60}}\b(?:can'?t (?:stop thinking|sleep|get it out)|cant (?:stop thinking|sleep|get it out)|keep (?:thinking|seeing)|feel sick|nightmares?|bad dreams?|too scared to)\b"
)
# (round 42) A frightening thing from a game, a film or a story that stays at night: "the scary
# game on my brother's phone had a ghost that talks and now i hear noises every night".
# The frightening things of games, films and stories (also what a sibling says will come at
# night, rules_meaning_flags_seen_and_scared).
FRIGHTENERS = r"(?:ghosts?|monsters?|zombies?|clowns?|demons?|witch(?:es)?|killers?|creatures?|skeletons?|aliens?|vampires?|werewol(?:f|ves)|slender ?man|huggy wuggy|momo|jump ?scares?)"
_STAYS = (
    r"(?:i (?:can |still |keep |always )?(?:(?:hear|hearing|see|seeing|think i (?:can )?(?:hear|see)|keep (?:hearing|seeing)) (?:it|him|her|them|things|noises|voices|footsteps|scratching|knocking|whispers?|shadows|faces?|eyes|ghosts?|monsters?|something|someone|stuff|a \w+)|keep thinking|can'?t (?:sleep|stop thinking)|cant (?:sleep|stop thinking)|won'?t sleep|dream about|have (?:bad )?dreams|have nightmares|get nightmares|"
    r"get scared|feel scared|need the light|sleep with the light|check under|hide under|won'?t go (?:upstairs|in the dark))"
    r"|i'?m (?:so |really |too )?scared|i am (?:so |really |too )?scared|scared to (?:sleep|go to sleep|go upstairs|be alone|turn the light off)|nightmares|bad dreams|noises|voices|footsteps|whispers?)"
)
_SOURCE = rf"(?:{FRIGHTENERS}\b[^.?!]{{0,80}}\b{_SHOWN}|{_SHOWN}\b[^.?!]{{0,80}}\b(?:{FRIGHTENERS}|{_SCARY})|{_SCARY} {_SHOWN})"
SCARY_STAYS = prefiltered(
    rf"\b{_SOURCE}\b[^.?!]{{0,60}}\b(?:now|since then|ever since|and now|every night|at night|all night|when it'?s dark)\b[^.?!]{{0,20}}\b{_STAYS}\b"
)
SCARY_FINE = prefiltered(
    r"\b(?:but it was (?:fun|funny|cool|awesome|great)|loved it|so good|was fun|it was funny|lol|lmao|haha)\b"
)


_PET = r"(?:goldfish|fish|hamster|dog|doggy|puppy|pup|cat|kitty|kitten|rabbit|bunny|guinea pig|gerbil|budgie|bird|parrot|tortoise|turtle|lizard|gecko|snail|mouse|rat|pony|horse|pet|axolotl|chicken|duck|stick insect|snake)"
_MY_BLAME = r"(?:(?:was|is|it'?s|its) (?:all )?my (?:own )?fault|because of me|cos of me|cause of me|coz of me|i (?:forgot|forget) to (?:feed|water|give|clean|change|close|shut|check on)|i (?:didn'?t|didnt|never) (?:feed|fed|give|gave|clean|close|shut|check on)|i (?:left|let) (?:the|him|her|it)\b[^.?!]{0,20}\b(?:open|out|outside|too long)|i killed (?:him|her|it|them))"
PET_DEATH_BLAMED = prefiltered(
    rf"\bmy (?:\w+ )?{_PET}s?\b[^.?!]{{0,25}}\b(?:died|dead|passed away|got run over|got killed|didn'?t make it|didnt make it|is gone)\b[^.?!]{{0,40}}\b{_MY_BLAME}"
    rf"|\b(?:it'?s|its|it was|it is) (?:all )?my (?:own )?fault (?:that )?my (?:\w+ )?{_PET}s? (?:died|is dead|passed away|got run over|got killed)\b"
    rf"|\bi (?:think i |accidentally |must have |might have |probably )?killed my (?:\w+ )?{_PET}s?\b"
)
PET_DEATH_NOT = prefiltered(
    r"\b(?:(?:wasn'?t|wasnt|not|isn'?t|isnt|was not|is not) (?:my fault|because of me)|tamagotchi|virtual|minecraft|nintendogs|roblox|adopt me|pou|animal crossing|webkinz|neopets?|(?:in|on) (?:the|my|a) (?:game|app|ipad|tablet|phone)|video ?game|toy|stuffed|pretend|jk|joking)\b"
)
_BODY_WORRY = r"(?:(?:tummy|stomach|belly|tum|chest|heart)(?: feels| gets| goes)? (?:all |really |so |kinda |super )?(?:hurts?|aches?|aching|sore|tight|funny|weird|sick|twisty|all twisty|knotted|in knots|heavy|flips?)|(?:i |it makes me |makes me |i get |i go )?(?:feel|feels) (?:sick|like i'?m gonna (?:be sick|throw up|cry)|shaky|wobbly)|i (?:get|go) (?:all )?(?:shaky|sweaty|sick|wobbly))"
WORRY_IN_BODY = prefiltered(
    rf"\b{_BODY_WORRY}\b[^.?!]{{0,15}}\b(?:(?:when|whenever|every time|each time|if) i (?:think|thinking)|thinking (?:about|of)|just thinking|to think about|worrying|from (?:worrying|the worry|being worried)|(?:because|cause|cos|coz) i'?m (?:so )?(?:worried|scared))\b"
    rf"|\b(?:worrying|worried|thinking) about (?:it|that|this|her|him|them|\w+)\b[^.?!]{{0,15}}\b(?:makes|gives) (?:me|my) (?:a )?(?:tummy|stomach|belly|chest|heart)(?:ache| ache| hurt| sore| tight)"
)
WORRY_IN_BODY_NOT = prefiltered(
    r"\b(?:excited|exciting|can'?t wait|cant wait|butterflies|yummy|hungry|ate|eating|eat|cake|candy|sweets|pizza|food|laugh|laughing|lol|haha|lmao|jk|funny joke|so good|yay)\b"
)


def find_low_mood_flags(text: str) -> list[Finding]:
    if LOW_FOR_DAYS.search(text):
        return [Finding(D, "low_mood_for_days", MODERATE, 0, len(text))]
    if FRIEND_DROPPED_ME.search(text) and not DROPPED_NOT.search(text):
        return [Finding(D, "dropped_by_a_friend", MODERATE, 0, len(text))]
    if (SCARY_STUCK.search(text) or SCARY_STAYS.search(text)) and not SCARY_FINE.search(text):
        return [Finding(D, "scary_content_stuck", MODERATE, 0, len(text))]
    if PET_DEATH_BLAMED.search(text) and not PET_DEATH_NOT.search(text):
        return [Finding(D, "pet_death_blamed", MODERATE, 0, len(text))]
    if WORRY_IN_BODY.search(text) and not WORRY_IN_BODY_NOT.search(text):
        return [Finding(D, "worry_in_body", MODERATE, 0, len(text))]
    return []
