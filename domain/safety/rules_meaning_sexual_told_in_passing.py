# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Sexual touch, sights and talk a child mentions in passing (sexual probes):

- Touch in a child's words: his hand kept on my thigh under the table; "put your hand in my
  trousers, it's a magic trick"; touch his "banana bit"; sit on him and move around; lie on
  the bed, close my eyes and don't move; a kiss traded for his PS5; shown how with his hand
  and told to do it to him; told to touch myself on camera; a grown-up who says my tuppence
  is pretty.
- Being shown: a video of people having s*x (masked), a picture of his d**k, a babysitter who
  takes her top off and tells me to look, a grandpa with nothing on who makes me watch, a
  swim teacher who comes into the girls' changing room and watches, strip poker in the tent,
  mummies and daddies without clothes.
- Questions and remarks a child repeats: what it means when a man wants you to suck his
  thing, hair down there, a virgin and what I've done with boys, a man who wants to lick me,
  who dreams about me in my bed, "do you like being touched", all the cool kids send pics
  to boys.

Near misses stay allowed: the nurse's hand on my knee for a reflex, my hand in my pocket, a
baby brother with no clothes after his bath, nan's kiss for a biscuit, a brother who shows
his muscles, a dog that wants to lick me, the teacher who comes into the changing room to
hurry us up, puberty at school, mum's pants rule."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_acts import PRIVATE_NAMES, PRIVATE_NICKNAMES, PRIVATE_WORDS
from domain.safety.prefilter import prefiltered

X = SafetyCategory.SEXUAL

