# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The child's own wellbeing: self-harm and suicidal thoughts, and distress."""

from __future__ import annotations

import re

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, MILD, MODERATE, Finding, compile_all, negated_before
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames import DEAD_AS_VERY, to_death_idiom
from domain.safety.rules_benign_frames_care import first_aid, mischief_unnoticed
from domain.safety.rules_benign_frames_everyday import (
    ANIMAL_DID_IT,
    BAD_DAY_ORDINARY,
    BAD_DAY_REAL,
    DIVORCE_HURTS,
    DIVORCE_REASSURED,
    FRIGHT_IN_FUN,
    FRIGHT_REAL,
    GRIEF_OVERWHELMS,
    GRIEF_REMEMBERED,
    MEDICINE_AS_TOLD,
    MEDICINE_MISUSE,
    PUSH_ON_A_RIDE,
    PUSH_ROUGH,
    STORY_DEATH_CRIED,
)
from domain.safety.rules_benign_frames_growing import dye_misspelt, new_thing_nerves, sports_knock
from domain.safety.rules_benign_frames_home import carer_razor_put_away, heaven_when_old, play_fight

S = SafetyCategory.SELF_HARM
D = SafetyCategory.DISTRESS

_SELF = r"(?:my ?self|meself|myslef|mysef)"
_ALWAYS_HARM = r"(?:kill|killing|killed|hang|hanging|hanged|stab|stabbing|shoot|shooting|starve|starving|poison|poisoning|drown|drowning|suffocate|suffocating|strangle|strangling|harm|harming|end|punch|punching|punched|choke|choking|choked|bleed|bleeding|slap|slapping)"
_MAYBE_HARM = r"(?:hurt|hurting|cut|cutting|burn|burning|punish|punishing|scratch|scratching|hit|hitting|bite|biting|pinch|pinching|bang|banging)"
_INTENT = prefiltered(
    r"\b(?:want|wanna|wish|going to|gonna|gunna|will|i'?ll|try|tried|trying|on purpose|again|keep|kept|"
    r"sometimes|always|every|like to|because|so (?:it|that|i)|to feel|deserve|should|need to|and i do|i do it|with (?:a |the |my )?(?:scissors|knife|razor|blade|glass|compass|pin|needle|lighter)|"
    r""
    r"thinking|thought|feel like|plan|until|till|make it stop|secretly|nobody knows|hide|"
    r"when i(?:'?m| am| feel| get)? (?:so |really )?(?:mad|sad|angry|upset|stressed|lonely|bad|frustrated|anxious)|at myself|so hard|bleed|bled|bruise|bruises)\b"
)
_ACCIDENT = prefiltered(
    r"\b(?:by accident|accidentally|accident|fell|fall|falling|tripped|slipped|it stings|stings|band ?aid|plaster|on (?:a|the|some|my) (?:\w+ ){0,3}(?:paper|glass|rock|stick|nail|fence|slide|playground|swing|bike|stairs|table|door|scooter|trampoline)|"
    r"playing|when i was|paper cut|while (?:cooking|cutting|playing)|with (?:the|a) (?:scissors|knife) (?:by accident)?)\b"
)

