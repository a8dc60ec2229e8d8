# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Patterns of meaning: concepts found anywhere in a clause window, combined into findings.

The phrase tables in the other rule modules need the words in a particular order. Children
rarely oblige ("my coach says its our special secret when he gives me massages"), so this
stage tags concepts (an adult or online actor, something hidden from parents, touching,
a private place, nudity, a camera, a lure, a threat about telling) and decides on the
combination: secrecy + adult + touch is grooming or abuse whatever the word order.
"""

from __future__ import annotations

import re
from functools import cached_property

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, SEVERE, Finding

G = SafetyCategory.GROOMING
A = SafetyCategory.ABUSE
X = SafetyCategory.SEXUAL
S = SafetyCategory.SELF_HARM
V = SafetyCategory.VIOLENCE

_ADULT = re.compile(
    r"\b(?:dad|daddy|father|papa|step ?(?:dad|mom|mum|father|mother|brother|sister)|uncle|aunt|auntie|aunty|grandpa|grandad|granddad|"
    r"grandfather|gramps|babysitter|baby ?sitter|sitter|nanny|teacher|coach|neighbou?r|tutor|priest|pastor|counsel?lor|bus driver|"
    r"instructor|(?:mom|mum|mommy|mummy|mama|dad|mother|father)'?s (?:new )?(?:boyfriend|girlfriend|friend|husband|wife|partner)|boyfriend|husband|partner|cousin|older (?:boy|girl|kid|brother|sister)|"
    r"big (?:brother|sister|kid|boy)|man|men|guy|lady|woman|grown ?up|adult|stranger|person|someone|somebody|teenager|teen|"
    r"(?:1[6-9]|[2-9]\d) ?(?:yo|y/o|years? old|yr old)|he|she|him)\b"
)
_ONLINE = re.compile(
    r"\b(?:online|internet|gaming|twitch|twitter|reddit|omegle|cashapp|venmo|met (?:online|gaming|playing|on \w+|in \w+)|(?:in|from|on) (?:the|a|my|that) game|game friend|gaming friend|roblox|fortnite|minecraft|discord|tiktok|youtube|snapchat|snap|"
    r"instagram|insta|whatsapp|kik|xbox|playstation|steam|among us|chat|server|dms?|(?:he|she) (?:messaged|messages|texts|texted|dmed))\b"
)
_ASKS = re.compile(
    r"\b(?:wants?|wanted|asks?|asked|asking|keeps? asking|told|tells|telling|says?|said|makes?|made|dared?|tries to get|tried to get|begs?|begged|invited|invites)\b"
    r"[^.?!]{0,16}\b(?:me|us)\b|\b(?:let'?s|can we|could we|wanna|want to)\b"
)
_CAMERA = re.compile(
    r"\b(?:ipad|tablet|video ?call\w*|facetime\w*|call (?:him|her|them|me)|webcam|cam|camera|live ?stream\w*|go live|pics?|pictures?|photos?|selfies?|videos?|film|filming|films|record\w*|snaps?)\b"
)
_PRIVATE_PLACE = re.compile(
    r"\b(?:closet|wardrobe|under the stairs|bathroom|bath|bathtub|shower|toilet|changing room|locker room|in (?:my|his|her|the) bed|under the (?:covers|blanket|sheets)|"
    r"in my (?:pj'?s|pjs|pajamas|pyjamas|nightie|nightgown|underwear|undies|towel)|bedroom with the door (?:shut|closed|locked)|"
    r"with the door (?:shut|closed|locked)|lock(?:ed)? the door|when (?:no one|nobody) (?:is|was) (?:home|around|there)|when (?:mom|mum|dad)'?s? (?:is |was )?(?:out|away|asleep|at work))\b"
)
_NUDITY = re.compile(
    r"\b(?:naked|nude|nudes|no clothes|without (?:any |my |his |her |their )?clothes|with (?:his|her|their|my) clothes off|clothes off|"
    r"take (?:off )?(?:my|your|his|her) (?:clothes|shirt|top|pants|shorts|underwear|undies)(?: off)?|no (?:shirt|top|pants|undies|underwear)|"
    r"underwear|undies|panties|bra|boxers|bikini|swimsuit|bathing suit|privates|private (?:parts?|area|spots?|bits|places?)|down there|"
    r"boobs?|butt|bum|bottom|wee ?wee|pee ?pee|willy|penis|vagina|bare|topless|in (?:a|my|the) towel)\b"
)
_SEXY_MEDIA = re.compile(
    r"\b(?:videos?|pictures?|pics?|photos?|movies?|websites?|magazines?|stuff)\b[^.?!]{0,25}\b(?:people|ladies|men|women|girls|boys|grown ?ups)\b[^.?!]{0,20}\b(?:naked|no clothes|without (?:any )?clothes|kissing (?:and|with) no|doing (?:it|stuff|sex|grown ?up stuff))\b"
    r"|\b(?:naked|nude|dirty|rude|grown ?up|adult|sexy|private)\b (?:videos?|pictures?|pics?|photos?|movies?|websites?|magazines?|stuff)\b"
)
_SHOWS = re.compile(
    r"\b(?:shows?|showed|shown|showing|sends?|sent|made me watch|makes me watch|let me watch|lets me watch|watch(?:es|ed)? with me)\b"
)
_CONTACT = re.compile(
    r"\b(?:massages?|massaging|rubs?|rubbed|rubbing|touch(?:es|ed|ing)?|tickles? (?:me )?(?:under|in|down|on my (?:butt|bum|privates|chest|legs?|thighs?))|"
    r"kiss(?:es|ed|ing)? me|sit on (?:his|her) lap|sits? me on (?:his|her) lap|on (?:his|her) lap|lie(?:s)? (?:down )?(?:with|next to) me|"
    r"gets? (?:in|into) (?:my|the) bed|comes? (?:in|into) my (?:room|bed)|came (?:in|into) my (?:room|bed)|sneaks? (?:in|into)|"
    r"sleeps? in my bed|cuddl\w* (?:me )?(?:in bed|at night|naked)|bath(?:e|es)? (?:with )?me|showers? with me|help(?:s)? me (?:undress|change)|"
    r"undress\w*|do stuff|did stuff|play a (?:special |secret )?game|puts? (?:his|her|their) (?:hands?|fingers?|mouth)|put (?:his|her|their) (?:hands?|fingers?|mouth))\b"
)
_SECRECY = re.compile(
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
_BENIGN_SECRET = re.compile(
    r"\b(?:surprise|present|gift|birthday|party|christmas|santa|handshake|crush|recipe|tooth fairy|easter|card|mother'?s day|father'?s day|"
    r"fort|clubhouse|treasure|game level|spoiler|cake|pranks?|hide and seek|hide ?-?and ?-?go ?-?seek|hiding spot|hidden object|easter eggs?)\b"
)
_LURE = re.compile(
    r"\b(?:come|go|get|hop|climb|ride|walk|sit|stay|wait)\b[^.?!]{0,25}\b(?:in|into|to|inside|see|look)\b[^.?!]{0,25}\b(?:his|her|their|a|the) (?:van|car|truck|house|place|apartment|flat|home|shed|garage|room)\b"
    r"|\b(?:puppies|puppy|kittens?|candy|sweets|lollies|ice cream|toys?|games?|robux|v-?bucks|money)\b[^.?!]{0,30}\b(?:in|at) (?:his|her|their) (?:van|car|truck|house|place|apartment|home)\b"
    r"|\b(?:see|show (?:me|you)) something (?:cool|special|fun|secret|neat|awesome)\b[^.?!]{0,20}\b(?:in the (?:bushes|woods|trees|van|car|shed|alley)|behind (?:the|a)|over there|in (?:his|her) (?:house|car|van|room))\b"
    r"|\bcome (?:see|visit|meet|stay with) (?:him|her|them)\b|\bsend (?:me )?(?:an? )?(?:uber|taxi|cab|car|lyft|(?:bus |train |plane )?tickets?) (?:to|for|so)\b"
    r"|\b(?:wait for me|waiting for me|find me|come find me|see me in person|come to my (?:house|school)|pick me up|picks me up|picking me up|meet (?:up|me|him|her|in person|irl)|meetup|meet-up|come over to (?:his|her)|come to (?:his|her) (?:house|place))\b"
)
_UNKNOWN_ACTOR = re.compile(
    r"\b(?:stranger|a (?:man|guy|lady|woman|grown ?up|grownup|adult|person|teenager)|some (?:man|guy|lady|woman|grown ?up|adult|person|teenager)|"
    r"(?:man|guy|lady|woman|person|grown ?up|grownup) (?:at|in|from|on) (?:the|a)|(?:someone|somebody|a person|a man|a lady) i (?:don'?t|didn'?t) know)\b"
)
_IF_TELL = re.compile(
    r"\b(?:if (?:i|you|u) (?:ever )?(?:tell|told|say|said|talk|tells)|if (?:anyone|anybody|mom|mum|dad|my \w+) (?:finds? out|knows?|found out)|"
    r"(?:not to|don'?t|never|or else don'?t) tell (?:anyone|anybody|or)|tell (?:anyone|anybody) or)\b"
)
_THREAT = re.compile(
    r"\b(?:hurt|kill|hit|beat|send (?:me|us) away|take (?:me|us) away|take my \w+ away|go to jail|get (?:me|us|mom|mum|dad) (?:in trouble|taken)|"
    r"say (?:i|i'?m) (?:lied|lying|a liar|making it up)|call me a liar|lock me|leave (?:me|us)|never see|won'?t love|will be sorry|be sorry|make me pay|get rid of|give (?:away )?my \w+ away|punish|"
    r"burn|break my|split (?:us|the family) up|nobody will believe|no one will believe|they won'?t believe|won'?t believe (?:me|you))\b"
)
_THIRD_PERSON_DEATH = re.compile(
    r"\b(?:someone|somebody|a person|a kid|a child|people|kids|anyone|a friend|my friend)\b[^.?!]{0,25}\b(?:wanted|wants|want|wanting|tried|trying|tries|decided|was going|were going)\b[^.?!]{0,10}\b"
    r"(?:to die|to kill (?:themselves|themself|himself|herself)|to hurt (?:themselves|themself|himself|herself)|to end (?:it|their life|his life|her life)|to not be alive|to disappear forever|to not exist)\b"
    r"|\bhow (?:do|does|would|could|can|did) (?:someone|somebody|a person|people|kids|you|u|one)\b[^.?!]{0,15}\b(?:kill (?:themselves|themself|yourself|urself|himself|herself)|die (?:fast|quick|without|painless)|end (?:their|your|ur) (?:own )?life|hurt (?:themselves|yourself|urself) (?:really|badly|without))\b"
    r"|\b(?:what|which) (?:is|'?s) the (?:easiest|fastest|quickest|best|least painful|painless) way to die\b"
)
_HOW = re.compile(
    r"\b(?:how|what way|what'?s the way|which way|what would|could they|would they|should they)\b"
)
_FICTION = re.compile(
    r"\b(?:in the (?:book|movie|story|show|game)|character|story|book|movie|episode|zombie|dragon|villain|hero|fish|hamster|plant|flower|battery|batteries|phone)\b"
)
_BOMB = re.compile(
    r"\b(?:make|build|making|building|get|buy|bring|take)\b[^.?!]{0,15}\b(?:a |an )?(?:bomb|pipe bomb|explosive|grenade)s?\b"
)
_BOMB_BENIGN = re.compile(
    r"\b(?:bath|seed|glitter|water|stink|cherry|photo|cannon ?ball|paint|flavou?r|calorie|chocolate|hot chocolate|minecraft|game)\s*bombs?\b|\bin (?:minecraft|the game|fortnite|roblox)\b"
)
_PEOPLE_TARGET = re.compile(
    r"\b(?:school|class|classroom|church|teacher|kids|people|him|her|them|my (?:brother|sister|mom|dad|mum))\b"
)
_FAMILY_CARE = re.compile(
    r"\b(?:mom|mum|mommy|mummy|mama|dad|daddy|grandma|nana|granny|doctor|nurse)\b[^.?!]{0,25}\b(?:bath|bathe|shower|wash|washes|washed|help\w* me|dress|change|cream|medicine|checked|check)\b"
)
_SIBLING_ONLY = re.compile(r"^\s*(?:my )?(?:little |baby |younger )?(?:brother|sister)\b")


_DOUBT_LIFE = re.compile(
    r"\b(?:why (?:i|should i|would i|do i)|don'?t (?:see|know) why i|no reason (?:for me )?to|what'?s the point (?:of|in)|can'?t (?:see|find) (?:a|any) reason to|not sure i want to)\b[^.?!]{0,20}\b(?:keep (?:living|going|trying)|go on|be alive|stay alive|live|living|exist|be here)\b"
)
_NO_WAKE = re.compile(r"\b(?:don'?t|dont|do not|won'?t|wont|never|not) wake up\b")
_NO_WAKE_CONTEXT = re.compile(
    r"\b(?:in case|note|letter|goodbye|pills?|tablets|medicine|meds|hope|wish|want|wanna|maybe|if only|how many|how much|forever|so i)\b"
)
_NO_WAKE_BENIGN = re.compile(
    r"\b(?:alarm|late for|on time|early|school bus|lol|haha|sleepy|tired)\b"
)
_LETHAL_QUESTION = re.compile(
    r"\bhow (?:many|much)\b[^.?!]{0,30}\b(?:pills?|tablets|medicine|meds|sleeping pills|painkillers|bleach|poison)\b[^.?!]{0,30}\b(?:die|dead|kill|not wake|never wake|overdose|od|end it|stop breathing)\b"
)
_BODY = r"(?:arms?|legs?|neck|fingers?|hands?|nose|head|face|back|wrists?|ribs?|teeth|jaw)"
_INJURY_THREAT = re.compile(
    rf"\b(?:said|says|told me|threaten(?:s|ed)?|would|will|'?d|'?ll|is going to|gonna)\b[^.?!]{{0,15}}\b(?:break|snap|burn|cut|smash|twist|rip|crack)\s+(?:my|both my)\s+{_BODY}\b"
    rf"|\b(?:broke|snapped|burned|burnt|cut|smashed|twisted|cracked)\s+(?:my)\s+{_BODY}\b[^.?!]{{0,30}}\b(?:on purpose|because|for|as a punishment|to teach)\b"
)
_UNDRESS_CHILD = re.compile(
    r"\b(?:pulls?|pulled|pulling|takes?|took|taking|yanks?|yanked|rips?|ripped|tugs?|tugged)\s+(?:down |off )?my\s+(?:pants|trousers|shorts|underwear|undies|knickers|clothes|skirt|pyjamas|pajamas|pj'?s|shirt|top|nightie)\s*(?:down|off)?\b"
)
_MADE_TOUCH = re.compile(
    r"\b(?:made|makes|making|forces?|forced)\s+me\s+(?:to\s+)?(?:kiss|touch|lick|rub|hug and kiss)\s+(?:him|her|them)\b(?!\s+goodbye|\s+goodnight)|"
    r"\b(?:made|makes|making|forces?|forced|tells|told|wants|wanted|asks|asked|tried to make)\s+me\s+(?:to\s+)?(?:touch|rub|hold|kiss|lick|look at|see|feel)\s+(?:his|her|their)\s+(?:thing|things|private\w*|parts?|pee ?pee|willy|wee ?wee|butt|bum|bottom|body|chest|boobs?|down there|penis|vagina|wiener|stuff)\b"
)
_PICS_ASK = re.compile(
    r"\b(?:asks?|asked|asking|keeps? asking|wants?|wanted|begs?|begging|told me to|tells me to|dared me to)\b[^.?!]{0,20}\b(?:for )?(?:\w+ ){0,2}(?:pics?|pictures?|photos?|selfies?|nudes|videos?|snaps?)\b(?! of (?:my|your|ur) (?:pets?|dog|cat|drawing|house|room|lego|build|castle|art))"
)
_ADULT_AGE = re.compile(
    r"\b(?:1[89]|[2-9]\d) ?(?:yo|y/o|years? old|yr old|yrs old)?\b|\bage is just a number\b|\bgrown (?:man|woman)\b|\bin (?:his|her) (?:20s|30s|40s|twenties|thirties)\b"
)
_ROMANCE = re.compile(
    r"\b(?:bf|gf|boyfriend|girlfriend|loves? me|dating|date|marry|kiss|crush on me|in love|babe|baby girl|my man)\b|\bage is just a number\b"
)
_OWE_PICS = re.compile(
    r"\b(?:owe|owes|pay (?:him|her|them) back with|in return for|in exchange for)\b[^.?!]{0,15}\b(?:pics?|pictures?|photos?|videos?|nudes|selfies?)\b"
)
_PARENT_SCHEDULE = re.compile(
    r"\b(?:asks?|asked|asking|wants to know|wanted to know)\b[^.?!]{0,10}\b(?:what time|when|how long|which days?|if|whether)\b[^.?!]{0,10}\b(?:my )?(?:parents|mom|mum|dad|mommy|daddy|family)\b[^.?!]{0,10}\b(?:leave|leaves|go out|goes out|get home|gets home|come home|are out|is out|work|working|asleep|sleep|away|home)\b"
)
_BATH_WITH = re.compile(
    r"\b(?:baths?|bathe|showers?|sleep in (?:his|her|the same) bed|get (?:in|into) bed)\b[^.?!]{0,10}\bwith (?:my |our )?(?:step ?dad|step ?father|step ?mom|uncle|grandpa|cousin|babysitter|sitter|neighbou?r|coach|teacher|(?:mom|mum|mama)'?s (?:new )?(?:boyfriend|husband|friend)|dad'?s (?:girlfriend|friend)|him|a man|the man|older (?:boy|brother|cousin))\b"
)
_CESSATION = re.compile(
    r"\bnoose\b|\bheart (?:to |would |will |could )?stop\b|\bstop my heart\b|\bstop(?:ped)? breathing (?:forever|for good|and die)\b"
)
_CESSATION_WANT = re.compile(
    r"\b(?:want|wanna|wish|how (?:to|do you|do i)|looked up|look up|search\w*|tie|make|hope|what would happen|thinking)\b"
)
_CESSATION_NOT = re.compile(
    r"\b(?:halloween|costume|decoration|cowboy|western|movie|game|scared me so|when i saw|almost stopped|surprise)\b"
)
_SEX_QUESTION = re.compile(
    r"\bwhat(?:'?s| is| are| does| do)\b[^.?!]{0,12}\b(?:dick|d1ck|cock|pussy|boobs|tits|blowjob|blow job|porn|p0rn|horny|cum|boner|orgasm|condoms?|masturbat\w*|nudes|69|thot|sexting|dildo|stripper)\b"
)
_WAYS_TO_DIE = re.compile(
    r"\b(?:ways?|how|methods?) to (?:not be alive|stop living|stop existing|not exist|never wake up|die|kill (?:my ?self|yourself|urself)|end (?:it|my life|your life)|unalive)\b"
)
_WEARY_LIFE = re.compile(
    r"\b(?:tired|sick|done|exhausted) (?:of|with) (?:living|being alive|life|existing|being me|everything and everyone)\b"
    r"|\b(?:sleep|fall asleep|go to sleep|close my eyes) and (?:just )?(?:be gone|disappear|vanish|never (?:wake|come back)|not (?:wake|come back)|stay gone)\b"
)
_NOT_COME_BACK = re.compile(
    r"\b(?:sleep|walk|go|wander|swim|lie down)\b[^.?!]{0,25}\b(?:snow|cold|river|sea|ocean|lake|woods|forest|forever|away)\b[^.?!]{0,15}\b(?:not|never) (?:come back|wake up|return)\b"
)
_INTRUDES = re.compile(
    r"\b(?:comes?|came|walks?|walked|barges?|barged|opens? the door|sneaks?|snuck)\s+(?:in|into)\s+(?:the|my)\s+(?:bathroom|shower|room|bedroom)\b[^.?!]{0,25}\bwhen (?:i'?m|im|i am|i was)\s+(?:in the (?:bath|shower|tub)|showering|bathing|changing|getting (?:dressed|changed|undressed)|naked|on the toilet|sleeping|asleep)\b"
)
_PUNISHMENT = re.compile(
    r"\b(?:as (?:a )?punishment|to punish me|for punishment|to teach me a lesson|when i'?m (?:bad|naughty)|if i (?:cry|talk back|wet the bed|spill))\b"
)
_HARSH = re.compile(
    r"\b(?:cold (?:shower|bath|water)|hot (?:water|sauce|spoon|iron)|for (?:an|one|two|three|\d+) hours?|all night|no (?:food|dinner|water)|kneel|on (?:rice|the floor)|in the (?:dark|cold|closet|basement)|belt|burn\w*|soap in my mouth|hit|hits|beat|beats|whip\w*)\b"
)
_UNDER_CLOTHES = re.compile(
    r"\b(?:under|inside|in|down|into)\s+my\s+(?:underwear|undies|knickers|panties|pants|shorts|pajamas|pyjamas|nightie|swimsuit|diaper|nappy|shirt|skirt|dress)\b"
)
_PINNED = re.compile(
    r"\b(?:lays?|lies|lay|laying|lying|sits?|sat|gets?|got)\s+on top of me\b|\b(?:holds?|held|pins?|pinned)\s+me\s+down\b"
)
_REFUSAL_IGNORED = re.compile(
    r"\b(?:won'?t|wont|doesn'?t|didn'?t|wouldn'?t) (?:get off|stop|let me go|let go)\b|\bwhen i (?:say|said|tell him|told him|tell her|told her) (?:stop|no)\b|\bi (?:can'?t|couldn'?t) (?:breathe|get up|move)\b"
)
_AGE_LIE = re.compile(
    r"\b(?:says?|said|claims?)\b[^.?!]{0,12}\b(?:they'?re|he'?s|she'?s|he is|she is|they are|hes|shes)\s+(?:\d{1,2}|a kid|my age)\b[^.?!]{0,40}\b(?:grown|adult|old man|older|man|woman|lady|beard|looks? (?:way )?older)\b"
)
_SHOW_BODY = re.compile(
    r"\b(?:show|send|see)\s+(?:him|her|them|me)?\s*(?:my|your|ur|me your)\s+(?:feet|foot|legs?|thighs?|body|belly|tummy|chest|butt|bum|back|skin|stomach|armpits?|lips)\b"
    r"|\b(?:show|send)\s+(?:him|her|them|me)\s+(?:under|inside|what'?s under)\s+(?:my|your|ur)\s+(?:shirt|skirt|clothes|dress|top|pants|towel)\b"
)
_CREDENTIAL_ASK = re.compile(
    r"\b(?:needs?|wants?|asked (?:me )?for|asks (?:me )?for|asking (?:me )?for|told me to (?:give|send))\b[^.?!]{0,10}\bmy\s+(?:password|login|pin|passcode|log ?in|account)\b"
)
_SILENCED = re.compile(
    r"\b(?:tape|hand|hands|pillow|sock|cloth|rag)\b[^.?!]{0,10}\b(?:on|over|in) my (?:mouth|face|nose)\b|\bso (?:i|that i) (?:wouldn'?t|couldn'?t|can'?t|won'?t|don'?t|didn'?t) (?:scream|yell|shout|cry out|tell|make a sound|breathe)\b"
)
_INJURY_WORDS = re.compile(
    r"\b(?:bruises?|marks?|welts?|cuts?|burns?|scars?|black eye|bleeding|broken (?:arm|wrist|finger|rib))\b"
)
_CONDITIONAL_THREAT = re.compile(
    r"\bif (?:i|you|u) (?:don'?t|dont|didn'?t|didnt|won'?t|wont|stop|ever stop|block|ignore)\b"
)
_RATE_BODY = re.compile(
    r"\brate (?:his|her|my|your|ur|their) (?:body|bod|butt|pics?|looks|face|outfit|abs|chest|legs)\b|\bsend (?:him |her |them )?mine\b"
)
_GIFT = re.compile(
    r"\b(?:give|gives|gave|giving|buy|buys|bought|send|sends|sent|get|gets|got|promised?)\b[^.?!]{0,10}\b(?:me|us)\b[^.?!]{0,15}\b(?:phone|tablet|ipad|sim|money|cash|robux|v-?bucks|gift ?cards?|presents?|gifts?|skins?|games?|candy|sweets|toys?|clothes|makeup|\$\d+|\d+ dollars)\b"
)
_DOUBT_ALIVE = re.compile(
    r"\b(?:why|idk why|don'?t know why|dont know why)\b[^.?!]{0,6}\b(?:i'?m|im|i am|am i)\s+(?:even |still )?(?:alive|here|born|living)\b(?![^.?!]{0,20}\b(?:lol|haha|at this party|in this class|doing this))"
)
_END_IT = re.compile(
    r"\b(?:just|and|by|of|about|thinking|think about) (?:end|ending) it(?: all)?\b(?!\s+(?:with|by|there|here|at|now|early))"
)
_MEANS = re.compile(
    r"\b(?:drink|drinking|swallow|swallowing|eat|eating|take|taking|took|drank)\b[^.?!]{0,15}\b(?:bleach|poison|pills|tablets|medicine|meds|cleaner|chemicals?|rat poison|antifreeze)\b"
    r"|\b(?:jump|jumping|fall|falling|throw my ?self)\b[^.?!]{0,15}\b(?:from|off|out of|out) (?:my|the|a|our|this) (?:window|roof|balcony|bridge|building|cliff|tower|stairs|ledge)\b"
    r"|\b(?:knife|blade|razor|rope|belt|cord|plastic bag|gun)\b[^.?!]{0,20}\b(?:my ?self|my (?:wrists?|neck|throat|arm))\b"
)
_ESCAPE = re.compile(
    r"\b(?:go away|goes away|disappear|stop existing|not be here|be gone|sleep forever|never wake|not wake|it (?:will|would|could|might) (?:all )?(?:stop|end|be over|go away)|all (?:stop|end|be over)|make it stop|so (?:i|it) (?:can|will|would|could) (?:die|stop|end|be over|be gone)|to die|and die|so i die|end it|be dead|nobody would (?:care|miss|notice)|no more pain|stop hurting)\b"
)
_ROMANCE_LABEL = re.compile(
    r"\b(?:his|her) (?:little |special |secret )?(?:girlfriend|boyfriend|wife|husband|lover|bride|sweetheart)\b|\b(?:marry|date|dating) me\b"
)
_WATCHES = re.compile(
    r"\b(?:watch(?:es|ed|ing)?|looks? at|looked at|stares? at|staring at|peeks? at|peeked at|spies on|spying on|spied on|films?|filmed|records?|recorded|takes? (?:pictures|photos|videos) of)\s+(?:me|us)\b[^.?!]{0,30}\b(?:shower|bath|bathtub|toilet|getting (?:dressed|changed|undressed)|changing|undress\w*|naked|sleeping|in bed|in my (?:room|underwear))\b"
)
_WATCH_CARE = re.compile(
    r"\b(?:mom|mum|mommy|mummy|grandma|nana|granny|lifeguard)\b|\b(?:so (?:i|that i) (?:don'?t|dont|do not)|make sure|to be safe|safe)\b"
)
_SECRET_EVENTS = re.compile(
    r"\b(?:what (?:happens|happened|he does|she does|he did|she did|they do|we do|we did|goes on)|the things (?:he|she|they|we) (?:do|does|did)|the (?:bathroom|bedroom|bath|shower) thing|our (?:special|secret) game)\b"
)
_COVER_STORY = re.compile(
    r"\b(?:told|tells|wants|asked|asks|said)\s+me\s+to\s+(?:say|tell (?:my|your|ur) \w+|pretend|lie)\s+(?:that\s+)?(?:i'?m|im|i was|i am|we'?re|we were|i'?ll be)\s+(?:at|with|going|sleeping|staying|in)\b"
    r"|\blie to (?:my|your|ur) (?:parents|mom|mum|dad)\b"
)
_SAYS_HOT = re.compile(
    r"\b(?:says?|saying|said|tells? me|told me|calls? me|called me|thinks?)\s+(?:that\s+)?(?:i'?m|im|i am|i look|i'?m so|me)\s+(?:so\s+|really\s+)?(?:hot|sexy|fit|fine|hottie|a hottie)\b"
)
_ALONE = re.compile(
    r"\b(?:alone|by myself|just (?:us|me and him|me and her|the two of us)|nobody else|no one else|without (?:my|your) (?:parents|mom|mum|dad|friends))\b"
)

_TEDDY_PARENTS_AWAY = re.compile(
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
_TEDDY_SNEAK = re.compile(
    r"\b(?:sneak|sneaking|sneak out|climb out|slip out|without (?:telling|asking) (?:your|ur) (?:parents|mom|mum|dad)|don'?t ask (?:your|ur) (?:parents|mom|mum|dad)|(?:your|ur) (?:parents|mom|mum|dad) (?:are|is) (?:too strict|wrong|mean|unfair|don'?t understand you|won'?t understand))\b"
)
_TEDDY_STARVE = re.compile(
    r"\b(?:don'?t|do not|stop|skip|skipping|not) (?:eat|eating)(?: \w+){0,3}\b[^.?!]{0,40}\b(?:pain|feel better|goes away|go away|thin|thinner|skinny|lighter|prettier|in control|help|works)\b"
    r"|\b(?:pain|feel better|thin|skinny)\b[^.?!]{0,40}\b(?:don'?t|do not|stop|skip|not) (?:eat|eating)\b"
    r"|\b(?:starve|starving) (?:yourself|urself)\b|\bmake (?:yourself|urself) (?:throw up|sick|bleed)\b"
)
_TEDDY_CRUEL = re.compile(
    r"\b(?:nobody|no one|noone) (?:would|will|'?d) (?:even )?(?:miss|care about|notice|cry for) (?:you|u)\b|\bbetter (?:off )?without (?:you|u)\b|\b(?:you|u) (?:should|could) (?:just )?(?:disappear|go away forever|not exist)\b|"
    r"\b(?:you|u) (?:deserve|deserved) (?:to )?(?:feel bad|be sad|be hurt|get hurt|suffer|cry|be punished|it|pain|to be alone|to be hit)\b"
    r"|\b(?:hits?|hurts?|touches|beats?|slaps?|yells? at) (?:you|u)\b[^.?!]{0,30}\b(?:because you|your (?:own )?fault|you (?:were|are|must have been) (?:naughty|bad)|you deserve)\b"
)
_TEDDY_SAFETY_TALK = re.compile(
    r"\b(?:never|tell a grown[ -]?up|tell (?:your|a) (?:mom|mum|dad|parents?|teacher)|trusted (?:adult|grown[ -]?up)|grown[ -]?ups? you trust|if (?:someone|anyone|somebody|a stranger|a person)|not okay|isn'?t okay|is not okay|not safe|please tell|it'?s important to eat|always eat|shouldn'?t|should not|don'?t have to keep)\b"
)


_INTRUSION = re.compile(
    r"\b(?:hands?|fingers?|mouth)\b[^.?!]{0,10}\b(?:in|inside|into|down|under|up) (?:my|the back of my) (?:underwear|undies|knickers|pants|panties|shorts|pajamas|pyjamas|pj'?s|nightie|nightgown|skirt|dress|clothes|swimsuit|diaper|nappy)\b"
)
_TOUCH_BODY = re.compile(
    r"\b(?:touch(?:es|ed|ing)?|rubs?|rubbed|rubbing|strokes?|stroked|feels?|felt|grabs?|grabbed|squeezes|squeezed|pats?|patted)\s+(?:on\s+)?my\s+(?:legs?|thighs?|chest|butt|bum|bottom|privates?|private (?:parts?|area|spot)|body|hair and (?:legs?|body)|boobs?|breasts?|tummy|belly|lap|hips?|back under)\b"
)
_GROOMING_FRAME = re.compile(
    r"\b(?:favou?rite|special|secret|alone|after (?:class|school|practice)|when no one|when nobody|in his (?:office|car|room)|in her (?:office|car|room)|at night|don'?t like|dont like|hurts|scared|weird|uncomfortable|says it'?s (?:okay|ok|normal))\b"
)
_NEGLECT = re.compile(
    r"\b(?:makes?|made|forces?|forced)\s+me\s+(?:to\s+)?(?:sleep|stay|stand|wait|live|kneel)\b[^.?!]{0,20}\b(?:outside|on the floor outside|in the (?:garage|cold|rain|snow|dark|shed|car|basement|closet|yard|doghouse))\b|"
    r"\b(?:leaves?|left|locks?|locked|keeps?|kept|makes? me (?:stay|sleep))\s+(?:me|us)\b[^.?!]{0,30}\b(?:for hours|all (?:day|night)|overnight|for days|no (?:food|water)|without (?:food|water|dinner|eating)|in the (?:cold|dark))\b"
)
_INJURY_EVIDENCE = re.compile(
    r"\b(?:marks?|bruises?|welts?|cuts?|burns?|scars?|bumps?)\b[^.?!]{0,25}\bfrom (?:the|his|her|their|a|dad'?s|mom'?s|mum'?s) (?:belt|hanger|stick|cord|cable|wooden spoon|spoon|ruler|shoe|slipper|whip|hand|fist|lighter|cigarette|iron|switch|paddle)\b"
    r"|\b(?:marks?|bruises?|welts?|burns?)\b[^.?!]{0,60}\b(?:so (?:no one|nobody|people|my teacher) (?:sees|can see|asks|notices?|won'?t see)|hide (?:them|it)|long sleeves|cover (?:them|it) up)\b"
)
_SELF_HIT_BY = re.compile(
    r"\b(?:run|running|ran|walk|walking|jump|jumping|step|stepping|lie|lying|stand|standing)\b[^.?!]{0,25}\b(?:into|in front of|onto|on) (?:the|a) (?:road|street|highway|traffic|tracks|train|bus|car|truck)\b[^.?!]{0,30}\b(?:so|and let|hope|until|till)\b[^.?!]{0,15}\b(?:hits?|runs? over|kills?|hurts?) me\b"
    r"|\bso (?:that )?(?:a|the) (?:car|bus|truck|train) (?:will |would |could )?(?:hits?|runs? (?:me )?over|kills?|crush(?:es)?) me\b"
)
_NEVER_BORN = re.compile(
    r"\b(?:should(?:n'?t)? (?:have|of|'?ve) (?:never )?been born|never should (?:have|'?ve) been born|should (?:have|'?ve) never been born|i(?:'?m| am| was) a mistake|wish (?:i|you) (?:was|were|had) never (?:been )?born)\b"
)
_SHARP_TO_SELF = re.compile(
    r"\b(?:knife|blade|razor|scissors|glass|shard|lighter|compass|needle|pin)\b[^.?!]{0,20}\b(?:to|on|against|across|into|over) (?:my|mine) (?:wrists?|arms?|throat|neck|skin|legs?|thighs?|stomach|chest)\b"
)
_PILLS_DELIBERATE = re.compile(
    r"\b(?:took|take|taking|swallowed|ate|had)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|some|extra|a handful|a bunch)\s+(?:of\s+)?(?:the\s+|my\s+|mom'?s\s+|dad'?s\s+|mum'?s\s+|moms\s+|dads\s+)?(?:\w+\s+)?(?:pills|tablets|meds|painkillers|sleeping pills)\b[^.?!]{0,30}\b(?:to see|on purpose|so (?:i|that)|because|what (?:would|will) happen|to feel|to sleep forever|to not)\b"
)
_ONLINE_FLATTERY = re.compile(
    r"\b(?:beautiful|pretty|gorgeous|sexy|hot|cute|stunning|perfect body)\b"
)
_INTIMATE_QUESTION = re.compile(
    r"\b(?:asks?|asked|asking|wants to know|wanted to know)\b[^.?!]{0,15}\b(?:if|whether|how many|what)\b[^.?!]{0,20}\b(?:kissed|kiss|boyfriend|girlfriend|bra|shave|period|puberty|developed|virgin|made out|dated|crush on him)\b"
)
_TEDDY_BEDROOM = re.compile(
    r"\b(?:door|doors) (?:is |are )?(?:locked|lock|closed|shut)\b[^.?!]*\?|\b(?:own room|sleep alone|alone in your (?:room|bed)|your bedroom door|what do you wear (?:to bed|in bed)|when do you (?:take a bath|shower|get undressed))\b"
)
_TEDDY_KEEP_SECRETS = re.compile(
    r"\bkeep(?:s|ing)? (?:secrets|each other'?s secrets|our secrets|secrets for)\b|\bonly (?:talk to|trust|tell|need) me\b|\b(?:grown ?-?ups|adults|parents|your parents|your (?:mom|mum|dad)|they) (?:don'?t|do not|won'?t|never) (?:get it|understand)\b"
)


def find_teddy_meaning(text: str) -> list[Finding]:
    """A teddy reply that sets up being alone with the child, undermines the parents, or
    suggests not eating."""
    if _TEDDY_SAFETY_TALK.search(text):
        return []
    out: list[Finding] = []
    if _TEDDY_PARENTS_AWAY.search(text):
        out.append(Finding(G, "teddy_isolation", CRITICAL, 0, len(text), "isolation"))
    if _TEDDY_SNEAK.search(text):
        out.append(Finding(G, "teddy_undermines_parents", CRITICAL, 0, len(text), "isolation"))
    if _TEDDY_BEDROOM.search(text) or _TEDDY_KEEP_SECRETS.search(text):
        out.append(Finding(G, "teddy_private_access", CRITICAL, 0, len(text), "isolation"))
    if _TEDDY_CRUEL.search(text):
        out.append(Finding(A, "teddy_blames_or_wishes_harm", CRITICAL, 0, len(text)))
    if _TEDDY_STARVE.search(text):
        out.append(Finding(S, "teddy_encourages_starving", CRITICAL, 0, len(text)))
    return out


def _window(text: str, limit: int = 240) -> list[str]:
    """Messages are short; longer ones are scanned in overlapping windows."""
    if len(text) <= limit:
        return [text]
    step = limit // 2
    return [text[i : i + limit] for i in range(0, len(text) - step, step)]


def find_meaning(text: str, *, teddy: bool) -> list[Finding]:
    if teddy:
        return find_teddy_meaning(text)
    found: list[Finding] = []
    for part in _window(text):
        found += _child_window(part)
        if found:
            break
    # Offsets: report the whole message; the spans are explanatory only.
    return [Finding(f.category, f.label, f.risk, 0, len(text), f.stage) for f in found]


class _Concepts:
    """Concepts of one window, each searched only when a rule first needs it."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def adult(self) -> bool:
        return _ADULT.search(self.text) is not None

    @cached_property
    def online(self) -> bool:
        return _ONLINE.search(self.text) is not None

    @property
    def actor(self) -> bool:
        return self.adult or self.online

    @cached_property
    def asks(self) -> bool:
        return _ASKS.search(self.text) is not None

    @cached_property
    def secrecy(self) -> bool:
        return _SECRECY.search(self.text) is not None and _BENIGN_SECRET.search(self.text) is None

    @cached_property
    def camera(self) -> bool:
        return _CAMERA.search(self.text) is not None

    @cached_property
    def private_place(self) -> bool:
        return _PRIVATE_PLACE.search(self.text) is not None

    @cached_property
    def nudity(self) -> bool:
        return _NUDITY.search(self.text) is not None

    @cached_property
    def contact(self) -> bool:
        return _CONTACT.search(self.text) is not None

    @cached_property
    def family_care(self) -> bool:
        return _FAMILY_CARE.search(self.text) is not None

    @cached_property
    def lure(self) -> bool:
        return _LURE.search(self.text) is not None


