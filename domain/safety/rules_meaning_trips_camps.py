# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Harm told about trips, camps and outings (round 64: scout camp, the coach, the zoo, the
farm, the castle), read as meanings: who (a leader, a driver, a guide, a volunteer, a man met
there, older children) + what they did + why it harms:

- hurt with a cover story: a grown-up grabs, hits or throws something at the child (or gives
  it a bruise) and tells it to say it fell; a carer, drunk or angry, throws something at the child's head;
- undressed by a grown-up in charge: the children sent one at a time into his tent for an
  "inspection" with their pyjamas off, photographed in the showers with no towel;
- touch that creeps: a hand rubbing the child's leg "higher and higher", with a "shhh";
- a contact kept from the parent: his number written on the child's hand, "text me when your
  mum isn't looking";
- lured away from the group: "come back tomorrow without your class" to his caravan or van;
- a special friendship grown-ups "wouldn't get";
- silence bought about the cuddles (money for keeping quiet about touch);
- a flattering stranger (or someone online) asking the child's way home alone;
- a game where children must show their private parts.

Near misses stay allowed: the leader who bandaged an arm after a fall, a photo of the tents,
the driver who let the child sit up front, a ranger saying the berries are poison, the number
of the campsite written down by mum, coming back tomorrow with the class."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety import meaning_concepts_people as people
from domain.safety import meaning_concepts_who as who
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_acts import PRIVATE_NAMES
from domain.safety.prefilter import prefiltered

AB = SafetyCategory.ABUSE
SX = SafetyCategory.SEXUAL
GR = SafetyCategory.GROOMING

# A grown-up met on an outing or in charge of one, besides who.OUTSIDE_ADULT.
_TRIP_GROWN_UP = prefiltered(
    r"\b(?:akela|baloo|bagheera|brown owl|tawny owl|skipper|(?:cub|scout|beaver|brownie|guide|camp|group|youth|trip|activity|team|tour) leaders?|leaders?|"
    r"(?:coach|bus|minibus|taxi) driver|driver|ranger|(?:tour |museum |castle )?guide(?! dogs?)|zoo ?keeper|keeper|farmer|farm ?worker|lifeguard|attendant|caretaker|security guard|staff|worker|volunteer|helper|instructor|warden|steward|bloke|"
    r"mr \w+|mrs \w+|miss \w+|sir|man|lady|woman|grown ?-?up|adult)\b"
    r"|\bskip (?=(?:takes|took|said|says|made|makes|told|tells|grabbed|grabs|wants|wanted|keeps|kept|asked|asks|always|gave|gives)\b)"
)


def _grown_up(text: str) -> bool:
    return bool(_TRIP_GROWN_UP.search(text) or who.OUTSIDE_ADULT.search(text))