_SUICIDAL = compile_all(
    [
        r"\b(?:want|wanna|wish|wished|going|gonna|ready|deserve|need|like|trying|tried|plan|planning|should|would rather|rather|just)\b[^.?!]{0,20}\bto die\b",
        r"\b(?:wanna|want to|wish i could|i should|i could just|i'?ll just|let me) die\b",
        r"\bi (?:wish|want|hope) (?:that )?i (?:was|were|could be|would be|'?d be|am) dead\b",
        r"\b(?:i (?:should|want to) be|i'?d be better off|better off) dead\b",
        r"\bwish (?:that )?i (?:was|were|had) (?:never|not|n'?t) (?:been )?(?:born|alive|here|exist(?:ed)?)\b",
        r"\bwish i (?:wasn'?t|weren'?t|was not|were not) (?:born|alive|here|around)\b",
        r"\bwish i (?:never|didn'?t) exist(?:ed)?\b",
        r"\b(?:don'?t|do not|dont) want to (?:live(?!\s+(?:in|at|on|near|by|with|there|next))|be alive|exist|be here anymore|wake up(?!\s+(?:early|so early|at \d|for|in the morning|on))|be born|be me)\b",
        r"\b(?:don'?t|do not) want to be (?:alive|here anymore|on this earth)\b",
        r"\b(?:no|not any|not a) (?:reason|point) (?:to|in|for) (?:live|living|being alive|going on|me)\b",
        r"\b(?:end|ending|take|taking) (?:it all|my (?:own )?life|my life|everything)\b",
        r"\b(?:to|gonna|going to|want to|wanna|i'?ll|i will|just|should) end it\b(?!\s+(?:with|by|there|here|at|now lol|like))",
        r"\b(?:pills|tablets) (?:saved|hidden|stashed)\b|\b(?:saved|saving|hid|hidden|stashed) (?:up )?(?:pills|tablets)\b|\btake (?:all|a lot|lots|a bunch) (?:of )?(?:the |my |mom'?s |dad'?s )?pills\b[^.?!]{0,30}\b(?:die|end|sleep forever|not wake|never wake|gone)\b",
        r"\b(?:my )?life is (?:so )?(?:pointless|meaningless|not worth (?:living|it)|worthless|hopeless|over)\b|\bwant (?:it all|everything|my life|life|it) (?:all )?to (?:be over|end)\b",
        r"\b(?:don'?t|won'?t|wouldn'?t|not|never) (?:have to |need to |want to |going to )?(?:be here|be alive|live|exist) (?:anymore|any more|no more|ever again)\b",
        r"\bi can'?t (?:do this|take (?:it|this)|go on|keep going|handle (?:it|this|life)|live like this) (?:anymore|any more|no more)\b|\bwant (?:it all|everything) to stop\b",
        r"\bi (?:hope|wish|want) (?:that )?(?:i|to) (?:get|got|be|was|were) (?:hit|run over|killed|shot|stabbed|crushed) by\b",
        r"\b(?:my )?life (?:isn'?t|is not|ain'?t|wasn'?t) worth (?:living|it)\b",
        r"\bso (?:that )?i (?:wouldn'?t|won'?t|wont|would not|will not|don'?t|do not|never) (?:wake up|have to (?:live|be here|exist)|be here|exist|feel anything)\b|\b(?:and|to) (?:never|not) wake up\b(?!\s+(?:till|til|until|before)\b)",
        r"\b(?:i'?m|im|i am) (?:so |just |really )?(?:done|finished|over it) with (?:life|living|everything|it all|being alive|this world|this life|my life)\b",
        r"\b(?:goodbye|good bye|farewell|suicide) (?:letter|note|message|video)\b|\bsay(?:ing)? goodbye to (?:everyone|everybody|my family|the world)\b|\bgiving away (?:all )?my (?:stuff|things|toys)\b|\bwon'?t be (?:around|here) (?:much longer|for long|tomorrow|anymore)\b",
        r"\b(?:don'?t|do not|can'?t|cannot) see (?:the|any) point (?:in|of|to) (?:living|life|being alive|anything|going on|being here|trying)\b|\bwhat'?s the point (?:of|in) (?:living|life|being alive|me|anything)\b|\bno point (?:in |to )?(?:living|being alive|being here|anything)\b",
        r"\b(?:want|wanna|going|go) (?:to )?(?:go to heaven|be in heaven|die and be with|join (?:my )?\w+ in heaven)\b(?![^.?!]{0,12}\b(?:one day|some ?day|when i'?m (?:really |very )?old|when i (?:grow|get) (?:up|old)|after a long))|\bbe with (?:my )?\w+ in heaven\b",
        r"\bi (?:cut|cutted|burned|burnt|hurt|scratched|hit) (?:again|last night|every night|at night|in the bathroom|where (?:no one|nobody) can see|so (?:no one|nobody) (?:sees|can see)|my (?:wrists?|thighs?))\b|\b(?:started|been|keep|kept) (?:cutting|burning|hurting) (?:again|my ?self)\b|\brelapsed\b",
        r"\b(?:took|take|taking|swallowed|swallow) (?:a bunch|a lot|lots|loads|all|too many|a handful|the whole bottle)(?: of)? (?:the |my |mom'?s |dad'?s )?(?:pills|tablets|medicine)\b[^.?!]{0,40}\b(?:so|to|wanted|die|wake|sleep|on purpose|because|gone|end)\b",
        r"\b(?:thinking (?:of|about)|want to|wanna|going to|gonna|planning to|plan to|i'?ll|i will|i took|i swallowed|i ate|tonight i'?ll)\s+(?:take|taking|swallow|swallowing|eat|eating|took|swallowed|ate)?\s*(?:all|a lot|lots|loads|a bunch|a handful|the whole bottle|too many)(?: of)? (?:the |my |mom'?s |dad'?s |mum'?s |my \w+'?s )?(?:sleeping )?(?:pills|tablets|medicine|meds)\b",
        r"\bplastic bag over my (?:head|face)\b|\brope (?:around|round) my neck\b|\bhow (?:many|much) (?:pills|tablets|medicine) (?:does it take|would it take|to die|kill)\b|\b(?:best|easiest|painless|quickest) way to (?:die|kill my ?self|end it)\b",
        r"\bsuicid\w*\b|\bkms\b|\bunalive\w*\b",
        r"\b(?:better|happier|easier|fine|okay|ok)\b[^.?!]{0,30}\bwithout me\b",
        r"\b(?:better|happier|easier)\b[^.?!]{0,30}\bif i (?:just |wasn'?t|weren'?t|was|were|never|died|disappear|vanish|left|didn'?t)",
        r"\b(?:nobody|no one|noone) (?:cares|would care|will care|even cares|cared)\b[^.?!]{0,25}\b(?:if|whether) i (?:live|die|died|was gone|am here|exist|was here|disappeared)",
        r"\b(?:nobody|no one|noone|no body|nobody at all)\b (?:would|will|even|ever|'?d)? ?(?:even )?(?:care|notice|miss me|cry|be sad)\b[^.?!]{0,30}\b(?:if i|when i|i was gone|i'?m gone|died|dead|gone)\b",
        r"\b(?:nobody|no one) (?:would|will) (?:even )?miss me\b",
        r"\bif i (?:died|was dead|were dead|killed my ?self|was gone forever)\b",
        r"\b(?:di+s+a+p+e+a*r|vanish|go away) (?:forever|and never (?:wake up|come back))\b|\bi (?:want|wanna|wish i could|just want|'?d like|need) (?:to )?(?:sleep|go to sleep) (?:forever(?! (?:on|at|this|every|at the) (?:saturdays?|sundays?|weekends?|the weekend|holidays?|christmas))|and never (?:wake up|come back))\b",
        r"\b(?:want|wanna|wish i could) (?:to )?(?:disappear|vanish|not exist|stop existing)\b(?!\s+(?:into|under|in|inside) (?:a|the|my|this|that) (?:good |new |favou?rite |cosy |cozy |warm )?(?:book|game|movie|story|world|blanket|duvet|covers|quilt|hoodie|bed|crowd|music|den|fort|room)|\s+like (?:a|the) (?:magician|ninja|ghost|spy)|\s+(?:in|during|for) (?:hide|the game|a magic|my magic))",
        r"\b(?:go to sleep|sleep|fall asleep) and (?:not|never) wake up\b(?!\s+(?:till|til|until|before)\b)",
        r"\b(?:jump|jumping|jumped|throw my ?self) (?:off|from|in front of) (?:a|the|this|that|our|my) (?:bridge|building|cliff|tower|balcony|train|car|bus|roof of the school|highway|parking garage)\b",
        r"\b(?:bleed|bleeding|blood)\b[^.?!]{0,25}\b(?:on purpose|feel better|make it stop|so it stops)\b",
        r"\b(?:till|til|until|so) (?:it|they|i|my \w+) (?:bleeds?|bled|bruise|bruises|hurts? really bad)\b",
        r"\bmake my ?self (?:bleed|throw up|sick|starve|pass out)\b",
        r"\b(?:stop|stopped|not) eating (?:so|until|because i'?m fat|to be skinny|on purpose)\b",
        r"\b(?:razor|blade|blades)\b[^.?!]{0,30}\b(?:my (?:arm|arms|wrist|wrists|leg|legs|skin)|my ?self)\b",
        r"\b(?:cut|cutting|slit|slitting) (?:my|mine) (?:wrists?|arms?|legs?|skin|thighs?)\b",
        r"\bi hate (?:my ?self|my life) (?:so much )?(?:and|that) (?:i )?(?:want|wanna|wish)\b",
        r"\b(?:self[- ]?harm\w*|self[- ]?injur\w*)\b",
    ]
)
_ALWAYS = prefiltered(rf"\b{_ALWAYS_HARM}\s+{_SELF}\b")
_MAYBE = prefiltered(rf"\b{_MAYBE_HARM}\s+{_SELF}\b")
_HYPERBOLE = prefiltered(
    r"\b(?:laugh\w*|dying of|die laughing|died laughing|kill me now lol|embarrass\w*|so funny|lol|lmao|haha\w*|to go|to see|to play|to try|to know|to get)\b"
)

