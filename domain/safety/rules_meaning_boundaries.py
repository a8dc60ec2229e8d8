# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A grown-up crossing a child's body boundaries, told plainly and without the usual words
(round 39):

- Touching or tickling where the child does not like, or not stopping when the child says
  stop ("it's the tickle game but I don't like where he tickles").
- Kept back alone so a grown-up can check, measure or look at the child's body, with the
  child uneasy or told it is normal ("he said it's normal but it doesn't feel normal").
- Photos or videos of the child in the bath, the shower or undressed, taken by someone who
  is not a parent, or behind a locked door.
- Asked to sneak out to someone, or to their car, after dark.
- (round 44) A grown-up (an uncle, a stepdad, mum's boyfriend, a babysitter) who comes in when
  the child is in the bath or wants to wash or dry it there, when the child is big enough to
  do it alone or it feels wrong; a parent only when it feels wrong or is "down there".

Near misses stay allowed: a brother who tickles and won't stop, the doctor checking a chest,
mum's photo of a baby in the bath, a coach checking a sprained ankle after the match with
mum there, sneaking out of bed for a glass of water, mum or dad washing a small child's hair, a brother
barging into the bathroom."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_held_in_play import tickle_stopped_when_asked

A = SafetyCategory.ABUSE
G = SafetyCategory.GROOMING

_GROWN_UP = r"(?:grandpa|grandad|granddad|gramps|grandad|uncle|step ?dad|stepfather|dad|daddy|coach|teacher|tutor|babysitter|sitter|neighbou?r|lodger|man|guy|(?:mum|mom|mummy|mommy)'?s (?:boyfriend|friend|partner)|instructor|priest|leader|he|she)"
_TOUCH_VERB = r"(?:tickl\w*|touch\w*|rub\w*|kiss\w*|cuddl\w*|feel\w*|felt|strok\w*|hold\w*|held|grab\w*|squeez\w*|put\w* his hands?|put\w* her hands?)"
UNWANTED_WHERE = prefiltered(
    rf"\b(?:don'?t|dont|do not|didn'?t|never) like (?:it )?(?:where|how|when) (?:\w+ )?{_GROWN_UP}\b (?:\w+ )?{_TOUCH_VERB}"
    rf"|\b{_TOUCH_VERB}\b[^.?!]{{0,40}}\b(?:won'?t|wont|doesn'?t|doesnt|didn'?t|wouldn'?t|never) (?:stop|let me go|let go)\b[^.?!]{{0,20}}\b(?:when|even when|if) i (?:say|said|tell|told|ask|asked|shout|cry|cried)\b"
    rf"|\b{_TOUCH_VERB}\b[^.?!]{{0,60}}\b(?:when i (?:say|said) (?:stop|no)|even (?:when|though) i (?:say|said|cry|cried) (?:stop|no)?)\b"
    # (left54) begged to stop and carried on, or till the child can't breathe and won't stop.
    rf"|\b{_TOUCH_VERB}\b[^.?!]{{0,60}}\b(?:beg\w*|ask\w*|tell|tells|told|plead\w*|scream\w*|shout\w*|say|said|yell\w*) (?:(?:him|her|them|for (?:him|her|them)) )?(?:to )?stop\b[^.?!]{{0,25}}\b(?:won'?t|wont|doesn'?t|doesnt|didn'?t|didnt|wouldn'?t|wouldnt|never|keeps? going|kept going|carries on|carried on|just laughs?|laughed)\b"
    rf"|\b{_TOUCH_VERB}\b[^.?!]{{0,60}}\b(?:can'?t|cant|couldn'?t|couldnt) (?:breathe|breath)\b[^.?!]{{0,40}}\b(?:won'?t|wont|doesn'?t|doesnt|didn'?t|didnt|wouldn'?t|wouldnt|never) (?:stop|let (?:me )?go)\b"
    rf"|\b(?:won'?t|wont|doesn'?t|doesnt|didn'?t|didnt|wouldn'?t|wouldnt|never) stop {_TOUCH_VERB}\b[^.?!]{{0,40}}\b(?:can'?t|cant|couldn'?t|couldnt) (?:breathe|breath)\b"
)
_PEER_OR_SIBLING = prefiltered(
    r"\b(?:brother|sister|cousin|friend|friends|sibling|twin|kids?|boys?|girls?|puppy|dog|cat|baby)\b"
)
_ADULT_NAMED = prefiltered(
    r"\b(?:grandpa|grandad|granddad|gramps|uncle|step ?dad|stepfather|coach|teacher|tutor|babysitter|sitter|neighbou?r|lodger|man|guy|(?:mum|mom|mummy|mommy)'?s (?:boyfriend|friend|partner)|instructor|priest|leader|grown ?-?up|adult)\b"
)
_ALONE = r"(?:alone|by myself|on my own|just me|only me|without the others|after (?:everyone|the others|the rest) (?:go|goes|went|left|leave))"
_BODY_CHECK = r"(?:check\w*|measur\w*|look\w* at|feel\w*|weigh\w*|examin\w*|test\w*|massag\w*|stretch\w*) (?:my|me)\b[^.?!]{0,12}\b(?:muscles?|body|legs?|thighs?|chest|tummy|belly|bum|bottom|hips?|back|skin|weight|size|shape|flexib\w*|private\w*|all over|under)"
BODY_CHECK_ALONE = prefiltered(
    rf"\b{_ALONE}\b[^?!]{{0,80}}\b{_BODY_CHECK}"
    rf"|\b{_BODY_CHECK}\w*\b[^?!]{{0,60}}\b{_ALONE}\b"
)
_UNEASE = prefiltered(
    r"\b(?:(?:it|this|that) (?:doesn'?t|doesnt|does not|didn'?t|don'?t) (?:feel|seem) (?:normal|right|ok|okay)|(?:it'?s|it is|its|that'?s|thats|this is) (?:normal|fine|our secret|ok|okay|what (?:all )?(?:coaches|teachers|grown-?ups|everyone|every ?body) (?:do|does))|weird|uncomfortable|don'?t like it|dont like it|scared|funny feeling|yucky|icky)\b"
)
_CHECK_CARE = prefiltered(
    r"\b(?:doctor|doctors|nurse|physio|gp|hospital|clinic|(?:mum|mom|dad|my parents?) (?:was|were|is|are|stayed|came) (?:there|with me|watching)|sprain\w*|twisted my|hurt my|injur\w*)\b"
)
_CAMERA_OF_ME = r"(?:takes?|took|taking|snaps?|snapped|snapping|gets?|getting|needs?|needed|wants?|wanted|asks? for|asked for|asking for) (?:lots of |loads of |some |a |more )?(?:photos?|pictures?|pics?|videos?|snaps?|selfies?) of (?:me|us)\b|\b(?:films?|filmed|filming|records?|recorded|recording|videos|videoed|photographs|photographed|photographing) (?:me|us)"
_UNDRESSED = r"(?:in the (?:bath|shower|tub|bathtub)|in my (?:pants|undies|knickers|underwear|towel|nappy)|having (?:a|my) (?:bath|shower)|getting (?:changed|undressed|dressed)|changing|naked|with no clothes|without (?:my |any )?clothes|(?:with )?no (?:top|t-?shirt|tshirt|shirt|vest|trousers|bottoms|pants|knickers|undies) on|topless|shirtless)"
CAMERA_UNDRESSED = prefiltered(
    rf"\b(?:{_CAMERA_OF_ME})\b[^.?!]{{0,40}}\b(?:{_UNDRESSED})\b"
    rf"|\b(?:{_UNDRESSED})\b[^.?!]{{0,50}}\b(?:{_CAMERA_OF_ME})\b"
)
_PARENT_PHOTO = prefiltered(
    r"\b(?:my )?(?:mum|mom|mummy|mommy|mama|dad|daddy|parents|nan|nana|granny|grandma)\b (?:takes?|took|taking|films?|filmed|videoed|records?|recorded|got|gets|snapped)\b|\bwhen i was (?:a baby|little|tiny)\b|\bbaby (?:photos?|pictures?)\b"
)
_LOCKED_OR_HIDDEN = prefiltered(
    r"\b(?:lock\w*|secret|don'?t tell|dont tell|not to tell|hide|hides|hid|delete\w*|shut the door|close\w* the door)\b"
)
SNEAK_OUT_TO = prefiltered(
    r"\b(?:asks?|asked|asking|wants?|wanted|told|tells|begs?|begged|keeps? asking|dared?)\b (?:me|us) (?:to )?(?:sneak|creep|slip|climb|come) (?:out|away|outside|out of (?:my|the) (?:window|house|room))\b[^.?!]{0,50}\b(?:his|her|their|a|the) (?:car|van|truck|house|flat|place|room)\b"
    r"|\b(?:asks?|asked|asking|wants?|wanted|told|tells|begs?|begged|keeps? asking|dared?)\b (?:me|us) (?:to )?(?:sneak|creep|slip|climb) (?:out|away|outside)\b[^.?!]{0,50}\b(?:after dark|at night|tonight|at midnight|when (?:everyone|my parents|mum|mom|dad)(?:'s| is| are)? (?:asleep|in bed)|to meet|and meet|to see (?:him|her|them))\b"
)

# (round 44) a grown-up who comes into the bath or the shower, or wants to wash, dry or watch
# the child there, when the child is big enough to do it alone or it feels wrong ("uncle ray
# comes in when i'm in the bath and wants to wash me all over even tho i'm big").
# (miss66) getting changed at the pool too: "my uncle always wants to help me get changed at
# the pool even tho im big now and he shuts the door".
_IN_BATH = r"(?:in the (?:bath|shower|tub|bathtub)|(?:having|have|has|take|taking|in) (?:a|my) (?:bath|shower)|bath ?time|getting (?:undressed|changed) for (?:my|the|a) (?:bath|shower)|in the bathroom|(?:get|gets|getting|got) (?:changed|undressed|dry|dried)(?: (?:at|after|for) (?:the )?(?:pool|swimming|baths|beach|leisure centre|lesson|gala))?|in the (?:changing (?:rooms?|cubicles?|village)|cubicle))"
_INTRUDES = r"(?:comes?|came|coming|walks?|walked|barges?|barged|sneaks?|sneaked|snuck) (?:in|into)|(?:opens?|opened|unlocks?|unlocked) the (?:door|lock|curtain)|(?:won'?t|wont|doesn'?t|doesnt|never) (?:leave|go out|get out|knock|let me lock)|(?:stays?|stayed|sits?|sat|stands?|stood) (?:in there|there|and watch\w*)|(?:wants?|wanted|tries|tried|keeps? trying|insists?(?: on)?|insisted(?: on)?|likes?|offers?|offered|makes? me let him|has to|says? he (?:has|needs|got) to) (?:to )?(?:wash|washing|dry|drying|soap|scrub|bath|bathe|help|helping|watch|watching|look at|check) (?:me|my)"
BATH_INTRUSION = prefiltered(
    rf"\b(?:{_INTRUDES})\b[^.?!]{{0,50}}\b{_IN_BATH}\b|\b{_IN_BATH}\b[^.?!]{{0,50}}\b(?:{_INTRUDES})\b"
    r"|\b(?:wash|washes|washing|washed|dry|dries|drying|dried|soap|soaps|scrub|scrubs) (?:me|my body) (?:all over|everywhere|down there|between my legs)\b"
)
_TOO_BIG_OR_WRONG = prefiltered(
    r"\b(?:even (?:tho|though|thou|when|if) i'?m (?:big|not little|too old|old enough|\d+)|i'?m (?:too big|too old|big enough|old enough)|i can (?:wash|dry|do it|bath|bathe) (?:myself|it myself|by myself|on my own)|(?:i|when i) (?:lock|locked) the door|(?:feels?|felt|seems?) (?:wrong|weird|funny|bad|yucky|icky|not right)|(?:doesn'?t|doesnt|didn'?t|don'?t) (?:feel|seem) right|uncomfortable|i don'?t (?:like|want) (?:it|him|her|that)|told (?:him|her) to (?:go|get out|leave|stop)|all over|down there|between my legs|private\w*|scared(?! (?:of (?:the (?:dark|plughole|drain|water|spiders?)|spiders?|monsters?|water|the bath)|it (?:would|will|might)|that (?:it|the))))\b"
    # (miss66) won't go out when told, or shuts the door on the two of them
    r"|\b(?:won'?t|wont|doesn'?t|doesnt|didn'?t|didnt|wouldn'?t|wouldnt|never) (?:go|get|leave|go away)(?: out)?\b[^.?!]{0,10}\b(?:when|even when|even tho|even though|after|if) i (?:say|said|ask|asked|tell|told|shout|shouted|beg|begged)\b"
    r"|\b(?:he|she|they) (?:always )?(?:shuts?|shut|closes?|closed|locks?|locked) the door\b"
)
_BATH_CARER = prefiltered(
    r"\b(?:(?:mum|mom|mummy|mommy|mam|mama|nan|nana|nanny|gran|granny|grandma|auntie|aunt|sister)(?!'?s (?:new )?(?:boyfriend|friend|partner|husband))|dad|daddy|brother|cousin|nurse|carer|doctor)\b"
)
_BATH_ADULT = prefiltered(
    r"\b(?:uncle|grandpa|grandad|granddad|gramps|step ?dad|stepfather|step ?brother|\w+'?s (?:new )?(?:boyfriend|friend|mate|partner|husband)|lodger|babysitter|sitter|neighbou?r|coach|man|guy|dad|daddy)\b"
)
_STRONG_WRONG = prefiltered(
    r"\b(?:(?:feels?|felt|seems?) (?:wrong|weird|bad|yucky|icky|not right)|(?:doesn'?t|doesnt|didn'?t|don'?t) (?:feel|seem) right|uncomfortable|told (?:him|her) to (?:go|get out|leave|stop)|down there|between my legs|private\w*|scared(?! (?:of (?:the (?:dark|plughole|drain|water|spiders?)|spiders?|monsters?|water|the bath)|it (?:would|will|might)|that (?:it|the))))\b"
)


def find_boundaries_crossed(text: str) -> list[Finding]:
    out: list[Finding] = []
    # (frames) "dad tickles me and when i say stop he stops": the stop kept, not refused.
    if (
        UNWANTED_WHERE.search(text)
        and (_ADULT_NAMED.search(text) or not _PEER_OR_SIBLING.search(text))
        and not tickle_stopped_when_asked(text)
    ):
        out.append(Finding(A, "unwanted_touch_refused", CRITICAL, 0, len(text)))
    if (
        BODY_CHECK_ALONE.search(text)
        and _ADULT_NAMED.search(text)
        and _UNEASE.search(text)
        and not _CHECK_CARE.search(text)
    ):
        out.append(Finding(G, "body_check_alone", CRITICAL, 0, len(text)))
    if CAMERA_UNDRESSED.search(text) and (
        not _PARENT_PHOTO.search(text) or _LOCKED_OR_HIDDEN.search(text)
    ):
        out.append(Finding(A, "photographed_undressed", CRITICAL, 0, len(text), "photo"))
    if (
        BATH_INTRUSION.search(text)
        and _TOO_BIG_OR_WRONG.search(text)
        and _BATH_ADULT.search(text)
        and (not _BATH_CARER.search(text) or _STRONG_WRONG.search(text))
    ):
        out.append(Finding(A, "bath_intrusion", CRITICAL, 0, len(text)))
    if SNEAK_OUT_TO.search(text):
        out.append(Finding(G, "asked_to_sneak_out", CRITICAL, 0, len(text), "meeting"))
    return out
