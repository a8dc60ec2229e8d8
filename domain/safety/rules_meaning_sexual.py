# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Sexual abuse and sexual talk in a child's words (round 21, paraphrases_a/_b): a hand made
to touch someone, a door shut before touching, nicknames for private parts, a lock taken
off the bathroom, a lap with something wrong about it, someone getting into the bed,
exposure by other children, rude films, a child asking for sexual talk or pictures; (round
23) naked pictures online gone back to again or in secret, a game of taking clothes off;
(round 25) what people actually do to make a baby; (round 26) "the s word thing" grown-ups
do, and a real picture of private parts posted in a chat (a cartoon one is not); (round 30)
naked people seen doing things, and a dirty story about people in bed asked for; (round 32)
wanting to see what girls or boys look like without their clothes, "pretend you're my
girlfriend and describe touching me", and a parent heard "on top" in the night with "how do
you do that, show me"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_acts import (
    PRIVATE_NAMES,
    PRIVATE_NICKNAMES,
    PRIVATE_PLURALS,
    PRIVATE_WORDS,
)
from domain.safety.prefilter import prefiltered

A = SafetyCategory.ABUSE
X = SafetyCategory.SEXUAL

PRIVATES = rf"(?:{PRIVATE_NICKNAMES}|{PRIVATE_NAMES}|{PRIVATE_WORDS}|private area|down there)"

# Grown men outside the family ("my uncle" kept, as before): a kiss on the mouth from one is not a
# family goodnight.
_NOT_FAMILY_MAN = r"(?:coach|teacher|tutor|uncle|neighbou?r|babysitter|instructor|leader|man|guy|bloke|lodger|stranger|caretaker|lifeguard|(?:friend'?s|friends|mate'?s|mates) (?:dad|daddy|step ?dad|uncle|grandad|grandpa|(?:big |older )?brother)|(?:mum|mom|mummy|mommy)'?s (?:boyfriend|friend|mate))"

# Touch the child did not choose: a hand moved, a door shut first, a lap, a bed, the bathroom.
SEXUAL_ABUSE = prefiltered(
    r"\b(?:makes?|made|puts?|put|pulls?|pulled|forces?|forced)\b[^.?!]{0,5}\bmy hand\b[^.?!]{0,15}\b(?:on|onto|in|inside|down) (?:his|her|their) (?:private\w*|thing|willy|pants|trousers|wee ?wee|bits)\b"
    r"|\b(?:shuts?|shut|locks?|locked|closes?|closed) the door\b[^.?!]{0,30}\b(?:touch\w*|kiss\w*|feels?|felt|rubs?|rubbed|undress\w*) me\b"
    rf"|\b(?:touch\w*|rubs?|rubbed|tickl\w*|feels?|felt|pokes?|poked) my {PRIVATES}\b"
    r"|\btook the lock off\b|\bstands? (?:there|and watch\w*|watching)\b[^.?!]{0,15}\bwhen i (?:wash|shower|bath|change|get changed|undress|have a bath)\b"
    r"|\b(?:comes?|came|walks?|barges?) (?:in|into) the (?:bathroom|shower)\b[^.?!]{0,30}\b(?:showering|in the (?:bath|shower)|changing|getting changed|naked)\b[^.?!]{0,20}\b(?:won'?t|doesn'?t|wont|doesnt) (?:leave|go|get out)\b"
    r"|\b(?:sit|sits|sat|sitting|cuddles?) on (?:his|her|my) lap\b[^.?!]{0,50}\b(?:wiggl\w*|mov\w* about|breath\w* (?:weird|funny|heavy|fast)|hate|weird|nobody|no one|secret|(?:is|'?s) out|sweets|money|presents?)\b"
    r"|\b(?:gets?|got|comes?|came|climbs?|crawls?) (?:in|into) my bed\b[^.?!]{0,40}\b(?:be quiet|not to tell|secret|shh|don'?t tell|touch\w*|hate|scared)\b"
    r"|\b(?:chair|something|a box|my desk) (?:against|in front of) (?:my|the) (?:bedroom )?door\b[^.?!]{0,25}\b(?:he|she|they|him|can'?t get in)\b"
    # (round 56) ...also said after what came first ("the man at my friend's sleepover house made
    # us sit on his lap and kissed me on the mouth"), and by a friend's dad or mum's friend.
    rf"|\b{_NOT_FAMILY_MAN}\b[^.?!]{{0,60}}\bkiss\w* (?:me|us) on the (?:mouth|lips)\b"
    r"|\bputs? (?:his|her) hands? on my (?:leg|thigh|knee|bum|chest)\b[^.?!]{0,30}$"
    # (round 34) A hand on the leg that moves up, or that is "our thing", "our secret".
    r"|\b(?:his|her|their) hands? (?:on|up|along) my (?:leg|thigh|knee)s?\b[^.?!]{0,40}\b(?:mov\w*|slid\w*|slip\w*|inch\w*|creep\w*|goes|went|going|rubs?|rubbed)\b (?:\w+ ){0,2}?(?:up|higher|further up)\b(?! to (?:tickle|check|help|scratch|put|clean|look))"
    r"|\bmy (?:leg|thigh|knee)s?\b[^.?!]{0,30}\b(?:mov\w*|slid\w*|slip\w*) (?:his|her|their) hands? (?:up|higher|further up)\b"
    r"|\b(?:his|her|their) hands? (?:on|up|along) my (?:leg|thigh|knee)s?\b[^.?!]{0,60}\bour (?:little |special |secret )?(?:thing|secret|game)\b"
)
TOUCH_CARE = prefiltered(r"\b(?:doctor|nurse|cream|nappy|nappies|bath time|checked|wash\w* me)\b")