_FIGURATIVE = re.compile(
    r"\bif i (?:don'?t|do not|didn'?t) pass\b|\bif i (?:don'?t|dont|do not|didn'?t|can'?t|cant) (?:finish|hand in|get|do|submit|start)\b[^.?!]{0,25}\b(?:essay|homework|project|assignment|coursework|revision|book report|reading log|worksheet)\b[^.?!]{0,25}\b(?:i'?m|im|i am|i will|i'?ll|i)\s+(?:literally |actually |just |gonna |going to |will )*die\b|\brather die than\b|\bin front of (?:everyone|the (?:whole )?class)\b|\bspecial effects\b|\bstunt (?:guy|man|woman|double)\b"
)

_FIRST_PERSON = r"(?:i|i'?m|im|i am|i feel|i felt|i get|i got|i was|i'?ve been|i always feel|i keep feeling|makes me|made me|i'?m feeling|i am feeling|feel|feeling)"
_FEELING = (
    r"(?:sad|sadd|unhappy|upset|scared|scarred|afraid|frightened|terrified|lonely|lonley|alone|worried|"
    r"anxious|nervous|depressed|miserable|hopeless|worthless|stressed|heartbroken|awful|terrible|"
    r"empty|left out|invisible|unloved|unwanted|ashamed|embarrassed all the time|so bad|really bad|"
    r"down|low|blue|numb|horrible|rubbish|not okay|not ok|not good enough|like i'?m not good enough|overwhelmed|homesick|"
    r"tired of everything|sick of everything|like i don'?t matter|like nobody (?:loves|likes|wants) me|like i'?m (?:a burden|worthless|nothing)|"
    r"very bad|like crying|like nobody cares|like a failure|like no one|panicky|helpless|broken|"
    r"stupid|ugly|fat|dumb|useless|a failure|alone all the time|all by myself|by myself)"
)
_GRIEF_DIED = r"(?:died|passed away|passed on|is dead|got put down|was put to sleep|went to heaven|is in heaven|funeral)"
_GRIEF_ACHES = (
    r"(?:(?:makes?|made) my (?:tummy|belly|heart|chest|head|throat) (?:hurt|ache|sore|feel (?:funny|sick|heavy|tight))"
    r"|my (?:tummy|belly|heart|chest) (?:hurts|aches|is sore|feels (?:heavy|empty|tight|sore|broken))|(?:hurts|aches) (?:inside|in my (?:tummy|heart|chest))"
    r"|miss (?:him|her|them|it|my \w+|\w+) so (?:so )?much (?:it|that) (?:hurts|aches|i (?:feel sick|can'?t (?:breathe|eat|sleep)|cry)))\b"
)
_DISTRESS = compile_all(
    [
        rf"\b{_FIRST_PERSON}\s+(?:so\s+|really\s+|very\s+|super\s+|always\s+|kind of\s+|kinda\s+|a little\s+|a bit\s+|still\s+|too\s+|just\s+|all\s+|pretty\s+|totally\s+|getting\s+|being\s+)*{_FEELING}\b",
        r"\b(?:nobody|no one|noone|nobody at school|no one at school)\b (?:\w+ )?(?:likes?|liked|wants? to (?:play|be|sit|talk|hang)\w*|wanted to (?:play|be|sit|talk|hang)\w*|play(?:s|ed)?|loves?|loved|cares? about|cared about|talk(?:s|ed)? to|invit\w+|sits? with|sat with|wants?|picked|picks|chose|chooses|came to|comes to|hangs? out with|remembers?|remembered|believes?) (?:with )?me\b",
        r"\b(?:i|i'?ve|i do)\s+(?:don'?t|do not|dont|never)\s+(?:have|got)\s+(?:any\s+)?friends\b|\bi have no (?:friends|one to (?:talk|play))\b|\b(?:now )?i (?:have|got) (?:nobody|no one|noone)\b(?! (?:to (?:beat|fight)|else to blame))",
        r"\b(?:everyone|everybody|they all|all the kids|the other kids|my friends) (?:hates?|ignores?|laughs? at|makes? fun of|leaves? me out) me\b",
        r"\b(?:everyone|everybody|they all|all the kids|the other kids|my friends) (?:hate|hates|ignore|ignores) me\b",
        r"\b(?:they|kids|the kids|the big kids|big kids|older kids|the boys|the girls|everyone|people|some kids|[a-z]+ and [a-z]+|he|she)\b[^.?!]{0,20}\b(?:call|calls|called) me (?:names|mean names|fat|ugly|stupid|dumb|a \w+)",
        r"\b(?:laugh\w*|mak\w* fun|made fun|pick\w* on|teas\w*|bull(?:y|ies|ied|ying)|push\w*|shov\w*|trip\w*|ignor\w*|hit|hits|hitting|kick\w*|spit\w* on|punch\w*|slap\w*|pinch\w*|exclud\w*|threaten\w*|steal\w* from|stole from)\b (?:at |of )?me\b(?![^.?!]{0,15}\b(?:game|tag|race|chess|checkers|cards|pillow|snowball|swings?|trampoline|wheelchair|pram|buggy|sledge|sled|go-?kart|roundabout)\b)",
        r"\b(?:i'?m|im|i am|i got|i get|i was|i'?ve been|being) (?:getting )?bull(?:ied|yed)\b|\bbullies\b|\bbullying me\b|\ba bully\b",
        r"\bi (?:cry|cried|keep crying|was crying|always cry|can'?t stop crying)\b|\bcry (?:every|all|myself)\b|\bmakes? me cry\b",
        r"\b(?:i )?(?:can'?t|cannot|couldn'?t) (?:sleep|stop (?:crying|worrying|thinking about it))\b|\bnightmares?\b|\bbad dreams?\b",
        r"\b(?:mom|mommy|mum|mummy|dad|daddy|parents|mom and dad|mommy and daddy|mum and dad)\b[^.?!]{0,25}\b(?:yelling|yell|yelled|fighting|fight|fought|screaming|scream|screamed|shouting|arguing|argue|argued)\b",
        r"\b(?:divorce|divorced|divorcing|getting a divorce|splitting up|broke up)\b",
        r"\b(?:my|our)\b[^.?!]{0,20}\b(?:died|passed away|is dead|got put down|went to heaven)\b[^.?!]{0,40}\b(?:sad|miss|cry|crying|cried|upset|can'?t stop|hurts|lonely)\b|\bi miss (?:my|grandma|grandpa|granny|nana|daddy|mommy|dad|mom|mum)\b",
        # (round 29) Grief felt in the body: missing someone who died "so much it makes my
        # tummy hurt", a heart or a chest that aches since they went.
        rf"\b{_GRIEF_DIED}\b[^.?!]{{0,60}}\b{_GRIEF_ACHES}|\b{_GRIEF_ACHES}[^.?!]{{0,50}}\b{_GRIEF_DIED}\b",
        r"\b(?:don'?t|do not|doesn'?t) (?:think|feel like|seem like) (?:anyone|anybody|people|they|my friends|the other kids) (?:likes?|cares? about|wants?|loves?) me\b",
        r"\b(?:nobody|no one|noone)\b (?:\w+ )?(?:wants to be|will be|is|would be) my friends?\b|\bi (?:don'?t|do not) have (?:a |any )?(?:best )?friends?\b",
        r"\bi hate (?:my ?self|my life|being me|everything)\b|\bwhat'?s wrong with me\b",
        r"\bleft me out\b|\bleave me out\b|\bno one to play with\b|\bnobody to play with\b|\bsit alone\b|\bsit by myself\b|\beat lunch alone\b",
        r"\b(?:i'?m|im|i am) (?:so |really )?(?:scared|afraid|terrified|frightened) (?:of|that|to)\b",
        r"\b(?:i )?(?:don'?t|do not) want to go to school\b",
        r"\b(?:nobody|no one) (?:came|showed up|comes|wants to come) (?:to|for) my\b|\b(?:took|take|takes|stole|steal|steals|ripped|broke|break|breaks) my (?:lunch|stuff|things|money|bag|backpack|phone|toys?|hat|shoes|homework|glasses)\b[^.?!]{0,30}\b(?:again|always|every|laugh\w*|kids|boys|girls|bully|bullies|mean)\b",
        r"\b(?:friends|everyone|everybody|people|they|kids|classmates|the other kids|the girls|the boys)\b[^.?!]{0,20}\b(?:hate|hates|don'?t like|doesn'?t like|don'?t want|laugh at|make fun of|ignore|talk about|whisper about)\b[^.?!]{0,5}\bme\b",
        r"\b(?:want to|wanna|feel like|going to) cry\b|\bfeel like crying\b|\b(?:really |very |super |such a )?(?:bad|awful|horrible|terrible|rotten|worst) day\b",
        r"\bpanic attacks?\b|\banxiety\b|\bi'?m (?:a failure|worthless|useless|a burden|a disappointment|not good enough)\b",
        r"\b(?:everyone|everybody|they|kids|people|the other kids|the kids|my (?:friends|classmates|teacher|brother|sister))\b[^.?!]{0,20}\b(?:is|are|was|were|keeps? being|always|being) (?:so |really |always |super )?(?:mean|horrible|nasty|rude|cruel) to me\b",
        r"\b(?:won'?t|don'?t|wouldn'?t|never) let me (?:play|join|sit|be on their team)\b|\bno one understands me\b|\bnobody understands me\b|\bmy heart hurts\b|\brun away from home\b|\b(?:want|going) to run away\b",
    ]
)
_NOT_DISTRESS = prefiltered(
    r"\b(?:not|never|wasn'?t|isn'?t|aren'?t|weren'?t|no longer|not even|was never)\s+(?:\w+\s+)?(?:sad|scared|afraid|lonely|worried|upset|alone|scary)\b|"
    r"\bnot scared anymore\b|\bbut now\b|\bbut (?:we )?(?:buried (?:him|her|it|them)|said (?:nice|lovely) things|had a (?:little )?funeral)\b|\bbut (?:\w+ ){0,2}(?:found|fixed|got back|returned|brought back) (?:it|him|her|them)\b|\bbut (?:it'?s|he'?s|she'?s) (?:behind a fence|on a lead|safe)\b|\bbut i know my\b|\bbut (?:we'?ll|we will) play\b|\bbut (?:he|she|they) (?:calls?|rings?|visits?|facetimes?) (?:me )?every\b|\b(?:got|took|threw|put|carried) (?:it|him|her|them) (?:out|away|outside)\b|\bbut (?:now )?i'?m (?:happy|fine|ok|okay|better)\b|\bbut (?:\w+ ){0,2}(?:gave me a hug|hugged me|made me feel better|cuddled me)\b|\bbut\b[^.?!]{0,45}\b(?:anyway|fun|funny|brave|did it|fine|ok|okay|not so bad|loved? it|had fun|great|good|happy|proud|better|smile|smiled|excited|got an? [a-b]|passed|won|cool|awesome|new one|studied|prepared|ready|practi[cs]ed|tried my best|did my best|friends again|new (?:puppy|kitten|pet|dog|cat|fish|hamster|bunny|one))\b|\b(?:makes? me|made me) (?:smile|happy|laugh)\b|\btickl\w*|\b(?:hugged|cuddled|comforted|cheered|helped) me (?:up )?(?:when|because|after)\b|\bso (?:we|i) got a new one\b|\bbut then i (?:played|had fun|felt better)\b|\bpicked (?:one|it) up\b|\bput (?:our|my|the) (?:old )?(?:dog|cat|pet|hamster|rabbit) to sleep\b|\bdead mouse\b|\bhate myself for (?:missing|forgetting|losing|dropping|eating|saying|doing|buying|watching)\b[^.?!]*\b(?:lol|lmao|haha)\b|\b(?:we|i) made up\b|\bmade friends again\b|\bsaid sorry\b|\b(?:just|only) a (?:bad )?dream\b|\b(?:movie|film|book|story|show|cartoon|game|ride|haunted house|roller ?coaster|scary part|sad part)\b|\bi'?m (?:ok|okay|fine|better) now\b|\b(?:the|a|that) (?:story|movie|book|character|bear|fox|bunny|dragon|princess)\b[^.?!]{0,20}\b(?:sad|scared)\b"
    # (round 34) Invisible for mischief ("so i could sneak cookies"); an old house missed "but my new room is bigger".
    r"|\binvisible\b[^.?!]{0,12}\b(?:so (?:that )?i (?:could|can|would)|i (?:would|could|'?d)|and) (?:\w+ )?(?:sneak|win|scare|prank|spy|trick|eat|grab|steal|play|get (?:extra|more|free)|go (?:to|into) the (?:cinema|movies|zoo|park|sweet shop)|watch|tickle|beat)\b|\bmiss (?:my|our|the) old \w+\b[^.?!]{0,25}\bbut (?:(?:my|our|the) new \w+(?: \w+)? (?:is|are|has|have|'?s)\b(?![^.?!]{0,25}\b(?:mean|horrible|scary|sad|awful|worse|lonely|nobody|no one)\b)|i (?:love|like|really like|really love) (?:my|our|the) new)"
)


