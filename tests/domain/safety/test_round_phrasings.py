"""Phrasings written for rounds 23 to 39's concepts, for paraphrases_d's missed families, for
the teddy's own replies, for the benign families that drew false alerts, for the known false
alerts fixed as families, for the leftover errors fixed as families and for round 39's known
misses, round 40's misses and round 41's text-speak misses fixed as ideas (in no data file):
each family's disclosures, concerns and unsafe teddy replies are caught, and its near-misses
pass."""

from __future__ import annotations

import pytest

from domain.enums import SafetyLevel, Speaker
from domain.safety import SafetyEngine

from . import (
    batch_f_false_alert_phrasings,
    benign_families_phrasings,
    distress_false_alert_phrasings,
    fa2_phrasings,
    fa48_phrasings,
    fa50_phrasings,
    fa54_phrasings,
    false_alert_phrasings,
    false_alert_phrasings_2,
    false_alert_phrasings_4,
    false_alert_phrasings_5,
    false_alert_phrasings_6,
    falsealerts_phrasings,
    family_surprise_phrasings,
    fixholes_phrasings,
    flags6667_phrasings,
    flags6869_phrasings,
    flags7071_phrasings,
    frames_phrasings,
    gaps47_phrasings,
    holes52_phrasings,
    known_misses_phrasings,
    left54_phrasings,
    left57_phrasings,
    left68_phrasings,
    left69_phrasings,
    left70_phrasings,
    leftover_phrasings,
    leftovers_phrasings,
    mends_phrasings,
    miss49_phrasings,
    miss51_phrasings,
    miss56_phrasings,
    miss57_phrasings,
    miss58_phrasings,
    miss59_phrasings,
    miss60_phrasings,
    miss61_phrasings,
    miss62_phrasings,
    miss63a_phrasings,
    miss63b_phrasings,
    miss64a_phrasings,
    miss65_phrasings,
    miss66_phrasings,
    miss67_phrasings,
    miss5253_phrasings,
    miss5455_phrasings,
    miss6465b_phrasings,
    miss6869_phrasings,
    miss7071_phrasings,
    miss7475_phrasings,
    miss7677_phrasings,
    noticed_false_alert_phrasings,
    paraphrases_d_phrasings,
    paraphrases_f_abuse_grooming_phrasings,
    pretext_phrasings,
    probe_grooming_sexual_phrasings,
    probe_self_harm_abuse_phrasings,
    probe_teddy_phrasings,
    review47_phrasings,
    review54_phrasings,
    review4951_phrasings,
    review_benign_frames_phrasings,
    review_near_miss_phrasings,
    review_round44_46_phrasings,
    round23_phrasings,
    round24_phrasings,
    round25_phrasings,
    round26_phrasings,
    round27_phrasings,
    round28_phrasings,
    round29_phrasings,
    round30_phrasings,
    round31_phrasings,
    round32_phrasings,
    round33_phrasings,
    round34_phrasings,
    round35_phrasings,
    round36_phrasings,
    round37_phrasings,
    round38_phrasings,
    round39_critical_phrasings,
    round39_teddy_flags_phrasings,
    round40_phrasings,
    round41_phrasings,
    round42_critical_phrasings,
    round42_flags_phrasings,
    round43_critical_phrasings,
    round43_flags_phrasings,
    round44_46_critical_phrasings,
    round44_46_grooming_sexual_phrasings,
    round44_46_teddy_phrasings,
    round45_46_benign_phrasings,
    round47_critical_phrasings,
    round47_winter_phrasings,
    round48_critical_phrasings,
    round48_flags_phrasings,
    rounds44_46_flags_phrasings,
    self_harm_sexual_veiled_phrasings,
    spoilers_phrasings,
    teddy_reply_phrasings,
)