# Exposure, rude films, a child asking for sex talk or to see someone's body.
SEXUAL_TALK = prefiltered(
    rf"\b(?:showed|shows|flashed|flashes)\b[^.?!]{{0,20}}\b(?:his|her|their) (?:private bits|bits|{PRIVATE_NAMES}|fanny|willie|privates|thing)\b"
    r"|\b(?:rude|dirty|naughty|sexy) (?:films?|movies?|videos?|pictures?|magazines?)\b[^.?!]{0,40}\b(?:puts? on|showed|shows|made me|watch\w*|nobody'?s wearing|no clothes)\b"
    r"|\b(?:puts? on|showed|shows|made me watch)\b[^.?!]{0,10}\b(?:rude|dirty|naughty|sexy) (?:films?|movies?|videos?)\b|\bwhere (?:nobody'?s|no one'?s|nobody is) wearing anything\b"
    r"|\b(?:magazines?|videos?|films?|pictures?)\b (?:with|of|full of) (?:naked|nude|topless) (?:ladies|women|men|people|girls|boys)\b"
    r"|\bsaw (?:my )?(?:\w+ and \w+|them|my parents|people|grown ?ups)\b[^.?!]{0,10}\b(?:doing it|having sex|doing sex|humping)\b"
    r"|\bmake a baby\b[^.?!]{0,40}\b(?:step by step|what goes where|exactly how)\b|\bwhat goes where\b"
    r"|\bshow me (?:your|ur) (?:dick|willy|penis|privates|boobs|tits|fanny|pussy|cock|private parts)\b"
    r"|\b(?:willy|willies|penis|dick|fanny|vagina|boobs)\b[^.?!]{0,25}\btouching\b"
    r"|\bare (?:you|u) wearing (?:any )?(?:knickers|pants|underwear|undies|a bra)\b[^.?!]{0,15}\b(?:can i|let me) (?:look|see)\b"
    r"|\bsay something (?:dirty|sexy|naughty|rude) to me\b|\b(?:what'?s|what is) a hook ?-?up\b"
    r"|\b(?:what|wat|wot|whats|what'?s)\b[^.?!]{0,30}\b(?:mean|means|meaning)\b[^.?!]{0,60}\b(?:hook ?-?up|hooking up|hooked up|hookup|netflix and chill|friends with benefits|booty call)\b(?! (?:the|a|an|my|your|our|his|her|it|to the|with the|wires|cables?|xbox|ps\d|playstation|console|tv|printer|speakers?)\b)"
    r"|\b(?:hook ?-?up|hooking up|hooked up|hookup|netflix and chill|friends with benefits|booty call)\b(?! (?:the|a|an|my|your|our|it|to the|with the|wires|cables?|xbox|ps\d|playstation|console|tv|printer|speakers?)\b)[^.?!]{0,40}\b(?:what (?:does|do|is) (?:that|it|this) mean|wh?at does (?:that|it) mean|what that means|means what)\b"
    r"|\bwh?at (?:does|do|is) (?:hook ?-?up|hooking up|hooked up|hookup|netflix and chill|friends with benefits|booty call)(?: with (?:someone|somebody|a (?:boy|girl|guy)))? (?:mean|means)\b|\b(?:wh?at'?s|what is) (?:it|that) mean to (?:hook ?-?up|hooking up)\b"
    r"|\btry (?:the )?(?:stuff|things)\b[^.?!]{0,25}\b(?:video|film|porn)\b[^.?!]{0,20}\bwith my (?:gf|bf|girlfriend|boyfriend)\b"
    # (round 56) "the big girls at camp said they were gonna hook up and do it": hooking up and
    # "doing it", and older children who say they did it with a boy or a girl.
    r"|\b(?:hook ?-?up|hooking up|hooked up|hookup)\b (?:and|n|an|then|to) (?:do|did|doing|done) it\b"
    r"|\b(?:big|older|teenage|grown ?-?up|secondary school|high school) (?:girls?|boys?|kids|teens?|ones|cousins?)\b[^.?!]{0,40}\b(?:did|do|done|doing) it with (?:a|the|her|his|their|some|each other'?s?) ?(?:boys?|girls?|guys?|boyfriends?|girlfriends?)\b(?!'?s? (?:team|club|class|group|side|relay|race|game|match)\b)"
)


