# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A carer's cruelty told without the usual words (round 65, new families and two homes), read
as meanings:

- hurt hard enough to mark, or where nobody can see: a carer or a parent's partner who
  squeezes, pinches, twists or grips till it goes purple or leaves bruises ("mums new
  boyfriend squezes my arm really hard till it goes purple and says its just his joke
  squeeze"), or who pinches or kicks the child under the table, where nobody can see;
- a pet held hostage: the child must obey (call him daddy, keep quiet) or the grown-up won't
  feed the dog, will give the cat away or hurt it ("steve says i have to call him daddy or he
  wont feed doggy and then doggy will die");
- a punishment of endurance: made to stand in the corner all day or for hours, the toilet
  kept back till she says ("i have to stand in the corner all saturday and im not aloud to go
  for a wee till she says");
- a meal kept from a child who is "not his real kid", or whenever the other parent is out
  ("my step dad says im not his real kid so i dont get dinner wen mum is at work").

Near misses stay allowed: a brother who pinches me under the table, "dad squeezed my hand
really hard when the film got scary", a friend's arm going purple from a paint fight, "mum
says if we don't feed the fish it will die", "i had to stand in the corner for five minutes",
"i cant go for a wee till the end of the lesson", "my step dad says im not his real kid but he
loves me like one", no dinner because mum is at work and we have tea at nan's."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

A = SafetyCategory.ABUSE

# The grown-ups at home: a parent, a step-parent, a parent's partner, a grandparent, a minder.
_CARER = (
    r"(?:mum|mom|mummy|mommy|mam|dad|daddy|step ?(?:mum|mom|dad|mother|father|mummy|daddy)|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunt|uncle|carer|babysitter|childminder|"
    r"(?:(?:my |her |his |their )?(?:mum|mom|mummy|mommy|mam|dad|daddy)'?s|her|his) (?:new )?(?:boyfriend|girlfriend|partner|husband|wife|fiance|fiancee)|(?:new )?(?:boyfriend|girlfriend))"
)
_GRIP = r"(?:squee?zes?|squee?zed|squee?zing|squezes|squezed|pinch(?:es|ed|ing)?|twists?|twisted|twisting|grips?|gripped|gripping|grabs?|grabbed|grabbing|digs? (?:her|his) nails in(?:to)?|dug (?:her|his) nails in(?:to)?|nips?|nipped|kicks?|kicked|kicking|flicks?|flicked|stamps? on|stamped on)"
_BODY = r"(?:arms?|wrists?|hands?|fingers?|legs?|thighs?|knees?|ears?|neck|shoulders?|cheeks?|side|sides|tummy|belly|back|skin|leg|bum|feet|foot|toes|me)"
# Hurt hard enough to mark ...
GRIP_TILL_MARKED = prefiltered(
    rf"\b{_CARER}\b[^.?!]{{0,25}}\b{_GRIP}\b (?:my (?:\w+ )?{_BODY}|me)\b[^.?!]{{0,30}}\b(?:till|until|til|so hard|that hard|and it|and they|it goes|they go|it went|leaves?|left)\b[^.?!]{{0,20}}\b(?:purple|black and blue|blue|bruis\w*|marks?|bleed\w*|bled|swollen|puffy)\b"
)
# ... or where nobody can see.
HURT_UNSEEN = prefiltered(
    rf"\b{_CARER}\b[^.?!]{{0,25}}\b{_GRIP}\b (?:my (?:\w+ )?{_BODY}|me)\b[^.?!]{{0,30}}\b(?:under the table|where (?:nobody|no ?one|no-one|noone|nobody else|mum|mom|dad|they|people) (?:can|could|will|would)(?: ?n'?t|not)? see|when (?:nobody|no ?one|no-one|noone|mum|mom|dad|they|everyone)(?:'?s| is| are|'re)? (?:looking|watching|around|there|not looking|in the other room)|so (?:nobody|no ?one|mum|mom|dad) (?:sees|can see|notices|knows)|behind (?:mum'?s|mom'?s|dad'?s|my (?:mum|mom|dad)'?s|their|everyone'?s) backs?)"
)
_PLAYFUL = prefiltered(
    r"\b(?:paint\w*|felt tip|pen|ink|marker|game|playing|play fight\w*|tickl\w*|thumb war|arm wrestl\w*|by accident|accidentally|didn'?t mean|scary|film|movie|roller ?coaster|blood test|injection|jab)\b"
)

# A pet held hostage to make the child obey.
_PET = r"(?:dog|doggy|doggie|puppy|pup|cat|kitty|kitten|pets?|hamster|rabbit|bunny|guinea pigs?|fish|budgie|bird|tortoise|pony|horse|\w+ the (?:dog|cat|hamster|rabbit))"
_THREAT_TO_PET = (
    r"(?:won'?t|wont|will not|wouldn'?t|wouldnt|would not|(?:'ll|will) stop|(?:'d|would) stop|not going to|isn'?t going to|is not going to|never) (?:feed|feeding|look after|walk|give (?:any )?(?:food|water) to)\b"
    r"|(?:'?ll|will|would|'?d|is going to|is gonna|gonna|going to) (?:get rid of|give away|sell|hurt|kill|drown|poison|kick|starve|put down|take away|dump|let (?:\w+ )?die)\b"
)
PET_HOSTAGE = prefiltered(
    rf"\b(?:says?|said|tells? me|told me|keeps? saying|warned me)\b[^.?!]{{0,10}}\b(?:i|we) (?:have to|has to|must|gotta|got to|need to|better|had to|'?ve got to)\b[^.?!]{{0,40}}\bor (?:else )?(?:he|she|they|\w+)(?:'ll|'d)? (?:{_THREAT_TO_PET}) (?:the |my |our |his |her |poor )?(?:little )?{_PET}\b"
    rf"|\bif (?:i|we) (?:don'?t|dont|do not|won'?t|wont)\b[^.?!]{{0,40}}\b(?:he|she|they)(?:'ll|'d)? (?:{_THREAT_TO_PET}) (?:the |my |our |his |her |poor )?(?:little )?{_PET}\b"
    rf"|\b(?:if (?:i|we) (?:don'?t|dont|do not|won'?t|wont)|or (?:else )?)\b[^.?!]{{0,40}}\b(?:he|she|they)(?:'ll|'d| will| would| is going to| is gonna)? (?:give|send|take) (?:the |my |our |poor )?(?:little )?{_PET} away\b"
)

# A punishment of endurance: standing or kneeling for hours, the toilet kept back.
_STAND = r"(?:stand (?:in (?:the|a) corner|facing the wall|with my (?:face|nose) (?:to|against) the wall|on one leg|with my arms up)|kneel(?: down)?(?: on \w+)?|face the wall)"
_LONG = r"(?:all (?:day|morning|afternoon|evening|night|weekend|saturday|sunday|monday|tuesday|wednesday|thursday|friday|dinner|tea ?time)|the whole (?:day|morning|afternoon|evening|night|weekend)|for (?:hours|ages|(?:two|three|four|five|six|\d+) hours|the whole \w+|a whole \w+)|hours and hours)"
ENDURANCE = prefiltered(
    rf"\b(?:have to|has to|had to|made to|makes? me|made me|make me|got to|gotta|must)\b (?:\w+ )?{_STAND}\b[^.?!]{{0,35}}\b{_LONG}\b"
)
_AT_SCHOOL = prefiltered(
    r"\b(?:school|class|teacher|miss|sir|lesson|detention|lunchtime|playtime|assembly)\b"
)
TOILET_KEPT_BACK = prefiltered(
    r"\b(?:not (?:aloud|allowed)|can'?t|cant|cannot|won'?t let me|wont let me|doesn'?t let me|never lets? me|don'?t let me)\b (?:to )?(?:go (?:for|to) (?:a |the )?(?:wee|pee|poo|toilet|loo|bathroom)|use the (?:toilet|loo|bathroom)|have (?:a )?(?:wee|pee|drink))\b[^.?!]{0,15}\b(?:till|until|til|unless) (?:she|he|they|mum|mom|dad|my \w+)\b"
    r"|\b(?:wet|wee(?:d)?|pee(?:d)?) (?:my ?self|myself|my pants)\b[^.?!]{0,20}\b(?:corner|not (?:aloud|allowed)|wasn'?t (?:aloud|allowed)|wouldn'?t let)\b"
)

# A meal kept from a child who is "not his real kid", or whenever the other parent is out.
_MEAL = r"(?:dinner|tea|lunch|breakfast|supper|food|meals?|anything to eat|fed|a plate)"
_NOT_HIS = r"(?:not (?:his|her|their) (?:real |proper |own )?(?:kid|child|son|daughter|problem|responsibility|family)|not really (?:his|hers|theirs)|not (?:his|hers|theirs))"
NOT_HIS_NO_MEAL = prefiltered(
    rf"\b{_NOT_HIS}\b[^.?!]{{0,40}}\b(?:i|we) (?:don'?t|dont|do not|never|can'?t|cant|won'?t|wont) (?:get|have|eat|get to have|get given|get any) (?:any |no )?{_MEAL}\b"
    rf"|\b{_NOT_HIS}\b[^.?!]{{0,40}}\b(?:won'?t|wont|doesn'?t|doesnt|never|refuses to) (?:feeds?|cooks? for|makes? (?:\w+ )?for|gives?) (?:me|us)\b"
)
_MEAL_WHEN_AWAY = prefiltered(
    rf"\b(?:i|we) (?:don'?t|dont|do not|never) (?:get|have|eat|get given) (?:any |no )?{_MEAL}\b[^.?!]{{0,10}}\b(?:when|wen|while|whenever|if) (?:my )?(?:mum|mom|mummy|dad|daddy|she|he)(?:'?s| is| are)? (?:at work|out|away|not (?:home|in|there|here)|working|on nights)\b"
)
_STEP_CARER_SAYS = prefiltered(
    rf"\b(?:step ?(?:mum|mom|dad|mother|father)|{_CARER})\b[^.?!]{{0,10}}\b(?:says?|said|tells? me|told me|won'?t let|doesn'?t let|never lets)\b"
)
_FED_ELSEWHERE = prefiltered(
    r"\b(?:nan'?s|nana'?s|gran'?s|grandma'?s|at school|school dinners?|breakfast club|after ?school club|takeaway|chippy|later|already (?:ate|had)|eat at|have tea at|had tea at|loves? me)\b"
)


def find_quiet_cruelty(text: str) -> list[Finding]:
    whole = len(text)
    if (GRIP_TILL_MARKED.search(text) or HURT_UNSEEN.search(text)) and not _PLAYFUL.search(text):
        return [Finding(A, "carer_hurts_marked_or_unseen", CRITICAL, 0, whole)]
    if PET_HOSTAGE.search(text):
        return [Finding(A, "pet_held_hostage", CRITICAL, 0, whole)]
    if ENDURANCE.search(text) and (TOILET_KEPT_BACK.search(text) or not _AT_SCHOOL.search(text)):
        return [Finding(A, "endurance_punishment", CRITICAL, 0, whole)]
    if (
        NOT_HIS_NO_MEAL.search(text)
        or (_MEAL_WHEN_AWAY.search(text) and _STEP_CARER_SAYS.search(text))
    ) and not _FED_ELSEWHERE.search(text):
        return [Finding(A, "meal_kept_from_child", CRITICAL, 0, whole)]
    return []
