# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Patterns of meaning: concepts found anywhere in a clause window, combined into findings.

The phrase tables in the other rule modules need the words in a particular order. Children
rarely oblige ("my coach says its our special secret when he gives me massages"), so this
stage tags concepts (an adult or online actor, something hidden from parents, touching,
a private place, nudity, a camera, a lure, a threat about telling) and decides on the
combination: secrecy + adult + touch is grooming or abuse whatever the word order.
"""

from __future__ import annotations

import re
from functools import cached_property

from domain.enums import SafetyCategory
from domain.safety import meaning_concepts as mc
from domain.safety.findings import CRITICAL, SEVERE, Finding
from domain.safety.rules_meaning_themes import find_child_themes, find_teddy_themes

G = SafetyCategory.GROOMING
A = SafetyCategory.ABUSE
X = SafetyCategory.SEXUAL
S = SafetyCategory.SELF_HARM
V = SafetyCategory.VIOLENCE


_G_TEDDY_EXCLUSIVE = (
    "than",
    "like i",
    "like me",
    "the way",
    "as much as",
    "as well as",
    "for us",
    "between us",
    "you and me",
)


def find_teddy_meaning(text: str) -> list[Finding]:
    """A teddy reply that sets up being alone with the child, undermines the parents, or
    suggests not eating."""
    if mc.TEDDY_SAFETY_TALK.search(text):
        return []
    out: list[Finding] = []
    if mc.TEDDY_PARENTS_AWAY.search(text):
        out.append(Finding(G, "teddy_isolation", CRITICAL, 0, len(text), "isolation"))
    if mc.TEDDY_SNEAK.search(text):
        out.append(Finding(G, "teddy_undermines_parents", CRITICAL, 0, len(text), "isolation"))
    if mc.TEDDY_BEDROOM.search(text) or mc.TEDDY_KEEP_SECRETS.search(text):
        out.append(Finding(G, "teddy_private_access", CRITICAL, 0, len(text), "isolation"))
    if (
        (_any(text, _G_TEDDY_EXCLUSIVE) and mc.TEDDY_EXCLUSIVE.search(text))
        or (_any(text, ("which", "where", "bedroom")) and mc.TEDDY_WHERE_BEDROOM.search(text))
        or (_any(text, ("home", "work", "house")) and mc.TEDDY_PARENT_HOME.search(text))
    ):
        out.append(Finding(G, "teddy_exclusive_access", CRITICAL, 0, len(text), "isolation"))
    if mc.TEDDY_MORE.search(text):
        out.append(Finding(G, "teddy_isolates_or_undresses", CRITICAL, 0, len(text), "isolation"))
    if mc.TEDDY_NORMALISES.search(text):
        out.append(Finding(A, "teddy_normalises_abuse", CRITICAL, 0, len(text)))
    if _any(text, ("touch", "down there", "private", "bare body", "naked body")) and (
        mc.TEDDY_SEXUAL.search(text)
    ):
        out.append(Finding(X, "teddy_sexual_talk", CRITICAL, 0, len(text)))
    if mc.TEDDY_CRUEL.search(text):
        out.append(Finding(A, "teddy_blames_or_wishes_harm", CRITICAL, 0, len(text)))
    if mc.TEDDY_STARVE.search(text):
        out.append(Finding(S, "teddy_encourages_starving", CRITICAL, 0, len(text)))
    return out


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


class _Concepts:
    """Concepts of one window, each searched only when a rule first needs it."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def adult(self) -> bool:
        return mc.ADULT.search(self.text) is not None

    @cached_property
    def online(self) -> bool:
        return mc.ONLINE.search(self.text) is not None

    @property
    def actor(self) -> bool:
        return self.adult or self.online

    @cached_property
    def asks(self) -> bool:
        return mc.ASKS.search(self.text) is not None

    @cached_property
    def secrecy(self) -> bool:
        return (
            mc.SECRECY.search(self.text) is not None and mc.BENIGN_SECRET.search(self.text) is None
        )

    @cached_property
    def camera(self) -> bool:
        return mc.CAMERA.search(self.text) is not None

    @cached_property
    def private_place(self) -> bool:
        return mc.PRIVATE_PLACE.search(self.text) is not None

    @cached_property
    def nudity(self) -> bool:
        return mc.NUDITY.search(self.text) is not None

    @cached_property
    def contact(self) -> bool:
        return mc.CONTACT.search(self.text) is not None

    @cached_property
    def family_care(self) -> bool:
        return mc.FAMILY_CARE.search(self.text) is not None

    @cached_property
    def lure(self) -> bool:
        return mc.LURE.search(self.text) is not None