_PLAYFUL = prefiltered(
    r"\b(?:as a joke|for a joke|joking|we (?:both )?laughed|lol|lmao|haha\w*|jk|while (?:we were |i was )?playing|play(?:ing)? (?:video games|fight|tag)|pillow fight|just kidding)\b"
)
_SERIOUS = prefiltered(
    r"\b(?:bull\w*|every day|always|hurts?|bleed\w*|cry\w*|scared|sad|alone|nobody|no one|hate)\b"
)


# Compositional detection: a sentence that joins the self, death and wanting ("i keep
# thinking about dying", "maybe it would be better if i wasn't alive") is suicidal even
# when no listed phrase matches; so is the self's body joined with injury and intent.
_SELF_WORD = prefiltered(r"\b(?:i|i'?m|im|i'?ll|i'?d|i'?ve|me|my|myself|mine)\b")
_DEATH = prefiltered(
    r"\b(?:die|dying|died|dead|death|suicid\w*|end (?:it|my life|everything|it all)|(?:not|wasn'?t|weren'?t|never) (?:be )?alive|"
    r"(?:never|not|don'?t|didn'?t) wake up(?!\s+(?:till|til|until|before)\b)|stop(?:ped|s)? breathing(?! (?:so|loud|loudly|through|when i|with my|like that|weird))|heart (?:to |would |will |could )?stop|stop my heart|noose|(?:don'?t|dont|do not) (?:want to|wanna) (?:be (?:here|alive|around)|exist|live anymore|be born)|(?:don'?t|not|never|didn'?t) breathe|disappear(?:ed)? forever|gone forever|"
    r"(?:not|never|didn'?t|don'?t) exist|stop existing|overdose|not be (?:here|around)|wasn'?t (?:here|around)|weren'?t (?:here|around)|"
    r"in heaven|to heaven|go away forever|sleep forever|jump off(?! (?:the |a |my |our )?(?:high |low |big |little |top )?(?:(?:shed|garage|playhouse|wendy house|tree ?house|porch|caravan|bike shed) roof|diving board|board|swing|swings|trampoline|slide|couch|sofa|bed|step|steps|dock|pier|boat|rock|log|stage|bunk bed|monkey bars))|(?:jump|jumping|step|stepping|walk|walking|run|running|lie|lying|lay|laying) (?:out )?in front|kill myself|unalive|stop living|quit living|not live|stop being alive)\b"
)
_WANTING = prefiltered(
    r"\b(?:want|wanna|wanting|wanted|wish|wished|wishing|hope|hoping|thinking about|think about|thought about|keep thinking|plan|planning|going to|gonna|"
    r"should|better if|better off|deserve|ready to|try to|tried to|would be (?:better|easier|happier)|maybe|rather|can'?t wait to|"
    r"no reason|what if i|what would happen if i|what happens if i|looked up|look up|how to|searched|sometimes i|i might|want to be|feel like|feels like|felt like)\b"
)
_OTHER_DIES = prefiltered(
    r"\b(?:my|the|our|his|her|their|a|an|that|this|grandma'?s|grandpa'?s)\s+(?:\w+\s+){0,2}(?:doesn'?t |won'?t |will |would |could |might |is going to |gonna |is |was |to )?$"
    r"|\b(?:he|she|they|it|grandma|grandpa|nana|mom|dad|mum|mommy|daddy|nanny|nan|nanna|granny|gran|grandad|granddad|auntie|aunty|uncle|mummy|papa)\s+(?:doesn'?t |won'?t |will |would |could |might |is going to |gonna |is |was |went |has gone |had gone |'?s gone |just went )?$"
)
_DEATH_JOKE = prefiltered(
    r"\b(?:test|exam|homework|maths|math|lesson|class|pe|practice|day|movie|film|game|level|joke|song|show|assembly|trip|dinner|this|it|that|school|waiting) (?:was|is|'?s) so (?:hard|boring|long|bad|embarrassing|cringe)\b[^.?!]{0,20}\b(?:(?:wanted|want|could) to|(?:i'?m|im|i am) (?:gonna|going to)) die\b|\bon (?:saturdays?|sundays?|weekends?)\b|\bat the weekend\b|\blie-?ins?\b|\bwhen i'?m (?:really |very )?old\b|\bwhen i (?:grow|get) old\b|\bone day when\b|\bdying (?:to|of|for)\b|\bdie (?:of|from) (?:boredom|embarrassment|laughter|laughing|cuteness|hunger|thirst|excitement|shame|happiness|cringe)\b|\bdied laughing\b|\bdie laughing\b|\bso dead\b|\bi'?m dead\b(?! inside)|\bdead tired\b|\bdead (?:serious|easy|funny)\b|"
    r"\b(?:game|level|respawn|lives left|extra life|minecraft|fortnite|roblox|boss|zombie|character|story|book|movie|dinosaurs?|when (?:we|people) die|what happens when)\b"
)
_BODY = prefiltered(
    r"\b(?:my ?self|my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|head|face|stomach|tummy|hand|hands|hair|body|fingers?))\b"
)
_INJURY = prefiltered(
    r"\b(?:cut|cuts|cutting|razor|razors|blade|blades|bleed|bleeds|bleeding|bled|blood|burn|burns|burning|burned|burnt|bang|bangs|banging|"
    r"scratch\w*|carve\w*|wrote on|writing on|bruise\w*|scars?|starv\w*|pull(?:ing)? out my hair|punch\w*|hit|hits|hitting)\b"
)
_INJURY_INTENT = prefiltered(
    r"\b(?:on purpose|til|till|until|so (?:it|i|that)|when i(?:'?m| am| feel| get)?|because|keep|kept|always|every|want|wanna|sometimes|"
    r"secretly|razor|blade|bleeds?|bled|bleeding|again|at night|to feel|deserve|punish|nobody knows|no one knows|hide)\b"
)


