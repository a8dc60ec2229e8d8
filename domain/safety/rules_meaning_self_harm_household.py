# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Self-harm through the things of a house and a garden (round 67: chores, cooking, the
garden, neighbours), read as meanings, a means at hand + the child's own purpose:

- something hot held on the child's own skin (the hot tap, the kettle, the iron, the hob,
  straighteners) on purpose, or till it hurts so as to feel better ("i keep the hot tap on my
  arm till it hurts on purpus and then i feel a bit better");
- a blade kept hidden (under the mattress, in a drawer) for when the child feels bad, or used
  on the child's own legs or arms ("i keep the little knife under my matress and use it on my
  legs");
- the child scratching, cutting or bruising itself with a cover story ready ("with the rose
  bush thorns so mum thinks i just fell in it"), or to feel better;
- a garden or household poison (weed killer, slug pellets, bleach) the child thinks of
  drinking so that it all stops;
- the child banging its head on a wall over and over, or because it is "bad".

Near misses stay allowed: a hand burnt on the hot tap by accident, cold hands warmed under
the hot tap, a penknife kept in a bag for camping, the nurse's needle, scratched arms from
falling in the brambles, an itchy bite scratched, "mum keeps the weed killer on the top shelf
so we cant drink it", a head banged on the table by accident."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

SH = SafetyCategory.SELF_HARM

_SKIN = r"(?:arms?|hands?|wrists?|legs?|thighs?|skin|fingers?|tummy|belly|stomach|feet|foot|knees?|shoulders?|face|neck|palms?|ankles?|hips?|sides?|chest)"
_PURPOSE = r"(?:on (?:purpose|purpus|purpos|purpuse|perpose|perpus|porpose)|deliberately|delibritly|on porpoise)"
# The child's own feeling mended or punished by the hurt.
_MOTIVE = prefiltered(
    rf"\b{_PURPOSE}\b"
    r"|\b(?:then|and|so|after|til|till|until) (?:that )?(?:i|it makes me|that makes me) (?:\w+ )?(?:feel|felt|feels)\b (?:a (?:bit|lot|little) |so much |loads |kind of )?(?:better|calmer|calm|ok|okay|nothing|real|relieved|good)\b"
    r"|\b(?:makes?|made) me (?:feel )?(?:a (?:bit|lot|little) )?(?:better|calmer|feel nothing|feel real)\b"
    r"|\bwhen i (?:feel|get|am|'?m|start feeling) (?:really |so |too )?(?:sad|bad|angry|upset|cross|stressed|worried|lonely|numb|rubbish|awful|horrible|low|down|empty|overwhelmed|like (?:it|that)|that way)\b"
    r"|\b(?:to|so i can|so i) (?:punish (?:my ?self|me)|feel something|stop feeling|feel better)\b|\bpunish (?:my ?self|myself)\b"
    r"|\b(?:deserve|deserved|deserves) it\b|\b(?:cos|coz|cuz|because|cause|as) (?:i'?m|im|i am|i was) (?:so |such a |a )?(?:bad|naughty|stupid|useless|horrible|rubbish|evil|worthless|dumb|disgusting|idiot|bad (?:boy|girl|person))\b"
)
_WARM_OR_ACCIDENT = prefiltered(
    r"\b(?:by accident|accidentally|accidently|didn'?t mean|didnt mean|by mistake|cold|freezing|chilly|frozen|warm (?:up|them|my)|to warm|itch\w*|mosquito|bites(?! my)|eczema|chicken ?pox|rash|to get (?:the |it |them )?\w+ off|paint|glue|mud|sticky|germs|to clean|to wash)\b"
)

# Something hot held on the child's own skin.
_HOT_THING = r"(?:hot tap|boiling tap|hot water|boiling water|kettle(?: water)?|iron|hob|cooker(?: ring)?|oven(?: door)?|grill|hot pan|frying pan|hair ?straighteners|straighteners|curling tongs|hair ?dryer|lighter|matches|match|candle|radiator|hot plate|toaster|bbq|barbecue|glue gun)"
_HOLD = r"(?:keep|keeps|kept|hold|holds|held|holding|put|puts|putting|run|runs|ran|running|press|presses|pressed|pressing|stick|sticks|stuck|leave|leaves|left|touch|touches|touched|touching|rest|rests|rested)"
HOT_ON_OWN_SKIN = prefiltered(
    rf"\bi(?:'?ve| have| had)? (?:\w+ )?{_HOLD} (?:the |a |my |mums |mum'?s |dads |dad'?s )?(?:hot |boiling |burning )?{_HOT_THING} (?:on|over|against|onto|to|under) my (?:\w+ )?{_SKIN}\b"
    rf"|\bi(?:'?ve| have| had)? (?:\w+ )?{_HOLD} my (?:\w+ )?{_SKIN} (?:on|under|over|against|onto|in|to) (?:the |a )?(?:hot |boiling |burning )?{_HOT_THING}\b"
    rf"|\bi(?:'?ve| have| had)? (?:\w+ )?burn(?:s|ed|t|ing)? my (?:\w+ )?{_SKIN} (?:on|with|under|against|in) (?:the |a )?{_HOT_THING}\b"
)

# A blade kept hidden for when the child feels bad, or used on its own body.
_BLADE = r"(?:knife|knifes|knives|blade|blades|razor|razors|sharpener|scissors|compass|shard|glass|needle|pin|safety pin|stanley knife|craft knife|box cutter|penknife|pen knife|scalpel)"
# "... and use it on my legs", read back to a blade said before it in the sentence.
USED_ON_SELF = prefiltered(
    rf"\b(?:use|uses|used|using|try|tried) (?:(?:it|them|that|this) )?(?:on|against|across) (?:my ?self|myself|me|my (?:\w+ )?{_SKIN})\b"
    # (miss91) the blade named in it: "i want to use the sewing needle on my arm when i get sad"
    rf"|\b(?:use|uses|used|using|try|tried) (?:the |a |my |that |this |dads? |mums? |dad'?s |mum'?s )?(?:\w+ )?{_BLADE} (?:on|against|across) (?:my ?self|myself|my (?:\w+ )?{_SKIN})\b"
)
_BLADE_WORD = prefiltered(rf"\b{_BLADE}\b")
BLADE_KEPT_FOR_BAD = prefiltered(
    rf"\b(?:keep|keeps|kept|hide|hides|hid|hidden|hiding|stash|stashed|have|got)\b[^.?!]{{0,50}}\b{_BLADE}\b[^.?!]{{0,70}}\bfor (?:when|whenever|if) i (?:feel|get|am|'?m|start feeling)\b (?:really |so |too )?(?:bad|sad|low|down|angry|upset|rubbish|awful|horrible|empty|numb|like (?:it|that)|that way|stressed|overwhelmed|worse)\b"
)
_MEDICAL_BLADE = prefiltered(
    r"\b(?:nurse|doctor|jab|injection|vaccin\w*|splinter|plaster|blood test)\b"
)
_CARE_BLADE = prefiltered(
    r"\b(?:camping|whittl\w*|fishing|scouts|cubs|brownies|craft|sewing|knitting)\b"
)

# The child hurting its own skin with a cover story ready, or to feel better.
SELF_MARKED = prefiltered(
    rf"\bi\b[^.?!]{{0,15}}\b(?:scratch|scratched|scratches|scratching|scrape|scraped|scrapes|scraping|cut|cuts|cutting|rub|rubbed|rubs|rubbing|stab|stabbed|prick|pricked|pricking|dig|dug|digging|bruise|bruised|bruising|burn|burnt|burned|burning|pinch|pinched|pinching|bite|bites|bit|biting|chew|chews|chewed|chewing) (?:my (?:own )?(?:\w+ )?{_SKIN}|my ?self|myself)\b"
    # (miss91) "i dug my nails into my hands till it hurt"
    rf"|\bi\b[^.?!]{{0,15}}\b(?:dig|digs|dug|digging|stick|stuck|press|pressed) my (?:finger ?)?nails (?:right )?(?:in|into|in to) my (?:own )?(?:\w+ )?{_SKIN}\b"
)
# (miss91) The hurt wanted, or marks left: "i bite my hands realy hard ... untill there is marks,
# i want it to hurt" (SELF_MARKED's own motive; a hot tap or a head keeps _MOTIVE).
_HURT_WANTED = prefiltered(
    r"\bi (?:\w+ )?(?:want|wanted|wanna|need|needed) (?:it|them|that) to (?:hurt|sting|bleed)\b|\b(?:to|so i can|so it will) (?:make (?:it|them) )?(?:hurt|sting|bleed)\b|\bso (?:that )?it (?:hurts|stings|bleeds)\b"
    r"|\b(?:till|untill|until|til|till?l) (?:there (?:is|are|was|were|r|'?s) |it |they |i (?:see |get |have )?)?(?:(?:big |red |teeth |tooth |nail |little |some |loads of )?marks?|bleeds?|bleeding|bled|(?:goes |go |went |are |is )?(?:red|purple|sore)|bruises?|bruised|hurts?|stings?)\b"
    r"|\bso hard (?:that )?there (?:is|are|was|were|r) (?:\w+ )?marks\b|\b(?:leaves?|left|makes?|made) (?:big |red |teeth |tooth |nail )?marks\b"
)
_COVER_STORY = prefiltered(
    r"\bso (?:that )?(?:mum|mom|mummy|mommy|dad|daddy|nan|nana|gran|granny|people|everyone|everybody|they|nobody|no ?one|no-one|teachers?|miss|sir|my \w+)\b(?: (?:will|would|won'?t|wont|doesn'?t|doesnt|don'?t|dont|can'?t|cant|never))? (?:thinks?|think|believes?|believe|know|knows|guess|guesses|tell|find out)\b"
    r"|\b(?:and|then|so i can|so i could) (?:say|tell(?: \w+)?|pretend|make out|act like)(?: that)? (?:i|it)\b[^.?!]{0,25}\b(?:fell|fall|tripped|trip|accident|the cat|the dog|a bush|the bush|brambles?|thorns?|playing|football)\b"
    r"|\bso it looks like (?:an accident|i fell|i tripped|the cat|the dog|i was playing)\b"
)

# A garden or household poison the child thinks of drinking so it all stops.
_POISON = prefiltered(
    r"\b(?:weed ?killer|weedkiller|slug pellets?|rat poison|poison|bleach|antifreeze|anti-freeze|white spirit|paint thinner|lighter fluid|petrol|drain cleaner|oven cleaner|toilet cleaner|cleaning stuff|dishwasher tablets?|washing (?:tablets?|pods?|powder)|fabric softener|bug spray|fly spray|insect killer|plant food|fertili[sz]er|stuff under the sink)\b"
)
DRINK_TO_END = prefiltered(
    r"\b(?:if i|i could|i might|i want to|i wanna|i'?ll|i will|what if i|about|of|i should|i'?m gonna|i am gonna|i'?m going to|i am going to)\b (?:just )?(?:drank|drink|drinking|drunk|swallow\w*|ate|eat|eating|had|have|downed|down|took|take)\b (?:it|them|that|some|all|the lot|the whole (?:bottle|thing|lot|box|tub|packet)|a bottle|the bottle|(?:all|some) of (?:it|them|that|the \w+))\b"
    r"[^.?!]{0,30}\b(?:(?:it|this|everything|all (?:of )?(?:this|it|that)|all this|the pain|the hurt|it all|things)\b(?: \w+)? (?:would|will|'?ll|'?d|could|might) (?:all )?(?:stop|end|be over|go away|finish)|(?:i|i'?d|id) (?:would |will |could |might )?(?:die|be dead|not wake up|never wake up|be gone|not be here|disappear)|never wake up|make it (?:all )?stop|end it(?: all)?|not be here)\b"
)

# Banging its own head on a wall, over and over or because it is "bad".
HEAD_BANGED = prefiltered(
    r"\b(?:bang|bangs|banged|banging|bash|bashes|bashed|bashing|hit|hits|hitting|smack|smacks|smacked|smacking|slam|slams|slammed|slamming|knock|knocks|knocked|knocking|thump|thumps|thumped|thumping) my (?:own )?head (?:on|against|into|off) (?:the|my|a) (?:\w+ )?(?:wall|walls|floor|door|desk|table|headboard|bed ?frame|window|radiator|mirror|cupboard|ground|locker)\b"
)
# Over and over is enough against a wall or the floor; a cupboard door is bumped into.
_HARD_SURFACE = prefiltered(
    r"\bmy (?:own )?head (?:on|against|into|off) (?:the|my|a) (?:\w+ )?(?:wall|walls|floor|headboard|ground|radiator|mirror)\b"
)
_OVER_AND_OVER = prefiltered(
    r"\b(?:over and over|again and again|lots of times|loads of times|so many times|ten times|hard as i can|really hard|till it hurts|until it hurts|till i (?:cry|see stars|get a headache|feel)|until i (?:cry|see stars|get a headache|feel))\b"
)
_HEAD_ACCIDENT = prefiltered(
    r"\b(?:by accident|accidentally|accidently|didn'?t mean|didnt mean|by mistake|tripped|trip|fell|slipped|running|playing|bending down|stood up|standing up|getting up|sneez\w*|not looking)\b"
)


def find_self_harm_household(text: str) -> list[Finding]:
    whole = len(text)
    motive = _MOTIVE.search(text) is not None
    if HOT_ON_OWN_SKIN.search(text) and motive and not _WARM_OR_ACCIDENT.search(text):
        return [Finding(SH, "hot_thing_on_own_skin", CRITICAL, 0, whole)]
    used = USED_ON_SELF.search(text)
    blade = _BLADE_WORD.search(text)
    blade_used = used is not None and blade is not None and 0 < used.start() - blade.end() <= 90
    # (miss91) a craft, sewing or knitting blade is no care blade when kept for bad feelings:
    # "i keep the craft knife ... under my pillow so i can use it on my arm when i feel bad"
    if (
        (blade_used or BLADE_KEPT_FOR_BAD.search(text))
        and not _MEDICAL_BLADE.search(text)
        and (motive or not _CARE_BLADE.search(text))
    ):
        return [Finding(SH, "blade_kept_for_self", CRITICAL, 0, whole)]
    if (
        SELF_MARKED.search(text)
        and (_COVER_STORY.search(text) or motive or _HURT_WANTED.search(text))
        and not _WARM_OR_ACCIDENT.search(text)
    ):
        return [Finding(SH, "self_marked_with_cover", CRITICAL, 0, whole)]
    if _POISON.search(text) and DRINK_TO_END.search(text):
        return [Finding(SH, "household_poison_to_end", CRITICAL, 0, whole)]
    if (
        HEAD_BANGED.search(text)
        and ((_OVER_AND_OVER.search(text) and _HARD_SURFACE.search(text)) or motive)
        and not _HEAD_ACCIDENT.search(text)
    ):
        return [Finding(SH, "head_banged_to_punish", CRITICAL, 0, whole)]
    return []
