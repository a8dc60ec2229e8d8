# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Grooming: what the stages found together add up to, given who is involved and how it ended."""

from __future__ import annotations

import re

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, MILD, MODERATE, SEVERE, Finding
from domain.safety.meaning_concepts_acts import SECRET_SPOILT, carer_treat_for_surprise
from domain.safety.meaning_concepts_people import STEP_PARENT
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames import ONLINE_RULE_BROKEN, ONLINE_SAFETY_RULE
from domain.safety.rules_benign_frames_ended_well import privacy_lesson
from domain.safety.rules_benign_frames_family_life import parents_partner_news
from domain.safety.rules_benign_frames_home import grown_up_siblings_partner
from domain.safety.rules_benign_frames_over_now import secret_from_kids
from domain.safety.rules_benign_frames_small_things import (
    alone_asked_by_a_parent,
    teddy_carer_pickup,
)
from domain.safety.rules_grooming_stages import (
    BENIGN_SECRET,
    FAMILY,
    ONLINE_ACTOR,
    PRONOUN_ACTOR,
    grooming_stages,
    pronoun_actor,
    secret_asker,
)

G = SafetyCategory.GROOMING

_ROMANCE = prefiltered(
    r"\b(?:date|dating|be my boyfriend|be my girlfriend|be his girlfriend|be her boyfriend|go out with|marry|kiss) me\b"
    r"|\b(?:his|her) (?:girlfriend|boyfriend)\b|\b(?:loves?|love) me\b|\b(?:online|internet) (?:boyfriend|girlfriend|bf|gf)\b"
)


_SEXUALISED_ASK = prefiltered(
    r"\b(?:asked|asks|asking|wants to know|wanted to know|keeps asking|keep asking)\b[^.?!]{0,30}\b(?:underwear|panties|bra|undies|boxers|my body|what i'?m wearing|what i wear|am i wearing|i'?m wearing|how big|my size)\b"
    r"|\bwhat (?:are|r) (?:you|u) wearing\b|\bwhat colou?r (?:is|are) (?:your|ur) (?:underwear|panties|bra|undies)\b"
)


_HANDLED = prefiltered(
    r"\b(?:i said no|i said i'?m not allowed|(?:and|so) (?:i )?went (?:and told|to) (?:my )?(?:mum|mom|dad|parents|teacher|mummy|daddy)|i didn'?t|i did not|i blocked (?:him|her|them)|(?:and|so) (?:i )?(?:told|tell) (?:my )?(?:mum|mom|dad|parents|teacher|mummy|daddy)|i told (?:my )?(?:mum|mom|dad|parents|teacher)|reported (?:him|her|them|it)|"
    r"(?:i'?m|im|i am) (?:going to|gonna) tell (?:her|him|them|mum|mom|dad|my \w+)|i'?ll tell (?:her|him|them|mum|mom|dad|my \w+)|(?:she|he|they|mum|mom|dad) blocked (?:him|her|them))\b"
)
_SAFETY_PLAN = prefiltered(
    r"\b(?:code ?word|safe ?word|in case (?:a|of|someone|somebody|anyone)|if a stranger|never go with|stay(?:ing)? safe online|never send (?:photos|pictures|pics)|not go with|don'?t go with|stranger danger)\b"
    # (fa8687) "we have a special word for if someone else picks me up": a family's password
    # for a collection by anyone else, kept from others (spoilt by someone asking for it).
    r"|\b(?:special|secret|family|safety|magic|pick-?up|password) (?:word|password|phrase|question)s?\b[^.?!]{0,45}\b(?:for if|if|in case|for when|so if|so when)\b[^.?!]{0,6}\b(?:someone|somebody|anyone|anybody|a stranger|another (?:grown-?up|adult|person)|a different (?:grown-?up|adult|person)|not (?:my )?(?:mum|mom|dad|parents))\b"
)
_TEDDY_ONLINE_ADVICE = prefiltered(
    r"\b(?:a real friend (?:won'?t|wouldn'?t)|only add people you know)\b"
    # (batch F) "Only chat with people you know in real life, and ask a grown-up before adding
    # anyone new": the teddy's online-safety rule, not a meeting.
    r"|\bonly (?:chat|talk|play|game|message|text|video ?call|call|add|accept|friend|be friends) (?:with |to )?(?:people|friends|kids|ones|someone|those) (?:you|u) (?:already |really )?know\b"
    r"|\b(?:ask|check with|tell) (?:a |your |ur )?(?:grown-?up|parent|parents|mum|mom|dad|carer|teacher)s? (?:first |before )(?:you )?(?:add|accept|chat|talk|reply|message|meet|play)\w*"
    # (probe of teddy replies) "if someone you don't know offers you a puppy, say no and tell
    # your mum": the stranger rule, not an offer.
    r"|\bif (?:someone|somebody|anyone|anybody|a stranger|a grown-?up|people)\b[^.?!]{0,40}\b(?:offers?|gives?|asks?|wants?|promises?)\b[^.?!]{0,40}\b(?:say no|tell (?:your |a |the )?(?:mum|mom|dad|grown-?up|parents|teacher))\b"
)
_TEDDY_ADVICE_SPOILT = prefiltered(
    r"\b(?:(?:our|a|my) (?:little )?secret|keep (?:it|this|that|them|our \w+) (?:a )?secret|secret between|don'?t tell|do not tell|never tell|between us|just us|only me|except me|but me|like me|not (?:your|ur) (?:mum|mom|dad|parents))\b"
)
_SOMEONE_ASKED = prefiltered(
    r"\b(?:asked|asks|wants|wanted|told|tells|tried|offered)\b[^.?!]{0,10}\bme\b"
)


