# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Grooming in a child's words (round 21, paraphrases_a/_b): sextortion, money or game
currency for photos or "a favour", "his special girl", flattery about being mature, age
lies, questions about the body in clothes, camera at night, calls kept secret, moving to
private numbers, meeting alone, being someone's girlfriend, parents undermined; (round 23)
puppies, sweets or toys in someone's van or house if the child comes alone; (round 25)
someone met online moving the chat to a secret app "so mum can't see", or asking to meet
somewhere on my own; (round 26) a coach's or tutor's extra practice "just us two", a
secret boyfriend or girlfriend bond with someone older, someone online asking where the
party or the house is, a grown-up's console or treat "only if i come on my own"; (round 28) a
grown-up at the shop or the park praising the child's looks or promising a present, and
asking the child to come back alone; (round 29) a grown-up at camp or a club telling the child
to come to his cabin or room after lights out, bringing nobody; (round 30) someone grown
saying the child is not like other girls its age or that he would wait for it, and a
stranger's "secrets game" or sweets with "no tell mummy"; (round 31) a grown-up who calls
the child the prettiest and gives it his number to text him secretly, and a grown-up's
"special friends keep secrets (from mummy)"; (round 32) a man at the shop who gives the child
money (five dollars, ten pounds) or calls himself its secret best friend, and says come back
alone."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_care import baby_photos

G = SafetyCategory.GROOMING

_SAYS = r"(?:says?|said|saying|tells me|told me|keeps? saying|thinks|messag\w* me saying)"