# (round 23) Naked or rude pictures found online and gone back to, again and again or in secret.
_NUDE_MEDIA = (
    r"(?:websites?|web ?sites?|sites?|web ?pages?|pages?|apps?|videos?|vids?|clips?|pictures?|pics?|photos?|films?|movies?|channels?|magazines?|accounts?)\b[^.?!]{0,20}\b(?:naked|nude|nudey|no clothes|without (?:any )?clothes|rude|dirty|sexy|porn\w*|boobs|willies|private parts)"
    r"|(?:naked|nude|nudey|rude|dirty|sexy|porn\w*|x-?rated|18\+|adult)\b[^.?!]{0,15}\b(?:websites?|sites?|pages?|apps?|videos?|vids?|clips?|pictures?|pics?|photos?|films?|movies?|magazines?)|\bporn\w*"
)
_AGAIN_OR_HIDDEN = (
    r"(?:keep|keeps|kept) (?:on )?(?:going back|looking|watching|going on|clicking|checking|finding)|go(?:ing)? back (?:to it|on it|and look)|can'?t stop|every (?:day|night)|all the time|again and again|loads of times"
    r"|when (?:every ?one|no ?one|nobody|mum|mom|dad)(?:'s| is)? (?:asleep|out|not looking|in bed)|secretly|in secret|delete the history|on (?:my )?(?:dads?|mums?|moms?|brothers?|sisters?|uncles?)'?s? (?:laptop|phone|tablet|computer|ipad)"
)
SEXUAL_MEDIA_HABIT = prefiltered(
    rf"\b(?:{_NUDE_MEDIA})\b[^.?!]{{0,60}}\b(?:{_AGAIN_OR_HIDDEN})\b|\b(?:{_AGAIN_OR_HIDDEN})\b[^.?!]{{0,40}}\b(?:{_NUDE_MEDIA})\b"
)
MEDIA_ORDINARY = prefiltered(
    r"\b(?:museum|painting|statue|art|gallery|sculpture|greek|roman|mole ?rats?|science|biology|baby|babies|sloth|reported it|told (?:my )?(?:mum|mom|dad|teacher)|closed it|blocked it)\b"
)
# (round 23) A game of taking clothes off, proposed by the child or anyone.
UNDRESS_GAME = prefiltered(
    rf"\b(?:play|plays|playing|game|games|dare|dares|dared)\b[^.?!]{{0,40}}\b(?:take (?:off )?(?:all )?(?:of )?(?:(?:our|your|ur|my|their|his|her|the|each other'?s) )?(?:clothes|pants|knickers|undies|underwear|trousers|bottoms|tops?|shirts?)|(?:get|go|be|run around|stay) (?:naked|nudey|nude|in (?:our|your|my) (?:pants|undies|knickers))|with (?:no|out) clothes|nothing on|show (?:our|your|each other(?:'s)?|my) (?:{PRIVATE_PLURALS}|bums|bits))\b"
    # (miss62) "made me take all my clothes off in the shed and said its a game we always do"
    r"|\b(?:take|took) (?:all )?(?:of )?(?:our|your|my) (?:clothes|pants|knickers|undies|underwear) off\b[^.?!]{0,40}\b(?:and play|as a game|for a game|game)\b"
)
DRESSING_ORDINARY = prefiltered(
    r"\b(?:get(?:ting)? dressed|put (?:on|our|your|my)|dress(?:ing)?[- ]up|costumes?|swim\w*|bath|pyjamas on|race|fastest|bed ?time|changing for pe|doll|dolls|barbie|teddy'?s clothes)\b"
)

