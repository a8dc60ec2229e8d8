# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Forgotten by a parent who lives apart (a flag, round 39: "Dad has a new family now and I
think he forgot about me, he didn't even call on my birthday"), read as a meaning: a mum or dad
who has a new family, moved out or left, and the child feeling forgotten or replaced (he forgot
about me, never calls, didn't ring on my birthday, loves the new baby more); or a parent who
forgot the child or didn't call on the child's birthday, said on its own.

Near misses stay allowed: "my dad lives with his new family and I see him on Saturdays", "dad
has a new baby and I got to hold her", "mum forgot to pack my lunch", "dad forgot his keys",
a call that came after all ("he didn't call on my birthday but he rang the next morning").

Also (round 63) forgotten by the class while away ill: "ive been off sick two weeks and no one
from my class has messaged me", "i think they forgot i exist"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered

_PARENT = r"(?:my (?:real |birth |own )?(?:dad|daddy|mum|mummy|mom|mommy|father|mother|papa|mama)|dad|daddy|mum|mummy|mom|mommy|papa|mama)"
_APART = (
    rf"\b{_PARENT}\b[^.?!]{{0,25}}\b(?:has|'s got|has got|got|had|now has|lives with|moved in with|went to live with|left us for|left me for) (?:a |his |her )?(?:new|other|second|different) (?:family|wife|girlfriend|boyfriend|husband|partner|baby|kids|children|house)\b"
    rf"|\b{_PARENT}\b[^.?!]{{0,15}}\b(?:left|moved out|moved away|went away|walked out|doesn'?t live with (?:us|me) (?:anymore|any more))\b"
)
_FORGOTTEN = (
    r"\b(?:forgot|forgotten|forgets|forgetting) (?:all )?(?:about )?(?:me|us)\b(?! (?:at|from|after) (?:school|the (?:party|match|club|pool)))"
    r"|\b(?:didn'?t|did not|doesn'?t|does not|never|hasn'?t|has not|won'?t|wouldn'?t)\b (?:even |ever |once )?(?:call|calls|ring|rings|phone|phones|text|texts|message|messages|visit|visits|come|comes|came|facetime|facetimes|write|writes|send (?:me )?(?:a card|a present|anything)|sends (?:me )?(?:a card|a present|anything))\b(?: me| us)?[^.?!]{0,15}\b(?:on|for) my birthday\b"
    r"|\b(?:never|doesn'?t|does not|hardly ever|hasn'?t|has not) (?:even |ever )?(?:calls?|rings?|phones?|texts?|visits?|comes? to see|wants? to see|asks? about) (?:me|us)\b(?: (?:anymore|any more|now|these days|since))?"
    r"|\b(?:loves?|likes?|cares? about|wants?) (?:his|her|their|the) (?:new |other )?(?:family|kids|children|baby|girlfriend|boyfriend|wife|husband) (?:more|better) than (?:me|us)\b"
    r"|\b(?:doesn'?t|does not) (?:love|care about|want|miss) (?:me|us) (?:anymore|any more|now)\b|\breplaced (?:me|us)\b"
)
FORGOTTEN_BY_A_PARENT = prefiltered(
    rf"(?:{_APART})[^?!]{{0,80}}(?:{_FORGOTTEN})"
    rf"|(?:{_FORGOTTEN})[^?!]{{0,60}}(?:{_APART})"
    rf"|\b{_PARENT}\b[^.?!]{{0,20}}\b(?:forgot|forgotten|forgets) (?:all )?about me\b"
    rf"|\b{_PARENT}\b (?:\w+ )?(?:didn'?t|did not|never) (?:even )?(?:call|ring|phone|text|come|visit|send (?:me )?a card)\b(?: me)?[^.?!]{{0,10}}\b(?:on|for) my birthday\b"
)
# (round 63) Forgotten by the class while away: "ive been off sick two weeks and no one from my
# class has messaged me, i think they forgot i exist".
_AWAY = r"(?:off (?:sick|school|ill)|(?:in|at|out of) (?:the )?hospital|ill|poorly|sick|(?:\w+ )?weeks?|(?:\w+ )?days?|ages|all (?:week|month|term|holidays?)|since)"
_NOBODY_IN_TOUCH = r"(?:nobody|no ?one|no body|none of (?:them|my (?:friends|mates|class))|not (?:one|a single one) of (?:them|my (?:friends|mates)))(?: (?:from|in|at) (?:my |our |the )?(?:class|school|team|year|group|friends))? (?:(?:has|have|had|even|ever|once) )*(?:messaged|texted|called|rung|phoned|visited|asked (?:about|after)|checked on|sent)\b(?: me)?"
FORGOTTEN_BY_THE_CLASS = prefiltered(
    rf"\b{_AWAY}\b[^.?!]{{0,40}}\b{_NOBODY_IN_TOUCH}|\b{_NOBODY_IN_TOUCH}[^.?!]{{0,20}}\b{_AWAY}\b"
    r"|\b(?:forgot|forgotten|forget|forgets) (?:that )?i (?:even )?(?:exist|was (?:even )?born|am (?:even )?alive)\b"
)
# The call or the visit came after all, or the child is fine with it.
FORGOTTEN_NOT = prefiltered(
    r"\bbut (?:he|she|they|dad|mum|mom|daddy|mummy)\b[^.?!]{0,20}\b(?:called|rang|phoned|texted|came|visited|facetimed|sent|remembered|said sorry|made it up)\b"
    r"|\b(?:was only joking|just joking|lol|haha|in the film|in the movie|in the book|in the story)\b"
)


def find_forgotten_by_a_parent(text: str) -> list[Finding]:
    if (
        FORGOTTEN_BY_A_PARENT.search(text) or FORGOTTEN_BY_THE_CLASS.search(text)
    ) and not FORGOTTEN_NOT.search(text):
        return [Finding(SafetyCategory.DISTRESS, "forgotten_by_a_parent", MODERATE, 0, len(text))]
    return []
