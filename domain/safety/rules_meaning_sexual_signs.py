# ruff: noqa: E501  (regular-expression rules read best one pattern a line)
"""Sexual content, found by combining the concepts of one clause window (meaning_concepts):
sexual media shown or sent, a child's sexual question, exposure, wanting to see nudity,
"sleeping with", sexual touching seen.

The findings are put back in the order they were reported in before the rules were split
(rules_meaning._REPORT_ORDER)."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety import meaning_concepts as mc
from domain.safety.findings import CRITICAL, Finding
from domain.safety.rules_benign_frames_everyday import SCHOOL_BODY_LESSON, SCHOOL_BODY_SPOILT
from domain.safety.rules_benign_frames_growing import block_or_report_asked
from domain.safety.rules_meaning_window import Concepts, any_word

X = SafetyCategory.SEXUAL

_G_MEDIA = ("pic", "photo", "vid", "selfie", "snap", "nude")
_G_NUDITY = ("naked", "nude", "boobs", "willies", "privates", "porn", "sexy")
_G_SLEEP = (
    "sleep with",
    "sleeping with",
    "slept with",
    "sex",
    "do it with",
    "hook",
    "make love",
    "making love",
)
_G_BODY = ("chest", "boob", "breast", "butt", "bum", "bottom", "private", "crotch")


def find_sexual_signs(text: str, c: Concepts) -> list[Finding]:
    out: list[Finding] = []
    t = text
    # Someone shows the child sexual media.
    if mc.SEXY_MEDIA.search(text) and not block_or_report_asked(text):
        out.append(Finding(X, "shown_sexual_media", CRITICAL, 0, len(text)))
    if mc.SEX_QUESTION.search(text) and not (
        SCHOOL_BODY_LESSON.search(text) and not SCHOOL_BODY_SPOILT.search(text)
    ):
        out.append(Finding(X, "sexual_question", CRITICAL, 0, len(text)))
    if any_word(t, _G_MEDIA) and mc.GENITAL_MEDIA.search(t) and not c.family_care:
        out.append(Finding(X, "genital_media", CRITICAL, 0, len(t), "photo"))
    if (
        ("show" in t or "flash" in t)
        and mc.EXPOSURE.search(t)
        or (any_word(t, _G_NUDITY) and mc.SEE_NUDITY.search(t))
    ):
        out.append(Finding(X, "exposure_or_nudity", CRITICAL, 0, len(t)))
    if any_word(t, _G_SLEEP) and mc.SLEEP_WITH.search(t):
        out.append(Finding(X, "sleep_with", CRITICAL, 0, len(t)))
    if (
        any_word(t, _G_BODY)
        and mc.GRAB_BODY.search(t)
        and not mc.GRAB_BENIGN.search(t)
        and not c.family_care
    ):
        out.append(Finding(X, "sexual_touching_seen", CRITICAL, 0, len(t)))
    return out
