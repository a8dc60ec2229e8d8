# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A child's critical disclosures of round 24, each widened to its family: a high place
asked about with the drop or surviving it in mind; a brain, head or voice telling the
child to let go, jump off or step in front of something; a grown-up (tutor, coach,
babysitter, step-parent) hurting the child as a punishment or "because mum said he can";
someone telling the child to delete or wipe their chats, or to hide them from a parent;
money or gifts from a grown-up with "don't tell" or "I'm his favourite"; naked people
seen on a search, a video or a phone; (round 30) a carer, or mummy's boyfriend, hurting the
child until it goes purple or leaves a mark; (round 31) a carer (mum's friend, dad's new
wife) holding the child's head under the water, burning the child with something hot, or
hitting the child's face until it bleeds; (round 32) a carer (mum's girlfriend, "my moms gf")
dragging the child by the hair or throwing it down the stairs, even told as a "funny story"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_home import squeeze_of_care

# A high place, and the drop or surviving it; never a ride at the fair.
_HIGH_PLACE = r"(?:bridges?|cliffs?|buildings?|roofs?|towers?|car ?parks?|multi ?-?stor(?:e)?y|block of flats|flats|balcon(?:y|ies)|floors? up|top floor|quarry|viaduct|motorway)"
HIGH_PLACE = prefiltered(rf"\b{_HIGH_PLACE}\b")
THE_DROP = prefiltered(
    r"\b(?:the drop|how long the drop|how far (?:down|the drop|it is to the (?:ground|bottom|water))|biggest drop|long way down|how far is the drop"
    r"|(?:would|do|could|will|can) (?:you|someone|somebody|i|a person|people) (?:survive|die|be killed)|(?:not|don'?t|dont|wouldn'?t|never) survive|enough to (?:die|kill)"
    r"|(?:keep|always|can'?t stop) thinking about (?:how (?:high|tall|far)|jumping|falling)|asking for reasons)\b"
)
RIDE_OR_GAME = prefiltered(
    r"\b(?:ride|rollercoaster|roller coaster|fair|theme park|zip ?wire|waterslide|lego|minecraft|roblox|fortnite|bungee|parachute|skydiv\w*|geography|homework|project)\b"
)
# A brain, head or voice telling the child to let go or jump; climbing out to let go.
_FALL_ACT = r"(?:(?:bridge|roof|balcony|cliff|window|ledge|edge) and (?:just )?jump|let go|let myself (?:fall|drop|go)|jump (?:off|out|from)|step (?:out )?in front of|fall (?:off|from|out)|hurt myself|kill myself|drown myself|cut myself|stop breathing|not be here)"
URGE_TO_LET_GO = prefiltered(
    rf"\b(?:my (?:brain|head|mind)|a voice|voices|something (?:inside|in my head)|the thoughts?|my thoughts)\b[^.?!]{{0,25}}\b(?:tell\w*|say\w*|told|said|want\w*|make\w*)\b[^.?!]{{0,50}}\b{_FALL_ACT}\b"
    rf"|\b(?:climb|lean|go|get|stand)\w* (?:out|off|over|onto|on|up|to)\b[^.?!]{{0,40}}\b(?:window|roof|balcony|bridge|edge|ledge|cliff)\b[^.?!]{{0,25}}\band (?:just )?(?:let go|let myself (?:fall|drop|go))\b"
    r"|\bwant to\b[^.?!]{0,30}\bjust let myself (?:fall|drop)\b"
)
# A grown-up hurting the child as a punishment, or saying a parent allows it.
_CARER = r"(?:tutor|teacher|coach|babysitter|childminder|nanny|step ?dad|step ?mum|step ?mom|stepfather|stepmother|uncle|auntie|aunt|instructor|leader|carer|foster \w+|mum'?s boyfriend|dad'?s girlfriend|grandad|grandpa|nan|gran|dad|daddy|mum|mummy|mom)"
_HURT_VERB = r"(?:pulls?|pulled|yanks?|yanked|twists?|twisted|pinch\w*|slaps?|slapped|hits?|smacks?|smacked|whacks?|whacked|grabs?|grabbed|kicks?|kicked|squeez\w*|shakes?|shook|scratch\w*|bites?|drags?|dragged|pushes|pushed|flicks?|flicked|thumps?|thumped)"
CARER_HURTS = prefiltered(
    rf"\b{_CARER}\b[^.?!]{{0,25}}\b{_HURT_VERB}\b (?:me|my)\b[^.?!]{{0,50}}\b(?:when(?:ever)? i|if i|every time i|cos i|because i|till (?:it|they|i)|until (?:it|they|i)|really hard|so hard|with a (?:ruler|belt|stick|spoon|slipper))\b"
    rf"|\b{_CARER}\b[^.?!]{{0,25}}\b{_HURT_VERB}\b (?:me|my)\b[^.?!]{{0,60}}\b(?:says?|said) (?:that )?(?:my )?(?:mum|mummy|mom|dad|daddy|parents)\b[^.?!]{{0,10}}\b(?:said|says|lets?|let)\b"
    rf"|\b{_CARER}\b[^.?!]{{0,25}}\b{_HURT_VERB}\b (?:me|my)\b[^.?!]{{0,60}}\b(?:(?:he|she)'?s allowed|is allowed|it'?s (?:ok|okay|allowed))\b"
)
# (round 30) A carer (a young child's "mummy boyfriend") hurting the child so it leaves a mark:
# squeezed till it goes purple, a bruise, finger marks, "hard hard".
_CARER_LOOSE = rf"(?:{_CARER}|(?:mummy|mum|mommy|mom|mama|mam|mammy|ma)'?s? (?:new )?(?:boyfriend|girlfriend|friend|frend|partner|husband|wife|fella|bf|gf)|(?:daddy|dad|da)'?s? (?:new )?(?:girlfriend|boyfriend|friend|frend|partner|wife|husband|missus|gf|bf)|step ?daddy|step ?mummy|step ?mam)"
_MARK_LEFT = r"(?:(?:and|till|til|until|so|then) (?:it|they|my \w+|i) (?:go|goes|went|gone|turn|turns|turned|was|were|is|are|get|gets|got|go all|went all) (?:all |really |very |dark )?(?:purple|blue|black|bruised|red and purple|black and blue|purple and blue)|(?:left|leaves|leave|leaving|made|makes|gave me|gives me) (?:a |big |little |some |purple |blue )*(?:bruises?|marks?|finger ?marks|finger ?prints)|hard hard|really really hard|(?:till|til|until|and) (?:i|it) (?:cr(?:y|ied|ies)|bleed\w*|bled))"
CARER_LEAVES_MARKS = prefiltered(
    rf"\b{_CARER_LOOSE}\b[^.?!]{{0,25}}\b{_HURT_VERB}\b (?:me|my)\b[^.?!]{{0,40}}\b{_MARK_LEFT}\b"
)
# (round 31) A carer holding the child's head under the water, burning the child with
# something hot, or hitting the child's face until it bleeds.
_HEAD_UNDER = r"(?:holds?|held|holding|push\w*|puts?|putting|dunk\w*|shov\w*|keeps?|kept|forc\w*|stick\w*|sticks) my (?:head|face) (?:right |all the way )?(?:under|in|into|down in|down into|underneath) (?:the |a )?(?:bath ?water|bath|water|sink|toilet|pool|bucket|basin|cold water)"
_BURNED_WITH = r"(?:burn\w*|scald\w*|brand\w*) (?:me|my (?:hand|hands|arm|arms|leg|legs|finger|fingers|skin|back|neck|face|foot|feet|tongue|wrist|tummy))\b[^.?!]{0,15}\b(?:with|on|using) (?:a |the |her |his |my )?(?:hot|boiling|red ?hot|lighter|iron|cigarette|fag|match|spoon|pan|kettle|tongs|knife)"
_FACE_BLED = r"(?:slap\w*|smack\w*|hit|hits|punch\w*|thump\w*|whack\w*|kick\w*|bash\w*) me (?:in|on|across) (?:the |my )?(?:face|mouth|nose|lip|head|eye)\b[^.?!]{0,50}\b(?:(?:my|and) (?:lip|nose|mouth|face|eye|head)\w* (?:bled|bleeded|bleed|bleeding|was bleeding|went bleeding|started bleeding|swell\w*|swole|went (?:all )?(?:fat|puffy|purple|black))|(?:bled|bleeded|was bleeding|made me bleed|blood)|black eye)"
# (round 32) Dragged or pulled by the hair or an ear, thrown or pushed down the stairs.
_DRAGGED = r"(?:(?:drag\w*|pull\w*|yank\w*|haul\w*|swung|swing\w*) me\b[^.?!]{0,40}\bby (?:my|the) (?:hair|ear|ears|ponytail|plaits?|neck)|(?:threw|throws?|throwing|push\w*|shov\w*|kick\w*) me (?:all the way )?down the stairs)\b"
CARER_CRUEL = prefiltered(
    rf"\b{_CARER_LOOSE}\b[^.?!]{{0,30}}\b{_HEAD_UNDER}\b"
    rf"|\b{_CARER_LOOSE}\b[^.?!]{{0,30}}\b{_BURNED_WITH}\b"
    rf"|\b{_CARER_LOOSE}\b[^.?!]{{0,30}}\b{_FACE_BLED}"
    rf"|\b{_CARER_LOOSE}\b[^.?!]{{0,30}}\b{_DRAGGED}"
)
CARER_CRUEL_NOT = prefiltered(
    r"\b(?:by accident|accidentally|didn'?t mean|did not mean|shampoo|rinse|rinsing|hair wash|washing my hair|swimming lesson|swim lesson|bobbing|snorkel\w*|goggles|apple bobbing|in the game|pretend\w*|play fight\w*|sledg\w*|on a tray|mattress)\b"
)
GROOMING_CARE = prefiltered(
    r"\b(?:brush\w*|plait\w*|ponytail|comb\w*|nits|hair ?cut|bunches|tangle\w*|by accident|accidentally|tooth|teeth|splinter|plaster)\b"
)
# Someone tells the child to delete or wipe their chats, or to hide them from a parent.
DELETE_CHATS = prefiltered(
    r"\b(?:delete|wipe|clear|erase)\w*\b (?:all )?(?:of )?(?:our|the|his|her|my|these|those|every|all the) (?:chats?|messages|texts|dms|pics|pictures|photos|conversations?|history|snaps)\b"
)
TOLD_BY_SOMEONE = prefiltered(
    r"\b(?:he|she|they|someone|somebody|a (?:man|boy|girl|lady|guy|woman)|the (?:man|boy|girl|lady|guy|woman)|\w+ friend|friend|him|her)\b[^.?!]{0,30}\b(?:said|says|told me|tells me|makes me|made me|wants me|asked me|say i|says i have to)\b"
)
HIDE_FROM_PARENT = prefiltered(
    r"\bso (?:that )?(?:my|ur|your) (?:mum|mom|dad|parents|mummy|daddy|family|nan)\b[^.?!]{0,20}\b(?:doesn'?t|don'?t|dont|doesnt|won'?t|wont|can'?t|cant|never|not)\b"
    r"|\b(?:every night|after we talk|after i look|before (?:my )?(?:mum|mom|dad|parents))\b"
)
# Money or gifts from a grown-up, with "don't tell" or "I'm his favourite".
PAID_SECRET = prefiltered(
    r"\b(?:gave|gives|give|paid|pays|handed|hands|bought|buys|slipped|slips)\b (?:me )?(?:a |an |some |free )?(?:\w+ )?(?:pounds?|quid|fiver|tenner|money|cash|dollars?|bucks|£\d+|\$\d+|pence|sweets|stuff|gifts?|presents?|vapes?)\b[^.?!]{0,60}\b(?:not to tell|(?:don'?t|dont|never|not) (?:tell|say)|secret|between us|(?:his|her) (?:favou?rite|special)|(?:our|a) little)\b"
)
FAMILY_SURPRISE = prefiltered(
    r"\b(?:surprise|present for|birthday|christmas|tooth fairy|pocket money)\b"
)
# Naked people seen on a search, a video, a website or a phone.
NUDE_PEOPLE = prefiltered(
    r"\b(?:naked|nude|topless)\b (?:\w+ )?(?:ladies|lady|women|woman|men|man|people|girls?|boys?|persons?|pictures|pics|photos|videos|bodies)\b"
    r"|\b(?:ladies|lady|women|woman|men|man|people|girls?|boys?|person)\b (?:with|and) (?:no|nothing|hardly any) (?:clothes|clothing|on)\b|\bpeople naked\b|\bshowed (?:me )?people naked\b"
)
ON_A_SCREEN = prefiltered(
    r"\b(?:google|googled|internet|online|youtube|tiktok|video|website|site|phone|tablet|ipad|laptop|computer|pics|pictures|photos|popped up|searched|typed|looked up|app|screen)\b"
)