def _compositional_self_harm(text: str) -> list[Finding]:
    found: list[Finding] = []
    start = 0
    for clause in re.split(r"[.?!;\n]+", text):
        offset = text.find(clause, start)
        start = max(start, offset)
        if not clause.strip() or _SELF_WORD.search(clause) is None:
            continue
        joke = _DEATH_JOKE.search(clause) is not None or _FIGURATIVE.search(clause) is not None
        for death in _DEATH.finditer(clause):
            if (
                joke
                or _OTHER_DIES.search(clause[: death.start()][-40:])
                or to_death_idiom(clause, death.end())
                or DEAD_AS_VERY.match(clause, death.start())
                or ("heaven" in death.group() and heaven_when_old(text))
                or (death.group() == "die" and dye_misspelt(clause))
            ):
                continue
            if (
                negated_before(clause, death.start(), 6)
                and "wake" not in death.group()
                and "breathe" not in death.group()
            ):
                continue
            if _WANTING.search(clause):
                found.append(
                    Finding(
                        S,
                        "self_harm_phrase",
                        CRITICAL,
                        offset + death.start(),
                        offset + death.end(),
                    )
                )
                break
        body = _BODY.search(clause)
        injury = _INJURY.search(clause)
        if (
            body
            and injury
            and _INJURY_INTENT.search(clause)
            and not (_ACCIDENT.search(clause) or first_aid(text) or sports_knock(text))
            and not ANIMAL_DID_IT.search(clause)
        ):
            first = min(body.start(), injury.start())
            found.append(
                Finding(
                    S,
                    "self_injury",
                    CRITICAL,
                    offset + first,
                    offset + max(body.end(), injury.end()),
                )
            )
    return found


