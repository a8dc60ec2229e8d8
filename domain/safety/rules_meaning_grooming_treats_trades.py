# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Grooming by a treat for time alone, and a present traded for where the child is (rounds 70
and 71), read as meanings:

- a treat for going somewhere closed with someone: an older boy, a helper or a worker says the
  child can have extra pudding, sweets or money if it goes into the store room, the office or
  the shed with him, alone, or "and not say";
- a present traded for a whereabouts: someone on a game or online will send the child a
  costume, skins or a present if it tells him which hotel, school, campsite or street it is at.

Near misses stay allowed: "mum says i can have sweets if i tidy my room", "the dinner lady says
i can have extra pudding if i help stack the chairs with my class", "my friend on the game sent
me a skin for my birthday", "the hotel we're at has a pool"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, SEVERE, Finding
from domain.safety.prefilter import prefiltered

_TREAT = r"(?:extra |more |free |some |a |an |loads of |lots of |a big |big )?(?:pudding|puddings|sweets|sweeties|chocolate|chocolates|crisps|treats?|biscuits?|cake|cookies|money|cash|a fiver|a tenner|£\d+|ice creams?|lollies|lolly|candy|vapes?|fizzy drinks?|pop|robux|v-?bucks|gems|skins?|toys?|presents?|a present|a gift|gifts)"
_CLOSED = r"(?:store ?room|storeroom|stock ?room|office|cupboard|shed|van|car|flat|house|toilets?|loos?|changing rooms?|kitchen|back room|back|basement|cellar|garage|tent|caravan|cabin|hut|room|bedroom|attic|boiler room|staff room)"
TREAT_FOR_CLOSED_ROOM = prefiltered(
    rf"\b(?:i can have|i could have|i can get|i could get|i'?ll get|ill get|i will get|i get|i got|he'?ll give me|she'?ll give me|he will give me|he gives me|she gives me|gives me|give me|get me|he'?ll buy me|buys me)\b {_TREAT}\b[^.?!]{{0,12}}\b(?:if|when|as long as|for) (?:i )?(?:go|going|come|coming|went|stay|staying|get|getting|hide|hiding|sit|sitting|wait|waiting) (?:in|into|inside|to|round|behind|up to|back to|down to|in to) (?:the|his|her|their|a) (?:\w+ )?{_CLOSED}\b[^.?!]{{0,30}}\b(?:with (?:him|her|them)|alone|on my own|by my ?self|and (?:not|don'?t|dont|never) (?:say|tell|let on)|(?:not|don'?t|dont) (?:say|tell)|secret|when no ?one|when nobody)"
)
_TREAT_SAFE = prefiltered(
    r"\b(?:my class|the class|everyone|all of us|with my (?:mum|mom|dad|friends?|class|brother|sister)|tidy|tidying|help (?:stack|clear|wash|tidy)|my room)\b"
)

_ONLINE = r"(?:on (?:my|a|the|this|his) (?:game|server|app|chat)|online|on (?:roblox|fortnite|minecraft|discord|tiktok|snapchat|snap|insta|instagram|whatsapp|youtube|xbox|playstation|ps\d|switch|among us|twitch)|in (?:the|a|my) (?:game |group )?chat|(?:i|we) (?:met|play|played|talk|talked|chat) (?:with )?(?:online|on))"
_WHEREABOUTS = r"(?:what|which|the name of (?:the|our|my)|where(?: the)?|the) (?:hotel|school|street|road|campsite|caravan park|holiday park|caravan|town|city|village|beach|park|airport|address|flat|house number|postcode)|where (?:i|we) (?:live|are staying|'?re staying|are at|'?re at|were at|stay|go to school)|(?:my|our) (?:address|postcode|hotel|room number|school|street|house number)"
GIFT_FOR_WHEREABOUTS = prefiltered(
    rf"\b(?:send|give|get|buy|post|deliver|bring|drop off|gift)\b (?:me|us|you|u) (?:a |an |some |free |the )?[^.?!]{{0,30}}\b(?:if|when|as long as|once|but only if|for) (?:i|we|you|u) (?:tell|give|send|say|show|message|dm|text|type)\b (?:him|her|them|it)?\s?(?:{_WHEREABOUTS})\b"
)
_ONLINE_SOURCE = prefiltered(
    rf"\b(?:{_ONLINE}|someone|somebody|a man|a guy|a stranger|this person|a person)\b"
)


def find_grooming_treats_trades(text: str) -> list[Finding]:
    whole = len(text)
    if TREAT_FOR_CLOSED_ROOM.search(text) and not _TREAT_SAFE.search(text):
        return [
            Finding(
                SafetyCategory.GROOMING, "treat_for_a_closed_room", CRITICAL, 0, whole, "isolation"
            )
        ]
    if GIFT_FOR_WHEREABOUTS.search(text) and _ONLINE_SOURCE.search(text):
        return [
            Finding(SafetyCategory.GROOMING, "gift_for_whereabouts", CRITICAL, 0, whole, "meeting"),
            Finding(SafetyCategory.PERSONAL_INFO, "gift_for_whereabouts", SEVERE, 0, whole),
        ]
    return []