GROOMING_MORE = prefiltered(
    # Sextortion and paying for pictures.
    r"\b(?:got|has|have|'?s got)\b (?:one |a |some |my )?(?:pics?|photos?|pictures?|videos?|nudes)\b[^.?!]{0,40}\b(?:wants? more|unless i (?:send|do)|or (?:my|the) (?:whole )?(?:school|class|family|parents|friends)|share it|post it)\b"
    r"|\b(?:share|post|send|show)\w* (?:it|them|my pics?|the pics?)\b (?:with|to) (?:my )?(?:whole )?(?:school|class|family|parents|friends|everyone)\b[^.?!]{0,20}\b(?:unless|if i don'?t|or else)\b"
    r"|\b(?:offered|pay|paid|give|gave)\w*\b[^.?!]{0,15}\b(?:\d+|fifty|ten|twenty|money|quid|pounds|dollars|robux|v-?bucks)\b[^.?!]{0,15}\bfor (?:a |some |more )?(?:photos?|pics?|pictures?|videos?|selfies?)\b"
    r"|\b(?:pics?|photos?|pictures?|videos?)\b (?:of me )?(?:without (?:any )?clothes|with no clothes|naked|nude|with my top off|in (?:a|my) (?:bikini|swimsuit|swimming costume|underwear|undies))\b"
    # "show a bit more" on camera (often for a gift card or game currency).
    r"|\b(?:show|flash)\w*\b[^.?!]{0,15}\b(?:a (?:bit|little|lil) more|some more|more of (?:me|you|yourself|your ?self))\b[^.?!]{0,40}\b(?:camera|cam|webcam|video|vc|facetime)\b"
    r"|\b(?:camera|cam|webcam|video|vc|facetime)\b[^.?!]{0,25}\b(?:show|flash)\w*\b[^.?!]{0,10}\b(?:a (?:bit|little|lil) more|some more|more of (?:me|you|yourself|your ?self))\b"
    # Gifts and game currency that buy a debt or a special bond.
    r"|\b(?:paid for|bought|got me|gave me|gived me|sends? me|sent me)\b[^.?!]{0,25}\b(?:battle ?pass|skins?|robux|v-?bucks|gift ?cards?|money|loads of stuff|presents)\b[^.?!]{0,40}\b(?:owe (?:him|her|them)|special|secret|don'?t tell|in return|favou?r)\b"
    r"|\b(?:special|speshul|secret) (?:friend|girl|boy|princess)\b[^.?!]{0,40}\b(?:gave|gives|gived|sends|buys|bought|stuff|presents|gift)\b"
    r"|\bour (?:little )?(?:arrangement|deal)\b|\b(?:special|secret) club\b[^.?!]{0,20}\bjust me and (?:him|her)\b"
    # Being someone's girlfriend; mature for your age; "teach me" to kiss.
    r"|\b(?:man|guy|grown ?up|adult|lady|woman)\b[^.?!]{0,30}\b(?:i'?m his|im his|i'?m her|be my|he'?s my|is my)\s*(?:little |secret )?(?:girlfriend|boyfriend|wife|husband)\b"
    r"|\b(?:want|wants) (?:him|her|them) to teach me\b|\bteach me (?:how )?to kiss\b"
    # Age lies.
    r"|\b(?:said|says|told me)\b[^.?!]{0,12}\b(?:he'?s|she'?s|he is|she is)\s+(?:\d{1,2}|a kid|my age)\b[^.?!]{0,50}\b(?:old man|grown man|grown woman|adult|beard)\b"
    r"|\b(?:online|in the game|from the game)\b[^.?!]{0,10}\b(?:is|was) actually (?:1[8-9]|[2-9]\d)\b"
    # The body in clothes, the camera at night, the bedroom on camera.
    r"|\bwhat i look like (?:in|without) (?:my )?(?:swimming costume|swimsuit|bikini|underwear|pants|pyjamas|nightie|towel|clothes)\b"
    r"|\b(?:asked|asks|wants|told) (?:me )?to wear (?:my )?(?:school uniform|dress|skirt|swimsuit|bikini|nightie|pyjamas)\b[^.?!]{0,30}\b(?:video|cam|call|pic|photo|alone)\b"
    r"|\b(?:webcam|camera|cam)\b[^.?!]{0,25}\b(?:at night|everyone'?s asleep|everyone is asleep|late at night)\b"
    r"|\bshow (?:him|her|them) my (?:room and my bed|bed|body)\b|\bif (?:i|you|u) (?:really |truly )?(?:trusted|loved) (?:him|her|me)\b[^.?!]{0,30}\b(?:show|send)\b"
    # Secrecy about the contact: calls, chats, numbers saved under another name.
    r"|\b(?:calls?|chats?|messages|texts|selfies)\b (?:kept|to be kept|to stay|stay) (?:secret|private|between us)\b"
    r"|\b(?:asks?|asked|wants?|told) (?:me|u|you) to (?:delete|clear|erase|hide)\b[^.?!]{0,15}\b(?:chats?|messages|texts|dms|history)\b"
    r"|\bnot to save (?:it|his number|him|her) under (?:his|her|their) (?:real )?name\b|\bsave (?:it|him|his number) under a (?:different|fake|girl'?s) name\b"
    r"|\b(?:other kids|the others|my parents|my mum|my mom|my dad) (?:can'?t|cannot|mustn'?t|shouldn'?t) know\b"
    r"|\b(?:posted|sent|gave|bought)\b (?:me )?(?:a )?(?:phone|sim|tablet)\b[^.?!]{0,30}\bwithout (?:my|your) (?:mum|mom|dad|parents) (?:seeing|knowing|finding out)\b"
    # Meeting alone, the way home, a lure into a van or car.
    r"|\bsneak\w* out\b[^.?!]{0,30}\bmeet\b|\b(?:which|what) (?:gate|door|exit|bus stop) (?:i come out|i leave|i use)\b"
    r"|\b(?:wants? to know|asked|asks)\b[^.?!]{0,10}\b(?:which|what) (?:house|street|road) is (?:mine|my house)\b"
    r"|\bcome to the (?:playground|park|woods|shop)\b[^.?!]{0,20}\balone\b|\b(?:his|her) (?:house|flat|place|car)\b[^.?!]{0,20}\b(?:just me|alone|on my own|by myself)\b"
    r"|\bcome in(?:to)? the back\b|\b(?:kittens?|puppies|puppy|sweets) in (?:his|her) (?:car|van)\b"
    r"|\b(?:takes?|took|taking) (?:pics?|photos?|pictures?|videos?) of me\b[^.?!]{0,40}\b(?:just us|alone|collection|secret|don'?t tell)\b"
    # Parents undermined.
    r"|\b(?:parents|mum|mom|dad|family)\b[^.?!]{0,10}\b(?:don'?t|doesn'?t|never) (?:get|understand|know) me (?:like|the way|as well as) (?:he|she|they) (?:does|do)\b"
    r"|\b(?:he'?s|she'?s|he is|she is) the only one who (?:does|trusts me|gets me|understands me|cares)\b"
    r"|\b(?:happier|better off) (?:living )?(?:at|with|in) (?:his|her) (?:flat|house|place)\b|\bparents are (?:way |so |far )?too strict\b"
)
# Flattery about being grown-up, from someone who is not family or a teacher.
# A lone "he says i'm more mature than other kids" is a mild trust stage (the conversation
# risk escalates it); an adult's yardstick, an age, or a stranger online makes it critical.
MATURE_TALK = prefiltered(
    rf"\b{_SAYS}\b[^.?!]{{0,10}}\b(?:i'?m|im|i am|i look)\b[^.?!]{{0,30}}\b(?:mature|grown ?up for|basically an adult|not like other|like (?:1[5-9]|2\d))\b"
    r"|\bother (?:girls|boys|kids) (?:my|his|her) age are (?:babies|immature|kids)\b"
)
MATURE_STRONG = prefiltered(
    r"\b(?:mature|older) than (?:girls|boys|women|ladies|people) (?:his|her) age\b|\bbasically an adult\b|\blook like (?:1[5-9]|2\d)\b|\bgrown ?up for (?:\d+|a \d+)\b"
    r"|\bnot like other \d+ ?(?:year olds|yr olds)\b|\bother (?:girls|boys|kids) (?:my|his|her) age are\b|\b(?:online|discord|insta\w*|snap\w*|tiktok|keeps messaging|i don'?t know|stranger)\b"
)
MATURE_FAMILY = prefiltered(
    r"\b(?:my (?:mum|mom|dad|nan|nana|gran|granny|grandma|grandad|grandpa|teacher|parents|auntie|aunt)|miss|sir|mrs|mr)\b"
)
# (round 23) Animals, sweets or toys waiting in someone's van or house, if the child comes
# alone: misspelt ("puppys", "kitens"), in either order.
_LURE_THING = r"(?:pupp?(?:y|ie|ys|ies)|kitt?(?:en|ens|ies|ys|y)|kitty|bunn(?:y|ies|ys)|rabbits?|hamsters?|guinea pigs?|sweets|sweeties|candy|lollies|lollipops|chocolates?|ice ?creams?|toys?|a (?:new )?(?:ps5|switch|xbox|phone|ipad|tablet)|presents?|robux|v-?bucks|money)"
_VEHICLE_OR_HOME = r"(?:in|at|inside|in the back of) (?:his|her|their|the|a|my) (?:van|car|truck|house|flat|shed|garage|place|home|caravan|back|lorry)"
_ALONE_ASKED = r"(?:by myself|by my ?self|on my own|alone|without (?:my|your) (?:mum|mom|dad|parents|friends|brother|sister)|don'?t (?:tell|bring)|just me|if i (?:come|go)|come and see|come see|come look|come in)"
LURE_IN_VEHICLE = prefiltered(
    rf"\b{_LURE_THING}\b[^.?!]{{0,25}}\b{_VEHICLE_OR_HOME}\b[^.?!]{{0,60}}\b{_ALONE_ASKED}\b"
    rf"|\b(?:come|go|get)\b[^.?!]{{0,20}}\b(?:by myself|on my own|alone)\b[^.?!]{{0,40}}\b{_LURE_THING}\b[^.?!]{{0,25}}\b{_VEHICLE_OR_HOME}\b"
)
LURE_OWN_PARENT = prefiltered(
    r"^\s*(?:my )?(?:mum|mom|mummy|mommy|dad|daddy|nan|nana|grandma|grandpa|granny|parents)\b"
)

