# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Self-harm a child veils: as a joke taken back, a hypothetical, a hope or a cover story.

- Ending "and so do i" said with a joke that is then taken back ("lol jk... kinda not jk"),
  or said plainly; "my streak ends tomorrow lol" is not it.
- Not being alive, not being here any more or being gone wanted, thought about, or asked
  about for "someone" ("what if someone didnt want to be alive", "stopped being alive",
  "me want to be gone"); being gone by five o'clock or on holiday is not it.
- A lorry, bus or car wished on oneself ("i wish the big lorry would squish me"); the bus
  wished to come is not it.
- Staying out in the cold or under the water hoping not to come back ("hoping id just
  freeze", "stayed under on purpose and didnt want to come back up"); musical statues, a pond
  hoped to freeze for skating or twenty seconds under at swim club is not it.
- Words written on the skin gone over with scissors or a blade; marks on the wrists covered
  with a story taken back ("i said it was the cat but its not the cat").
- A pet or one person as the only reason the child is still here or alive; the best reason
  to get up early is not it.
- Pills saved, collected or hidden away by the child (in a sock, a drawer, under the bed).
- Going where a dead grandparent or parent is, now or tonight; going to grandma's for tea,
  visiting where she is buried, or seeing her in heaven when very old, is not it.
- A goodbye written, or everything deleted, played down ("just in case", "dont worry");
  photos deleted because the ipad was full is not it.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_means import PILLS
from domain.safety.prefilter import prefiltered

S = SafetyCategory.SELF_HARM

# "my streak ends tomorrow and so do i".
ENDS_AND_SO_DO_I = prefiltered(
    r"\b(?:ends?|ending|is over|will be over|finish(?:es)?|stops?|dies|is dying|is done)\b(?![^.?!]{0,30}\b(?:freeze|statues?|dance|clap|sit down|sits? down)\b)[^.?!]{0,30}\b(?:and|&|n) (?:so )?(?:do i|will i|does me|me too|same for me)\b"
)
JOKING = prefiltered(r"\b(?:lol|lmao|jk|joking|haha\w*|kidding)\b")
JOKE_TAKEN_BACK = prefiltered(
    r"\b(?:not jk|not joking|not kidding|kinda not|not really (?:a )?jok\w*|(?:kinda|lowkey|actually|half) (?:serious|srs|for real|fr)|for real tho|fr tho|srsly|seriously tho|jk\b[^.?!]{0,20}\bor am i|or not)\b"
)

# Not being alive, here or around any more: wanted, thought about or asked for someone.
_NOT_ALIVE = (
    r"(?:not (?:be|being) (?:here|around|alive) (?:any ?more|at all|forever|for good)|not (?:be|being) alive|"
    r"stop(?:ped|ping)? (?:being alive|existing)|(?:didn'?t|didnt|doesn'?t|doesnt|don'?t|dont|did not|do not) (?:really )?want(?: to|na) (?:be alive|live(?= *(?:$|[.,!?;]| any ?more| like this))|exist) ?(?:any ?more)?|"
    r"be gone(?= *(?:$|[.!;]| forever| for good| for ever| and never| from (?:here|everything|this world)))|(?:not|stop) exist(?:ing)?)"
)
NOT_ALIVE_THOUGHT = prefiltered(
    rf"\b(?:want(?:s|ed|ing)?|wanna|wish(?:es|ed|ing)?|thinking|think|thought|thinks|dream\w*|hope|hoping|what if|if) (?:(?:to|about|of|that|i|i'?d|i could|someone|somebody|a kid|a person|you|he|she|they) ){{0,3}}(?:\w+ )?(?:also )?{_NOT_ALIVE}"
    rf"|\b(?:someone|somebody|a kid|a person|i|me|you|people) (?:\w+ )?(?:also )?{_NOT_ALIVE}"
    r"|\bme want (?:to )?be gone\b"
    r"|\bif i\b[^.?!]{0,40}\b(?:and|also|or) (?:also |then |just )?stop(?:ped)? (?:being alive|existing|living)\b"
)
NOT_ALIVE_NOT = prefiltered(
    r"\b(?:zombies?|vampires?|ghosts?|robots?|the game|minecraft|roblox|fortnite|character|npc|by (?:\d|five|six|seven|eight|nine|ten|tea ?time|lunch|dinner)|on holiday|for the weekend|(?:school )?trip|camp|sleepover|at school|at (?:my )?(?:nan|gran|grandma|grandpa|dad|mum)'?s|before (?:the|it|dark|tea|dinner|lunch)|dinosaurs?)\b"
)

# A vehicle wished on oneself.
VEHICLE_WISHED = prefiltered(
    r"\b(?:wish|wished|wishing|hope|hoping|want|wanted|pray\w*)\b[^.?!]{0,12}\b(?:a|the|that|some) (?:\w+ ){0,2}(?:car|bus|lorry|truck|train|van|tram|tractor|digger)\b[^.?!]{0,30}\b(?:would|will|could|'?d|to)? ?(?:squish|squash|flatten|crush|hit|run over|knock (?:me )?(?:down|over)|kill|splat)\w* me\b"
)
# Staying out in the cold, or under the water, hoping not to come back.
HOPING_NOT_BACK = prefiltered(
    r"\bhop(?:e|ed|ing) (?:that )?(?:i'?d|id|i would|i will|i'?ll|ill|to|i might|i could) (?:just )?(?:freeze|freeze to death|die|get hypothermia|not (?:wake|come back|come home|be found)|never (?:wake|come back|come home|be found)|disappear for good|drown|sink)\b"
    r"|\bhop(?:e|ed|ing) (?:that )?i (?:wouldn'?t|wouldnt|won'?t|wont|would never|will never|never) (?:wake(?: up)?|come back|come home|be found|get up again)\b(?! (?:up )?(?:too|so|really|very|early|late|before|in time|on time|at|on christmas|in the|till|until))"
)
HOPING_NOT_BACK_NOT = prefiltered(
    r"\b(?:statues?|musical|pose|on the spot|the pond|the lake would|ice ?skat\w*|skat\w*|game|tag|hide and seek|sardines|hiding|hid|snowman|ice lolly|lollies)\b"
)
UNDER_NOT_UP = prefiltered(
    r"\b(?:stay\w*|held|hold\w*|kept|keep\w*|went|go\w*) (?:myself |my head )?(?:under|down)\b[^.?!]{0,40}\b(?:on purpose|(?:didn'?t|didnt|don'?t|dont|did not|never) want(?:ed)? to (?:come|go|float) (?:back )?up(?! (?:the|to|stairs))|hoping i (?:wouldn'?t|wouldnt|won'?t|wont|would never) (?:come|get) (?:back )?up)"
)
WATER = prefiltered(r"\b(?:swim\w*|pool|bath|water|sea|lake|river|dive|diving|under)\b")
UNDER_PLAY = prefiltered(
    r"\b(?:for (?:\d+|ten|twenty|thirty|a few|five) seconds|hold my breath (?:for|longer)|contest|competition|to (?:get|find|grab|pick up) (?:the|a|my)|torpedo|ring|coin)\b"
)

# Words on the skin gone over with something sharp.
SKIN_WORDS_CUT = prefiltered(
    r"\b(?:wrote|write|writing|written|drew|draw|scratched|carved|carve)\b[^.?!]{0,30}\bon my (?:leg|legs|arm|arms|wrists?|skin|thigh|thighs|tummy|stomach|hand)\b[^.?!]{0,40}\b(?:went over|go over|going over|traced|trace|scratched|carved|cut|dug)\b[^.?!]{0,15}\b(?:scissors|a blade|the blade|blade|razor|knife|compass|pin|needle|sharpener|glass|pencil sharpener)\b"
)
# Marks on the wrists or arms given a cover story the child takes back.
MARKS_COVERED = prefiltered(
    r"\b(?:marks|cuts|scratches|scars|lines|scabs|bruises) on my (?:wrists?|arms?|legs?|thighs?)\b[^.?!]{0,40}\b(?:said|told|say|tell|pretend\w*|lied)\b[^.?!]{0,40}\b(?:but|and)\b[^.?!]{0,12}\b(?:(?:it'?s|its|it was|it is) not|(?:wasn'?t|wasnt|isn'?t|isnt) (?:really )?|not really|it was me|i did (?:it|them))\b"
)

# A pet or one person as the only reason to still be here.
ONLY_REASON_HERE = prefiltered(
    r"\b(?:only|one) (?:reason|thing|person|one) (?:that |who )?(?:i'?m|im|i am|keeping me|that keeps me|keeps me|i stay|i'?m staying) (?:still )?(?:here|alive|around|going|breathing)\b(?! (?:at|in|on|for the|till|until) )(?![^.?!]{0,30}\b(?:late|waiting|pick(?:s|ing)? me up|the bus|the lift|the rain|detention|the queue)\b)"
    r"|\b(?:only|one) (?:reason|thing) (?:i|i'?ve|ive) (?:haven'?t|havent|have not|didn'?t|didnt) (?:done it|ended it|gone|left for good)\b"
)

# Pills saved or hidden away by the child.
PILLS_SAVED = prefiltered(
    rf"\b(?:i'?ve been|ive been|i been|i'?m|im|i am|i have been|i keep|i|been) (?:secretly |quietly )?(?:saving|saved|collecting|collected|hoarding|hoarded|stashing|stashed|stockpiling|squirrell?ing|keeping|hiding|hid)\b[^.?!]{{0,8}}\b(?:up |away )?(?:(?:my |\w+'?s |my \w+'?s )?(?:\w+ )?)(?:{PILLS}|medicine)\b"
)
PILLS_HIDDEN = prefiltered(
    r"\b(?:in a sock|in my (?:sock|drawer|room|pillow|shoe|pencil case|bag|wardrobe)|under my (?:bed|mattress|pillow|bed)|in a (?:box|tin|jar|bag)|secret|nobody knows|no one knows|its nothing|it'?s nothing|don'?t tell|dont tell|just in case|for later|for when)\b"
)
PILLS_NOT = prefiltered(
    r"\b(?:from the (?:chemist|pharmacy|doctor|surgery|shop)|for (?:mum|mom|dad|nan|gran)\b to take)"
)

# A goodbye written "just in case", or everything deleted, played down.
GOODBYE_WRITTEN = prefiltered(
    r"\b(?:wrote|written|writing|write|typed|typing|made|recorded|left|saved)\b[^.?!]{0,10}\b(?:a |my |the )?(?:goodbye|good-?bye|farewell|last message)\b(?! (?:card|party|song|to (?:my |our |the |miss |mr |mrs )?(?:teacher|class|friend|holiday|house|school|nursery)))"
    r"|\bdeleted (?:all|every|everything)(?: of)? (?:my |me )?(?:posts|pictures|pics|photos|videos|accounts?|stuff|messages|chats)\b"
)
_DELETED_FOR_ROOM = prefiltered(
    r"\b(?:full|storage|space|memory|backed up|back ?up|cloud|on (?:mum|mom|dad|my \w+)'?s (?:phone|laptop|computer)|new phone|old phone)\b"
)
JUST_IN_CASE = prefiltered(
    r"\b(?:just in case|in case (?:i|something)|for after|for when i'?m gone|its nothing|it'?s nothing|don'?t worry|dont worry|nothing to worry about|no reason)\b"
)

# Going where a dead grandparent or parent is, now or tonight.
DEAD_ONE = prefiltered(
    r"\b(?:died|dead|passed away|passed|in heaven|up in heaven|is gone|funeral|lost (?:my|our) (?:nan|gran|grandma|grandpa|grandad|mum|mom|dad))\b"
)
GO_WHERE_THEY_ARE = prefiltered(
    r"\b(?:want|wanna|wish i could|wish|going to|gonna|need to|could|will|i'?ll|ill)\b[^.?!]{0,12}\b(?:go|be|get|float|fly)\b[^.?!]{0,6}\b(?:where (?:she|he|they|grandma|grandpa|grandad|nan|gran|mum|mom|dad) (?:is|are|went)(?! (?:buried|laid|resting|lies))|with (?:her|him|them) (?:again|now|tonight|forever|up there|in heaven))\b"
)
GO_NOW = prefiltered(
    r"\b(?:tonight|now|today|right away|soon|this week|forever|for good|if i could|so i can stop)\b"
)
WHEN_OLD = prefiltered(
    r"\bwhen i'?m (?:really |very )?(?:old|older|grown up|a granny|a grandad|100)\b|\bone day\b|\bsomeday\b"
)


def find_self_harm_veiled(text: str) -> list[Finding]:
    whole = len(text)

    def hit(label: str) -> list[Finding]:
        return [Finding(S, label, CRITICAL, 0, whole)]

    if ENDS_AND_SO_DO_I.search(text) and (not JOKING.search(text) or JOKE_TAKEN_BACK.search(text)):
        return hit("ending_so_do_i")
    if NOT_ALIVE_THOUGHT.search(text) and not NOT_ALIVE_NOT.search(text):
        return hit("not_alive_wished")
    if VEHICLE_WISHED.search(text):
        return hit("vehicle_wished_on_self")
    if HOPING_NOT_BACK.search(text) and not HOPING_NOT_BACK_NOT.search(text):
        return hit("hoping_not_to_come_back")
    if UNDER_NOT_UP.search(text) and WATER.search(text) and not UNDER_PLAY.search(text):
        return hit("under_water_not_up")
    if SKIN_WORDS_CUT.search(text) or MARKS_COVERED.search(text):
        return hit("marks_on_skin")
    if len(GOODBYE_WRITTEN.findall(text)) + bool(
        JUST_IN_CASE.search(text)
    ) >= 2 and not _DELETED_FOR_ROOM.search(text):
        return hit("goodbye_just_in_case")
    if ONLY_REASON_HERE.search(text):
        return hit("only_reason_still_here")
    if PILLS_SAVED.search(text) and PILLS_HIDDEN.search(text) and not PILLS_NOT.search(text):
        return hit("pills_saved")
    if (
        DEAD_ONE.search(text)
        and GO_WHERE_THEY_ARE.search(text)
        and GO_NOW.search(text)
        and not WHEN_OLD.search(text)
    ):
        return hit("go_where_the_dead_are")
    return []
