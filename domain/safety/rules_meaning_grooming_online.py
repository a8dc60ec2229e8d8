# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Grooming by someone met online or in a game, told in a child's words (round 27): asking
what the child's bedroom looks like or what they sleep in; a gift card or game currency
for turning the camera on; a present posted to the child, for which he "just needs" the
address; chats that are "our secret" because grown-ups would ruin or stop it; moving to an
app where the messages disappear, to talk "more private"; (round 29) a tutor or coach moving
the lessons to a different app "so mum can't read our messages"; (round 32) a friend's
grown-up or older boyfriend met online who is picking her up or meeting her.

Each family needs the online contact and the thing asked or promised; a shop, a school or a
parent doing the asking is left alone.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

G = SafetyCategory.GROOMING

# Someone met online or in a game (not a shop or a website the child orders from).
ONLINE_PERSON = prefiltered(
    r"\b(?:roblox|fortnite|minecraft|tiktok|discord|snapchat|snap|instagram|insta|youtube|among us|xbox|playstation|ps[45]|twitch|kik|whatsapp|online|internet|gaming|gamer|(?:the|a|an|this|that) (?:game|app|chat room|server)|(?:game|gaming|online|internet|discord|minecraft|roblox|fortnite|xbox) (?:friend|buddy|mate|pal|bestie|bff|guy|boy|girl|man|person)|met (?:him|her|them) on|(?:from|in|on) (?:the|a|my) (?:game|server|chat))\b"
)

# Where the child sleeps and what they wear in bed or underneath.
BEDROOM_QUESTION = prefiltered(
    r"\b(?:ask\w*|wants? to know|wanted to know|keeps? asking|wonder\w*|said)\b[^.?!]{0,25}\b(?:(?:if|whether|do|does) (?:i|you|u) (?:sleep|go to bed|lie in bed) (?:in|with) (?:just |only )?(?:my|your|ur|no|nothing|pyjamas|pajamas|pjs|undies|underwear|pants|knickers|boxers|a nightie)|what (?:i|you|u) (?:sleep|wear) (?:in|to bed|in bed|under)|what (?:colour|color|kind of) (?:underwear|undies|pants|knickers|bra)|(?:if|whether) (?:my|your|ur) (?:bed ?room )?door (?:locks|has a lock|is locked)|(?:if|whether) (?:i|you|u) (?:have|got|share) (?:my|your|ur) own (?:bed ?room|room))\b"
)

# What the bedroom looks like: from someone online, not a cousin or a friend from school.
ROOM_QUESTION = prefiltered(
    r"\b(?:ask\w*|wants? to know|wanted to know|keeps? asking|wonder\w*)\b[^.?!]{0,25}\bwhat (?:my|your|ur) (?:bed ?room|room|bed) (?:looks? like|is like)\b"
)
KNOWN_PEOPLE = prefiltered(
    r"\b(?:cousins?|brother|sister|mum|mom|dad|nan|nana|gran|grandma|grandpa|grandad|auntie|aunt|friends? from school|school friends?|classmates?|in my class|painted|decorat\w*|new house|moving)\b"
)

# A gift card, game currency or money, for turning the camera or a video call on.
_GIFT = r"(?:gift ?cards?|robux|v-?bucks|vbucks|minecoins|coins|gems|skins?|battle ?pass|money|cash|presents?|\$\s?\d+|£\s?\d+|\d+ ?(?:dollars|pounds|quid|bucks))"
_CAMERA_ON = r"(?:turn|put|switch|go|get|come|be)\w* (?:on )?(?:my|your|ur|the)? ?(?:camera|cam|webcam|video|facetime)(?: on)?|(?:video ?call|facetime|go live|on cam|on camera)"
GIFT_FOR_CAMERA = prefiltered(
    rf"\b{_GIFT}\b[^.?!]{{0,40}}\b(?:if|when|for|once|as long as|but only if) (?:i|you|u|we) (?:just )?(?:{_CAMERA_ON})\b"
    rf"|\b(?:if|when|once|as long as) (?:i|you|u|we) (?:just )?(?:{_CAMERA_ON})\b[^.?!]{{0,40}}\b(?:get|give|send|sends|gives|buy|pay)\w*\b[^.?!]{{0,20}}\b{_GIFT}\b"
)