def _only_squeezes_of_care(text: str) -> bool:
    """Every carer's hurt the message names is a family member's hug or hand squeeze."""
    return all(
        squeeze_of_care(text, m.start())
        for pattern in (CARER_HURTS, CARER_LEAVES_MARKS)
        for m in pattern.finditer(text)
    )


def find_disclosures(text: str) -> list[Finding]:
    whole = len(text)
    out: list[Finding] = []
    if (HIGH_PLACE.search(text) and THE_DROP.search(text) and not RIDE_OR_GAME.search(text)) or (
        URGE_TO_LET_GO.search(text)
    ):
        out.append(Finding(SafetyCategory.SELF_HARM, "self_harm_means", CRITICAL, 0, whole))
    hurts = (CARER_HURTS.search(text) or CARER_LEAVES_MARKS.search(text)) and not (
        GROOMING_CARE.search(text)
        # "daddy squeezed me tight when i scored a goal": a hug, not a hurt.
        or _only_squeezes_of_care(text)
    )
    cruel = CARER_CRUEL.search(text) and not CARER_CRUEL_NOT.search(text)
    if hurts or cruel:
        out.append(Finding(SafetyCategory.ABUSE, "harsh_punishment", CRITICAL, 0, whole))
    if DELETE_CHATS.search(text) and (
        TOLD_BY_SOMEONE.search(text) or HIDE_FROM_PARENT.search(text)
    ):
        out.append(
            Finding(SafetyCategory.GROOMING, "conceal_contact", CRITICAL, 0, whole, "secrecy")
        )
    if PAID_SECRET.search(text) and not FAMILY_SURPRISE.search(text):
        out.append(Finding(SafetyCategory.GROOMING, "secret_gift", CRITICAL, 0, whole, "gifts"))
    if NUDE_PEOPLE.search(text) and ON_A_SCREEN.search(text):
        out.append(Finding(SafetyCategory.SEXUAL, "shown_sexual_media", CRITICAL, 0, whole))
    return out