# (round 25) Someone met online or in a game moving the chat to a secret or private app,
# chat or channel that a parent can't see; or asking to meet somewhere, on my own.
ONLINE_CONTACT = prefiltered(
    r"\b(?:roblox|fortnite|minecraft|tiktok|discord|snapchat|instagram|insta|youtube|among us|xbox|playstation|online|internet|pen ?-?pal|penpal|gaming|(?:the|a|an|this|that) (?:game|app|website|chat room)|met (?:him|her|them) on)\b"
)
_PROPOSES = r"(?:says?|said|saying|wants?|wanted|told|tells|asked|asks|made|makes|keeps? saying|let'?s|lets)"
SECRET_CHANNEL = prefiltered(
    rf"\b{_PROPOSES}\b[^.?!]{{0,45}}\b(?:(?:secret|private|hidden|different|another|other|our own|special|new) (?:\w+ )?(?:apps?|chats?|servers?|channels?|group|account|places?)|(?:get|download|use|move to|go on|talk on|chat on|add (?:me|him|her) on|switch to) (?:\w+ )?(?:snapchat|whatsapp|telegram|discord|kik|signal|wickr|instagram|insta|a different app|another app)|(?:chat|talk)\w* (?:somewhere|some place) (?:else|secret|private))\b"
)
AWAY_FROM_PARENT = prefiltered(
    r"\b(?:mum|mom|mummy|mommy|dad|daddy|parents|family|nan|nobody else|no one else|no-one else)\b[^.?!]{0,12}\b(?:can'?t|cant|won'?t|wont|doesn'?t|doesnt|don'?t|dont|never|not|can not|cannot) (?:\w+ )?(?:see|check|look|read|know|find out|find|notice|get in)\b"
    r"|\b(?:nobody|no one|noone|no-one)(?: else)? (?:can|will|could) (?:see|know|find|read)\b|\b(?:not|don'?t|dont|never) (?:to )?tell (?:my|your|ur) (?:mum|mom|mummy|dad|daddy|parents|family)\b"
)
_ALONE_MEET = r"(?:by (?:my|your|ur) ?self|alone|on (?:my|your|ur) own|without (?:my|your|ur) (?:mum|mom|mummy|dad|daddy|parents|family|nan|grown ?ups?)|just (?:me and (?:him|her)|(?:him|her) and me|the two of us)|(?:don'?t|dont|not to|no) (?:bring|tell) (?:anyone|anybody|my|your|ur|a grown))"
ONLINE_MEET_ALONE = prefiltered(
    rf"\b(?:meet\w*|come (?:to|and|over)|see me|hang out|get together)\b[^.?!]{{0,45}}\b{_ALONE_MEET}\b"
    rf"|\b{_ALONE_MEET}\b[^.?!]{{0,30}}\b(?:meet\w*|come (?:to|and|over)|see (?:me|him|her))\b"
)
MEET_ACCOMPANIED = prefiltered(
    r"\bwith (?:my|her|his|our|their|your) (?:mum|mom|mummy|dad|daddy|parents|family|nan|grandma|grandad|teacher|class|school)\b|\b(?:school trip|class trip|my cousin|my brother|my sister)\b"
)