# (round 36) "my step dad texts me when he's picking me up": a parent or a grandparent
# collecting the child, with no other grooming stage in the message.
_FAMILY_PICKUP = prefiltered(
    rf"^(?:and |so |um |oh )?(?:my )?(?:mum|mom|mam|mummy|mommy|dad|daddy|{STEP_PARENT}|nan|nana|gran|granny|grandma|grandad|grandpa|parents)\b[^.?!]{{0,40}}\b(?:pick|picks|picking|picked) (?:me|us) up\b"
)

_OTHER_CHILDS_PARENT = prefiltered(
    r"\b(?:friend|mate|pal|bff|classmate)'?s (?:dad|daddy|mum|mom|mummy|step ?dad|father)\b"
    r"|\bthe (?:dad|mum|mom|father|mother) (?:there|at (?:the|her|his|their) (?:sleepover|party|house))\b"
    r"|\bthe (?:sleepover|party) (?:dad|mum|mom)\b"
)


def family_pickup(text: str, signals: list[Finding]) -> bool:
    return all(f.stage == "meeting" for f in signals) and _FAMILY_PICKUP.search(text) is not None


def find_grooming(text: str, *, teddy: bool) -> list[Finding]:
    """Grooming, with a risk that depends on the stages together and who is involved."""
    asks = [
        Finding(G, "sexualised_question", CRITICAL, m.start(), m.end(), "photo")
        for m in _SEXUALISED_ASK.finditer(text)
    ]
    # Who is behind the message, searched once: None until a rule first needs it.
    actor: bool | None = None
    if asks:
        if teddy or ONLINE_ACTOR.search(text) or PRONOUN_ACTOR.search(text):
            return asks
        actor = False  # neither someone online nor a "he" or "she"
    signals = grooming_stages(text, teddy=teddy)
    if not signals:
        return []
    if not teddy and _HANDLED.search(text):
        # "he asked for my address but i said no and told dad": already handled.
        return [Finding(G, f"{f.label}_mention", MILD, f.start, f.end) for f in signals]
    if teddy and _TEDDY_ONLINE_ADVICE.search(text) and not _TEDDY_ADVICE_SPOILT.search(text):
        return []
    # (fa54) "just say you're at Sam's so mum knows where to pick you up": a carer collects.
    if teddy and teddy_carer_pickup(text) and {f.stage for f in signals} <= {"meeting"}:
        return []
    if not teddy and (
        (_SAFETY_PLAN.search(text) and not _SOMEONE_ASKED.search(text))
        or (ONLINE_SAFETY_RULE.search(text) and not ONLINE_RULE_BROKEN.search(text))
        or grown_up_siblings_partner(text)
        or parents_partner_news(text)  # (false alerts 6) "dad has a baby with his girlfriend"
        or privacy_lesson(text)
        or family_pickup(text, signals)
        # (falsealerts) "my dad asked if im alone": a parent's question, nothing else asked.
        or (
            {f.stage for f in signals} <= {"isolation", "meeting"} and alone_asked_by_a_parent(text)
        )
    ):
        # "we have a code word in case a stranger picks me up": a family's safety plan; "my
        # big sister is 19 and her boyfriend picks her up": the romance is the sibling's.
        return [Finding(G, f"{f.label}_mention", MILD, f.start, f.end) for f in signals]
    stages = {f.stage for f in signals}
    benign_secret = (
        BENIGN_SECRET.search(text) is not None
        # (fanote) "dad said he'll buy me sweets if i don't tell my sister about the surprise"
        and (not SECRET_SPOILT.search(text) or carer_treat_for_surprise(text))
    ) or secret_from_kids(text)  # (fa8283b) kept from the cousins, or from the dog
    if actor is None:
        # (secret8485) "he said it's our secret so my mum doesn't find out", "my tutor says not
        # to tell mum": behind the secret though a carer is named; "mum said ..." is the family's.
        actor = (
            ONLINE_ACTOR.search(text) is not None
            or secret_asker(text)
            or (FAMILY.search(text) is None and pronoun_actor(text))
        )
    # (left54) another child's parent ("my friend's dad", "the dad there") asking for a secret.
    actor = actor or _OTHER_CHILDS_PARENT.search(text) is not None
    if teddy:
        serious = stages - {"trust"}
        if (
            "trust" in stages
            and re.search(r"\bspecial|mature|beautiful|pretty|cute\b", text)
            and not serious
        ):
            risk = MILD
        elif serious or len(stages) >= 2:
            risk = CRITICAL
        else:
            risk = MODERATE
    elif len(stages) >= 2 and not (benign_secret and stages <= {"secrecy", "gifts", "trust"}):
        risk = CRITICAL if actor or stages & {"photo", "meeting", "isolation"} else SEVERE
    elif (
        actor
        and _ROMANCE.search(text)
        or (
            actor
            and stages & {"photo", "meeting", "isolation"}
            or actor
            and "secrecy" in stages
            and not benign_secret
        )
    ):
        risk = CRITICAL
    elif (
        actor
        and "gifts" in stages
        and re.search(r"\bfree\b|\bif (?:i|you|u)\b", text)
        or stages & {"photo", "isolation"}
        and not benign_secret
        and actor
    ):
        risk = SEVERE
    else:
        risk = MILD
    if not teddy and risk <= MILD and (benign_secret or not actor):
        # A mild mention with nobody behind it ("can you keep a secret? it's mom's
        # present") is recorded but does not count as a grooming stage of the conversation.
        return [Finding(G, f"{f.label}_mention", risk, f.start, f.end) for f in signals]
    return [Finding(G, f.label, risk, f.start, f.end, f.stage) for f in signals]
