# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Friendships gone wrong that a parent should hear about (round 50's flags), read as meanings:

- shut out of other children's club or gang ("ella and grace have a secret club and they said
  im not allowed in it", "they made a gang and i cant be in it");
- the only one not invited ("everyone got invited to zoes party exept me", "the whole class is
  going except me", "im the only one who didnt get an invite");
- a humiliating name taken up by the others ("now they all call me pee pants", "everyone
  calls me smelly sam");
- the child urging others to shun a child ("tommy smells like poo and nobody should play with
  him", "lets all not play with her", "dont be friends with mia shes weird");
- a real blade or gun brought to frighten other children after a fallout ("im bringing my
  brothers knife tomorrow to scare the kids who took my phone"): violence, a flag.

A child's line is a flag (distress or insult, MODERATE). Near misses stay allowed: a grown-up's
club ("mum's book club"), a club the child is too young for yet, a surprise party, a nickname
the child likes, "nobody should play with matches", a child kept away because of chickenpox.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered

D = SafetyCategory.DISTRESS
INSULT = SafetyCategory.INSULT

# --- shut out of a club -------------------------------------------------------------------
_CLUB = r"(?:(?:secret|special|girls'?|boys'?|best friends?|bff|cool|private|own|new) )?(?:club|gang|clubhouse|society|squad|group|den|fort|team)"
_NOT_IN = (
    r"(?:(?:i'?m|im|i am|i was|i'?m still) not allowed (?:in|into|to (?:join|be in|come in|go in|play))|i (?:can'?t|cant|cannot|couldn'?t|couldnt) (?:join|be in|come in|go in|be part of)"
    r"|(?:won'?t|wont|wouldn'?t|wouldnt|don'?t|dont|didn'?t|didnt) let me (?:in|join|be in|come in)|(?:kicked|threw|chucked) me out|i'?m not (?:in|part of) it|no (?:one|body) else (?:is )?allowed|not me)\b"
)
SHUT_OUT_OF_CLUB = prefiltered(
    rf"\b(?:have|has|had|got|made|make|started|start|set up|formed|created|making|starting) (?:a|an|their|they'?re|her|his) {_CLUB}\b[^.?!]{{0,50}}\b{_NOT_IN}"
    rf"|\b{_NOT_IN}[^.?!]{{0,12}}\b(?:their|her|his|the) {_CLUB}\b"
)
_CLUB_NEAR_MISS = prefiltered(
    r"\b(?:book club|golf club|night ?club|football club|chess club|after ?school club|breakfast club|yet|until|till|when i'?m (?:older|\d+|bigger)|too (?:young|little|small)|"
    r"age|year [5-9] only|grown ?ups?|adults?|mum|mom|dad|parents?|lol|haha\w*|jk|pretend)\b"
)

# --- the only one not invited -------------------------------------------------------------
_EVERYONE = r"(?:everyone|everybody|every1|evryone|all (?:the|my) (?:girls|boys|kids|friends|class)|all of (?:them|my friends|the class)|the (?:whole|entire) class|my whole class|all my friends|the rest of (?:the class|my friends|them))"
_EXCEPT_ME = r"(?:exc?e?pt|exept|excpet|xcept|cept|but|apart from|other than|besides|accept) (?:for |not )?me\b(?! and (?:my |the )?(?:mum|mom|dad|brother|sister|cousin|family)\b)"
LEFT_OFF_THE_LIST = prefiltered(
    rf"\b{_EVERYONE}\b[^.?!]{{0,20}}\b(?:got|gets|was|were|is|are|been|has been|have been)? ?invit\w*\b[^.?!]{{0,35}}\b{_EXCEPT_ME}"
    rf"|\binvit\w* {_EVERYONE}\b[^.?!]{{0,30}}\b{_EXCEPT_ME}"
    rf"|\b{_EVERYONE}\b[^.?!]{{0,20}}\b(?:is|are|was|were|'?s|'?re) (?:going|coming|at|invited)\b[^.?!]{{0,30}}\b(?:party|sleepover|birthday|bday|pool party|cinema|trampolin\w*|house)\b[^.?!]{{0,20}}\b{_EXCEPT_ME}"
    r"|\b(?:i'?m|im|i am|i was) the only (?:one|1|person|girl|boy|kid)\b[^.?!]{0,20}\b(?:not invited|who (?:wasn'?t|wasnt|isn'?t|isnt|didn'?t get|didnt get) (?:invited|an invite)|that (?:wasn'?t|wasnt|didn'?t get|didnt get) (?:invited|an invite)|without an invite)"
)
_INVITE_NEAR_MISS = prefiltered(
    r"\b(?:surprise|my (?:own )?(?:party|birthday|bday)|(?:party|bash|celebration|do) for me|i'?m (?:the )?(?:birthday|host)|ill|sick|poorly|on holiday|away|grounded|couldn'?t go|can'?t go|lol|haha\w*|jk)\b"
)

# --- a humiliating name taken up by the others ----------------------------------------------
_SHAMING_NAME = (
    r"(?:(?:pee|wee|poo|poop|piss|wet|smelly|stinky|stinki|fart|nappy|diaper) ?(?:pants|pant|baby|boy|girl|face|head|bum|breath|queen|king|machine|monster|\w+)"
    r"|bed ?wetter|pee ?pee|wee ?wee|poo ?poo|stinky|smelly|smelly \w+|stinky \w+|fatty|fatso|piggy|pig|whale|baby|cry ?baby|loser|freak|weirdo|nerd|geek|four ?eyes|goofy|dumbo|"
    r"pizza face|spotty|crater face|teeth|bucky|rat|worm|slug|nit ?head|nitty|flea ?bag|tramp|scruff|saddo|no ?mates|nobody|gay|lesbo|boffin|ugly|stupid|dummy|idiot)"
)
SHAMING_NAME_TAKEN_UP = prefiltered(
    rf"\b(?:they|they all|everyone|everybody|the whole class|all the (?:kids|boys|girls)|the (?:other )?(?:kids|boys|girls)|people|now (?:they|everyone|everybody))\b[^.?!]{{0,12}}\b(?:call|calls|calling|called|keeps? calling|started calling|now call|nickname\w*) me {_SHAMING_NAME}\b"
    rf"|\b(?:told|tells|telling|showed|spread|posted)\b[^.?!]{{0,20}}\b(?:my secret|everyone|everybody|the whole class)\b[^.?!]{{0,40}}\b(?:call|calls|calling|called) me {_SHAMING_NAME}\b"
    # (round 60) "the other kids at the childminders hide my shoes and call me a baby every
    # single day": a place said between, "a baby", and the name with things hidden or every day.
    rf"|\b(?:they|the (?:other |older |big )?(?:kids|boys|girls)|my cousins|the others)\b[^.?!]{{0,40}}\b(?:call|calls|calling|called|keep calling|keeps calling) me (?:a |an )?{_SHAMING_NAME}\b[^.?!]{{0,20}}\b(?:every (?:single )?day|all the time|every time|every morning|always)\b"
)
# (round 60) Things hidden, binned or broken by the other children, day after day.
THINGS_HIDDEN_DAILY = prefiltered(
    r"\b(?:they|the (?:other |older |big )?(?:kids|boys|girls)|my cousins|the others|everyone)\b[^.?!]{0,40}\b(?:hide|hides|hid|hiding|bin|bins|binned|throw|throws|threw|chuck|chucks|chucked|break|breaks|broke|stamp on|stamps on|stamped on|rip|rips|ripped) (?:away )?my (?:shoes|trainers|bag|coat|hat|things|stuff|lunch|lunchbox|pencil case|books?|drink|water bottle|toys?|jumper)\b[^.?!]{0,50}\b(?:every (?:single )?day|all the time|every time|every morning|every week|always|and call me|and laugh)\b"
)
# (round 60) Shut out of the trampoline, the den or the game, and told why in a shaming way.
SHUT_OUT_OF_PLAY = prefiltered(
    r"\b(?:locked|shut|kept|kicked|pushed|chucked|threw|left) me (?:out|off)(?: of)? (?:the |their |our |my )?(?:trampoline|den|fort|tent|game|treehouse|tree house|bouncy castle|paddling pool|playhouse|wendy house|bedroom|room|house|shed|garden)\b[^.?!]{0,60}\b(?:smell|smells|smelly|stink|stinky|poo|poop|baby|ugly|weird|fat|can'?t play|cant play|not allowed|go away|nobody wants|too little)\b"
)
_PLAY_NEAR_MISS = prefiltered(
    r"\b(?:lol|haha\w*|jk|by accident|accidentally|then (?:they )?let me (?:in|back)|let me back in|said sorry|for a joke|as a joke|in the game|hide and seek)\b"
)
_NAME_NEAR_MISS = prefiltered(
    r"\b(?:lol|haha\w*|jk|as a joke|for fun|i like it|i love it|its funny|it'?s funny|cute|when i was (?:a baby|little)|in the (?:game|play|show|story)|my (?:mum|mom|dad|nan|grandma|grandad|family))\b"
)

# --- urging others to shun a child ---------------------------------------------------------
_SHUN = r"(?:play|talk|sit|hang (?:out|around)|be friends|eat lunch|walk home)"
_NOT_A_PERSON = r"(?:matches|fire|fireworks|knives|knife|scissors|food|plugs?|sockets?|the (?:oven|cooker|stove|iron|kettle)|it|that|those|them (?:toys|things)|lighters?|dogs?|cats?|their food)"
URGES_SHUNNING = prefiltered(
    rf"\b(?:nobody|no one|noone|no body|none of us|no1)\b (?:should|shud|is allowed to|can|must|will|wants to|is gonna|is going to) (?:ever )?{_SHUN} (?:with|to|next to|near) (?!{_NOT_A_PERSON}\b)(?:him|her|them|[a-z]+)\b"
    rf"|\b(?:let'?s|lets|we should|we shouldn'?t|we shouldnt|everyone should|u should|you should|we need to) (?:all )?(?:not|never|stop|ignore|leave out|not let) ?(?:{_SHUN} (?:with|to) )?(?!{_NOT_A_PERSON}\b)(?:him|her|them|[a-z]+)\b[^.?!]{{0,30}}\b(?:smells?|smelly|stinks?|stinky|weird|gross|disgusting|poo|poop|wee|nits|fleas|dirty|ugly|fat|freak|loser|baby|annoying|cooties)\b"
    rf"|\b(?:don'?t|dont|never) {_SHUN} (?:with|to) (?!{_NOT_A_PERSON}\b)(?:him|her|them|[a-z]+)\b[^.?!]{{0,20}}\b(?:he|she|they)(?:'?s| is| are|'?re)? (?:smelly|stinky|weird|gross|disgusting|dirty|a freak|a loser|a baby|annoying|ugly|fat)\b"
)
_WHY_SHUNNED = prefiltered(
    r"\b(?:smells?|smelly|stinks?|stinky|weird|gross|disgusting|poo|poop|wee|pee|nits|fleas|dirty|ugly|fat|freak|loser|baby|annoying|cooties|cries|cry ?baby|poor|different|talks funny)\b"
)
_SHUN_NEAR_MISS = prefiltered(
    r"\b(?:chicken ?pox|sick|ill|poorly|contagious|germs|covid|flu|a cold|vomiting|virus|not nice|mean|unkind|wrong|why (?:do|does|did|would)|(?:he|she|they) (?:said|says)|my teacher said|isn'?t fair|not fair)\b"
)


# --- a weapon brought to frighten other children -------------------------------------------
_BLADE = r"(?:knife|knives|penknife|pocket ?knife|stanley knife|blade|razor|machete|axe|hatchet|gun|bb gun|air ?rifle|air ?gun|pellet gun)"
_OTHER_KIDS = r"(?:(?:the|those|these|that|all the|some|them) (?:\w+ )?(?:kids?|boys?|girls?|lads|year \w+|bull(?:y|ies)|gang|people|ones|twins|idiots)|them|him|her|everyone|everybody)"
WEAPON_TO_FRIGHTEN = prefiltered(
    rf"\b(?:bring|brings|bringing|take|takes|taking|carry|carrying|sneak|sneaking|get|getting|grab|grabbing|use|using)\b[^.?!]{{0,30}}\b{_BLADE}\b[^.?!]{{0,40}}\b(?:scare|frighten|threaten|get back at|teach|show)\w* {_OTHER_KIDS}\b"
)
_WEAPON_PRETEND = prefiltered(
    r"\b(?:toy|plastic|nerf|pretend|play|wooden|foam|cardboard|water|rubber|fake|lego|in the (?:game|movie|film|play|story|show)|halloween|costume)\b"
)


def find_friend_fallouts(text: str) -> list[Finding]:
    n = len(text)
    if WEAPON_TO_FRIGHTEN.search(text) and not _WEAPON_PRETEND.search(text):
        return [Finding(SafetyCategory.VIOLENCE, "weapon_to_frighten", MODERATE, 0, n)]
    if SHUT_OUT_OF_CLUB.search(text) and not _CLUB_NEAR_MISS.search(text):
        return [Finding(D, "shut_out_of_club", MODERATE, 0, n)]
    if LEFT_OFF_THE_LIST.search(text) and not _INVITE_NEAR_MISS.search(text):
        return [Finding(D, "only_one_not_invited", MODERATE, 0, n)]
    if SHAMING_NAME_TAKEN_UP.search(text) and not _NAME_NEAR_MISS.search(text):
        return [Finding(D, "shaming_name_taken_up", MODERATE, 0, n)]
    if (THINGS_HIDDEN_DAILY.search(text) or SHUT_OUT_OF_PLAY.search(text)) and not (
        _PLAY_NEAR_MISS.search(text) or _NAME_NEAR_MISS.search(text)
    ):
        return [Finding(D, "picked_on_by_other_children", MODERATE, 0, n)]
    if (
        URGES_SHUNNING.search(text)
        and _WHY_SHUNNED.search(text)
        and not _SHUN_NEAR_MISS.search(text)
    ):
        return [Finding(INSULT, "urges_shunning_a_child", MODERATE, 0, n)]
    return []