# Hurt with a cover story: "grabbed my arm so hard it went purple and said tell mum i fell".
_HURT_ACT = prefiltered(
    r"\b(?:grabbed|grabs|yanked|yanks|twisted|twists|squeezed|squeezes|pinched|pinches|hit|hits|slapped|slaps|punched|punches|kicked|kicks|shoved|shoves|pushed|pushes|dragged|drags|smacked|smacks|whacked|whacks|thumped|thumps|pulled|pulls|threw|throws|chucked|chucks|hurled|shook|shakes|bashed)\b"
    r"[^.?!]{0,30}\b(?:me|my (?:arm|wrist|hair|ear|neck|head|face|leg|hand|shoulder)|at my)\b"
    # (miss8283) the hurt told by its mark: "the youth club man gave me a big bruise on my arm"
    r"|\b(?:gave|gives|give|left|leaves)\b (?:me )?(?:a |an |this |these )?(?:big |massive |huge |horrible |nasty |dark |purple |black )?(?:bruises?|black eye|fat lip|nose ?bleed|bloody nose|dead arm|dead leg|cut|burn|marks?|lump)\b(?! (?:cream|plaster|ice|pack|kit|on the (?:toy|doll|picture)))"
)
_COVER_STORY = prefiltered(
    r"\b(?:said|says|told me|tells me|made me|makes me|wants? me|wanted me|warned me|goes)\b[^.?!]{0,20}?\b(?:tell|say)\b (?:(?:your|ur|my|the|to) )?(?:mum|mom|mummy|dad|daddy|parents|nan|nana|teacher|teachers|anyone|everyone|people|them|her|him)?\b ?(?:that )?(?:i|you|u) (?:fell|tripped|slipped|bumped|banged|walked into|did it (?:myself|yourself)|fell over|fell off|hurt (?:it|myself|yourself) (?:playing|on|in|at))\b"
    r"|\b(?:said|says|told me|tells me|made me|makes me|wants? me|wanted me|warned me|goes)\b[^.?!]{0,20}?\b(?:tell|say)\b (?:(?:to )?(?:them|everyone|anyone|your mum|ur mum|mum|dad|your dad) )?(?:that )?it was an accident\b"
)
# A carer throwing something at the child's head or face, drunk or leaving a mark.
_THROWN_AT = prefiltered(
    r"\b(?:threw|throws|throwing|chucked|chucks|lobbed|hurled|flung)\b(?! (?:a |the |my |his |her |some )?(?:balls?|frisbees?|pillows?|snowballs?|bean ?bags?|teddys?|teddies|water balloons?|sponges?|cushions?|leaves|confetti|sweets|paper planes?)\b)[^.?!]{0,30}\bat (?:me|my (?:head|face|back|eye|mouth|nose|legs?|arm))\b"
)
_MARK_OR_DRUNK = prefiltered(
    r"\b(?:lump|bump|bruises?|bruised|bleed\w*|blood|cut|black eye|swollen|purple|drunk|pissed|hammered|wasted|steaming|had too much|beer|wine|vodka|cried|crying|hurt|hurts|knocked)\b"
)

# Undressed by a grown-up in charge: alone in his tent, or photographed in the showers.
_ALONE_WITH = prefiltered(
    r"\b(?:in|into|to|inside) (?:his|her|the leaders?'?s?|the leader'?s) (?:tent|room|cabin|hut|caravan|van|office|dorm|bunk)\b"
    r"|\bone (?:at a time|by one|on one)\b|\b(?:on (?:my|our) own|by (?:myself|ourselves)|alone) with (?:him|her)\b"
)
_UNDRESS = prefiltered(
    r"\b(?:take|takes|took|taking|get|getting|pull|pulling) (?:off )?(?:our|my|me|your|their) (?:pjs|pj'?s|pyjamas?|pajamas?|jammies|clothes|pants|knickers|undies|shorts|trousers|nightie|t-?shirts?|tops?)(?: off)?\b"
    r"|\b(?:naked|nothing on|no clothes|undressed|in (?:our|my) (?:pants|undies|underwear|knickers))\b"
)
_INSPECTION = prefiltered(
    r"\b(?:inspections?|checks?|checking|check-?ups?|look(?:ing)? at (?:us|me)|special|safety|hygiene|tick checks?|measur\w+)\b"
)
_PHOTOS = prefiltered(
    r"\b(?:photos?|pictures?|pics?|videos?|films?|filming|filmed|snaps?|photographs?|record\w*)\b"
)
_UNDRESSED_PLACE = prefiltered(
    r"\b(?:showers?|showering|changing rooms?|getting changed|get changed|in the bath|bath ?time|naked|undressed|no (?:towels?|clothes|pants)|not allowed (?:a |our |any )?(?:towels?|clothes|pants)|without (?:a |our |any )?(?:towels?|clothes|pants))\b"
)

# Touch that creeps higher, or is hushed.
_TOUCH_LEG = prefiltered(
    r"\b(?:rub\w*|strok\w*|touch\w*|stroking|feel\w*|tickl\w*|(?:put|puts|putting|kept|keeps) (?:his|her) hand)\b[^.?!]{0,15}\b(?:(?:on|up) )?(?:my|me) (?:leg|legs|thigh|thighs|knee|knees|lap|tummy|back|bum|chest)\b"
)
_CREEPS = prefiltered(
    r"\b(?:higher and higher|higher up|further up|up and up|up my (?:leg|thigh|skirt|shorts)|under my (?:skirt|shorts|dress|top|clothes|blanket)|sh+h\b|shush\w*|hush|(?:our|a) (?:little )?secret|don'?t tell|dont tell)"
)

