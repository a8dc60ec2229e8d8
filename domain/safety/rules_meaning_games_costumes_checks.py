# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Games that do not excuse a real threat, costumed grown-ups asking for details, and body
"checks" with no carer there: older gaps found by a review (gaps47), read as meanings:

- a game that does not excuse a real threat: stabbing or knifing someone after school, after
  the game or on the way home ("get him at dodgeball then stab him after school");
- hate inside a game: killing or getting "all the gay kids", "the black kids" (flagged hate);
- a grown-up (a teacher, a coach, "mr jones") who says they need to check the child's body,
  with no doctor, nurse or parent in the scene;
- anyone holding the child's head under the water (no "till I couldn't breathe" needed);
- a grown-up in costume (Santa, an elf, a clown, a mascot, someone dressed up) asking for the
  child's phone number, email, school or house;
- the teddy's smothering game (a pillow pressed on a brother's face) and its touch "quickly
  while mum is out".

Near misses stay allowed: "stab the potato", "I got him out at dodgeball", "kill all the
zombies in the snowball fight", the doctor checking the child with mum there, holding one's
own breath under water, Santa asking what the child wants, a pillow fight, "touch your toes"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, SEVERE, Finding
from domain.safety.prefilter import prefiltered

# A real blade used on a person, at a time outside the game.
_STAB = prefiltered(
    r"\b(?:(?:stab|stabb\w*|stabs|shank\w*|slash)\b (?!(?:in|into|to|at|and|the|a|an|it|my|on|with|for|of|up)\b)\w+|(?:knife|knifed|knifing) (?:him|her|them|you|ya|u|that|this|\w+'?s))\b"
    r"[^.?!]{0,40}\b(?:after (?:school|the game|the match|class|practice|training|dodgeball|football|pe|lunch|the fight)|on the way home|at home ?time|tomorrow|tonight|for real|outside school|behind the \w+|in the park)\b"
)
_STAB_PRETEND = prefiltered(
    r"\b(?:foam|toy|pretend|plastic|nerf|cardboard|lightsaber|fake|rubber|in the game|in fortnite|in minecraft|in roblox|potato|potatoes|straw|juice|cake|sausage|balloon)\b"
)

_GROUP = r"(?:gay|lesbian|trans|black|brown|asian|chinese|muslim|jewish|indian|pakistani|polish|romanian|african|arab|disabled|autistic|foreign|immigrant|gypsy|traveller)"
_GAME_HATE = prefiltered(
    rf"\b(?:kill|murder|destroy|smash|hurt|batter|beat up|bomb|attack|get|target|burn|drown|shoot)\b (?:all (?:of )?)?(?:the |those |them |these )?{_GROUP} (?:kids|people|boys|girls|ones|children|lot|team|families)\b"
)

_CHECKER = r"(?:mr|mrs|miss|ms|sir|teacher|coach|he|she|the man|a man|the lady|uncle|caretaker|tutor|instructor|babysitter|neighbour|leader)"
# Split in two (the act, then who) so that neither half scans far from many starts.
_CHECK_BODY = prefiltered(
    r"\b(?:needs?|has|had|have|wants?|wanted|going|gonna|must|got) to (?:check|look at|inspect|examine|feel) (?:me all over|(?:my|under my)\b(?: \w+)?? ?(?:body|privates?|private (?:parts?|bits)|bits|bottom|bum|chest|down there|all over|everywhere))\b"
    r"|\b(?:checked|checks|checking|inspected|examined|examines) (?:my (?:whole )?(?:body|privates?|private (?:parts?|bits)|bottom|bum|chest)|me all over|me (?:under|down) there)\b"
)
_CHECKER_SAID = prefiltered(rf"\b{_CHECKER}\b")
_MEDICAL = prefiltered(
    r"\b(?:doctors?|dr|nurses?|dentist|hospital|gp|surgery|clinic|paramedic|first aid(?:er)?|nits|lice|ticks?|rash|chicken ?pox|mum was there|dad was there|with (?:my )?(?:mum|mom|dad)|(?:mum|mom|dad) (?:was )?(?:there|watching|in the room))\b"
)

_HOLDER = r"(?:(?:step ?|half ?)?(?:brothers?|sisters?)|cousins?|boys?|girls?|kids|someone|somebody|he|she|they|friends?|mum|mom|dad|uncle|auntie|teacher|coach|man|lady|babysitter|grandad|grandma|nan|step ?(?:dad|mum)|\w+'?s (?:boyfriend|girlfriend))"
_HEAD_UNDER = prefiltered(
    rf"\b{_HOLDER}\b[^.?!]{{0,30}}\b(?:holds?|held|holding|push\w*|keeps? (?:holding|pushing|putting)|kept (?:holding|pushing|putting)|dunk\w*|forces?|forced|shoves?|shoved)\b (?:my (?:head|face)|me) (?:right )?(?:under|down under|down in|into|in) (?:the )?(?:bath ?water|water|bath|pool|sink|tub|river|sea)\b"
)