# A present posted to the child: he or she needs the address, the house, the postcode.
POSTED_PRESENT = prefiltered(
    r"\b(?:mail|post|send|deliver|ship)\w*\b[^.?!]{0,25}\b(?:present|gift|parcel|package|surprise|something|stuff|toy|sweets|phone|headset)\b"
    r"|\b(?:present|gift|parcel|package|surprise)\b[^.?!]{0,25}\b(?:mail|post|send|deliver|ship)\w*\b"
)
ADDRESS_WANTED = prefiltered(
    r"\b(?:my|your|ur|the|our) (?:address|postcode|post code|zip ?code|house number|street)\b|\bwhere (?:i|you|u|we) live\b"
)
PERSON_ASKING = prefiltered(
    r"\b(?:he|she|they|him|her|guy|man|lady|woman|boy|girl|friend|buddy|mate|someone|somebody|person|gamer)\b"
)
ORDERED_THINGS = prefiltered(
    r"\b(?:shop|store|amazon|ebay|order\w*|bought online|competition|prize draw|school|teacher|(?:my|our) (?:mum|mom|dad|nan|grandma|gran|auntie|uncle|parents))\b"
)

# Chats kept secret from grown-ups, who "ruin everything" or "wouldn't understand".
SECRET_CHATS = prefiltered(
    r"\b(?:our|the|these|his|her|my|them|all) (?:chats?|messages|talks?|calls?|dms|texts|friendship|conversations?|games together)\b (?:are|is|(?:must|have to|has to|should|gotta|got to|need to|needs to|will|are gonna) (?:be|stay|remain)|stays?|stay) (?:a |our |just )?(?:secret|private|between us|just for us|our secret|(?:just )?between (?:me and (?:him|her)|us two|the two of us))\b"
    r"|\b(?:keep|keeping|kept)\b (?:our |the |these |his |her )?(?:chats?|messages|talks?|calls?|dms|texts|friendship) (?:a )?(?:secret|private|between us)\b"
)
GROWN_UPS_KEPT_OUT = prefiltered(
    r"\b(?:grown ?ups?|grownups|adults|parents|mums?|moms?|dads?|teachers?|your (?:mum|mom|dad|parents|family)|ur (?:mum|mom|dad|parents))\b[^.?!]{0,20}\b(?:ruin|spoil|wreck|stop|ban|take away|get mad|be mad|get angry|would(?:n'?t| not) (?:understand|get it)|don'?t (?:understand|get it)|won'?t (?:understand|let)|never understand|(?:would|will) freak)\w*"
    r"|\b(?:cuz|cos|coz|because|or|otherwise)\b[^.?!]{0,10}\b(?:they'?ll|they will|they would|they'?d)\b[^.?!]{0,10}\b(?:ruin|spoil|stop|ban|take|freak)\w*"
)