# (round 26) Extra practice or lessons from a coach or tutor, just the two of them.
EXTRA_LESSONS = prefiltered(
    r"\b(?:extra|private|special|secret|one on one|1 on 1|one to one|1 to 1|own) (?:\w+ )?(?:practice|practise|training|lessons?|sessions?|tuition|coaching|help|tutoring)\b"
)
JUST_US_TWO = prefiltered(
    r"\b(?:just (?:us two|us 2|the two of us|us|me and (?:him|her)|(?:him|her) and me)|on my own|by myself|alone|before (?:the )?others (?:come|get|arrive)|after (?:every ?one|the others|everybody) (?:goes|go|has gone|leaves|left)|when (?:nobody|no one|noone)(?: else)?(?:'?s| is) (?:there|here|around)|our (?:special|little|secret) (?:thing|secret)|(?:don'?t|dont|not to) tell)\b"
)
WITH_THE_GROUP = prefiltered(
    r"\bwith (?:all )?(?:the (?:team|others|class|group)|every ?one|everybody|my (?:mum|mom|dad|team|class|friends|parents))\b|\b(?:mum|mom|dad|parents) (?:is|are|stays?|watch\w*|comes?) (?:there|too|with)\b"
)
# (round 26) A boyfriend-and-girlfriend bond kept secret, or with someone much older.
_COUPLE = r"(?:boyfriend and girlfriend|girlfriend and boyfriend|(?:his|her|my) (?:secret |little )?(?:girlfriend|boyfriend)|(?:are|were|we'?re|were) (?:dating|going out|in love))"
ROMANCE = prefiltered(rf"\b{_COUPLE}\b")
ROMANCE_HIDDEN = prefiltered(
    r"\b(?:not allowed to tell|(?:can'?t|cant|mustn'?t|mustnt|shouldn'?t|can not|cannot|not to|never) tell (?:anyone|anybody|my|mum|dad|mummy|daddy|no ?one)|(?:our|a) secret|secret (?:girlfriend|boyfriend)|(?:wouldn'?t|wouldnt|won'?t|wont|don'?t|dont) (?:understand|get it)|(?:they'?d|theyd|they would) be jealous)\b"
)
OLDER_ONE = prefiltered(
    r"\b(?:(?:he'?s|hes|she'?s|shes|he is|she is) (?:1[6-9]|[2-9]\d|sixteen|seventeen|eighteen|nineteen|twenty|thirty|a grown ?up|an adult|at uni|in college)|(?:1[6-9]|[2-9]\d) (?:years? old|yrs?)|(?:is|are) (?:1[6-9]|[2-9]\d)\b|grown ?up|grownup|adult|man|lady|from (?:the |a |my )?(?:game|app|online|internet))\b"
)
ROMANCE_TOLD = prefiltered(r"\bnot allowed to tell\b|\b(?:he|she) (?:says?|said)\b")
CLASSMATES = prefiltered(r"\b(?:in my class|in my year|at school|lol|haha|pretend|playground)\b")
# (round 26) Someone online asking where the party, house or school is, to come along.
WHERE_ASKED = prefiltered(
    r"\b(?:tell|told|send|sent|give|gave|ask\w*|wants? to know|wanted to know|know)\b[^.?!]{0,25}\b(?:where (?:it is|i live|the party|my (?:house|party|school)|we live|i go|my birthday)|(?:my|the|our) (?:address|postcode|house number|street)|what (?:my |the )?(?:address|postcode|street)|which (?:house|street|road|school|park|town)|which one (?:it is|is it|is mine|i go to))\b"
    r"|\bwhere (?:i live|my house is|my house|i go to school)\b"
)
COMING_ROUND = prefiltered(
    r"\b(?:come|comes|coming|visit|meet|turn up|pick me up|see me|bring me|post me|send me)\b"
)
# (round 26) A grown-up's console, games or treats, only if the child comes alone or tells no one.
_GROWN_NOT_PARENT = r"(?:man|lady|guy|woman|neighbou?r|next door|down the road|up the road|at the shop|he|she|they|coach|teacher|helper)"
ONLY_IF_ALONE = prefiltered(
    r"\b(?:only if|as long as|but only if|if|but) (?:i|you|u) (?:come|go|am|'?m|are|play|do)?\b[^.?!]{0,6}\b(?:on (?:my|your|ur) own|alone|by (?:my|your|ur) ?self|without (?:my|your|ur) (?:mum|mom|mummy|dad|daddy|parents|friends|brother|sister))\b"
    r"|\b(?:but|as long as|only if|if) (?:i|you|u) (?:don'?t|dont|do not|never) (?:tell|bring)\b|\b(?:but )?(?:don'?t|dont) (?:tell|bring) (?:your|ur|my|anyone|any ?one|nobody)\b"
)
HIS_THINGS = prefiltered(
    rf"\b{_GROWN_NOT_PARENT}\b[^.?!]{{0,40}}\b(?:(?:his|her|their) (?:playstation|ps[45]|xbox|switch|nintendo|games?|computer|pc|ipad|tablet|phone|trampoline|pool|hot tub|puppy|dog|kittens?|toys?|sweets|telly|tv)|come (?:in|round|over|inside)|play games|whenever i (?:want|like))\b"
)
OWN_FAMILY = prefiltered(
    r"^\s*(?:my )?(?:mum|mom|mummy|mommy|dad|daddy|nan|nana|grandma|grandpa|granny|gran|grandad|parents|sister|brother)\b"
)
# (round 26) A grown-up's lap or cuddle as the price of a snack, a treat or a turn.
LAP_FOR_TREAT = prefiltered(
    r"\b(?:sit\w* on (?:his|her|their) (?:lap|knee|knees)|(?:give|giving|gives) (?:him|her|them) (?:a )?(?:cuddle|hug|kiss)|(?:cuddle|hug|kiss) (?:him|her))\b[^.?!]{0,40}\b(?:to get|or i (?:don'?t|dont|won'?t|wont|can'?t|cant|do not) (?:get|have)|before i (?:get|can)|if i want|for (?:a|my|some|the) (?:snack|sweets?|treat|biscuit|sticker|turn|go|prize|pudding|crisps|chocolate|juice))\b"
    r"|\b(?:only get|get|can have|gives? me)\b[^.?!]{0,25}\b(?:snack|sweets?|treat|biscuits?|stickers?|turn|go|prize|pudding|crisps|chocolate|juice)\b[^.?!]{0,12}\bif i (?:sit\w* on (?:his|her|their) (?:lap|knee|knees)|(?:give|gives) (?:him|her) (?:a )?(?:cuddle|hug|kiss))\b"
)
LAP_ORDINARY = prefiltered(
    r"\b(?:santa|father christmas|grandad|grandpa|nan|nana|grandma|granny|mum|dad|story)\b"
)

