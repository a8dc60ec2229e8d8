# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Harms told about clubs, games and the clinic (rounds 78 and 79, miss7879), read as meanings:

- someone's chats, talks or friendship with the child called special, and a parent who "would
  ruin it", spoil it or stop it "if she knew" ("he said our chats in the roblox dance game are
  special and my mum would ruin it if she knew") - grooming;
- drawings, pictures or videos of naked children posted, shared or sent in a club, a chat or a
  server ("someone in the anime drawing club posted drawings of naked kids") - sexual;
- someone online, or someone who says he is a doctor, a nurse or a coach, wanting pictures of
  the child's body "to check i'm growing ok" ("a man on my game says hes a doctor and needs
  pictures of my body") - grooming.

Near misses stay allowed: "my sister said mum would ruin the surprise if she knew", "dad would
stop my tablet time if he knew i stayed up", naked statues at the museum, baby photos of me in
the bath, "the doctor measured me to check i'm growing ok", "the nurse took a photo of my rash
with mum there"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_acts import NAKED_WORDS, PICTURE_WORDS, PRIVATE_WORDS
from domain.safety.meaning_concepts_people import CARER_WORDS, DADS, MUMS, ONLINE
from domain.safety.prefilter import prefiltered

GR = SafetyCategory.GROOMING
SX = SafetyCategory.SEXUAL

# --- "our chats are special", and a parent would ruin it if she knew ------------------------------
_PARENT = rf"(?:(?:my |your |ur )?(?:{CARER_WORDS}|family|teachers?)|grown ?-?ups)"
_SPOIL = r"(?:ruin|wreck|spoil|end|stop|mess up|take (?:it|this|that|him|her|us|me) away|ban (?:it|us|me|him|her)|block (?:him|her|them)|break (?:it|us) up|keep (?:us|me) apart|not understand|never understand|get the wrong idea|freak out|go mad|go crazy|get (?:mad|angry|cross)|be (?:mad|angry|cross|jealous))"
RUINED_IF_KNEW = prefiltered(
    rf"\b{_PARENT} (?:would|will|'?d|'?ll|might|could|is going to|are going to|is gonna|are gonna|wud) (?:just |totally |only )?{_SPOIL}\b[^.?!]{{0,25}}\bif (?:she|he|they|you|anyone|(?:my |your )?(?:{MUMS}|{DADS}|parents)) (?:ever )?(?:knew|knows|know|found out|finds out|find out|saw|sees|heard|read)\b"
)
_OUR_BOND = prefiltered(
    r"\b(?:our|us|we|what we)\b[^.?!]{0,30}\b(?:chats?|chatting|talks?|talking|friendship|messages|calls|games?|time|thing|bond|secret|special|relationship|have)\b|\bspecial\b"
)
_SAID_BY = prefiltered(
    r"\b(?:he|she|they|him|her|someone|somebody|a (?:man|lady|guy|boy|girl|player|teenager)|the (?:man|lady|guy|player|coach)|my (?:online |game |gaming )?friend)\b (?:\w+ )?(?:said|says|told me|tells me|keeps saying|thinks|reckons|warned)\b"
)
_RUINED_OK = prefiltered(
    r"\b(?:surprise|present|presents|gift|birthday|party|christmas|santa|tooth fairy|easter|mother'?s day|father'?s day|breakfast in bed|card|cake|stayed up|staying up|late|screen ?time|tablet time|my (?:phone|tablet|ipad|xbox|switch) (?:time|away)|grounded|broke|broken|spent|homework|told (?:my |him |her )?(?:mum|mom|dad|parents|teacher))\b"
)