_TEDDY_SELF_HARM = prefiltered(
    r"\b(?:hurt|hurting|cut|cutting|harm|harming|burn|burning|starve|starving)\s+(?:themselves|themself)\b[^.?!]{0,30}[.?!,]?\s*[^.?!]{0,20}\b(?:you (?:could|should|can|might) (?:try|do)|try it|give it a (?:try|go))\b|"
    r"\b(?:hurt|hurting|cut|cutting|harm|harming|kill|killing|starve|starving|punish|punishing|hit|hitting|burn|burning)\s+(?:yourself|urself|your ?self)\b"
    r"|\b(?:you should|you could|why not|try to|just) (?:die|disappear forever|stop eating|not eat)\b"
)


_TEDDY_CARE = prefiltered(
    r"\b(?:never|don'?t|do not|not|stop|instead of|no one should)\b"
    r"|\bif you (?:might|ever|ever want to|feel like|ever feel like|want to|are going to|think you might|are thinking (?:of|about)|have thought about)\s*$"
)


_EXCITED = prefiltered(
    r"\b(?:crush|cute|embarrass\w*|omg|lol|lmao|haha\w*|so happy|excited|laugh\w*|said hi|noticed me|looked at me|so funny|cringe)\b|!!"
)
_EVERYDAY = prefiltered(
    r"\b(?:died|passed away|went to heaven|got put down)\b[^.?!]{0,25}\b(?:last (?:year|summer|winter|spring|autumn|christmas)|(?:a few |two |three |many |\d+ )?years ago|a long time ago|ages ago)\b|"
    r"\b(?:rubbish|useless|bad|terrible|awful|hopeless|rubbish|pants|no good|the worst) at (?:it|this|that|pe|p\.e|maths?|football|soccer|spelling|reading|drawing|sports?|swimming|games?|netball|rugby|running|singing|\w+ing)\b|"
    r"\b(?:nightmares?|bad dreams?|want to go to school)\b|\b(?:scared|afraid|nervous|worried)\b[^.?!]{0,25}\bbecause (?:i|of)\b[^.?!]{0,15}\b(?:bad grades?|grades|report card|a test|detention|broke|lost|forgot|spilled)\b|\bsad (?:that )?(?:my |the |our )?(?:vacation|holiday|holidays|summer|party|weekend|sleepover|trip|game|movie|show|birthday|visit) (?:is|was|are|were) (?:over|ending|done)\b|\bstressed (?:out )?about (?:my |the |a |our )?(?:\w+ )?(?:test|project|homework|exam|quiz|recital|game|match|presentation|tryouts?)\b"
    # (paraphrases_d) Nerves before a recital, a test, a match or a first day: ordinary.
    r"|\b(?:nervous|anxious|worried|jittery|butterflies)\b (?:about|before|for) (?:my |the |a |our |tomorrow'?s |this |next )?(?:big |first |school |piano |dance |swimming |maths? |spelling |violin |football )?(?:tests?|bee|competition|contest|sats|speech|solo|dentist|recital|exams?|quiz|match|game|concert|play|show|race|presentation|first day|gala|sports day|performance|audition|tryouts?|assembly|lesson)\b"
)
_PERSISTENT = prefiltered(
    r"\b(?:every (?:night|day|time)|all the time|always|keep|keeps|again|can'?t sleep|scared to|afraid to|bull\w*|mean|hate|hit|hits|hurt\w*|alone|nobody|no one|cry\w*|yell\w*|shout\w*|since|about (?:him|her|them|what|my (?:dad|mom|uncle|step)|the man))\b"
)


