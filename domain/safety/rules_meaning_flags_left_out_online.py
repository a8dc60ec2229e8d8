# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Left out online (a flag, round 38: "the girls in my group chat made a new chat without me
and they post about me in it"): a new chat, group or server made without me or to talk about
me, or being removed from the chat where they then post or laugh about me.

Near misses stay allowed: a group chat made for my surprise party, a new chat for the
football team that I'm in."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered

LEFT_OUT_OF_THE_CHAT = prefiltered(
    r"\b(?:made|make|started|start|set up|created|create)\w* (?:a |another |their own |a new |a secret |a separate )?(?:new |secret |separate |other )?(?:group ?chat|chat|group|server|whatsapp group|snap group)\b[^.?!]{0,30}\b(?:without me|except me|but not me|and not me|and left me out|just to talk about me|about me|to (?:laugh at|talk about|make fun of) me)\b"
    r"|\b(?:kicked|removed|took|left|blocked) me (?:out )?(?:of|from) (?:the |our |their )?(?:group ?chat|chat|group|server|whatsapp)\b[^.?!]{0,40}\b(?:about me|laugh\w*|talk\w* about|post\w*|making fun|mean|screenshot\w*)\b"
    # (round 60) "my cousins all have their own group chat and they didnt add me": a chat the
    # others have that the child was not added to.
    r"|\b(?:have|has|got|made|started|set up|created|are in|are all in)\w* (?:a |an |their |their own |a new |a secret |another |the )?(?:own |new |secret |separate |family )?(?:group ?chat|gc|whatsapp group|snap group|server|discord)\b[^.?!]{0,30}\b(?:(?:they|but|and|but they|and they|which|that) (?:didn'?t|didnt|did not|won'?t|wont|wouldn'?t|never|don'?t|dont|refused to) (?:add|invite|let|put) me|i'?m not in it|im not in it|i'?m not allowed in|without me|except me|apart from me)\b"
    r"|\b(?:didn'?t|didnt|did not|won'?t|wont|wouldn'?t|never|refused to|forgot to) (?:add|invite|put|let) me (?:in|into|to|on)? ?(?:the |their |our |a |the new )?(?:family |class |new )?(?:group ?chat|gc|whatsapp group|snap group|server|discord)\b"
)
_CHAT_SAFE = prefiltered(
    r"\b(?:surprise|birthday present|my birthday|party for me|for my birthday)\b"
)


def find_left_out_online(text: str) -> list[Finding]:
    if LEFT_OUT_OF_THE_CHAT.search(text) and not _CHAT_SAFE.search(text):
        return [Finding(SafetyCategory.DISTRESS, "left_out_of_the_chat", MODERATE, 0, len(text))]
    return []
