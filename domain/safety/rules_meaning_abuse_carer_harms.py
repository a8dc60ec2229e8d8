# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A carer's or a school grown-up's harm told without the usual words (rounds 44 to 46's
critical misses), read as meanings:

- an injury put down to a carer, with a cover story to tell ("the bruises on my back are from
  mom but she said tell the school nurse i fell off my bike");
- a doctor withheld after a carer's injury ("dad wont take me to the doctor even tho my arm is
  all puffy from where he twisted it");
- washing, teeth or the toilet denied as a punishment ("im not allowed to shower or brush my
  teeth dad says i dont deserve it");
- a school or club grown-up who pinches, slaps or humiliates the child ("the dinner lady makes
  me eat off the floor when i spill and pinches me");
- the "something to cry about" threat;
- food withheld for days, or with body shaming ("i got no dinner again for 3 days. mom says im
  too fat to eat");
- a carer who hits at the end of a long sentence ("dad takes my phone at night and smashed it
  and hit me");
- (miss5455) held down and hit, or hit when too poorly to fight back, by a carer or an older
  child of the family.

Near misses stay allowed: falling off a bike for real, "dad twisted my arm in a game of thumb
war", no bath tonight because it's late, a teacher who made us sit on the floor for a story,
"mum says im starving till dinner", a pillow fight where dad hit me with a pillow."""

from __future__ import annotations

import re

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, SENTENCE_END, Finding
from domain.safety.meaning_concepts_people import CARER
from domain.safety.prefilter import prefiltered

_CARER = r"(?:mum|mom|mummy|mommy|mama|dad|daddy|papa|father|mother|step ?(?:mum|mom|dad|mother|father)|stepdad|stepmum|stepmom|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunt|uncle|carer|foster (?:mum|mom|dad|carer)|(?:mum|mom|dad)'?s (?:boyfriend|girlfriend))"

# An injury put down to a carer ...
INJURY_FROM_CARER = prefiltered(
    rf"\b(?:bruises?|bruised|marks?|cuts?|burns?|black eye|scratch(?:es)?|bump|lump|sore \w+|fat lip|split lip)\b[^.?!]{{0,30}}\b(?:(?:are|is|were|was|came|come) (?:all )?from (?:(?:my )?{_CARER}(?!'?s\b)|(?:him|her)\b(?! (?:bike|dog|cat|trampoline|scooter|horse|pony|game)))|(?:my )?{_CARER} (?:did|gave me|made) (?:it|them|these|those|that))\b"
)
# (miss62) ... or the truth told beside the story: "thats a lie, it was my dad that did my eye".
_DID_IT = r"(?:did|done|does) (?:it|this|that|them|these|those|my (?:\w+ )?(?:eye|face|arm|arms|leg|legs|nose|lip|back|head|wrist|bruises?|cheek|ear|neck))\b|(?:hit|hits|punched|punches|kicked|kicks|pushed|pushes|shoved|smacked|slapped|whacked|bashed|thumped|hurt|hurts|burnt|burned|twisted|grabbed|threw) (?:me|my)\b"
TRUE_CAUSE = prefiltered(
    rf"\b(?:it was|it wos|twas|was really|was actually|it'?s|its) (?:really |actually |all )?(?:my )?(?:{_CARER}|him|her) (?:that |who |what |wot )?(?:{_DID_IT})"
    rf"|\b(?:lie|lies|lying|fib|fibbing|not true|isn'?t true|not what happened|truth is|really|actually)\b[^.?!]{{0,20}}\b(?:my )?{_CARER} (?:{_DID_IT})"
)
# ... with a story to tell instead.
COVER_STORY = prefiltered(
    r"\b(?:said|says|told me|tells me|makes me|made me|have to|got to|gotta|i'?m meant to|supposed to)\b[^.?!]{0,15}\b(?:say|tell|said)\b[^.?!]{0,40}\bi (?:fell|fall|tripped|slipped|bumped|walked into|ran into|did it|was (?:playing|clumsy))\b(?! (?:asleep|in love|for it))"
    r"|\b(?:i (?:tell|told|have to tell|said))\b[^.?!]{0,30}\bi (?:fell|tripped|slipped|bumped|walked into)\b(?! (?:asleep|in love|for it))"
)

# A doctor withheld ...
NO_DOCTOR = prefiltered(
    r"\b(?:won'?t|wont|will not|wouldn'?t|wouldnt|didn'?t|didnt|refuses? to|refused to|never|doesn'?t|doesnt) (?:take|let) me (?:go )?(?:to )?(?:see )?(?:the |a )?(?:doctors?|doctor'?s|gp|hospital|a ?& ?e|er|nurse|dentist|walk ?in)\b"
    r"|\bnot allowed to (?:go to|see) (?:the |a )?(?:doctors?|doctor'?s|gp|hospital|nurse)\b"
)
# ... after a carer's injury.
CARER_CAUSED = prefiltered(
    rf"\b(?:where|since|after|when|cos|cause|because|from) (?:he|she|they|my {_CARER}|{_CARER}) (?:twisted|yanked|pulled|grabbed|bent|hit|kicked|squeezed|stamped on|stood on|slammed|burnt|burned|threw|pushed|hurt|broke|smacked|punched|bit|whacked)\b"
    rf"|\b(?:he|she|{_CARER}) (?:twisted|yanked|bent|broke|hurt|slammed|stamped on|burnt|burned) (?:it|my \w+)\b"
)
_GAME = prefiltered(
    r"\b(?:laugh\w*|lol|haha\w*|by mistake|oops|thumb war|arm wrestl\w*|game|games|playing|play fight\w*|pillow|tickl\w*|wrestling|by accident|accidentally|accident|didn'?t mean|didnt mean|football|rugby|trampoline)\b"
)

# Washing, teeth or the toilet denied as a punishment.
NO_WASHING = prefiltered(
    r"\b(?:not allowed to|never allowed to|won'?t let me|wont let me|doesn'?t let me|doesnt let me|don'?t let me|dont let me|stops? me (?:from )?|stopped me (?:from )?|can'?t|cant)\b[^.?!]{0,10}\b(?:shower\w*|bath(?:e|ed|es|ing|s)?(?! ?(?:toys?|bombs?|mat|time stor\w+))|wash\w*(?! (?:the|up|a|dishes|cars?|my (?:car|bike|toys?|cup|plate|bowl|dolls?))\b)|brush\w* my (?:teeth|hair)|clean\w* my teeth|use the (?:toilet|loo|bathroom)|go to the (?:toilet|loo|bathroom)|change my (?:clothes|pants|knickers|underwear))\b"
)
AS_PUNISHMENT = prefiltered(
    r"\b(?:(?:don'?t|dont|do not|doesn'?t|doesnt|not|never|no) deserve\w*|deserve to (?:be|stay|smell|stink)|punish\w*|as a punishment|for being (?:bad|naughty|dirty|disgusting)|because i (?:was|am|'?m) (?:bad|naughty|disgusting|dirty|a pig)|says (?:i'?m|im|i am) (?:a |so )?(?:(?:disgusting|filthy|dirty|smelly|stinky)(?: pig)?|pig)|(?:until|till) i (?:learn|say sorry|behave))\b"
)

# A school or club grown-up who hurts or humiliates the child.
_SCHOOL_ADULT = r"(?:(?:lady|man|woman|guy|person) (?:who runs|who helps (?:at|with|out at)|in charge of|who looks after us at) (?:the |my |our )?(?:after ?-?school |breakfast |holiday |youth |sports |drama |dance |art |chess |football |swim\w* )?(?:club|camp|group|class|nursery|playgroup)|(?:club|camp|playgroup|youth) (?:leader|helper|lady|man|worker)|playworker|dinner lad(?:y|ies)|lunch lad(?:y|ies)|dinner (?:man|lady)|teacher|teaching assistant|classroom assistant|supply teacher|head ?teacher|headmaster|headmistress|coach|caretaker|janitor|childminder|nursery (?:lady|teacher|worker)|mr \w+|mrs \w+|sir)"
SCHOOL_ADULT_HURTS = prefiltered(
    # one scan from each grown-up word: a blow to me or my body, an arm twisted or an ear pulled
    # (the body part follows the verb), nails dug in; (speed) the first letters of those verbs
    # looked for first after the gap
    rf"\b{_SCHOOL_ADULT}\b[^.?!]{{0,60}}\b(?=[bdfhkpsty])(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )(?:(?:pinch\w*|slap\w*|smack\w*|hits?|hitting|kicks?|kicked|punch\w*|scratch\w*|flicks?|flicked|yanks?|yanked)\b (?:me\b(?! (?:off|out|at|in a|in the|from|ball|the ball)\b)|my (?:arms?|hands?|face|ears?|hair|legs?|neck|head|back|tummy|belly|nose|wrists?|fingers?|bum|bottom|shoulders?|knees?|skin|side|chest)\b)"
    rf"|(?:twists?|twisted|twisting|pulls?|pulled|pulling|yanks?|yanked|bends?|bent) my (?:arms?|ears?|hair|wrists?|fingers?|neck)\b|(?:digs?|dug|digging) (?:her|his) (?:finger)?nails in(?:to)? (?:me|my)\b)"
    rf"|\b(?:the |my |our |a )?{_SCHOOL_ADULT}\b[^.?!]{{0,30}}\b(?:makes?|made|making) me (?:eat|lick)\b[^.?!]{{0,20}}\b(?:off|from|up off) the (?:floor|ground|bin|dirty floor)\b"
)
_SCHOOL_NOT = prefiltered(
    r"\b(?:in (?:the|a) (?:game|play|story|book|film)|pretend|brother|sister|boys?|girls?|kids?|child|children|classmates?|friends?|bully|bullies|someone|somebody|year \d|in my class|(?:his|her) hand|high ?fives?|tag|it'?s my (?:turn|go)"
    r"|my cheeks?|adorable|cute|didn'?t see|didnt see|wasn'?t looking|wasnt looking|told (?:him|her|them) off|out of the room|(?:because|cos|cause|after|when) \w+ (?:hit|kicked|pinched|punched|slapped))\b"
)

# The "something to cry about" threat.
CRY_ABOUT = prefiltered(
    r"\b(?:give|giving|gives|gave) (?:me|you|us|him|her) (?:something|summat|somethin|a reason)\b[^.?!]{0,12}\bto (?:cry|whine|scream) (?:about|for)\b"
)

_CRY_NOT = prefiltered(
    r"\b(?:lol|lmao|haha\w*|jk|jok\w*|laugh\w*|kidding|teasing|in the film|in the movie|on the telly|on tv|stor(?:y|ies)|films?|movies?|books?|songs?|onions?)\b"
)

# Food withheld for days, or with body shaming.
NO_FOOD_DAYS = prefiltered(
    r"\b(?:no|any|nothing for|not (?:got|had|allowed) (?:any )?)(?: \w+)? (?:food|dinner|tea|lunch|breakfast|supper|meals?|to eat)\b[^.?!]{0,20}\b(?:for|in) (?:(?:\d+|two|three|four|five|six|a few|some|many) (?:whole )?(?:days?|nights?|meals)|days|ages|a week|a whole day|weeks)\b"
)
BODY_SHAMING = prefiltered(
    r"\b(?:(?:too|so|am|i'?m|im|being|getting|a|big|you'?re|ur) fat|fat (?:pig|cow|lump)|fatty|greedy|piggy|(?<!guinea )pig|don'?t deserve (?:food|to eat|dinner)|doesn'?t deserve (?:food|to eat))\b"
)
_WASH_NOT = prefiltered(
    r"\b(?:not (?:a|as a|for) punish\w*|isn'?t (?:a|as a) punish\w*|stitches|plaster cast|(?:a|my) cast|operation|boiler|hot water|chicken ?pox|grommets|ear infection|the car|the dishes|the dog)\b"
)
_DIET = prefiltered(
    r"\b(?:diet|fasting|ramadan|operation|surgery|doctor said|sick bug|tummy bug|poorly|vet|cat|dog|puppy|kitten|hamster|rabbit|bunny|guinea pig|horse|pony|fish|pet)\b"
)

# A carer who hits at the end of a long sentence, with no one else as the subject: the ending
# is found first, then the clause before it (up to 110 characters) is looked at.
HITS_ME_LAST = prefiltered(
    r"\band (?:then )?(?:he |she )?(?:hit|hits|slapped|slaps|punched|punches|kicked|kicks|smacked|smacks|beat|beats|whacked|whacks|choked|chokes|strangled)\s+me\b(?! (?:off|out|at|in a|in the|from)\b)"
)
# (miss5455) Held down and hit, or hit while poorly and unable to fight back, by a carer or an
# older child of the family: "my big cousin holds me down and punches me when im poorly and
# cant fight back" (a play fight, a pillow or tickling is not it).
_OLDER = rf"(?:{_CARER}|(?:big|older|step|half|teenage) ?(?:brother|sister|cousin|bro|sis)|cousins?|brother|sister|babysitter|childminder|he|she|they)"
HURT_WHILE_HELPLESS = prefiltered(
    rf"\b{_OLDER}\b[^.?!]{{0,30}}\b(?:punch\w*|hits?|hitting|kicks?|kicking|kicked|slaps?|slapped|slapping|beats?|beating|chok\w*|strangl\w*|stamps? on|stamped on|bites?|bit|smacks?|smacked|whacks?|whacked|thumps?|thumped|elbows?|knees?|hurts?|hurting) me\b[^.?!]{{0,50}}\b(?:can'?t|cannot|couldn'?t|could not) (?:fight|hit|push) (?:him |her |them )?back|too (?:weak|poorly|sick|ill|small|tired) to (?:fight|stop|get away|push)"
    rf"|\b{_OLDER}\b[^.?!]{{0,30}}\b(?:holds?|held|pins?|pinned|pinning|holding|sits? on|sat on) me down\b[^.?!]{{0,30}}\b(?:punch\w*|hits?|hitting|kicks?|kicking|kicked|slaps?|slapped|beats?|beating|chok\w*|strangl\w*|bites?|smacks?|smacked|whacks?|whacked|thumps?|thumped|spits? on|spat on|burns?|burnt|burned) me\b"
)
_HELPLESS_NOT = prefiltered(
    r"\b(?:play ?fight\w*|pretend\w*|game|wrestl\w*|pillows?|tickl\w*|karate|judo|boxing|taekwondo|jiu ?jitsu|lesson|lol|haha|joking|softly|gently)\b"
)
# A carer named, text-speak "dads" and "mums" too.
_ANY_CARER = prefiltered(rf"\b{_CARER}s?\b")
_CARER_IN_CLAUSE = re.compile(rf"\b(?:my )?{_CARER}\b")
_OTHER_SUBJECT = re.compile(
    r"\bit (?!(?:and|on|at|in|off|up|down|away|out|to|into|onto|for|with|then|again)\b)\w"
    r"|\b(?:ball|door|branch|wave|brother|sister|bro|sis|boy|girl|kid|friend|dog|cat|someone|somebody|nobody|bully|he said|she said)\b"
)


def _carer_hits_long(text: str) -> bool:
    for m in HITS_ME_LAST.finditer(text):
        before = text[max(0, m.start() - 110) : m.start()]
        clause = SENTENCE_END.split(before)[-1]
        carers = list(_CARER_IN_CLAUSE.finditer(clause))
        if not carers:
            continue
        between = clause[carers[-1].end() :]
        if len(between) >= 20 and not _OTHER_SUBJECT.search(between):
            return True
    return False


def _abuse(text: str, label: str) -> list[Finding]:
    return [Finding(SafetyCategory.ABUSE, label, CRITICAL, 0, len(text))]


def find_carer_harms(text: str) -> list[Finding]:
    if (
        (INJURY_FROM_CARER.search(text) or TRUE_CAUSE.search(text))
        and COVER_STORY.search(text)
        and _ANY_CARER.search(text)
    ):
        return _abuse(text, "injury_cover_story")
    if NO_DOCTOR.search(text) and CARER_CAUSED.search(text) and not _GAME.search(text):
        return _abuse(text, "doctor_withheld")
    if (
        NO_WASHING.search(text)
        and AS_PUNISHMENT.search(text)
        and CARER.search(text)
        and not _WASH_NOT.search(text)
    ):
        return _abuse(text, "washing_denied")
    if SCHOOL_ADULT_HURTS.search(text) and not _SCHOOL_NOT.search(text):
        return _abuse(text, "school_adult_hurts")
    if CRY_ABOUT.search(text) and _ANY_CARER.search(text) and not _CRY_NOT.search(text):
        return _abuse(text, "something_to_cry_about")
    if NO_FOOD_DAYS.search(text) and BODY_SHAMING.search(text) and not _DIET.search(text):
        return _abuse(text, "food_withheld_shamed")
    if HURT_WHILE_HELPLESS.search(text) and not _HELPLESS_NOT.search(text):
        return _abuse(text, "hurt_while_helpless")
    if _carer_hits_long(text) and not _GAME.search(text):
        return _abuse(text, "carer_hits_long")
    return []
