# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Concepts for the meaning stage (rules_meaning.py), one compiled pattern each.

What someone does or wants: a camera, a private place, nudity, touching, secrecy, a lure,
sexual media, asking for pictures, romance, a cover story, gifts, explosives.
Each pattern alone decides nothing; the rules_meaning modules combine them.
"""

from __future__ import annotations

from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import HIDDEN
from domain.safety.meaning_concepts_people import CARER_WORDS
from domain.safety.meaning_concepts_who import OUTSIDE_ADULT
from domain.safety.prefilter import prefiltered

# (fanote) Contests a child wins or loses by name (bare alternatives, no group): the sports, races
# and games that "smash the other girls at gymnastics", "beat him at chess", "we're gonna murder
# them at netball" are about. Shared by the rules that read a hard word before "at ..." as a win
# (rules_harm._COMPETITION, rules_meaning_flags_risky_plans._NOT_A_GAME,
# rules_meaning_flags_family_gatherings._PLAY_CONTEST, threat_excuses._SPORT); each adds its
# own events (a match, a final) or places.
CONTESTS = (
    r"football|footy|soccer|netball|basketball|volleyball|dodgeball|rounders|cricket|rugby|hockey|lacrosse|baseball|softball|water polo|"
    r"tennis|table tennis|ping pong|badminton|squash|golf|mini golf|crazy golf|bowling|darts|snooker|cornhole|"
    r"swimming|running|racing|karting|athletics|cross country|sprints?|relay|hurdles|long jump|high jump|sports day|"
    r"gymnastics|trampolining|cycling|bmx|skiing|archery|karate|judo|taekwondo|wrestling|arm wrestling|"
    r"chess|checkers|draughts|cards|uno|snap|scrabble|cluedo|jenga|top trumps|dominoes|bingo|monopoly|connect four|go fish|"
    r"noughts and crosses|tic tac toe|rock paper scissors|thumb war|pictionary|charades|trivia|quiz|spelling bee|spelling|maths?|times tables|"
    r"fifa|mario|mario kart|minecraft|fortnite|roblox|smash bros|video games?|board games?"
)
CAMERA = prefiltered(
    r"\b(?:ipad|tablet|video ?call\w*|facetime\w*|call (?:him|her|them|me)|webcam|cam|camera|live ?stream\w*|go live|pics?|pictures?|photos?|selfies?|videos?|film|filming|films|record\w*|snaps?)\b"
)
# Source fragments for the private parts (bare alternatives, no group), shared by the modules
# that build their own lists of them: each list keeps its own union (the words a rule wants
# differ), these are the runs most lists share. The plain words; the names a child uses for
# them (every list but one has both); the nursery names of the lists of sexual talk (a
# child's word for them, told); the plural run of "each other's ..." and "their ...".
PRIVATE_WORDS = r"privates?|private (?:parts?|bits)"
PRIVATE_NAMES = r"willy|front bottom"
PRIVATE_NICKNAMES = (
    r"foo ?foo|fanny|minnie|nunu|tuppence|wee ?wee|pee ?pee|willie|noo ?noo|moo ?moo"
)
PRIVATE_PLURALS = r"privates|private parts|willies|bottoms|front bottoms"

PRIVATE_PLACE = prefiltered(
    r"\b(?:closet|wardrobe|under the stairs|bathroom|bath|bathtub|shower|toilet|changing room|locker room|in (?:my|his|her|the) bed|under the (?:covers|blanket|sheets)|"
    r"in my (?:pj'?s|pjs|pajamas|pyjamas|nightie|nightgown|underwear|undies|towel)|bedroom with the door (?:shut|closed|locked)|"
    r"with the door (?:shut|closed|locked)|lock(?:ed|s)? the (?:bathroom |bedroom )?door|bathroom mirror|show (?:him|her|them) my (?:bed)?room|lock(?:ed|s)? (?:my|your|ur|the bedroom|my bedroom|your bedroom) (?:bedroom )?door|when (?:no one|nobody) (?:is|was) (?:home|around|there)|when (?:mom|mum|dad)'?s? (?:is |was )?(?:out|away|asleep|at work))\b"
)
# Having no clothes on (bare alternatives, no group), the words that say so of anyone: the
# child, a grown-up, the children in a picture.
NAKED_WORDS = r"naked|nude|undressed|(?:with )?no clothes(?: on)?|without (?:any |my |your |ur |his |her |their )?clothes(?: on)?"
# A picture or a film of someone (bare alternatives, no group), what is asked for or sent.
PICTURE_WORDS = r"pictures?|pics?|photos?|videos?|vids|selfies?|snaps?"
NUDITY = prefiltered(
    rf"\b(?:{NAKED_WORDS}|nudes|with (?:his|her|their|my) clothes off|clothes off|"
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
    r"when (?:no one|nobody|noone) (?:is|was|'?s) (?:looking|around|watching|home|there)|promise (?:not|never) to tell|made me promise|(?:not|never) allowed to (?:tell|say)|not supposed to (?:tell|say)|(?:as|so) long as (?:my |your |ur )?(?:parents|mom|mum|mommy|mummy|dad|daddy|family|folks) (?:don'?t|dont|doesn'?t|doesnt|never|won'?t|wont) (?:find out|know|see|hear)|without (?:telling|asking) (?:anybody|anyone|any ?one|my (?:parents|mom|mum|dad)|mom|mum|dad)|so (?:no one|nobody|noone) (?:hears|sees|knows|can hear|can see|finds out))\b"
)
BENIGN_SECRET = prefiltered(
    r"\b(?:surprises?|presents?|gifts?(?! ?cards?)|birthday|party|christmas|santa|handshake|crush|fancies|fancy|who (?:she|he|they) likes?|recipe|tooth fairy|easter|(?<!gift )card|mother'?s day|father'?s day|"
    r"fort|clubhouse|treasure|game level|spoiler|cake|pranks?|hide and seek|hide ?-?and ?-?go ?-?seek|hiding spot|hidden object|easter eggs?)\b"
)
# (leftovers) What spoils a "surprise", a "present" or a "game" told with a secret: touch, a bed,
# a bath or a shower, undressing or nakedness, a lap, photos of the child, "what we did",
# presents heaped on the child. The
# frame must not lower a secret about any of these ("grandad said it's a surprise but he
# tickles me in bed and said don't tell anyone").
SECRET_SPOILT_ACTS = prefiltered(
    r"\b(?:touch\w*|tickl\w*|kiss\w* me|cuddl\w*|rubs? me|rubb\w* (?:me|my)|strok\w*|massag\w*|lick\w*|feels? me|felt me|"
    r"(?:in|into|under) (?:my|his|her|their|the) (?:bed|covers|duvet|blanket|sheets)|in bed with|(?:gets?|got|climbs?|climbed|comes?|came|sneaks?) (?:in|into) (?:my )?bed|sleeps? (?:in|with) me|"
    r"bath(?:s|es|ed|ing)? (?:with )?me|in the (?:bath|shower|bathtub)|bath ?time|shower ?time|showers? with me|undress\w*|naked|nude|no clothes|(?:clothes|pants|knickers|pyjamas|pjs|nightie|top|shirt|trousers|nappy) off|"
    r"privates?|private (?:parts?|bits|places?)|down there|willy|(?:his|her) lap|(?:photos?|pictures?|pics?|videos?|selfies?) of me|(?:takes?|took|taking) (?:photos|pictures|pics|videos)|"
    r"what (?:we|he|she) (?:did|does|do)|(?:our|a) (?:special|secret) game)\b"
)
# Presents heaped on the child by someone ("he sends me presents", "buys me presents"), not one
# present for someone else: it spoils a surprise too, unless a carer gives them (below).
_GIFTS_HEAPED = r"\b(?:sends?|sent|gives?|gave|buys?|bought|gets?|got|brings?|brought) me (?:\w+ ){0,2}?(?:presents|gifts|things|stuff|money|sweets|toys)\b"
SECRET_SPOILT = prefiltered(f"{SECRET_SPOILT_ACTS.pattern.pattern}|{_GIFTS_HEAPED}")
# (fanote) A carer's treat for keeping a family surprise: "dad said he'll buy me sweets if i
# don't tell my sister about the surprise party", "nan gives me sweets to keep grandad's present
# a secret". The carer is the giver (the grammar says so); the secret is a surprise (BENIGN_SECRET,
# searched by benign_secret); a touch, a bed, a bath, any pictures, "what he did", a grown-up outside
# the family (a coach, an uncle, a man), a hurt or fear spoil it (HIDDEN waived: the surprise is
# kept from someone). A grown-up's gift for the child's silence about the grown-up stays grooming.
CARER_TREAT = prefiltered(
    rf"\b(?:{CARER_WORDS})\b(?: (?:said|says|told me|tells me|promised|promises|will|would|'?ll|'?d|is going to|is gonna|gonna)\b[^.?!]{{0,15}})?"
    r"\b(?:buy|buys|bought|get|gets|got|give|gives|gave|treat|treats|treated) (?:me|us)\b"
)
carer_treat_for_surprise = Frame(
    CARER_TREAT,
    prefiltered(
        f"{SECRET_SPOILT_ACTS.pattern.pattern}|{OUTSIDE_ADULT.pattern.pattern}"
        rf"|\b(?:{PICTURE_WORDS}|camera|film\w*)\b"
    ),
    waives=(HIDDEN,),
)


def benign_secret(text: str) -> bool:
    """A secret that is a surprise, a present, a crush or a game, not spoilt by touch, a bed, a
    bath, undressing or photos, nor by presents heaped on the child by anyone but a carer."""
    return BENIGN_SECRET.search(text) is not None and (
        SECRET_SPOILT.search(text) is None or carer_treat_for_surprise(text)
    )


LURE = prefiltered(
    r"\b(?:come|go|get|hop|climb|ride|walk|sit|stay|wait|take me|takes me|taking me|bring me|drive me)\b[^.?!]{0,25}\b(?:in|into|to|inside|see|look)\b[^.?!]{0,25}\b(?:his|her|their|a|the) (?:van|car|truck|house|place|apartment|flat|home|shed|garage|room|boat|yacht|caravan|camper|campervan|motorhome|tent|cabin|hut|beach hut|chalet|hotel room)\b"
    r"|\b(?:puppies|puppy|kittens?|candy|sweets|lollies|ice cream|toys?|games?|robux|v-?bucks|money)\b[^.?!]{0,30}\b(?:in|at) (?:his|her|their) (?:van|car|truck|house|place|apartment|home)\b"
    r"|\b(?:see|show (?:me|you)) something (?:cool|special|fun|secret|neat|awesome)\b[^.?!]{0,20}\b(?:in the (?:bushes|woods|trees|van|car|shed|alley)|behind (?:the|a)|over there|in (?:his|her) (?:house|car|van|room))\b"
    r"|\bcome (?:see|visit|meet|stay with) (?:him|her|them)\b|\bsend (?:me )?(?:an? )?(?:uber|taxi|cab|car|lyft|(?:bus |train |plane )?tickets?) (?:to|for|so)\b"
    r"|\b(?:wait for me|waiting for me|find me|come find me|see me in person|come to my (?:house|school)|(?:come|comes|coming|came|drive|driving|fly|flying|travel\w*) (?:all the way )?(?:to|down to|up to|over to) my (?:town|city|village|street|road|area|house|school|estate)|meet(?:ing)? (?:up )?(?:at|in|outside|by|behind) (?:the|a) (?:library|park|shops?|mall|shopping centre|station|bus stop|playground|cinema|cafe|corner|field|woods)|pick me up|picks me up|picking me up|meet (?:up|me|him|her|in person|irl)|meetup|meet-up|come over to (?:his|her)|come to (?:his|her) (?:house|place))\b"
)
BOMB = prefiltered(
    r"\b(?:make|build|making|building|get|buy|bring|take)\b[^.?!]{0,15}\b(?:a |an )?(?:bomb|pipe bomb|explosive|grenade)s?\b"
)
BOMB_BENIGN = prefiltered(
    r"\b(?:bath|seed|glitter|water|stink|cherry|photo|cannon ?ball|paint|flavou?r|calorie|chocolate|hot chocolate|minecraft|game)\s*bombs?\b|\bin (?:minecraft|the game|fortnite|roblox)\b"
)
PICS_ASK = prefiltered(
    rf"\b(?:asks?|asked|asking|keeps? asking|wants?|wanted|begs?|begging|told me to|tells me to|dared me to)\b[^.?!]{{0,20}}\b(?:for )?(?:\w+ ){{0,2}}(?:{PICTURE_WORDS}|nudes)\b(?! of (?:my|your|ur) (?:pets?|dog|cat|drawing|house|room|lego|build|castle|art))"
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
SEX_QUESTION = prefiltered(
    r"\bwhat does it feel like to (?:get|be) (?:fingered|licked|sucked|laid|fucked|touched there)\b|"
    r"\bwhat(?:'?s| is| are| does| do)\b[^.?!]{0,12}\b(?:fingered|fingering|handjob|hand job|threesome|wank\w*|jerk(?:ing)? off|get(?:ting)? laid|dick|d1ck|cock|pussy|boobs|tits|blowjob|blow job|porn|p0rn|horny|cum|boner|orgasm|condoms?|masturbat\w*|nudes|69|thot|sexting|dildo|stripper)\b"
)
AGE_LIE = prefiltered(
    r"\b(?:says?|said|claims?)\b[^.?!]{0,12}\b(?:they'?re|he'?s|she'?s|he is|she is|they are|hes|shes)\s+(?:\d{1,2}|a kid|my age)\b[^.?!]{0,60}\b(?:grown|adult|old man|older|man|woman|lady|beard|looks? (?:way )?older|(?:somebody|someone)'?s (?:dad|mum|mom|grandad|grandpa|nan)|a (?:dad|grandad|grandpa|teacher))\b"
)
SHOW_BODY = prefiltered(
    r"\b(?:show|send|see)\s+(?:him|her|them|me)?\s*(?:my|your|ur|me your)\s+(?:feet|foot|legs?|thighs?|body|belly|tummy|chest|butt|bum|back|skin|stomach|armpits?|lips)\b"
    r"|\b(?:show|send)\s+(?:him|her|them|me)\s+(?:under|inside|what'?s under)\s+(?:my|your|ur)\s+(?:shirt|skirt|clothes|dress|top|pants|towel)\b"
)
CREDENTIAL_ASK = prefiltered(
    r"\b(?:needs?|wants?|asked (?:me )?for|asks (?:me )?for|asking (?:me )?for|told me to (?:give|send))\b[^.?!]{0,10}\bmy\s+(?:password|login|pin|passcode|log ?in|account)\b"
)
CONDITIONAL_THREAT = prefiltered(
    r"\bif (?:i|you|u) (?:don'?t|dont|didn'?t|didnt|won'?t|wont|stop|ever stop|block|ignore)\b"
)
RATE_BODY = prefiltered(
    r"\brate (?:his|her|my|your|ur|their) (?:body|bod|butt|pics?|looks|face|outfit|abs|chest|legs)\b|\bsend (?:him |her |them )?mine\b"
)
_GIFT_ITEMS = r"(?:phone|tablet|ipad|sim|money|cash|robux|v-?bucks|vbucks|bucks|gift ?cards?|presents?|gifts?|skins?|games?|game ?pass(?:es)?|battle ?pass(?:es)?|gems|coins|nitro|items|limiteds|candy|sweets|toys?|clothes|makeup|\$\d+|\d+ dollars)"
GIFT = prefiltered(
    rf"\b(?:give|gives|gave|giving|gift|gifts|gifted|gifting|buy|buys|bought|buying|send|sends|sent|sending|get|gets|got|getting|promised?|pays? for|paid for|donat\w*)\b[^.?!]{{0,10}}\b(?:me|us)\b[^.?!]{{0,25}}\b{_GIFT_ITEMS}\b"
    rf"|\b{_GIFT_ITEMS}\b[^.?!]{{0,10}}\b(?:from (?:him|her|them|this \w+)|(?:he|she) (?:gave|gifted|bought|sent))\b"
)
# (miss61) A reward offered for showing the body: "someone offered me 5000 vbucks to show my
# feet on cam", "he'll give me robux if i show my legs".
PAID_TO_SHOW = prefiltered(
    rf"\b(?:offer\w*|pay|pays|paid|paying|give|gives|gave|giving|send|sends|sending|promis\w*)\b[^.?!]{{0,25}}\b(?:\d+ ?k? )?{_GIFT_ITEMS}\b[^.?!]{{0,12}}\b(?:to|if (?:i|u|you)|for)\b (?:just )?(?:show|send|flash)\b"
)
ROMANCE_LABEL = prefiltered(
    r"\b(?:his|her) (?:little |special |secret )?(?:girlfriend|boyfriend|wife|husband|lover|bride|sweetheart)\b|\b(?:marry|date|dating) me\b"
)
COVER_STORY = prefiltered(
    r"\b(?:told|tells|wants|asked|asks|said)\s+me\s+to\s+(?:say|tell (?:my|your|ur) \w+|pretend|lie)\s+(?:that\s+)?(?:i'?m|im|i was|i am|we'?re|we were|i'?ll be)\s+(?:at|with|going|sleeping|staying|in)\b"
    r"|\blie to (?:my|your|ur) (?:parents|mom|mum|dad)\b"
)
SAYS_HOT = prefiltered(
    r"\b(?:says?|saying|said|tells? me|told me|calls? me|called me|thinks?)\s+(?:that\s+)?(?:i'?m|im|i am|i look|i'?m so|me)\s+(?:so\s+|really\s+)?(?:hot|sexy|fit|fine|hottie|a hottie)\b"
)
ALONE = prefiltered(
    r"\b(?:alone|by myself|just (?:us|me and him|me and her|the two of us)|nobody else|no one else|without (?:my|your) (?:parents|mom|mum|dad|friends|family|mummy|daddy|nan|gran|grandma|grandad|brother|sister|carers?|grown-?ups))\b"
)
ONLINE_FLATTERY = prefiltered(
    r"\b(?:beautiful|pretty|gorgeous|sexy|hot|cute|stunning|perfect body)\b"
)
INTIMATE_QUESTION = prefiltered(
    r"\b(?:asks?|asked|asking|wants to know|wanted to know)\b[^.?!]{0,15}\b(?:if|whether|how many|what)\b[^.?!]{0,20}\b(?:kissed|kiss|boyfriend|girlfriend|bra|shave|period|puberty|developed|virgin|made out|dated|crush on him)\b"
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
EXPOSURE = prefiltered(
    rf"\b(?:showed|shows|flashed|flashes|flashing|showing)\b[^.?!]{{0,20}}\b(?:his|her|their) (?:{PRIVATE_NAMES}|willie|penis|privates|private parts|thing|boobs|wee ?wee|dick)\b"
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
PARENT_CHECK = prefiltered(
    r"\b(?:if|whether) (?:my|your|ur) (?:parents|mum|mom|dad|family) (?:ever )?(?:check|checks|look at|looks at|read|reads|see|sees|go through|goes through) (?:my|your|ur) (?:phone|messages|tablet|chats|ipad|texts)\b"
)
GIFT_DEVICE = prefiltered(
    r"\b(?:sent|sends|gave|gives|bought|buys|got|posted)\b[^.?!]{0,10}\bme\b[^.?!]{0,10}\b(?:a |an |his old )?(?:phone|sim|sim card|tablet|ipad|laptop|webcam)\b[^.?!]{0,40}\b(?:just for|only for|to talk to|talking to|so we can|so (?:i|he|she) can (?:call|text|message)|secret)\b"
)
