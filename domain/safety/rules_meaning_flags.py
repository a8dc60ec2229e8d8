# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Non-critical flags a child's message should raise (round 21, paraphrases_a/_b):
dangerous things (washing capsules that look like sweets, a hairclip in a plug, a fire in
the bedroom, climbing a pylon), grown-up drinks, hurting a pet or a sibling on purpose,
excluding a group of children, and being left out, teased or blaming oneself; (round 22)
breath-holding and choking challenges, "everyone from that religion is a terrorist", a
group chat posting pictures of me, teasing that keeps a child from school; (round 23) foil or
metal in the microwave, being made fun of for my teeth or hair, a frightened young child
wanting a parent, plans to hurt someone with a brick or push them down the stairs; (round 27)
climbing an electricity tower, the stuff in a grown-up's flask that burned, what being high
feels like, smashing someone's head into a locker, throwing a sibling out of the window;
(round 26) another child mocked as dumb and smelling of wee, a pet that ran away and the
child still waiting for it; (round 29) jumping off the garage or shed roof, finishing the
grown-ups' leftover cans at a party, kicking another child hard on purpose, holding someone's
head under the water till they cry, and homesick at a sleepover or camp wanting mummy (not
when a parent then came for the child: rules_benign_frames_family.settled_by_a_parent)."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames import ADULT_HAS_A_DRINK, DRINKING_CONCERN
from domain.safety.rules_benign_frames_family import settled_by_a_parent
from domain.safety.rules_benign_frames_feelings_settled import belief_put_right, feeling_over
from domain.safety.rules_benign_frames_small_things import (
    family_pet_name,
    left_out_for_being_away,
)

