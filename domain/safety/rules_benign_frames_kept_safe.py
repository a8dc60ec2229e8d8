# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Round 42's false alerts from care and play (fixed as families), each frame with the words
that spoil it:

- a grown-up keeping the child from getting hurt ("mum pulled my hand away from the hot oven
  so i wouldn't get burned", "dad pulled me back from the road"), spoilt by doing it on
  purpose, holding the hand there, a punishment, "again", fear or a blow
  (rules_self_harm_composed's self-injury, rules_harm's disclosures);
- a pretend faint or fall in a play, a drama club or a game ("at drama club i did a pretend
  faint and everybody laughed"), spoilt by choking, passing out for real, a challenge or
  holding one's breath (rules_risky's fainting games);
- (round 46) a pet chewing cables and the child asking how to keep it safe, spoilt by the
  child chewing too, making the pet do it or a shock (rules_risky);
- (fa8485b) the child helping while a grown-up keeps the dangerous part ("grandpa lets me help
  with the bbq but he holds the long lighter", "i help mum cook but she does the knife bits"),
  spoilt by the child doing it alone, in secret, its turn with the tool or a burn (rules_risky).
"""

from __future__ import annotations

from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import MEANS
from domain.safety.meaning_concepts_people import CARER_WORDS, STEP_PARENT
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_held_in_play import held_in_play

# --- a grown-up keeping the child from getting hurt ---------------------------------------
_CARER = (
    r"(?:mum|mummy|mom|mommy|mam|mama|dad|daddy|papa|my parents|nan|nana|nanny|gran|granny|grandma|grandad|granddad|grandpa|"
    rf"{STEP_PARENT}|auntie|aunty|aunt|uncle|teacher|miss|sir|lollipop (?:lady|man)|childminder|nursery (?:lady|teacher)|big (?:sister|brother)|(?:he|she|they))"
)
_PULLED = r"(?:pulled|pull|pulls|grabbed|grab|grabs|yanked|snatched|moved|moves|lifted|picked|scooped|held|holds|kept|keeps|took|takes|whisked|tugged|stopped|stops|caught|blocked)"
_MY_HAND = r"(?:me|us|my (?:hand|hands|arm|arms|fingers?|coat|hood|sleeve)|the (?:knife|scissors|pan|kettle|iron|lighter|matches))"
_HAZARD = (
    r"(?:the )?(?:hot |boiling )?(?:oven|hob|stove|cooker|fire|fireplace|iron|kettle|pan|heater|radiator|candle|bbq|barbecue|road|street|kerb|curb|traffic|cars?|edge|cliff|water|pool|river|pond|"
    r"sea|waves|dog|wasp|bees?|socket|plug|knife|blade|stairs|steps|swing|bonfire|fireworks?)"
)
_WOULD_NOT = (
    r"(?:wouldn'?t|would not|didn'?t|did not|won'?t|will not|don'?t|do not|couldn'?t|never)"
)
_GET_HURT = r"(?:get |be |got )?(?:burn\w*|scald\w*|cut|hurt|hit|run over|knocked over|squashed|bitten|stung|shocked|electrocuted|drown\w*|fall|fell|trip\w*|slip\w*|hurt (?:my ?self|my \w+)|burn (?:my ?self|my \w+)|cut (?:my ?self|my \w+))"
# The carer and the pull written once, the three endings after them (the same strings).
KEPT_FROM_HARM = prefiltered(
    rf"\b{_CARER}\b[^.?!]{{0,30}}\b{_PULLED} {_MY_HAND}"
    rf"(?:\b[^.?!]{{0,50}}\bso (?:that )?(?:i|we) {_WOULD_NOT} {_GET_HURT}\b"
    rf"| (?:back|away|out of the way|clear|off|up|out)\b[^.?!]{{0,15}}\b(?:from|off|out of|away from|near) {_HAZARD}\b"
    rf"| (?:\w+ )?(?:back|away|off)\b[^.?!]{{0,40}}\bbefore (?:i|we) (?:could |would )?{_GET_HURT}\b)"
)
KEPT_FROM_HARM_SPOILT = prefiltered(
    r"\b(?:on purpose|deliberately|held (?:it|my hand|my arm|my fingers|me) (?:there|on|down|against|in|under|over|near)|(?:hold|holds|holding|pushed|push|pushes|pressed|press|forced|shoved|put) (?:my|me)\b[^.?!]{0,20}\b(?:on|onto|against|into|in|under|near) (?:the|a)|"
    r"punish\w*|as a lesson|to teach me|learn my lesson|again|every (?:time|day|night)|always|scared|afraid|terrified|frightened|hit\w*|slap\w*|smack\w*|punch\w*|kick\w*|"
    r"burn(?:ed|t|s)? me|burnt my|burned my|hurt (?:me|my)|it hurt|bruis\w*|mark\w*|scars?|bleed\w*|blood|shout\w* at me|screamed|secret\w*|don'?t tell|if i tell|deserve\w*|naughty|bad girl|bad boy|"
    r"locked|no food|angry|mad at me|drunk|so hard|really hard)\b",
)


# "mum pulled my hand away from the hot oven so i wouldn't get burned": care, not harm.
kept_from_harm = Frame(KEPT_FROM_HARM, KEPT_FROM_HARM_SPOILT)


def kept_safe(text: str) -> bool:
    """Kept from harm, or held in play or for a surprise (rules_benign_frames_held_in_play)."""
    return kept_from_harm(text) or held_in_play(text)


# --- a pretend faint or fall in a play or a game ------------------------------------------
PRETEND_FAINT = prefiltered(
    r"\b(?:pretend(?:ed|ing|s)?|fake|faked|faking|stage|play|acted|acting|act|dramatic|drama|theatrical|funny|silly|over the top|comedy|comic)(?: to| a| an)? (?:big |huge |dramatic |funny |silly |massive |fake |pretend |stage )?(?:faint\w*|swoon\w*)\b"
    r"|\bfaint\w*\b[^.?!]{0,30}\b(?:on stage|in (?:the|our|my) (?:play|show|panto|pantomime|scene|sketch|performance|rehearsal|drama lesson|assembly)|at (?:drama|theatre|stage) (?:club|school|class)|for (?:the|our|my) (?:play|show|panto|scene|part|role))\b"
    r"|\b(?:drama|theatre|stage|acting) (?:club|class|lesson|group|school)\b[^.?!]{0,50}\bfaint\w*\b"
)
PRETEND_FAINT_SPOILT = prefiltered(
    r"\b(?:chok\w*|strangl\w*|pass(?:ed|es|ing)? out|black(?:ed|s|ing)? out|for real|really faint\w*|actually faint\w*|properly faint\w*|challenge|dare\w*|"
    r"hold (?:my|our|your|his|her|their|ur) breaths?|held (?:my|our|his|her|their) breaths?|until (?:i|we|you|he|she|they)|breath\w*|dizzy|hit (?:my|his|her) head|banged (?:my|his|her) head|"
    r"ambulance|hospital|neck|squeez\w*|tight|woke up|wake up|didn'?t get up|wouldn'?t get up|not pretend\w*)\b",
)


# "at drama club i did a pretend faint and everybody laughed": acting, not a fainting game.
pretend_faint = Frame(PRETEND_FAINT, PRETEND_FAINT_SPOILT)


# --- (round 46) a pet chewing cables, the child asking how to keep it safe -------------------
_PET = r"(?:bunny|bunnies|rabbits?|puppy|puppies|dogs?|doggy|kittens?|cats?|hamsters?|guinea pigs?|rats?|mice|gerbils?|ferrets?|parrots?|budgies?|tortoise|pet)"
PET_CHEWS_WIRES = prefiltered(
    rf"\b{_PET}\b[^.?!]{{0,40}}\b(?:chew\w*|bit|bite\w*|biting|nibbl\w*|gnaw\w*)\b[^.?!]{{0,20}}\b(?:wires?|cables?|cords?|leads?|chargers?|flex)\b"
    rf"|\b(?:wires?|cables?|cords?|chargers?)\b[^.?!]{{0,40}}\bso (?:my |the |our )?{_PET}\b[^.?!]{{0,20}}\b(?:doesn'?t|doesnt|does not|can'?t|cant|won'?t|wont|don'?t|dont) (?:chew|bite|nibble|gnaw)"
)
# Protecting the pet is the point: stopping it, covering the wires, asking if it is ok.
PET_WIRES_PROTECTED = prefiltered(
    r"\b(?:stop\w*|keep (?:him|her|it|them) (?:away|off|from)|away from|not to|doesn'?t|doesnt|does not|can'?t|cant|won'?t|wont|don'?t|dont|cover\w*|protect\w*|hide|safe|is (?:he|she|it) (?:ok|okay|alright)|vet)\b"
)
PET_WIRES_SPOILT = prefiltered(
    r"\b(?:i (?:want|wanna|will|'?ll|am gonna|'?m gonna|'?m going to|tried|try|chew|chewed|bite|bit|lick|licked|touch|touched|cut)|me too|on purpose|to see|for fun|funny|make (?:him|her|it|them|my \w+) (?:chew|bite)|let (?:him|her|it|them) (?:chew|bite)|zap\w*|shock (?:him|her|it|them))\b"
)


def pet_guarded_from_wires(text: str) -> bool:
    return (
        PET_CHEWS_WIRES.search(text) is not None
        and PET_WIRES_PROTECTED.search(text) is not None
        and not PET_WIRES_SPOILT.search(text)
    )


# --- (fa8485b) the child helping, a grown-up keeping the dangerous part -----------------------
_HELPS = r"(?:(?:lets?|allows?|allowed) (?:me|us) (?:to )?help|i (?:get to |can |always |sometimes |usually )?help(?:s|ed)?|we (?:get to |all )?help(?:ed)?)"
_KEEPER = rf"(?:he|she|they|(?:my )?(?:{CARER_WORDS}|auntie|aunty|aunt|uncle)|the grown-?ups?|a grown-?up|an adult|the adults?|the (?:leader|teacher|chef|instructor))"
_KEEPS_IT = r"(?:holds?|held|does|did|lights?|lit|uses?|used|handles?|handled|carries|carried|keeps?|kept|controls?|is in charge of|takes? care of|looks after)"
GROWN_UP_KEEPS_THE_DANGER = prefiltered(
    rf"\b{_HELPS}\b[^.?!]{{0,60}}\b(?:but|and|while|though|as long as) (?:only )?{_KEEPER} (?:always |only |still |just |does )?{_KEEPS_IT} (?:all )?(?:the|his|her|their)\b"
)
KEEPS_THE_DANGER_SPOILT = prefiltered(
    r"\b(?:by myself|on my own|alone|secret\w*|sneak\w*|don'?t tell|(?:lets?|let) me (?:hold|light|use|have|try|strike|do)|my turn|then i|burn\w* (?:me|my)|hurt (?:me|my)|it hurt|to my|on my (?:arm|hand|skin|leg)|at me)\b"
)
# A lighter, a knife or a hot pan in the grown-up's hands is MEANS by its nature: waived.
grown_up_keeps_the_danger = Frame(
    GROWN_UP_KEEPS_THE_DANGER, KEEPS_THE_DANGER_SPOILT, waives=(MEANS,)
)