_STRICT_PARTS = rf"(?:{PRIVATE_NICKNAMES}|foof|{PRIVATE_NAMES}|{PRIVATE_WORDS}|private area|winky|winkie|winkle|lady bits)"
_MASKED = r"(?:d\*+k|d\*ck|di\*k|d1ck|dik|c\*+k|c\*ck|p\*nis|pen\*s|p3nis|s\*x|s3x|secks|seks|b\*+bs|b00bs|t\*ts|pu\*+y|v\*gina)"
_ACTOR = r"(?:he|she|him|her|man|men|guy|lady|woman|coach|tutor|teacher|babysitter|leader|neighbou?r|uncle|grandad|grandpa|cousin|boy|girl|teenager|teen|stranger|lodger|priest|someone|somebody|they)"
THIGH_TOUCH = prefiltered(
    r"\b(?:his|her|their) hands? (?:on|up|along|between|over|onto|under) my (?:upper |inner |top of my )?thighs?\b"
    r"|\b(?:puts?|putting|keeps? putting|rests?|resting|rubs?|rubbing|strok\w*|slides?|slid|sliding|moves?|moving) (?:his|her|their) hands? (?:on|up|along|over|onto) my (?:legs?|knees?)\b[^.?!]{0,30}\b(?:under the (?:table|desk|blanket|duvet|covers)|higher|further up|up and up|and leaves it|when no one|when nobody|keeps|every time)\b"
)
HAND_IN_TROUSERS = prefiltered(
    r"\b(?:put|stick|puts|sticks|putting|slide|slip) (?:your|ur|yr|you'?re|youre|my) hands? (?:in|inside|down|into|under) (?:my|his|her|your|ur|yr) (?:trousers|pants|shorts|knickers|pyjamas|pjs|jeans|boxers|underwear|undies|leggings|skirt)\b"
)
TOUCH_HIS_EUPHEMISM = prefiltered(
    r"\b(?:touch|hold|rub|stroke|kiss|lick|suck|feel|squeeze|play with|pull)\w* (?:his|her|their|a man'?s|the man'?s) (?:banana|sausage|snake|worm|noodle|pickle|hot ?dog|carrot|lolly|lollipop|special|secret|private|rude|wobbly|hairy) (?:bit|bits|part|parts|thing|things|place|area)\b"
    r"|\b(?:touch|hold|rub|stroke|kiss|lick|suck|feel|squeeze|play with|pull)\w* the (?:banana|sausage|snake|worm|noodle|pickle|hot ?dog|carrot|lolly|lollipop|wobbly|hairy|secret|special|rude) (?:bit|bits|part|thing)\b[^.?!]{0,6}\b(?:on|of|in|under) (?:his|her|their) (?:tummy|belly|body|trousers|pants|shorts|lap|front)\b"
    rf"|\b(?:suck|lick)\w* (?:on )?(?:his|her|their|a man'?s|the man'?s) (?:thing|bits|private\w*|{_STRICT_PARTS}|{_MASKED})\b"
    rf"|\b(?:suck|lick)\w* (?:on )?(?:your|ur|my) (?:{_STRICT_PARTS}|{_MASKED})\b"
)
SIT_AND_MOVE = prefiltered(
    r"\bsit (?:on|on top of) (?:him|his lap|his knee|his legs|top of him)\b[^.?!]{0,20}\b(?:move around|moving around|move about|wiggle|wiggling|rub|rubbing|rock|rocking|grind\w*|bounce up and down|go up and down)\b"
)
BED_UNDRESSED = prefiltered(
    r"\b(?:made|makes|make|told|tells|wants|wanted|asked|asks|said)\b[^.?!]{0,4}\b(?:me|us) (?:to )?(?:lie|lay|sleep|get|go|be|stay)\b[^.?!]{0,6}\b(?:in|on|into) (?:his|her|their|the|a) bed\b[^.?!]{0,20}\b(?:without (?:my |our |any )?(?:pyjamas|pajamas|pjs|clothes|pants|knickers|undies|nightie|nightdress)|with no (?:clothes|pyjamas|pjs|pants|knickers)|naked|nude|in (?:my|our) (?:pants|underwear|knickers|undies))\b"
)
EYES_SHUT_STILL = prefiltered(
    r"\b(?:lie|lay|lying|laying) (?:down )?(?:on|in) (?:the|his|my|her|a) bed\b[^.?!]{0,25}\b(?:close|shut|closing|shutting) my eyes\b[^.?!]{0,25}\b(?:not move|don'?t move|dont move|keep still|stay still|not look|don'?t look|dont look|no peeking|not peek|not open)\b"
)
_OLDER = r"(?:older (?:brother|boy|kid|guy|lad|cousin)|big (?:boy|kid|lad)|boy next door|teenager|teen|guy|man|coach|tutor|neighbou?r|lodger|(?:1[4-9]|[2-9]\d) ?(?:yo|y/o|years? old|yr old|yrs old)|(?:is|he'?s|hes|who'?s|whos) (?:1[4-9]|[2-9]\d))"
KISS_TRADED = prefiltered(
    rf"\b{_OLDER}\b[^.?!]{{0,30}}\b(?:said|says|told me|tells me|promised)\b[^.?!]{{0,10}}\bif (?:i|you|u) (?:kiss|snog|touch|cuddle|hug|show)\w* (?:him|his|her|them)\b[^.?!]{{0,40}}\b(?:let me|let you|let u|give me|give you|give u|buy|get|can have|can play|i can|you can|u can)\b"
)
DO_IT_TO_HIM = prefiltered(
    r"\b(?:showed|shows|taught|teaches|show|teach)\w* me\b[^.?!]{0,50}\b(?:with (?:his|her|my) hands?|touch\w*|rub\w*|down there|privates?)\b[^.?!]{0,40}\b(?:do|did) (?:it|that|the same|this)(?: thing)? (?:to|on) (?:him|her|them)\b"
)
TOUCH_YOURSELF = prefiltered(
    r"\b(?:asks?|asked|asking|tells?|told|telling|wants?|wanted|makes?|made|dared|dares|keeps asking) me to (?:touch|rub|feel|play with) (?:myself|my self|my body|my own (?:body|privates))\b"
    r"|\b(?:touch|rub|feel|play with) (?:myself|my self|yourself|urself|ur self|your self)\b[^.?!]{0,20}\b(?:on (?:cam|camera|video|call|facetime|live|snap|skype)|for (?:him|her|them))\b"
)
PARTS_REMARKED = prefiltered(
    rf"\b(?:said|says|told me|tells me)\b[^.?!]{{0,10}}\bmy {_STRICT_PARTS} (?:is|was|looks|looked) (?:so |really |very )?(?:pretty|nice|lovely|cute|beautiful|sexy|big|small|tiny|soft)\b"
    rf"|\bmy {_STRICT_PARTS}\b[^.?!]{{0,30}}\b(?:and|then) (?:he |she |they )?(?:touched|rubbed|kissed|licked|tickled|stroked|poked|felt) (?:it|them)\b"
)
_SHOWN = r"(?:showed|shows|show|showing|sent|sends|send|sending|snapped|made me watch|makes me watch|make me watch|put on|played)"
MASKED_SHOWN = prefiltered(
    rf"\b{_SHOWN}\b[^.?!]{{0,40}}\b(?:videos?|vids?|films?|movies?|clips?|pics?|pictures?|photos?|snaps?|images?)\b[^.?!]{{0,30}}\b(?:{_MASKED}|(?:having|doing|do|have) (?:s\*x|s3x|secks|seks|it) (?:on|with|in)\b)"
    rf"|\b(?:pics?|pictures?|photos?|snaps?|videos?|vids?) of (?:his|her|their|a|the) {_MASKED}"
)
SELF_TOUCH_MEDIA = prefiltered(
    rf"\b(?:vids?|videos?|pics?|photos?|pictures?|snaps?|films?|clips?) of (?:himself|herself|him|her|themselves|a man|a guy)\b[^.?!]{{0,6}}\b(?:touching|rubbing|playing with|holding|stroking|pulling|showing)\b (?:his|her|their|its|the)? ?(?:thing|{_STRICT_PARTS}|{_MASKED}|penis|dick|himself|herself|down there)\b"
)
_UNDRESSED = r"(?:nothing on|no clothes(?: on)?|naked|nude|in the nude|undressed|with (?:his|her) (?:thing|willy|privates|bits|boobs) out|(?:his|her) (?:top|shirt|clothes|trousers|pants|knickers|bra|dress|jeans|boxers|towel) (?:off|down))"
MADE_TO_WATCH = prefiltered(
    rf"\b(?:took|takes|take|pulled|pulls|pull|taking|pulling) (?:off )?(?:her|his|their) (?:top|shirt|clothes|trousers|pants|knickers|bra|dress|jeans|boxers|towel|nightie)(?: off| down)?\b[^.?!]{{0,40}}\b(?:told|tells|made|makes|wanted|wants|asked|asks|said)\b[^.?!]{{0,5}}\b(?:me|us)\b (?:to )?(?:look|watch|see|touch|stare|come)\b"
    rf"|\b{_UNDRESSED}\b[^.?!]{{0,40}}\b(?:makes?|made|tells?|told|wants?|wanted|asks?|asked) (?:me|us) (?:to )?(?:watch|look|see|stare)\b"
    rf"|\b(?:makes?|made|tells?|told|wants?|wanted) (?:me|us) (?:to )?(?:watch|look at) (?:him|her|them)\b[^.?!]{{0,20}}\b{_UNDRESSED}\b"
)
_SHOWING_OFF = prefiltered(
    r"\b(?:muscles?|six ?pack|abs|tattoos?|sunburn|scar|cut|bruise|tan|bite|rash|new (?:top|dress|shirt)|costume|swimsuit|t-?shirt)\b"
)
CHANGING_ROOM_WATCHED = prefiltered(
    r"\b(?:coach|teacher|instructor|trainer|leader|man|men|guy|caretaker|janitor|dad|he|lifeguard|volunteer|mr \w+|sir)\b[^.?!]{0,30}\b(?:comes?|came|walks?|walked|goes|went|wanders?|wandered|hangs? around|stands?|stood) (?:in|into|inside|around|at the door of) (?:the |our )?(?:girls'? |boys'? )?(?:changing ?rooms?|locker ?rooms?|showers?|toilets?|cubicles?)\b[^.?!]{0,40}\b(?:watch\w*|stares?|staring|stared|looks? at us|looking at us|looked at us|peeks?|peeking|film\w*|takes? (?:pics|photos))\b"
)
NAKED_GAME = prefiltered(
    r"\bstrip (?:poker|game|games|dare|dares|tag|twister|truth or dare|spin the bottle|cards)\b"
    r"|\b(?:said|says|wants?|wanted|asked|told|made|makes|dared)\b[^.?!]{0,15}\b(?:let'?s|lets|us to|me to|to)? ?play\w*\b[^.?!]{0,30}\b(?:without (?:our |any |your |ur |my )?clothes|with no clothes|with nothing on|naked|nude|(?:take|taking|took) (?:off )?(?:our|your|ur|my|all|the) (?:clothes|pants|knickers|undies)(?: off)?)\b"
)
# (round 52) children told or dared by an older child or someone to undress and touch each
# other's private parts ("me and my friend took our clothes off and touched each others willies
# in the tent, the older boy told us to").
_EACH_OTHER = r"(?:each others?|eachothers?|each other'?s|one another'?s|our|his|her|their)"
KIDS_TOUCH_TOLD = prefiltered(
    rf"\b(?:touch\w*|rub\w*|lick\w*|kiss\w*|feel|felt|look\w* at|show\w*) {_EACH_OTHER} (?:{_STRICT_PARTS}|willies|winkies|penis|bums?|bottoms?|boobs)\b[^.?!]{{0,60}}\b(?:{_OLDER}|older (?:girl|sister)|big (?:girl|sister)|(?:he|she|they|someone|somebody)) (?:told|made|makes|tells|dared|asked|wanted|got|forced) (?:us|them|me)\b"
    rf"|\b(?:{_OLDER}|older (?:girl|sister)|big (?:girl|sister))\b[^.?!]{{0,15}}\b(?:told|made|makes|tells|dared|asked|wanted|got|forced) (?:us|me and \w+|them)\b[^.?!]{{0,40}}\b(?:touch\w*|rub\w*|lick\w*|kiss\w*|show\w*) {_EACH_OTHER} (?:{_STRICT_PARTS}|willies|winkies|penis|bums?|bottoms?|boobs)\b"
)
_KID_BODY_Q = rf"(?:hair|hairs|hairy) (?:down there|on (?:my|your|ur) (?:privates?|private\w*|bits|{PRIVATE_NAMES}|fanny|minnie)|under (?:my|your|ur) (?:pants|knickers))"
ASKED_ABOUT_BODY = prefiltered(
    rf"\b(?:asks?|asked|asking|wants to know|wanted to know|keeps asking|said|says)\b[^.?!]{{0,30}}\b(?:have|got|grown|growing|get|any)\b[^.?!]{{0,10}}\b{_KID_BODY_Q}\b"
    r"|\b(?:asks?|asked|asking|wants to know|wanted to know|keeps asking)\b[^.?!]{0,15}\b(?:if|whether|how often|when|do|does) (?:i|you|u) (?:ever )?(?:touch|touches|rub|rubs|play with|plays with|feel|feels) (?:myself|yourself|urself|ur self|my self|my privates|your privates|down there)\b"
    rf"|\b(?:asks?|asked|asking|wants to know|wanted to know|keeps asking)\b[^.?!]{{0,15}}\b(?:if|whether|have|has|did) (?:i|you|u)\b[^.?!]{{0,8}}\bever (?:seen|touched|held|felt|kissed|licked|sucked) (?:a |an |his |any |someone'?s |a man'?s |a grown ?up'?s )?(?:{_STRICT_PARTS}|{_MASKED}|penis|dick|boobs|naked (?:man|men|lady|woman|person|people|boy|girl))\b"
    r"|\b(?:asks?|asked|asking|wants to know|wanted to know|keeps asking)\b[^.?!]{0,15}\b(?:if|whether) (?:i'?m|im|i am|you'?re|ur|u r|you are) (?:a |still a )?virgin\b"
    r"|\b(?:asks?|asked|asking|wants to know|wanted to know|keeps asking)\b[^.?!]{0,40}\bwhat (?:i'?ve|ive|i have|i'?d|i had|you'?ve|youve|u have|u'?ve) done with (?:boys|girls|a boy|a girl|my boyfriend|my girlfriend|anyone)\b"
)
_NOT_PET = prefiltered(
    r"\b(?:dog|doggy|puppy|pup|cat|kitten|kitty|pet|cow|horse|pony|goat|calf|lamb|baby|bunny|rabbit|hamster|guinea pig)\b"
)
WANTS_TO_LICK = prefiltered(
    rf"\b{_ACTOR}\b[^.?!]{{0,40}}\b(?:wants?|wanted|wanna|would like|'?d like|is going|gonna|going) (?:to )?(?:lick|suck|taste|sniff) (?:me|you|u|ya)\b"
    rf"|\b{_ACTOR}\b[^.?!]{{0,40}}\b(?:dreams?|dreamt|dreamed|dreaming|thinks?|thinking|fantasi[sz]\w*) about (?:me|you|u)\b[^.?!]{{0,10}}\b(?:in (?:my|your|ur|his|bed) ?(?:bed|pjs|pyjamas|underwear|undies|bath|shower|knickers)?|naked|with no clothes|with nothing on|in bed)\b"
)
LIKE_BEING_TOUCHED = prefiltered(
    r"\b(?:do|did|would|d) (?:you|u|ya|i) (?:like|enjoy|want) (?:being|getting|it when (?:someone|people|a man|he|i|boys|men)) (?:touch\w*|felt|rubbed|licked)\b"
)
PICS_PEER_PRESSURE = prefiltered(
    r"\b(?:all the (?:cool |older |other )?(?:kids|girls|boys)|every (?:girl|boy|kid)|everyone|everybody|all my friends|all girls|all her friends)\b[^.?!]{0,20}\b(?:send|sends|sent|sending)\b[^.?!]{0,15}\b(?:pics|nudes|photos|pictures|selfies|snaps|them)\b[^.?!]{0,30}\b(?:to (?:boys|girls|guys|men|older boys|their boyfriends?)|i should|you should|u should|i have to|you have to)\b"
)