# His number given with contact kept from the parent.
_NUMBER_GIVEN = prefiltered(
    r"\b(?:wrote|writes|write|gave|gives|give|slipped|put|puts|passed)\b[^.?!]{0,12}\b(?:his|her|their) (?:number|phone number|mobile|snapchat|snap|insta|whatsapp|email|username|address)\b"
)
_BEHIND_PARENT = prefiltered(
    r"\bwhen (?:your|ur|my|the) (?:mum|mom|mummy|dad|daddy|parents?|nan|teachers?|leaders?)(?:'?s| is| are|s)? (?:isn'?t|is not|not|aren'?t|are not|isnt|arent) (?:looking|watching|around|there|home|in|listening|about)\b"
    r"|\bwhen (?:no ?one|nobody|no-one) (?:is |'?s )?(?:looking|watching|around)\b|\b(?:without|behind) (?:your|ur|my) (?:mum|mom|dad|parents?|teachers?)(?:'?s)? (?:knowing|back|finding out)\b"
    r"|\b(?:don'?t|dont|do not|never) (?:tell|show) (?:your|ur|my|the) (?:mum|mom|dad|parents|teachers?|leaders?)\b|\b(?:our|a) (?:little )?secret\b"
)

# Lured away from the group to his caravan or van.
_COME_WITHOUT = prefiltered(
    r"\b(?:come|comes|coming|go|pop|sneak|meet|visit)\b[^.?!]{0,30}\b(?:without (?:your|ur|the|my) (?:class|classmates|mum|mom|dad|parents|teachers?|group|friends|school|family|nan|leaders?|grown-?ups?)|without (?:anyone|anybody)|on (?:your|ur|my) own|by (?:your|ur|my)self|all alone)\b"
)
_LURE = prefiltered(
    r"\b(?:his|her|their|my) (?:caravan|van|car|house|flat|shed|tent|hut|office|room|boat|place|barn|cabin|lorry)\b"
    r"|\b(?:bunn(?:y|ies)|rabbits?|pupp(?:y|ies)|kittens?|lambs?|chicks|piglets?|foals?|ponies|pony|sweets|presents?|money|a surprise|show (?:you|me) something)\b"
)

# A special friendship grown-ups would not understand.
_SPECIAL_BOND = prefiltered(
    r"\b(?:special|secret|different|unique|grown-?up) (?:friendship|relationship|bond|connection|kind of friends?|love)\b"
    r"|\b(?:our|we have a|the) (?:friendship|relationship|bond|connection) (?:is|'?s) (?:so |really |extra |very )?(?:special|secret|different|unique)\b"
)
_OTHERS_WOULDNT_GET = prefiltered(
    r"\b(?:grown ?-?ups|adults|people|other people|your (?:mum|mom|dad|parents|friends)|my (?:mum|mom|dad|parents|friends)|the others|nobody|no ?one|they)\b (?:just )?(?:wouldn'?t|won'?t|don'?t|dont|wouldnt|wont|would never|could never|can'?t|cant|couldn'?t|never) (?:ever )?(?:get|understand|get it|see it)\b"
)

# Silence bought, or asked, about touch.
_QUIET_ABOUT_TOUCH = prefiltered(
    r"\b(?:keep|keeps|keeping|kept|stay|be) (?:quiet|shtum|schtum|mum|my mouth shut|it (?:a )?secret|it between us|secret)\b[^.?!]{0,12}\babout (?:the|our|his|her|them|all the|those|what)? ?(?:cuddles?|cuddling|kiss\w*|touch\w*|tickl\w*|hugs?|hugging|massages?|rubs?|rubbing|sleepovers?|baths?|what (?:he|she|we) (?:did|does|do)|what happened)\b"
    r"|\b(?:not|never|don'?t|dont|won'?t) (?:to )?tell (?:anyone|anybody|no ?one|my mum|mum|your mum|my dad|dad)\b[^.?!]{0,12}\babout (?:the|our|his|her) (?:cuddles?|cuddling|kiss\w*|touch\w*|tickl\w*|hugs?|massages?|rubs?)\b"
)

