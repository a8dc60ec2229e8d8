# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A carer threatening to kill (or hurt, beat) a child if the child tells about injuries,
hitting, touching or what happens at home (holes52: "my friend said her dad would kill her if
she told about the bruises", "her mum would kill her if she told about the belt"), read as a
meaning: a carer named, a threat to kill or hurt "me", "her", "him" or "us", and the telling
(tell, say, show, mention, snitch) about bruises, marks, the belt, the hitting, the touching
or "what he does" / "what happens at home" - in either order ("if i tell about the marks he'll
kill me", "don't tell about the belt or she'll kill you").

Near misses stay allowed: the everyday "mum would kill me if she found out i broke the vase",
"dad will kill me if i'm late again haha", "her mum would kill her if she saw her report card"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_people import CARER
from domain.safety.prefilter import prefiltered

_KILL = r"(?:kill|kil|murder|hurt|beat|batter|strangle|end)"
_WHOM = r"(?:me|her|him|us|them|you|u|my \w+|her \w+|his \w+)"
_WILL = r"(?:would|will|wud|wld|'ll|ll|'d|d|is going to|was going to|'s going to|'s gonna|is gonna|was gonna|gonna|gunna|going to|threatened to|said (?:he|she|they)'?d|says (?:he|she|they)'?ll|(?:will|would) literally)"
_TELL = r"(?:tell|tells|told|telling|tel|say|says|said|show|shows|showed|mention|mentions|mentioned|snitch|snitches|snitched|grass|grassed|dob|dobbed|talk|talks|talked|speak|speaks|spoke)"
_TELLER = r"(?:i|she|he|we|they|you|u|my \w+|her \w+|his \w+)"
_TOPIC = (
    r"(?:(?:the |her |his |my |them |those |any )?(?:bruises?|bruising|marks?|belt|belting|hitting|hits|smacking|smacks|slapping|beatings?|kicking|punching|burns?|black eye|cuts?|welts?|touching|touches|scars?|cigarette burns?)"
    r"|what (?:he|she|they|dad|mum|mom|\w+) (?:does|did|do|is doing) (?:to (?:me|her|him|us|them)|at night|in (?:the|my|her|his) (?:room|bedroom|bath))"
    r"|what (?:happens|happened|goes on|went on) (?:at home|in (?:our|the|her|his|my) (?:house|home|flat)|at night|behind closed doors)"
    r"|(?:how|when|that) (?:he|she|they) (?:hits|hit|hurts|hurt|beats|beat|touches|touched|smacks|smacked|kicks|kicked) (?:me|her|him|us|them))"
)
# The threat, then the telling about the hurt: "would kill her if she told about the bruises".
THREAT_THEN_TELL = prefiltered(
    rf"\b{_WILL} (?:\w+ )?{_KILL} {_WHOM}\b(?: \w+){{0,2}}? (?:if|when|once|should|for|cause|cos|coz) (?:{_TELLER} )?(?:ever |even |dare |dares |dared )?(?:to )?{_TELL}(?:ing)?\b(?: (?:anyone|anybody|someone|somebody|the teacher|a teacher|teachers?|school|the police|police|a social worker|the social worker|people|my \w+|her \w+|his \w+))?(?: about| of)? {_TOPIC}"
)
# The telling first: "if i tell about the marks he'll kill me", "don't tell about the belt or she'll kill you".
TELL_THEN_THREAT = prefiltered(
    rf"\b{_TELL}(?:ing)?\b(?: (?:anyone|anybody|someone|somebody|the teacher|a teacher|school|the police|police|people))?(?: about| of)? {_TOPIC}\b(?: \w+){{0,3}}?,? (?:or (?:else )?)?(?:then )?(?:he|she|they|dad|mum|mom|\w+)\s?{_WILL} (?:\w+ )?{_KILL} {_WHOM}\b"
)


def find_kill_if_told(text: str) -> list[Finding]:
    if not CARER.search(text):
        return []
    if THREAT_THEN_TELL.search(text) or TELL_THEN_THREAT.search(text):
        return [Finding(SafetyCategory.ABUSE, "kill_if_told", CRITICAL, 0, len(text))]
    return []