def _child_window(text: str) -> list[Finding]:
    out: list[Finding] = []
    c = _Concepts(text)

    # Secrecy + someone + (touch, camera, body, a private place): grooming or abuse.
    if (
        c.secrecy
        and c.actor
        and (c.contact or c.nudity or c.private_place or (c.camera and c.asks))
    ):
        cat = G if c.online or not c.contact else A
        out.append(Finding(cat, "secret_with_contact", CRITICAL, 0, len(text), "secrecy"))
    # Hiding the chat itself from parents, asked by someone else.
    if (
        c.secrecy
        and c.asks
        and re.search(r"\b(?:delete|deleted|erase|hide|clear)\b", text)
        and re.search(
            r"\b(?:messages|chats?|texts|pics|pictures|photos|history|conversations?|dms?|account|app)\b",
            text,
        )
    ):
        out.append(Finding(G, "conceal_contact", CRITICAL, 0, len(text), "secrecy"))
    # Someone asks the child onto camera somewhere private or undressed.
    if c.actor and c.asks and c.camera and (c.private_place or c.nudity) and not c.family_care:
        out.append(Finding(G, "camera_private", CRITICAL, 0, len(text), "photo"))
    # Someone shows the child sexual media.
    if _SEXY_MEDIA.search(text):
        out.append(Finding(X, "shown_sexual_media", CRITICAL, 0, len(text)))
    # A grown-up the child knows, getting the child alone somewhere.
    if c.adult and c.lure and (_ALONE.search(text) or c.secrecy) and c.asks and not c.family_care:
        out.append(Finding(G, "lure_alone", CRITICAL, 0, len(text), "meeting"))
    # A gift from someone, tied to hiding the contact from the parents.
    if c.actor and c.secrecy and _GIFT.search(text):
        out.append(Finding(G, "secret_gift", CRITICAL, 0, len(text), "gifts"))
    # Someone online asking for pictures, or an adult-aged "boyfriend".
    if c.online and _PICS_ASK.search(text):
        out.append(Finding(G, "online_pics_request", CRITICAL, 0, len(text), "photo"))
    if (c.online or _ADULT_AGE.search(text)) and _ROMANCE.search(text) and _ADULT_AGE.search(text):
        out.append(Finding(G, "adult_romance", CRITICAL, 0, len(text), "trust"))
    # Someone online wanting the child on camera once the parents are asleep or away.
    if (c.online or c.adult) and c.camera and c.secrecy and c.asks:
        out.append(Finding(G, "camera_hidden", CRITICAL, 0, len(text), "photo"))
    # Doubting whether to go on living; not waking up as a plan.
    if _DOUBT_LIFE.search(text) or _LETHAL_QUESTION.search(text):
        out.append(Finding(S, "doubts_living", CRITICAL, 0, len(text)))
    elif (
        _NO_WAKE.search(text) and _NO_WAKE_CONTEXT.search(text) and not _NO_WAKE_BENIGN.search(text)
    ):
        out.append(Finding(S, "not_waking_up", CRITICAL, 0, len(text)))
    # A grown-up threatening or causing injury, undressing the child, making the child touch.
    if c.adult and _INJURY_THREAT.search(text):
        out.append(Finding(A, "injury_threat", CRITICAL, 0, len(text)))
    if (
        (
            c.adult
            or re.search(
                r"\b(?:cousins?|brothers?|sisters?|boys?|girls?|kids?|teens?|teenagers?)\b", text
            )
        )
        and _UNDRESS_CHILD.search(text)
        and not c.family_care
    ):
        out.append(Finding(A, "undresses_child", CRITICAL, 0, len(text)))
    if _MADE_TOUCH.search(text) and not c.family_care:
        out.append(Finding(A, "made_to_touch", CRITICAL, 0, len(text)))
    # Hands inside the child's clothes; touching the child's body framed as special or secret.
    if _INTRUSION.search(text) and not c.family_care:
        out.append(Finding(A, "intrusive_touch", CRITICAL, 0, len(text)))
    if c.adult and _TOUCH_BODY.search(text) and _GROOMING_FRAME.search(text) and not c.family_care:
        out.append(Finding(A, "touch_framed_special", CRITICAL, 0, len(text)))
    # Neglect, injuries from an object, injuries hidden.
    if c.adult and _NEGLECT.search(text):
        out.append(Finding(A, "neglect", CRITICAL, 0, len(text)))
    if _INJURY_EVIDENCE.search(text):
        out.append(Finding(A, "injury_evidence", CRITICAL, 0, len(text)))
    # Letting a car hit me, never having been born, a blade to my skin, pills on purpose.
    if _SELF_HIT_BY.search(text) or _SHARP_TO_SELF.search(text) or _PILLS_DELIBERATE.search(text):
        out.append(Finding(S, "self_harm_means", CRITICAL, 0, len(text)))
    if _NEVER_BORN.search(text) and not re.search(r"\b(?:lol|haha|jk|joke|dinosaurs?)\b", text):
        out.append(Finding(S, "never_born", CRITICAL, 0, len(text)))
    # Someone online flattering the child's looks and asking intimate questions.
    if c.online and (
        _INTIMATE_QUESTION.search(text)
        or (
            _ONLINE_FLATTERY.search(text)
            and c.asks
            and re.search(r"\b(?:keeps?|always|says|said|tells|told)\b", text)
        )
    ):
        out.append(Finding(G, "online_flattery", CRITICAL, 0, len(text), "trust"))
    # Doubting being alive; a means of dying tied to escaping.
    if (
        _DOUBT_ALIVE.search(text)
        or _END_IT.search(text)
        and re.search(r"\b(?:i|i'?m|im|my|give up|giving up)\b", text)
    ):
        out.append(Finding(S, "doubts_living", CRITICAL, 0, len(text)))
    if (
        _MEANS.search(text)
        and _ESCAPE.search(text)
        and not re.search(r"\b(?:in the game|in minecraft|fortnite|roblox)\b", text)
    ):
        out.append(Finding(S, "means_and_escape", CRITICAL, 0, len(text)))
    # A grown-up calling the child his girlfriend, watching the child undressed, hot.
    if (
        c.adult
        and _ROMANCE_LABEL.search(text)
        and (c.contact or c.secrecy or re.search(r"\bkiss\w*\b", text))
    ):
        out.append(Finding(G, "adult_romance_label", CRITICAL, 0, len(text), "trust"))
    if c.actor and _WATCHES.search(text) and not _WATCH_CARE.search(text):
        out.append(Finding(A, "watches_undressed", CRITICAL, 0, len(text)))
    if c.actor and _SAYS_HOT.search(text) and not c.family_care:
        out.append(Finding(G, "sexualised_compliment", CRITICAL, 0, len(text), "trust"))
    # Secrecy about what happens: the mark of hidden abuse.
    if c.secrecy and _SECRET_EVENTS.search(text) and c.actor:
        out.append(Finding(A, "secret_events", CRITICAL, 0, len(text)))
    # A cover story for the parents so someone can see the child.
    if c.actor and _COVER_STORY.search(text):
        out.append(Finding(G, "cover_story", CRITICAL, 0, len(text), "secrecy"))
    # Sextortion, the parents' schedule, disappearing-message apps, bathing with a man.
    if (c.online or c.adult) and _OWE_PICS.search(text):
        out.append(Finding(G, "pics_owed", CRITICAL, 0, len(text), "photo"))
    if c.actor and _PARENT_SCHEDULE.search(text):
        out.append(Finding(G, "parent_schedule", CRITICAL, 0, len(text), "isolation"))
    if c.online and c.asks and c.secrecy and re.search(r"\b(?:app|account|server|chat)\b", text):
        out.append(Finding(G, "secret_channel", CRITICAL, 0, len(text), "isolation"))
    if _BATH_WITH.search(text) and re.search(
        r"\b(?:hate|don'?t like|dont like|have to|makes me|made me|scared|weird|cry|secret|every night)\b",
        text,
    ):
        out.append(Finding(A, "bathes_with_adult", CRITICAL, 0, len(text)))
    # Wanting the heart or breath to stop; a child asking what a sexual word means.
    if _CESSATION.search(text) and _CESSATION_WANT.search(text) and not _CESSATION_NOT.search(text):
        out.append(Finding(S, "cessation_wish", CRITICAL, 0, len(text)))
    if _SEX_QUESTION.search(text):
        out.append(Finding(X, "sexual_question", CRITICAL, 0, len(text)))
    # Ways to die, tired of living, going away and not coming back.
    if (
        (
            _WAYS_TO_DIE.search(text)
            and re.search(
                r"\b(?:i|i'?ve|im|my|fastest|easiest|quickest|best|painless|least painful|simplest)\b",
                text,
            )
            and not _FICTION.search(text)
        )
        or _WEARY_LIFE.search(text)
        or _NOT_COME_BACK.search(text)
    ):
        out.append(Finding(S, "life_weariness", CRITICAL, 0, len(text)))
    # Someone coming in on the child in the bath; harsh punishment; hands under clothes;
    # pinned down and ignored.
    if c.adult and _INTRUDES.search(text) and not _WATCH_CARE.search(text):
        out.append(Finding(A, "intrudes_private", CRITICAL, 0, len(text)))
    if c.adult and _PUNISHMENT.search(text) and _HARSH.search(text):
        out.append(Finding(A, "harsh_punishment", CRITICAL, 0, len(text)))
    if (
        (c.adult or re.search(r"\b(?:cousin|brother|boy|teen\w*|kid)\b", text))
        and _UNDER_CLOTHES.search(text)
        and (
            c.contact or re.search(r"\b(?:tickl\w*|hands?|fingers?|game|reach\w*|feel\w*)\b", text)
        )
        and not c.family_care
    ):
        out.append(Finding(A, "under_clothes", CRITICAL, 0, len(text)))
    if _PINNED.search(text) and _REFUSAL_IGNORED.search(text):
        out.append(Finding(A, "pinned_down", CRITICAL, 0, len(text)))
    # Online: lying about age, asking to see the body, asking for the password.
    if c.online and _AGE_LIE.search(text):
        out.append(Finding(G, "age_deception", CRITICAL, 0, len(text), "trust"))
    if (
        (c.online or re.search(r"\b(?:he|she|they|someone|somebody)\b", text))
        and c.asks
        and _SHOW_BODY.search(text)
        and not c.family_care
    ):
        out.append(Finding(G, "show_body", CRITICAL, 0, len(text), "photo"))
    if c.online and _CREDENTIAL_ASK.search(text):
        out.append(Finding(G, "credential_request", CRITICAL, 0, len(text), "isolation"))
    # Silencing, injuries kept secret, threats to come, rating bodies.
    if (
        c.adult
        and _SILENCED.search(text)
        and not re.search(r"\b(?:surprise|party|game|lol|haha)\b", text)
    ):
        out.append(Finding(A, "silenced", CRITICAL, 0, len(text)))
    if c.secrecy and _INJURY_WORDS.search(text):
        out.append(Finding(A, "injury_secret", CRITICAL, 0, len(text)))
    if (c.online or _UNKNOWN_ACTOR.search(text)) and c.lure and _CONDITIONAL_THREAT.search(text):
        out.append(Finding(G, "coercive_meeting", CRITICAL, 0, len(text), "meeting"))
    if (
        c.asks
        and _RATE_BODY.search(text)
        and re.search(r"\b(?:body|bod|butt|abs|chest|legs|mine)\b", text)
    ):
        out.append(Finding(G, "rate_body", CRITICAL, 0, len(text), "photo"))
    # An unknown grown-up luring the child somewhere.
    if _UNKNOWN_ACTOR.search(text) and c.lure and c.asks:
        out.append(Finding(G, "lure", CRITICAL, 0, len(text), "meeting"))
    elif (
        c.online
        and c.lure
        and (c.asks or c.secrecy)
        and not re.search(
            r"\b(?:in (?:the )?game|in minecraft|in roblox|in fortnite)\b[^.?!]{0,15}$", text
        )
    ):
        out.append(Finding(G, "online_meeting", CRITICAL, 0, len(text), "meeting"))
    # A threat about telling: the mark of abuse kept hidden.
    m = _IF_TELL.search(text)
    if (
        m
        and _THREAT.search(text)
        and (c.adult or re.search(r"\b(?:says?|said|told me|tells me)\b", text))
    ):
        out.append(Finding(A, "threat_if_tell", CRITICAL, 0, len(text)))
    # Touch + a body part or a private place + a grown-up, as something the child does not want.
    if (
        c.contact
        and (c.nudity or c.private_place)
        and c.adult
        and not c.family_care
        and not _SIBLING_ONLY.match(text)
        and re.search(r"\b(?:me|my)\b", text)
        and re.search(
            r"\b(?:don'?t like|dont like|hate it|scared|weird|uncomfortable|hurts?|makes me|made me|wants me|secret|at night|when i'?m asleep|when i sleep|not to tell|cry)\b",
            text,
        )
    ):
        out.append(Finding(A, "unwanted_touch", CRITICAL, 0, len(text)))
    # Death wishes framed about someone else, asking how.
    if _THIRD_PERSON_DEATH.search(text) and not _FICTION.search(text):
        risk = (
            CRITICAL
            if _HOW.search(text)
            or re.search(r"\b(?:someone|somebody|a kid|a friend|my friend)\b", text)
            else SEVERE
        )
        out.append(Finding(S, "self_harm_third_person", risk, 0, len(text)))
    # Explosives with people or a school in view.
    if _BOMB.search(text) and not _BOMB_BENIGN.search(text):
        out.append(
            Finding(
                V, "explosive", CRITICAL if _PEOPLE_TARGET.search(text) else SEVERE, 0, len(text)
            )
        )
    return out