# A flattering stranger asking the child's way home alone.
_ROUTE_ALONE = prefiltered(
    r"\b(?:asked|asks|asking|wanted to know|wants to know)\b[^.?!]{0,12}\b(?:what|which|when|where)\b[^.?!]{0,30}\b(?:bus|way|route|road|path|stop|train|time)\b[^.?!]{0,30}\b(?:home|on (?:my|your|ur) own|alone|by (?:my|your|ur)self)\b"
)
_FLATTERY_OR_ALONE = prefiltered(
    r"\b(?:grown ?-?up|mature|old) for (?:\d+|my age|your age|ur age)\b|\bso (?:grown ?-?up|mature)\b|\bon (?:my|your|ur) own\b|\balone\b|\bby (?:my|your|ur)self\b"
)

# A game where children must show their private parts.
_SHOW_PRIVATES = prefiltered(
    rf"\b(?:made|make|makes|making|forced|force|dared|dare|told|tells|have to|had to|has to|got to|gotta|must)\b[^.?!]{{0,40}}\b(?:show|flash|pull down|pulls down)\b (?:your|our|my|their|his|her|yer|ur) (?:{PRIVATE_NAMES}|willies|privates?|private (?:parts|bits)|bum|bottom|fanny|boobs|chest|pants|knickers|bits|thing|winky|wee-?wee|tuppence|minnie|penis|vagina)\b"
)
_MEDICAL = prefiltered(
    r"\b(?:doctor|doctors|nurse|gp|injection|jab|rash|hospital|operation|check-?up|dentist)\b"
)


def _grown_up_harms(text: str, whole: int) -> list[Finding]:
    out: list[Finding] = []
    if _HURT_ACT.search(text) and _COVER_STORY.search(text):
        out.append(Finding(AB, "hurt_with_cover_story", CRITICAL, 0, whole))
    if _THROWN_AT.search(text) and _MARK_OR_DRUNK.search(text) and people.CARER.search(text):
        out.append(Finding(AB, "carer_threw_at_child", CRITICAL, 0, whole))
    if (
        _ALONE_WITH.search(text)
        and _UNDRESS.search(text)
        and (_INSPECTION.search(text) or _grown_up(text))
        and not _MEDICAL.search(text)
    ):
        out.append(Finding(SX, "undressed_alone_with_leader", CRITICAL, 0, whole))
        out.append(Finding(AB, "undressed_alone_with_leader", CRITICAL, 0, whole))
    if _PHOTOS.search(text) and _UNDRESSED_PLACE.search(text) and _grown_up(text):
        photo = _PHOTOS.search(text)
        place = _UNDRESSED_PLACE.search(text)
        if photo and place and abs(photo.start() - place.start()) < 60:
            out.append(Finding(SX, "photographed_undressed", CRITICAL, 0, whole))
    if _TOUCH_LEG.search(text) and _CREEPS.search(text) and _grown_up(text):
        out.append(Finding(SX, "touch_creeping_hushed", CRITICAL, 0, whole))
    return out


def find_trip_harms(text: str) -> list[Finding]:
    whole = len(text)
    out = _grown_up_harms(text, whole)
    if _NUMBER_GIVEN.search(text) and _BEHIND_PARENT.search(text):
        out.append(Finding(GR, "contact_behind_parent", CRITICAL, 0, whole))
    if _COME_WITHOUT.search(text) and _LURE.search(text) and _grown_up(text):
        out.append(Finding(GR, "lured_from_group", CRITICAL, 0, whole))
    if _SPECIAL_BOND.search(text) and _OTHERS_WOULDNT_GET.search(text) and _grown_up(text):
        out.append(Finding(GR, "special_friendship", CRITICAL, 0, whole))
    if _QUIET_ABOUT_TOUCH.search(text) and _grown_up(text):
        out.append(Finding(GR, "silence_about_touch", CRITICAL, 0, whole))
        out.append(Finding(AB, "silence_about_touch", CRITICAL, 0, whole))
    if (
        _ROUTE_ALONE.search(text)
        and _FLATTERY_OR_ALONE.search(text)
        and (people.UNKNOWN_ACTOR.search(text) or people.ONLINE.search(text))
    ):
        out.append(Finding(GR, "way_home_alone_asked", CRITICAL, 0, whole))
    if _SHOW_PRIVATES.search(text) and not _MEDICAL.search(text):
        out.append(Finding(SX, "made_to_show_privates", CRITICAL, 0, whole))
    return out
