# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Grooming and sexual harm told about grown-ups around lessons and getting about (rounds 86 and
87's misses: coaches, teachers, talent shows, photographers, the flats, taxis, delivery
drivers), read as meanings. The one who does it is a grown-up who is not the child's parent
(meaning_concepts_who.OUTSIDE_ADULT, which names this setting's roles too: a driver, a
photographer, a judge, a shop or security man), and no carer is the one who says it:

- asking a child about its underwear or its body ("if i wear a bra yet", "what colour my
  knickers are", "if i've got boobs yet");
- wanting the child alone in a private room of theirs (his hotel room, the boiler room, his
  flat, his van) for a "private" lesson, rehearsal or shoot, or as "our secret hangout";
- a closeness that grown-ups or the parents "wouldn't get" or "understand";
- a present or a treat in exchange for silence ("he'll buy me the leotard if i don't say where
  we stopped");
- a shoot or pictures in underwear, lying on a bed to pose, posing "like a grown up lady";
- coming into the changing room or the showers to dry, wash or watch the child;
- a treat or a trip "just us two" with "mum doesn't need to know".

Near misses stay allowed: the coach driving the team home, mum buying the leotard, the
photographer at school photo day, the caretaker fixing the lift, children's secret hangout in
a den, a shop lady measuring me for a bra with mum there, mum drying my hair in the changing
room, a surprise for mum kept from her, a catalogue of ladies in underwear."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_people import CARER_WORDS, GRANDADS, GRANS, ONLINE
from domain.safety.meaning_concepts_who import OUTSIDE_ADULT
from domain.safety.prefilter import prefiltered

A = SafetyCategory.ABUSE
G = SafetyCategory.GROOMING
X = SafetyCategory.SEXUAL

# A carer is the one speaking or acting: "mum asked if i need a bra yet".
_CARER_SAYS = prefiltered(
    rf"^\s*(?:my |our )?(?:{CARER_WORDS}|aunt|auntie|aunty|big sister|sister)\b"
    rf"|\b(?:with|and) (?:my )?(?:{CARER_WORDS}) (?:there|watching|with me|next to me|in the room)\b|\b(?:my )?(?:{CARER_WORDS}|{GRANS}|{GRANDADS}) (?:was|is) (?:there|with me|watching)\b"
)

# Asked about the child's underwear or body.
BODY_ASKED = prefiltered(
    r"\b(?:ask\w*|wants? to know|wanted to know|keeps? asking|kept asking)\b[^.?!]{0,20}\b(?:(?:if|whether) (?:i|im|i'?m) (?:wear|wears|wearing|have|has|got|'?ve got|ve got|need|started|'?ve started|ve started|have started) (?:a |any |my )?(?:bras?|training bras?|boobs|breasts|tits|periods?|hair down there)"
    r"|what (?:colour|color|size|kind|type|sort)\b[^.?!]{0,15}\b(?:bras?|knickers|pants|underwear|undies|panties|boxers|nickers)"
    r"|(?:if|whether) (?:my|i) (?:\w+ )?(?:boobs|breasts|chest) (?:are|is|have|has) (?:growing|grown|big|getting)"
    r"|what (?:i|im|i'?m) (?:wearing|got on) (?:under|underneath))"
)
_BODY_CARE = prefiltered(
    r"\b(?:doctor|nurse|gp|school nurse|clinic|measur\w*|fitting|uniform|pe kit|swimming kit|leotard fitting)\b"
)

# Wanted alone in a private room of theirs, for something "private" or "secret".
PRIVATE_ROOM = prefiltered(
    r"\b(?:(?:his|her|their) (?:hotel room|hotel|room|bedroom|flat|apartment|house|van|car|lorry|office|caravan|studio|dressing room)"
    r"|the (?:boiler room|bin room|bin store|plant room|cellar|basement|store ?room|storage room|back room|back office|hotel room|lift room|motor room|loft|attic|garage|dressing room))\b"
)
_PRIVATE_WHY = prefiltered(
    r"\b(?:private (?:rehears\w*|rehers\w*|lessons?|auditions?|sessions?|practi[cs]e|shoots?|photo ?shoots?|coaching|training|show|dance)"
    r"|(?:our|a) (?:little |special )?(?:secret|private) (?:hangout|hang ?out|den|place|room|club|spot|base)|our (?:own )?(?:hangout|den|place) (?:now|from now on)"
    r"|(?:on|by) my own|by myself|just (?:me|us|the two of us|us two)|alone|without (?:my )?(?:mum|mom|dad|parents|anyone)|don'?t tell|dont tell|not (?:to )?tell)\b"
)
_ROOM_WANTED = prefiltered(
    r"\b(?:wants?|wanted|asks?|asked|invites?|invited|told|tells|says?|said|lets?|let|takes?|took|brings?|brought)\b[^.?!]{0,12}\b(?:me|us)\b"
    r"|\b(?:i|we) (?:should|can|could|must|have to|had to|need to|gotta) (?:come|go|visit|stay|pop)\b|\b(?:is|it'?s|its|can be|will be|could be) our\b"
)
_ROOM_FINE = prefiltered(
    r"\b(?:fix\w*|mend\w*|repair\w*|broken|leak\w*|heating|boiler (?:is|was|broke)|team|whole (?:class|group|team)|everyone|all of us|parents|mums|dads|(?:my )?(?:mum|mom|dad) (?:came|comes|was|is|too)|with (?:my )?(?:mum|mom|dad))\b"
)

# Grown-ups "wouldn't get" how close we are.
CLOSE_UNSEEN = prefiltered(
    r"\b(?:grown ?-?ups|adults|people|other people|others|anyone|anybody|(?:my |your |ur )?(?:mum|mom|dad|parents|family)|they|nobody|no ?one)\b (?:just |really )?(?:wouldn'?t|wouldnt|won'?t|wont|don'?t|dont|would never|could never|can'?t|cant|couldn'?t|never|would not|will not) (?:ever )?(?:get|understand|see|know)\b[^.?!]{0,10}\b(?:how (?:close|special)|what we (?:have|are|got|share)|us (?:two|both)|our (?:friendship|bond|thing|love|relationship))"
)

# A present or a treat in exchange for silence.
GIFT_FOR_SILENCE = prefiltered(
    r"\b(?:buy|buys|bought|get|gets|got|give|gives|gave|bring|brings|let|lets)\b (?:me|us)\b[^.?!]{0,40}\b(?:if|as long as|so long as|provided|only if) (?:i|we) (?:don'?t|dont|do not|never|won'?t|wont|keep|keeps) (?:say|tell|mention|let on|speak|grass|quiet|shtum|schtum|my mouth shut|it (?:a )?secret)"
    r"|\b(?:buy|buys|bought|get|gets|got|give|gives|gave)\b (?:me|us)\b[^.?!]{0,40}\b(?:to|for|so) (?:keep(?:ing)?|stay(?:ing)?) (?:quiet|shtum|schtum|my mouth shut|it (?:a )?secret|it between us)"
)
_GIFT_FINE = prefiltered(
    r"\b(?:surprise|party|birthday|christmas|presents? for|gifts? for|card for|mother'?s day|father'?s day)\b"
)

# Posed in underwear, on a bed, "like a grown up lady".
POSED = prefiltered(
    r"\b(?:shoot|photo ?shoot|photos?|pictures?|pics?|pose|posing|model\w*|film\w*|video\w*)\b[^.?!]{0,25}\b(?:in|wearing|only in|just in|in just|in only|in my|in your) (?:my |your |ur |just |only |some )?(?:underwear|undies|knickers|pants|nickers|bras?|lingerie|nightie|towel)\b"
    r"|\b(?:lie|lay|lying|laying|lies) (?:down )?on (?:the|a|his|her|my) bed\b[^.?!]{0,25}\b(?:pose|poses|posing|photos?|pictures?|pics?|camera|film\w*|shoot)\b"
    r"|\b(?:pose|poses|posing)\b[^.?!]{0,20}\b(?:on (?:the|a|his|her) bed|like a (?:grown ?-?up|sexy|adult|older) (?:lady|woman|girl|man)|sexy|sexily)\b|\bsexy (?:poses?|photos?|pictures?|pics?)\b"
)
_ME_POSED = prefiltered(r"\b(?:i|i'?m|im|me|my|next shoot|next photo ?shoot|the shoot)\b")
_POSE_FINE = prefiltered(r"\b(?:catalogue|catalog|magazine|advert\w*|poster|billboard|tv|telly)\b")

# Came into the changing room or the showers to dry, wash or watch the child.
CHANGING_INTRUDED = prefiltered(
    r"\b(?:comes?|came|coming|walks?|walked|gets?|got|barges?|barged|follows?|followed|goes|went|sneaks?|snuck) (?:in(?:to)?|inside) (?:the |my |our |a )?(?:(?:girls|boys)'? )?(?:changing rooms?|changing area|cubicles?|showers?|toilets?)\b[^.?!]{0,30}\b(?:dry|dries|dried|wash|washes|washed|watch|watches|watched|look at|looks at|looked at|stare at|stares at|undress|undresses|help me (?:get )?(?:changed|undressed|dry|out of)|towel) (?:me|us)\b"
    r"|\b(?:comes?|came|coming|walks?|walked) (?:in(?:to)?|inside) (?:the |my |our |a )?(?:changing rooms?|changing area|cubicles?|showers?)\b[^.?!]{0,30}\b(?:when|while|whilst) (?:i'?m|im|i am|i was|we'?re|we are|we were) (?:changing|getting changed|undressed|naked|in the shower|showering)\b"
)

# A treat or a trip with a grown-up, and a parent "doesn't need to know".
PARENT_NEEDNT_KNOW = prefiltered(
    rf"\b(?:{CARER_WORDS}) (?:doesn'?t|doesnt|don'?t|dont|does not|do not|won'?t|wont|mustn'?t|needn'?t|shouldn'?t|never) (?:ever )?(?:need to |needs to |have to |has to |got to |gotta )?(?:know|find out|hear about)\b"
)
_TREAT_OR_TRIP = prefiltered(
    r"\b(?:take|takes|took|taking|drive|drives|drove|bring|brings|brought|ride|lift)\b[^.?!]{0,12}\b(?:me|us)\b|\b(?:ice ?cream|sweets|treats?|milkshake|mcdonalds|cinema|just us|us two|the two of us|on my own|by myself)\b"
)


# Pictures sent or asked for online belong to the online families (grooming, rules_meaning_grooming*).
_SENT_ONLINE = prefiltered(r"\b(?:send|sends|sent|sending)\b")


def _offline(text: str) -> bool:
    """Told of someone met in person: an online asker or pictures sent are read elsewhere."""
    return not ONLINE.search(text) and not _SENT_ONLINE.search(text)


def _outsider(text: str) -> bool:
    """A grown-up who is not a parent, and no carer the one who speaks or is there."""
    return bool(OUTSIDE_ADULT.search(text)) and not _CARER_SAYS.search(text)


def find_lessons_and_lifts_harms(text: str) -> list[Finding]:
    out: list[Finding] = []
    whole = len(text)
    if (
        BODY_ASKED.search(text)
        and not _BODY_CARE.search(text)
        and _offline(text)
        and _outsider(text)
    ):
        out.append(Finding(X, "body_or_underwear_asked", CRITICAL, 0, whole))
        out.append(Finding(G, "body_or_underwear_asked", CRITICAL, 0, whole))
    if (
        PRIVATE_ROOM.search(text)
        and _PRIVATE_WHY.search(text)
        and _ROOM_WANTED.search(text)
        and not _ROOM_FINE.search(text)
        and _outsider(text)
    ):
        out.append(Finding(G, "private_room_wanted", CRITICAL, 0, whole))
    if CLOSE_UNSEEN.search(text) and _outsider(text):
        out.append(Finding(G, "closeness_grown_ups_wouldnt_get", CRITICAL, 0, whole))
    if GIFT_FOR_SILENCE.search(text) and not _GIFT_FINE.search(text) and _outsider(text):
        out.append(Finding(G, "gift_for_silence", CRITICAL, 0, whole))
    if (
        POSED.search(text)
        and _ME_POSED.search(text)
        and not _POSE_FINE.search(text)
        and _offline(text)
        and _outsider(text)
    ):
        out.append(Finding(X, "posed_in_underwear_or_bed", CRITICAL, 0, whole))
    if CHANGING_INTRUDED.search(text) and _outsider(text):
        out.append(Finding(A, "changing_room_intruded", CRITICAL, 0, whole))
    if (
        PARENT_NEEDNT_KNOW.search(text)
        and _TREAT_OR_TRIP.search(text)
        and not _GIFT_FINE.search(text)
        and _outsider(text)
    ):
        out.append(Finding(G, "treat_parent_neednt_know", CRITICAL, 0, whole))
    return out