# --- drawings or pictures of naked children posted ---------------------------------------------
_NAKED = rf"(?:{NAKED_WORDS}|in their (?:underwear|pants|knickers))"
_CHILDREN = r"(?:kids|children|child|girls|boys|little (?:girls|boys|kids|ones)|babies|teens|teenagers|people (?:my|our) age|year \d+s?|students|classmates|anime (?:girls|boys|kids)|\w+ (?:girls|boys|kids))"
NAKED_CHILDREN_SHARED = prefiltered(
    rf"\b(?:post|posts|posted|posting|share|shares|shared|sharing|send|sends|sent|sending|upload\w*|put up|showed|shows|show|drew|draws|drawing|draw|made|makes|making|spread\w*|link(?:ed)?|dm(?:ed|'d)?)\b (?:\w+ ){{0,3}}?(?:drawings?|pictures?|pics|photos?|videos?|vids|images?|cartoons?|art|artwork|sketch(?:es)?|memes?|stuff|gifs?)? ?(?:of )?(?:\w+ )?{_NAKED} {_CHILDREN}\b"
    rf"|\b{_CHILDREN} (?:\w+ )?{_NAKED}\b[^.?!]{{0,30}}\b(?:drawings?|pictures?|pics|photos?|videos?|images?|cartoons?)\b"
)
_NAKED_OK = prefiltered(
    r"\b(?:statues?|museum|gallery|galleries|cherubs?|renaissance|mole ?rats?|naked eye|naked flame|baby photos?|when i was (?:a baby|little)|of me (?:as a baby|in the bath)|in the bath as babies|emperor'?s new clothes|naked chef)\b"
)

# --- someone online, or "a doctor", wanting pictures of the child's body ---------------------------
# Not SHOW_BODY's feet, back or lips: "pictures of my back garden", "photos of my feet in the
# sand" posted online are no grooming.
_BODY = rf"(?:body|whole body|chest|{PRIVATE_WORDS}|bum|bottom|tummy|belly|legs|skin|boobs|willy|down there|top half|bottom half|body parts)"
BODY_PICTURES_WANTED = prefiltered(
    rf"\b(?:{PICTURE_WORDS}) of (?:my|your|ur) (?:\w+ )?{_BODY}\b"
    rf"|\b(?:{PICTURE_WORDS}) of (?:me|you|u) (?:in (?:my|your|ur) (?:underwear|pants|knickers|bra|swimsuit|swimming costume)|{NAKED_WORDS}|with my top off)\b"
    rf"|\b(?:see|check|look at|examine) (?:my|your|ur) {_BODY}\b[^.?!]{{0,30}}\b(?:on|over|through) (?:camera|video|facetime|the cam|webcam)\b"
)
_CLAIMS_ROLE = prefiltered(
    r"\b(?:says|said|claims|claimed|told me|tells me|pretends|pretending|reckons) (?:that )?(?:he'?s|she'?s|hes|shes|he is|she is|he was|she was|to be|they'?re|they are) (?:a |an |like a |my new )?(?:real )?(?:doctor|dr|nurse|paediatrician|pediatrician|medic|physio|scientist|coach|trainer|personal trainer|modelling agent|model scout|agent|scout|photographer|health (?:checker|visitor|person)|school nurse|dentist|vet)\b"
    r"|\b(?:to check|check(?:ing)? (?:if|that|whether)) (?:i'?m|im|i am|you'?re|your|you are|ur) (?:growing|developing|healthy|normal|ok|okay|fine)\b"
)
_REAL_CLINIC = prefiltered(
    r"\b(?:at the (?:doctors?|hospital|clinic|surgery|gp|dentist)|in hospital|with (?:my )?(?:mum|mom|dad|nan|gran) there|(?:mum|mom|dad|nan|gran) (?:was|stayed) (?:there|with me)|our (?:gp|doctor)|my (?:real|own) doctor)\b"
)


def find_clubs_and_clinics(text: str) -> list[Finding]:
    whole = len(text)
    if (
        RUINED_IF_KNEW.search(text)
        and _OUR_BOND.search(text)
        and (_SAID_BY.search(text) or ONLINE.search(text))
        and not _RUINED_OK.search(text)
    ):
        return [Finding(GR, "bond_kept_from_parent", CRITICAL, 0, whole, "secrecy")]
    if NAKED_CHILDREN_SHARED.search(text) and not _NAKED_OK.search(text):
        return [Finding(SX, "naked_children_shared", CRITICAL, 0, whole)]
    if (
        BODY_PICTURES_WANTED.search(text)
        and (ONLINE.search(text) or _CLAIMS_ROLE.search(text))
        and not _REAL_CLINIC.search(text)
    ):
        return [Finding(GR, "body_pictures_wanted", CRITICAL, 0, whole, "photo")]
    return []
