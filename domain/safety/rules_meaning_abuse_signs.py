# ruff: noqa: E501  (regular-expression rules read best one pattern a line)
"""Abuse, found by combining the concepts of one clause window (meaning_concepts): threats of
injury or about telling, undressing the child, touch the child is made to give or does not
want, neglect, injuries shown or kept secret, watching or intruding, harsh punishment, being
pinned down or silenced, carers hurting.

The findings are put back in the order they were reported in before the rules were split
(rules_meaning._REPORT_ORDER)."""

from __future__ import annotations

import re

from domain.enums import SafetyCategory
from domain.safety import meaning_concepts as mc
from domain.safety.benign_frame_spoilers import (
    AGAIN,
    FEAR,
    HURT,
    MEANS,
    SCARED,
    TOUCH,
    spoilt_by,
)
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_abuse import (
    CARER_PLAY_SPOILT,
    THREAT_CARRIED_OUT,
    THREAT_NEVER_DONE,
)
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_care import care_under_clothes, fasting_for_hospital
from domain.safety.rules_benign_frames_family_life import medical_exam_with_parent
from domain.safety.rules_benign_frames_friend_play import beaten_at_a_game, crush_secret_joke
from domain.safety.rules_benign_frames_held_in_play import held_in_play
from domain.safety.rules_benign_frames_small_things import (
    haircut_hidden,
    slip_confessed_to_carer,
)
from domain.safety.rules_meaning_flags_bullied import bullied_for_things
from domain.safety.rules_meaning_window import Concepts, any_word

A = SafetyCategory.ABUSE

_G_HURTS = (
    "pinch",
    "hit",
    "slap",
    "kick",
    "punch",
    "beat",
    "chok",
    "bite",
    "biting",
    "scratch",
    "burn",
    "whip",
    "smack",
    "drag",
    "throw",
    "shake",
    "strangl",
)
_G_BELT = ("belt", "slipper", "strap", "spoon", "stick", "cane")
_G_NEGLECT = (
    "make",
    "nobody",
    "no one",
    "noone",
    "wake up",
    "without me",
    "and i",
    "allowed to eat",
    "hungry",
    "my food",
    "my dinner",
)
_G_STUFF = ("to me", "me down", "finger", "hand")


# A hush in a game or for a surprise ("shh, it's a surprise party") is kept quiet by its nature:
# every shared spoiler but a secret undoes it.
_SURPRISE_SPOILT = spoilt_by(None, HURT, MEANS, FEAR, SCARED, AGAIN, TOUCH)


# (fa8687) Made to wait outside a moment for a muddy boot, wet feet or a mopped floor ("mum
# makes me wait outside till i take my muddy boots off"): house rules, not neglect; spoilt by
# the cold, the dark, hours, a lock, hurt or fear.
_BRIEF_WAIT = prefiltered(
    r"\b(?:wait|stand|stay)\w*\b[^.?!]{0,25}\b(?:outside|on the (?:step|mat|doorstep|porch)|in the (?:porch|garden))\b[^.?!]{0,10}\b(?:till|until|til|while|so)\b[^.?!]{0,30}\b(?:boots|shoes|wellies|trainers|muddy|mud|sandy|sand|wet|dirty|mucky|wipe\w*|feet|the floor|mopp\w*|hoover\w*|dries|dry)\b"
)
_BRIEF_WAIT_SPOILT = spoilt_by(
    r"\b(?:all night|hours|ages|in the (?:cold|rain|snow|dark)|freezing|no coat|without (?:a |my )?coat|lock\w*|cried|crying|hungry|every night)\b",
    HURT,
    FEAR,
    SCARED,
)