# An app or chat where the messages disappear, to talk "more private" or so no one sees.
VANISHING_MESSAGES = prefiltered(
    r"\b(?:messages?|chats?|texts?|pics?|photos?|pictures?|snaps?|dms)\b[^.?!]{0,15}\b(?:disappear|vanish|delete (?:themselves|itself|automatically|after)|self[ -]?destruct|auto[ -]?delete|go away after|get deleted|are deleted|don'?t save|aren'?t saved|never saved)\w*"
    r"|\b(?:disappearing|vanishing|self[ -]?destructing|secret|hidden|private) (?:messages?|chats?|mode|texts?)\b"
)
TALK_PRIVATE = prefiltered(
    r"\b(?:so|then|where|and)\b (?:we|i|nobody|no one|noone|no-one) (?:can|could|will|would|won'?t|can'?t)\b[^.?!]{0,15}\b(?:talk|chat|message|text)\w*\b[^.?!]{0,10}\b(?:more )?(?:private|privately|in private|in secret|secretly|without|alone)\b"
    r"|\b(?:more|extra|totally|really) private\b|\b(?:nobody|no one|noone|no-one) (?:can|could|will|would) (?:ever )?(?:see|read|find|know)\b"
    r"|\b(?:my|your|ur) (?:mum|mom|mummy|mommy|dad|daddy|parents|family|nan)\b (?:can'?t|cant|cannot|won'?t|wont|will never|can never|never|doesn'?t|don'?t) (?:ever )?(?:see|read|find|know|check)\b"
)
PROPOSED = prefiltered(
    r"\b(?:he|she|they|someone|somebody|guy|man|boy|girl|friend|buddy|mate)\b[^.?!]{0,25}\b(?:told|tells|wants?|wanted|asked|asks|said|says|keeps? saying|made|makes|got me|sent me a link)\b"
)
GROWN_UP_LESSON = prefiltered(
    r"\b(?:never|don'?t ever|stay(?:ing)? safe|online safety|e-?safety|police|lesson|assembly|quiz|teacher said|warned|careful)\b"
)

# (round 29) A tutor, coach or someone online moving the talk to a different, new or secret
# app, account or number so that a parent can't read or see it ("for our lessons" included;
# round 48: a video call "on a different app where mum cant see");
# an app the parent set up, or one they can see, is left alone.
ANOTHER_APP = prefiltered(
    r"\b(?:use|using|move|moving|switch\w*|go|going|talk|chat|message|text|download|get|install|join|make|set up|call|calling|ring|facetime|video ?chat|voice ?chat|skype)\w*\b[^.?!]{0,20}\b(?:a |an |this |another |other |different |new |separate |secret |private |his |her |their )(?:different |other |new |secret |private |separate |special )?(?:apps?|chats?|accounts?|platforms?|website|site|server|number|phone|email|game)\b"
)
PARENT_CANT_SEE = prefiltered(
    r"\b(?:so|where|then|and|because|cos|coz|as)\b (?:my |your |ur |our )?(?:mum|mom|mummy|mommy|dad|daddy|parents|family|nan|grown-?ups|teachers?|nobody|no one|noone|no-one)(?: else)?\b (?:can'?t|cant|cannot|can not|won'?t|wont|doesn'?t|doesnt|don'?t|dont|never|will never|can never) (?:ever )?(?:see|read|check|find|know|look at|get into)\b"
    r"|\b(?:so|where|then|and)\b (?:nobody|no one|noone|no-one)(?: else)? (?:can|could|will|would) (?:ever )?(?:see|read|check|find|know)\b"
)
_TEACHER_OR_CONTACT = prefiltered(
    r"\b(?:tutor|teacher|coach|instructor|trainer|leader|helper|he|she|they|someone|somebody|man|guy|lady|woman|friend|buddy|mate)\b"
)
PARENT_OVERSEES = prefiltered(
    r"\b(?:mum|mom|mummy|mommy|dad|daddy|parents|nan) (?:set (?:it )?up|chose|picked|put (?:it )?on|knows|said (?:it'?s|its) (?:ok|fine)|can (?:see|read|check|join|watch))\b"
)

