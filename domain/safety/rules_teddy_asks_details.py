# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy asking the child for personal details (address, school, who is home); (round 46)
also a carer's: "tell me your babysitter's phone number"; (round 52) a sibling's: "what's your
big sister's phone number and which school does she go to?"; (miss59) a bank card's number or code, a hotel's name and
the room number."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import SEVERE, Finding, compile_all
from domain.safety.meaning_concepts_people import STEP_PARENT
from domain.safety.meaning_concepts_teddy import SCHOOLS_OWN_THING
from domain.safety.prefilter import prefiltered

PI = SafetyCategory.PERSONAL_INFO

_TEDDY_ASKS_INFO = compile_all(
    [
        rf"\b(?:what'?s|what is|whats|tell me|give me|send me|share|can i have|i'?d love to know|may i have|could you tell me|what are)\b[^.?!]{{0,25}}\b(?:your|ur) (?:home |house |full |real |last |mom'?s |dad'?s |mum'?s |parents'? |mommy'?s |daddy'?s |family'?s |teacher'?s |(?:babysitter|baby-sitter|sitter|nanny|childminder|child minder|carer|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunt|uncle|neighbou?r|{STEP_PARENT}|(?:big |little |older |younger |baby |twin |step ?|half ?)?(?:sister|brother|sis|bro|cousin))'?s (?:home |mobile |work )?)?(?:address|phone|number(?! one\b| 1\b| of\b)|phone number|mobile|mobile number|contact details|cell|email|e-mail|password|passcode|pin|school|teacher'?s name|last name|full name|surname|location|username|street|city|town|zip|postcode){SCHOOLS_OWN_THING}",
        r"\bwhat (?:street|road|town|city|neighbou?rhood|house number|apartment|building) do you live\b|\bwhere (?:do|does) (?:you|your family|ur) live\b|\bwhere(?:'?s| is) your (?:house|home|school)\b",
        r"\b(?:which|what) school do you (?:go to|attend)\b|\bwhat'?s the name of your school\b"
        + SCHOOLS_OWN_THING,
        # (round 52) a sibling's or cousin's school asked: "which school does she go to?"
        r"\b(?:which|what) school (?:does|do) (?:she|he|they|(?:your|ur) (?:\w+ )?(?:sister|brother|sis|bro|cousins?|siblings?|twins?)) (?:go to|attend)\b|\bwhere (?:does|do) (?:your|ur) (?:\w+ )?(?:sister|brother|sis|bro|cousins?|twins?) go to school\b"
        # (review54) "tell me which school your big brother goes to", "your brother's school is called what?"
        r"|\b(?:which|what) school (?:your|ur) (?:\w+ )?(?:sister|brother|sis|bro|cousins?|twins?) (?:goes|go|attends?) to\b|\b(?:your|ur) (?:\w+ )?(?:sister|brother|sis|bro|cousin|twin)'?s school (?:is )?called what\b",
        r"\b(?:are|is) (?:your|ur) (?:parents|mom|dad|mum|mommy|daddy|grown ?ups|family) (?:home|there|around|out|away|at work|asleep)\b",
        r"\bare you (?:home )?alone\b|\bis (?:anyone|anybody|somebody|a grown ?up) (?:home|with you|there)\b|\bwhere are you right now\b",
        r"\bwhen (?:do|are|will) (?:your|ur) (?:parents|mom|dad|mum|family|grown ?ups) (?:leave|away|go out|gone|(?:not )?(?:at )?home|out|asleep|at work|be (?:out|away|gone))\b",
        # (miss59) a bank card's number or code: "type your mum's card number and the three digits on the back"
        r"\b(?:type|tell me|give me|send me|read me|read out|copy|put|enter|write|what'?s|whats|what is|what are|share|i need|can i have|could you tell me)\b[^.?!]{0,40}\b(?:(?:bank |credit |debit |payment )?card (?:number|numbers|details|digits|code|pin)|(?:long )?(?:number|numbers|digits) on (?:the|her|his|their|your|ur|\w+'?s) (?:\w+ )?card|(?:three|3|four|4) (?:digits|numbers) on the back|security code|cvv|cvc|expiry date)\b",
        # (miss59) where the child sleeps on holiday: "what's the name of your hotel and your room number?"
        r"\b(?:name of (?:your|ur) (?:hotel|campsite|caravan park|holiday park|apartments?|villa)|(?:your|ur) (?:hotel|hotel room|room|cabin|caravan|chalet|tent|pitch|villa|apartment|lodge) number|what (?:room|hotel|campsite) (?:number )?(?:are|r) (?:you|u) (?:in|staying)|which (?:room|hotel|campsite) (?:are|r) (?:you|u) (?:in|staying)|exactly where (?:you'?re|you are|ur|u r) staying)\b",
        r"\bwhere do you go to school\b|\bwhat'?s (?:the|your|ur) (?:number|phone|cell)\b|\bwho(?:'s| is) (?:home|at home|there) with you\b|\b(?:do you|are you) [^.?!]{0,20}\balone\b",
    ]
)


_PRIVACY_ADVICE = prefiltered(
    r"\b(?:(?:never|don'?t|do not|best not to|shouldn'?t|no need to|not to)(?: ever)?(?: to)? (?:share|give|tell|say|post|send|type|enter|put|write)|careful|private|privacy|keep (?:it|them|that|your \w+) (?:to yourself|private|safe|secret from strangers))\b"
)


# (leftovers) A family story asked for: "Tell me about your gran's home town", "your uncle's
# town, does it have a castle?". A grandparent's, an aunt's or an uncle's town or city is a
# place in a story, not the child's address; spoilt when the child's own street, house or
# home, a visit or a meeting is asked about too.
_RELATIVES_TOWN = prefiltered(
    r"\b(?:nan|nana|gran|granny|grandma|grandad|grandpa|granddad|auntie|aunt|aunty|uncle)'?s (?:home ?)?(?:town|city)$"
)
_RELATIVES_TOWN_SPOILT = prefiltered(
    r"\b(?:address|street|road|postcode|zip|house number|where (?:do )?you live|you live|your (?:house|home|school)|near (?:you|your)|"
    r"visit\w*|come (?:to|over|round|and)|meet\w*|find you|right now|alone|secret)\b"
)


def find_teddy_info_requests(text: str) -> list[Finding]:
    found: list[Finding] = []
    for m in _TEDDY_ASKS_INFO.finditer(text):
        if _PRIVACY_ADVICE.search(text[max(0, m.start() - 40) : m.end()]):
            continue
        if _RELATIVES_TOWN.search(m.group()) and not _RELATIVES_TOWN_SPOILT.search(text):
            continue
        found.append(Finding(PI, "asks_personal_info", SEVERE, m.start(), m.end()))
    return found