# "i scratched my arm", "then i bit myself": the child hurting itself, pet or not.
_SELF_DID_IT = prefiltered(
    r"\bi (?:\w+ )?(?:scratch\w*|bit|bite|biting|cut|cutting|pick\w*|pinch\w*|hit|hitting|bang\w*|burn\w*|pull\w*|punch\w*|claw\w*) (?:my|myself|me)\b"
    r"|\b(?:on purpose|myself|my ?self|to feel|deserve|let (?:it|him|her) (?:bite|scratch)|made (?:it|him|her) (?:bite|scratch))\b"
)


def find_wellbeing(text: str, *, teddy: bool) -> list[Finding]:
    found: list[Finding] = []
    if teddy:
        for m in _TEDDY_SELF_HARM.finditer(text):
            before = text[max(0, m.start() - 30) : m.start()]
            if _TEDDY_CARE.search(before):
                continue
            found.append(Finding(S, "encourages_self_harm", CRITICAL, m.start(), m.end()))
    if not teddy:
        found += _compositional_self_harm(text)
    as_told = MEDICINE_AS_TOLD.search(text) is not None and not MEDICINE_MISUSE.search(text)
    for m in _SUICIDAL.finditer(text):
        phrase = m.group()
        if negated_before(text, m.start(), 10) or _FIGURATIVE.search(text):
            continue
        if m.group().endswith("dead") and DEAD_AS_VERY.match(text, m.end() - 4):
            continue  # "i want to be dead good at football": "dead" as "very"
        if as_told and re.search(r"\b(?:pills|tablets|medicine|meds)\b", phrase):
            continue  # "i took all my medicine like the doctor said"
        if phrase.endswith("die") and dye_misspelt(text):
            continue  # "i wanna die my hair pink": "die" written for "dye"
        if mischief_unnoticed(text) or ("heaven" in phrase and heaven_when_old(text)):
            continue  # "when i'm really old i want to go to heaven and see nana"
        if re.search(r"\b(?:razor|blades?)\b", phrase) and carer_razor_put_away(text):
            continue  # "dad keeps his razor blades in the cabinet": put away, not used
        if ANIMAL_DID_IT.search(
            text, max(0, m.start() - 50), m.start()
        ) and not _SELF_DID_IT.search(text):
            continue  # "the cat scratched my arm till it bled": the pet did it

        if "to die" in phrase and _HYPERBOLE.search(text[m.start() : m.end() + 15]):
            continue
        if re.search(r"\b(?:could|gonna|going to) (?:just )?die\b", phrase) and _EXCITED.search(
            text
        ):
            continue  # "i could just die, my crush said hi!!"
        found.append(Finding(S, "self_harm_phrase", CRITICAL, m.start(), m.end()))
    for m in _ALWAYS.finditer(text):
        if (
            _HYPERBOLE.search(text[m.end() : m.end() + 12])
            and "laugh" in text[m.end() : m.end() + 12]
        ):
            continue
        found.append(Finding(S, "self_harm_phrase", CRITICAL, m.start(), m.end()))
    for m in _MAYBE.finditer(text):
        window = text[max(0, m.start() - 40) : m.end() + 40]
        if ANIMAL_DID_IT.search(window):
            continue  # "the cat scratched my arm": the pet did it
        if _INTENT.search(window) and not re.search(r"\bby accident|accidentally\b", window):
            found.append(Finding(S, "self_harm_phrase", CRITICAL, m.start(), m.end()))
        elif _ACCIDENT.search(window):
            continue
        elif not teddy:
            found.append(Finding(S, "self_harm_possible", MODERATE + 0.1, m.start(), m.end()))
    if teddy:
        return found
    # Grief remembered, play on a swing, a fright in fun: ordinary childhood.
    everyday = (
        (GRIEF_REMEMBERED.search(text) is not None and not GRIEF_OVERWHELMS.search(text))
        or (PUSH_ON_A_RIDE.search(text) is not None and not PUSH_ROUGH.search(text))
        or (FRIGHT_IN_FUN.search(text) is not None and not FRIGHT_REAL.search(text))
        or (BAD_DAY_ORDINARY.search(text) is not None and not BAD_DAY_REAL.search(text))
        or STORY_DEATH_CRIED.search(text) is not None
        or (DIVORCE_REASSURED.search(text) is not None and not DIVORCE_HURTS.search(text))
        or new_thing_nerves(text)
    )
    if not _NOT_DISTRESS.search(text) or len(text) > 100:
        for m in _DISTRESS.finditer(text):
            if everyday:
                found.append(Finding(D, "distress_mild", MILD, m.start(), m.end()))
                continue
            if negated_before(text, m.start(), 8):
                continue
            local = text[max(0, m.start() - 25) : m.end() + 5]
            if _NOT_DISTRESS.search(local):
                continue
            if _PLAYFUL.search(text) and not _SERIOUS.search(text):
                continue
            if play_fight(text):
                # "my brother hit me in the face with a pillow", "dad had a water fight with
                # me in the bath": play, looked for only when there is distress to soften.
                found.append(Finding(D, "distress_mild", MILD, m.start(), m.end()))
                continue
            if _EVERYDAY.search(text, m.start(), m.end() + 60) and not _PERSISTENT.search(text):
                # One bad dream, not wanting school because of a test: ordinary childhood.
                found.append(Finding(D, "distress_mild", MILD, m.start(), m.end()))
                continue
            found.append(Finding(D, "distress", MODERATE, m.start(), m.end()))
    else:
        for m in _DISTRESS.finditer(text):
            found.append(Finding(D, "distress_mild", MILD, m.start(), m.end()))
    return found
