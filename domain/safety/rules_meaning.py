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

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, SEVERE, Finding

G = SafetyCategory.GROOMING
A = SafetyCategory.ABUSE
X = SafetyCategory.SEXUAL
S = SafetyCategory.SELF_HARM
V = SafetyCategory.VIOLENCE

_ADULT = re.compile(
    r"\b(?:dad|daddy|father|papa|step ?(?:dad|mom|mum|father|mother|brother|sister)|uncle|aunt|auntie|aunty|grandpa|grandad|granddad|"
    r"grandfather|gramps|babysitter|baby ?sitter|sitter|nanny|teacher|coach|neighbou?r|tutor|priest|pastor|counsel?lor|bus driver|"
    r"instructor|(?:mom|mum|mommy|mummy|dad|mother)'?s (?:boyfriend|girlfriend|friend|husband)|boyfriend|cousin|older (?:boy|girl|kid|brother|sister)|"
    r"big (?:brother|sister|kid|boy)|man|men|guy|lady|woman|grown ?up|adult|stranger|person|someone|somebody|teenager|teen|"
    r"(?:1[6-9]|[2-9]\d) ?(?:yo|y/o|years? old|yr old)|he|she|him)\b"
)
_ONLINE = re.compile(
    r"\b(?:online|internet|in (?:the|a|my) game|game friend|gaming friend|roblox|fortnite|minecraft|discord|tiktok|youtube|snapchat|snap|"
    r"instagram|insta|whatsapp|kik|xbox|playstation|steam|among us|chat|server|dms?|(?:he|she) (?:messaged|messages|texts|texted|dmed))\b"
)
_ASKS = re.compile(
    r"\b(?:wants?|wanted|asks?|asked|asking|keeps? asking|told|tells|telling|says?|said|makes?|made|dared?|tries to get|tried to get|begs?|begged|invited|invites)\b"
    r"[^.?!]{0,12}\b(?:me|us)\b|\b(?:let'?s|can we|could we|wanna|want to)\b"
)
_CAMERA = re.compile(
    r"\b(?:video ?call\w*|facetime\w*|call (?:him|her|them|me)|webcam|cam|camera|live ?stream\w*|go live|pics?|pictures?|photos?|selfies?|videos?|film|filming|films|record\w*|snaps?)\b"
)
_PRIVATE_PLACE = re.compile(
    r"\b(?:bathroom|bath|bathtub|shower|toilet|changing room|locker room|in (?:my|his|her|the) bed|under the (?:covers|blanket|sheets)|"
    r"in my (?:pj'?s|pjs|pajamas|pyjamas|nightie|nightgown|underwear|undies|towel)|bedroom with the door (?:shut|closed|locked)|"
    r"with the door (?:shut|closed|locked)|lock(?:ed)? the door|when (?:no one|nobody) (?:is|was) (?:home|around|there)|when (?:mom|mum|dad)'?s? (?:is |was )?(?:out|away|asleep|at work))\b"
)
_NUDITY = re.compile(
    r"\b(?:naked|nude|nudes|no clothes|without (?:any |my |his |her |their )?clothes|with (?:his|her|their|my) clothes off|clothes off|"
    r"take (?:off )?(?:my|your|his|her) (?:clothes|shirt|top|pants|shorts|underwear|undies)(?: off)?|no (?:shirt|top|pants|undies|underwear)|"
    r"underwear|undies|panties|bra|boxers|bikini|swimsuit|bathing suit|privates|private (?:parts?|area|spots?|bits|places?)|down there|"
    r"boobs?|butt|bum|bottom|wee ?wee|pee ?pee|willy|penis|vagina|bare|topless|in (?:a|my|the) towel)\b"
)
_SEXY_MEDIA = re.compile(
    r"\b(?:videos?|pictures?|pics?|photos?|movies?|websites?|magazines?|stuff)\b[^.?!]{0,25}\b(?:people|ladies|men|women|girls|boys|grown ?ups)\b[^.?!]{0,20}\b(?:naked|no clothes|without (?:any )?clothes|kissing (?:and|with) no|doing (?:it|stuff|sex|grown ?up stuff))\b"
    r"|\b(?:naked|nude|dirty|rude|grown ?up|adult|sexy|private)\b (?:videos?|pictures?|pics?|photos?|movies?|websites?|magazines?|stuff)\b"
)
_SHOWS = re.compile(
    r"\b(?:shows?|showed|shown|showing|sends?|sent|made me watch|makes me watch|let me watch|lets me watch|watch(?:es|ed)? with me)\b"
)
_CONTACT = re.compile(
    r"\b(?:massages?|massaging|rubs?|rubbed|rubbing|touch(?:es|ed|ing)?|tickles? (?:me )?(?:under|in|down|on my (?:butt|bum|privates|chest|legs?|thighs?))|"
    r"kiss(?:es|ed|ing)? me|sit on (?:his|her) lap|sits? me on (?:his|her) lap|on (?:his|her) lap|lie(?:s)? (?:down )?(?:with|next to) me|"
    r"gets? (?:in|into) (?:my|the) bed|comes? (?:in|into) my (?:room|bed)|came (?:in|into) my (?:room|bed)|sneaks? (?:in|into)|"
    r"sleeps? in my bed|cuddl\w* (?:me )?(?:in bed|at night|naked)|bath(?:e|es)? (?:with )?me|showers? with me|help(?:s)? me (?:undress|change)|"
    r"undress\w*|do stuff|did stuff|play a (?:special |secret )?game)\b"
)
_SECRECY = re.compile(
    r"\b(?:secret|secrets|between us|just us two|delete|deleted|deleting|hide|hidden|hiding|erase|clear the (?:chat|history)|"
    r"not (?:to |supposed to )?tell|don'?t tell|dont tell|never tell|can'?t tell|cant tell|mustn'?t tell|won'?t tell|"
    r"so (?:my|mom|mum|dad|your|ur|the) ?(?:parents|mom|mum|dad|family|teacher|folks)? ?(?:don'?t|dont|won'?t|wont|can'?t|never) (?:see|know|find out|hear)|"
    r"(?:don'?t|dont|won'?t|wont|can'?t|never) (?:let|want) (?:my|your|ur) (?:parents|mom|mum|dad) (?:see|know|find out)|"
    r"(?:nobody|no one) (?:can|will|needs to|has to|must) (?:know|find out|see)|without (?:my|your|ur) (?:parents|mom|mum|dad) knowing|"
    r"not (?:tell|telling) (?:my|your|ur) (?:parents|mom|mum|dad|mommy|daddy))\b"
)
_BENIGN_SECRET = re.compile(
    r"\b(?:surprise|present|gift|birthday|party|christmas|santa|handshake|crush|recipe|tooth fairy|easter|card|mother'?s day|father'?s day|"
    r"fort|clubhouse|treasure|game level|spoiler|cake|pranks?|hide and seek|hide ?-?and ?-?go ?-?seek|hiding spot|hidden object|easter eggs?)\b"
)
_LURE = re.compile(
    r"\b(?:come|go|get|hop|climb|ride|walk)\b[^.?!]{0,25}\b(?:in|into|to|inside|see|look)\b[^.?!]{0,25}\b(?:his|her|their|a|the) (?:van|car|truck|house|place|apartment|flat|home|shed|garage|room)\b"
    r"|\b(?:puppies|puppy|kittens?|candy|sweets|lollies|ice cream|toys?|games?|robux|v-?bucks|money)\b[^.?!]{0,30}\b(?:in|at) (?:his|her|their) (?:van|car|truck|house|place|apartment|home)\b"
    r"|\b(?:pick me up|picks me up|picking me up|meet (?:up|me|him|her|in person|irl)|meetup|meet-up|come over to (?:his|her)|come to (?:his|her) (?:house|place))\b"
)
_UNKNOWN_ACTOR = re.compile(
    r"\b(?:stranger|a (?:man|guy|lady|woman|grown ?up|grownup|adult|person|teenager)|some (?:man|guy|lady|woman|grown ?up|adult|person|teenager)|"
    r"(?:man|guy|lady|woman|person|grown ?up|grownup) (?:at|in|from|on) (?:the|a)|(?:someone|somebody|a person|a man|a lady) i (?:don'?t|didn'?t) know)\b"
)
_IF_TELL = re.compile(
    r"\b(?:if (?:i|you|u) (?:ever )?(?:tell|told|say|said|talk|tells)|if (?:anyone|anybody|mom|mum|dad|my \w+) (?:finds? out|knows?|found out)|"
    r"(?:not to|don'?t|never|or else don'?t) tell (?:anyone|anybody|or)|tell (?:anyone|anybody) or)\b"
)
_THREAT = re.compile(
    r"\b(?:hurt|kill|hit|beat|send (?:me|us) away|take (?:me|us) away|take my \w+ away|go to jail|get (?:me|us|mom|mum|dad) (?:in trouble|taken)|"
    r"lock me|leave (?:me|us)|never see|won'?t love|will be sorry|be sorry|make me pay|get rid of|give (?:away )?my \w+ away|punish|"
    r"burn|break my|split (?:us|the family) up|nobody will believe|no one will believe|they won'?t believe|won'?t believe (?:me|you))\b"
)
_THIRD_PERSON_DEATH = re.compile(
    r"\b(?:someone|somebody|a person|a kid|a child|people|kids|anyone|a friend|my friend)\b[^.?!]{0,25}\b(?:wanted|wants|want|wanting|tried|trying|tries|decided|was going|were going)\b[^.?!]{0,10}\b"
    r"(?:to die|to kill (?:themselves|themself|himself|herself)|to hurt (?:themselves|themself|himself|herself)|to end (?:it|their life|his life|her life)|to not be alive|to disappear forever|to not exist)\b"
    r"|\bhow (?:do|does|would|could|can|did) (?:someone|somebody|a person|people|kids|you|u|one)\b[^.?!]{0,15}\b(?:kill (?:themselves|themself|yourself|urself|himself|herself)|die (?:fast|quick|without|painless)|end (?:their|your|ur) (?:own )?life|hurt (?:themselves|yourself|urself) (?:really|badly|without))\b"
    r"|\b(?:what|which) (?:is|'?s) the (?:easiest|fastest|quickest|best|least painful|painless) way to die\b"
)
_HOW = re.compile(
    r"\b(?:how|what way|what'?s the way|which way|what would|could they|would they|should they)\b"
)
_FICTION = re.compile(
    r"\b(?:in the (?:book|movie|story|show|game)|character|story|book|movie|episode|zombie|dragon|villain|hero|fish|hamster|plant|flower|battery|batteries|phone)\b"
)
_BOMB = re.compile(
    r"\b(?:make|build|making|building|get|buy|bring|take)\b[^.?!]{0,15}\b(?:a |an )?(?:bomb|pipe bomb|explosive|grenade)s?\b"
)
_BOMB_BENIGN = re.compile(
    r"\b(?:bath|seed|glitter|water|stink|cherry|photo|cannon ?ball|paint|flavou?r|calorie|chocolate|hot chocolate|minecraft|game)\s*bombs?\b|\bin (?:minecraft|the game|fortnite|roblox)\b"
)
_PEOPLE_TARGET = re.compile(
    r"\b(?:school|class|classroom|church|teacher|kids|people|him|her|them|my (?:brother|sister|mom|dad|mum))\b"
)
_FAMILY_CARE = re.compile(
    r"\b(?:mom|mum|mommy|mummy|mama|dad|daddy|grandma|nana|granny|doctor|nurse)\b[^.?!]{0,25}\b(?:bath|bathe|shower|wash|washes|washed|help\w* me|dress|change|cream|medicine|checked|check)\b"
)
_SIBLING_ONLY = re.compile(r"^\s*(?:my )?(?:little |baby |younger )?(?:brother|sister)\b")


