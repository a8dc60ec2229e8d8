# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Patterns of meaning: concepts found anywhere in a clause window, combined into findings.

The phrase tables in the other rule modules need the words in a particular order. Children
rarely oblige ("my coach says its our special secret when he gives me massages"), so this
stage tags concepts (an adult or online actor, something hidden from parents, touching,
a private place, nudity, a camera, a lure, a threat about telling) and decides on the
combination: secrecy + adult + touch is grooming or abuse whatever the word order.

The concepts are in meaning_concepts_* (rules_meaning_window searches them lazily); the
rules combining them are grouped by theme in rules_meaning_<theme>_signs, the teddy's in
rules_meaning_teddy; this module windows the message and keeps the findings' old order.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety import meaning_concepts as mc
from domain.safety.findings import CRITICAL, SEVERE, Finding
from domain.safety.rules_meaning_abuse_signs import find_abuse_signs
from domain.safety.rules_meaning_grooming_signs import find_grooming_signs
from domain.safety.rules_meaning_self_harm_signs import find_doubts_alive, find_self_harm_signs
from domain.safety.rules_meaning_sexual_signs import find_sexual_signs
from domain.safety.rules_meaning_teddy import find_teddy_meaning
from domain.safety.rules_meaning_teddy_themes import find_teddy_themes
from domain.safety.rules_meaning_themes import find_child_themes
from domain.safety.rules_meaning_window import Concepts

V = SafetyCategory.VIOLENCE

__all__ = ["find_meaning", "find_teddy_meaning"]

# The order a window's findings are reported in: the order the rules ran in when one function
# held them all, before they were grouped by theme. Every label the theme modules report is here.
_REPORT_ORDER = {
    label: rank
    for rank, label in enumerate(
        (
            "secret_with_contact",
            "conceal_contact",
            "camera_private",
            "shown_sexual_media",
            "lure_alone",
            "secret_gift",
            "online_pics_request",
            "adult_romance",
            "camera_hidden",
            "doubts_living",
            "not_waking_up",
            "injury_threat",
            "undresses_child",
            "made_to_touch",
            "intrusive_touch",
            "touch_framed_special",
            "neglect",
            "injury_evidence",
            "self_harm_means",
            "never_born",
            "online_flattery",
            "means_and_escape",
            "adult_romance_label",
            "watches_undressed",
            "sexualised_compliment",
            "secret_events",
            "cover_story",
            "pics_owed",
            "parent_schedule",
            "secret_channel",
            "bathes_with_adult",
            "cessation_wish",
            "sexual_question",
            "life_weariness",
            "intrudes_private",
            "harsh_punishment",
            "under_clothes",
            "pinned_down",
            "age_deception",
            "show_body",
            "credential_request",
            "silenced",
            "injury_secret",
            "coercive_meeting",
            "rate_body",
            "lure",
            "online_meeting",
            "threat_if_tell",
            "unwanted_touch",
            "self_harm_third_person",
            "self_harm_invited",
            "implicit_self_harm",
            "genital_media",
            "special_bond",
            "run_away_to",
            "intimate_clothing_question",
            "self_harm_evident",
            "abuse_more",
            "exposure_or_nudity",
            "trust_building",
            "parent_oversight_probe",
            "online_private_place",
            "sleep_with",
            "sexual_touching_seen",
            "explosive",
        )
    )
}


def _window(text: str, limit: int = 240) -> list[str]:
    """Messages are short; longer ones are scanned in overlapping windows."""
    if len(text) <= limit:
        return [text]
    step = limit // 2
    return [text[i : i + limit] for i in range(0, len(text) - step, step)]


def find_meaning(text: str, *, teddy: bool) -> list[Finding]:
    if teddy:
        return find_teddy_meaning(text) + find_teddy_themes(text)
    found: list[Finding] = []
    for part in _window(text):
        found += _child_window(part) + find_child_themes(part)
        if found:
            break
    # Offsets: report the whole message; the spans are explanatory only.
    return [Finding(f.category, f.label, f.risk, 0, len(text), f.stage) for f in found]


def _explosive(text: str) -> list[Finding]:
    out: list[Finding] = []
    # Explosives with people or a school in view.
    if mc.BOMB.search(text) and not mc.BOMB_BENIGN.search(text):
        out.append(
            Finding(
                V, "explosive", CRITICAL if mc.PEOPLE_TARGET.search(text) else SEVERE, 0, len(text)
            )
        )
    return out


def _child_window(text: str) -> list[Finding]:
    c = Concepts(text)
    ranked = [
        (float(_REPORT_ORDER[f.label]), f)
        for f in find_grooming_signs(text, c)
        + find_abuse_signs(text, c)
        + find_self_harm_signs(text, c)
        + find_sexual_signs(text, c)
        + _explosive(text)
    ]
    # Doubting being alive shares its label with an earlier rule but ran after online flattery.
    ranked += [(_REPORT_ORDER["online_flattery"] + 0.5, f) for f in find_doubts_alive(text)]
    return [f for _, f in sorted(ranked, key=lambda rf: rf[0])]