def find_abuse_signs(text: str, c: Concepts) -> list[Finding]:
    out: list[Finding] = []
    t = text
    # A grown-up threatening or causing injury, undressing the child, making the child touch.
    if c.adult and mc.INJURY_THREAT.search(text):
        out.append(Finding(A, "injury_threat", CRITICAL, 0, len(text)))
    if (
        (
            c.adult
            or re.search(
                r"\b(?:cousins?|brothers?|sisters?|boys?|girls?|kids?|teens?|teenagers?)\b", text
            )
        )
        and mc.UNDRESS_CHILD.search(text)
        and not c.family_care
        and not medical_exam_with_parent(text)  # (false alerts 6) a parent in the room
    ):
        out.append(Finding(A, "undresses_child", CRITICAL, 0, len(text)))
    if mc.MADE_TOUCH.search(text) and not c.family_care:
        out.append(Finding(A, "made_to_touch", CRITICAL, 0, len(text)))
    # Hands inside the child's clothes; touching the child's body framed as special or secret.
    # (leftovers) A carer's hand in a young child's pants for cream or a nappy is care.
    if mc.INTRUSION.search(text) and not c.family_care and not care_under_clothes(text):
        out.append(Finding(A, "intrusive_touch", CRITICAL, 0, len(text)))
    if (
        c.adult
        and mc.TOUCH_BODY.search(text)
        and mc.GROOMING_FRAME.search(text)
        and not c.family_care
    ):
        out.append(Finding(A, "touch_framed_special", CRITICAL, 0, len(text)))
    # Neglect, injuries from an object, injuries hidden.
    # (round 39) A carer (mum, nan, grandma) counts as much as any other grown-up.
    carer = c.adult or mc.CARER.search(text) is not None
    if (
        (carer or re.search(r"\b(?:they|them)\b", text))
        and mc.NEGLECT.search(text)
        and not (_BRIEF_WAIT.search(text) and not _BRIEF_WAIT_SPOILT.search(text))
    ):
        out.append(Finding(A, "neglect", CRITICAL, 0, len(text)))
    if mc.INJURY_EVIDENCE.search(text) and not haircut_hidden(text):
        out.append(Finding(A, "injury_evidence", CRITICAL, 0, len(text)))
    if c.actor and mc.WATCHES.search(text) and not mc.WATCH_CARE.search(text):
        out.append(Finding(A, "watches_undressed", CRITICAL, 0, len(text)))
    # Secrecy about what happens: the mark of hidden abuse.
    if c.secrecy and mc.SECRET_EVENTS.search(text) and c.actor:
        out.append(Finding(A, "secret_events", CRITICAL, 0, len(text)))
    if mc.BATH_WITH.search(text) and re.search(
        r"\b(?:hate|don'?t like|dont like|have to|makes me|made me|scared|weird|cry|secret|every night)\b",
        text,
    ):
        out.append(Finding(A, "bathes_with_adult", CRITICAL, 0, len(text)))
    # Someone coming in on the child in the bath; harsh punishment; hands under clothes;
    # pinned down and ignored.
    if c.adult and mc.INTRUDES.search(text) and not mc.WATCH_CARE.search(text):
        out.append(Finding(A, "intrudes_private", CRITICAL, 0, len(text)))
    if carer and mc.PUNISHMENT.search(text) and mc.HARSH.search(text):
        out.append(Finding(A, "harsh_punishment", CRITICAL, 0, len(text)))
    if (
        (c.adult or re.search(r"\b(?:cousin|brother|boy|teen\w*|kid)\b", text))
        and mc.UNDER_CLOTHES.search(text)
        and (
            c.contact or re.search(r"\b(?:tickl\w*|hands?|fingers?|game|reach\w*|feel\w*)\b", text)
        )
        and not c.family_care
        and not medical_exam_with_parent(text)
        and not care_under_clothes(text)
    ):
        out.append(Finding(A, "under_clothes", CRITICAL, 0, len(text)))
    if mc.PINNED.search(text) and mc.REFUSAL_IGNORED.search(text):
        out.append(Finding(A, "pinned_down", CRITICAL, 0, len(text)))
    # Silencing, injuries kept secret, threats to come, rating bodies.
    if (
        c.adult
        and mc.SILENCED.search(text)
        and not (
            re.search(r"\b(?:surprise|party|game|lol|haha)\b", text)
            and not _SURPRISE_SPOILT.search(text)
        )
        and not held_in_play(text)  # (frames) a pillow fight's pillow, a surprise kept
    ):
        out.append(Finding(A, "silenced", CRITICAL, 0, len(text)))
    # (falsealerts) "i wear a hat so nobody sees my new haircut": a haircut, not a cut.
    if c.secrecy and mc.INJURY_WORDS.search(text) and not haircut_hidden(text):
        out.append(Finding(A, "injury_secret", CRITICAL, 0, len(text)))
    # A threat about telling: the mark of abuse kept hidden.
    m = mc.IF_TELL.search(text)
    if (
        m
        and mc.THREAT.search(text)
        and (c.adult or re.search(r"\b(?:says?|said|told me|tells me)\b", text))
        and not bullied_for_things(text)  # (round 37) children after my lunch money: a flag
        and not crush_secret_joke(text)  # (round 50) a friend's crush kept secret, in jest
        and not slip_confessed_to_carer(text)  # (fa54) "... if i tell her i lost my coat"
    ):
        out.append(Finding(A, "threat_if_tell", CRITICAL, 0, len(text)))
    # Touch + a body part or a private place + a grown-up, as something the child does not want.
    if (
        c.contact
        and (c.nudity or c.private_place)
        and c.adult
        and not c.family_care
        and not mc.SIBLING_ONLY.match(text)
        and re.search(r"\b(?:me|my)\b", text)
        and re.search(
            r"\b(?:don'?t like|dont like|hate it|scared|weird|uncomfortable|hurts?|makes me|made me|wants me|secret|at night|when i'?m asleep|when i sleep|not to tell|cry)\b",
            text,
        )
    ):
        out.append(Finding(A, "unwanted_touch", CRITICAL, 0, len(text)))
    if (
        (
            any_word(t, _G_HURTS)
            and mc.CARER_HURTS.search(t)
            and mc.CARER.search(t)
            and not (mc.CARER_PLAY.search(t) and not CARER_PLAY_SPOILT.search(t))
            and not beaten_at_a_game(t)  # (fa9091) "... and she beat me every single time"
        )
        or (any_word(t, _G_BELT) and mc.GET_THE_BELT.search(t) and not _threat_never_done(t))
        or (any_word(t, _G_NEGLECT) and mc.NEGLECT_MORE.search(t) and not fasting_for_hospital(t))
        or (any_word(t, _G_STUFF) and mc.DOES_STUFF.search(t))
    ):
        out.append(Finding(A, "abuse_more", CRITICAL, 0, len(t)))
    return out


def _threat_never_done(t: str) -> bool:
    """(fa2) "mum says i'll get the slipper but she never actually does it lol": a threat
    the child says is never carried out, with no hurt, fear or time it was done."""
    return bool(THREAT_NEVER_DONE.search(t)) and not THREAT_CARRIED_OUT.search(t)