# (round 28) A grown-up who is not family praising the child's looks or promising a present,
# and asking the child to come back or meet again alone.
STRANGER_ADULT = prefiltered(
    r"\b(?:man|men|lady|ladies|woman|women|guy|bloke|stranger|grown-?up|adult|neighbou?r|(?:someone|somebody) (?:at|from|in|on) the (?:shop|park|pool|bus|street|corner|market|cafe|library|playground))\b"
)
LOOKS_PRAISED = prefiltered(
    r"\b(?:pretty|beautiful|gorgeous|cute|cutie|handsome|sexy|lovely (?:hair|eyes|legs|skin|smile)|nice (?:hair|eyes|legs|body|skin|smile|lips)|stunning|special girl|special boy|good looking)\b"
    r"|\b(?:presents?|gifts?|surprise|sweets|sweeties|treats?|money|toys?|puppy|kittens?)\b"
    # (round 32) money by its name, or a "secret best friend".
    r"|\b(?:(?:a|one|two|three|five|ten|twenty|\d+) (?:dollars?|bucks|quid|pounds?|euros?)|a (?:fiver|tenner)|cash|secret (?:best )?(?:friend|buddy|pal|bestie))\b"
)
COME_BACK_ALONE = prefiltered(
    r"\b(?:come|coming|go|walk|pop) (?:back|again|round|over|by|in|to (?:his|her|their|the) \w+)\b[^.?!]{0,40}\b(?:alone|all alone|on (?:my|your|ur) own|by (?:my|your|ur) ?self|without (?:my|your|ur) (?:mum|mom|mummy|dad|daddy|parents|nan|gran|grandma|brother|sister|friends?|family)|just me|no grown-?ups?|(?:don'?t|dont|not to) (?:bring|tell) (?:anyone|anybody|my|your|ur|mum|mom|dad|a grown-?up)|without telling (?:anyone|anybody|my|your|ur|mum|mom|dad)|when (?:my|your|ur) (?:mum|mom|mummy|dad|daddy|parents|nan|gran) (?:isn'?t|isnt|aren'?t|arent|is not|are not|is out|'?s not|is at work) ?(?:there|around|with (?:me|you)|looking|home)?)\b"
    r"|\b(?:meet|see|visit) (?:him|her|them)\b[^.?!]{0,30}\b(?:alone|all alone|on (?:my|your|ur) own|by (?:my|your|ur) ?self|without (?:my|your|ur) (?:mum|mom|mummy|dad|daddy|parents))\b"
)

