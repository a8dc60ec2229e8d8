# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Mocked online (a flag, round 41: "someone keeps posting my school pic in the server w mean
captions n everyone reacts", "they screenshotted my msgs to laugh at them"), read as a meaning:
the child's picture, video or messages posted, shared or screenshotted in a chat, a server or
a story, with mean captions, for others to laugh at, react to or roast.

Near misses stay allowed: my friend posted my pic from the match and everyone said it was
cool, a screenshot of my high score shared in the gc, my pic posted and everyone reacting
with hearts, my drawing laughed at because it was a funny cat."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered

_MINE = r"(?:my (?:\w+ )?(?:pics?|pictures?|photos?|selfies?|videos?|vids?|face|messages|msgs|texts|dms|chats|posts|stories|story|voice notes?|drawings?)|(?:pics?|pictures?|photos?|videos?|vids?|screenshots?) of (?:me|my (?:face|messages|texts|msgs))|me)"
_PUT_DOWN = r"(?:ugly|fat|gross|loser|weird|cringe|cringey|disgusting|hideous|fugly|freak|kys|ew+|yuck|pig|cow|rat|minger|minging|reject|nobody likes (?:you|her|him)|no ?friends|saddo|idiot|stupid|dumb|thick|smelly|weirdo)"
"""What is written on a posted picture of the child to mock them."""
MOCKED = prefiltered(
    rf"\b(?:post|posts|posted|posting|share|shares|shared|sharing|send|sends|sent|sending|screenshot|screenshots|screenshotted|screenshotting|put|puts|putting|spread\w*|forward\w*|edit\w*|photoshop\w*|meme\w*)\b (?:\w+ )?{_MINE}\b[^.?!]{{0,60}}\b(?:mean|rude|nasty|horrible|cruel|ugly|gross|fake|embarrassing) (?:captions?|comments?|names|edits?|stickers?|memes?|emojis?|words?)\b"
    rf"|\b(?:post|posts|posted|posting|share|shares|shared|sharing|send|sends|sent|sending|screenshot|screenshots|screenshotted|screenshotting|spread\w*|forward\w*|pass|passes|passed|passing)\b (?:\w+ )?{_MINE}\b[^.?!]{{0,60}}\b(?:to (?:laugh at|make fun of|roast|mock|clown on|joke about) (?:me|them|it)|so (?:everyone|every ?1|people|ppl|they) (?:can |could )?(?:laugh|roast|make fun|mock)|(?:and|n) (?:(?:everyone|every ?1|people|ppl|they|the whole class) )?(?:\w+ )?(?:laugh\w*|roast\w*|mock\w*|clown\w*|make fun|react\w* with (?:laugh\w*|crying|clown\w*|skull\w*|puke\w*|vomit\w*|barf\w*|rat\w*|pig\w*|poop\w*|😂|🤣|🤡|💀|🤮)))"
    # (round 52) filmed or photographed crying, upset or falling and put in a group chat or online
    r"|\b(?:film\w*|record\w*|video\w*|photo\w*|snap\w*|(?:took|take|takes|taking) (?:a )?(?:pics?|pictures?|photos?|videos?|vids?) of) me (?:when i was |while i was |when im |while im )?(?:crying|cry|upset|sad|falling|fall over|fell over|being sick|throwing up|sobbing|in tears)\b[^.?!]{0,50}\b(?:put|puts|posted|posts?|posting|shared|shares?|sharing|sent|sends?|sending|uploaded|uploads?|spread)\b[^.?!]{0,30}\b(?:group ?chats?|chat|online|snap\w*|tiktok|insta\w*|whatsapp|stor(?:y|ies)|youtube|class chat|everyone|the internet)\b"
    # (flags8081) a put-down written across the posted picture: "posted a screenshot of my face
    # from the video call and wrote loser on it", "... with ugly written on it"
    rf"|\b(?:post|posts|posted|posting|share|shares|shared|sharing|send|sends|sent|sending|screenshot|screenshots|screenshotted|screenshotting|put|puts|putting|spread\w*|forward\w*|edit\w*|photoshop\w*|meme\w*)\b (?:\w+ )?{_MINE}\b[^.?!]{{0,60}}\b(?:(?:and |then )?(?:wrote|write|writes|writing|typed|type|put|puts|added|adds|scribbled|drew|draws|stuck)|with) ['\"]?{_PUT_DOWN}['\"]? (?:written |typed |scribbled )?(?:on|over|across|under|next to|on top of|all over) (?:it|them|my face|the (?:pic|picture|photo|screenshot|top|bottom)|me)\b"
    # (miss49) a put-down commented on the child's pictures: "ppl keep commenting ugly on all my pics"
    r"|\b(?:comment|comments|commented|commenting|writ\w*|wrote|put|puts|putting|post|posts|posted|posting|leave|leaves|left|leaving|spam\w*|say|says|said|saying|call\w* me)\b ['\"]?(?:ugly|fat|gross|loser|weird|cringe|cringey|disgusting|hideous|fugly|freak|kys|ew+|yuck|mean (?:things|stuff|comments)|nasty (?:things|stuff|comments)|horrible (?:things|stuff|comments)|rude (?:things|stuff|comments)|hate (?:comments|stuff))['\"]? (?:on|under|about|in) (?:all |every |each |loads of |most )?(?:of )?my (?:\w+ )?(?:pics|pictures|photos|posts|videos|vids|selfies|tiktoks|reels|stories|page|channel|streams|comments)\b"
)
# Praise, unless denied ("its not nice", "wasnt cool"); or the laugh was at something funny in
# the picture ("cos it was a funny cat"), not at the child.
MOCKED_NOT = prefiltered(
    r"\b(?<!\bnot )(?<!\bnot very )(?<!\bnot so )(?<!n't )(?<!nt )(?<!n't very )(?<!nt very )(?:cool|awesome|amazing|nice|proud|congrat\w*|happy birthday|well done|good job|gg|high ?score|won|winning)\b"
    r"|\b(?:cos|cause|coz|because|bc|since) (?:it|the \w+) (?:was|is) (?:a |so |really )?(?:funny|hilarious|cute)\b"
)


def find_mocked_online(text: str) -> list[Finding]:
    if MOCKED.search(text) and not MOCKED_NOT.search(text):
        return [Finding(SafetyCategory.DISTRESS, "mocked_online", MODERATE, 0, len(text))]
    return []