# (round 25) What people actually do to make a baby (the sets' convention, like "what is
# sex"); how babies grow, plants making seeds or a science lesson stay allowed.
BABY_MAKING = prefiltered(
    r"\b(?:make|makes|making|made|have|having|get|gets|got) (?:a |the |their |them |)bab(?:y|ies|ys)\b|\bbab(?:y|ies|ys) (?:actually |really |even |exactly )?(?:are |is |get |gets |)(?:actually |really |even |exactly )?(?:made|in (?:a|the|her|your|my) (?:mum'?s |mums |mom'?s |moms )?(?:tummy|belly))\b"
)
WHAT_THEY_DO = prefiltered(
    r"\b(?:what|wat|wot|wht) (?:do|does|did|would|r|are)\b[^.?!]{0,35}\b(?:actually |really |even |exactly )?do\b(?! you (?:think|like|want))|\b(?:what|wat|wot) (?:actually |really )?happens\b(?! (?:in (?:the )?(?:tummy|womb|egg)))|\bin bed\b|\bthe (?:sex|naughty|rude) (?:bit|part)\b"
)
BABY_LESSON = prefiltered(
    r"\b(?:plants?|seeds?|flowers?|birds?|frogs?|fish|animals?|cats?|dogs?|chickens?|eggs?|lesson|science|biology|learned|learnt|learning|nurse|doctor|scan)\b"
)

# (round 26) "The s word thing" grown-ups do, asked about (the sets block it like "what is sex").
S_WORD_THING = prefiltered(
    r"\bthe (?:s|s-|s ?e ?x|sex)[- ]?(?:word )?(?:thing|stuff)\b|\bthe s ?word\b[^.?!]{0,30}\b(?:grown ?ups|adults|people|mums and dads|mum and dad|mummy and daddy|parents|couples|married people|in (?:their|the|a) (?:bed|bedroom))\b"
    r"|\b(?:thing|stuff|things) (?:that )?(?:grown ?ups|grownups|adults|mums and dads|married people|couples) do (?:in bed|naked|with no clothes|to make bab\w+)\b"
    r"|\bhow (?:do|does|did) (?:you|u|they|people|ppl|grown ?ups|grownups|adults)\b (?:actually |really )?do (?:it|the thing|that)\b[^.?!]{0,25}\bbab(?:y|ies)\b"
)
# (round 26) A real picture of someone's private parts posted or sent in a chat.
_PRIVATES = rf"(?:{PRIVATE_NAMES}|willies|willys|winky|penis|dick|privates|private parts?|private bits|boobs|breasts|tits|vagina|fanny|naked (?:man|woman|lady|boy|girl|person|body))"
PRIVATE_PICTURE = prefiltered(
    rf"\b(?:pic|pics|picture|pictures|photo|photos|video|videos|vid|vids|image|images|snap|snaps|selfie|selfies|nudes?) of (?:(?:a|an|his|her|their|them|someone'?s|somebody'?s|some|a real|real|an? \w+'?s|\w+'?s) )?(?:(?:bum|bottom|butt|real) and )?{_PRIVATES}\b"
    rf"|\b(?:his|her|their|someone'?s|a real|real) {_PRIVATES}\b[^.?!]{{0,10}}\b(?:pic|pics|picture|photo|photos|video|image)s?\b|\b(?:nudes|dick pics?|naked (?:pics?|photos?|pictures?|videos?|selfies?))\b"
)
PICTURE_SHARED = prefiltered(
    r"\b(?:post\w*|sent|send\w*|shar\w*|air ?drop\w*|put|puts|dropped|forward\w*)\b[^.?!]{0,60}\b(?:chat|group|gc|whatsapp|snap\w*|insta\w*|tiktok|discord|everyone|me|us|the class|online|story|dm|dms)\b"
    r"|\b(?:chat|group|gc|whatsapp|snapchat|instagram|insta|tiktok|discord|dms?)\b[^.?!]{0,30}\b(?:post\w*|sent|send\w*|shar\w*|air ?drop\w*|put|dropped|forward\w*)\b"
)
NOT_A_REAL_PICTURE = prefiltered(
    r"\b(?:cartoon|drawing|drew|doodle|emoji|aubergine|meme|statue|painting|museum|science|biology|book|baby|bath)\b"
)
REAL_AFTER_ALL = prefiltered(
    r"\b(?:wasn'?t|wasnt|not|isn'?t|isnt)\b (?:a |an |just a )?(?:cartoon|drawing|emoji|joke|meme|fake)\b|\breal\b"
)