# (round 29) A grown-up at camp, a club or a trip telling the child to come to his cabin,
# tent or room after lights out, alone, bringing nobody.
ROOM_VISIT = prefiltered(
    r"\b(?:come|go|sneak|creep|meet|visit|pop)\w*\b[^.?!]{0,15}\b(?:to|into|in|round to|over to|inside) (?:his|her|their|the (?:leader'?s|teacher'?s|coach'?s|instructor'?s)) (?:cabin|tent|room|bedroom|dorm|office|caravan|chalet|bunk|lodge|hut|van|car|flat|house|shed|cabin door)\b"
)
VISIT_HIDDEN = prefiltered(
    r"\b(?:after lights out|after bedtime|when (?:every ?(?:one|body)|the others|the other kids|all the others)(?:'?s| is| are) (?:asleep|sleeping|in bed)|in the middle of the night|alone|on my own|by myself|just me|(?:not|don'?t|dont|never|no) (?:to )?(?:bring|tell) (?:anyone|anybody|any ?one|my|a friend|the others|nobody)|without (?:telling|bringing) (?:anyone|anybody|my)|our secret|secret)\b"
)
VISIT_ADULT = prefiltered(
    r"\b(?:grown[- ]?up|adult|man|men|guy|leader|helper|instructor|coach|teacher|counsell?or|supervisor|volunteer|warden|caretaker|he|she)\b"
)
VISIT_ORDINARY = prefiltered(
    r"\b(?:if (?:i|we|you|u) (?:feel|felt|am|are|get|got|have|had)\b[^.?!]{0,15}\b(?:sick|ill|poorly|scared|homesick|a bad dream|nightmare|worried)|(?:my|our) (?:mum|mom|mummy|dad|daddy|nan|grandma)|with (?:my|a|all the|the other) (?:friends?|group|class|team|others)|all of us)\b"
)

