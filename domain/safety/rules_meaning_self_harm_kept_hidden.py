# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Self-harm said in passing (probes across clubs, holidays, games, two homes, exams, hospital),
read as meanings:

- marks the child made, hidden from someone ("long sleeves so sensei doesnt see the lines on
  my arms", "bit my arm ... hid it with my jumper", "been sh again, hiding it under my watch
  strap", plasters kept "for when i do the thing to my legs");
- a means kept ready or hidden (pills "ready in my drawer in case i fail", a secret box with a
  razor), or a knife thought of with one's own arm;
- hurting oneself as a punishment for being bad ("im a bad boy so i smacked my own face",
  "hurt my tummy with the fork cos im naughty"), or pinching hard so it hurts;
- not being here for what comes next ("the match doesnt matter cuz i wont be here for it",
  "if im not here tomorrow tell my dog i love him", a last night online with things given
  away, goodbye and "leaving forever tonight", "finish what i started" after hospital);
- a way or a place asked or waited for (the quickest way to bleed out, a window "high enough",
  waiting at the platform edge for the fast train, the top of a hotel to jump off, "imagine if
  i didnt wake up", "maybe i just wont exist", "so i would be gone and they could be happy",
  deleting oneself, cutting one's skin, "how small i can get before im gone", "the only thing
  keeping me here", looking down from a bridge "thinking about it").

Near misses stay allowed: long sleeves because the hall is cold, a hoodie at the bus stop, a
secret box of pokemon cards, plasters for anyone's cuts, the magician's knife trick, a holiday
away, a fire-drill wait, "imagine if i didnt wake up till lunch", deleting the app."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_means import PILLS
from domain.safety.prefilter import prefiltered

_NEG = r"(?:doesn'?t|does not|don'?t|do not|won'?t|will not|can'?t|cannot|never|wouldn'?t)"
_BODY = r"(?:arms?|wrists?|legs?|thighs?|skin|tummy|stomach|hips?|hands?|face|body)"

# Marks the child made ...
SELF_MARK = prefiltered(
    rf"\b(?:lines|cuts|scratches|scars|cut marks|burn marks|bite marks)\b (?:on|up|across) my {_BODY}\b"
    # (miss66) "the lines i made on my arms", "the cuts i did on my legs"
    rf"|\b(?:lines|cuts|scratches|scars|marks|cut marks|burn marks|bite marks)\b i (?:made|make|did|do|done|cut|carved|scratched|gave (?:my ?self|me)|put)\b (?:on|up|across|in|into) my {_BODY}\b"
    rf"|\bwhat i(?:'ve| have)? (?:did|do|done|been doing) to my(?:self| ?self| {_BODY})\b"
    r"|\b(?:been|did|do|done|doing) sh\b|\bsh(?:'d)? again\b|\bsh (?:scars|marks|cuts)\b|\bself ?harm\w*\b"
    rf"|\bi (?:bit|bite|cut|scratched|scratch|burnt|burned|burn|pinched|punched|stabbed|carved)\b (?:into )?my (?:own )?{_BODY}\b(?! (?:on|by|when|while|in) (?:the|a|accident|mistake)\b)"
)
# ... hidden from someone.
HIDDEN = prefiltered(
    rf"\b(?:hid|hide|hides|hiding|cover\w*|so (?:nobody|no ?one|\w+) {_NEG} (?:see|notice|find out|know|ask)|(?:nobody|no ?one) (?:sees?|knows?|notices?))\b"
)
_ACCIDENT = prefiltered(
    r"\b(?:pen|marker|felt tip|henna|tattoo|sharpie|face paint|by accident|accidentally|the cat|the dog|kitten|puppy|hamster|rabbit|brambles?|nettles?|fence|the pool lines)\b"
)
DO_THE_THING = prefiltered(rf"\b(?:do|did|doing) (?:the|that|my) thing to my {_BODY}\b")

# A means kept ready or hidden ...
MEANS_READY = prefiltered(
    rf"\b(?:{PILLS}|razors?|blades?|rope)\b[^.?!]{{0,20}}\b(?:ready|hidden|stashed|saved up)\b[^.?!]{{0,30}}\b(?:in case|for when|if i|when i|for (?:tonight|tomorrow|after))\b"
    r"|\b(?:secret|hidden)\b[^.?!]{0,15}\b(?:box|tin|bag|pocket|place|stash)\b[^.?!]{0,30}\b(?:razors?|blades?|pills|tablets)\b"
    # (miss66) a razor or blade taken and hidden for later: "took the razor out the bathroom
    # and hid it in my wash bag for later"
    rf"|\b(?:took|take|taken|taking|nicked|nick|stole|steal|sneaked|snuck|grabbed|got|kept|keep)\b (?:the |a |my |mum'?s |mom'?s |dad'?s |his |her |one of the |some )?(?:razors?|blades?|razor blades?|pencil sharpener blades?|sharpener blades?|{PILLS})\b[^.?!]{{0,40}}\b(?:hid|hide|hidden|hiding|stash\w*|put|tucked|kept|keep)\b (?:it|them)\b[^.?!]{{0,40}}\b(?:for later|for (?:tonight|tomorrow|after|when)|in case|till later|until later|for another time|for the right time)\b"
    r"|\b(?:think\w*|thought)\b[^.?!]{0,10}\babout (?:the|a|my|mum'?s|dad'?s) (?:knife|knives|blade|razor|scissors|compass)\b[^.?!]{0,40}\b(?:and|on|against|across|into) my (?:arms?|wrists?|legs?|skin|throat|neck)\b"
)
_SHAVE = prefiltered(
    r"\b(?:shav\w*|pencil sharpener|craft|first aid|vitamins?|for my (?:cold|headache|hayfever))\b"
)

# Hurting oneself for being bad, or hard so it hurts.
_HURT = r"(?:smack\w*|hit|hits|hitting|slap\w*|punch\w*|pinch\w*|scratch\w*|bit|bite|biting|hurt|hurted|bang\w*|stab\w*|poked|poke|burn\w*|cut|cutting)"
_BAD_ME = r"(?:i'?m|im|i am|i was|i've been|i been) (?:so |such )?(?:a )?(?:bad|naughty|stupid|useless|horrible|dumb|evil|disgusting)\b"
SELF_PUNISH = prefiltered(
    rf"\b{_BAD_ME}(?: \w+)?,? (?:so|and) i {_HURT} (?:my ?self|my own \w+|my (?:face|head|tummy|arms?|legs?|hands?|skin))\b"
    rf"|\bi {_HURT} (?:my ?self|my own \w+|my (?:face|head|tummy|arms?|legs?|hands?|skin))\b[^.?!]{{0,40}}\b(?:cos|because|coz|cuz|as|since) {_BAD_ME}"
    rf"|\b(?:pinch|hit|scratch|bite|bang|punch)\w* my (?:own )?(?:legs?|arms?|skin|head|face|tummy)\b[^.?!]{{0,15}}\bhard so (?:it|that it) hurts\b"
)

# Not being here for what comes next.
NOT_HERE_NEXT = prefiltered(
    r"\b(?:doesn'?t|does not|won'?t|wont) (?:even )?matter\b[^.?!]{0,30}\b(?:i won'?t be (?:here|around|alive)|i'?ll be gone|i'?m not (?:gonna|going to) be (?:here|around|alive))\b"
    r"|\bif i'?m not (?:here|around|alive) (?:tomorrow|anymore|any more|in the morning|after tonight)\b[^.?!]{0,40}\b(?:tell \w+(?: \w+)? i love|look after|take care of|say (?:bye|goodbye)|remember me|give (?:my|him|her))\b"
    r"|\bmy last (?:night|day|time|message|post|game) (?:online|on here|ever|alive)\b[^.?!]{0,60}\b(?:gave|giving|give) (?:away|out) (?:all )?my\b"
    r"|\bsaid (?:goodbye|bye)\b[^.?!]{0,40}\b(?:leaving|going|gone|go) (?:forever|for ever|for good)\b|\b(?:leaving|going away|gone) (?:forever|for ever|for good) tonight\b"
    r"|\bfinish\w* what i started\b[^.?!]{0,40}|\b(?:hospital|they let me out|get out)\b[^.?!]{0,40}\bdo it properly\b"
)
_NOT_HERE_AWAY = prefiltered(
    r"\b(?:holiday|on hols|going away|be away|away (?:on|at|for|with)|abroad|at (?:my )?(?:dad'?s|mum'?s|mom'?s|nan'?s|gran'?s)|camp|trip|moving|visit\w*|the dentist|homework|project|drawing|lego|painting|puzzle|book|essay)\b"
)
_AFTER_HOSPITAL = prefiltered(
    r"\b(?:hospital|get out|let me out|home|tonight|properly|next time|pills|tablets)\b"
)

# A way or a place asked or waited for.
WAY_OR_PLACE = prefiltered(
    r"\b(?:quickest|fastest|easiest|best|painless\w*|surest) way to (?:bleed out|bleed to death|stop breathing|never wake up|not wake up|disappear for ever|disappear forever)\b"
    r"|\b(?:jump|fall|drop)\w* (?:from|off|out of) my (?:window|balcony|roof)\b[^.?!]{0,40}\b(?:high enough|tall enough|far enough)\b"
    r"|\b(?:standing|stood|stand|sit\w*|sat|wait\w*) (?:on|at|by|near) (?:the )?(?:(?:train )?platform edge|edge of the (?:train )?platform|tracks|train tracks|railway line)\b[^.?!]{0,40}\b(?:fast (?:one|train)|one that doesn'?t stop|to (?:come through|hit me))\b"
    r"|\b(?:go|get|climb|going) (?:up )?to the top of (?:the|a|our) (?:hotel|building|flats|block|car park|tower|multi ?storey)\b[^.?!]{0,10}\band (?:jump|throw myself|fall) off\b(?![^.?!]{0,30}\b(?:into|pool|water|sea|splash|bungee|parachute|zip)\b)"
    r"|\b(?:imagine|what if|wonder what if)\b[^.?!]{0,10}\bi (?:just )?(?:didn'?t|never|don'?t) wake up\b(?! (?:till|until|in time|for school|on time|early|late))"
    r"|\b(?:maybe i|i'?ll|i should|i could) just (?:won'?t|wouldn'?t|not|don'?t) exist\b"
    r"|\bso i (?:would|'?d|will|'?ll) be gone\b[^.?!]{0,20}\b(?:they|everyone|mum|mom|dad|my family|she|he) (?:could|would|will|can) be (?:happy|happier|better)\b"
    r"|\b(?:delet\w*|uninstall\w*|unalive\w*) my ?self\b(?! (?:from|off|out of) (?:the|my|this|that|our) (?:group|chat|server|list|team|class|app|game|account))"
    r"|\bcut\w* (?:my \w+ and )?my (?:own )?skin\b(?! (?:on|by|when|while) )"
    r"|\bhow (?:small|thin|little|skinny) i can get before i'?m gone\b|\bbefore i (?:just )?disappear completely\b"
    r"|\bwhich (?:bridge|building|cliff|car park|multi ?storey|roof|tower|block of flats)\b[^.?!]{0,30}\b(?:highest|tallest)\b[^.?!]{0,30}\b(?:for a thing|don'?t ask|dont ask|no reason|just need to know|need to know for)\b"
    r"|\b(?:think\w*|thought|want\w*|wanna)\b[^.?!]{0,10}\babout (?:taking|swallowing|having) (?:all|every one) (?:of )?(?:them|(?:the|his|her|my|\w+'?s) (?:pills|tablets|medicine|meds|painkillers))\b"
    r"|\b(?:the )?only (?:thing|one|reason) (?:stopping|keeping|holding) me\b[^.?!,]{0,30}[^.?!]{0,30}\b(?:planned|plan|alive|here|from doing it)\b"
    r"|\b(?:bridge|roof|cliff|edge|platform|balcony|top of)\b[^.?!]{0,40}\blooked down\b[^.?!]{0,30}\bthinking about (?:it|jumping|falling|doing it|ending it)\b"
    r"|\b(?:real|irl) me\b[^.?!]{0,20}\b(?:respawn never|never respawn|despawn\w*|permanently|for good)\b"
    r"|\bplanning it\b[^.?!,]{0,40}[^.?!]{0,20}\b(?:only way|the way) (?:they'?ll|theyll|they will|everyone|mum and dad|my parents) (?:stop|be happy|be happier|leave me)\b"
)


def _finding(text: str, label: str) -> list[Finding]:
    return [Finding(SafetyCategory.SELF_HARM, label, CRITICAL, 0, len(text))]


def find_self_harm_kept_hidden(text: str) -> list[Finding]:
    if SELF_MARK.search(text) and HIDDEN.search(text) and not _ACCIDENT.search(text):
        return _finding(text, "marks_hidden")
    if DO_THE_THING.search(text):
        return _finding(text, "marks_hidden")
    if MEANS_READY.search(text) and not _SHAVE.search(text):
        return _finding(text, "means_ready")
    if SELF_PUNISH.search(text):
        return _finding(text, "hurt_for_being_bad")
    found = NOT_HERE_NEXT.search(text)
    if (
        found
        and not _NOT_HERE_AWAY.search(text)
        and ("finish" not in found.group() or _AFTER_HOSPITAL.search(text))
    ):
        return _finding(text, "not_here_next")
    if WAY_OR_PLACE.search(text):
        return _finding(text, "way_or_place")
    return []
