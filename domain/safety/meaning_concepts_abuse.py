# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Concepts for the meaning stage (rules_meaning.py), one compiled pattern each.

A grown-up hurting the child: threats of injury and about telling, undressing, touch the
child is made to give, neglect, harsh punishment, pinned down, injuries kept secret.
Each pattern alone decides nothing; the rules_meaning modules combine them.
"""

from __future__ import annotations

from domain.safety.benign_frame_spoilers import (
    AGAIN,
    FEAR,
    HIDDEN,
    HURT,
    MEANS,
    SCARED,
    TOUCH,
    spoilt_by,
)
from domain.safety.meaning_concepts_acts import PRIVATE_WORDS
from domain.safety.prefilter import prefiltered

IF_TELL = prefiltered(
    r"\b(?:if (?:i|you|u) (?:ever )?(?:tell|told|say|said|talk|tells)|if (?:anyone|anybody|mom|mum|dad|my \w+) (?:finds? out|knows?|found out)|"
    r"(?:not to|don'?t|never|or else don'?t) tell (?:anyone|anybody|or)|tell (?:anyone|anybody) or)\b"
)
THREAT = prefiltered(
    r"\b(?:hurt|kill|hit|beat|strangle|throttle|choke (?:me|us)|get (?:me|us)(?= (?:if|when|after|for it|back)\b)|send (?:me|us) away|take (?:me|us) away|take my \w+ away|go to jail|get (?:me|us|mom|mum|dad) (?:in trouble|taken)|"
    r"say (?:i|i'?m) (?:lied|lying|a liar|making it up)|call me a liar|lock me|leave (?:me|us)|never see|won'?t love|will be sorry|be sorry|make me pay|get rid of|give (?:away )?my \w+ away|punish|"
    # (miss5455) "she'll give me away", "put me in care", "send me to a children's home"
    r"give (?:me|us) (?:away|up)|hand (?:me|us) over|put (?:me|us) (?:in|into) (?:care|a home|foster care|a children'?s home)|send (?:me|us) (?:to|into) (?:care|a home|foster care|a children'?s home|live with)|"
    r"burn|break my|split (?:us|the family) up|nobody will believe|no one will believe|they won'?t believe|won'?t believe (?:me|you))\b"
    # (round 37) Someone in the family sent to prison or taken away.
    r"|\b(?:mum|mummy|mom|mommy|mam|mama|dad|daddy|da|papa|parents|family|nan|nana|gran|granny|grandma|grandad|brother|sister|she|they|we|you|i)(?:'ll| will| would| could| might| is going to| are going to| gonna|'d)? (?:go|be sent|get sent|be put|get put|end up) (?:to|in) (?:prison|jail|gaol)\b"
    r"|\b(?:mum|mummy|mom|mommy|mam|mama|dad|daddy|da|papa|parents|family|nan|nana|gran|granny|grandma|grandad|brother|sister|she|they|we|you|i)(?:'ll| will| would| could| might| is going to| are going to| gonna|'d)? (?:be|get) (?:sent away|taken away|put away|locked up|arrested)\b"
)
BODY = r"(?:arms?|legs?|neck|fingers?|hands?|nose|head|face|back|wrists?|ribs?|teeth|jaw)"
INJURY_THREAT = prefiltered(
    rf"\b(?:said|says|told me|threaten(?:s|ed)?|would|will|'?d|'?ll|is going to|gonna)\b[^.?!]{{0,15}}\b(?:break|snap|burn|cut|smash|twist|rip|crack)\s+(?:my|both my)\s+{BODY}\b"
    rf"|\b(?:broke|snapped|burned|burnt|cut|smashed|twisted|cracked)\s+(?:my)\s+{BODY}\b[^.?!]{{0,30}}\b(?:on purpose|because|for|as a punishment|to teach)\b"
)
UNDRESS_CHILD = prefiltered(
    r"\b(?:pulls?|pulled|pulling|takes?|took|taking|yanks?|yanked|rips?|ripped|tugs?|tugged)\s+(?:down |off )?my\s+(?:pants|trousers|shorts|underwear|undies|knickers|clothes|skirt|pyjamas|pajamas|pj'?s|shirt|top|nightie)\s*(?:down|off)?\b"
)
MADE_TOUCH = prefiltered(
    r"\b(?:made|makes|making|forces?|forced)\s+me\s+(?:to\s+)?(?:kiss|touch|lick|rub|hug and kiss)\s+(?:him|her|them)\b(?!\s+goodbye|\s+goodnight)|"
    # (round 34) "made me come in his house and touch him": a place first, then the touch.
    r"\b(?:made|makes|making|forces?|forced|got)\s+me\s+(?:to\s+)?(?:come|go|get|sit|lie|lay|climb|walk)\b[^.?!]{0,35}\band\s+(?:then\s+)?(?:kiss|touch|lick|rub|feel)\s+(?:him|her|them|his|it)\b(?!\s+goodbye|\s+goodnight|\s+(?:new |little |baby |pet |big |old )?(?:dogs?|cats?|pupp(?:y|ies)|kittens?|horses?|rabbits?|bunny|hamsters?|pony|guinea pigs?|snakes?|lizards?|fish|tortoise|chickens?|goat|lamb)\b)|"
    r"\b(?:made|makes|making|forces?|forced|tells|told|wants|wanted|asks|asked|tried to make)\s+me\s+(?:to\s+)?(?:touch|rub|hold|kiss|lick|look at|see|feel)\s+(?:his|her|their)\s+(?:thing|things|private\w*|parts?|pee ?pee|willy|wee ?wee|butt|bum|bottom|body|chest|boobs?|down there|penis|vagina|wiener|stuff)\b"
)
BATH_WITH = prefiltered(
    r"\b(?:baths?|bathe|showers?|sleep in (?:his|her|the same) bed|get (?:in|into) bed)\b[^.?!]{0,10}\bwith (?:my |our )?(?:step ?dad|step ?father|step ?mom|uncle|grandpa|cousin|babysitter|sitter|neighbou?r|coach|teacher|(?:mom|mum|mama)'?s (?:new )?(?:boyfriend|husband|friend)|dad'?s (?:girlfriend|friend)|him|a man|the man|older (?:boy|brother|cousin))\b"
)
INTRUDES = prefiltered(
    r"\b(?:comes?|came|walks?|walked|barges?|barged|opens? the door|sneaks?|snuck)\s+(?:in|into)\s+(?:the|my)\s+(?:bathroom|shower|room|bedroom)\b[^.?!]{0,25}\bwhen (?:i'?m|im|i am|i was)\s+(?:in the (?:bath|shower|tub)|showering|bathing|changing|getting (?:dressed|changed|undressed)|naked|on the toilet|sleeping|asleep)\b"
)
PUNISHMENT = prefiltered(
    r"\b(?:as (?:a )?punishment|to punish me|for punishment|to teach me a lesson|when i'?m (?:bad|naughty)|(?:if|when|whenever|every time) i (?:cry|talk back|answer back|wet the bed|wet myself|spill|make a mess|forget|get it wrong|am bad|am naughty|misbehave)|if i'?m (?:bad|naughty|rude|too loud|cheeky|annoying))\b"
)
HARSH = prefiltered(
    r"\b(?:under (?:the )?water|head under|hold\w* my head|cold (?:shower|bath|water)|hot (?:water|sauce|spoon|iron)|for (?:an|one|two|three|\d+) hours?|all night|no (?:food|dinner|water)|kneel|on (?:rice|the floor)|in the (?:dark|cold|closet|basement)|belt|burn\w*|soap in my mouth|hit|hits|beat|beats|whip\w*)\b"
    # (round 39) Left behind somewhere as a punishment, or driven away from.
    r"|\b(?:leave|leaves|left|dump|dumps|dumped|drop|drops|dropped|abandon\w*) (?:me|us) (?:behind|on the side of the road|(?:at|on|by|in|outside) (?:the|a) (?:gas station|petrol station|garage|side of the road|roadside|road|motorway|services|shop|supermarket|park|forest|woods|street|car park|parking lot))\b|\bdr(?:ove|ives|ive) (?:off|away)\b(?! (?:to|for) (?:work|the shop|school))"
)
UNDER_CLOTHES = prefiltered(
    r"\b(?:under|inside|in|down|into)\s+my\s+(?:underwear|undies|knickers|panties|pants|shorts|pajamas|pyjamas|nightie|swimsuit|diaper|nappy|shirt|skirt|dress)\b(?!\s*pockets?\b)"
)
PINNED = prefiltered(
    r"\b(?:lays?|lies|lay|laying|lying|sits?|sat|gets?|got)\s+on top of me\b|\b(?:holds?|held|pins?|pinned)\s+me\s+down\b"
)
REFUSAL_IGNORED = prefiltered(
    r"\b(?:won'?t|wont|doesn'?t|didn'?t|wouldn'?t) (?:get off|stop|let me go|let go)\b|\bwhen i (?:say|said|tell him|told him|tell her|told her) (?:stop|no)\b|\bi (?:can'?t|couldn'?t) (?:breathe|get up|move)\b"
)
SILENCED = prefiltered(
    r"\b(?:tape|hand|hands|pillow|sock|cloth|rag)\b[^.?!]{0,10}\b(?:on|over|in) my (?:mouth|face|nose)\b|\bso (?:i|that i) (?:wouldn'?t|couldn'?t|can'?t|won'?t|don'?t|didn'?t) (?:scream|yell|shout|cry out|tell|make a sound|breathe)\b(?! (?:the |a |that )?(?:stranger|lady|man|woman|person)\b)"
)
INJURY_WORDS = prefiltered(
    r"\b(?:bruises?|marks?|welts?|cuts?|burns?|scars?|black eye|bleeding|broken (?:arm|wrist|finger|rib))\b"
)
WATCHES = prefiltered(
    r"\b(?:watch(?:es|ed|ing)?|looks? at|looked at|stares? at|staring at|peeks? at|peeked at|spies on|spying on|spied on|films?|filmed|records?|recorded|takes? (?:pictures|photos|videos) of)\s+(?:me|us)\b[^.?!]{0,30}\b(?:shower|bath|bathtub|toilet|(?:getting|get) (?:dressed|changed|undressed)|changing|undress\w*|naked|sleeping|in bed|in my (?:room|underwear))\b"
)
WATCH_CARE = prefiltered(
    r"\b(?:mom|mum|mommy|mummy|grandma|nana|granny|lifeguard)\b(?!'?s (?:new )?(?:boyfriend|friend|husband|partner))|\b(?:so (?:i|that i) (?:don'?t|dont|do not)|make sure|to be safe|safe)\b"
)
SECRET_EVENTS = prefiltered(
    r"\b(?:what (?:happens|happened|he does|she does|he did|she did|they do|we do|we did|goes on)|the things (?:he|she|they|we) (?:do|does|did)|the (?:bathroom|bedroom|bath|shower) thing|our (?:special|secret) game)\b"
)

INTRUSION = prefiltered(
    r"\b(?:hands?|fingers?|mouth)\b[^.?!]{0,10}\b(?:in|inside|into|down|under|up) (?:my|the back of my) (?:underwear|undies|knickers|pants|panties|shorts|pajamas|pyjamas|pj'?s|nightie|nightgown|skirt|dress|clothes|swimsuit|diaper|nappy)\b(?!\s*pockets?\b)"
)
TOUCH_BODY = prefiltered(
    r"\b(?:touch(?:es|ed|ing)?|rubs?|rubbed|rubbing|strokes?|stroked|feels?|felt|grabs?|grabbed|squeezes|squeezed|pats?|patted)\s+(?:on\s+)?my\s+(?:legs?|thighs?|chest|butt|bum|bottom|privates?|private (?:parts?|area|spot)|body|hair and (?:legs?|body)|boobs?|breasts?|tummy|belly|lap|hips?|back under)\b"
)
GROOMING_FRAME = prefiltered(
    r"\b(?:favou?rite|special|secret|alone|after (?:class|school|practice)|when no one|when nobody|in his (?:office|car|room)|in her (?:office|car|room)|at night|don'?t like|dont like|hurts|scared|weird|uncomfortable|says it'?s (?:okay|ok|normal))\b"
)
NEGLECT = prefiltered(
    r"\b(?:makes?|made|forces?|forced)\s+me\s+(?:to\s+)?(?:sleep|stay|stand|wait|live|kneel)\b[^.?!]{0,20}\b(?:outside|on the floor outside|in the (?:garage|cold|rain|snow|dark|shed|car|basement|closet|yard|doghouse))\b|"
    r"\b(?:leaves?|left|locks?|locked|keeps?|kept|makes? me (?:stay|sleep))\s+(?:me|us)\b[^.?!]{0,30}\b(?:for hours|all (?:day|night)|overnight|for days|no (?:food|water)|without (?:food|water|dinner|eating)|in the (?:cold|dark))\b"
)
_COVERING = r"(?:long sleeves|long-sleeved \w+|long sleeve \w+|(?:a|my|his|her|the|your|ur) (?:jumper|hoodie|cardigan|coat|jacket|scarf|polo neck|turtle ?neck|sweatshirt|fleece)|(?:my )?(?:tights|trousers|leggings|gloves|coat on|jumper on|hoodie on)|make-?up|concealer|plasters?)"
_ONLOOKER = r"(?:the |my |our )?(?:teachers?|school|miss|sir|nurse|school nurse|nobody|no one|noone|no-one|people|anyone|anybody|friends|other kids|kids at school|class|neighbou?rs|doctor|they)"
_SCHOOL_EYES = r"(?:the |my |our )?(?:teachers?|school|miss|sir|nurse|school nurse|doctor|social worker|class|kids at school|friends at school|pe teacher)"
_WONT = r"(?:don'?t|dont|doesn'?t|doesnt|won'?t|wont|can'?t|cant|will not|do not|does not|never|wouldn'?t|wouldnt)"
INJURY_EVIDENCE = prefiltered(
    r"\b(?:long sleeves|cover (?:it|them) up|hide|hiding|make-?up)\b[^.?!]{0,40}\b(?:(?:doesn'?t|doesnt|won'?t|wont|can'?t|cant) see|not see|nobody sees|no one sees)\b[^.?!]{0,25}\b(?:marks?|bruises?|welts?|cuts?|burns?)\b"
    r"|\b(?:marks?|bruises?|welts?|burns?|cuts?)\b (?:that )?(?:my )?(?:dad|daddy|mum|mom|mummy|mommy|step ?\w+|uncle|he|she|they) (?:made|gave|left|did)\b|\b(?:marks?|bruises?|welts?|cuts?|burns?|scars?|bumps?)\b[^.?!]{0,25}\bfrom (?:the|his|her|their|a|dad'?s|mom'?s|mum'?s) (?:belt|hanger|stick|cord|cable|wooden spoon|spoon|ruler|shoe|slipper|whip|hand|fist|lighter|cigarette|iron|switch|paddle)\b"
    r"|\b(?:marks?|bruises?|welts?|burns?)\b[^.?!]{0,60}\b(?:so (?:no one|nobody|people|my teacher) (?:sees|can see|asks|notices?|won'?t see)|hide (?:them|it)|long sleeves|cover (?:them|it) up)\b"
    # (round 57) clothes or make-up put on the child so school won't see what was done:
    # "mum says i have to wear long sleeves even in the heatwave so teachers dont see what she
    # did to my arms"; or, made to, so nobody sees the child's arms, legs or neck.
    rf"|\b{_COVERING}\b[^.?!]{{0,50}}\bso (?:that )?{_ONLOOKER}\b (?:{_WONT} )?(?:see|sees|notice|notices|spot|spots|ask|asks|find out|finds out|know|knows)\b (?:about )?(?:what (?:he|she|they|mum|mom|mummy|mommy|dad|daddy|my \w+|\w+) (?:did|does|done|has done|had done)\b(?! to my (?:hair|fringe|nails|room|drawing|picture))|the (?:marks?|bruises?|welts?|burns?|cuts?|scratches|scars?)\b)"
    rf"|\b(?:makes? me|made me|have to|has to|had to|says? i (?:have to|must|gotta)|said i (?:have to|had to|must)|tells? me to|told me to)\b[^.?!]{{0,12}}\b{_COVERING}\b[^.?!]{{0,50}}\bso (?:that )?{_SCHOOL_EYES}\b (?:{_WONT} )?(?:see|sees|notice|notices|spot|spots)\b my (?:arms?|legs?|neck|back|wrists?|face|tummy|skin)\b(?![^.?!]{{0,30}}\b(?:church|mosque|temple|gurdwara|synagogue|modest\w*|hijab|sun|sunburn\w*|eczema|rash|tattoo\w*|henna|pen|felt tip)\b)"
)
CARER_HURTS = prefiltered(
    r"\b(?:pinch\w*|hits?|hitting|slaps?|slapping|kicks?|kicking|punch\w*|beats?|beating|chokes?|choking|bites?|biting|scratch\w*|burns?|whips?|smacks?|drags?|throws?|shakes?|strangles?)\s+me\b[^.?!]{0,30}\b(?:hard|every|till|until|when|if|and (?:says|calls|tells)|for no reason|again|bleed|bruise)\w*"
)
GET_THE_BELT = prefiltered(
    r"\b(?:get|got|gets|getting) the (?:belt|slipper|strap|wooden spoon|stick|cane)\b(?! (?:from the|off the|out of|for my|to wear))"
)
# (fa2) The threat the child says is never carried out, told lightly: "mum says i'll get the
# slipper if i dont tidy up but she never actually does it lol". Spoilt by any hurt done.
THREAT_NEVER_DONE = prefiltered(
    r"\b(?:but|though|tho)\b[^.?!]{0,20}\b(?:never|doesn'?t|doesnt|don'?t|dont|has never|hasn'?t|hasnt|won'?t|wont) (?:ever |actually |really |even )*(?:does|do|did|done|doing|follows? through|mean it|means it)\b"
    r"|\b(?:she|he|they)(?:'?s| is| are|'?re) (?:only |just )?(?:joking|kidding|messing)\b"
)
THREAT_CARRIED_OUT = spoilt_by(
    r"\b(?:hits?|hitting|hit me|smack\w*|slap\w*|whack\w*|beat\w*|belted|bruis\w*|marks?|bleed\w*|bled|hurt\w*|sore|cr(?:y|ied|ies|ying)|scared|afraid|"
    r"once|last time|sometimes|every|always|again|this time|used to|till|until|did it|done it|does it (?:when|if|every|sometimes)|not allowed|secret\w*)\b",
    HURT,
    MEANS,
    FEAR,
    TOUCH,
    HIDDEN,
)
# What a carer's play ("tickling", "a pillow fight", "lol") can never cover: a real injury, a
# weapon, fear, it happening again and again, touching, a secret from the other parent.
CARER_PLAY_SPOILT = spoilt_by(None, HURT, MEANS, FEAR, SCARED, AGAIN, TOUCH, HIDDEN)
CARER_PLAY = prefiltered(
    r"\b(?:tickl\w*|game|play\w*|joke|joking|lol|haha\w*|pillow|accident\w*|by mistake)\b"
)
NEGLECT_MORE = prefiltered(
    r"\bmakes? me (?:stand|stay|sit|kneel|sleep)\b[^.?!]{0,30}\b(?:all night|for hours|no food|without (?:food|dinner|water))\b|"
    r"\b(?:nobody|no one|noone)\b (?:has )?(?:picked|pick|came|come|has been|was|been) (?:me )?(?:up |home |back )?[^.?!]{0,25}\b(?:for (?:two|three|four|five|\d+|a few|many) days|all week|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday))\b|"
    r"\b(?:nobody|no one|noone)\b (?:ever )?(?:washes|feeds|cooks (?:for )?me|makes (?:me )?(?:dinner|food|breakfast|lunch|tea)|looks after me|takes care of me|gives me (?:food|dinner|tea))\b"
    r"|\b(?:mum|mom|mummy|mommy|dad|daddy)\b (?:doesn'?t|doesnt|won'?t|wont|can'?t|cant|never) wake up\b[^.?!]{0,40}\b(?:hungry|no food|all day|for days|baby|little (?:brother|sister))\b"
    r"|\b(?:they|everyone|the family)\b (?:eat|have dinner|have tea|eat dinner) (?:without me|and i (?:can'?t|don'?t|have to watch))\b|\bnot allowed to eat\b|\bmakes? me go hungry\b|\bgo to bed hungry\b|\bthrows? my (?:food|dinner) (?:in the bin|away)\b"
)
DOES_STUFF = prefiltered(
    r"\b(?:does|did|doing|do) (?:stuff|things|bad things|rude things|sex things|weird things|sexy things|private things|stuff like that) to me\b"
    r"|\b(?:pinned|pins|held|holds) me down\b[^.?!]{0,20}\b(?:touched|touches|kissed|kisses|felt|feels|rubbed|rubs|undress\w*)\b"
    rf"|\b(?:puts?|put|stuck|sticks) (?:his|her|their) (?:fingers?|hands?) (?:in|inside|up) my (?:{PRIVATE_WORDS}|private area|bum|bottom|vagina|front bottom|wee ?wee)\b"
)