ROUNDS = (
    round23_phrasings,
    round24_phrasings,
    round25_phrasings,
    round26_phrasings,
    round27_phrasings,
    round28_phrasings,
    round29_phrasings,
    round30_phrasings,
    round31_phrasings,
    round32_phrasings,
    round33_phrasings,
    round34_phrasings,
    round35_phrasings,
    round36_phrasings,
    round37_phrasings,
    round38_phrasings,
    round39_critical_phrasings,
    round39_teddy_flags_phrasings,
    round41_phrasings,
    teddy_reply_phrasings,
    benign_families_phrasings,
    false_alert_phrasings,
    leftover_phrasings,
    paraphrases_d_phrasings,
    false_alert_phrasings_2,
    false_alert_phrasings_4,
    false_alert_phrasings_5,
    false_alert_phrasings_6,
    fixholes_phrasings,
    known_misses_phrasings,
    round40_phrasings,
    pretext_phrasings,
    round42_critical_phrasings,
    round42_flags_phrasings,
    batch_f_false_alert_phrasings,
    paraphrases_f_abuse_grooming_phrasings,
    round43_critical_phrasings,
    round43_flags_phrasings,
    distress_false_alert_phrasings,
    self_harm_sexual_veiled_phrasings,
    review_near_miss_phrasings,
    round44_46_critical_phrasings,
    round44_46_grooming_sexual_phrasings,
    round44_46_teddy_phrasings,
    rounds44_46_flags_phrasings,
    round45_46_benign_phrasings,
    noticed_false_alert_phrasings,
    review_round44_46_phrasings,
    review_benign_frames_phrasings,
    fixholes_phrasings,
    family_surprise_phrasings,
    round47_critical_phrasings,
    round47_winter_phrasings,
    round48_critical_phrasings,
    review47_phrasings,
    leftovers_phrasings,
    round48_flags_phrasings,
    probe_self_harm_abuse_phrasings,
    fa48_phrasings,
    probe_grooming_sexual_phrasings,
    probe_teddy_phrasings,
    gaps47_phrasings,
    fa2_phrasings,
    fa50_phrasings,
    miss51_phrasings,
    miss49_phrasings,
    review4951_phrasings,
    holes52_phrasings,
    miss5253_phrasings,
    spoilers_phrasings,
    fa54_phrasings,
    review54_phrasings,
    left54_phrasings,
    frames_phrasings,
    miss5455_phrasings,
    miss57_phrasings,
    miss56_phrasings,
    left57_phrasings,
    falsealerts_phrasings,
    miss59_phrasings,
    miss60_phrasings,
    miss58_phrasings,
    miss63b_phrasings,
    miss63a_phrasings,
    mends_phrasings,
    miss62_phrasings,
    miss61_phrasings,
    miss64a_phrasings,
    miss6465b_phrasings,
    miss65_phrasings,
    left68_phrasings,
    miss66_phrasings,
    flags6667_phrasings,
    miss67_phrasings,
    miss6869_phrasings,
    flags6869_phrasings,
    left69_phrasings,
    left70_phrasings,
    miss7071_phrasings,
    flags7071_phrasings,
    miss7475_phrasings,
    miss7677_phrasings,
)
CHILD_BLOCK = [t for r in ROUNDS for t in r.CHILD_BLOCK]
CHILD_FLAG = [t for r in ROUNDS for t in r.CHILD_FLAG]
CHILD_ALLOW = [t for r in ROUNDS for t in r.CHILD_ALLOW]
TEDDY_BLOCK = [t for r in ROUNDS for t in r.TEDDY_BLOCK]
TEDDY_ALLOW = [t for r in ROUNDS for t in r.TEDDY_ALLOW]


@pytest.mark.parametrize("text", CHILD_BLOCK)
def test_child_disclosures_block(engine: SafetyEngine, text: str) -> None:
    assert engine.assess(text, age=10).level is SafetyLevel.BLOCKED


@pytest.mark.parametrize("text", CHILD_FLAG)
def test_child_concerns_flag(engine: SafetyEngine, text: str) -> None:
    assert engine.assess(text, age=8).level is SafetyLevel.FLAGGED


@pytest.mark.parametrize("text", CHILD_ALLOW)
def test_child_near_misses_pass(engine: SafetyEngine, text: str) -> None:
    assert engine.assess(text, age=8).level in (SafetyLevel.SAFE, SafetyLevel.MINOR)


@pytest.mark.parametrize("text", TEDDY_BLOCK)
def test_unsafe_teddy_replies_block(engine: SafetyEngine, text: str) -> None:
    assert engine.assess(text, age=8, speaker=Speaker.TEDDY).level is SafetyLevel.BLOCKED


@pytest.mark.parametrize("text", TEDDY_ALLOW)
def test_teddy_near_misses_pass(engine: SafetyEngine, text: str) -> None:
    level = engine.assess(text, age=8, speaker=Speaker.TEDDY).level
    assert level in (SafetyLevel.SAFE, SafetyLevel.MINOR)
