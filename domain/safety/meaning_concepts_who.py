# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Who does something to the child, for rules keyed on a person + an act + a context
(rules_meaning_grooming_camera_undressed, rules_meaning_grooming_given_to_take).

- OUTSIDE_ADULT: a grown-up or an older or online person outside the child's close family:
  a coach, a teacher, an uncle, a stepdad or a stepbrother, mum's boyfriend, a friend's dad, a neighbour, a man,
  someone online (miss8283: "my bestie from online"), a person with a grown-up's age. Who they are makes an act with a camera at
  bath time, or a drink given with "don't tell", a warning sign whatever else the message says.
- CLOSE: the people whose bedtime call or bath-time song is ordinary care or play: a parent, a
  grandparent, an auntie, a brother or sister, a cousin, a friend from school.
- SOMEONE: a bare "he", "she" or "they": counted as an outside adult only when no close person
  is named in the same clause (then "he" may be dad).
Each pattern alone decides nothing.
"""

from __future__ import annotations

from domain.safety.prefilter import prefiltered

_OTHERS_CARER = (
    r"(?:dad|daddy|mum|mom|mummy|mommy|uncle|grandad|grandpa|brother|step ?dad|stepdad|boyfriend)"
)
OUTSIDE_ADULT = prefiltered(
    r"\b(?:coach|teacher|tutor|instructor|trainer|leader|scout leader|youth leader|caretaker|janitor|priest|vicar|pastor|imam|helper|volunteer|"
    r"babysitter|baby ?sitter|childminder|lodger|neighbou?r|uncle|step ?dad|stepdad|step ?father|stepfather|step ?brother|stepbrother|"
    r"man|men|guy|bloke|lady|woman|stranger|grown ?-?up|grownup|adult|someone|somebody|a person|teen|teenager|"
    r"older (?:boy|girl|kid|guy|man|lad|friend)|big (?:boy|kid|lad)s? (?:from|at|on|in)|boy (?:from|on|in) (?:the|a|my) (?:game|server|chat|app)|"
    r"online (?:friend|bestie|bff|mate|pal|buddy)|(?:friend|bestie|bff|mate|pal|buddy) (?:i met )?(?:from|on|in) (?:the |a |my )?(?:online|game|internet|roblox|fortnite|minecraft|discord|snap\w*|tiktok|insta\w*|app|server|chat|xbox|playstation)|"
    r"player|gamer|(?:roblox|fortnite|minecraft|discord|snap\w*|tiktok|insta\w*|xbox) (?:friend|guy|man|person)|"
    r"mr \w+|mrs \w+|miss \w+|sir|"
    # (the roles of grooming_lessons_lifts: drivers, photographers, judges, shop and pool staff)
    r"(?:taxi|cab|uber|delivery|van|lorry|bus|minibus|school bus|lift) ?(?:driver|man|guy)|driver|postman|postie|photographer|cameraman|director|producer|judge|agent|talent scout|organi[sz]er|manager|shopkeeper|security guard|guard|concierge|porter|lifeguard|choreographer|conductor|examiner|"
    r"(?:mum|mom|mummy|mommy|dad|daddy|nan|nana|gran|granny|grandma|auntie|aunt)'?s (?:new )?(?:boyfriend|girlfriend|friend|mate|partner|husband)|"
    r"(?:my |his |her |the )?(?:friend|mate|neighbou?r|bestie|cousin|teacher|coach)'?s "
    + _OTHERS_CARER
    + r"|"
    r"(?:his|her|their) " + _OTHERS_CARER + r"|"
    r"(?:1[6-9]|[2-9]\d) ?(?:yo|y/o|years? old|yr old|yrs old))\b"
)
CLOSE = prefiltered(
    r"\b(?:mum|mom|mummy|mommy|mam|mama|ma|dad|daddy|da|papa|parents|nan|nana|nanny|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|grandparents|"
    r"auntie|aunt|aunty|brother|sister|bro|sis|cousins?|twin|"
    r"(?:best |bestest )?friends?|bestie|mates?|classmates?|boy in my class|girl in my class|my (?:boy|girl)friend)\b"
)
# Outside adults who are not family either: a stranger, someone online, a coach or a tutor.
STRANGER = prefiltered(
    r"\b(?:man|men|guy|bloke|lady|woman|stranger|someone|somebody|a person|online|internet|game|server|chat|app|player|gamer|"
    r"roblox|fortnite|minecraft|discord|snap\w*|tiktok|insta\w*|xbox|playstation|coach|tutor|teacher|instructor|trainer|leader|"
    r"caretaker|priest|babysitter|childminder|lodger|neighbou?r|older (?:boy|girl|kid|guy|man|lad)|teen|teenager|mr \w+|sir|"
    r"(?:1[6-9]|[2-9]\d) ?(?:yo|y/o|years? old|yr old|yrs old))\b"
)
SOMEONE = prefiltered(r"\b(?:he|she|they|him|her|them)\b")