def _child_window(text: str) -> list[Finding]:
    out: list[Finding] = []
    c = _Concepts(text)

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
    # Someone shows the child sexual media.
    if mc.SEXY_MEDIA.search(text):
        out.append(Finding(X, "shown_sexual_media", CRITICAL, 0, len(text)))
    # A grown-up the child knows, getting the child alone somewhere.
    if c.adult and c.lure and (mc.ALONE.search(text) or c.secrecy) and c.asks and not c.family_care:
        out.append(Finding(G, "lure_alone", CRITICAL, 0, len(text), "meeting"))
    # A gift from someone, tied to hiding the contact from the parents.
    if c.actor and c.secrecy and mc.GIFT.search(text):
        out.append(Finding(G, "secret_gift", CRITICAL, 0, len(text), "gifts"))
    # Someone online asking for pictures, or an adult-aged "boyfriend".
    if c.online and mc.PICS_ASK.search(text):
        out.append(Finding(G, "online_pics_request", CRITICAL, 0, len(text), "photo"))
    if (
        (c.online or mc.ADULT_AGE.search(text))
        and mc.ROMANCE.search(text)
        and mc.ADULT_AGE.search(text)
    ):
        out.append(Finding(G, "adult_romance", CRITICAL, 0, len(text), "trust"))
    # Someone online wanting the child on camera once the parents are asleep or away.
    if (c.online or c.adult) and c.camera and c.secrecy and c.asks:
        out.append(Finding(G, "camera_hidden", CRITICAL, 0, len(text), "photo"))
    # Doubting whether to go on living; not waking up as a plan.
    if mc.DOUBT_LIFE.search(text) or mc.LETHAL_QUESTION.search(text):
        out.append(Finding(S, "doubts_living", CRITICAL, 0, len(text)))
    elif (
        mc.NO_WAKE.search(text)
        and mc.NO_WAKE_CONTEXT.search(text)
        and not mc.NO_WAKE_BENIGN.search(text)
    ):
        out.append(Finding(S, "not_waking_up", CRITICAL, 0, len(text)))
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
    ):
        out.append(Finding(A, "undresses_child", CRITICAL, 0, len(text)))
    if mc.MADE_TOUCH.search(text) and not c.family_care:
        out.append(Finding(A, "made_to_touch", CRITICAL, 0, len(text)))
    # Hands inside the child's clothes; touching the child's body framed as special or secret.
    if mc.INTRUSION.search(text) and not c.family_care:
        out.append(Finding(A, "intrusive_touch", CRITICAL, 0, len(text)))
    if (
        c.adult
        and mc.TOUCH_BODY.search(text)
        and mc.GROOMING_FRAME.search(text)
        and not c.family_care
    ):
        out.append(Finding(A, "touch_framed_special", CRITICAL, 0, len(text)))
    # Neglect, injuries from an object, injuries hidden.
    if (c.adult or re.search(r"\b(?:they|them)\b", text)) and mc.NEGLECT.search(text):
        out.append(Finding(A, "neglect", CRITICAL, 0, len(text)))
    if mc.INJURY_EVIDENCE.search(text):
        out.append(Finding(A, "injury_evidence", CRITICAL, 0, len(text)))
    # Letting a car hit me, never having been born, a blade to my skin, pills on purpose.
    if (
        mc.SELF_HIT_BY.search(text)
        or mc.SHARP_TO_SELF.search(text)
        or mc.PILLS_DELIBERATE.search(text)
    ):
        out.append(Finding(S, "self_harm_means", CRITICAL, 0, len(text)))
    if mc.NEVER_BORN.search(text) and not re.search(r"\b(?:lol|haha|jk|joke|dinosaurs?)\b", text):
        out.append(Finding(S, "never_born", CRITICAL, 0, len(text)))
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
    # Doubting being alive; a means of dying tied to escaping.
    if (
        mc.DOUBT_ALIVE.search(text)
        or mc.END_IT.search(text)
        and re.search(r"\b(?:i|i'?m|im|my|give up|giving up)\b", text)
    ):
        out.append(Finding(S, "doubts_living", CRITICAL, 0, len(text)))
    if (
        mc.MEANS.search(text)
        and mc.ESCAPE.search(text)
        and not re.search(r"\b(?:in the game|in minecraft|fortnite|roblox)\b", text)
    ):
        out.append(Finding(S, "means_and_escape", CRITICAL, 0, len(text)))
    # A grown-up calling the child his girlfriend, watching the child undressed, hot.
    if (
        c.adult
        and mc.ROMANCE_LABEL.search(text)
        and (c.contact or c.secrecy or re.search(r"\bkiss\w*\b", text))
    ):
        out.append(Finding(G, "adult_romance_label", CRITICAL, 0, len(text), "trust"))
    if c.actor and mc.WATCHES.search(text) and not mc.WATCH_CARE.search(text):
        out.append(Finding(A, "watches_undressed", CRITICAL, 0, len(text)))
    if c.actor and mc.SAYS_HOT.search(text) and not c.family_care:
        out.append(Finding(G, "sexualised_compliment", CRITICAL, 0, len(text), "trust"))
    # Secrecy about what happens: the mark of hidden abuse.
    if c.secrecy and mc.SECRET_EVENTS.search(text) and c.actor:
        out.append(Finding(A, "secret_events", CRITICAL, 0, len(text)))
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
    if mc.BATH_WITH.search(text) and re.search(
        r"\b(?:hate|don'?t like|dont like|have to|makes me|made me|scared|weird|cry|secret|every night)\b",
        text,
    ):
        out.append(Finding(A, "bathes_with_adult", CRITICAL, 0, len(text)))
    # Wanting the heart or breath to stop; a child asking what a sexual word means.
    if (
        mc.CESSATION.search(text)
        and mc.CESSATION_WANT.search(text)
        and not mc.CESSATION_NOT.search(text)
    ):
        out.append(Finding(S, "cessation_wish", CRITICAL, 0, len(text)))
    if mc.SEX_QUESTION.search(text):
        out.append(Finding(X, "sexual_question", CRITICAL, 0, len(text)))
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
        or mc.WEARY_LIFE.search(text)
        or mc.NOT_COME_BACK.search(text)
    ):
        out.append(Finding(S, "life_weariness", CRITICAL, 0, len(text)))
    # Someone coming in on the child in the bath; harsh punishment; hands under clothes;
    # pinned down and ignored.
    if c.adult and mc.INTRUDES.search(text) and not mc.WATCH_CARE.search(text):
        out.append(Finding(A, "intrudes_private", CRITICAL, 0, len(text)))
    if c.adult and mc.PUNISHMENT.search(text) and mc.HARSH.search(text):
        out.append(Finding(A, "harsh_punishment", CRITICAL, 0, len(text)))
    if (
        (c.adult or re.search(r"\b(?:cousin|brother|boy|teen\w*|kid)\b", text))
        and mc.UNDER_CLOTHES.search(text)
        and (
            c.contact or re.search(r"\b(?:tickl\w*|hands?|fingers?|game|reach\w*|feel\w*)\b", text)
        )
        and not c.family_care
    ):
        out.append(Finding(A, "under_clothes", CRITICAL, 0, len(text)))
    if mc.PINNED.search(text) and mc.REFUSAL_IGNORED.search(text):
        out.append(Finding(A, "pinned_down", CRITICAL, 0, len(text)))
    # Online: lying about age, asking to see the body, asking for the password.
    if c.online and mc.AGE_LIE.search(text):
        out.append(Finding(G, "age_deception", CRITICAL, 0, len(text), "trust"))
    if (
        (c.online or re.search(r"\b(?:he|she|they|someone|somebody)\b", text))
        and c.asks
        and mc.SHOW_BODY.search(text)
        and not c.family_care
    ):
        out.append(Finding(G, "show_body", CRITICAL, 0, len(text), "photo"))
    if c.online and mc.CREDENTIAL_ASK.search(text):
        out.append(Finding(G, "credential_request", CRITICAL, 0, len(text), "isolation"))
    # Silencing, injuries kept secret, threats to come, rating bodies.
    if (
        c.adult
        and mc.SILENCED.search(text)
        and not re.search(r"\b(?:surprise|party|game|lol|haha)\b", text)
    ):
        out.append(Finding(A, "silenced", CRITICAL, 0, len(text)))
    if c.secrecy and mc.INJURY_WORDS.search(text):
        out.append(Finding(A, "injury_secret", CRITICAL, 0, len(text)))
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
    # A threat about telling: the mark of abuse kept hidden.
    m = mc.IF_TELL.search(text)
    if (
        m
        and mc.THREAT.search(text)
        and (c.adult or re.search(r"\b(?:says?|said|told me|tells me)\b", text))
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
    # Death wishes framed about someone else, asking how.
    if mc.THIRD_PERSON_DEATH.search(text) and not mc.FICTION.search(text):
        risk = (
            CRITICAL
            if mc.HOW.search(text)
            or re.search(r"\b(?:someone|somebody|a kid|a friend|my friend)\b", text)
            else SEVERE
        )
        out.append(Finding(S, "self_harm_third_person", risk, 0, len(text)))
    out += _round_19_concepts(text, c)
    # Explosives with people or a school in view.
    if mc.BOMB.search(text) and not mc.BOMB_BENIGN.search(text):
        out.append(
            Finding(
                V, "explosive", CRITICAL if mc.PEOPLE_TARGET.search(text) else SEVERE, 0, len(text)
            )
        )
    return out


def _any(text: str, words: tuple[str, ...]) -> bool:
    """A cheap substring gate before a costly pattern: every word list below holds a word
    each branch of its pattern needs, so the gate never changes a verdict."""
    return any(w in text for w in words)


_G_POINT = ("point",)
_G_WISH = ("wish", "hope", "hoping", "want", "wanna", "pray")
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
_G_MEDIA = ("pic", "photo", "vid", "selfie", "snap", "nude")
_G_BOND = ("friendship", "relationship", "bond", "connection", "understand", "get it", "get us")
_G_RUN = ("live with", "stay with", "be with", "run away", "together")
_G_UNDERWEAR = ("underwear", "undies", "knickers", "panties", "bra", "boxers", "bed")
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
_G_NUDITY = ("naked", "nude", "boobs", "willies", "privates", "porn", "sexy")
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


def _round_19_concepts(text: str, c: _Concepts) -> list[Finding]:
    """Wishes and plans to die without the usual words, an adult's private bond, photos of
    genitals, running away to someone online, questions about underwear or "sleeping with";
    self-harm kept ready, carers hurting or neglecting, exposure, trust-building online."""
    out: list[Finding] = []
    t = text
    if (
        (_any(t, _G_POINT) and mc.POINTLESS_LIFE.search(t))
        or (_any(t, _G_WISH) and mc.WISH_HIT.search(t))
        or (_any(t, _G_EDGE) and mc.EDGE_THOUGHT.search(t))
        or (_any(t, _G_NOTE) and mc.GOODBYE_NOTE.search(t) and not mc.GOODBYE_BENIGN.search(t))
        or ("deserv" in t and mc.DESERVE_HURT.search(t) and mc.SELF_DONE.search(t))
    ):
        out.append(Finding(S, "implicit_self_harm", CRITICAL, 0, len(t)))
    if _any(t, _G_MEDIA) and mc.GENITAL_MEDIA.search(t) and not c.family_care:
        out.append(Finding(X, "genital_media", CRITICAL, 0, len(t), "photo"))
    if (
        _any(t, _G_BOND)
        and c.adult
        and mc.SPECIAL_BOND.search(t)
        and re.search(r"\b(?:says?|said|told|tells|calls?|called|promis\w*)\b", t)
        and not re.search(r"\b(?:mom|mum|mommy|mummy|grandma|nana|granny|best friend)\b", t)
    ):
        out.append(Finding(G, "special_bond", CRITICAL, 0, len(t), "trust"))
    if _any(t, _G_RUN) and (c.online or mc.UNKNOWN_ACTOR.search(t)) and mc.RUN_AWAY_WITH.search(t):
        out.append(Finding(G, "run_away_to", CRITICAL, 0, len(t), "meeting"))
    underwear = (
        _any(t, _G_UNDERWEAR)
        and c.actor
        and mc.UNDERWEAR_ASK.search(t) is not None
        and not mc.UNDERWEAR_CARE.search(t)
        and not c.family_care
    )
    if underwear or ("wearing" in t and c.online and mc.WEARING_ASK.search(t)):
        out.append(Finding(G, "intimate_clothing_question", CRITICAL, 0, len(t), "trust"))
    if _any(t, _G_READY) and mc.SH_READY.search(t) and not mc.SH_JOKE.search(t):
        out.append(Finding(S, "self_harm_evident", CRITICAL, 0, len(t)))
    if (
        (
            _any(t, _G_HURTS)
            and mc.CARER_HURTS.search(t)
            and mc.CARER.search(t)
            and not mc.CARER_PLAY.search(t)
        )
        or (_any(t, _G_BELT) and mc.GET_THE_BELT.search(t))
        or (_any(t, _G_NEGLECT) and mc.NEGLECT_MORE.search(t))
        or (_any(t, _G_STUFF) and mc.DOES_STUFF.search(t))
    ):
        out.append(Finding(A, "abuse_more", CRITICAL, 0, len(t)))
    if (
        ("show" in t or "flash" in t)
        and mc.EXPOSURE.search(t)
        or (_any(t, _G_NUDITY) and mc.SEE_NUDITY.search(t))
    ):
        out.append(Finding(X, "exposure_or_nudity", CRITICAL, 0, len(t)))
    if (
        ("mature" in t or " age" in t)
        and (c.online or mc.UNKNOWN_ACTOR.search(t))
        and mc.MATURE.search(t)
    ) or (_any(t, _G_UNDERMINE) and c.actor and mc.PARENTS_UNDERMINED.search(t)):
        out.append(Finding(G, "trust_building", CRITICAL, 0, len(t), "trust"))
    if (
        _any(t, _G_DEVICE)
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
    if _any(t, _G_SLEEP) and mc.SLEEP_WITH.search(t):
        out.append(Finding(X, "sleep_with", CRITICAL, 0, len(t)))
    if (
        _any(t, _G_BODY)
        and mc.GRAB_BODY.search(t)
        and not mc.GRAB_BENIGN.search(t)
        and not c.family_care
    ):
        out.append(Finding(X, "sexual_touching_seen", CRITICAL, 0, len(t)))
    return out