# (round 30) Someone grown (18 or more, at uni, "a grown man") telling the child it is not like
# other girls its age, or that he would wait for it to be older.
GROWN_SUITOR = prefiltered(
    r"\b(?:(?:he'?s|hes|she'?s|shes|he is|she is|he was|she was|they'?re|they are|turns?|turned|just turned|who is|who'?s|whos)\s+(?:like |about |nearly |almost |over )?(?:1[89]|[2-9]\d|eighteen|nineteen|twenty|thirty|a grown ?up|a grownup|an adult|a grown (?:man|woman)|at uni|in college|at college|at university|older than my (?:mum|mom|dad|brother|sister))"
    r"|(?:1[89]|[2-9]\d) ?(?:years? old|yrs? old|yo|y/o)|a grown (?:man|woman)|(?:older|grown ?up|adult) (?:guy|man|boy|lad|woman|girl|friend)|from (?:the |his |her )?(?:uni|college|university))\b"
)
SUITOR_LINE = prefiltered(
    r"\bnot like (?:the )?other (?:girls|boys|kids|people)(?: (?:my|your|ur) age)?\b|\b(?:so |really |very )?mature for (?:my|your|ur) age\b|\bolder than (?:my|your|ur) age\b"
    r"|\b(?:he'?d|he would|she'?d|she would|they'?d|would) wait (?:for me|for you|for u)\b(?! (?:at|outside|by|in|after|near|on|while|to (?:finish|come|get)))"
    r"|\bwait (?:for me )?(?:till|until|til) (?:i'?m|im|i am|i turn|i get|i'?m old enough|you'?re|youre|you are|ur) (?:older|old enough|grown ?up|1[4-8]|fourteen|fifteen|sixteen|seventeen|eighteen|legal|bigger)\b"
    r"|\bwhen (?:i'?m|im|i am|i turn|you'?re|you are|ur) (?:older|old enough|1[6-8]|sixteen|eighteen|legal)\b[^.?!]{0,30}\b(?:marry|date|together|be with|girlfriend|boyfriend|go out)\b"
    r"|\bage (?:is )?(?:just a number|doesn'?t matter|does not matter)\b"
)
SUITOR_FAMILY = prefiltered(
    r"\b(?:my (?:mum|mom|dad|nan|gran|grandma|grandad|grandpa|uncle|auntie|aunt|brother|sister|cousin|teacher)|mummy|daddy|miss|sir|mrs|mr|at the gate|after school|outside school|at the bus stop|pick me up)\b"
)
# (round 30) A stranger's "secrets game", or sweets given with "no tell mummy" (a young
# child's words), in the park, the shop or the street.
STRANGER_NEAR = prefiltered(
    r"\b(?:man|men|lady|ladies|woman|women|guy|bloke|stranger|grown-?up i don'?t know|someone i don'?t know|big boy|big boys|old man|old lady)\b"
)
SECRET_TREAT = prefiltered(
    r"\b(?:secrets? game|secret games?|game (?:of|with) secrets|play(?:ing|ed|s)? secrets|our (?:little |special )?secret|special secret)\b"
    r"|\b(?:give|gives|gave|giv|gived|got|get|buy|buys|bought|had|has)\b (?:me|us)\b[^.?!]{0,15}\b(?:lolly|lollies|lollipops?|sweets|sweeties|sweetie|candy|chocolates?|choccy|ice ?creams?|treats?|biscuits?|crisps|money|pennies|toys?|sticker|stickers|present|presents)\b[^.?!]{0,40}\b(?:no tell|not tell|don'?t tell|dont tell|never tell|mustn'?t tell|not to tell|shh+|it'?s a secret|our secret|secret|tell no ?one|tell nobody)\b"
)
GROOMING_NOT = prefiltered(
    r"\b(?:never|don'?t ever|stay(?:ing)? safe|police|lesson|assembly|quiz)\b"
)


# (round 31) A grown-up giving the child his own number, with a compliment on its looks or
# a secret ("said i was the prettiest and gave me his number to text him secretly").
NUMBER_GIVEN = prefiltered(
    r"\b(?:gave|give|gives|giving|passed|slipped|handed|wrote|writ|put|sent|added) me (?:his|her|their) (?:own |personal |private |secret |phone |mobile |home )*(?:number|phone number|mobile|digits|snap\w*|insta\w*|whatsapp|tiktok|discord|email)\b"
    r"|\b(?:his|her) (?:own |personal |private |secret )?(?:number|phone number|mobile|snapchat)\b[^.?!]{0,20}\b(?:so i (?:can|could)|to|and (?:said|told me) to) (?:text|message|call|ring|snap|dm|whatsapp|facetime|chat to)\b"
)
NUMBER_WHY = prefiltered(
    r"\b(?:prettiest|most beautiful|so beautiful|so pretty|really pretty|beautiful|pretty|gorgeous|cute|cutest|sexy|stunning|special|his favourite|my favourite|favourite girl|favourite boy|mature|grown up for)\b"
    r"|\b(?:secret\w*|don'?t tell|not (?:to )?tell|no tell|without (?:telling|asking)|our secret|just between us|delete\w*|hide|not show)\b"
)
NUMBER_GIVER = prefiltered(
    r"\b(?:man|men|guy|bloke|lady|woman|stranger|grown-?up|adult|neighbou?r|helper|coach|teacher|tutor|caretaker|instructor|leader|driver|(?:my |her |his )?(?:dad|mum|brother|sister)'?s (?:friend|mate)|uncle|older boy|teenager|someone)\b"
)
NUMBER_ORDINARY = prefiltered(
    r"\b(?:in case of (?:an )?emergenc\w*|for emergencies|mum (?:has|knows|said|asked)|my (?:mum|mom|dad|parents) (?:has|knows|said|asked|were there)|for (?:my|your) (?:mum|mom|dad|parents))\b"
)
# (round 31) A grown-up's "special friends", who keep secrets (from mummy).
SPECIAL_FRIEND_SECRETS = prefiltered(
    r"\bspecial (?:friends?|buddies|buddy|pals?)\b[^?!]{0,60}\b(?:keep|keeps|kept|keeping|have|has|share|shares|got|tell each other|don'?t tell|never tell)\b (?:\w+ )?(?:secrets?|(?:it|this) (?:a )?secret)\b"
    r"|\bsecrets?\b[^.?!]{0,40}\b(?:special (?:friends?|buddies|pals?))\b"
)
SPECIAL_FRIEND_GROWN = prefiltered(
    r"\b(?:grown ?-?ups?|adults?|man|men|lady|woman|uncle|coach|teacher|tutor|babysitter|neighbou?r|he|him|his|from (?:mummy|mummies|mum|mums|mommy|mom|mam|daddy|dad|parents|your parents|my parents|everyone|grown-?ups))\b"
)