def find_sexual_told_in_passing(text: str) -> list[Finding]:
    hit = (
        THIGH_TOUCH.search(text)
        or HAND_IN_TROUSERS.search(text)
        or TOUCH_HIS_EUPHEMISM.search(text)
        or SIT_AND_MOVE.search(text)
        or EYES_SHUT_STILL.search(text)
        or BED_UNDRESSED.search(text)
        or SELF_TOUCH_MEDIA.search(text)
        or KISS_TRADED.search(text)
        or DO_IT_TO_HIM.search(text)
        or TOUCH_YOURSELF.search(text)
        or PARTS_REMARKED.search(text)
        or MASKED_SHOWN.search(text)
        or (MADE_TO_WATCH.search(text) and not _SHOWING_OFF.search(text))
        or CHANGING_ROOM_WATCHED.search(text)
        or NAKED_GAME.search(text)
        or ASKED_ABOUT_BODY.search(text)
        or (WANTS_TO_LICK.search(text) and not _NOT_PET.search(text))
        or LIKE_BEING_TOUCHED.search(text)
        or PICS_PEER_PRESSURE.search(text)
        or KIDS_TOUCH_TOLD.search(text)
    )
    return [Finding(X, "sexual_told_in_passing", CRITICAL, 0, len(text))] if hit else []
