# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Non-critical flags of rounds 24 and 25, each widened to its family: a door, alarm,
key-safe or card code with its digits; walking home or to school alone with the time or the
route; picked last, laughed at, or told "you can't be in our group"; not wanting a child in
the group because of their colour or religion; making a fire with a lighter or matches; a
battery, magnet or coin in the mouth; bringing a knife or hammer in to school; a little bag
of powder or pills, or a needle, found somewhere; (round 25) bullied online and not
wanting to go to school, tummy aches before school from worry, under water with no
grown-up watching, older children's sweets that make you feel funny, shutting a child out
for their nationality with a stereotype; (round 30) "loser" written on my bag and laughed
at, climbing high to jump off kept from the grown-up ("no tell farmer"); (round 31) wanting to
strangle or choke someone "till she goes blue", taking a plug or a socket apart while it is
switched on, and a whole nationality called thick, dirty or thieves ("all polish people are
thick"); (round 32) a classmate called retarded ("ben is retarded he cant even read"), a
plastic bag over our heads in a breath-holding game, and a group chat's poll of the ugliest
that I "won"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_ended_well import setback_turned_good, swallowed_long_ago
from domain.safety.rules_benign_frames_play import toy_gun_in_play
from domain.safety.rules_meaning_flags import PLAYFUL
from domain.safety.rules_meaning_flags_prejudice import CALLED_MEAN

_DIGITS = r"(?:\d[\d\s-]{2,12}\d|(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double \w+)[\s,-]*){3,8})"
_LOCKED = r"(?:door|gate|house|home|flat|alarm|key ?safe|keysafe|garage|building|lock|padlock|locker|bike lock|bank card|card|phone|ipad|tablet|safe|shed|front|back)"
# A code, PIN or password for a door, alarm, card or phone, with its digits.
HOME_CODE = prefiltered(
    rf"\b(?:code|pin|passcode|password|combination|number)\b[^.?!]{{0,30}}\b{_LOCKED}\b[^.?!]{{0,20}}\b(?:is|=|:)\s*{_DIGITS}"
    rf"|\b{_LOCKED}'?s? (?:code|pin|passcode|password|number|combination)\b[^.?!]{{0,15}}\b(?:is|=|:)\s*{_DIGITS}"
    rf"|\b(?:key ?safe|alarm) (?:number|code)\b[^.?!]{{0,20}}\bis\s*{_DIGITS}"
)
# Walking home or to school alone, with the time or the way.
_ALONE = r"(?:on my own|by myself|by my self|alone|on my tod)"
_WHEN_OR_WAY = r"(?:at \d|\d[:.]\d\d|at half \w+|half (?:past )?\w+|every (?:day|morning|night|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)|(?:down|along|through|past|via|up|across) (?:the )?\w+ (?:road|street|lane|alley|park|way|avenue|drive|close|path|shop|field)|the alley|the shortcut)"
WALKS_ALONE = prefiltered(
    rf"\b(?:walk|go|cycle|bike|ride|come|get)\w* (?:home|to school|back)\b[^.?!]{{0,60}}\b{_ALONE}\b[^.?!]{{0,40}}\b{_WHEN_OR_WAY}"
    rf"|\b(?:walk|go|cycle|bike|ride|come|get)\w* (?:home|to school|back)\b[^.?!]{{0,60}}\b{_WHEN_OR_WAY}[^.?!]{{0,40}}\b{_ALONE}\b"
    rf"|\b(?:walk|go|cycle|bike|ride)\w* (?:home |to school |back )?{_ALONE}\b[^.?!]{{0,50}}\b{_WHEN_OR_WAY}"
)
# Picked last, laughed at, or shut out of a group by other children.
LEFT_OUT_BY_PEERS = prefiltered(
    r"\bpicked last\b|\b(?:nobody|no one|no-one) (?:picks|picked|wants|wanted|chose|chooses) me\b|\b(?:everyone|everybody|the whole class|they all|all of them|all the \w+) laughed at me\b"
    r"|\b(?:said|says|told me|tell me|say)\b (?:that )?(?:i|im|i'?m|i am)\b (?:can'?t|cant|cannot|can not|am not allowed to|'?m not allowed to|not allowed to) (?:be in (?:it|their \w+|the (?:group|club|gang|team|game|den|chat|group chat))|join (?:in|them|it|their \w+|the (?:group|club|gang|game))|play with (?:them|us)|sit with (?:them|us)|be (?:their|your) friend|be part of (?:it|their \w+|the (?:group|club|gang)))\b"
    r"|\bmade a (?:new )?(?:group|club|gang|group chat)\b[^.?!]{0,30}\b(?:without me|except me|i can'?t|i cant|not allowed)\b|\bwon'?t let me (?:play|join|sit|be in)\b"
)
# (round 30) Names or words written on the child's things, and laughed at: "loser" on my bag.
WRITTEN_ON_MY_THINGS = prefiltered(
    r"\b(?:writ\w*|wrote|draw\w*|drew|scribbl\w*|scrawl\w*|stick\w*|stuck|tap\w*|spray\w*|carv\w*|put\w*)\b[^.?!]{0,25}\b(?:on|all over|across|in) my (?:bag|school ?bag|book|books|desk|locker|pencil case|coat|jumper|back|work|drawing|homework|tray|peg|chair|shoes?|arm|hand|face|photo|picture|name ?tag|lunch ?box|water bottle|planner)\b"
)
NAME_CALLED = prefiltered(
    r"\b(?:loser|losers|freak|weirdo|smelly|stinky|ugly|fat|fatty|stupid|dumb|idiot|nerd|geek|no ?friends|nobody likes|hate|mean|horrible|nasty|rude|bad words|swear words|making fun|bull\w*)\b"
)
WRITTEN_BY_ME = prefiltered(
    r"\b(?:i (?:wrote|write|drew|draw|put|stuck|stick)|my (?:name|friends?'? names?|best friend)|autograph\w*|signed|sign(?:ed)? my|stickers? of|for my birthday|happy birthday|good luck|teacher|miss|sir|well done|gold star|smiley)\b"
)
# (round 30) Climbing something high to jump off, kept from the grown-up ("no tell farmer").
CLIMB_TO_JUMP = prefiltered(
    r"\b(?:climb\w*|clamber\w*|get|got|go|went|scrambl\w*)\b (?:up )?(?:on |onto |to )?[^.?!]{0,40}\b(?:to the (?:very )?top|the top of|really high|super high|so high|high high|big big|up high|all the way up)\b[^.?!]{0,40}\bjump\w* (?:off|down|from)\b"
)
KEPT_FROM_GROWN_UP = prefiltered(
    r"\b(?:no tell|not tell|don'?t tell|dont tell|didn'?t tell|never tell|won'?t tell|without telling|without asking|nobody saw|no one saw|nobody knows|no one knows|secret|not allowed|aren'?t allowed|isn'?t allowed|sneak\w*|snuck|shh+)\b"
)
# Not wanting a child around because of colour or religion.
PREJUDICE_EXCLUDES = prefiltered(
    r"\b(?:don'?t|dont|won'?t|wont|not|never|hate)\b[^.?!]{0,40}\b(?:cos|coz|cause|because|since|as)\s+(?:he|she|they)(?:'?s|'?re| is| are| r)\s+(?:black|brown|white|asian|chinese|muslim|jewish|indian|pakistani|polish|gay|disabled|a refugee|refugees|foreign|african|a gypsy|a traveller|romanian|hindu|sikh)\b"
)
# Making a fire with a lighter or matches.
MAKE_FIRE = prefiltered(
    r"\bhow (?:do|can|would|to|do u|do you|do i|can i|can u)\b[^.?!]{0,15}\b(?:make|start|light|build)\w* (?:a |the )?(?:fire|flames?|campfire|bonfire)\b"
    r"|\b(?:make|start|light|build)\w* (?:a |the )?(?:fire|campfire|bonfire)\b[^.?!]{0,30}\b(?:lighter|matches|match)\b"
)
FIRE_SUPERVISED = prefiltered(
    r"\b(?:with (?:my |the |a )?(?:dad|daddy|mum|mummy|mom|grown-?ups?|leader|adults?|teacher|parents|grandad|grandpa|scouts?|beavers|cubs|brownies)|showed me|taught me|supervis\w*|fire (?:drill|engine|station|fighters?|man|men))\b"
)
# A battery, magnet or coin in the mouth, or swallowed.
_SMALL_THING = r"(?:batter(?:y|ies)|magnets?|coins?|marbles?|beads?|pins?|screws?|lego)"
MOUTH_HAZARD = prefiltered(
    rf"\b{_SMALL_THING}\b[^.?!]{{0,20}}\b(?:in|into|up) (?:my|your|his|her) (?:mouth|nose|ear)\b"
    rf"|\b(?:swallow|lick|suck|eat|chew|bite)\w*\b[^.?!]{{0,25}}\b{_SMALL_THING}\b"
)
# Bringing a weapon in to school, or to use on someone.
_INTEND = r"(?:ima|imma|i'?ma|i'?m gonna|im gonna|i'?m going to|im going to|gonna|i'?ll|ill|i will|i wanna|i want to)"
# (miss59, mends) a water, nerf or toy gun taken along to play is no weapon ("gonna get you
# with my water gun"): rules_benign_frames_play.toy_gun_in_play, unless a real threat is told.
WEAPON_IN = prefiltered(
    rf"\b{_INTEND}\s+(?:bring|take|carry|sneak|get)\b[^.?!]{{0,30}}\b(?:knife|knives|blade|gun|hammer|bat|machete|axe|screwdriver)\b[^.?!]{{0,30}}\b(?:in|to school|tomorrow|if|to (?:scare|hurt|show|get|stab|use))\b"
)
CUTLERY = prefiltered(
    r"\b(?:knife and fork|butter knife|cut (?:my|the) (?:food|cake|apple|sandwich|pizza)|baseball|cricket|rounders)\b"
)
# A little bag of powder or pills, or a needle, found.
FOUND_DRUGS = prefiltered(
    r"\b(?:found|find|saw|there'?s|there is|there was|theres)\b[^.?!]{0,40}\b(?:bag|baggie|packet|bags)\b (?:of|with) (?:some |white |brown |green |little |weird |funny )*(?:powder|stuff|pills|tablets|crystals)\b"
    r"|\b(?:found|find)\b[^.?!]{0,20}\b(?:needle|syringe)s?\b|\b(?:pills|tablets|powder) in a (?:little |tiny |small )?(?:bag|baggie)\b"
)

# (round 25) Being bullied online, and not wanting to go to school.
ONLINE_MEANNESS = prefiltered(
    r"\b(?:post\w*|send\w*|sent|messag\w*|comment\w*|put|share\w*|made a fake|fake account|bullied|bullying|bully me|picking on me)\b[^.?!]{0,60}\b(?:online|group ?chat|class chat|chat|snapchat|snap|tiktok|instagram|insta|whatsapp|texts?|messages?|comments?|video|account|page|about me|of me)\b"
)
MEAN_WORDS = prefiltered(
    r"\b(?:mean|horrible|nasty|horrid|rude|awful|embarrassing|ugly|laugh\w*|bull(?:y|ied|ying)|hate|hurtful|lies|fat|stupid|loser|weirdo)\b"
)
AVOIDS_SCHOOL = prefiltered(
    r"\b(?:(?:don'?t|dont|never|not|do not) (?:wanna|want to|want) (?:to )?(?:ever )?(?:go|be|going) ?(?:back|in|to school)?|can'?t face (?:school|going|it)|hate going to school|(?:stay|staying) (?:home|off) (?:from school)?|pretend\w* (?:to be|i'?m|im|i am|that i'?m) (?:sick|ill|poorly)|so i (?:don'?t|dont) (?:have to )?go (?:to school|in)|skip(?:ping)? school|not going (?:back|in|to school))\b"
)
SCHOOL = prefiltered(r"\b(?:school|class|classmates|year \d|teacher)\b")
# (round 25) Tummy aches (or feeling sick) before school, from worry.
ACHE = prefiltered(
    r"\b(?:tummy|belly|stomach|tum|head)(?:'?s)? (?:hurts?|hurting|aches?|aching|is sore|goes (?:all )?(?:funny|weird|tight|twisty))\b|\b(?:sore|poorly) (?:tummy|belly|stomach|head)\b|\b(?:tummy|belly|stomach|head) ?aches?\b|\bfeel (?:really |so )?(?:sick|poorly|ill)\b"
)
SCHOOL_MORNINGS = prefiltered(
    r"\b(?:before school|school mornings?|every (?:morning|day|monday|school day|sunday night)|each morning|mornings|monday mornings?|breakfast|about school|going to school|go to school)\b"
)
WORRY = prefiltered(
    r"\b(?:worr\w*|scared|nervous|stress\w*|anxious|frightened|afraid|tests?|exams?|sats|spellings?|(?:don'?t|dont) (?:want|wanna) to go|the big kids|bull\w*"
    r"|(?:the |some )?(?:big|bigger|older|year \w+|mean) (?:boys|girls|kids|ones|lads)|(?:cos|coz|because|cause) of (?:the |some |those )?(?:boys|girls|kids|gang|teenagers))\b"
)
# (round 25) Under water, or in the deep end, with no grown-up watching.
DEEP_WATER = prefiltered(
    r"\b(?:deep end|under ?water|under the water|stay(?:ing)? under|hold\w* (?:my|your|our) breath|dive to the bottom|swim\w* in the (?:river|lake|sea|canal|quarry|reservoir))\b"
)
UNWATCHED = prefiltered(
    r"\b(?:nobody|no one|noone|no-one|no grown ?-?ups?|no adults?|no lifeguards?)\b[^.?!]{0,10}\b(?:watching|looking|around|there|here|about)\b"
    r"|\b(?:mum|mom|dad|lifeguard|lifeguards|grown ?-?ups?|adults|teacher)\b (?:isn'?t|isnt|aren'?t|arent|is not|are not|not|wasn'?t|weren'?t) (?:watching|looking|around|there|here)\b"
    r"|\b(?:lifeguard|teacher|mum|dad)\b (?:is |goes |went )?on (?:his|her|a) break\b|\bwithout (?:a |any )?(?:grown ?-?ups?|adults?|lifeguards?|anyone watching)\b|\bwith no (?:grown ?-?ups?|adults?|lifeguards?)\b"
    r"|\bon (?:my|our) own\b|\balone\b|\bby (?:my|our) ?sel(?:f|ves)\b"
)
SUPERVISED_SWIM = prefiltered(
    r"\b(?:lessons?|swimming teacher|instructor|coach|with (?:my|the|a) (?:teacher|coach|instructor|mum|mom|dad|lifeguard))\b"
)
# (fa8687) "the swimming man said never ever go in the deep end without a grown up": the rule a
# grown-up gave, retold, unless the child says it was broken ("but i did", "anyway").
WATER_RULE_TOLD = prefiltered(
    r"\b(?:said|says|say|told (?:me|us)|tells (?:me|us)|reminds? (?:me|us)|reminded (?:me|us)|warned (?:me|us)|the rule is|rules? (?:is|are|says?))\b[^.?!]{0,12}\b(?:never|don'?t|do not|not to|no going|mustn'?t|must not|shouldn'?t|should not|can'?t|cannot|only)\b"
    r"|\b(?:we'?re|were|we are|i'?m|im|i am|kids are|children are) (?:not|never) allowed (?:to go |to swim |in)"
)
WATER_RULE_BROKEN = prefiltered(
    r"\b(?:but|and) (?:i|we|he|she|they|my \w+) (?:did|went|still|do|go|swam|snuck|sneaked)\b|\banyway\b|\bsecretly\b|\bwhen (?:he|she|they|nobody|no one)\b[^.?!]{0,15}\b(?:wasn'?t|weren'?t|not) looking\b"
)
# (round 25) Older children selling or handing out sweets that make you feel funny.
FUNNY_SWEETS = prefiltered(
    r"\b(?:gumm(?:y|ies)|gummy bears?|sweets?|sweeties|jell(?:y|ies)|chocolates?|brownies?|lollies|candy|cookies|cakes?)\b[^.?!]{0,30}\bmakes? (?:you|u|ya|your head|people|them|everyone) (?:feel |go |act )?(?:all |really |so |kind of |kinda |a bit )?(?:\w+ and )?(?:funny|weird|strange|dizzy|floaty|high|sleepy|spaced out|wobbly|fuzzy|woozy|trippy|drunk|buzzy)\b"
    r"|\b(?:sweets|gummies|gummy|brownies|chocolates?|jellies|cookies)\b[^.?!]{0,15}\bwith (?:weed|drugs|cbd|thc) in\b|\b(?:weed|drug|cbd|thc) (?:sweets|gummies|gummy bears|brownies|chocolates?|jellies)\b"
)
HANDS_OUT = prefiltered(
    r"\b(?:sell\w*|sold|offer\w*|gave|give|gives|giving|has|have|had|got|share\w*|hand\w* out|pass\w* (?:round|around)|dealing|deals)\b"
)
# (round 25) Shutting a child out for their nationality or race, with a stereotype.
_NATION = r"(?:chinese|polish|indians?|black|brown|asians?|africans?|romanians?|mexicans?|pakistanis?|muslims?|jewish|jews|gypsy|gypsies|travell?ers?|foreign|turkish|nigerians?|somalis?|syrians?|arabs?|japanese|koreans?|russians?|ukrainians?|albanians?|refugees?|immigrants?|bangladeshi|filipinos?|irish|scottish|english|french|italians?|spanish|portuguese|lithuanians?)"
_SHUT_OUT = r"(?:don'?t|dont|won'?t|wont|not|never|nobody|no one|can'?t|cant|didn'?t|didnt|stopped)\b[^.?!]{0,40}\b(?:let|lets|play|plays|sit|join|be friends|pick|want)\w*"
STEREOTYPE_EXCLUDES = prefiltered(
    rf"(?:\b{_SHUT_OUT}\b[^.?!]{{0,30}}\b{_NATION}|\b{_NATION}\b[^.?!]{{0,30}}\b{_SHUT_OUT})\b[^.?!]{{0,40}}\b(?:cos|coz|cause|because|since|cuz|as)\b[^.?!]{{0,35}}\b(?:are|r|eat|eats|steal|steals|smell|smells|stink|stinks|dirty|smelly|lazy|rough|thieves|terrorists?)\b"
)

# (round 31) Wanting to strangle or choke someone until they go blue or stop breathing.
STRANGLE_TILL = prefiltered(
    r"\b(?:strangl\w*|chok\w*|throttl\w*|squeez\w* (?:his|her|their) (?:neck|throat)|wring (?:his|her|their) neck|hold (?:his|her|their) (?:neck|throat))\b[^.?!]{0,25}\b(?:till|til|until|so|and make) (?:he|she|they|it|his face|her face|their face|him|her|them) (?:goes|go|turns|turn|is|are|gets|get|stops|stop|can'?t|cant|pass(?:es)? out|goes all|turn all)\b ?(?:all |really )?(?:blue|purple|red|white|dead|breathing|breathe|out)?"
)
# (round 31) Taking a plug, a socket or a charger apart, or poking its wires, while it is on.
LIVE_ELECTRICS = prefiltered(
    r"\b(?:take|taking|took|takes|open|opening|opened|unscrew\w*|pull\w*|prise|prising|poke|poking|touch\w*|fiddl\w*|cut|cutting|strip\w*|look inside)\b[^.?!]{0,25}\b(?:plugs?|sockets?|wires?|extension leads?|fuse ?box|light switch|chargers?|cables?|leads?)\b[^.?!]{0,50}\b(?:while|when|whilst) (?:it'?s|its|it is|they'?re|they are|the power is|the electric(?:ity)? is) (?:still )?(?:switched on|plugged in|turned on|on|live)\b"
    r"|\b(?:take|taking|took|open|opening|unscrew\w*|poke|poking|touch\w*|cut|cutting)\b[^.?!]{0,25}\b(?:plugs?|sockets?|wires?|chargers?|cables?)\b[^.?!]{0,30}\bstill (?:switched on|plugged in|turned on|on|live)\b"
)
ELECTRICS_WARNED = prefiltered(
    r"\b(?:never|don'?t|dont|do not|mustn'?t|shouldn'?t|not allowed|not safe|dangerous|said not to|says not to|electrician|switched off first|turn(?:ed)? (?:it )?off first|unplug\w* (?:it )?first)\b"
)
# (round 31) A whole nationality called thick, dirty or thieves.
_COUNTRY = r"(?:poland|china|india|africa|romania|pakistan|mexico|nigeria|somalia|syria|turkey|russia|ukraine|albania|bangladesh|lithuania|ireland|scotland|england|france|italy|spain|portugal|jamaica|iraq|afghanistan|another country|abroad)"
_PUT_DOWN = r"(?:thick|greedy|sneaky|cheats|stupid|dumb|idiots?|thick as \w+|dirty|smelly|stinky|lazy|thieves|robbers|criminals|rubbish|disgusting|horrible|liars|losers|scum|animals|terrorists?|weird|trouble|bad people|all the same)"
NATION_PUT_DOWN = prefiltered(
    rf"\b(?:all|every|most|those|them|these|the)\b (?:of )?(?:the )?{_NATION} (?:people|kids|children|boys|girls|families|lot|ones|persons?|men|women)? ?(?:are|r|is|=)? ?(?:all )?(?:so |really |just |proper |well |dead )?{_PUT_DOWN}\b"
    rf"|\b{_NATION} (?:people|kids|children|families|lot|ones) (?:are|r) (?:all )?(?:so |really |just |proper )?{_PUT_DOWN}\b"
    rf"|\b(?:all |the )?(?:people|kids|children|families|everyone|them) from {_COUNTRY} (?:are|r) (?:all )?(?:so |really |just |proper )?{_PUT_DOWN}\b"
    # (round 35) "the new girl is from Poland so she's probably a thief like all of them".
    rf"|\b(?:is|'s|are|'re|comes?|came) from {_COUNTRY}\b[^.?!]{{0,30}}\b(?:probably|must be|so (?:she|he|they) (?:is|are|must be)|so (?:she|he)'s|so they'?re|bet (?:she|he|they))\b[^.?!]{{0,10}}\b(?:a )?(?:thief|liar|criminal|cheat|terrorist|robber|{_PUT_DOWN})\b"
    # (round 35) Shutting out people of a caste: "that caste shouldn't touch our water bottles".
    r"|\b(?:that|their|his|her|those|a lower|the lower|lower|low|the low) castes?\b[^.?!]{0,40}\b(?:shouldn'?t|should not|can'?t|cannot|mustn'?t|not allowed|aren'?t allowed|isn'?t allowed|never allowed|dirty|unclean|impure|beneath|below us|disgusting)\b"
)
PUT_DOWN_CHALLENGED = prefiltered(
    r"\b(?:unfair|it'?s wrong|was wrong|learn\w* about|wrong to say|not true|isn'?t true|not nice to say|shouldn'?t say|mean to say|unkind to say|racist|stereotype|not fair to say|told (?:him|her|them) off)\b"
    # (fa8485) "people say the traveller kids are all thieves but thats not fair (thats mean)"
    rf"|{CALLED_MEAN}"
)


# (round 32) Someone called retarded or a spaz (a word the child is told not to use is not it).
DISABILITY_SLUR = prefiltered(
    r"\b(?:is|'s|are|r|was|so|such a|a|proper|total|being)\b (?:so |such a |a |proper |totally |really |well |dead |just )?(?:retarded|retard|retards|spaz|spazz|spastic|mong)\b"
)
SLUR_CHALLENGED = prefiltered(
    r"\b(?:shouldn'?t (?:say|use)|mean word|not (?:a )?nice (?:word|thing)|not allowed to say|wrong to say|bad word|rude word|told (?:him|her|them|me) off|don'?t say|never say|not ok to say|not okay to say)\b"
)
# (round 32) A plastic or carrier bag on our heads, in a game or to hold our breath.
BAG_OVER_HEAD = prefiltered(
    r"\b(?:plastic|carrier|shopping|bin|sandwich|freezer|crisp) bags?\b[^.?!]{0,20}\b(?:on|over|round|around) (?:our|my|his|her|their|your|ur|each other'?s|are) (?:heads?|faces?)\b"
    r"|\b(?:put|puts|putting|wear\w*|pull\w*) (?:a |the |some )?(?:plastic|carrier|shopping|bin) bags? (?:on|over) (?:our|my|his|her|their|your|ur) (?:heads?|faces?)\b"
)
BAG_WARNED = prefiltered(
    r"\b(?:never|don'?t|do not|dangerous|not safe|isn'?t safe|not allowed|not a toy|warning|suffocat\w*)\b"
)
# (round 32) A poll, a vote or a ranking of the ugliest (fattest, smelliest), and it was me.
UGLIEST_POLL = prefiltered(
    r"\b(?:poll|polls|vote|voted|votes|voting|ranked|ranking|rated|rating|list|league table)\b[^.?!]{0,60}\b(?:ugliest|fattest|fat test|smelliest|weirdest|most annoying|most hated|worst looking|dumbest|stupidest|biggest loser|by (?:their |our )?looks)\b"
    r"|\b(?:ugliest|fattest|fat test|smelliest|weirdest|most hated|worst looking)\b[^.?!]{0,30}\b(?:poll|vote|voted|ranking|list)\b"
)
POLL_WAS_ME = prefiltered(
    r"\b(?:i won|i came (?:first|top|last)|i was (?:first|top|last|number one|it)|it was me|(?:voted|picked|chose|put) me|i got the most|me at the top|me at the bottom|i was on (?:it|top))\b"
)

# (round 35) Nobody noticing when I'm not there; a parent in hospital and nobody telling me.
# (flags8283) Nobody even knowing I'm there.
UNNOTICED = prefiltered(
    r"\b(?:not like (?:anyone|anybody|people|they|my \w+|any of them)|nobody|no one|noone|no-one)\b (?:even |ever |would |will |actually |really |even would )?(?:notices?|noticed|cares?|cared|misses|missed|miss|realises?|realised|sees)\b[^.?!]{0,6}\b(?:when|if|that|whether) (?:i'?m not|im not|i am not|i wasn'?t|i'?m gone|i'?m missing|i don'?t (?:come|show|turn|eat|go)|i dont (?:come|show|turn|eat|go)|i skip|i disappear|i'?m absent|i'?m away)\b"
    # (flags8283) unseen where I am: "i feel like nobody at youth club even knows im there, its so
    # lonely", "no one in my class even notices me"
    r"|\b(?:nobody|no one|noone|no-one)\b(?: (?:at|in|on) (?:the |my |our )?\w+(?: \w+)?)? (?:even |ever |really |actually )+(?:knows?|notices?|realises?|sees?|remembers?|cares?) (?:that )?(?:i'?m (?:even )?(?:there|here|alive|around)|im (?:even )?(?:there|here|alive|around)|i am (?:there|here)|i exist|i was (?:there|here)|me)\b"
)
CARER_IN_HOSPITAL = prefiltered(
    r"\b(?:mum|mom|mummy|mommy|mam|dad|daddy|da|nan|nana|grandma|granny|grandad|grandpa|papa|mama)(?:'?s| is| has been| was| went| got taken| got rushed)? (?:in|back in|into|to|taken to|rushed to|gone (?:in)?to|still in) (?:the )?hospital\b[^.?!]{0,40}\b(?:again|still|nobody|no one|noone|won'?t tell|wont tell|doesn'?t tell|don'?t know|dont know|scared|worried|when (?:she|he)(?:'?s| is| will be| will come| comes) (?:coming )?(?:home|back|out))\b"
)
HOSPITAL_ORDINARY = prefiltered(
    r"\b(?:having (?:a|the|my) (?:baby|new baby)|new baby|baby (?:brother|sister)|works? (?:at|in)|nurse|doctor|shift|check ?-?up|visit\w*|born|appointment)\b"
)

_FLAGS = (
    (UNNOTICED, SafetyCategory.DISTRESS, PLAYFUL),
    (CARER_IN_HOSPITAL, SafetyCategory.DISTRESS, HOSPITAL_ORDINARY),
    (HOME_CODE, SafetyCategory.PERSONAL_INFO, None),
    (WALKS_ALONE, SafetyCategory.PERSONAL_INFO, None),
    (LEFT_OUT_BY_PEERS, SafetyCategory.DISTRESS, PLAYFUL),
    (PREJUDICE_EXCLUDES, SafetyCategory.HATE, None),
    (MAKE_FIRE, SafetyCategory.DANGEROUS_ACTIVITY, FIRE_SUPERVISED),
    (MOUTH_HAZARD, SafetyCategory.DANGEROUS_ACTIVITY, None),
    (WEAPON_IN, SafetyCategory.VIOLENCE, CUTLERY),
    (FOUND_DRUGS, SafetyCategory.DRUGS_ALCOHOL, None),
    (STEREOTYPE_EXCLUDES, SafetyCategory.HATE, None),
    (STRANGLE_TILL, SafetyCategory.VIOLENCE, PLAYFUL),
    (LIVE_ELECTRICS, SafetyCategory.DANGEROUS_ACTIVITY, ELECTRICS_WARNED),
    (NATION_PUT_DOWN, SafetyCategory.HATE, PUT_DOWN_CHALLENGED),
    (DISABILITY_SLUR, SafetyCategory.INSULT, SLUR_CHALLENGED),
    (BAG_OVER_HEAD, SafetyCategory.DANGEROUS_ACTIVITY, BAG_WARNED),
)


def _paired_flags(text: str) -> list[SafetyCategory]:
    """(round 25) Flags that need two ideas together."""
    out: list[SafetyCategory] = []
    if (
        WRITTEN_ON_MY_THINGS.search(text)
        and NAME_CALLED.search(text)
        and not WRITTEN_BY_ME.search(text)
        and not PLAYFUL.search(text)
    ):
        out.append(SafetyCategory.DISTRESS)
    if CLIMB_TO_JUMP.search(text) and KEPT_FROM_GROWN_UP.search(text):
        out.append(SafetyCategory.DANGEROUS_ACTIVITY)
    if (
        ONLINE_MEANNESS.search(text)
        and MEAN_WORDS.search(text)
        and AVOIDS_SCHOOL.search(text)
        and SCHOOL.search(text)
    ) or (ACHE.search(text) and SCHOOL_MORNINGS.search(text) and WORRY.search(text)):
        out.append(SafetyCategory.DISTRESS)
    if (
        DEEP_WATER.search(text)
        and UNWATCHED.search(text)
        and not SUPERVISED_SWIM.search(text)
        and not (WATER_RULE_TOLD.search(text) and not WATER_RULE_BROKEN.search(text))
    ):
        out.append(SafetyCategory.DANGEROUS_ACTIVITY)
    if FUNNY_SWEETS.search(text) and HANDS_OUT.search(text):
        out.append(SafetyCategory.DRUGS_ALCOHOL)
    if UGLIEST_POLL.search(text) and POLL_WAS_ME.search(text):
        out.append(SafetyCategory.DISTRESS)
    return out


def find_everyday_flags(text: str) -> list[Finding]:
    return [
        Finding(category, "flag_more", MODERATE, 0, len(text))
        for pattern, category, unless in _FLAGS
        if pattern.search(text)
        and not (unless is not None and unless.search(text))
        and not (pattern is MOUTH_HAZARD and swallowed_long_ago(text))
        and not (pattern is WEAPON_IN and toy_gun_in_play(text))
        # (round 45) "i got picked last for football but then scored so who cares"
        and not (pattern is LEFT_OUT_BY_PEERS and setback_turned_good(text))
    ] + [Finding(category, "flag_more", MODERATE, 0, len(text)) for category in _paired_flags(text)]