def find_grooming_more(text: str) -> list[Finding]:
    if LURE_IN_VEHICLE.search(text) and not LURE_OWN_PARENT.search(text):
        return [Finding(G, "grooming_told", CRITICAL, 0, len(text), "meeting")]
    if ONLINE_CONTACT.search(text):
        if SECRET_CHANNEL.search(text) and AWAY_FROM_PARENT.search(text):
            return [Finding(G, "grooming_told", CRITICAL, 0, len(text), "secrecy")]
        if ONLINE_MEET_ALONE.search(text) and not MEET_ACCOMPANIED.search(text):
            return [Finding(G, "grooming_told", CRITICAL, 0, len(text), "meeting")]
    if (
        (
            EXTRA_LESSONS.search(text)
            and JUST_US_TWO.search(text)
            and not WITH_THE_GROUP.search(text)
        )
        or (
            ROMANCE.search(text)
            and ROMANCE_HIDDEN.search(text)
            and OLDER_ONE.search(text)
            and not CLASSMATES.search(text)
        )
        or (
            ROMANCE.search(text)
            and ROMANCE_TOLD.search(text)
            and ROMANCE_HIDDEN.search(text)
            and not CLASSMATES.search(text)
        )
        or (ONLINE_CONTACT.search(text) and WHERE_ASKED.search(text) and COMING_ROUND.search(text))
        or (HIS_THINGS.search(text) and ONLY_IF_ALONE.search(text) and not OWN_FAMILY.search(text))
        or (LAP_FOR_TREAT.search(text) and not LAP_ORDINARY.search(text))
        or (
            GROWN_SUITOR.search(text)
            and SUITOR_LINE.search(text)
            and not SUITOR_FAMILY.search(text)
        )
        or (
            STRANGER_NEAR.search(text) and SECRET_TREAT.search(text) and not OWN_FAMILY.search(text)
        )
        or (
            STRANGER_ADULT.search(text)
            and LOOKS_PRAISED.search(text)
            and COME_BACK_ALONE.search(text)
            and not OWN_FAMILY.search(text)
        )
        or (
            ROOM_VISIT.search(text)
            and VISIT_HIDDEN.search(text)
            and VISIT_ADULT.search(text)
            and not VISIT_ORDINARY.search(text)
            and not OWN_FAMILY.search(text)
        )
    ) and not GROOMING_NOT.search(text):
        return [Finding(G, "grooming_told", CRITICAL, 0, len(text), "meeting")]
    if (
        (
            NUMBER_GIVEN.search(text)
            and NUMBER_WHY.search(text)
            and NUMBER_GIVER.search(text)
            and not NUMBER_ORDINARY.search(text)
        )
        or (SPECIAL_FRIEND_SECRETS.search(text) and SPECIAL_FRIEND_GROWN.search(text))
    ) and not GROOMING_NOT.search(text):
        return [Finding(G, "grooming_told", CRITICAL, 0, len(text), "secrecy")]
    if (
        (GROOMING_MORE.search(text) and not baby_photos(text))
        or (
            MATURE_TALK.search(text)
            and MATURE_STRONG.search(text)
            and not MATURE_FAMILY.search(text)
        )
    ) and not GROOMING_NOT.search(text):
        return [Finding(G, "grooming_told", CRITICAL, 0, len(text), "trust")]
    return []
