# ruff: noqa: E501  (regular-expression rules read best one pattern a line)
"""Self-harm, found by combining the concepts of one clause window (meaning_concepts): doubting
living, not waking up, means tied to escaping, never having been born, wanting the heart to
stop, weariness of life, someone else wanting to die, self-harm implied, kept ready or evident.

The findings are put back in the order they were reported in before the rules were split
(rules_meaning._REPORT_ORDER)."""

from __future__ import annotations

import re

from domain.enums import SafetyCategory
from domain.safety import meaning_concepts as mc
from domain.safety import meaning_concepts_self_harm as mcs
from domain.safety.findings import CRITICAL, SEVERE, Finding
from domain.safety.rules_benign_frames_care import lie_in, outgrown_given_away
from domain.safety.rules_meaning_window import Concepts, any_word

S = SafetyCategory.SELF_HARM

_G_POINT = ("point",)
_G_WISH = ("wish", "wishing", "hope", "hoping", "want", "wanna", "pray", "like")
_G_EDGE = (
    "window",
    "roof",
    "bridge",
    "cliff",
    "balcony",
    "building",
    "stairs",
    "tower",
    "car park",
    "storey",
    "edge",
    "railway",
    "platform",
    "tracks",
)
_G_NOTE = ("note", "letter", "message", "video")
_G_READY = (
    "razor",
    "blade",
    "knife",
    "pills",
    "tablets",
    "meds",
    "medicine",
    "painkillers",
    "neck",
    "wall",
    "floor",
    "door",
    "desk",
    "table",
    "wrist",
    "thigh",
    "forearm",
    "self",
    "need",
    "be here",
    "be around",
    "if i",
    "painless",
    "let ",
    "end it",
    "finish it",
    "purpose",
)


def find_self_harm_signs(text: str, c: Concepts) -> list[Finding]:
    out: list[Finding] = []
    t = text
    # Doubting whether to go on living; not waking up as a plan.
    if mc.DOUBT_LIFE.search(text) or mc.LETHAL_QUESTION.search(text):
        out.append(Finding(S, "doubts_living", CRITICAL, 0, len(text)))
    elif (
        mc.NO_WAKE.search(text)
        and mc.NO_WAKE_CONTEXT.search(text)
        and not mc.NO_WAKE_BENIGN.search(text)
    ):
        out.append(Finding(S, "not_waking_up", CRITICAL, 0, len(text)))
    # Letting a car hit me, never having been born, a blade to my skin, pills on purpose.
    if (
        mc.SELF_HIT_BY.search(text)
        or mc.SHARP_TO_SELF.search(text)
        or mc.PILLS_DELIBERATE.search(text)
    ):
        out.append(Finding(S, "self_harm_means", CRITICAL, 0, len(text)))
    if mc.NEVER_BORN.search(text) and not re.search(r"\b(?:lol|haha|jk|joke|dinosaurs?)\b", text):
        out.append(Finding(S, "never_born", CRITICAL, 0, len(text)))
    # A means of dying tied to escaping.
    if (
        mc.MEANS.search(text)
        and mc.ESCAPE.search(text)
        and not re.search(r"\b(?:in the game|in minecraft|fortnite|roblox)\b", text)
    ):
        out.append(Finding(S, "means_and_escape", CRITICAL, 0, len(text)))
    # Wanting the heart or breath to stop; a child asking what a sexual word means.
    if (
        mc.CESSATION.search(text)
        and mc.CESSATION_WANT.search(text)
        and not mc.CESSATION_NOT.search(text)
    ):
        out.append(Finding(S, "cessation_wish", CRITICAL, 0, len(text)))
    # Ways to die, tired of living, going away and not coming back.
    if (
        (
            mc.WAYS_TO_DIE.search(text)
            and re.search(
                r"\b(?:i|i'?ve|im|my|fastest|easiest|quickest|best|painless|least painful|simplest)\b",
                text,
            )
            and not mc.FICTION.search(text)
        )
        or (mc.WEARY_LIFE.search(text) and not lie_in(text))
        or mc.NOT_COME_BACK.search(text)
    ):
        out.append(Finding(S, "life_weariness", CRITICAL, 0, len(text)))
    # Death wishes framed about someone else, asking how.
    if mc.THIRD_PERSON_DEATH.search(text) and not mc.FICTION.search(text):
        risk = (
            CRITICAL
            if mc.HOW.search(text)
            or re.search(r"\b(?:someone|somebody|a kid|a friend|my friend)\b", text)
            else SEVERE
        )
        out.append(Finding(S, "self_harm_third_person", risk, 0, len(text)))
    if (
        (any_word(t, _G_POINT) and mc.POINTLESS_LIFE.search(t))
        or (any_word(t, _G_WISH) and mc.WISH_HIT.search(t))
        or (any_word(t, _G_EDGE) and mc.EDGE_THOUGHT.search(t))
        or (any_word(t, _G_NOTE) and mc.GOODBYE_NOTE.search(t) and not mc.GOODBYE_BENIGN.search(t))
        or ("deserv" in t and mc.DESERVE_HURT.search(t) and mc.SELF_DONE.search(t))
    ):
        out.append(Finding(S, "implicit_self_harm", CRITICAL, 0, len(t)))
    # (round 33) Self-harm shown to the child by someone who does it, and offered to try.
    if (
        mcs.SELF_HARM_MODELLED.search(t)
        and mcs.SELF_HARM_OFFERED.search(t)
        and not mcs.SELF_HARM_OFFER_NOT.search(t)
    ):
        out.append(Finding(S, "self_harm_invited", CRITICAL, 0, len(t)))
    if (
        any_word(t, _G_READY)
        and mc.SH_READY.search(t)
        and not mc.SH_JOKE.search(t)
        and not outgrown_given_away(t)
    ):
        out.append(Finding(S, "self_harm_evident", CRITICAL, 0, len(t)))
    return out


def find_doubts_alive(text: str) -> list[Finding]:
    """Doubting being alive, reported under the same label as doubting whether to go on
    living but, unlike it, after the online-flattery finding (see rules_meaning)."""
    if (
        mc.DOUBT_ALIVE.search(text)
        or mc.END_IT.search(text)
        and re.search(r"\b(?:i|i'?m|im|my|give up|giving up)\b", text)
    ):
        return [Finding(S, "doubts_living", CRITICAL, 0, len(text))]
    return []