DANGER = prefiltered(
    r"\b(?:eat|drink|taste|lick|swallow)\b[^.?!]{0,20}\b(?:washing (?:capsules?|tablets?|pods?|powder)|laundry (?:pods?|capsules?)|dishwasher tablets?|button batter\w*)\b"
    r"|\b(?:hairclip|hair clip|fork|knife|key|paperclip|paper clip|finger)\b[^.?!]{0,20}\b(?:wall plug|plug socket|socket|holes in the (?:wall|plug))\b"
    r"|\b(?:campfire|bonfire|fire) (?:on|in) (?:my|the) (?:bedroom|room|carpet|bed)\b|\b(?:rings|hob|cooker)\b[^.?!]{0,25}\bcan i touch\b"
    r"|\bclimb\w*\b[^.?!]{0,25}\b(?:pylons?|power lines?|electricity poles?|electric(?:ity|al)? (?:towers?|poles?|pylons?|fences?|boxe?s?|substations?)|power (?:towers?|poles?|stations?)|substations?|transformers?|telegraph poles?)\b|\b(?:pylon|power lines?|electric(?:ity|al)? (?:tower|pole)|substation)\b[^.?!]{0,25}\bclimb\b"
    r"|\bclimb\w*\b[^.?!]{0,35}\bwithout telling anyone\b|\b(?:big|main|busy) road\b[^.?!]{0,15}\bno helmets?\b"
    r"|\bjump\w* off\b[^.?!]{0,15}\b(?:quarry|ledge|cliff|bridge)\b[^.?!]{0,25}\binto the (?:water|river|sea|lake)\b"
    r"|\b(?:hold\w*|held) (?:your|our|my|their|his|her) breath\b[^.?!]{0,25}\b(?:pass\w* out|faint\w*|black\w* out|see stars|went purple)\b"
    r"|\b(?:choking|blackout|black ?out|pass ?out|fainting|breath ?holding|skull ?breaker) (?:challenge|game)\b|\bsqueez\w*\b[^.?!]{0,20}\b(?:till|until) (?:you|we|they|i|he|she) (?:pass out|faint)"
    # (round 29: jumping, flipping or diving off a roof is rules_meaning_flags_food_fireworks.ROOF_JUMP.)
    # (round 34) The child cooking on the stove or oven while the grown-up sleeps or is out.
    # Speed: each cooker word has an o, a, e, u or r in its first 9 letters, looked for first.
    r"|\b(?:can i|could i|i|im|i'?m|ima|i'?ll|ill|me and \w+)\b(?=[^.?!]{0,58}[oaeur])[^.?!]{0,50}\b(?:stove|hob|cooker|oven|gas|burners?|frying pan|chip pan|deep fryer|grill)\b[^.?!]{0,40}\b(?:while|when|cos|coz|cause|because|as|since) (?:my |the )?(?:mum|mom|mummy|mommy|mama|dad|daddy|parents|grown-?ups|adults|every ?one|nan|gran)(?:'?s|'?re| is| are)? ?(?:still )?(?:asleep|sleeping|naps|napping|in bed|out|not home|at work)\b"
)
DRINK = prefiltered(
    r"\b(?:finished|drank|drink|drinking|had)\b[^.?!]{0,15}\b(?:her|his|mummy'?s|daddy'?s|mum'?s|dad'?s|the) (?:red |white )?(?:grown ?up juice|wine|beer|cider)\b"
    # (round 27) The stuff in a grown-up's flask or bottle, which burned or made me funny.
    r"|\b(?:drank|drink|drinking|sipped|sip|swigged|tried|tasted|had|gulped)\b[^.?!]{0,25}\b(?:stuff|drink|liquid|juice|some|bit|sip|swig|mouthful|gulp)\b[^.?!]{0,12}\b(?:in|from|out of) (?:my |the |his |her |a )?(?:\w+'?s? )?(?:hip )?(?:flask|bottle|glass|can|hip flask)\b[^.?!]{0,40}\b(?:burn\w*|dizzy|spinny|funny|sick|woozy|wobbly|fire|stung|stings)\b"
    # Asking what being high, stoned or drunk feels like.
    r"|\bwhat(?:'?s| is| does| do)? (?:it )?(?:feel|feels|like)\b[^.?!]{0,12}\b(?:to be|being|to get|getting) (?:high|stoned|baked|wasted|drunk|tipsy|off (?:your|ur|my) face)\b(?! (?:up|in|on|above|off|as|jump|five|school|chair|score|bar|dive|wire|ropes|diving))"
    r"|\bhow (?:does|do|would) (?:it|you|u) feel (?:to be|being|to get|getting|when you(?:'?re| are| get)) (?:high|stoned|baked|wasted|drunk)\b(?! (?:up|in|on|above|off|as|jump|five|wire|ropes))"
)
# (round 29) Finishing the grown-ups' leftover cans, bottles or glasses at a party, in secret or
# feeling dizzy after.
LEFTOVER_DRINKS = prefiltered(
    r"\b(?:drank|drink|drinking|finished|had|sipped|tried|tasted|downed|necked|swigged)\b[^.?!]{0,20}\b(?:leftover|left over|left-over|half[- ]?finished|half[- ]?empty|the rest of the|the last of the|the ends? of the|other people'?s|the grown[- ]?ups'?|everyone'?s|all the) (?:\w+ )?(?:cans|bottles|drinks|glasses|cups|beers?|wine|cider|lager|pints?)\b[^.?!]{0,60}\b(?:dizzy|funny|wobbly|woozy|spinny|sick|drunk|tipsy|giggly|no one was looking|nobody was looking|(?:no one|nobody|noone) (?:saw|noticed|knew)|when (?:no one|nobody|noone)|sneak\w*|snuck|secret\w*)\b"
)
LEFTOVER_SOFT = prefiltered(
    r"\b(?:coke|cola|lemonade|pop|fizzy|juice|squash|milkshake|orange|fanta|sprite|tango|irn bru|water|recycl\w*)\b"
)
DRINK_ORDINARY = prefiltered(
    r"\b(?:tea|coffee|hot chocolate|soup|cocoa|milk|water|squash|juice box)\b"
)
HARM_ANIMAL_OR_SIBLING = prefiltered(
    r"\b(?:pushed|push|shove|shoved|kicked|kick|hit|threw)\b[^.?!]{0,10}\b(?:my |the )?(?:baby|little brother|little sister|baby brother|baby sister|brother|sister)\b[^.?!]{0,25}\b(?:on purpose|off the (?:stairs|sofa|bed|bunk)|down the stairs)\b"
    r"|\b(?:kicked|hit|kick|threw|squeezed|stamped on|hurt)\b[^.?!]{0,10}\b(?:the|my|our) (?:cat|dog|puppy|kitten|hamster|rabbit)\b[^.?!]{0,20}\b(?:really hard|on purpose|cos|because|to see)\b"
    r"|\b(?:gonna|going to|will|i'?ll)\b[^.?!]{0,25}\b(?:hit|kick|hurt)\b[^.?!]{0,6}\bthe (?:cat|dog|puppy|kitten)\b|\bget my fist in (?:his|her) (?:nose|face)\b|\bknock (?:someone|somebody|him|her) out\b"
)
# (fa8687) Not a thing stamped or kicked: ice, puddles, leaves, snow, bubble wrap, a sandcastle.
# (round 29) The child hurting another child hard and on purpose ("i kicked Maya really hard in
# the tummy on purpose"), or holding someone's head under the water till they cry.
_HURT_DONE = r"(?:kicked|punched|hit|bit|slapped|scratched|smacked|thumped|whacked|shoved|pushed|stamped on|headbutted|elbowed|pinched|strangled|choked|strangle|choke)"
HURT_A_CHILD = prefiltered(
    rf"\bi (?:\w+ )?{_HURT_DONE} (?!(?:(?:the|a|an|my|our|his|her|some|this|that|all the) (?:\w+ )?)?(?:ball|football|door|wall|table|bag|pillow|cushion|bed|sofa|goal|net|bin|can|stone|rock|tyre|box|toy|teddy|punch ?bag|post|fence|tree|ice|puddles?|leaves|snow|snowman|sandcastles?|bubble ?wrap|crisp packets?|cans|conkers?|acorns?|boxes|cardboard|bottles?|lego|tower|floor|ground|grass|mud|sticks?|branch(?:es)?|twigs?|balloons?|bubbles?|cups?|paper|button|brakes?|pedals?|drums?|piano|keys|blocks|bricks|pinata|piñata)\b)(?:\w+|my \w+|a \w+|the \w+ \w+|(?:the|this|that) \w+)\b[^.?!]{{0,40}}\b(?:on purpose|so hard (?:that )?(?:he|she|they) (?:cried|bled|fell)|really hard in the (?:tummy|face|stomach|belly|head|nose|back|eye|mouth|privates|balls)|till (?:he|she|they) (?:cried|bled|screamed))\b"
    r"|\b(?:hold|holding|held|push|pushing|pushed|shove|shoving|keep|keeping|kept|dunk|dunking|dunked)\b (?:his|her|their|\w+'?s) (?:head|hed|face) (?:under|down|in the water)\b[^.?!]{0,30}\b(?:till|til|until|so|for ages|as long as|and not let)\b"
    r"|\bdunk\w* (?:him|her|them|\w+)\b[^.?!]{0,20}\b(?:till|til|until) (?:he|she|they) (?:cries|cry|cried|can'?t breathe|chokes?|screams?)\b"
)
HURT_IN_PLAY = prefiltered(
    r"\b(?:by accident|accidentally|accidently|by mistake|scored|goal|penalty|in (?:karate|judo|taekwondo|boxing|kickboxing|football|rugby|pe|the game)|pillow fight|play fight\w*|tag|dodgeball|game|pretend|she said i could|holding (?:our|my) breath)\b"
)
EXCLUSION = prefiltered(
    r"\b(?:don'?t|won'?t|never) (?:let|play with)\b[^.?!]{0,20}\b(?:refugee|brown|black|muslim|jewish|polish|foreign|immigrant|gay|disabled)\b"
    r"|\b(?:refugee|brown|black|muslim|foreign|immigrant)\w* (?:kids|people|children)\b[^.?!]{0,30}\b(?:dirty|smell|stupid|can'?t play|not allowed|go back)\b"
    r"|\bbeing gay is (?:disgusting|gross|wrong|bad)\b|\bgirls (?:shouldn'?t|should not) be allowed\b"
    r"|\b(?:everyone|everybody|all(?: the)? people|all of them|they all) (?:from|of|in|who goes? to) (?:that|this|their|the|a) (?:\w+ )?(?:religion|country|church|mosque|temple|synagogue|race|place)\b[^.?!]{0,20}\b(?:terrorists?|criminals?|evil|dirty|thieves|stupid|bad people|smelly)\b"
    r"|\ball (?:muslims|jews|christians|hindus|sikhs|immigrants|refugees|foreigners|gypsies|travellers|black people|brown people|asians|africans|mexicans|polish people) (?:are|r)\b[^.?!]{0,15}\b(?:terrorists?|criminals?|evil|dirty|thieves|stupid|bad|smelly)\b"
)
LEFT_OUT = prefiltered(
    r"\b(?:don'?t|do not) have no (?:friends|frends)\b|\b(?:divorce|divorse|splitting up|moved out|broke up)\w*\b[^.?!]{0,30}\b(?<!not )(?<!isnt )(?<!isn't )(?:my fault|i caused|because of me|cos of me)\b|\bexcept me\b"
    r"|\b(?:left|leave) when i (?:joined|came)\b|\bcall(?:s|ed|ing)? me (?:four eyes|baby|fatty|smelly|loser|baldy|baldie|slaphead|egghead|cue ball|bald\w*|wig ?head|chemo (?:kid|girl|boy|head)|wheelie|spotty|scarface|limpy|hopalong)\b|\bwriting mean (?:stuff|things) about me\b|\beveryone says i smell\b|\bfake account of me\b"
    r"|\b(?:post|share|send|put)\w*\b[^.?!]{0,20}\b(?:screenshots?|pics?|pictures?|photos?|videos?) of (?:me|my face)\b[^.?!]{0,40}\b(?:mean|horrible|nasty|laugh\w*|rude|ugly|stickers?|emojis?|filters?)"
    r"|\bgroup ?chats?\b[^.?!]{0,15}\b(?:without me|about me|to laugh at me|to make fun of me)\b"
    r"|\b(?:laugh\w*|make fun|making fun|teas\w*|call\w* me|mock\w*|pick\w* on me)\b[^.?!]{0,60}\b(?:don'?t|do not|never) (?:want|wanna) (?:to )?go (?:to |back to )?school\b"
    r"|\bpain in my tummy every\b|\b(?:snatch|took|take|threw)\w* my (?:hat|glasses|bag|lunch|shoes?|coat)\b[^.?!]{0,30}\b(?:bin|called me|laugh)"
)
# (round 23) Foil or metal in the microwave, sparks on purpose.
DANGER_SPARKS = prefiltered(
    r"\b(?:how (?:do|can|would|to)|can i|could i|i (?:want|wanna|will|'?ll|tried|did|put)|i'?m (?:gonna|going to)|im (?:gonna|going to)|let'?s|what happens if|make|makes|making)\b[^.?!]{0,30}\b(?:microwave|toaster)\b[^.?!]{0,40}\b(?:tin ?foil|alumin(?:i)?um foil|foil|metal|forks?|spoons?|sparks?|sparkle|eggs?|nothing in it|empty)\b"
    r"|\b(?:put|putting|stick|sticking)\b[^.?!]{0,10}\b(?:tin ?foil|foil|metal|a fork|a spoon)\b[^.?!]{0,15}\b(?:in|into) the microwave\b|\bmake sparks with\b"
)
# (round 23) Laughed at for my teeth, my hair, my voice: mocking about the child itself.
_FEATURE = r"(?:teeth|tooth|hair|face|nose|ears|glasses|weight|body|skin|clothes|shoes|voice|accent|name|lunch|size|height|spots|freckles|braces|stammer|stutter|colou?r|religion|legs|belly|tummy|smell|house|mum|mom|dad|family)"
RIDICULED = prefiltered(
    rf"\b(?:make|makes|making|made) fun of (?:me|my {_FEATURE})\b|\b(?:laugh\w*|mock\w*|teas\w*|snigger\w*|jok\w*|pick\w*) (?:at |about |on )?(?:me (?:about|for|because of) )?my {_FEATURE}\b"
)
PLAYFUL = prefiltered(
    r"\b(?:lol|lmao|haha\w*|jk|joking|we (?:all )?laughed|only joking|but it was funny)\b"
)
# (round 23) A young child frightened (thunder, the dark, a bad dream) and wanting a parent.
_FRIGHT = r"(?:too loud|too dark|so dark|so loud|scary|scared|frightened|afraid|monsters?|thunder|lightning|storm|nightmare|bad dream|crying|can'?t find)"
_WANTS_PARENT = (
    r"i (?:want|need|miss) (?:my )?(?:mommy|mummy|mum|mom|daddy|dad|mama|papa)\b(?! to\b| and me\b)"
)
FRIGHTENED_WANTS_PARENT = prefiltered(
    rf"\b{_FRIGHT}\b[^.?!]{{0,40}}\b{_WANTS_PARENT}|\b{_WANTS_PARENT}[^.?!]{{0,30}}\b{_FRIGHT}\b"
)
# (round 29) Homesick: away for the night (a sleepover, camp, a school trip) and wanting
# mummy or wanting to go home; a child who had too much fun to want to go home is not.
AWAY_FOR_THE_NIGHT = prefiltered(
    r"\b(?:sleepover|sleep over|slumber party|camp|camping|school trip|residential|brownies trip|scouts trip|(?:at|staying at|sleeping at) (?:my )?(?:\w+'?s (?:house|flat)|nan'?s|nana'?s|grandma'?s|gran'?s|granny'?s|auntie'?s|dad'?s|mum'?s|\w+s house))\b"
)
WANTS_HOME = prefiltered(
    rf"\b{_WANTS_PARENT}|\b(?:i )?(?:want|wanna|need|just want|really want)(?: to)? go home\b|\bcan i go home\b|\bhomesick\b|\b(?:i )?miss (?:my )?(?:mummy|mommy|mum|mom|daddy|dad|mama|home|my bed)\b(?: so much)?"
)
HAPPY_AWAY = prefiltered(
    r"\b(?:don'?t|dont|didn'?t|didnt|never|not) (?:\w+ )?(?:want|wanna|wanted)(?: to)? go home\b|\bif i (?:want|wanna|need)\b|\b(?:so fun|so much fun|best|loved it|can'?t wait|excited|tomorrow|next week|on (?:friday|saturday|sunday)|got better|(?:felt|feel|feeling|i'?m|im) (?:better|fine|ok|okay)|in the end|but then|after a while)\b"
    # (round 56) taken back at once: "im sooo homesick lol jk camp is amazing i never wanna leave".
    r"|\b(?:jk|j/k|just kidding|just joking|only joking|(?:never|don'?t|dont|do not|didn'?t|didnt) (?:\w+ )?(?:want|wanna|wanted)(?: to)? leave)\b"
)
# (round 23) Plans to hurt someone with an object, or to send them down the stairs.
_WANT_TO = r"(?:i'?m gonna|im gonna|i'?m going to|im going to|gonna|i'?ll|i will|i want to|i wanna|i wish i could|i'?m about to|i feel like)"
VIOLENT_PLAN = prefiltered(
    rf"\b{_WANT_TO}\s+(?:get|grab|bring|take|find|use|pick up)\s+(?:a|my|the|some|his|her|dads?|mums?)\s+(?:\w+\s+)?(?:brick|rock|stone|stick|bat|hammer|chair|knife|scissors|compass|bottle|plank|pole|spade|shovel)s?\b[^.?!]{{0,20}}\b(?:and|to)\s+(?:smash|hit|whack|bash|throw|stab|hurt|crack|cave|knock|batter|beat)\w*"
    r"|\b(?:smash|bash|cave|kick|punch|knock|beat|crack)\w* (?:\w+'?s|his|her|their|your|ur) (?:head|face|skull|teeth) in\b"
    rf"|\b{_WANT_TO}\s+(?:\w+\s+)?(?:push|shove|throw|kick|trip|chuck|drop)\w* (?:him|her|them|my \w+(?: \w+)?|\w+) (?:down the stairs|off the (?:roof|balcony|bridge|top bunk|climbing frame|wall|cliff)|out (?:of )?(?:the|a|my) (?:window|car)|into the (?:road|traffic|river|canal|pond|fire|bin)|in front of (?:a|the) (?:car|bus|train|lorry))\b"
    # (round 27) Smashing someone's head into a locker, a wall or a table.
    rf"|\b{_WANT_TO}\s+(?:\w+\s+)?(?:smash|bash|slam|bang|ram|shove|push|whack)\w* (?:\w+'?s|his|her|their|your|ur) (?:head|face|skull|teeth)\b[^.?!]{{0,6}}\b(?:into|against|on|off|through|in)\b"
    # (round 33) "im bringing my dads bat tomorrow and smashing tylers head at recess".
    # (round 34) "im gonna punch liam so hard his teeth fall out".
    rf"|\b(?:{_WANT_TO}|ill|imma|ima)\s+(?:\w+\s+)?(?:punch|kick|hit|smack|whack|thump|slap|bash|headbutt|smash)\w* (?:\w+) so (?:hard|bad) (?:that )?(?:his|her|their|he|she|they)\b[^.?!]{{0,20}}\b(?:teeth|tooth|nose|face|head|bleeds?|bleeding|cr(?:y|ies)|break\w*|broke|falls? out|comes? out|pass(?:es)? out|faints?|hospital|dies?|black eye)\b"
    r"|\b(?:i'?m|im|i am|i'?ll be|ill be)\s+(?:bringing|taking|getting|grabbing|using|sneaking)\s+(?:a|my|the|some|his|her|dads?|mums?|moms?|my \w+'?s)\s+(?:\w+\s+)?(?:brick|rock|stone|stick|bat|hammer|chair|knife|scissors|compass|bottle|plank|pole|spade|shovel|golf club|cricket bat|baseball bat|hockey stick)s?\b[^.?!]{0,30}\b(?:and|to)\s+(?:smash|hit|whack|bash|stab|hurt|crack|cave|knock|batter|beat|thump|clobber)\w*\s+(?:(?:\w+'?s|his|her|their|that \w+'?s) (?:head|face|skull|teeth|legs?|knees?|nose)|him|her|them)\b"
)
PLAY_FIGHT = prefiltered(
    r"\b(?:minecraft|fortnite|roblox|zombies?|monsters?|pi[nñ]ata|snowman|boss|character|pretend|in the game|lol|haha\w*|jk|just kidding|by accident|accidentally)\b"
)
# (round 26) A pet that ran away or went missing, and the child still waits for it.
PET_LOST = prefiltered(
    r"\b(?:dog|doggy|cat|kitty|puppy|kitten|hamster|rabbit|bunny|tortoise|budgie|parrot|guinea pig|pet)\b[^.?!]{0,15}\b(?:ran away|run away|runned away|went missing|has gone missing|got lost|is lost|is missing|escaped|disappeared|never came (?:home|back))\b[^.?!]{0,60}\b(?:keep (?:looking|waiting|calling|crying|checking)|still (?:not|hasn'?t|waiting|looking|gone)|every (?:day|night)|(?:doesn'?t|doesnt|didn'?t|didnt|hasn'?t|hasnt|won'?t|wont|never) (?:come|came) (?:back|home)|not (?:back|home) yet|miss (?:him|her|it|them) (?:so much|loads)|can'?t stop crying)\b"
)
INSULT_MORE = prefiltered(
    r"\blooks like a (?:fat )?pig\b|\bbrainless\b"
    # (round 26) Another child mocked as dumb, unable to read, smelling of wee.
    r"|\b(?:he|she|they|you|u)\b (?:still |always |really )?(?:smells?|stinks?|reeks?) (?:like|of) (?:wee|pee|poo|poop|bins?|a bin|farts?|sick|rubbish|garbage|trash|a toilet|toilets?)\b"
    r"|\b(?:is|'?s|are|'?re) (?:so|really|well|such an?|the most) (?:dumb|stupid|thick|dense|dim)\b[^.?!]{0,20}\b(?:still )?(?:can'?t|cant|cannot|doesn'?t know how to) (?:even )?(?:read|count|spell|write|tie)\b"
)
INSULT_NOT = prefiltered(
    r"\b(?:nappy|nappies|diaper|baby|dog|cat|puppy|kitten|hamster|after (?:football|pe|rugby|the gym)|sweaty|changed|accident|poorly|ill)\b"
)

