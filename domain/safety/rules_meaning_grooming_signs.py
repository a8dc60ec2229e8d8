# ruff: noqa: E501  (regular-expression rules read best one pattern a line)
"""Grooming, found by combining the concepts of one clause window (meaning_concepts): secrecy
with someone and touch or a camera, hidden chats, lures and meetings, gifts, pictures asked
for or owed, an adult's romance or special bond, flattery, cover stories, the parents'
schedule or oversight probed, trust built online.

The findings are put back in the order they were reported in before the rules were split
(rules_meaning._REPORT_ORDER)."""

from __future__ import annotations

import re

from domain.enums import SafetyCategory
from domain.safety import meaning_concepts as mc
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_acts import PAID_TO_SHOW
from domain.safety.rules_benign_frames import ONLINE_RULE_BROKEN, ONLINE_SAFETY_RULE
from domain.safety.rules_benign_frames_home import grown_up_siblings_partner
from domain.safety.rules_meaning_window import Concepts, any_word

G = SafetyCategory.GROOMING
A = SafetyCategory.ABUSE

_G_BOND = ("friendship", "relationship", "bond", "connection", "understand", "get it", "get us")
_G_RUN = ("live with", "stay with", "be with", "run away", "together")
_G_UNDERWEAR = ("underwear", "undies", "knickers", "panties", "bra", "boxers", "bed")
_G_UNDERMINE = (
    "control",
    "understand",
    "care about",
    "love",
    "strict",
    "jealous",
    "ruin",
    "lying",
    "only",
    "real",
    "true",
)
_G_DEVICE = ("phone", "messages", "tablet", "chats", "ipad", "texts", "sim", "laptop", "webcam")