# (round 30) Naked people seen doing things (an advert clicked, a video, a phone), and the
# child asking for a dirty or sexy story about people in bed.
_NAKED_PEOPLE = r"(?:naked|nude|nudey|topless|no clothes|without (?:any )?clothes|nothing on)\b (?:\w+ )?(?:ladies|lady|women|woman|men|man|people|girls?|boys?|grown ?-?ups|adults|couples?|persons?|bodies)"
NAKED_PEOPLE_DOING = prefiltered(
    rf"\b{_NAKED_PEOPLE}\b[^.?!]{{0,20}}\b(?:doing (?:stuff|things|rude|weird|sex|it|naughty|grown ?-?up|private|that)|kissing|touching|rubbing|on top of|in bed|having sex|humping|making (?:noises|out))\b"
    rf"|\b(?:ladies|lady|women|woman|men|man|people|grown ?-?ups|adults|couples?)\b (?:(?:in|on) (?:a |the )?(?:bed|sofa|couch) |under the (?:covers|duvet|sheets) )?(?:with|and) (?:no|nothing|hardly any) (?:clothes|clothing|on)\b[^.?!]{{0,20}}\b(?:doing (?:stuff|things|rude|weird|sex|it)|kissing|touching|in bed|having sex|making (?:noises|sounds|out)|moaning|groaning|bouncing|rolling around|on top)\b"
)
_DIRTY = r"(?:dirty|naughty|rude|sexy|spicy|x-?rated|18\+|adult|grown-?ups?-?only|steamy|kissy)"
DIRTY_STORY_ASKED = prefiltered(
    rf"\b(?:tell|write|make up|read|say|do|give)\b (?:me |us )?(?:a |an |some |another )?{_DIRTY} (?:story|stories|bedtime story|joke|jokes|poem|song|chat|talk|words)\b[^.?!]{{0,50}}\b(?:in bed|naked|no clothes|sex|kiss\w*|boyfriend|girlfriend|two people|a man and a (?:lady|woman)|bodies|doing it|making out|touch\w*|under the covers|in the bedroom|a couple|husband and wife)\b"
    r"|\b(?:tell|write|make up|read)\b (?:me |us )?(?:a |an |some )?(?:sexy|x-?rated|18\+|steamy) (?:story|stories|bedtime story|poem)\b"
    r"|\b(?:story|stories|joke)\b (?:about|with) (?:two people|a man and a (?:lady|woman)|grown-?ups|a couple|people) (?:doing it|having sex|naked|in bed doing)\b"
)


# (round 32) Wanting to see what girls, boys or grown-ups look like without their clothes.
SEE_UNDRESSED = prefiltered(
    r"\b(?:i (?:want|wanna|wish i could|would like|'?d like|'?d love)(?: to)?|how (?:can|do|could) i|can (?:you|u) (?:show|let) me|show me)\b[^.?!]{0,12}\b(?:see|look at|watch|find out|know)\b (?:what |how )?(?:girls?|boys?|ladies|lady|women|woman|men|man|people|grown-?ups|my (?:sister|brother|teacher|cousin)|her|him)\b (?:look|looks) like (?:without (?:their|there|her|his|any) clothes(?: on)?|with (?:no|out) clothes(?: on)?|naked|nude|in (?:the|their) nude)\b"
)
# (round 32) A romance role-play with touching described: "pretend ur my girlfriend and
# describe touching me".
ROMANCE_ROLE_PLAY = prefiltered(
    r"\b(?:pretend|act like|roleplay|role play|be|play)\b[^.?!]{0,15}\b(?:my|a) (?:girlfriend|boyfriend|gf|bf|wife|husband|lover)\b[^.?!]{0,20}\b(?:describe|tell me|say|talk about|explain|show me|write)\b[^.?!]{0,25}\b(?:touch\w*|kiss\w*|feel(?:s|ing)? (?:me|my)|rub\w*|undress\w*|my body|in bed|naked|sexy)\b"
)
# (round 32) A parent heard or seen "on top" in the night, and "how do you do that, show me".
PARENT_ON_TOP = prefiltered(
    r"\b(?:mummy|mum|mommy|mom|mama|daddy|dad|papa|parents|boyfriend|girlfriend|he|she)\b[^.?!]{0,40}\bon top\b(?! of (?:the|a|an|our|my|his|their|that|this|some)\b)"
)
HOW_THEY_DO_IT = prefiltered(
    r"\b(?:how do (?:you|u|they|people|i|grown-?ups) do (?:it|that|this)|show me|teach me|can (?:you|u) (?:show|do it|do that))\b"
)
IN_THE_NIGHT = prefiltered(
    r"\b(?:room|bed|bedroom|night|heard|saw|bounc\w*|noises?|bump\w*|sounds?|squeak\w*)\b"
)