_FLAGS = (
    (DANGER, SafetyCategory.DANGEROUS_ACTIVITY),
    (DRINK, SafetyCategory.DRUGS_ALCOHOL),
    (HARM_ANIMAL_OR_SIBLING, SafetyCategory.VIOLENCE),
    (EXCLUSION, SafetyCategory.HATE),
    (LEFT_OUT, SafetyCategory.DISTRESS),
    (PET_LOST, SafetyCategory.DISTRESS),
    (INSULT_MORE, SafetyCategory.INSULT),
)


def _ordinary_drink(text: str) -> bool:
    return ADULT_HAS_A_DRINK.search(text) is not None and not DRINKING_CONCERN.search(text)


def find_flags_more(text: str) -> list[Finding]:
    found = [
        Finding(category, "flag_more", MODERATE, 0, len(text))
        for pattern, category in _FLAGS
        if pattern.search(text)
        and not (pattern is DRINK and (_ordinary_drink(text) or DRINK_ORDINARY.search(text)))
        and not (pattern is INSULT_MORE and INSULT_NOT.search(text))
        # (fa54) "everyone got a sticker except me because i was off sick"
        and not (pattern is LEFT_OUT and (left_out_for_being_away(text) or family_pet_name(text)))
        # (fa8889) "i used to think the divorce was my fault but my counsellor helped me see it wasnt"
        and not (pattern is LEFT_OUT and belief_put_right(text))
    ]
    if DANGER_SPARKS.search(text):
        found.append(
            Finding(SafetyCategory.DANGEROUS_ACTIVITY, "flag_more", MODERATE, 0, len(text))
        )
    # (round 43) Frightened or homesick, and a parent came for the child: settled.
    if (RIDICULED.search(text) and not PLAYFUL.search(text)) or (
        (
            FRIGHTENED_WANTS_PARENT.search(text)
            or (
                AWAY_FOR_THE_NIGHT.search(text)
                and WANTS_HOME.search(text)
                and not HAPPY_AWAY.search(text)
            )
        )
        # (fa8889) or it ended well: "i was homesick ... but the leaders were nice"
        and not (settled_by_a_parent(text) or feeling_over(text))
    ):
        found.append(Finding(SafetyCategory.DISTRESS, "flag_more", MODERATE, 0, len(text)))
    if (VIOLENT_PLAN.search(text) and not PLAY_FIGHT.search(text)) or (
        HURT_A_CHILD.search(text) and not HURT_IN_PLAY.search(text)
    ):
        found.append(Finding(SafetyCategory.VIOLENCE, "flag_more", MODERATE, 0, len(text)))
    if LEFTOVER_DRINKS.search(text) and not LEFTOVER_SOFT.search(text):
        found.append(Finding(SafetyCategory.DRUGS_ALCOHOL, "flag_more", MODERATE, 0, len(text)))
    return found
