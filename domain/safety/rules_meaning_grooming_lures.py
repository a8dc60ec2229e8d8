# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A grown-up luring a child away or into hidden contact (paraphrases_f), read as ideas:

- Into a car or to his place: a man who says "get in" and he'll take me to my mummy, who
  gives sweets and says next time he'll drive me home, who has special books at his flat to
  borrow if i come on my own, who sends an uber to bring me to his place while mum thinks i'm
  at a friend's, who wants me to run away to his place.
- Alone with him: a helper, leader, tutor or teacher who wants to take me camping or away
  "just me and him", or offers sleepovers, a phone or an ipad if i keep it secret.
- Hidden from the parents: practise on facetime when my parents are out, hide the tablet
  under my bed and talk at night, a different app where my parents can't read our messages
  (the teddy's own version too), a webcam left on all night, a grown-up who keeps adding me
  and says i look older than i am.

- (rounds 44-46) Sweets or a treat, then a promised trip somewhere special or without mum; a
  man in a car or a van offering a treat, a puppy or sweets if i come over to his window; a
  school or club grown-up's own snapchat or number, to message him at night or when mum is
  asleep; lessons or visits at his house that mum "doesn't need to know" about; a stranger or
  someone online asking when mum goes to bed, or whether i have my own room.
- (round 58) a stranger's gift (the new boots, a phone) if the child goes for a ride with him,
  no grown-ups.
- (round 52) a stranger who says he knows mum and will drive the child somewhere in his car;
  someone from a club or group asking which bus the child takes home and when it is alone.
- (fixholes) Santa, Father Christmas or an elf giving his number, asking where the child lives
  or goes to school, or keeping something from mum.

Near misses stay allowed: mum's friend driving me home after football, the librarian letting
me borrow books, a friend from school whose webcam is on for our homework call, a tutor on
facetime while mum is in the kitchen, a surprise party kept secret from mum, camping with my
dad, an uber with my mum; a swimming teacher's stickers, an ice-cream van, the class email for
homework, piano lessons at the teacher's house that mum arranged, a game friend asking what
time i go to bed, the babysitter asking when mum goes to bed.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.benign_frame_spoilers import (
    AGAIN,
    FEAR,
    HIDDEN,
    HURT,
    MEANS,
    OLDER,
    SCARED,
    TOUCH,
    spoilt_by,
)
from domain.safety.findings import CRITICAL, SEVERE, Finding
from domain.safety.meaning_concepts_people import STEP_PARENT
from domain.safety.prefilter import prefiltered

G = SafetyCategory.GROOMING

_MAN = r"(?:(?:a|the|this|that|some) (?:man|guy|lady|woman|stranger|bloke|person|helper|leader|boy|teenager)|(?:my|the|our) (?:tutor|teacher|coach|helper|leader|instructor|neighbou?r)|he|she|someone)"
_STRANGER = r"(?:(?:a|the|this|that|some) (?:man|guy|lady|woman|stranger|bloke|person|teenager)|someone|somebody)"
_HIS_PLACE = r"(?:his|her|their) (?:flat|house|place|home|van|caravan|car|room|shed|hotel)"

# A man's gift or his car written once before the endings that follow each; "(?=[bfgio])"
# and "(?=[dfi])" are the first letters of what follows, tried first (the same strings).
LURED_AWAY = prefiltered(
    # "said get in and he will take me to my mummy"
    r"\b(?:said|says|told me|tells me|asked me to) (?:to )?get in\b[^.?!]{0,20}\b(?:he|she|they)(?:'?ll| will| would|'?d)? (?:take|drive|bring) me\b"
    rf"|\b{_MAN}\b[^.?!]{{0,40}}\b(?=[bfgio])(?:"
    rf"(?:in|from) (?:a|the|his|her) (?:\w+ )?(?:car|van)\b[^.?!]{{0,15}}\b(?:said|says|told me|asked)\b[^.?!]{{0,10}}\bget in\b"
    # sweets or gifts, then "next time he'll drive me home"
    rf"|(?:gives?|giving|gave|buys?|bought) me (?:sweets|candy|chocolate|money|presents?|gifts?|sweeties)\b[^.?!]{{0,40}}\b(?:drive|take|give me a lift|walk) (?:me )?(?:home|to (?:his|her))\b"
    # (round 44) sweets, then a promised trip somewhere special, or without mum
    rf"|(?:gives?|giving|gave|buys?|bought|offer\w*) me (?:some |an? )?(?:sweets|sweeties|candy|chocolates?|lollies|lolly|lollipops?|treats?|ice ?-?creams?|money|presents?|gifts?|toys?)\b[^.?!]{{0,60}}\b(?:take|takes|taking|bring|drive) me (?:somewhere (?:special|secret|fun|nice|cool)|(?:on|for) (?:a |an )?(?:ride|drive|spin|adventure|trip)|to (?:see|meet|a secret|his|her)\b|[^.?!]{{0,30}}\b(?:without (?:my )?(?:mum|mom|mummy|dad|daddy|parents)|on my own|by myself|just me|don'?t tell|not tell|a secret|our secret)))"
    # (round 58) a stranger's gift (boots, a phone, money) if i go for a ride, a drive or back
    # to his car with him, or without the grown-ups
    rf"|\b{_STRANGER}\b[^.?!]{{0,40}}\b(?:give|gives|gave|buy|buys|bought|get|gets|got|offer\w*|'?d (?:buy|get|give)) me\b[^.?!]{{0,40}}\bif (?:i|we) (?:\w+ )?(?:go|come|went|came|get|got|hop|jump)\b (?:for (?:a |an )?(?:ride|drive|spin|walk|trip)(?! on\b)|(?:in|into) (?:his|her|their|the) (?:car|van|truck|lorry)|(?:back )?(?:to|round) (?:his|her|their) (?:house|flat|place|car|van))\b[^.?!]{{0,30}}\b(?:with (?:him|her|them)|no (?:grown ?-?ups?|adults?|parents|mum|mom|dad)|without (?:my |the |any )?(?:grown ?-?ups?|adults?|parents|mum|mom|dad)|alone|on my own|by myself|just (?:me|us)|don'?t tell|not tell)\b"
    # (round 46) a man in a car or a van: a treat for a pet, a puppy to see, if i come over to it
    rf"|\b{_MAN}\b[^.?!]{{0,30}}\b(?=[dfi])(?:in|from|driving) (?:a|the|his|her|this|that) (?:\w+ )?(?:car|van|truck|lorry|jeep)\b(?! ?(?:park|boot|wash|showroom))(?:"
    rf"[^.?!]{{0,60}}\b(?:treats?|sweets|sweeties|candy|chocolate|lolly|puppy|puppies|kittens?|bunny|bunnies|dog|doggy|money|toys?|presents?|a surprise|show (?:me|us)|let (?:me|us) (?:see|stroke|hold|pet|play))\b[^.?!]{{0,50}}\b(?:if|when|so) (?:i|we) (?:\w+ )?(?:come|came|go|went|walk|walked|step|stepped|get|got)\b[^.?!]{{0,10}}\b(?:over|closer|nearer|up|to (?:his|her|the) (?:car|van|truck|window|door)|in)\b"
    rf"|[^.?!]{{0,40}}\b(?:told|tells|asked|asks|wanted|wants|said|says)\b[^.?!]{{0,10}}\b(?:me|us)? ?(?:to )?(?:come|go|walk) (?:over|closer|nearer) to (?:his|her|the) (?:car|van|truck|window|door)\b)"
    # special things at his flat, if i come on my own
    rf"|\b{_HIS_PLACE}\b[^.?!]{{0,40}}\bif i (?:come|go|visit|pop round)\b[^.?!]{{0,15}}\b(?:on my own|alone|by myself|without (?:mum|mom|dad|my (?:mum|mom|dad|parents)))\b"
    # an uber or a taxi sent to bring me to his place (in secret), running away to his place
    rf"|\b(?:sending|send|sent|booking|booked|ordering|ordered|get) (?:me )?(?:an? )?(?:uber|taxi|cab|car)\b[^.?!]{{0,30}}\b(?:to )?{_HIS_PLACE}\b"
    rf"|\bwants? me to run away\b[^.?!]{{0,20}}\b(?:to|with) (?:him|her|{_HIS_PLACE})\b"
)

# (round 52) a stranger who says he knows mum, or was sent by her, or offers a drive in his car
# (the offer found first, the stranger who said it looked for on its own: two cheap scans).
STRANGER_SAID = prefiltered(
    rf"\b{_STRANGER}\b[^.?!]{{0,30}}\b(?:said|says|told me|tells me|claimed|claims|offered|offers|asked)\b"
)
STRANGER_OFFER = prefiltered(
    r"\b(?:he|she|they) (?:knows?|knew|is friends with|works? with) (?:my|your|ur) (?:mum|mom|mummy|mommy|mam|dad|daddy|parents|nan|gran|family)\b[^.?!]{0,60}\b(?:drive|take|bring|walk|give me a lift|pick me up|collect|get in(?:to)?|hop in|jump in)\w*\b"
    r"|\b(?:drive|take|bring|give) me\b[^.?!]{0,40}\bin (?:his|her|their|the) (?:car|van|truck|lorry)\b"
    r"|\b(?:my |your |ur )?(?:mum|mom|mummy|mommy|dad|daddy|parents) (?:sent|asked|told) (?:him|her|them) to (?:pick me up|collect me|get me|take me|fetch me)\b"
)
LURE_NOT = prefiltered(
    r"\b(?:ice ?-?cream (?:van|truck|man|lady)|food (?:van|truck)|burger van|taxi driver|postman|delivery (?:man|driver)|police\w*|my (?:mum|mom|dad|parents|nan|gran)'?s? (?:friend|mate)|(?<!works )(?<!work )with (?:my )?(?:mum|mom|dad|parents)|mum (?:said|says) (?:it'?s|its) ok)\b"
)

# Alone with a grown-up, or a reward for a secret.
ALONE_OR_SECRET = prefiltered(
    r"\b(?:tutor|teacher|coach|helper|leader|instructor|youth worker|neighbou?r|boyfriend|babysitter|uncle|man|guy)\b[^.?!]{0,60}\b(?:take|takes|taking) me (?:camping|away|on holiday|to (?:his|a) (?:cabin|caravan|tent|hotel))\b[^.?!]{0,20}\b(?:just (?:me and (?:him|her)|the two of us|us two)|on my own|alone)\b"
    r"|\b(?:tutor|teacher|coach|helper|leader|instructor|neighbou?r|(?:\w+'?s )?boyfriend|(?:mum|mom|dad|mummy|daddy)'?s (?:friend|mate)|babysitter|man|guy|uncle)\b[^.?!]{0,60}\b(?:can have|could have|will give|'?ll give|get|have sleepovers|sleepovers?|can sleep over)\b[^.?!]{0,40}\bif (?:i|we) keep (?:it|this|our \w+|them|everything|that) (?:a )?secret\b"
)
# (round 45) lessons, tutoring or visits at his house, and the parent needn't know.
_KEPT_FROM_PARENT = (
    rf"(?:(?:my |your |ur )?(?:mum|mom|mummy|mommy|dad|daddy|parents|mam|nan|family|{STEP_PARENT})\b (?:doesn'?t|doesnt|does not|don'?t|dont|do not|won'?t|wont|will not|never) (?:need|have|has|got) to (?:know|find out|hear)|(?:mum|mom|dad|parents) (?:doesn'?t|don'?t|won'?t|wont|will never|never) (?:need to )?(?:know|find out)|(?:don'?t|dont|do not|not to|no need to|never) tell (?:my |your |ur )?(?:mum|mom|mummy|dad|daddy|parents|anyone|nan)|without (?:telling|asking) (?:my |your |ur )?(?:mum|mom|mummy|dad|daddy|parents|anyone)|(?:keep|keeping) it (?:a )?secret|(?:our|a) (?:little )?secret|just between (?:us|you and me|me and (?:him|her))"
    # (miss65) "if we keep it from our mums we can come anytime"
    r"|(?:keep|keeping|kept) (?:it|this|that|them|everything) (?:quiet )?(?:from|secret from|hidden from) (?:our|my|your|ur|their|the) (?:mums?|moms?|mummies|dads?|parents|families|nans?)|(?:don'?t|dont|do not|not to|never) tell (?:our|their) (?:mums?|moms?|dads?|parents|families))"
)
# (miss65) another child's grown-up relative: "jaydens uncle", "my mates dad", "her big cousin".
_SOMEONES_RELATIVE = r"(?:(?:my |a )?(?:friend|mate|bestie)s?'?|\w+'?s) (?:older |big )?(?:uncle|dad|step ?dad|grandad|grandpa|brother|cousin)"
AT_HIS_HOUSE_SECRET = prefiltered(
    rf"\b(?:tutor|teacher|coach|helper|leader|instructor|youth worker|neighbou?r|man|guy|lady|woman|mr \w+|sir|{_SOMEONES_RELATIVE})\b[^.?!]{{0,60}}\b(?:at|to|round|in) (?:his|her|their) (?:house|flat|place|home|garage|studio|shed|caravan)\b[^.?!]{{0,60}}\b{_KEPT_FROM_PARENT}"
    rf"|\b{_KEPT_FROM_PARENT}\b[^.?!]{{0,60}}\b(?:at|to|round|in) (?:his|her|their) (?:house|flat|place|home|garage|studio|shed|caravan)\b"
)
SECRET_NOT = prefiltered(r"\b(?:surprise|birthday|present for (?:mum|mom|dad)|party)\b")

# Hidden from the parents: calls when they are out, a hidden tablet at night, a webcam on all
# night, an app the parents can't read, "you look older than 16".
HIDDEN_CONTACT = prefiltered(
    r"\b(?:facetime|video ?call|call|chat|talk|practi[sc]e|skype|zoom|message)\b[^.?!]{0,20}\bwhen (?:my|your) (?:parents|mum|mom|dad|mummy|daddy) (?:are|is|were|was) (?:out|away|asleep|at work|not (?:home|in|there|looking))\b"
    r"|\b(?:facetime|video ?call|call|message|text|snap|dm|ring)\w* (?:him|her|them)\b[^.?!]{0,12}\b(?:when|while|once|after) (?:my |your |ur )?(?:parents|mum|mom|dad|mummy|daddy|mam|every ?(?:one|body))(?:'?s| is| are|'re)? (?:out|away|asleep|sleeping|at work|in bed|gone to (?:bed|sleep)|goes to (?:bed|sleep)|go to (?:bed|sleep)|not (?:home|in|there|looking|around))\b"
    r"|\bhide (?:the|my|your) (?:tablet|phone|ipad|laptop)\b[^.?!]{0,40}\b(?:talk|chat|call|message)\b[^.?!]{0,20}\b(?:at night|in bed|after bedtime|when (?:everyone|mum|mom|dad)\w* (?:is )?asleep)\b"
    r"|\b(?:leave|leaving|keep|keeping|have) (?:the |your |my )?(?:webcam|camera|cam|video)\b (?:on|running)\b[^.?!]{0,10}\b(?:all night|overnight|while (?:you|i) sleep|when (?:you|i)'?re asleep)\b"
    r"|\b(?:talk|chat|message|go) on (?:a )?(?:different|another|other|secret|private) app\b[^.?!]{0,30}\b(?:parents|mum|mom|dad)\b[^.?!]{0,10}\b(?:can'?t|cannot|won'?t|don'?t) (?:read|see|check|find)\b"
    r"|\b(?:keeps?|kept) (?:adding|messaging|snapping|following) me\b[^.?!]{0,40}\b(?:says?|said|tells me)\b[^.?!]{0,10}\bi (?:look|seem|act) (?:older|more mature|way older|grown up)\b"
)
# (round 45) a school or club grown-up's own snapchat or number, for late or hidden messages;
# (round 58) a referee, a lifeguard or a scout leader too, and the grown-up at home asleep
# wherever the child is ("ring me when ur at ur nans and shes asleep").
_CLUB_GROWN_UP = r"(?:teacher|tutor|coach|instructor|trainer|helper|leader|assistant|ta|sir|mr \w+|caretaker|dinner (?:lady|man)|youth worker|referee|ref|umpire|lifeguard|steward|groundsman|manager|bus driver|scout ?master|akela)"
_ASLEEP_OR_AWAY = r"(?:asleep|sleeping|in bed|out|away|at work|not (?:home|looking|around|in)|gone to (?:bed|sleep)|goes? to (?:bed|sleep))"
CLUB_NUMBER_HIDDEN = prefiltered(
    rf"\b{_CLUB_GROWN_UP}\b[^.?!]{{0,40}}\b(?:gave|gives|sent|added|shared|wrote down|passed|slipped) me (?:on |his |her |their )(?:own |personal |private |phone |mobile )?(?:snap\w*|number|phone number|mobile|insta\w*|whatsapp|tiktok|discord|username|account)\b[^.?!]{{0,50}}\b(?:at night|late at night|after (?:my |your |ur )?bedtime|in bed|(?:when|while|once|after) (?:my |your |ur )?(?:parents|mum|mom|dad|everyone|nan|nana|gran|grandma|grandad|grandpa|carer)(?:'?s| is| are|'re)? {_ASLEEP_OR_AWAY}|(?:when|while|once) (?:i'?m|im|i am|you'?re|your|ur|u r|you are) (?:at|in) [^.?!]{{0,20}}\b(?:and|so) (?:she|he|they|everyone)(?:'?s| is| are|'re) {_ASLEEP_OR_AWAY}|don'?t tell|not tell|secret|delete)"
)
CLUB_NUMBER_NOT = prefiltered(
    r"\b(?:homework call|(?:if|in case) (?:i'?m|i am|i get|i feel|of an?) (?:worried|scared|lost|emergency|upset|locked out|hurt|stuck)|in case of (?:an )?emergenc\w+|locked out|for (?:my |your )?(?:mum|mom|dad|parents)|(?:he'?s|hes|she'?s|shes) my (?:dad|daddy|mum|mom|mummy|big sister|sister|big brother|brother|nan|grandad|grandma|cousin|auntie|uncle|stepdad|stepmum))\b"
)
HIDDEN_NOT = prefiltered(
    r"\b(?:friend from school|school friend|homework call|my cousin|nan|gran|grandma|grandad|the baby monitor|nature cam|bird ?box|for (?:my |your )?(?:mum|mom|dad|parents)|(?:if|in case) (?:i'?m|i am|i get|i feel|of an?) (?:worried|scared|lost|emergency|upset|locked out|hurt|stuck)|in case of (?:an )?emergenc\w+|locked out|(?:he'?s|hes|she'?s|shes) my (?:dad|daddy|mum|mom|mummy|big sister|sister|big brother|brother|nan|grandad|grandma|cousin|auntie|uncle|stepdad|stepmum))\b"
)

# (round 46) a stranger or someone online asking when the household sleeps, or about the
# child's own room ("asked what time my mom goes to bed and if i have my own room").
_ASKED = (
    r"(?:ask\w*|wants? to know|wanted to know|keeps? asking|kept asking|wonder\w*|questions? about)"
)
HOUSEHOLD_ASKED = prefiltered(
    rf"\b{_ASKED}\b[^.?!]{{0,30}}\b(?:what time|when|if|whether|how late) (?:my|your|ur) (?:mum|mom|mummy|mommy|mam|dad|daddy|parents|folks|family|{STEP_PARENT}|grown-?ups)\b (?:go(?:es)? to (?:bed|sleep)|(?:is|are) (?:asleep|in bed|sleeping)|falls? asleep|sleeps?|stays? up|leaves? (?:for work|the house)|(?:go(?:es)?|went) out|(?:is|are) out|works? nights?)\b"
    rf"|\b{_ASKED}\b[^.?!]{{0,60}}\b(?:if|whether) (?:i|you|u) (?:have|got|sleep in|get) (?:my|your|ur) own (?:bed ?room|room)\b"
    rf"|\b{_ASKED}\b[^.?!]{{0,30}}\b(?:which|what) (?:room|window) (?:is (?:mine|yours|urs|my bedroom|your bedroom|ur bedroom)|(?:i|you|u) sleep in)\b"
)
_STRANGER_OR_ONLINE = prefiltered(
    r"\b(?:(?:in|on|from) (?:the|a|my|this|that) (?:game|chat|server|app|website)|online|internet|roblox|fortnite|minecraft|discord|snap\w*|tiktok|insta\w*|xbox|playstation|among us|(?:a|the|some|this|that|an old|an older) (?:man|guy|stranger|lady|woman|bloke|boy|teenager|person|gamer|player)|someone|somebody|neighbou?r|(?:in|from) (?:a|the|his) (?:car|van))\b"
)
_HOUSEHOLD_FINE = prefiltered(
    r"\b(?:babysitter|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunt|cousin|doctor|nurse|survey|homework|sleep diary|my friend'?s mum|social worker|school|teacher|church|new house|moving house|move house|estate agent|sleepover)\b"
)

TEDDY_OTHER_APP = prefiltered(
    r"\b(?:talk|chat|message|go|move|switch)\b[^.?!]{0,10}\b(?:on|to) (?:a )?(?:different|another|other|secret|private|special) (?:app|chat|site|game)\b[^.?!]{0,30}\b(?:parents|mum|mom|dad|grown-?ups)\b[^.?!]{0,10}\b(?:can'?t|cannot|won'?t|don'?t) (?:read|see|check|find)\b"
)

# (fixholes) Santa, Father Christmas or an elf giving the child his number, asking where the
# child lives or goes to school, or adding a secret from mum ("said to sit on his lap and not
# tell mum"); a candy cane, a photo mum took, a letter with our address stay allowed.
COSTUMED = prefiltered(
    r"\b(?:santa|father christmas|santa claus|(?:an?|the) elf|elves|easter bunny|(?:the )?mascot)\b"
)
COSTUMED_ASKS = prefiltered(
    r"\b(?:gave|give|gives|giving|wrote|writ\w*|passed|slipped) (?:me|my) (?:his|her|a) (?:phone |mobile |own )?(?:number|phone number|snapchat|snap|insta\w*|whatsapp|email)\b"
    r"|\b(?:text|message|call|ring|phone|add|snap|dm) (?:him|her)\b(?! (?:a|the) (?:letter|list))"
    r"|\b(?:asked|asks|wanted to know|wants to know)\b[^.?!]{0,30}\b(?:where (?:i|we) (?:live|lives|sleep)|my address|what (?:street|road|house)|which (?:street|road|house))\b"
    # A secret from mum, said by him: "said to sit on his lap and not tell mum".
    r"|\b(?:said|says|told me|tells me|whispered|asked me)\b[^.?!]{0,40}\b(?:(?:not|don'?t|dont|never|no) (?:to )?(?:tell|telling|say|saying) (?:mum|mummy|mom|dad|daddy|my (?:mum|mummy|mom|dad|daddy|parents|nan)|anyone|anybody|nobody)\b|our (?:little )?secret\b|keep (?:it|this|that) (?:a )?secret\b)"
)
_COSTUMED_NOT = prefiltered(
    r"\b(?:letter|letters|wrote to|write to|wish ?list|chimney|north pole|christmas eve|deliver\w*|sleigh|tracker|what i want(?:ed)? for christmas|surprise|present for (?:mum|mummy|dad|daddy|my)|mum'?s present|dad'?s present)\b"
    # (fixholes) a parent dressed up, the elf on the shelf, a video call on mum's phone, a game,
    # a sibling who still believes, presents brought home
    r"|\b(?:dressed (?:up )?as|elf on the shelf|video call\w*|app|on (?:mum|mummy|mom|dad|daddy)'?s (?:phone|ipad|tablet)|played|playing|pretend\w*|school play|nativity|(?:little|baby) (?:sister|brother)|still believes?|believe in|(?:mum|mummy|mom|dad|daddy|grandad|nan) (?:said|says|told)|eggs?|so (?:he|she|they) (?:can|could|knows?|will|would)|bring (?:me |my |the )?presents)\b"
)


# (round 52) someone from a club or a group, or a stranger, asking the child's way home or bus,
# and when the child is alone ("someone from the stamp collecting group asked which bus i take
# home and when im by myself").
ROUTE_ALONE_ASKED = prefiltered(
    rf"\b{_ASKED}\b[^.?!]{{0,30}}\b(?:which|what) (?:bus|way|route|train|path|road|tram) (?:i|you|u) (?:take|get|catch|walk|go)\b[^.?!]{{0,40}}\b(?:when|if|whether|what time) (?:i'?m|im|i am|i go|i walk|you'?re|your|ur|you are|you go|u r) (?:\w+ )?(?:by (?:my|your|ur) ?self|on (?:my|your|ur) own|alone|home alone)\b"
    rf"|\b{_ASKED}\b[^.?!]{{0,30}}\b(?:when|what time|what days?) (?:i'?m|im|i am|you'?re|you are|ur|u r) (?:\w+ )?(?:by (?:my|your|ur) ?self|on (?:my|your|ur) own|alone|home alone)\b[^.?!]{{0,40}}\b(?:which|what) (?:bus|way|route|train|path|road) (?:i|you|u) (?:take|get|catch|walk|go)\b"
)
_ROUTE_ASKER_FINE = prefiltered(
    r"\b(?:mum|mom|mummy|mommy|dad|daddy|nan|nana|gran|grandma|grandad|auntie|uncle|my friend'?s mum)\b (?:asked|asks|wants|wanted|wonder\w*)\b"
)
# (frames) A teacher, the school, the police or a bus driver asking the way home and when the
# child is alone is care only with its reason told ("... so she can tell mum", "for the trip
# form"); without one ("my teacher asked which bus i take home and if im alone") it is the
# lure itself, and a reason told beside a shared spoiler (a secret, touching, fear) is no care.
_ROUTE_ASKER_OFFICIAL = prefiltered(
    r"\b(?:teacher|the school|police\w*|bus driver|lollipop (?:lady|man)|head ?teacher|teaching assistant)\b (?:asked|asks|wants|wanted|wonder\w*)\b"
)
_ROUTE_CARE_REASON = prefiltered(
    r"\b(?:so (?:she|he|they|the school) (?:can|could|knows?|would know)|to make sure|safe\w*|forms?|register|letter|(?:tell|told|ring|rang|call|called|text|email) (?:my )?(?:mum|mom|mummy|dad|daddy|parents|carer)|"
    r"(?:school|class) trip|after ?school club|walking bus|bus pass|everyone|every(?:body| child| kid)|the whole class|all of us)\b"
)
_ROUTE_CARE_SPOILT = spoilt_by(None, HURT, MEANS, FEAR, SCARED, AGAIN, OLDER, TOUCH, HIDDEN)


def _route_asked_in_care(text: str) -> bool:
    if _ROUTE_ASKER_FINE.search(text):
        return True
    return bool(
        _ROUTE_ASKER_OFFICIAL.search(text)
        and _ROUTE_CARE_REASON.search(text)
        and not _ROUTE_CARE_SPOILT.search(text)
    )


def find_grooming_lures(text: str) -> list[Finding]:
    hit = (
        (
            (
                LURED_AWAY.search(text)
                or (STRANGER_OFFER.search(text) and STRANGER_SAID.search(text))
            )
            and not LURE_NOT.search(text)
        )
        or (
            (ALONE_OR_SECRET.search(text) or AT_HIS_HOUSE_SECRET.search(text))
            and not SECRET_NOT.search(text)
        )
        or (HIDDEN_CONTACT.search(text) and not HIDDEN_NOT.search(text))
        or (CLUB_NUMBER_HIDDEN.search(text) and not CLUB_NUMBER_NOT.search(text))
        or (
            HOUSEHOLD_ASKED.search(text)
            and _STRANGER_OR_ONLINE.search(text)
            and not _HOUSEHOLD_FINE.search(text)
        )
        or (COSTUMED.search(text) and COSTUMED_ASKS.search(text) and not _COSTUMED_NOT.search(text))
        or (ROUTE_ALONE_ASKED.search(text) and not _route_asked_in_care(text))
    )
    return [Finding(G, "grooming_lures", CRITICAL, 0, len(text))] if hit else []


def find_teddy_other_app(text: str) -> list[Finding]:
    return (
        [Finding(G, "teddy_other_app", SEVERE, 0, len(text))]
        if TEDDY_OTHER_APP.search(text)
        else []
    )