def _window(text: str, limit: int = 240) -> list[str]:
    """Messages are short; longer ones are scanned in overlapping windows."""
    if len(text) <= limit:
        return [text]
    step = limit // 2
    return [text[i : i + limit] for i in range(0, len(text) - step, step)]


def find_meaning(text: str, *, teddy: bool) -> list[Finding]:
    if teddy:
        return []
    found: list[Finding] = []
    for part in _window(text):
        found += _child_window(part)
        if found:
            break
    # Offsets: report the whole message; the spans are explanatory only.
    return [Finding(f.category, f.label, f.risk, 0, len(text), f.stage) for f in found]


def _child_window(text: str) -> list[Finding]:
    out: list[Finding] = []
    adult = _ADULT.search(text) is not None
    online = _ONLINE.search(text) is not None
    actor = adult or online
    asks = _ASKS.search(text) is not None
    secrecy = _SECRECY.search(text) is not None and _BENIGN_SECRET.search(text) is None
    camera = _CAMERA.search(text) is not None
    private_place = _PRIVATE_PLACE.search(text) is not None
    nudity = _NUDITY.search(text) is not None
    contact = _CONTACT.search(text) is not None
    family_care = _FAMILY_CARE.search(text) is not None

    # Secrecy + someone + (touch, camera, body, a private place): grooming or abuse.
    if secrecy and actor and (contact or nudity or private_place or (camera and asks)):
        cat = G if online or not contact else A
        out.append(Finding(cat, "secret_with_contact", CRITICAL, 0, len(text), "secrecy"))
    # Hiding the chat itself from parents, asked by someone else.
    if (
        secrecy
        and asks
        and re.search(r"\b(?:delete|deleted|erase|hide|clear)\b", text)
        and re.search(
            r"\b(?:messages|chats?|texts|pics|pictures|photos|history|conversations?|dms?|account|app)\b",
            text,
        )
    ):
        out.append(Finding(G, "conceal_contact", CRITICAL, 0, len(text), "secrecy"))
    # Someone asks the child onto camera somewhere private or undressed.
    if actor and asks and camera and (private_place or nudity) and not family_care:
        out.append(Finding(G, "camera_private", CRITICAL, 0, len(text), "photo"))
    # Someone shows the child sexual media.
    if _SEXY_MEDIA.search(text) and (_SHOWS.search(text) or actor):
        out.append(Finding(X, "shown_sexual_media", CRITICAL, 0, len(text)))
    # An unknown grown-up luring the child somewhere.
    if _UNKNOWN_ACTOR.search(text) and _LURE.search(text) and asks:
        out.append(Finding(G, "lure", CRITICAL, 0, len(text), "meeting"))
    elif (
        online
        and _LURE.search(text)
        and (asks or secrecy)
        and not re.search(
            r"\b(?:in (?:the )?game|in minecraft|in roblox|in fortnite)\b[^.?!]{0,15}$", text
        )
    ):
        out.append(Finding(G, "online_meeting", CRITICAL, 0, len(text), "meeting"))
    # A threat about telling: the mark of abuse kept hidden.
    m = _IF_TELL.search(text)
    if (
        m
        and _THREAT.search(text)
        and (adult or re.search(r"\b(?:says?|said|told me|tells me)\b", text))
    ):
        out.append(Finding(A, "threat_if_tell", CRITICAL, 0, len(text)))
    # Touch + a body part or a private place + a grown-up, as something the child does not want.
    if (
        contact
        and (nudity or private_place)
        and adult
        and not family_care
        and not _SIBLING_ONLY.match(text)
        and re.search(r"\b(?:me|my)\b", text)
        and re.search(
            r"\b(?:don'?t like|dont like|hate it|scared|weird|uncomfortable|hurts?|makes me|made me|wants me|secret|at night|when i'?m asleep|when i sleep|not to tell|cry)\b",
            text,
        )
    ):
        out.append(Finding(A, "unwanted_touch", CRITICAL, 0, len(text)))
    # Death wishes framed about someone else, asking how.
    if _THIRD_PERSON_DEATH.search(text) and not _FICTION.search(text):
        risk = (
            CRITICAL
            if _HOW.search(text)
            or re.search(r"\b(?:someone|somebody|a kid|a friend|my friend)\b", text)
            else SEVERE
        )
        out.append(Finding(S, "self_harm_third_person", risk, 0, len(text)))
    # Explosives with people or a school in view.
    if _BOMB.search(text) and not _BOMB_BENIGN.search(text):
        out.append(
            Finding(
                V, "explosive", CRITICAL if _PEOPLE_TARGET.search(text) else SEVERE, 0, len(text)
            )
        )
    return out