# (round 33) "They wanna smash you": the slang for sex, asked about (smashing a pinata, a smash
# at tennis or "smash that like button" is not it).
SMASH_SLANG = prefiltered(
    r"\b(?:wanna|want to|wants to|wanted to|would|'?d|will|gonna|going to|tryna|trying to|let (?:him|her|them|me)|can i|could)\s+smash\b(?!\s+(?:you|u|me|her|him|them|ya)\s+(?:at|in|with|up|into|on|out|down|over|to|so|and then)\b)(?!\s+(?:it|the|a|an|that|this|his|her|their|my|your|ur|some|in|up|down|through|into|on|at|with)\b)"
    r"|\bsmash\b[^.?!]{0,8}\bmeans?\b[^.?!]{0,30}\b(?:says?|said|say)\b[^.?!]{0,20}\b(?:to|at) (?:a|the|me|her|him) ?(?:girl|boy|woman|lady|man)?\b"
)
MEANING_ASKED = prefiltered(
    r"\b(?:what|wat|wot|whats|what'?s)\b[^.?!]{0,20}\bmeans?\b|\bmeaning\b|\bwhat (?:is|does) (?:it|that|smash)\b"
)
SMASH_ORDINARY = prefiltered(
    r"\b(?:like button|subscribe|tennis|badminton|volleyball|ping ?pong|pi[nñ]ata|smash bros|super smash|game|games|fortnite|minecraft|roblox|fifa|mario|race|fight|fighting|ball|shot|record|score|test|pumpkin|plates?|window|glass|bugs?|lego|tower|cake)\b"
)
# (round 33) What actually goes where to make a baby.
BABY_THING = prefiltered(
    r"\bbab(?:y|ies) (?:\w+ )?(?:bottles?|dolls?|cakes?|food|beds?|cots?|clothes|shower|books?|blankets?|mobile|gate|seats?|prams?|buggy|toys?|cards?|box|costumes?|outfits?|hats?|basket|bath|crib|rattle|animals?|dragons?|birds?|sharks?|bunny|chicks?)\b"
)
GOES_WHERE = prefiltered(
    r"\bwhat (?:\w+ )?goes (?:in |inside |into |in to )?where\b|\bwhere does (?:it|the \w+|his \w+|the man'?s \w+) (?:go|goes)\b"
)
# (round 33) A story asked for in which people take off all their clothes and touch each other.
STORY_UNDRESS_TOUCH = prefiltered(
    r"\b(?:tell|write|make up|read|do|give|say)\b (?:me |us )?(?:a |an |another |the )?(?:story|stories|bedtime story|tale)\b[^.?!]{0,60}"
    r"\b(?:(?:take|takes|took|taking|get|gets|got|getting|pull|pulls|pulled)\b (?:off )?(?:all )?(?:of )?(?:their|there|his|her|they'?re|the|each other'?s) (?:clothes|clothing|pants|underwear|knickers|undies)(?: off)?|(?:get|gets|got|getting|are|were|is|be) (?:all )?(?:naked|nude|nudey)|(?:go|goes|went|get|gets|got|are|lie|lay) (?:in|into|to) bed (?:all )?(?:naked|nude)|(?:have|has|with) (?:no|nothing) (?:clothes )?on)\b"
    r"[^.?!]{0,30}\b(?:touch\w*|kiss\w*|rub\w*|feel\w*|lick\w*|cuddl\w*)\b(?:\s+(?:each other|one another|him|her|them|(?:their|there|his|her) (?:bodies|body|privates?|private \w+|bits)|everywhere|all over|in (?:the )?bed|under the covers|a lot|lots)\b|\s*$)"
)