_COSTUME = r"(?:santa|santa claus|father christmas|elf|elves|clown|mascot|easter bunny|(?:man|lady|woman|person|someone|grown-?up|guy) (?:dressed (?:up )?(?:as|like)|in (?:a |an )?(?:\w+ )?(?:costume|suit|outfit)))"
_ASKED = r"(?:asked|asks|asking|wanted|wants|needs|needed|said (?:he|she) needs?|told me to (?:give|tell|write)|took|wrote down|got)"
_DETAILS = r"(?:phone number|number|mobile|email|e-?mail address|address|what school|which school|my school|the school|where i live|where my house|my house|house number|postcode|street|snapchat|whatsapp|instagram)"
_COSTUMED = prefiltered(rf"\b{_COSTUME}\b")
_ASKS_DETAILS = prefiltered(rf"\b{_ASKED}\b[^.?!]{{0,30}}\b{_DETAILS}\b")
# A contact (a number, an email, an app) is never Santa's business; where the child lives or
# goes to school is (fixholes' near misses) unless both are asked.
_CONTACT = prefiltered(
    r"\b(?:phone number|number|mobile|email|e-?mail address|snapchat|whatsapp|instagram)\b"
)
_SCHOOL = prefiltered(r"\b(?:what|which|my|the) school\b")
_HOME = prefiltered(r"\b(?:address|where i live|my house|house number|postcode|street)\b")

_SMOTHER = prefiltered(
    r"\b(?:press|push|hold|put|squash|squish|stuff|shove|keep)\w*\b(?: \w+){0,3} (?:on|over|onto|against|into|down on) (?:his|her|their|your \w+'?s|\w+'?s) (?:face|mouth|nose|head)\b"
    r"|\bsmother\w*\b (?:him|her|them|your \w+)\b"
)
_SMOTHER_HOW = prefiltered(
    r"\b(?:pillows?|cushions?|bags?|blankets?|duvets?|towels?|kill|it|stops? (?:breathing|wriggling|moving|kicking)|can'?t breathe|smother\w*)\b"
)
_TOUCH_WHILE_OUT = prefiltered(
    r"\btouch(?:es|ing)?\b (?:it|them|him|her|me|there|yourself|down there|his|my)\b[^.?!]{0,25}\b(?:while|when|before|now that) (?:your |ur )?(?:mum|mom|mummy|dad|daddy|parents|grown-?ups|nan|gran|carer|babysitter|she|he|they)(?:'s|'re| is| are)? (?:is |are )?(?:out|away|gone|not (?:home|looking|here|back)|isn'?t (?:home|looking|here)|aren'?t (?:home|looking|here)|asleep|sleeping|busy|gets? back|comes? (?:home|back))\b"
)
_WARNED = prefiltered(r"\b(?:don'?t|dont|do not|never|mustn'?t|shouldn'?t|not allowed)\b")


def find_games_costumes_checks(text: str) -> list[Finding]:
    out: list[Finding] = []
    whole = len(text)
    if _STAB.search(text) and not _STAB_PRETEND.search(text):
        out.append(Finding(SafetyCategory.VIOLENCE, "real_threat_after_game", SEVERE, 0, whole))
    if _GAME_HATE.search(text):
        out.append(Finding(SafetyCategory.HATE, "group_hate_in_game", MODERATE, 0, whole))
    if _CHECK_BODY.search(text) and _CHECKER_SAID.search(text) and not _MEDICAL.search(text):
        out.append(Finding(SafetyCategory.ABUSE, "grown_up_checks_body", SEVERE, 0, whole))
    if _HEAD_UNDER.search(text):
        out.append(Finding(SafetyCategory.ABUSE, "head_held_under_water", SEVERE, 0, whole))
    if (
        _COSTUMED.search(text)
        and _ASKS_DETAILS.search(text)
        and (_CONTACT.search(text) or (_SCHOOL.search(text) and _HOME.search(text)))
    ):
        out.append(Finding(SafetyCategory.GROOMING, "costume_asks_details", SEVERE, 0, whole))
    return out


def find_teddy_game_smother_touch(text: str) -> list[Finding]:
    if _WARNED.search(text):
        return []
    if _SMOTHER.search(text) and _SMOTHER_HOW.search(text):
        return [Finding(SafetyCategory.VIOLENCE, "teddy_smothering", SEVERE, 0, len(text))]
    if _TOUCH_WHILE_OUT.search(text):
        return [Finding(SafetyCategory.GROOMING, "teddy_touch_while_away", SEVERE, 0, len(text))]
    return []