# (round 32) A friend's (or a sister's) grown-up boyfriend met online, picking her up or
# meeting her ("a grownup boyfriend she met on insta and hes picking her up after school"); a
# mum's or an aunt's boyfriend is a grown-up's own business.
GROWN_BOYFRIEND = prefiltered(
    r"\b(?:grown ?-?up|older|adult|much older|(?:1[89]|[2-9]\d) ?(?:year old|yr old|yo)) (?:boyfriend|girlfriend|bf|gf)\b"
    r"|\b(?:boyfriend|girlfriend|bf|gf) (?:is|'s|was) (?:a |an |like )?(?:grown ?-?up|adult|grown man|man|(?:1[89]|[2-9]\d))\b"
)
MEETS_HER = prefiltered(
    r"\b(?:pick\w* (?:her|him|them) up|collect\w* (?:her|him|them)|meet\w* (?:her|him|them|up)|com(?:e|es|ing) to (?:get|see|collect|fetch) (?:her|him|them)|(?:going|gonna) to (?:meet|see) (?:him|her)|drive (?:her|him)|in his car|after school|from school|at the (?:park|shops|station|bus stop))\b"
)
GROWN_UPS_OWN = prefiltered(
    r"\b(?:my|our|her|his) (?:mum|mom|mummy|mommy|mam|mother|aunt|auntie|aunty|nan|nana|gran|granny|grandma|dad|daddy|uncle)\b"
)

# (round 34) A gift from someone online, and now "i owe him a favour"; someone online who loves
# the child and wants to run away with them.
GIFT_OWED = prefiltered(
    rf"\b(?:gifted|gifts|gave|gives|sent|sends|bought|buys|got)\b (?:me )?[^.?!]{{0,25}}\b(?:{_GIFT[3:-1]}|nitro|items?|loot|a gift)\b[^.?!]{{0,50}}\b(?:i owe (?:him|her|them)|owe (?:him|her|them) (?:one|a favou?r|something|back|big)|pay (?:him|her|them) back|(?:do|return) (?:him |her |them )?(?:a|the) favou?r|(?:have|need|got) to do (?:something|stuff|anything|a thing) for (?:him|her|them))\b"
)
LOVES_THE_CHILD = prefiltered(
    r"\b(?:loves?|loving|in love with|falling for|fell for)\b (?:me|you|u|ya)\b"
)
RUN_AWAY_WITH = prefiltered(
    r"\b(?:run|running|ran|runs) (?:away|off)\b(?! from)|\bleave home\b|\belope\b|\b(?:come|go|move|moving) (?:and )?(?:live|living) with (?:him|her|them)\b|\blive together\b"
)


def find_online_grooming(text: str) -> list[Finding]:
    if ONLINE_PERSON.search(text) and not KNOWN_PEOPLE.search(text):
        if GIFT_OWED.search(text):
            return [Finding(G, "grooming_told", CRITICAL, 0, len(text), "gift")]
        if LOVES_THE_CHILD.search(text) and RUN_AWAY_WITH.search(text):
            return [Finding(G, "grooming_told", CRITICAL, 0, len(text), "meeting")]
    if (
        ANOTHER_APP.search(text)
        and PARENT_CANT_SEE.search(text)
        and _TEACHER_OR_CONTACT.search(text)
        and not PARENT_OVERSEES.search(text)
    ):
        return [Finding(G, "grooming_told", CRITICAL, 0, len(text), "isolation")]
    if GROWN_UP_LESSON.search(text):
        return []
    if (
        GROWN_BOYFRIEND.search(text)
        and ONLINE_PERSON.search(text)
        and MEETS_HER.search(text)
        and not GROWN_UPS_OWN.search(text)
    ):
        return [Finding(G, "grooming_told", CRITICAL, 0, len(text), "meeting")]
    online = ONLINE_PERSON.search(text) is not None
    told = (
        (online and BEDROOM_QUESTION.search(text))
        or (online and ROOM_QUESTION.search(text) and not KNOWN_PEOPLE.search(text))
        or GIFT_FOR_CAMERA.search(text)
        or (
            online
            and POSTED_PRESENT.search(text)
            and ADDRESS_WANTED.search(text)
            and PERSON_ASKING.search(text)
            and not ORDERED_THINGS.search(text)
        )
        or (online and SECRET_CHATS.search(text))
        or (SECRET_CHATS.search(text) and GROWN_UPS_KEPT_OUT.search(text))
        or (VANISHING_MESSAGES.search(text) and PROPOSED.search(text) and TALK_PRIVATE.search(text))
    )
    if told:
        return [Finding(G, "grooming_told", CRITICAL, 0, len(text), "secrecy")]
    return []
