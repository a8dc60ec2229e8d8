# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The concepts the meaning stage (rules_meaning.py) looks for: one compiled pattern each.

An adult or online actor, a request, a camera, a private place, nudity, secrecy, a lure, a
threat about telling, ways and wishes to die, injuries, and the teddy's forbidden topics. The
stage combines them; each pattern alone decides nothing.
"""

from __future__ import annotations

from domain.safety.prefilter import prefiltered

ADULT = prefiltered(
    r"\b(?:dad|daddy|father|papa|step ?(?:dad|mom|mum|father|mother|brother|sister)|uncle|aunt|auntie|aunty|grandpa|grandad|granddad|"
    r"grandfather|gramps|babysitter|baby ?sitter|sitter|nanny|teacher|coach|neighbou?r|tutor|priest|pastor|counsel?lor|bus driver|"
    r"instructor|(?:mom|mum|mommy|mummy|mama|dad|mother|father)'?s (?:new )?(?:boyfriend|girlfriend|friend|husband|wife|partner)|boyfriend|husband|partner|cousin|older (?:boy|girl|kid|brother|sister)|"
    r"big (?:brother|sister|kid|boy)|man|men|guy|lady|woman|grown ?up|adult|stranger|person|someone|somebody|teenager|teen|"
    r"(?:1[6-9]|[2-9]\d) ?(?:yo|y/o|years? old|yr old)|he|she|him)\b"
)
ONLINE = prefiltered(
    r"\b(?:online|internet|gaming|twitch|twitter|reddit|omegle|cashapp|venmo|met (?:online|gaming|playing|on \w+|in \w+)|(?:in|from|on) (?:the|a|my|that) game|game friend|gaming friend|roblox|fortnite|minecraft|discord|tiktok|youtube|snapchat|snap|"
    r"instagram|insta|whatsapp|kik|xbox|playstation|steam|among us|chat|server|dms?|(?:he|she) (?:messaged|messages|texts|texted|dmed))\b"
)
ASKS = prefiltered(
    r"\b(?:wants?|wanted|asks?|asked|asking|keeps? asking|told|tells|telling|says?|said|makes?|made|dared?|tries to get|tried to get|begs?|begged|invited|invites)\b"
    r"[^.?!]{0,16}\b(?:me|us)\b|\b(?:let'?s|can we|could we|wanna|want to)\b"
)
CAMERA = prefiltered(
    r"\b(?:ipad|tablet|video ?call\w*|facetime\w*|call (?:him|her|them|me)|webcam|cam|camera|live ?stream\w*|go live|pics?|pictures?|photos?|selfies?|videos?|film|filming|films|record\w*|snaps?)\b"
)
PRIVATE_PLACE = prefiltered(
    r"\b(?:closet|wardrobe|under the stairs|bathroom|bath|bathtub|shower|toilet|changing room|locker room|in (?:my|his|her|the) bed|under the (?:covers|blanket|sheets)|"
    r"in my (?:pj'?s|pjs|pajamas|pyjamas|nightie|nightgown|underwear|undies|towel)|bedroom with the door (?:shut|closed|locked)|"
    r"with the door (?:shut|closed|locked)|lock(?:ed)? the door|show (?:him|her|them) my (?:bed)?room|lock(?:ed|s)? (?:my|your|ur|the bedroom|my bedroom|your bedroom) (?:bedroom )?door|when (?:no one|nobody) (?:is|was) (?:home|around|there)|when (?:mom|mum|dad)'?s? (?:is |was )?(?:out|away|asleep|at work))\b"
)
NUDITY = prefiltered(
    r"\b(?:naked|nude|nudes|no clothes|without (?:any |my |his |her |their )?clothes|with (?:his|her|their|my) clothes off|clothes off|"
    r"take (?:off )?(?:my|your|his|her) (?:clothes|shirt|top|pants|shorts|underwear|undies)(?: off)?|no (?:shirt|top|pants|undies|underwear)|"
    r"underwear|undies|panties|bra|boxers|bikini|swimsuit|bathing suit|privates|private (?:parts?|area|spots?|bits|places?)|down there|"
    r"boobs?|butt|bum|bottom|wee ?wee|pee ?pee|willy|penis|vagina|bare|topless|in (?:a|my|the) towel)\b"
)
SEXY_MEDIA = prefiltered(
    r"\b(?:videos?|pictures?|pics?|photos?|movies?|websites?|magazines?|stuff)\b[^.?!]{0,25}\b(?:people|ladies|men|women|girls|boys|grown ?ups)\b[^.?!]{0,20}\b(?:naked|no clothes|without (?:any )?clothes|kissing (?:and|with) no|doing (?:it|stuff|sex|grown ?up stuff))\b"
    r"|\b(?:naked|nude|dirty|rude|grown ?up|adult|sexy|private)\b (?:videos?|pictures?|pics?|photos?|movies?|websites?|magazines?|stuff)\b"
)
SHOWS = prefiltered(
    r"\b(?:shows?|showed|shown|showing|sends?|sent|made me watch|makes me watch|let me watch|lets me watch|watch(?:es|ed)? with me)\b"
)
CONTACT = prefiltered(
    r"\b(?:massages?|massaging|rubs?|rubbed|rubbing|touch(?:es|ed|ing)?|tickles? (?:me )?(?:under|in|down|on my (?:butt|bum|privates|chest|legs?|thighs?))|"
    r"kiss(?:es|ed|ing)? me|sit on (?:his|her) lap|sits? me on (?:his|her) lap|on (?:his|her) lap|lie(?:s)? (?:down )?(?:with|next to) me|"
    r"gets? (?:in|into) (?:my|the) bed|comes? (?:in|into) my (?:room|bed)|came (?:in|into) my (?:room|bed)|sneaks? (?:in|into)|"
    r"sleeps? in my bed|cuddl\w* (?:me )?(?:in bed|at night|naked)|bath(?:e|es)? (?:with )?me|showers? with me|help(?:s)? me (?:undress|change)|"
    r"undress\w*|do stuff|did stuff|play a (?:special |secret )?game|puts? (?:his|her|their) (?:hands?|fingers?|mouth)|put (?:his|her|their) (?:hands?|fingers?|mouth))\b"
)
SECRECY = prefiltered(
    r"\b(?:secret|secrets|between us|just us two|delete|deleted|deleting|hide|hidden|hiding|erase|clear the (?:chat|history)|"
    r"not (?:to |supposed to )?tell|don'?t tell|dont tell|never tell|can'?t tell|cant tell|mustn'?t tell|won'?t tell|"
    r"so (?:my|mom|mum|dad|your|ur|the) ?(?:parents|mom|mum|dad|family|teacher|folks)? ?(?:don'?t|dont|won'?t|wont|can'?t|never) (?:see|know|find out|hear)|"
    r"(?:don'?t|dont|won'?t|wont|can'?t|never) (?:let|want) (?:my|your|ur) (?:parents|mom|mum|dad) (?:see|know|find out)|"
    r"(?:nobody|no one) (?:can|will|needs to|has to|must) (?:know|find out|see)|without (?:my|your|ur) (?:parents|mom|mum|dad) knowing|"
    r"not (?:tell|telling) (?:my|your|ur) (?:parents|mom|mum|dad|mommy|daddy)|"
    r"(?:after|when|while|once) (?:my|your|ur|the) (?:parents|mom|mum|dad|folks|family) (?:go(?:es)? to (?:sleep|bed)|(?:are|is) (?:asleep|sleeping|out|gone|not (?:home|looking|around))|leaves?|aren'?t (?:home|looking))|"
    r"without (?:my|your|ur) (?:parents|mom|mum|dad|mommy|daddy) (?:checking|knowing|seeing|finding out|noticing)|"
    r"messages? (?:that )?(?:disappear|vanish)\w*|disappearing messages|vanish mode|(?:secret|hidden|vault) (?:app|account|chat|server)|"
    r"when (?:no one|nobody|noone) (?:is|was|'?s) (?:looking|around|watching|home|there)|promise (?:not|never) to tell|made me promise|(?:not|never) allowed to tell|not supposed to tell|so (?:no one|nobody|noone) (?:hears|sees|knows|can hear|can see|finds out))\b"
)
BENIGN_SECRET = prefiltered(
    r"\b(?:surprise|present|gift(?! ?cards?)|birthday|party|christmas|santa|handshake|crush|fancies|fancy|who (?:she|he|they) likes?|recipe|tooth fairy|easter|(?<!gift )card|mother'?s day|father'?s day|"
    r"fort|clubhouse|treasure|game level|spoiler|cake|pranks?|hide and seek|hide ?-?and ?-?go ?-?seek|hiding spot|hidden object|easter eggs?)\b"
)
LURE = prefiltered(
    r"\b(?:come|go|get|hop|climb|ride|walk|sit|stay|wait|take me|takes me|taking me|bring me|drive me)\b[^.?!]{0,25}\b(?:in|into|to|inside|see|look)\b[^.?!]{0,25}\b(?:his|her|their|a|the) (?:van|car|truck|house|place|apartment|flat|home|shed|garage|room)\b"
    r"|\b(?:puppies|puppy|kittens?|candy|sweets|lollies|ice cream|toys?|games?|robux|v-?bucks|money)\b[^.?!]{0,30}\b(?:in|at) (?:his|her|their) (?:van|car|truck|house|place|apartment|home)\b"
    r"|\b(?:see|show (?:me|you)) something (?:cool|special|fun|secret|neat|awesome)\b[^.?!]{0,20}\b(?:in the (?:bushes|woods|trees|van|car|shed|alley)|behind (?:the|a)|over there|in (?:his|her) (?:house|car|van|room))\b"
    r"|\bcome (?:see|visit|meet|stay with) (?:him|her|them)\b|\bsend (?:me )?(?:an? )?(?:uber|taxi|cab|car|lyft|(?:bus |train |plane )?tickets?) (?:to|for|so)\b"
    r"|\b(?:wait for me|waiting for me|find me|come find me|see me in person|come to my (?:house|school)|pick me up|picks me up|picking me up|meet (?:up|me|him|her|in person|irl)|meetup|meet-up|come over to (?:his|her)|come to (?:his|her) (?:house|place))\b"
)
UNKNOWN_ACTOR = prefiltered(
    r"\b(?:stranger|a (?:man|guy|lady|woman|grown ?up|grownup|adult|person|teenager)|some (?:man|guy|lady|woman|grown ?up|adult|person|teenager)|"
    r"(?:man|guy|lady|woman|person|grown ?up|grownup) (?:at|in|from|on) (?:the|a)|(?:someone|somebody|a person|a man|a lady) i (?:don'?t|didn'?t) know)\b"
)
IF_TELL = prefiltered(
    r"\b(?:if (?:i|you|u) (?:ever )?(?:tell|told|say|said|talk|tells)|if (?:anyone|anybody|mom|mum|dad|my \w+) (?:finds? out|knows?|found out)|"
    r"(?:not to|don'?t|never|or else don'?t) tell (?:anyone|anybody|or)|tell (?:anyone|anybody) or)\b"
)
THREAT = prefiltered(
    r"\b(?:hurt|kill|hit|beat|send (?:me|us) away|take (?:me|us) away|take my \w+ away|go to jail|get (?:me|us|mom|mum|dad) (?:in trouble|taken)|"
    r"say (?:i|i'?m) (?:lied|lying|a liar|making it up)|call me a liar|lock me|leave (?:me|us)|never see|won'?t love|will be sorry|be sorry|make me pay|get rid of|give (?:away )?my \w+ away|punish|"
    r"burn|break my|split (?:us|the family) up|nobody will believe|no one will believe|they won'?t believe|won'?t believe (?:me|you))\b"
)
THIRD_PERSON_DEATH = prefiltered(
    r"\b(?:someone|somebody|a person|a kid|a child|people|kids|anyone|a friend|my friend)\b[^.?!]{0,25}\b(?:wanted|wants|want|wanting|tried|trying|tries|decided|was going|were going)\b[^.?!]{0,10}\b"
    r"(?:to die|to kill (?:themselves|themself|himself|herself)|to hurt (?:themselves|themself|himself|herself)|to end (?:it|their life|his life|her life)|to not be alive|to disappear forever|to not exist)\b"
    r"|\bhow (?:do|does|would|could|can|did) (?:someone|somebody|a person|people|kids|you|u|one)\b[^.?!]{0,15}\b(?:kill (?:themselves|themself|yourself|urself|himself|herself)|die (?:fast|quick|without|painless)|end (?:their|your|ur) (?:own )?life|hurt (?:themselves|yourself|urself) (?:really|badly|without))\b"
    r"|\b(?:what|which) (?:is|'?s) the (?:easiest|fastest|quickest|best|least painful|painless) way to die\b"
)
HOW = prefiltered(
    r"\b(?:how|what way|what'?s the way|which way|what would|could they|would they|should they)\b"
)
FICTION = prefiltered(
    r"\b(?:in the (?:book|movie|story|show|game)|character|story|book|movie|episode|zombie|dragon|villain|hero|fish|hamster|plant|flower|battery|batteries|phone)\b"
)
BOMB = prefiltered(
    r"\b(?:make|build|making|building|get|buy|bring|take)\b[^.?!]{0,15}\b(?:a |an )?(?:bomb|pipe bomb|explosive|grenade)s?\b"
)
BOMB_BENIGN = prefiltered(
    r"\b(?:bath|seed|glitter|water|stink|cherry|photo|cannon ?ball|paint|flavou?r|calorie|chocolate|hot chocolate|minecraft|game)\s*bombs?\b|\bin (?:minecraft|the game|fortnite|roblox)\b"
)
PEOPLE_TARGET = prefiltered(
    r"\b(?:school|class|classroom|church|teacher|kids|people|him|her|them|my (?:brother|sister|mom|dad|mum))\b"
)
FAMILY_CARE = prefiltered(
    r"\b(?:mom|mum|mommy|mummy|mama|dad|daddy|grandma|nana|granny|doctor|nurse)\b[^.?!]{0,25}\b(?:bath|bathe|shower|wash|washes|washed|help\w* me|dress|change|cream|medicine|checked|check)\b"
)
SIBLING_ONLY = prefiltered(r"^\s*(?:my )?(?:little |baby |younger )?(?:brother|sister)\b")


DOUBT_LIFE = prefiltered(
    r"\b(?:why (?:i|should i|would i|do i)|don'?t (?:see|know) why i|no reason (?:for me )?to|what'?s the point (?:of|in)|can'?t (?:see|find) (?:a|any) reason to|not sure i want to)\b[^.?!]{0,20}\b(?:keep (?:living|going|trying)|go on|be alive|stay alive|live|living|exist|be here)\b"
)
NO_WAKE = prefiltered(r"\b(?:don'?t|dont|do not|won'?t|wont|never|not) wake up\b")
NO_WAKE_CONTEXT = prefiltered(
    r"\b(?:in case|note|letter|goodbye|pills?|tablets|medicine|meds|hope|wish|want|wanna|maybe|if only|how many|how much|forever|so i)\b"
)
NO_WAKE_BENIGN = prefiltered(
    r"\b(?:alarm|late for|on time|early|school bus|lol|haha|sleepy|tired)\b"
)
LETHAL_QUESTION = prefiltered(
    r"\bhow (?:many|much)\b[^.?!]{0,40}\b(?:pills?|tablets|meds|painkillers|sleeping pills|paracetamol|tylenol|bleach)\b[^.?!]{0,20}\b(?:would it take|does it take|it takes|would i need|would you need|do you need to take|to take to)\b|"
    r"\bhow (?:many|much)\b[^.?!]{0,30}\b(?:pills?|tablets|medicine|meds|sleeping pills|painkillers|bleach|poison)\b[^.?!]{0,30}\b(?:die|dead|kill|not wake|never wake|overdose|od|end it|stop breathing)\b"
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
    r"\b(?:made|makes|making|forces?|forced|tells|told|wants|wanted|asks|asked|tried to make)\s+me\s+(?:to\s+)?(?:touch|rub|hold|kiss|lick|look at|see|feel)\s+(?:his|her|their)\s+(?:thing|things|private\w*|parts?|pee ?pee|willy|wee ?wee|butt|bum|bottom|body|chest|boobs?|down there|penis|vagina|wiener|stuff)\b"
)
PICS_ASK = prefiltered(
    r"\b(?:asks?|asked|asking|keeps? asking|wants?|wanted|begs?|begging|told me to|tells me to|dared me to)\b[^.?!]{0,20}\b(?:for )?(?:\w+ ){0,2}(?:pics?|pictures?|photos?|selfies?|nudes|videos?|snaps?)\b(?! of (?:my|your|ur) (?:pets?|dog|cat|drawing|house|room|lego|build|castle|art))"
)
ADULT_AGE = prefiltered(
    r"\b(?:1[89]|[2-9]\d) ?(?:yo|y/o|years? old|yr old|yrs old)?\b|\bage is just a number\b|\bgrown (?:man|woman)\b|\bin (?:his|her) (?:20s|30s|40s|twenties|thirties)\b"
)
ROMANCE = prefiltered(
    r"\b(?:bf|gf|boyfriend|girlfriend|loves? me|dating|date|marry|kiss|crush on me|in love|babe|baby girl|my man)\b|\bage is just a number\b"
)
OWE_PICS = prefiltered(
    r"\b(?:owe|owes|pay (?:him|her|them) back with|in return for|in exchange for)\b[^.?!]{0,15}\b(?:pics?|pictures?|photos?|videos?|nudes|selfies?)\b"
)
PARENT_SCHEDULE = prefiltered(
    r"\b(?:asks?|asked|asking|wants to know|wanted to know)\b[^.?!]{0,10}\b(?:what time|when|how long|which days?|if|whether)\b[^.?!]{0,10}\b(?:my )?(?:parents|mom|mum|dad|mommy|daddy|family)\b[^.?!]{0,10}\b(?:leave|leaves|go out|goes out|get home|gets home|come home|are out|is out|work|working|asleep|sleep|away|home)\b"
)
BATH_WITH = prefiltered(
    r"\b(?:baths?|bathe|showers?|sleep in (?:his|her|the same) bed|get (?:in|into) bed)\b[^.?!]{0,10}\bwith (?:my |our )?(?:step ?dad|step ?father|step ?mom|uncle|grandpa|cousin|babysitter|sitter|neighbou?r|coach|teacher|(?:mom|mum|mama)'?s (?:new )?(?:boyfriend|husband|friend)|dad'?s (?:girlfriend|friend)|him|a man|the man|older (?:boy|brother|cousin))\b"
)
CESSATION = prefiltered(
    r"\bnoose\b|\bstop(?:ped)? breathing forever\b|\bheart (?:to |would |will |could )?stop\b|\bstop my heart\b|\bstop(?:ped)? breathing (?:forever|for good|and die)\b"
)
CESSATION_WANT = prefiltered(
    r"\b(?:want|wanna|wish|what if|wat if|if i just|how (?:to|do you|do i)|looked up|look up|search\w*|tie|make|hope|what would happen|thinking)\b"
)
CESSATION_NOT = prefiltered(
    r"\b(?:halloween|costume|decoration|cowboy|western|movie|game|scared me so|when i saw|almost stopped|surprise)\b"
)
SEX_QUESTION = prefiltered(
    r"\bwhat does it feel like to (?:get|be) (?:fingered|licked|sucked|laid|fucked|touched there)\b|"
    r"\bwhat(?:'?s| is| are| does| do)\b[^.?!]{0,12}\b(?:fingered|fingering|handjob|hand job|threesome|wank\w*|jerk(?:ing)? off|get(?:ting)? laid|dick|d1ck|cock|pussy|boobs|tits|blowjob|blow job|porn|p0rn|horny|cum|boner|orgasm|condoms?|masturbat\w*|nudes|69|thot|sexting|dildo|stripper)\b"
)
WAYS_TO_DIE = prefiltered(
    r"\b(?:ways?|how|methods?) to (?:not be alive|stop living|stop existing|not exist|never wake up|die|kill (?:my ?self|yourself|urself)|end (?:it|my life|your life)|unalive)\b"
)
WEARY_LIFE = prefiltered(
    r"\b(?:tired|sick|done|exhausted) (?:of|with) (?:living|being alive|life|existing|being me|everything and everyone)\b"
    r"|\b(?:sleep|fall asleep|go to sleep|close my eyes) and (?:just )?(?:be gone|disappear|vanish|never (?:wake|come back)|not (?:wake|come back)|stay gone)\b"
    r"|\b(?:stay|be|remain) asleep forever\b|\b(?:don'?t|dont|do not|never) (?:want to |wanna )?wake up (?:ever )?again\b|\bhate (?:being alive|living|existing|being born)\b|\b(?:don'?t|dont|do not) deserve to (?:live|be alive|exist|be here|be born)\b"
)
NOT_COME_BACK = prefiltered(
    r"\b(?:sleep|walk|go|wander|swim|lie down|float|drift)\w*\b[^.?!]{0,25}\b(?:snow|cold|river|sea|ocean|lake|pond|water|waves|woods|forest|forever|away)\b[^.?!]{0,15}\b(?:not|never|without) (?:come back|coming back|wake up|waking up|return\w*|swim\w* back|swim\w* out|walk\w* back|walk\w* out|com\w* up|com\w* out)\b"
)
INTRUDES = prefiltered(
    r"\b(?:comes?|came|walks?|walked|barges?|barged|opens? the door|sneaks?|snuck)\s+(?:in|into)\s+(?:the|my)\s+(?:bathroom|shower|room|bedroom)\b[^.?!]{0,25}\bwhen (?:i'?m|im|i am|i was)\s+(?:in the (?:bath|shower|tub)|showering|bathing|changing|getting (?:dressed|changed|undressed)|naked|on the toilet|sleeping|asleep)\b"
)
PUNISHMENT = prefiltered(
    r"\b(?:as (?:a )?punishment|to punish me|for punishment|to teach me a lesson|when i'?m (?:bad|naughty)|if i (?:cry|talk back|wet the bed|spill))\b"
)
HARSH = prefiltered(
    r"\b(?:under (?:the )?water|head under|hold\w* my head|cold (?:shower|bath|water)|hot (?:water|sauce|spoon|iron)|for (?:an|one|two|three|\d+) hours?|all night|no (?:food|dinner|water)|kneel|on (?:rice|the floor)|in the (?:dark|cold|closet|basement)|belt|burn\w*|soap in my mouth|hit|hits|beat|beats|whip\w*)\b"
)
UNDER_CLOTHES = prefiltered(
    r"\b(?:under|inside|in|down|into)\s+my\s+(?:underwear|undies|knickers|panties|pants|shorts|pajamas|pyjamas|nightie|swimsuit|diaper|nappy|shirt|skirt|dress)\b"
)
PINNED = prefiltered(
    r"\b(?:lays?|lies|lay|laying|lying|sits?|sat|gets?|got)\s+on top of me\b|\b(?:holds?|held|pins?|pinned)\s+me\s+down\b"
)
REFUSAL_IGNORED = prefiltered(
    r"\b(?:won'?t|wont|doesn'?t|didn'?t|wouldn'?t) (?:get off|stop|let me go|let go)\b|\bwhen i (?:say|said|tell him|told him|tell her|told her) (?:stop|no)\b|\bi (?:can'?t|couldn'?t) (?:breathe|get up|move)\b"
)
AGE_LIE = prefiltered(
    r"\b(?:says?|said|claims?)\b[^.?!]{0,12}\b(?:they'?re|he'?s|she'?s|he is|she is|they are|hes|shes)\s+(?:\d{1,2}|a kid|my age)\b[^.?!]{0,40}\b(?:grown|adult|old man|older|man|woman|lady|beard|looks? (?:way )?older)\b"
)
SHOW_BODY = prefiltered(
    r"\b(?:show|send|see)\s+(?:him|her|them|me)?\s*(?:my|your|ur|me your)\s+(?:feet|foot|legs?|thighs?|body|belly|tummy|chest|butt|bum|back|skin|stomach|armpits?|lips)\b"
    r"|\b(?:show|send)\s+(?:him|her|them|me)\s+(?:under|inside|what'?s under)\s+(?:my|your|ur)\s+(?:shirt|skirt|clothes|dress|top|pants|towel)\b"
)
CREDENTIAL_ASK = prefiltered(
    r"\b(?:needs?|wants?|asked (?:me )?for|asks (?:me )?for|asking (?:me )?for|told me to (?:give|send))\b[^.?!]{0,10}\bmy\s+(?:password|login|pin|passcode|log ?in|account)\b"
)
SILENCED = prefiltered(
    r"\b(?:tape|hand|hands|pillow|sock|cloth|rag)\b[^.?!]{0,10}\b(?:on|over|in) my (?:mouth|face|nose)\b|\bso (?:i|that i) (?:wouldn'?t|couldn'?t|can'?t|won'?t|don'?t|didn'?t) (?:scream|yell|shout|cry out|tell|make a sound|breathe)\b(?! (?:the |a |that )?(?:stranger|lady|man|woman|person)\b)"
)
INJURY_WORDS = prefiltered(
    r"\b(?:bruises?|marks?|welts?|cuts?|burns?|scars?|black eye|bleeding|broken (?:arm|wrist|finger|rib))\b"
)
CONDITIONAL_THREAT = prefiltered(
    r"\bif (?:i|you|u) (?:don'?t|dont|didn'?t|didnt|won'?t|wont|stop|ever stop|block|ignore)\b"
)
RATE_BODY = prefiltered(
    r"\brate (?:his|her|my|your|ur|their) (?:body|bod|butt|pics?|looks|face|outfit|abs|chest|legs)\b|\bsend (?:him |her |them )?mine\b"
)
GIFT = prefiltered(
    r"\b(?:give|gives|gave|giving|buy|buys|bought|send|sends|sent|get|gets|got|promised?)\b[^.?!]{0,10}\b(?:me|us)\b[^.?!]{0,15}\b(?:phone|tablet|ipad|sim|money|cash|robux|v-?bucks|gift ?cards?|presents?|gifts?|skins?|games?|candy|sweets|toys?|clothes|makeup|\$\d+|\d+ dollars)\b"
)
DOUBT_ALIVE = prefiltered(
    r"\b(?:why|idk why|don'?t know why|dont know why)\b[^.?!]{0,6}\b(?:i'?m|im|i am|am i)\s+(?:even |still )?(?:alive|here|born|living)\b(?![^.?!]{0,20}\b(?:lol|haha|at this party|in this class|doing this))"
)
END_IT = prefiltered(
    r"\b(?:just|and|by|of|about|thinking|think about) (?:end|ending) it(?: all)?\b(?!\s+(?:with|by|there|here|at|now|early))"
)
MEANS = prefiltered(
    r"\b(?:drink|drinking|swallow|swallowing|eat|eating|take|taking|took|drank)\b[^.?!]{0,15}\b(?:bleach|poison|pills|tablets|medicine|meds|cleaner|chemicals?|rat poison|antifreeze)\b"
    r"|\b(?:jump|jumping|fall|falling|throw my ?self)\b[^.?!]{0,15}\b(?:from|off|out of|out) (?:my|the|a|our|this) (?:window|roof|balcony|bridge|building|cliff|tower|stairs|ledge)\b"
    r"|\b(?:knife|blade|razor|rope|belt|cord|plastic bag|gun)\b[^.?!]{0,20}\b(?:my ?self|my (?:wrists?|neck|throat|arm))\b"
)
ESCAPE = prefiltered(
    r"\b(?:go away|goes away|disappear|stop existing|not be here|be gone|sleep forever|never wake|not wake|it (?:will|would|could|might) (?:all )?(?:stop|end|be over|go away)|all (?:stop|end|be over)|make it stop|so (?:i|it) (?:can|will|would|could) (?:die|stop|end|be over|be gone)|to die|and die|so i die|end it|be dead|nobody would (?:care|miss|notice)|no more pain|stop hurting)\b"
)
ROMANCE_LABEL = prefiltered(
    r"\b(?:his|her) (?:little |special |secret )?(?:girlfriend|boyfriend|wife|husband|lover|bride|sweetheart)\b|\b(?:marry|date|dating) me\b"
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
COVER_STORY = prefiltered(
    r"\b(?:told|tells|wants|asked|asks|said)\s+me\s+to\s+(?:say|tell (?:my|your|ur) \w+|pretend|lie)\s+(?:that\s+)?(?:i'?m|im|i was|i am|we'?re|we were|i'?ll be)\s+(?:at|with|going|sleeping|staying|in)\b"
    r"|\blie to (?:my|your|ur) (?:parents|mom|mum|dad)\b"
)
SAYS_HOT = prefiltered(
    r"\b(?:says?|saying|said|tells? me|told me|calls? me|called me|thinks?)\s+(?:that\s+)?(?:i'?m|im|i am|i look|i'?m so|me)\s+(?:so\s+|really\s+)?(?:hot|sexy|fit|fine|hottie|a hottie)\b"
)
ALONE = prefiltered(
    r"\b(?:alone|by myself|just (?:us|me and him|me and her|the two of us)|nobody else|no one else|without (?:my|your) (?:parents|mom|mum|dad|friends))\b"
)

TEDDY_PARENTS_AWAY = prefiltered(
    r"\b(?:when|what time|are|is|will)\b[^.?!]{0,20}\b(?:mom|mum|mommy|dad|daddy|parents|grown ?ups|anyone)\b[^.?!]{0,15}\b(?:not home|out|away|asleep|at work|gone|leave|leaving|go to sleep|go to bed|not (?:around|looking|watching))\b"
    r"|\b(?:until|till|when|after|once) (?:everyone|everybody|your (?:parents|mom|mum|dad|family)|they|the grown ?-?ups) (?:is |are |'?s |'?re )?(?:asleep|sleeping|gone|out|goes? to (?:sleep|bed))\b"
    r"|\bwhere do you (?:usually |normally |always )?(?:play|go|walk|hang out|wait|sit)\b[^.?!]{0,20}\b(?:after school|alone|every day|usually|on your own|by yourself)?"
    r"|\b(?:when|while|next time|after) (?:you'?re|you are|ur|you get|you take|you have) (?:in |into )?(?:the |a |your )?(?:bath|shower|bathtub|undressed|changing|naked|pajamas)\b[^.?!]{0,20}\b(?:tell|show|call|send|describe|talk)"
    r"|\bdo you have (?:a |your own )?(?:webcam|camera|phone|tablet|snapchat|discord|instagram)\b|\b(?:come|came) (?:and )?(?:get|find|pick up|take) (?:you|u)\b|\b(?:pick|picking) (?:you|u) up\b|\bmeet (?:you|u) (?:outside|at|after|somewhere)\b"
    r"|\b(?:without (?:your|any|ur) clothes|with (?:your|ur) clothes off|take off (?:your|ur) (?:clothes|shirt|top|pants|underwear)|in your (?:underwear|undies))\b"
    r"|\b(?:visit|come to|come over to|sneak into|come see) (?:you|your house|your room)\b[^.?!]{0,15}\b(?:tonight|tomorrow|at night|later|when)\b|\bleave (?:the|your) (?:\w+ )?(?:door|window) (?:unlocked|open)\b"
    r"|\b(?:show|tell|describe to) me what (?:you'?re|you are|ur|u r) wearing\b|\bwhat (?:are|r) (?:you|u) wearing\b"
    r"|\b(?:just us|just you and me|only us|only you and me|the two of us|all alone|all by yourself|home alone)\b"
)
TEDDY_SNEAK = prefiltered(
    r"\b(?:sneak|sneaking|sneak out|climb out|slip out|without (?:telling|asking) (?:your|ur) (?:parents|mom|mum|dad)|don'?t ask (?:your|ur) (?:parents|mom|mum|dad)|(?:your|ur) (?:parents|mom|mum|dad) (?:are|is) (?:too strict|wrong|mean|unfair|don'?t understand you|won'?t understand))\b"
)
TEDDY_STARVE = prefiltered(
    r"\b(?:don'?t|do not|stop|skip|skipping|not) (?:eat|eating)(?: \w+){0,3}\b[^.?!]{0,40}\b(?:pain|feel better|goes away|go away|thin|thinner|skinny|lighter|prettier|in control|help|works)\b"
    r"|\b(?:pain|feel better|thin|skinny)\b[^.?!]{0,40}\b(?:don'?t|do not|stop|skip|not) (?:eat|eating)\b"
    r"|\b(?:starve|starving) (?:yourself|urself)\b|\bmake (?:yourself|urself) (?:throw up|sick|bleed)\b"
)
TEDDY_CRUEL = prefiltered(
    r"\b(?:nobody|no one|noone) (?:would|will|'?d) (?:even )?(?:miss|care about|notice|cry for) (?:you|u)\b|\b(?:better|happier|easier) (?:off )?without (?:you|u)\b|\b(?:you|u) (?:should|could) (?:just )?(?:disappear|go away forever|not exist)\b|"
    r"\b(?:you|u) (?:deserve|deserved) (?:to )?(?:feel bad|be sad|be hurt|get hurt|suffer|cry|be punished|it|pain|to be alone|to be hit)\b"
    r"|\b(?:hits?|hurts?|touches|beats?|slaps?|yells? at) (?:you|u)\b[^.?!]{0,30}\b(?:because you|your (?:own )?fault|you (?:were|are|must have been) (?:naughty|bad)|you deserve)\b"
)
TEDDY_SAFETY_TALK = prefiltered(
    r"\b(?:never(?! (?:do|does|listen|listens|understand|understands|care|cares)\b)|tell a grown[ -]?up|tell (?:your|a) (?:mom|mum|dad|parents?|teacher)|trusted (?:adult|grown[ -]?up)|grown[ -]?ups? you trust|if (?:someone|anyone|somebody|a stranger|a person)|not okay|isn'?t okay|is not okay|not safe|please tell|it'?s important to eat|always eat|shouldn'?t|should not|don'?t have to keep)\b"
)


INTRUSION = prefiltered(
    r"\b(?:hands?|fingers?|mouth)\b[^.?!]{0,10}\b(?:in|inside|into|down|under|up) (?:my|the back of my) (?:underwear|undies|knickers|pants|panties|shorts|pajamas|pyjamas|pj'?s|nightie|nightgown|skirt|dress|clothes|swimsuit|diaper|nappy)\b"
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
INJURY_EVIDENCE = prefiltered(
    r"\b(?:long sleeves|cover (?:it|them) up|hide|hiding|make-?up)\b[^.?!]{0,40}\b(?:(?:doesn'?t|doesnt|won'?t|wont|can'?t|cant) see|not see|nobody sees|no one sees)\b[^.?!]{0,25}\b(?:marks?|bruises?|welts?|cuts?|burns?)\b"
    r"|\b(?:marks?|bruises?|welts?|burns?|cuts?)\b (?:that )?(?:my )?(?:dad|daddy|mum|mom|mummy|mommy|step ?\w+|uncle|he|she|they) (?:made|gave|left|did)\b|\b(?:marks?|bruises?|welts?|cuts?|burns?|scars?|bumps?)\b[^.?!]{0,25}\bfrom (?:the|his|her|their|a|dad'?s|mom'?s|mum'?s) (?:belt|hanger|stick|cord|cable|wooden spoon|spoon|ruler|shoe|slipper|whip|hand|fist|lighter|cigarette|iron|switch|paddle)\b"
    r"|\b(?:marks?|bruises?|welts?|burns?)\b[^.?!]{0,60}\b(?:so (?:no one|nobody|people|my teacher) (?:sees|can see|asks|notices?|won'?t see)|hide (?:them|it)|long sleeves|cover (?:them|it) up)\b"
)
SELF_HIT_BY = prefiltered(
    r"\b(?:run|running|ran|walk|walking|jump|jumping|step|stepping|lie|lying|stand|standing)\b[^.?!]{0,25}\b(?:into|in front of|onto|on) (?:the|a) (?:road|street|highway|traffic|tracks|train|bus|car|truck)\b[^.?!]{0,30}\b(?:so|and let|hope|until|till)\b[^.?!]{0,15}\b(?:hits?|runs? over|kills?|hurts?) me\b"
    r"|\bso (?:that )?(?:a|the) (?:car|bus|truck|train) (?:will |would |could )?(?:hits?|runs? (?:me )?over|kills?|crush(?:es)?) me\b"
)
NEVER_BORN = prefiltered(
    r"\b(?:should(?:n'?t)? (?:have|of|'?ve) (?:never )?been born|never should (?:have|'?ve) been born|should (?:have|'?ve) never been born|i(?:'?m| am| was) a mistake|wish (?:i|you) (?:was|were|had) never (?:been )?born)\b"
)
SHARP_TO_SELF = prefiltered(
    r"\b(?:knife|blade|razor|scissors|glass|shard|lighter|compass|needle|pin)\b[^.?!]{0,20}\b(?:to|on|against|across|into|over) (?:my|mine) (?:wrists?|arms?|throat|neck|skin|legs?|thighs?|stomach|chest)\b"
)
PILLS_DELIBERATE = prefiltered(
    r"\b(?:took|take|taking|swallowed|ate|had)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|some|extra|a handful|a bunch)\s+(?:of\s+)?(?:the\s+|my\s+|mom'?s\s+|dad'?s\s+|mum'?s\s+|moms\s+|dads\s+)?(?:\w+\s+)?(?:pills|tablets|meds|painkillers|sleeping pills)\b[^.?!]{0,30}\b(?:to see|on purpose|so (?:i|that)|because|what (?:would|will) happen|to feel|to sleep forever|to not)\b"
)
ONLINE_FLATTERY = prefiltered(
    r"\b(?:beautiful|pretty|gorgeous|sexy|hot|cute|stunning|perfect body)\b"
)
INTIMATE_QUESTION = prefiltered(
    r"\b(?:asks?|asked|asking|wants to know|wanted to know)\b[^.?!]{0,15}\b(?:if|whether|how many|what)\b[^.?!]{0,20}\b(?:kissed|kiss|boyfriend|girlfriend|bra|shave|period|puberty|developed|virgin|made out|dated|crush on him)\b"
)
TEDDY_BEDROOM = prefiltered(
    r"\b(?:door|doors) (?:is |are )?(?:locked|lock|closed|shut)\b[^.?!]*\?|\b(?:own room|sleep alone|alone in your (?:room|bed)|your bedroom door|what do you wear (?:to bed|in bed)|when do you (?:take a bath|shower|get undressed))\b"
)
TEDDY_KEEP_SECRETS = prefiltered(
    r"\bkeep(?:s|ing)? (?:secrets|each other'?s secrets|our secrets|secrets for)\b|\bonly (?:talk to|trust|tell|need) me\b|\b(?:grown ?-?ups|adults|parents|your parents|your (?:mom|mum|dad)|they) (?:don'?t|do not|won'?t|never) (?:get it|understand)\b"
)


# Round 19: no point in waking up, goodbye letters, wishing a car would hit me, thinking
# about letting go at an edge, hurting myself because I deserve it.
POINTLESS_LIFE = prefiltered(
    r"\b(?:(?:don'?t|dont|do not|can'?t|cant|cannot|no longer) see (?:the|any|a) point|what'?s the point|whats the point|there'?s no point|theres no point|no point|not any point|pointless)\b[^.?!]{0,6}\b(?:of |in |to )?(?:waking up|getting up in the morning|living|being alive|staying alive|being here|being me|existing|going on|carrying on|me being here|life|trying anymore|anything anymore|me anymore)\b"
)
GOODBYE_NOTE = prefiltered(
    r"\b(?:wrote|written|writing|write|left|leave|leaving|made|making|hid|hidden)\b[^.?!]{0,15}\b(?:goodbye|good-?bye|good bye|suicide|farewell|last|final) (?:letters?|notes?|messages?|videos?)\b"
    r"|\b(?:wrote|written|writing|write|left|leave|leaving|made|making|hid)\b[^.?!]{0,6}\b(?:a |my )?(?:note|letter|message)\b[^.?!]{0,25}\b(?:goodbye|good-?bye|bye forever|sorry for everything|sorry and goodbye)\b"
)
GOODBYE_BENIGN = prefiltered(
    r"\b(?:teacher|miss|mr|mrs|retir\w*|moving|moved|leaving (?:school|the school|our school|class)|last day|pen ?pals?|summer|camp|holiday|class|classmates|nursery|the school|new school|funeral|grave|in the story|in the book|character)\b"
)
WISH_HIT = prefiltered(
    r"\b(?:wish|hope|hoping|want|wanna|pray|praying)\b[^.?!]{0,12}\b(?:a|the|some)\s+(?:car|bus|truck|lorry|train|van|lightning|tree)\b[^.?!]{0,10}\b(?:would |will |to |could |might )?(?:hit|hits|run me over|runs me over|ran me over|kill|kills|crush(?:es)?|squash(?:es)?|fall on) me\b"
    r"|\b(?:wish|hope|hoping|want|wanna|pray)\b[^.?!]{0,10}\b(?:a|the|some)\s+(?:car|bus|truck|lorry|train|van)\b[^.?!]{0,8}\b(?:would |will |to |could )?(?:come|comes|get me|gets me)\b"
    r"|\b(?:want|wish|hope|hoping)\b[^.?!]{0,6}\b(?:someone|somebody|something|a person|a monster)\b[^.?!]{0,6}\b(?:would |will |to |could )?(?:kill|shoot|stab|end) me\b"
    r"|\b(?:wish|hope|hoping|want|wanna|pray)\b[^.?!]{0,10}\bi (?:get|got|would get|'?d get) (?:hit|run over|killed)\b(?! (?:by the ball|by a ball|in the game|with a snowball|with water))"
)
EDGE_THOUGHT = prefiltered(
    r"\b(?:want|wanna|going to|gonna|feel like|thinking about|think about|wish i could)\b[^.?!]{0,6}\b(?:jump\w*|throw\w* my ?self|fall\w*|fling my ?self)\b[^.?!]{0,8}\b(?:off|out of|from|down)\b[^.?!]{0,20}\b(?:window|roof|bridge|cliff|balcony|building|stairs|tower|car park|multi-?storey)\b(?![^.?!]{0,20}\b(?:into the (?:pool|water|sea|lake)|like superman|like a superhero|onto the trampoline|into the snow|for fun)\b)|"
    r"\b(?:stand|stands|standing|stood|sit|sitting|sat|lean|leaning|leant|climb\w*|go|went)\b[^.?!]{0,25}\b(?:bridge|edge|roof|cliff|ledge|balcony|window ?sill|railway|platform|tracks|top of the (?:car park|building|tower))\b[^.?!]{0,40}\b(?:think|thinking|thought|imagine|imagining|wonder\w*|want\w*|wish\w*|feel like|tempted)\b[^.?!]{0,20}\b(?:letting go|let go|jump\w*|fall\w*|step\w* off|go(?:ing)? over|tip\w* over)\b"
)
DESERVE_HURT = prefiltered(
    r"\b(?:deserve|deserved|deserving)\b[^.?!]{0,15}\b(?:to hurt|to be hurt|hurt|pain|to suffer|to bleed|it|to be punished|punish\w*|to feel bad|bad things)\b"
)
SELF_DONE = prefiltered(
    r"\b(?:(?:do|did|doing|does) (?:it|that|this) to my ?self|(?:hurt|hurting|hit|hitting|cut|cutting|scratch\w*|punish\w*|burn\w*|bite|biting|bit|pinch\w*|starve|starving|bash\w*|bang\w*) my ?self|(?:pull|pulling|rip|ripping|tear|tearing) (?:out )?my (?:own )?hair)\b"
)

# A photo of someone's genitals sent to the child, "a special friendship", running away to
# live with someone online, questions about underwear, "sleep with", grabbing bodies.
GENITAL_MEDIA = prefiltered(
    r"\b(?:pics?|pictures?|photos?|videos?|selfies?|snaps?|vids?)\b[^.?!]{0,10}\bof (?:his|her|their|a man'?s|a guy'?s|the man'?s|some \w+'?s) (?:thing|things|privates?|private (?:parts?|area|bits)|willy|willie|penis|dick|wee ?wee|pee ?pee|bits|down there|body with no|naked body|bare)\b"
    r"|\b(?:dick ?pics?|d pics?|nude (?:pics?|selfies?|photos?))\b"
)
SPECIAL_BOND = prefiltered(
    r"\b(?:special|secret|grown[- ]?up|private|unique|different kind of) (?:friendship|relationship|bond|connection)\b"
    r"|\b(?:other people|others|people|anyone else|anybody else|nobody else|no one else|(?:my|your|ur) (?:parents|mum|mom|dad|family|friends)|they)\b (?:wouldn'?t|would not|won'?t|will not|don'?t|do not|never|can'?t|could not|couldn'?t) (?:ever )?(?:understand|get it|get us)\b"
)
RUN_AWAY_WITH = prefiltered(
    r"\b(?:run away|runaway|come|move|go|leave home)\b[^.?!]{0,15}\b(?:and |to )?(?:live|stay|be) with (?:him|her|them)\b|\brun away (?:with|to) (?:him|her|them)\b|\b(?:run away|run off|go away|escape) together\b|\bcome (?:and )?live with (?:me|us)\b"
)
UNDERWEAR_ASK = prefiltered(
    r"\b(?:asks?|asked|asking|wants to know|wanted to know|keeps? asking)\b[^.?!]{0,25}\b(?:underwear|undies|knickers|panties|bra|bras|boxers|what i (?:wear|sleep) (?:to|in) bed)\b"
)
UNDERWEAR_CARE = prefiltered(
    r"\b(?:mom|mum|mommy|mummy|grandma|nana|granny|shop|laundry|wash|clean|pe kit|swimming)\b"
)
WEARING_ASK = prefiltered(
    r"\b(?:asks?|asked|asking|wants to know|keeps? asking)\b[^.?!]{0,20}\bwhat (?:i'?m|im|i am|i was|u r|you'?re) wearing\b"
)
SLEEP_WITH = prefiltered(
    r"\b(?:he|she|they|someone|somebody|a man|a guy|a boy|a lady|a woman|an? \w+ (?:man|guy|boy|lady))\b[^.?!]{0,25}\b(?:wants?|wanna|wanted|asked|asks|said|says)\b[^.?!]{0,10}\bto (?:sleep with|have sex with|do it with|hook up with|make love to|make love with)\b(?! (?:teddy|my teddy|a teddy|the light|a nightlight))"
    r"|\bwhat (?:does|do|is|did)\b[^.?!]{0,35}\b(?:sleep with (?:you|u|me|him|her|them|someone|somebody|each other)|sleeping with (?:you|u|me|him|her|them|someone)|slept with|hook(?:ing)? up|make love|making love|have sex|having sex|do it with)\b"
)
GRAB_BODY = prefiltered(
    r"\b(?:grab\w*|touch\w*|pinch\w*|slap\w*|squeez\w*|feel\w* up|rub\w*)\b[^.?!]{0,10}\b(?:girls'?|boys'?|her|his|their|people'?s|everyone'?s|kids'?)\s+(?:chests?|boobs?|breasts?|butts?|bums?|bottoms?|privates?|private parts?|crotch\w*)\b"
)
GRAB_BENIGN = prefiltered(
    r"\b(?:lol|haha\w*|tag|game|doctor|nurse|hurt|pain|ache|cpr|first aid|baby|nappy|diaper)\b"
)

# The teddy: closer than the parents, which window is the bedroom, touching yourself,
# when the parents get home.
TEDDY_EXCLUSIVE = prefiltered(
    r"\bmore than (?:your|ur) (?:parents|mum|mom|mummy|mommy|dad|daddy|family|friends|brother|sister)\b"
    r"|\b(?:doesn'?t|don'?t|does not|do not|never|can'?t) (?:really |truly )?(?:love|care about|understand|get|know) (?:you|u) (?:like|the way|as much as|as well as) (?:i|me)\b"
    r"|\blove (?:you|u) (?:more|better) than (?:your|ur|they|anyone|anybody)\b"
    r"|\b(?:keep|keeping) (?:our|these|this|my|all our) (?:talks?|chats?|conversations?|games?|messages|time|friendship)\b[^.?!]{0,15}\b(?:(?:just|only) )?(?:for|between) (?:us|you and me)\b"
    r"|\b(?:just|only) (?:for|between) (?:us|you and me)\b(?! (?:to (?:eat|share)|and (?:your|ur) (?:mum|mom|dad|family)))"
)
TEDDY_SEXUAL = prefiltered(
    r"\btouch(?:ing|es)? (?:yourself|urself)\b|\b(?:where|how) (?:do )?(?:you|u) like (?:to be |being )?touch\w*\b"
    r"|\b(?:touch\w*|feel\w*|play\w*|rub\w*) (?:with )?(?:yourself |urself |you |u )?down there\b|\b(?:show|send|tell) me (?:about )?your (?:private parts|privates|bare body|naked body)\b"
)
TEDDY_WHERE_BEDROOM = prefiltered(
    r"\bwhich (?:window|room|house|door|one) is (?:yours|your (?:bed)?room|your bedroom|your house|you)\b|\bwhere (?:is|'?s) your (?:bed)?room\b|\bwhat does your bedroom look like\b|\bwhich window\b"
)
TEDDY_PARENT_HOME = prefiltered(
    r"\b(?:when|what time|how long (?:until|till|before))\b[^.?!]{0,20}\b(?:mom|mum|mommy|mummy|dad|daddy|parents|grown ?-?ups|babysitter)\b[^.?!]{0,15}\b(?:get home|gets home|come home|comes home|home from work|back from work|finish work|finishes work|leave for work|go to work|goes to work|leave the house|leaves the house)\b"
)


# Paraphrase batch: self-harm kept ready or evident, neglect, "does stuff to me", exposure,
# wanting to see nudity, parents undermined by someone; the teddy normalising abuse.
SH_READY = prefiltered(
    r"\b(?:razor|blades?|knife|pills|tablets)\b[^.?!]{0,40}\b(?:for when (?:it|things|i)|in case i need|when it gets (?:bad|too much|hard))\b"
    r"|\b(?:cuts?|scars?|slashes|lines)\b[^.?!]{0,10}\b(?:on|in|across) my (?:wrists?|thighs?|forearms?)\b|\bmy (?:wrists?|thighs?|forearms?) (?:have|has|are|is) (?:got )?(?:cuts?|scars?|bleeding|cut)\b"
    r"|\b(?:made|make|making) my ?self (?:sick|throw up|vomit|puke)\b[^.?!]{0,30}\b(?:on purpose|hate my body|fat|thin|again|so i)\b"
    r"|\b(?:gave|giving|give) (?:all |away )?(?:my|all my) \w+\b[^.?!]{0,25}\b(?:won'?t|wont|will not|not going to|not gonna) (?:need|be (?:here|around))\b"
    r"|\bif i (?:was|were|wasn'?t|wasnt) (?:gone|dead|not here|not around|never born)\b[^.?!]{0,40}\b(?:would|wouldn'?t|wouldnt|better|happier|easier|have to)\b"
    r"|\bif i (?:\w+ ){0,4}(?:died|was dead|were dead|didn'?t wake up)\b[^.?!]{0,20}\b(?:would be|that'?d be|it'?d be) (?:ok|okay|fine|good|better|nice|alright|a relief)\b"
    r"|\b(?:how to|way to|ways to) (?:make it|do it|go) painless\w*\b|\bpainless(?:ly)? (?:way|death|method)\b|\blet (?:the )?(?:waves|water|sea|river|current) (?:take|carry|pull) me\b"
    r"|\b(?:hurt|cut|scratch|burn|hit|bruise|bash|punch)\w* (?:my (?:arms?|legs?|wrists?|skin|hands?|tummy|stomach|face|head)|my ?self)\b[^.?!]{0,25}\bon purpose\b"
    r"|\b(?:sav\w*|hid\w*|hiding|collect\w*|stash\w*|keep\w*|kept)\b[^.?!]{0,20}\b(?:pills|tablets|meds|medicine|painkillers)\b[^.?!]{0,40}\b(?:all at once|at once|all together|in one go|so i can take)\b"
    r"|\b(?:tied|tie|tying|wrapped|wrap|put|pulled|pull)\b[^.?!]{0,20}\b(?:scarf|rope|belt|cord|string|tie|lead|wire|cable|shoelaces?|tights)\b[^.?!]{0,20}\b(?:round|around|on) my neck\b[^.?!]{0,30}\b(?:tight|to see|till|until|so i|can'?t breathe|chok\w*)"
    r"|\b(?:bang|hit|punch|smash|bash)\w*\b[^.?!]{0,20}\b(?:fists?|head|hands?|knuckles?|arms?)\b[^.?!]{0,15}\b(?:on|against|into) (?:the|a|my) (?:wall|floor|door|desk|table)\b[^.?!]{0,50}\b(?:until|till|so (?:the|it|i)|on purpose|make it stop|feeling stops|to feel)\b"
    r"|\b(?:til|till|until|before|then|so) i (?:end|finish) it(?: all)?\b(?!\s+(?:with|by|there|here|at|now|early|off))"
)
SH_JOKE = prefiltered(
    r"\b(?:lol|lmao|haha\w*|jk|embarrass\w*|cringe|game|story|book|level|dentist|injection|vaccine)\b"
)
CARER = prefiltered(
    r"\b(?:mum|mom|mummy|mommy|mama|dad|daddy|papa|father|mother|step ?(?:mum|mom|dad|mother|father)|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|aunt|auntie|aunty|uncle|carer|foster \w+|babysitter|(?:mum|mom|dad)'?s (?:boyfriend|girlfriend))\b"
)
CARER_HURTS = prefiltered(
    r"\b(?:pinch\w*|hits?|hitting|slaps?|slapping|kicks?|kicking|punch\w*|beats?|beating|chokes?|choking|bites?|biting|scratch\w*|burns?|whips?|smacks?|drags?|throws?|shakes?|strangles?)\s+me\b[^.?!]{0,30}\b(?:hard|every|till|until|when|if|and (?:says|calls|tells)|for no reason|again|bleed|bruise)\w*"
)
GET_THE_BELT = prefiltered(
    r"\b(?:get|got|gets|getting) the (?:belt|slipper|strap|wooden spoon|stick|cane)\b(?! (?:from the|off the|out of|for my|to wear))"
)
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
    r"|\b(?:puts?|put|stuck|sticks) (?:his|her|their) (?:fingers?|hands?) (?:in|inside|up) my (?:privates?|private (?:parts?|area|bits)|bum|bottom|vagina|front bottom|wee ?wee)\b"
)
EXPOSURE = prefiltered(
    r"\b(?:showed|shows|flashed|flashes|flashing|showing)\b[^.?!]{0,20}\b(?:his|her|their) (?:willy|willie|penis|privates|private parts|thing|boobs|wee ?wee|dick|front bottom)\b"
)
SEE_NUDITY = prefiltered(
    r"\b(?:want|wanna|wish i could|can i|let me|i'?d like to)\b[^.?!]{0,10}\b(?:see|watch|look at)\b[^.?!]{0,15}\b(?:naked|nude|boobs|willies|privates|porn|sexy (?:ladies|girls|videos|pics))\b"
)
MATURE = prefiltered(
    r"\b(?:mature|grown[- ]?up|old) for (?:my|your|ur|her|his) age\b|\bso mature\b"
)
PARENTS_UNDERMINED = prefiltered(
    r"\b(?:says?|said|told me|tells me)\b[^.?!]{0,40}\b(?:my|your|ur) (?:parents|mum|mom|dad|family)\b[^.?!]{0,10}\b(?:just )?(?:want to control|control|controls|don'?t (?:really )?(?:understand|care about|love)|are too strict|are jealous|would ruin|wouldn'?t understand|are lying)\b"
    r"|\b(?:says?|said|told me|tells me)\b[^.?!]{0,15}\b(?:he'?s|she'?s|he is|she is|they'?re) (?:my|the) (?:only|real|true) (?:friend|family)\b"
)
TEDDY_MORE = prefiltered(
    r"\b(?:i'?m|i am) the only one who (?:really |truly )?(?:listens|understands|cares|loves|gets)\b|\b(?:your|ur) (?:parents|mum|mom|dad|family) never (?:do|listen|understand|care)\b"
    r"|\b(?:don'?t|do not|no need to) (?:need to |have to )?tell (?:anyone|anybody|your (?:parents|mum|mom|dad))\b"
    r"|\b(?:tell me|what'?s) (?:where you live|your address)\b|\b(?:i'?ll|i will|i can|let me) (?:come and |come to )?(?:visit|find) you\b"
    r"|\b(?:show|tell|send) me\b[^.?!]{0,25}\b(?:in the (?:bath|shower|bathtub)|in your (?:pyjamas|pajamas|underwear|undies|towel)|undressed|without (?:your )?clothes)\b"
    r"|\btake (?:your|ur) (?:clothes|shirt|top|pants|trousers|underwear|pyjamas|pajamas|dress|t-?shirt) off\b|\b(?:what you look like|look) under (?:your|ur) (?:clothes|shirt|top|pants|skirt|dress|pyjamas|towel)\b"
)
TEDDY_NORMALISES = prefiltered(
    r"\b(?:hid\w*|cover\w*|don'?t show|keep)\b[^.?!]{0,15}\b(?:the |your |those )?(?:bruises?|marks?|cuts?|burns?|injur\w*)\b|\bkiss\w*\b[^.?!]{0,25}\b(?:on the (?:mouth|lips)|grown[- ]?ups|adults)\b[^.?!]{0,30}\b(?:special|secret|friends do|normal|okay|ok|fine)\b"
    r"|\b(?:it'?s|is|that'?s) (?:normal|okay|ok|fine|good) (?:for (?:grown[- ]?ups|adults|parents|dads?|mums?|moms?|uncles?) )?to (?:lock|hit|smack|beat|slap|hurt|touch|starve|belt|punish|shut)\b"
    r"|\b(?:touch\w*|hits?|hurts?|smacks?|kiss\w*) (?:you|u)\b[^.?!]{0,30}\b(?:just means|means|because) (?:he|she|they) (?:loves?|cares?)\b"
)

PARENT_CHECK = prefiltered(
    r"\b(?:if|whether) (?:my|your|ur) (?:parents|mum|mom|dad|family) (?:ever )?(?:check|checks|look at|looks at|read|reads|see|sees|go through|goes through) (?:my|your|ur) (?:phone|messages|tablet|chats|ipad|texts)\b"
)
GIFT_DEVICE = prefiltered(
    r"\b(?:sent|sends|gave|gives|bought|buys|got|posted)\b[^.?!]{0,10}\bme\b[^.?!]{0,10}\b(?:a |an |his old )?(?:phone|sim|sim card|tablet|ipad|laptop|webcam)\b[^.?!]{0,40}\b(?:just for|only for|to talk to|talking to|so we can|so (?:i|he|she) can (?:call|text|message)|secret)\b"
)
