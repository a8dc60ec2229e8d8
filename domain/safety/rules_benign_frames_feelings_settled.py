# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Benign frames for feelings told as settled (fa8889: rounds 88-89's false alerts), each with
what spoils it. rules_distress softens them to mild (recorded, not flagged), never drops them:

- a feeling that is over, told with how it ended well ("i was scared of the big wheel but i
  held grandads hand and it was ok", "i cried when i got lost but a lady helped me find daddy",
  "i was worried dad wouldnt come but he was there early"), or a present fear of a thing with
  how the child copes ("im scared of spiders but dad catches them in a cup"); spoilt by the
  feeling still going on, its coming back, nobody there, a hurt, a secret or a grown-up who
  let the child down;
- a feeling told to a grown-up who comforted ("i told my foster carer i was sad and she gave
  me a big hug"), spoilt by a grown-up who did not listen, shouted or mocked;
- a grown-up pointing the child to help for a feeling that may come ("my social worker said i
  can always ring childline if i feel scared"), spoilt by the feeling being there now;
- an old belief put right ("i used to think the divorce was my fault but my counsellor helped
  me see it wasnt"), spoilt by its still being believed;
- comfort the child takes for itself when a feeling comes ("when im sad about grandma
  i hug her jumper cos it still smells like her", "i cuddle my teddy when im scared at night"),
  spoilt by tears, being alone, nobody coming, no sleep, a hurt or a secret ("i hug my knees
  and cry every night and nobody comes" is no comfort object and still flags);
- missing someone or something, ordinary ("i miss my nan", "i miss my cat when im at school"),
  read where the "i miss ..." match starts (missing_ordinary.at): spoilt by what makes missing
  worrying, how much and how long, tears, no sleep, a loss or a parting (died, moved out,
  prison, never calls), being alone, fear or a hurt. Without any of these it is mild.
"""

from __future__ import annotations

from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import (
    OLDER,
    SCARED,
)
from domain.safety.prefilter import prefiltered

_FELT = r"(?:scared|afraid|frightened|terrified|worried|nervous|anxious|upset|sad|lonely|homesick|panicky|teary)"
# How a feeling ended well: someone helped, or it turned out fine.
_ENDED_WELL = (
    r"(?:(?:\w+ ){0,4}?(?:helped|held|sent me|brought me|took (?:me|us) (?:to|for|out)|cuddled|hugged|comforted|calmed|reassured|looked after|sat with|stayed with|found|picked me up|came (?:quickly|straight away|back|to get me|and got me|early)|gave me|let me|bought me|held my hand|explained|showed me|got (?:it|them) out|catch(?:es)? (?:it|them)|made it better|knocked to play|asked me to play|said (?:it was|it wasn'?t|i did|i was|i wasn'?t|its|it'?s|he was|she was|they were)|told me (?:it|i|that it|all|about))"
    r"|(?:\w+ ){0,3}?(?:it|everything|that|the \w+|(?:he|she|they|it|everyone|everybody)) (?:was|turned out|were|is|are|went) (?:\w+ ){0,2}?(?:ok|okay|fine|alright|all right|fun|great|good|easy|lovely|amazing|brilliant|kind|nice|friendly|gentle|there|waiting|early|on time|safe|the best)"
    r"|(?:it|that) was (?:only|just) (?:a|the) (?:practice|drill|test|dream|game|joke|noise|wind|cat)|(?:(?:\w+ ){0,4}?(?:and|then) )?(?:we|i) (?:played|had fun|laughed|watched|baked|made a den)"
    r"|(?:\w+ ){0,3}?i (?:stopped crying|felt better|feel better|calmed down|was fine|was ok|did (?:ok|fine|well|it|great)|came (?:first|second|third|fourth)|like it|love it|loved it|can (?:float|swim|do it))"
    r"|now (?:i|we|she'?s|he'?s|shes|hes|it'?s|its) (?:\w+ ){0,2}?(?:fine|ok|okay|friends?|like|love|can|happy|brave))\b"
)
_TURN = r"(?:but|and then|then|until|till|so|and)"

# A feeling that is over (past tense, "used to", "at first"), then how it ended well.
FEELING_OVER = prefiltered(
    rf"\b(?:i|we) (?:was|were|got|felt|had been|used to (?:be|feel|get)) (?:\w+ ){{0,2}}?{_FELT}\b[^.?!]{{0,70}}?\b{_TURN} {_ENDED_WELL}"
    rf"|\bi (?:cried|was crying|started crying|got upset)\b[^.?!]{{0,70}}?\b{_TURN} {_ENDED_WELL}"
)
# A fear of a thing, told now, with how the child copes.
_THINGS = r"(?:spiders?|the dark|thunder|storms?|lightning|wasps?|bees|dogs?|the big \w+|heights|the water|deep water|clowns|needles|jabs|injections|the hoover|the vacuum|fireworks|balloons|moths|worms|snakes|ghosts|monsters|the dentist|the doctors?|hospitals?|slides?|rollercoasters?|roller coasters?|ponies|horses)"
FEAR_COPED = prefiltered(
    rf"\b(?:i'?m|im|i am|i get|i feel) (?:\w+ ){{0,2}}?(?:scared|afraid|frightened|terrified) (?:of|by) {_THINGS}\b[^.?!]{{0,20}}?\b(?:but|so)\b[^.?!]{{0,60}}?\b(?:(?:is|are|was) (?:so |really |very )?(?:gentle|friendly|kind|calm|nice)|lets? me (?:hold|squeeze|stroke|sit)|squeeze|catch(?:es)?|gets? (?:it|them) out|puts? (?:it|them) outside|night ?light|torch|helps?|i feel (?:better|brave|safe|ok|okay)|(?:it'?s|its|i'?m|im) (?:ok|okay|fine|safe)|holds? my hand|cuddles? me|stays? with me|tells? me (?:a story|it'?s|its)|(?:i )?stay (?:still|calm)|(?:it|they) (?:fly|flies|go|goes|run) (?:off|away)|just (?:clouds|noise|a noise))\b"
)
_STILL_NOW = (
    r"\b(?:(?<!stay )(?<!keep )(?<!sit )(?<!stand )still|again|anymore|any more|every (?:single )?(?:day|night|time|morning)|all the time|nobody|no ?one|noone|alone|by myself|on my own|"
    r"hit\w*|hurt (?:me|us|mum|mom|myself)|hurts me|(?:shout|yell|scream)\w* at (?:me|us)|hate|can'?t sleep|nightmares?|let go|fall|jump|die|dead|kill\w*|myself|"
    r"(?:didn'?t|didnt|did not|never) (?:come|came|help|listen|care|turn up|believe|pick me up)|forgot (?:me|about me)|(?:wasn'?t|wasnt|weren'?t) there|"
    r"locked|followed|car|van|his house|her house|sweets|pictures?|photos?|stop being)\b"
)
# A present feeling beside the one that is over ("... but im still scared", "now im sad").
_FEELING_NOW = rf"(?<!\bif )(?<!\bwhen )(?<!\bwhenever )(?<!\bever )(?<!\bcase )\b(?:i'?m|im|i am|i feel|i get) (?:\w+ ){{0,2}}?(?:{_FELT}|crying)\b"
# (A grown-up's "you can always ring" is no lasting feeling: "always" spoils only the others.)
_ALWAYS = r"\b(?:always|all the time)\b"
_OVER_SPOILT = prefiltered(rf"{_STILL_NOW}|{_FEELING_NOW}|{_ALWAYS}")
_COPED_SPOILT = prefiltered(rf"{_STILL_NOW}|{_ALWAYS}")
# The fright or worry is its own reading (SCARED), and a grown-up who helped a lost child is
# OLDER by its nature ("a lady helped me find daddy"): both waived, the lures kept as own words.
feeling_over = Frame(FEELING_OVER, _OVER_SPOILT, waives=(SCARED, OLDER))
fear_coped = Frame(FEAR_COPED, _COPED_SPOILT, waives=(SCARED,))

# A feeling told to a grown-up who comforted or helped.
TOLD_AND_COMFORTED = prefiltered(
    rf"\bi told (?:my |the |our )?(?:\w+ ){{0,2}}?(?:that )?i (?:was|felt|am|feel|get|got) (?:\w+ ){{0,2}}?{_FELT}\b[^.?!]{{0,40}}?\b(?:and|so) (?:she|he|they|we)\b (?:\w+ ){{0,3}}?(?:gave me|hugged|cuddled|helped|talked|bought|made|let me|sat|stayed|practised|practiced|held|listened|read|said (?:it|i|we|she|he)|told me (?:it|i|all|about|that it|a story)|explained|showed)\b"
)
_COMFORT_SPOILT = prefiltered(
    rf"{_STILL_NOW}|{_ALWAYS}|\b(?:didn'?t|didnt|did not|doesn'?t|doesnt|never) (?:listen|care|believe)|(?:said|says|told me) (?:nobody|no one|to stop|i'?m|im|i was) (?:cares|crying|being|a baby|lying|making it up|silly|stupid)|baby|lying|made it up"
)
told_and_comforted = Frame(TOLD_AND_COMFORTED, _COMFORT_SPOILT, waives=(SCARED,))

# A grown-up pointing the child to help for a feeling that may come.
HELP_IF_FEELING = prefiltered(
    rf"\b(?:said|says|say|told (?:me|us)|tells (?:me|us)|showed (?:me|us)|taught (?:me|us)|reminds? (?:me|us)|gave me a card|explained)\b[^.?!]{{0,50}}?\b(?:if|whenever|when|in case) (?:i|we|you) (?:ever )?(?:feel|get|am|are|'?m|'?re|im|have) (?:\w+ ){{0,2}}?(?:{_FELT}|unsafe|down|low|worried)\b"
    rf"|\b(?:if|whenever|in case) (?:i|we) (?:ever )?(?:feel|get|am|'?m|im) (?:\w+ ){{0,2}}?(?:{_FELT}|unsafe|down|low)\b[^.?!]{{0,40}}?\b(?:i|we) (?:can|could|should|must) (?:always )?(?:ring|call|phone|talk to|tell|come|go|knock|text|shout|ask)\b"
)
_HELP_SPOILT = prefiltered(rf"{_STILL_NOW}|{_FEELING_NOW}|\bbut (?:i|im|i'?m)\b")
help_if_feeling = Frame(HELP_IF_FEELING, _HELP_SPOILT, waives=(SCARED,))

# An old belief put right by a grown-up.
BELIEF_PUT_RIGHT = prefiltered(
    r"\bi used to (?:think|believe|worry|feel like|be sure)\b[^.?!]{0,60}?\bbut\b[^.?!]{0,50}?\b(?:wasn'?t|wasnt|was not|isn'?t|isnt|is not|not (?:my fault|true|because of me)|nothing to do with me)\b"
)
_BELIEF_SPOILT = prefiltered(
    rf"{_STILL_NOW}|{_ALWAYS}|{_FEELING_NOW}|\b(?:i (?:still|do)|sometimes)\b"
)
belief_put_right = Frame(BELIEF_PUT_RIGHT, _BELIEF_SPOILT)

# (fa9091) Comfort the child takes for itself: a feeling that comes ("when im sad", "whenever i
# miss nan") and a keepsake or a cuddly held, worn, smelt, looked at or listened to; either order.
_COMFORT_ACT = r"(?:hug|hugs|cuddle|cuddles|squeeze|squeezes|hold|holds|smell|smells|sniff|sniffs|wear|wears|put on|look at|looks at|read|reads|listen to|listens to|watch|watches|play|plays|stroke|strokes|kiss|kisses|wrap (?:up )?in|snuggle(?: up)?(?: with| in)?|get out|go and get)"
_COMFORT_THING = r"(?:jumpers?|cardigans?|scarf|scarves|hoodies?|shirts?|t-?shirts?|coat|hat|dressing gown|blankets?|blankie|pillow|teddy|teddies|bear|bunny|cuddly(?: toy)?|soft toy|toy|photos?|pictures?|letters?|cards?|watch|necklace|locket|bracelet|ring|perfume|songs?|music|voice ?notes?|videos?|memory box|cat|dog|puppy|kitten|rabbit|hamster)"
_OWNED = r"(?:(?:her|his|their|my|our|the|(?:\w+)'?s) (?:\w+ )?)?"
_FEELING_COMES = (
    rf"(?:when|whenever|if) (?:i'?m|im|i am|i feel|i get|i miss)\b(?: (?:\w+ ){{0,2}}?{_FELT}\b)?"
)
_I_COMFORT = rf"\bi (?:just |always |usually |sometimes |like to |go and |still )?{_COMFORT_ACT} {_OWNED}{_COMFORT_THING}\b"
COMFORT_TAKEN = prefiltered(
    rf"\b{_FEELING_COMES}[^.?!]{{0,40}}?{_I_COMFORT}|{_I_COMFORT}[^.?!]{{0,40}}?\b{_FEELING_COMES}"
)
_COMFORT_TAKEN_SPOILT = prefiltered(
    r"\b(?:cry\w*|cried|tears|sob\w*|nobody|no ?one|noone|alone|on my own|by myself|all the time|every (?:single )?(?:day|night)|can'?t (?:sleep|stop|breathe|eat)|nightmares?|hate|die|dying|kill\w*|myself|hurts?|hit\w*|shout\w*|yell\w*|scream\w*|locked|hid|hide|hiding|shaking|knees|"
    r"(?:didn'?t|didnt|did not|doesn'?t|doesnt|won'?t|wont|never) (?:come|help|listen|care|notice))\b"
)
comfort_taken = Frame(COMFORT_TAKEN, _COMFORT_TAKEN_SPOILT, waives=(SCARED,))


def feeling_settled(text: str) -> bool:
    """A feeling over and ended well, a fear coped with, told and comforted, help offered
    for one that may come, an old belief put right, or comfort the child takes for itself."""
    return (
        feeling_over(text)
        or fear_coped(text)
        or told_and_comforted(text)
        or help_if_feeling(text)
        or belief_put_right(text)
        or comfort_taken(text)
    )


# Missing someone or something, ordinary ("i miss my nan", "i miss my cat when im at school"),
# read where rules_distress's "i miss ..." match starts (missing_ordinary.at); spoilt by what
# makes missing worrying: how much and how long, tears, no sleep, a loss or a parting, being
# alone, fear or a hurt (every shared kind but OLDER: a grandparent missed is no older person).
MISSING = prefiltered(r"i miss\b")
_MISSING_WORRIES = prefiltered(
    r"\b(?:so (?:so )?much|so bad(?:ly)?|really really|loads|lots|all the time|every (?:day|night|minute|second|morning)|always|constantly|"
    r"cry\w*|cried|tears|can'?t (?:sleep|stop|eat|breathe|see)|tummy|belly|hurts?|aches?|empty|lonely|sad|upset|alone|on my own|by myself|nobody|no ?one|noone|no friends|(?:don'?t|dont|do not) have (?:anyone|anybody|any friends)|"
    r"died|dead|passed|heaven|funeral|grave|gone|went away|moved (?:out|away)|left (?:us|me|home)|(?:doesn'?t|don'?t|doesnt|dont|won'?t|wont|never|not allowed to|can'?t|cant) (?:\w+ )?(?:live|come|call|ring|visit|see|phone|text|write|allowed)\w*|"
    r"(?:not|isn'?t|isnt|aren'?t|arent|wasn'?t|wasnt) allowed|won'?t let|prison|jail|taken|took (?:him|her|them|me)|foster|care home|social worker|since|anymore|any more|another country|far away|abroad|deported|army|war|hospital|ill|sick|poorly|"
    r"want (?:to go )?home|homesick|hate|scary|horrible|awful|mean)\b"
)
missing_ordinary = Frame(MISSING, _MISSING_WORRIES, waives=(OLDER,))


# A fight between the parents that did not happen ("mum and dad didnt argue once", "my parents
# never fight"), read at the start of rules_distress's match; spoilt by a fight told after it
# ("... but yesterday they did") or one only softened ("dont fight as much"), and not a wish ("i
# wish mum and dad didnt fight", "i want my parents to never argue").
FIGHT_DENIED = prefiltered(
    r"(?<!wish )(?<!hope )(?<!pray )(?<!want )(?<!wants )(?<!if )(?<!wished )(?<!hoped )(?<!wanted )(?<!wish my )(?<!hope my )(?<!want my )(?<!if my )(?:mom|mommy|mum|mummy|dad|daddy|parents|mom and dad|mommy and daddy|mum and dad)\b[^.?!]{0,25}?\b(?:didn'?t|don'?t|doesn'?t|did not|do not|does not|never|no longer|aren'?t|weren'?t)(?: even| ever| once)? (?:yell|fight|fought|scream|shout|argu|row)\w*"
    r"(?! (?:so|as) much| as loud| in front of (?:me|us)| when (?:i'?m|im|we'?re) there)\b(?![^.?!]{0,40}\b(?:but|except|until|till|then)\b)"
)