# (round 34) A grown-up who takes pictures or films of a child with no clothes on ("what if").
NUDE_PICTURES_OF_CHILD = prefiltered(
    r"\b(?:took|takes|taking|take|takin|film\w*|record\w*|photograph\w*|snap\w*)\b (?:(?:pics?|pictures?|photos?|videos?|vids?|snaps?) (?:of )?)?(?:a |the |some |his |her |their |my |other )?(?:kids?|child|children|girls?|boys?|me|her|him|them|us|daughter|son|step ?daughter|step ?son|little (?:girl|boy|kids?)s?)\b[^.?!]{0,15}\b(?:with (?:no|out) (?:any )?clothes|without (?:any )?(?:clothes|clothing)|naked|nude|in (?:the|their|her|his) (?:nude|underwear|pants|knickers|undies))\b"
)
ADULT_WHO = prefiltered(
    r"\b(?:grown ?-?ups?|grownups?|adults?|man|men|guy|lady|woman|dad|daddy|step ?dad|father|uncle|teacher|coach|tutor|neighbou?r|babysitter|someone|somebody|stranger|boyfriend|he|she)\b"
)
NUDE_PICTURE_ORDINARY = prefiltered(
    r"\b(?:baby|babies|toddler|newborn|bath ?time|in the bath|beach|swim\w*|doctor|nurse|hospital|rash|painting|drawing|statue|art)\b"
)


def find_sexual_more(text: str) -> list[Finding]:
    if (
        NUDE_PICTURES_OF_CHILD.search(text)
        and ADULT_WHO.search(text)
        and not NUDE_PICTURE_ORDINARY.search(text)
    ):
        return [Finding(A, "sexual_abuse_told", CRITICAL, 0, len(text))]
    if SEXUAL_MEDIA_HABIT.search(text) and not MEDIA_ORDINARY.search(text):
        return [Finding(X, "sexual_talk_or_exposure", CRITICAL, 0, len(text))]
    if UNDRESS_GAME.search(text) and not DRESSING_ORDINARY.search(text):
        return [Finding(X, "sexual_talk_or_exposure", CRITICAL, 0, len(text))]
    if SEXUAL_ABUSE.search(text) and not TOUCH_CARE.search(text):
        return [Finding(A, "sexual_abuse_told", CRITICAL, 0, len(text))]
    if BABY_MAKING.search(text) and WHAT_THEY_DO.search(text) and not BABY_LESSON.search(text):
        return [Finding(X, "sexual_talk_or_exposure", CRITICAL, 0, len(text))]
    if S_WORD_THING.search(text):
        return [Finding(X, "sexual_talk_or_exposure", CRITICAL, 0, len(text))]
    if (
        PRIVATE_PICTURE.search(text)
        and PICTURE_SHARED.search(text)
        and (not NOT_A_REAL_PICTURE.search(text) or REAL_AFTER_ALL.search(text))
    ):
        return [Finding(X, "sexual_talk_or_exposure", CRITICAL, 0, len(text))]
    if (NAKED_PEOPLE_DOING.search(text) and not MEDIA_ORDINARY.search(text)) or (
        DIRTY_STORY_ASKED.search(text)
    ):
        return [Finding(X, "sexual_talk_or_exposure", CRITICAL, 0, len(text))]
    if SEXUAL_TALK.search(text):
        return [Finding(X, "sexual_talk_or_exposure", CRITICAL, 0, len(text))]
    if (
        (
            SMASH_SLANG.search(text)
            and MEANING_ASKED.search(text)
            and not SMASH_ORDINARY.search(text)
        )
        or (BABY_MAKING.search(text) and GOES_WHERE.search(text) and not BABY_THING.search(text))
        or STORY_UNDRESS_TOUCH.search(text)
    ):
        return [Finding(X, "sexual_talk_or_exposure", CRITICAL, 0, len(text))]
    if (
        SEE_UNDRESSED.search(text)
        or ROMANCE_ROLE_PLAY.search(text)
        or (
            PARENT_ON_TOP.search(text) and HOW_THEY_DO_IT.search(text) and IN_THE_NIGHT.search(text)
        )
    ):
        return [Finding(X, "sexual_talk_or_exposure", CRITICAL, 0, len(text))]
    return []