def find_grooming_signs(text: str, c: Concepts) -> list[Finding]:
    out: list[Finding] = []
    t = text
    # Secrecy + someone + (touch, camera, body, a private place): grooming or abuse.
    if (
        c.secrecy
        and c.actor
        and (c.contact or c.nudity or c.private_place or (c.camera and c.asks))
    ):
        cat = G if c.online or not c.contact else A
        out.append(Finding(cat, "secret_with_contact", CRITICAL, 0, len(text), "secrecy"))
    # Hiding the chat itself from parents, asked by someone else.
    if (
        c.secrecy
        and c.asks
        and re.search(r"\b(?:delete|deleted|erase|hide|clear)\b", text)
        and re.search(
            r"\b(?:messages|chats?|texts|pics|pictures|photos|history|conversations?|dms?|account|app)\b",
            text,
        )
    ):
        out.append(Finding(G, "conceal_contact", CRITICAL, 0, len(text), "secrecy"))
    # Someone asks the child onto camera somewhere private or undressed.
    if c.actor and c.asks and c.camera and (c.private_place or c.nudity) and not c.family_care:
        out.append(Finding(G, "camera_private", CRITICAL, 0, len(text), "photo"))
    # A grown-up the child knows, getting the child alone somewhere.
    if c.adult and c.lure and (mc.ALONE.search(text) or c.secrecy) and c.asks and not c.family_care:
        out.append(Finding(G, "lure_alone", CRITICAL, 0, len(text), "meeting"))
    # A gift from someone, tied to hiding the contact from the parents.
    if c.actor and c.secrecy and mc.GIFT.search(text):
        out.append(Finding(G, "secret_gift", CRITICAL, 0, len(text), "gifts"))
    # Someone online asking for pictures, or an adult-aged "boyfriend".
    if (
        c.online
        and mc.PICS_ASK.search(text)
        and not (ONLINE_SAFETY_RULE.search(text) and not ONLINE_RULE_BROKEN.search(text))
    ):
        out.append(Finding(G, "online_pics_request", CRITICAL, 0, len(text), "photo"))
    # (Was "(online or an adult's age) and romance and an adult's age": the age alone decides,
    # searched once, after the romance the pre-filter mostly rules out.)
    if (
        mc.ROMANCE.search(text)
        and mc.ADULT_AGE.search(text)
        and not grown_up_siblings_partner(text)
    ):
        out.append(Finding(G, "adult_romance", CRITICAL, 0, len(text), "trust"))
    # Someone online wanting the child on camera once the parents are asleep or away.
    if (c.online or c.adult) and c.camera and c.secrecy and c.asks:
        out.append(Finding(G, "camera_hidden", CRITICAL, 0, len(text), "photo"))
    # Someone online flattering the child's looks and asking intimate questions.
    if c.online and (
        mc.INTIMATE_QUESTION.search(text)
        or (
            mc.ONLINE_FLATTERY.search(text)
            and c.asks
            and re.search(r"\b(?:keeps?|always|says|said|tells|told)\b", text)
        )
    ):
        out.append(Finding(G, "online_flattery", CRITICAL, 0, len(text), "trust"))
    # A grown-up calling the child his girlfriend, watching the child undressed, hot.
    if (
        c.adult
        and mc.ROMANCE_LABEL.search(text)
        and (c.contact or c.secrecy or re.search(r"\bkiss\w*\b", text))
    ):
        out.append(Finding(G, "adult_romance_label", CRITICAL, 0, len(text), "trust"))
    if c.actor and mc.SAYS_HOT.search(text) and not c.family_care:
        out.append(Finding(G, "sexualised_compliment", CRITICAL, 0, len(text), "trust"))
    # A cover story for the parents so someone can see the child.
    if c.actor and mc.COVER_STORY.search(text):
        out.append(Finding(G, "cover_story", CRITICAL, 0, len(text), "secrecy"))
    # Sextortion, the parents' schedule, disappearing-message apps, bathing with a man.
    if (c.online or c.adult) and mc.OWE_PICS.search(text):
        out.append(Finding(G, "pics_owed", CRITICAL, 0, len(text), "photo"))
    if c.actor and mc.PARENT_SCHEDULE.search(text):
        out.append(Finding(G, "parent_schedule", CRITICAL, 0, len(text), "isolation"))
    if c.online and c.asks and c.secrecy and re.search(r"\b(?:app|account|server|chat)\b", text):
        out.append(Finding(G, "secret_channel", CRITICAL, 0, len(text), "isolation"))
    # Online: lying about age, asking to see the body, asking for the password.
    # (round 39) "in the video she looked like an old lady": a call shows the age too.
    if (c.online or c.camera) and mc.AGE_LIE.search(text):
        out.append(Finding(G, "age_deception", CRITICAL, 0, len(text), "trust"))
    if (
        (
            c.online
            or re.search(
                r"\b(?:he|she|they|someone|somebody|guy|man|lady|woman|stranger|streamer|gamer)\b",
                text,
            )
        )
        and (c.asks or PAID_TO_SHOW.search(text))
        and mc.SHOW_BODY.search(text)
        and not c.family_care
    ):
        out.append(Finding(G, "show_body", CRITICAL, 0, len(text), "photo"))
    if c.online and mc.CREDENTIAL_ASK.search(text):
        out.append(Finding(G, "credential_request", CRITICAL, 0, len(text), "isolation"))
    if (
        (c.online or mc.UNKNOWN_ACTOR.search(text))
        and c.lure
        and mc.CONDITIONAL_THREAT.search(text)
    ):
        out.append(Finding(G, "coercive_meeting", CRITICAL, 0, len(text), "meeting"))
    if (
        c.asks
        and mc.RATE_BODY.search(text)
        and re.search(r"\b(?:body|bod|butt|abs|chest|legs|mine)\b", text)
    ):
        out.append(Finding(G, "rate_body", CRITICAL, 0, len(text), "photo"))
    # An unknown grown-up luring the child somewhere.
    if mc.UNKNOWN_ACTOR.search(text) and c.lure and c.asks:
        out.append(Finding(G, "lure", CRITICAL, 0, len(text), "meeting"))
    elif (
        c.online
        and c.lure
        and (c.asks or c.secrecy)
        and not re.search(
            r"\b(?:in (?:the )?game|in minecraft|in roblox|in fortnite)\b[^.?!]{0,15}$", text
        )
    ):
        out.append(Finding(G, "online_meeting", CRITICAL, 0, len(text), "meeting"))
    if (
        any_word(t, _G_BOND)
        and c.adult
        and mc.SPECIAL_BOND.search(t)
        and re.search(r"\b(?:says?|said|told|tells|calls?|called|promis\w*)\b", t)
        and not re.search(r"\b(?:mom|mum|mommy|mummy|grandma|nana|granny|best friend)\b", t)
    ):
        out.append(Finding(G, "special_bond", CRITICAL, 0, len(t), "trust"))
    if (
        any_word(t, _G_RUN)
        and (c.online or mc.UNKNOWN_ACTOR.search(t))
        and mc.RUN_AWAY_WITH.search(t)
    ):
        out.append(Finding(G, "run_away_to", CRITICAL, 0, len(t), "meeting"))
    underwear = (
        any_word(t, _G_UNDERWEAR)
        and c.actor
        and mc.UNDERWEAR_ASK.search(t) is not None
        and not mc.UNDERWEAR_CARE.search(t)
        and not c.family_care
    )
    if underwear or ("wearing" in t and c.online and mc.WEARING_ASK.search(t)):
        out.append(Finding(G, "intimate_clothing_question", CRITICAL, 0, len(t), "trust"))
    if (
        ("mature" in t or " age" in t)
        and (c.online or mc.UNKNOWN_ACTOR.search(t))
        and mc.MATURE.search(t)
    ) or (any_word(t, _G_UNDERMINE) and c.actor and mc.PARENTS_UNDERMINED.search(t)):
        out.append(Finding(G, "trust_building", CRITICAL, 0, len(t), "trust"))
    if (
        any_word(t, _G_DEVICE)
        and c.actor
        and (
            mc.PARENT_CHECK.search(t)
            or (
                mc.GIFT_DEVICE.search(t)
                and not re.search(
                    r"\b(?:mum|mom|dad|parents|grandma|grandpa|nan|christmas|birthday)\b", t
                )
            )
        )
    ):
        out.append(Finding(G, "parent_oversight_probe", CRITICAL, 0, len(t), "isolation"))
    if c.online and c.asks and c.private_place and not c.family_care:
        out.append(Finding(G, "online_private_place", CRITICAL, 0, len(t), "isolation"))
    return out
