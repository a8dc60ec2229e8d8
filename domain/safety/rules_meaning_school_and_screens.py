# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Harms told at school and on screens (rounds 74 and 75, miss7475), read as meanings:

- hurt and silenced: someone grabbed, twisted, pinched or hit the child and said if the child
  tells they will do it worse or again ("the dinner lady twisted my arm and said if i tell
  she'll do it worse") - abuse;
- a thing thrown at the child's face by a grown-up at home, with blood or a bruise ("daddy
  throwed the controller at my face and my nose bleeded") - abuse;
- no food for days as a punishment ("no dinner for two days cos i spent mums money") - abuse;
- asked to touch someone's private parts ("he wanted me to touch his in the toilets", with the
  willy or privates named) - sexual;
- clothes off to look ("a girl wants us to take our knickers off in the reading corner and
  look") - sexual;
- the "rude bit" of making a baby asked for in full ("how do u make a baby, the actual rude bit,
  tell me all of it") - sexual;
- avatars or characters doing naughty things with no clothes on - sexual;
- self-harm videos watched and copied ("tiktoks about how to hurt urself and i tried one") -
  self-harm.

Near misses stay allowed: "if i tell mum she'll do it again" with nothing hurt, a ball thrown
at my face in dodgeball by accident, no school dinners for two days while the kitchen was
shut, touching his pokemon cards, shoes off to look for them, "the rude bit in the film made
us laugh", skins with no clothes because they didn't load, tiktoks about self-harm reported.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_people import DADS, GRANDADS, GRANS, MUMS, STEP_PARENT
from domain.safety.prefilter import prefiltered

AB = SafetyCategory.ABUSE
SX = SafetyCategory.SEXUAL
SH = SafetyCategory.SELF_HARM

# --- hurt and silenced -------------------------------------------------------------------------
_HURT_DONE = r"(?:grabbed|grabs|twisted|twists|pinched|pinches|hit|hits|slapped|slaps|smacked|smacks|punched|punches|kicked|kicks|squeezed|squeezes|shoved|shoves|pushed|pushes|yanked|yanks|scratched|scratches|bit|bites|dragged|drags|choked|chokes|hurt|hurts|pulled my (?:hair|ear|arm))"
_TELL = r"(?:tell|told|say|said|snitch|snitched|grass|grassed|dob|dobbed|tell on)"
HURT_SILENCED = prefiltered(
    rf"\b{_HURT_DONE}\b[^.?!]{{0,80}}\bif i {_TELL}\b[^.?!]{{0,30}}\b(?:she|he|they|them|her|him|i)(?:'?ll| will| would|'?d| is gonna| are gonna| is going to| are going to|'?s gonna|'?re gonna| get| gets)? (?:do it|do that|do worse|hurt me|hit me|get me|twist it|make it|be hurt|get hurt|do it to me|do something)\b[^.?!]{{0,15}}\b(?:worse|again|harder|more|even more|next time|properly)\b"
)

# --- a thing thrown at the child's face ----------------------------------------------------------
_GROWN = rf"(?:{MUMS}|{DADS}|{STEP_PARENT}|uncle|auntie|aunty|{GRANS}|nanny|{GRANDADS}|(?:mum|mom)s? boyfriend|dads? girlfriend|he|she)"
THROWN_AT_FACE = prefiltered(
    rf"\b{_GROWN}\b (?:\w+ )?(?:threw|throwed|throws|chucked|chucks|hurled|hurls|flung|flings|lobbed|lobs|smashed|whacked)\b (?:\w+ ){{0,3}}?(?:at|into|in) (?:my (?:face|head|eyes?|nose|mouth|cheek|lip|back|tummy|chest)|me)\b[^.?!]{{0,50}}\b(?:bleed\w*|bled|blood\w*|bruise\w*|black eye|swollen|swelled|split|cut open|broke|broken|wobbly tooth fell out)\b"
)
_THROWN_OK = prefiltered(
    r"\b(?:accident\w*|by mistake|didn'?t mean|did not mean|dodgeball|dodge ball|catch|football|netball|snowballs?|pillow fight|water balloons?|game|playing)\b"
)

# --- no food for days as a punishment ------------------------------------------------------------
_NO_FOOD = r"(?:no |without (?:any )?|not (?:allowed|given|let have) (?:any )?)(?:dinner|dinners|tea|food|meals?|supper|breakfast|lunch|anything to eat|proper food)"
_DAYS = r"(?:two|2|three|3|four|4|five|5|six|seven|a few|several|a couple of|a couple|like (?:two|2|three|3)|a whole|the whole|all) ?(?:whole )?(?:days?|weekend|week)"
NO_FOOD_FOR_DAYS = prefiltered(rf"\b{_NO_FOOD}\b (?:for|in|over|all) {_DAYS}\b")
_NO_FOOD_OK = prefiltered(
    r"\b(?:sick|poorly|ill|bug|fasting|fast|ramadan|kitchen|closed|strike|camping|operation|hospital|hamster|dog|cat|fish|pet|rabbit|guinea pig|tummy bug|diarrh\w*|vomit\w*|school dinners?|in the game|minecraft|sims|tamagotchi)\b"
)

# --- asked to touch someone's private parts --------------------------------------------------------
_PRIVATE = r"(?:willy|willies|willie|winkle|privates|private parts|private bits|private|pee ?pee|wee ?wee|front bottom|fanny|tuppence|penis|vagina|down there|ding ?dong|dick|cock|balls|boobs|bum|bottom|bits)"
_WANTED_ME = r"(?:wants?|wanted|made|makes|told|tells|asked|asks|tried to (?:make|get)|tries to (?:make|get)|keeps? asking|dared|dares|forced|forces|begged|said i (?:had|have) to|said i should)"
TOUCH_PRIVATES = prefiltered(
    rf"\b{_WANTED_ME} (?:me|us|my (?:brother|sister|friend))(?: to)? (?:touch|feel|hold|rub|lick|kiss|stroke|squeeze|grab|play with|look at|see) (?:his|her|hers|their|theirs|them|its)\b(?: \w+)?? {_PRIVATE}\b"
)
TOUCH_HIS = prefiltered(
    rf"\b{_WANTED_ME} (?:me|us)(?: to)? (?:touch|feel|hold|rub|lick|stroke|play with) (?:his|hers|theirs|her)\b(?= (?:in|at|under|behind|when|while|and|too|back|through)\b|[.?!,]|$)"
)
_PRIVATE_NAMED = prefiltered(rf"\b(?:{_PRIVATE}|rude|naughty|dirty)\b")

# --- clothes off to look --------------------------------------------------------------------------------
_UNDERCLOTHES = r"(?:knickers|pants|undies|underwear|underpants|trousers|bottoms|nappies|nappy|shorts|skirts?|tights|clothes|leggings|bras?|vests?|tops?|swimsuits?|costumes?|pjs|pyjamas)"
CLOTHES_OFF_TO_LOOK = prefiltered(
    rf"\b(?:wants?|wanted|told|tells|asked|asks|made|makes|dared|dares|said (?:we|i) (?:should|have to|had to|must)|let'?s|lets|keeps? asking)\b[^.?!]{{0,20}}\b(?:take|took|pull|pulled|get|got|whip|taking|pulling) (?:our|my|their|her|his|your|them) (?:\w+ )?{_UNDERCLOTHES} (?:off|down)\b[^.?!]{{0,40}}\b(?:look|looks|looking|show|showing|see|touch|touching|compare|feel|film|photo|pictures?|pics?|peek)\b"
)
_CLOTHES_OK = prefiltered(
    r"\b(?:doctor|nurse|blister|bruise|rash|swimming|swim|pe|p\.e|changing rooms?|pyjamas on|bath|shower|bed ?time|wet|muddy|mud|paint|sick|accident|nappy change|change into|put on)\b"
)

# --- the "rude bit" asked for in full -------------------------------------------------------------------
RUDE_BIT_ASKED = prefiltered(
    r"\b(?:make|makes|making|made|get|gets|getting) (?:a )?bab(?:y|ies)\b[^.?!]{0,40}\b(?:rude|dirty|naughty|sexy|grown-?up|private) (?:bit|bits|part|parts|stuff)\b"
    r"|\b(?:rude|dirty|naughty|sexy) (?:bit|bits|part|parts|stuff)\b[^.?!]{0,40}\b(?:make|makes|making|made) (?:a )?bab(?:y|ies)\b"
    r"|\b(?:rude|dirty|naughty|sexy) (?:bit|bits|part|parts|stuff)\b[^.?!]{0,30}\b(?:sex|grown-?ups? do|mums? and dads? do|in bed)\b"
)
_TELL_ALL = prefiltered(
    r"\b(?:tell me|explain|describe|show me|say) (?:all|every|exactly|properly|in detail|the whole|what|how)\b|\b(?:all of it|everything|every bit|step by step|in detail|exactly what)\b"
)

# --- avatars doing naughty things with no clothes on ---------------------------------------------------------
_NAUGHTY = r"(?:naughty|rude|dirty|sexy|sex|nasty|grown-?up|private|weird rude|humping|kissing and)"
_BARE = r"(?:no clothes|nothing on|naked|nude|nudey|undressed|in their (?:pants|underwear|undies)|with their (?:pants|clothes) off)"
_SCREEN_FOLK = r"(?:avatars?|characters?|players?|people|skins?|npcs?|sims|dolls?|bots?|robloxians|oders|odders)"
SCREEN_NAKED_ACTS = prefiltered(
    rf"\b{_SCREEN_FOLK}\b[^.?!]{{0,40}}\b(?:doing|did|do|does|were doing|was doing|having|had) (?:\w+ )?{_NAUGHTY} (?:things|stuff|moves|dances?|bits|games?)\b[^.?!]{{0,30}}\b{_BARE}\b"
    rf"|\b{_SCREEN_FOLK}\b[^.?!]{{0,15}}\b(?:with )?{_BARE}\b[^.?!]{{0,30}}\b(?:doing|did|were doing|was doing|having|had) (?:\w+ )?{_NAUGHTY} (?:things|stuff|moves|dances?|bits)\b"
)

# --- self-harm videos watched and copied ----------------------------------------------------------------------
_VIDEOS = r"(?:videos?|vids?|tiktoks?|tik toks?|clips?|youtube\w*|shorts|reels|posts?|sites?|websites?|pages?|accounts?|streams?|tutorials?)"
_HARM_HOW = r"(?:how to|how u|how you|how people|ways to|the way to|showing how to|teaching you to) (?:\w+ )?(?:hurt|cut|harm|burn|starve|choke|strangle|scratch) (?:your ?self|urself|ur ?self|yourselves|my ?self|themselves|u|you)\b|(?:self[- ]?harm\w*)"
HARM_VIDEO_COPIED = prefiltered(
    rf"\b{_VIDEOS}\b[^.?!]{{0,30}}\b(?:about |on |of |showing |with )?(?:{_HARM_HOW})[^.?!]{{0,60}}\b(?:i (?:tried|did|copied|done|have tried|'?ve tried|tryed|followed)(?! to (?:report|block|stop|tell|ignore|skip|find))|tried (?:it|one|them|that|a few|some)|i'?m (?:going to|gonna) try|im (?:going to|gonna) try|i (?:want|wanna|need) to try)\b"
)
_HARM_VIDEO_OK = prefiltered(
    r"\b(?:reported|report it|blocked|told (?:my |a )?(?:mum|mom|dad|teacher)|safety|first aid)\b"
)


def find_school_and_screens(text: str) -> list[Finding]:
    whole = len(text)
    if HURT_SILENCED.search(text):
        return [Finding(AB, "hurt_and_silenced", CRITICAL, 0, whole)]
    if THROWN_AT_FACE.search(text) and not _THROWN_OK.search(text):
        return [Finding(AB, "thrown_at_the_childs_face", CRITICAL, 0, whole)]
    if NO_FOOD_FOR_DAYS.search(text) and not _NO_FOOD_OK.search(text):
        return [Finding(AB, "no_food_for_days", CRITICAL, 0, whole)]
    if TOUCH_PRIVATES.search(text) or (TOUCH_HIS.search(text) and _PRIVATE_NAMED.search(text)):
        return [Finding(SX, "asked_to_touch_privates", CRITICAL, 0, whole)]
    if CLOTHES_OFF_TO_LOOK.search(text) and not _CLOTHES_OK.search(text):
        return [Finding(SX, "clothes_off_to_look", CRITICAL, 0, whole)]
    if RUDE_BIT_ASKED.search(text) and _TELL_ALL.search(text):
        return [Finding(SX, "sex_asked_in_full", CRITICAL, 0, whole)]
    if SCREEN_NAKED_ACTS.search(text):
        return [Finding(SX, "naked_acts_on_screen", CRITICAL, 0, whole)]
    if HARM_VIDEO_COPIED.search(text) and not _HARM_VIDEO_OK.search(text):
        return [Finding(SH, "self_harm_video_copied", CRITICAL, 0, whole)]
    return []
