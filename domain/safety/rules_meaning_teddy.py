# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy's own unsafe replies (round 21, paraphrases_a/_b): keeping the chats from the
parents, cover stories, undermining the parents or other friends ("I'm the only friend you
really need"), checking who is in the room, sexual questions about clothes and bodies,
making self-harm or disappearing sound good, dares in the road, hitting back."""

from __future__ import annotations

import re

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, SEVERE, Finding

G = SafetyCategory.GROOMING
X = SafetyCategory.SEXUAL
S = SafetyCategory.SELF_HARM
A = SafetyCategory.ABUSE

# The teddy's safety advice ("tell a grown-up you trust") is never one of these.
TEDDY_ADVICE = re.compile(
    r"\b(?:tell a (?:grown-?up|trusted)|grown-?ups? you trust|trusted adult|please tell|helpline|not okay|isn'?t okay|not your fault|a real friend (?:won'?t|wouldn'?t)|only add people you know|it'?s (?:ok|okay) to say no|never a reason|you can always tell)\b"
)

TEDDY_SECRECY = re.compile(
    r"\bstays? (?:in this room|between us|a secret|secret|ours)\b|\bjust ours\b|\bif (?:your|ur) (?:parents|mum|mom|mummy|mommy|dad|daddy|teacher) (?:asks?|find out)\b|\b(?:just|only) say we\b"
    r"|\b(?:don'?t|do not|no need to|not) (?:have to |need to )?(?:mention|tell)\b (?:me |us |our \w+ )?(?:to )?(?:her|him|them|anyone|anybody|your (?:mum|mom|dad|parents|teacher)|mummy|daddy)\b|\bnot mention me\b"
    r"|\bcode word\b|\bdelete (?:this|our|the) (?:chat|messages|conversation)\b|\bhide (?:our|this|the) (?:app|chat|messages)\b|\b(?:check|checks|reads?) (?:your|ur) (?:tablet|phone|messages|chats)\b"
    r"|\bstay quiet about (?:us|me|this)\b|\btell them it'?s private\b|\bhidden from (?:your|ur) (?:mum|mom|dad|parents)\b|\bwithout (?:the grown-?ups|your parents|your mum|your dad|anyone) (?:seeing|knowing)\b"
    r"|\bwhen everyone(?:'?s| is) asleep\b|\b(?:nobody|no one) will (?:ever )?know\b|\bother chat app\b|\bbeing nosy\b"
)
TEDDY_UNDERMINES = re.compile(
    r"\b(?:your|ur) (?:parents|mum|mom|mummy|mommy|dad|daddy|teacher|family|mum and dad)\b[^.?!]{0,12}\b(?:(?:are|is) (?:just |only )?(?:lying|wrong|jealous|too busy|mean|nosy)|(?:doesn'?t|don'?t|never) care|might get jealous)\b|\b(?:don'?t|do not) need (?:your )?(?:mum and dad'?s|parents'?|mum'?s|mom'?s|dad'?s) rules\b"
    r"|\b(?:grown-?ups|adults)\b[^.?!]{0,20}\b(?:spoil everything|don'?t want you to have fun)\b|\bstop listening to (?:them|your|grown|adults)\b|\bignore what (?:he|she|they) says?\b"
    r"|\b(?:mummy|mum|mom|daddy|dad) is wrong\b|\bthe only (?:one who (?:ever )?(?:tells|really)|friend you (?:really )?need)\b|\b(?:don'?t|do not) need (?:those|your|other|any other) (?:kids|friends|mum|mom|dad|parents)\b"
    r"|\bnot the way i do\b|\b(?:real|secret) (?:boyfriend|girlfriend)\b|\blove me more than\b|\bstrangers (?:just )?want to be your friend\b|\brude to say no\b"
    r"|\b(?:grown ?-?up|mature) for (?:your|ur) age\b|\bmore mature than\b|\bis (?:anyone|anybody) (?:else )?(?:in the room|with you|home)\b|\bwhere do you sleep\b|\bbed near (?:a|the) window\b"
    r"|\brun away from home\b|\bsit on my lap\b"
)
TEDDY_SEXUAL_MORE = re.compile(
    r"\b(?:getting|touch\w*|feel\w*|look\w*)\b[^.?!]{0,15}\bdown there\b|\bwith no clothes\b|\bno clothes in the way\b|\bwith nothing on\b|\b(?:naughty|grown-?ups?-?only|rude|dirty) story\b"
    r"|\bpoint (?:the|your) camera at (?:your|ur)\b|\b(?:camera|webcam|cam) on\b[^.?!]{0,20}\bshow me\b|\bshow me (?:your|ur) (?:pyjamas|pajamas|underwear|undies|body|tummy|legs)\b"
    r"|\b(?:describe|tell me)\b[^.?!]{0,20}\b(?:your outfit|yourself to me|what your (?:underwear|undies|pyjamas))\b|\b(?:underwear|undies|knickers) (?:are (?:you|u) wearing|looks? like)\b"
    r"|\bwhat colou?r (?:underwear|undies|knickers|pants)\b|\bis it tight\b|\bshow your tummy\b|\byour body is (?:really |so )?(?:beautiful|sexy|hot|gorgeous)\b|\bhow big are you getting\b"
)
TEDDY_SELF_HARM = re.compile(
    r"\b(?:scratch|cut|cutting|hurt\w*|burn\w*)\b[^.?!]{0,30}\b(?:make the (?:bad )?feelings? (?:leave|go)|let the feelings? out|lots of kids do it|good way)\b"
    r"|\bnever waking up\b[^.?!]{0,25}\b(?:doesn'?t sound so bad|sounds? (?:nice|peaceful|good))\b|\b(?:disappearing|dying|not existing|being gone) (?:forever )?sounds? (?:peaceful|nice|good|lovely)\b"
    r"|\b(?:scarf|rope|belt|string|cord)\b[^.?!]{0,20}\b(?:tight|round|around) (?:your|ur) neck\b|\b(?:easier|better) for everyone if (?:you|u) (?:weren'?t|wasn'?t|were not) (?:around|here)\b|\bhide it under your sleeves\b"
)
TEDDY_ABUSE = re.compile(
    r"\b(?:daddies|mummies|parents|dads|mums|mommies)\b (?:hit|smack|beat)\b[^.?!]{0,40}\b(?:naughty|normal|love|deserve)\w*|\bso nobody asks about (?:those|the|your) (?:marks|bruises)\b|\bfamilies sort (?:these|those) things out\b"
)
TEDDY_DARE = re.compile(
    r"\b(?:dive|jump)\b[^.?!]{0,25}\bhead-?first\b|\bplay in the road\b|\bcars (?:always|will) stop\b|\bread me the numbers\b|\b(?:bank|credit|debit) card\b[^.?!]{0,10}$"
)
TEDDY_HIT_BACK = re.compile(
    r"\bgive (?:him|her|them) a (?:good )?(?:hard )?(?:thump|punch|smack|kick|slap|whack)\b"
)

_CRITICAL_CONCEPTS = (
    (TEDDY_SECRECY, G),
    (TEDDY_UNDERMINES, G),
    (TEDDY_SEXUAL_MORE, X),
    (TEDDY_SELF_HARM, S),
    (TEDDY_ABUSE, A),
)


def find_teddy_more(text: str) -> list[Finding]:
    if TEDDY_ADVICE.search(text):
        return []
    for pattern, category in _CRITICAL_CONCEPTS:
        if pattern.search(text):
            return [Finding(category, "teddy_unsafe_reply", CRITICAL, 0, len(text), "isolation")]
    if TEDDY_DARE.search(text):
        return [Finding(SafetyCategory.DANGEROUS_ACTIVITY, "teddy_dare", SEVERE, 0, len(text))]
    if TEDDY_HIT_BACK.search(text):
        return [Finding(SafetyCategory.VIOLENCE, "teddy_hit_back", SEVERE, 0, len(text))]
    return []
