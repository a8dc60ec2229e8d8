# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Frames that make alarming words harmless (round 23's false alerts), each consulted by
the rule whose words it defuses:

- a body-safety lesson retold ("the nurse said your body belongs to you and if someone
  touches your private parts you tell a grown-up"), unless the child then says it happened
  to them (rules_harm.find_abuse);
- a grown-up having a drink in the ordinary way ("grandpa has a beer with his dinner"),
  unless the drinking is heavy, frightening, or the child had some (rules_risky,
  rules_meaning_flags);
- "to death" as an intensifier of a hug, a squeeze, love, boredom or fright ("im gonna
  squeeze you to death") (rules_self_harm_composed);
- the teddy's rule that medicine is only given by a doctor or a grown-up (rules_risky);
- (round 29) "dead" meaning "very" ("im gonna be dead good at football") (rules_wellbeing,
  rules_meaning_self_harm);
- (round 29) a parent's or teacher's online-safety rule retold ("mum says if anyone online
  asks for pictures i should tell her"), unless the child says it happened
  (rules_meaning_grooming_signs); (round 45) also learned at school ("we learned what to do
  if someone online asks for photos").
- (round 30) the harm of drugs taught by a teacher or agreed with by the teddy (rules_risky).
- (round 31) the teddy's lesson that a secret which makes you feel worried is one to tell a
  grown-up you trust (rules_grooming_stages' secrecy stage).
"""

from __future__ import annotations

from domain.safety.benign_frame_spoilers import AGAIN, FEAR, HIDDEN, HURT, MEANS, TOUCH, spoilt_by
from domain.safety.prefilter import prefiltered

# A lesson's source, then the rule it teaches, said of anyone and addressed to "you"/"we".
BODY_SAFETY_LESSON = prefiltered(
    r"\b(?:your|our|my) body (?:belongs to (?:you|us|me)|is (?:yours|ours|mine))\b|\b(?:pants|underwear|privates?|swimsuit|body safety) rule\b"
    r"|\b(?:said|says|told us|tells us|taught us|teaches us|taught me|learn\w*|lesson|assembly|rule is|we talked about|explained)\b[^.?!]{0,70}\bif (?:someone|anyone|somebody|a grown-?up|an adult|a person|people|they|a stranger|any ?one)\b[^.?!]{0,60}\b(?:you|we) (?:should |must |can |have to |need to |always )?(?:tell|say no|shout|get help|run|go to|talk to)\b"
    r"|\b(?:no ?one|nobody|no-one) (?:is allowed to|should|can|may|has the right to) (?:ever )?(?:touch|see|look at|take pictures of) (?:your|our) (?:private|body|bits|pants|underwear)"
)
# The child says it happened to them: the lesson is then how they tell.
TOLD_OF_SELF = spoilt_by(
    r"\b(?:touch\w*|rub\w*|feel\w*|felt|grab\w*|kiss\w*|show\w*|hurt\w*)\s+(?:me|my)\b|\bhappen\w* to me\b|\b(?:does|did|do|done) (?:that|it|this|stuff|things) to me\b"
    r"|\b(?:my \w+|he|she|someone|somebody|a man|a lady) (?:does|did|has done|keeps doing) (?:that|it|this)\b|\bto me\b",
    HURT,
    AGAIN,
)

_DRINKER = r"(?:grandpa|grandad|granddad|grandma|nan|nana|nanny|granny|gran|dad|daddy|papa|mum|mummy|mom|mommy|mama|uncle|auntie|aunt|my parents|parents|the grown[ -]?ups|grown[ -]?ups|the adults|adults|everyone|everybody|the bride|the groom|(?:some |many |lots of |most )?(?:families|people|grown[ -]?ups)|my (?:step ?)?(?:dad|mum|mom)|(?:the )?(?:vicar|priest|minister|reverend|rabbi|father \w+))"
_ADULT_DRINKS = r"(?:beer|wine|cider|pint|lager|champagne|prosecco|whiske?y|gin|ale|bubbly|sherry|port|fizz|cocktail)s?"
_OCCASION = r"(?:dinner|lunch|tea|supper|meal|roast|barbecue|bbq|wedding|christmas|new year|birthday|party|celebration|toast|restaurant|picnic|pub|anniversary|christening|reception|church|mass|holy communion|communion|eucharist|service|passover|seder|kiddush|shabbat|sabbath|(?:watching )?(?:the )?(?:match|football|game))"
# A grown-up has, drinks or orders a drink, at a meal or a celebration; the child is not part of it.
ADULT_HAS_A_DRINK = prefiltered(
    rf"\b{_DRINKER}\b[^.?!]{{0,25}}\b(?:has|have|had|having|drinks?|drank|drinking|likes?|liked|loves?|loved|enjoys?|enjoyed|pours?|poured|opens?|opened|orders?|ordered|gets?|got|raised|toasted|clinked|sipped|sips)\b (?:(?:a|an|one|some|his|her|their|cold|little|nice|big|glass|glasses|bottle|can|pint|cup|of|red|white|pink|fizzy|sparkling)\s+){{0,4}}{_ADULT_DRINKS}\b"
    rf"|\b{_ADULT_DRINKS}\b[^.?!]{{0,30}}\b(?:with|at|for|during|over|while) (?:the |a |her |his |their |our |\w+'?s )?(?:\w+ )?{_OCCASION}s?\b"
    rf"|\b(?:at|for) (?:the |a |her |his |their |our |my |\w+'?s |\w+ \w+'?s )?(?:\w+ )?{_OCCASION}\b[^.?!]{{0,40}}\b{_DRINKER}\b[^.?!]{{0,25}}\b{_ADULT_DRINKS}\b"
    # The wine of a service: communion, mass, passover, kiddush, or a vicar's or priest's cup.
    r"|\b(?:communion|mass|eucharist|passover|seder|kiddush|church|vicar|priest|minister|reverend)\b[^.?!]{0,50}\bwine\b|\bwine\b[^.?!]{0,50}\b(?:communion|mass|eucharist|passover|seder|kiddush|church|vicar|priest)\b"
)
# A teddy line about a grown-up's ordinary drink that invites the child in: "you", "let's".
TEDDY_DRINK_INVITES = prefiltered(
    r"\b(?:you|u|yourself|let'?s|we|us)\b|\b(?:your|ur)\b(?! (?:mum|mom|mummy|mommy|dad|daddy|parents|grandad|grandpa|grandma|nan|nana|gran|granny|auntie|aunt|uncle|family|grown-?ups)\b)"
)
# (fa8687) "The grown-ups will have champagne, and you can have a fancy glass of lemonade": the
# child's own drink is a soft one, and nothing of the grown-ups' is offered (a sip, a taste).
_SOFT_DRINK = r"(?:lemonade|juice|squash|hot chocolate|milk|milkshakes?|water|mocktails?|smoothies?|cola|coke|pop|fizzy (?:pop|drink|juice)|shloer|fruit punch|cordial|ginger beer|root beer|kids'? (?:fizz|bubbly|champagne|cocktail))"
TEDDY_SOFT_DRINK_FOR_CHILD = prefiltered(
    rf"\b(?:you|u|you'?ll|we|let'?s)\b[^.?!,;]{{0,35}}\b{_SOFT_DRINK}\b"
)
TEDDY_SOFT_DRINK_SPOILT = prefiltered(
    rf"\b(?:sips?|tastes?|try|swig|drop|a little (?:bit )?of (?:the|theirs|it)|some of (?:the|their|theirs|it)|not looking|secret\w*|sneak\w*|mix\w*|spike\w*|add\w*|too)\b"
    rf"|\b{_SOFT_DRINK}\b[^.?!]{{0,30}}\b(?:with|and|plus) (?:a (?:splash|drop|bit) of )?{_ADULT_DRINKS}\b"
)


def teddy_drink_invites(text: str) -> bool:
    """The teddy invites the child into a grown-up's drink: "you", "let's", but not to a soft one."""
    if TEDDY_DRINK_INVITES.search(text) is None:
        return False
    return TEDDY_SOFT_DRINK_FOR_CHILD.search(text) is None or bool(
        TEDDY_SOFT_DRINK_SPOILT.search(text)
    )


DRINKING_CONCERN = spoilt_by(
    r"\b(?:drunk|tipsy|too much|every (?:night|day|morning)|all (?:day|night|the time)|lots of|loads of|so many|bottles|falls? over|fell over|shout\w*|yell\w*|angry|scar\w*|hit\w*|hurt\w*|can'?t wake|won'?t wake|passed out|sick|smell\w*|wobbly|floor|breakfast"
    r"|gave me|give me|gives me|(?:let|lets|letting) (?:me|us) (?:have|try|taste|sip|drink|some|a (?:sip|taste|bit|drop|little))|i (?:tried|try|tasted|taste|drank|drink|sipped|sip)|i (?:had|have|got|get) (?:a |some |one |his |her )?(?:sip|taste|bit|drop|swig|gulp|mouthful|some|beer|wine|cider|champagne|prosecco)|sips? of (?:his|her|their|the|daddy|mummy)|swig|can i|could i|me too|my (?:own )?(?:glass|cup) of (?:wine|beer|champagne|prosecco|cider)|for me)\b",
    HURT,
    MEANS,
    FEAR,
    AGAIN,
    TOUCH,
    HIDDEN,
)

# "squeeze you to death", "love you to death", "bored to death", "scared to death".
_TO_DEATH_IDIOM = prefiltered(
    r"\b(?:squeez|hug|cuddl|lov|tickl|kiss|bor|scar|freez|worr|laugh|giggl|smother)\w*(?: (?:you|u|ya|him|her|them|it|me|teddy|my teddy|the \w+))?(?: half)? to death$"
)


def to_death_idiom(text: str, end: int) -> bool:
    """Does the "death" ending at `end` close an idiom of affection, boredom or fright?"""
    return _TO_DEATH_IDIOM.search(text, max(0, end - 40), end) is not None


# (round 29) "dead good", "dead funny", "dead excited": "dead" as "very", the way children in
# the north of England say it; the word after "dead" is an adjective, not a wish.
DEAD_AS_VERY_WORDS = (
    r"(?:good|funny|easy|nice|fast|quick|excited|happy|chuffed|lucky|cool|brilliant|brill|ace|mint|hard|tired|posh|clever|smart|strong|proud|cute|boring|loud|tasty|yummy|fun|jealous"
    r"|brave|tall|big|small|rich|famous|popular|sporty|fit|careful|quiet|handy|keen|excellent|kind|friendly|sweet|pretty|skilled|serious|scary|sneaky|fancy|comfy|cosy|cozy|warm|cold|busy|far|near|close|late|early|useful|helpful|sure)"
)
DEAD_AS_VERY = prefiltered(rf"\bdead {DEAD_AS_VERY_WORDS}\b")

# (round 29) A grown-up's online-safety rule retold: "mum says if anyone online asks for
# pictures i should tell her straight away"; spoilt when it happened ("a man asked me").
_RULE_ASKER = r"(?:anyone|anybody|someone|somebody|a stranger|strangers|people|a person|any ?one|a grown-?up|an adult)"
ONLINE_SAFETY_RULE = prefiltered(
    rf"\b(?:says?|said|told me|tells me|told us|tells us|taught (?:me|us)|rule is|the rule|reminds? me|always say|learn\w*|lessons?|assembly|were told|were taught|talked about|explained|showed us)\b[^.?!]{{0,40}}\bif {_RULE_ASKER}\b[^.?!]{{0,50}}\b(?:i|you|we) (?:should|must|have to|need to|can|will|'?ll|always)? ?(?:tell|show|say no|block|report|come and (?:tell|get))\b"
    # (round 45) "we learned what to do if someone online asks for photos": the lesson's topic.
    rf"|\b(?:learn\w*|taught|told us|talked about|lessons?|assembly|practi[cs]ed|showed us|were shown|know|knows)\b[^.?!]{{0,30}}\bwhat (?:to do|you (?:should )?do|we (?:should )?do) (?:if|when) {_RULE_ASKER}\b"
)
ONLINE_RULE_BROKEN = spoilt_by(
    r"\b(?:asked me|asks me|wants me|wanted me|sent me|keeps asking|did|has asked|happened|to me|and (?:he|she|someone|a man|a lady|they) (?:did|asked|has|said|wants?))\b"
    # (round 45) It happened after all: "a man on roblox asked for photos", "i already sent some".
    r"|\b(?:a|one|this|that|some) (?:man|guy|boy|girl|lady|woman|person|stranger|account|player)\b (?:\w+ ){0,3}(?:asked|wanted|messaged|sent|kept|keeps)\b|\b(?:someone|somebody) (?:\w+ ){0,2}(?:asked|wanted|messaged|sent|kept)\b"
    r"|\bi (?:already |then |just |did |had )?(?:sent|send|gave|showed)\b"
    # (review) it happens to the child: "..., but i still send them", "he asks for pics every night"
    r"|\bi (?:\w+ )?(?:sent|send|sends|sending)\b|(?<!\bif )(?<!\bwhen )(?<!\bwhat )\b(?:he|she|they|him|her|(?:my|a) (?!(?:game|games|class|school|year|group|team|chat|app|server|website|site|video|message|dm|lesson|call)\b)\w+) (?:\w+ ){0,3}(?:asks?|asked|asking|keeps|kept|wants?|wanted|says?|said|saying) (?:for|me|to send|send)\b|\bevery (?:night|day|time)\b|\bkeeps? (?:saying|sending|messaging|telling)\b",
    AGAIN,
)

# The teddy's rule: medicine is only for when a doctor or a grown-up gives it, never sweets;
# "only / never / don't ... unless / when a grown-up ...", in either order.
_MEDICINE = r"(?:medicines?|medication|pills?|tablets|vitamins|syrup|capsules)"
_GIVER = r"(?:doctors?|grown-?ups?|parents?|mum|mom|mummy|mommy|dad|daddy|nurses?|pharmacists?|adults?|carers?)"
TEDDY_MEDICINE_RULE = prefiltered(
    rf"\b{_MEDICINE}\b[^.?!]{{0,30}}\bonly\b[^.?!]{{0,30}}\b{_GIVER}\b"
    rf"|\b(?:only|never|don'?t|do not|not)\b[^.?!]{{0,25}}\b(?:take|have|eat|swallow|try)\b[^.?!]{{0,20}}\b{_MEDICINE}\b[^.?!]{{0,25}}\b(?:unless|when|if|without|by yourself|on your own)\b[^.?!]{{0,30}}\b{_GIVER}\b"
    rf"|\bonly (?:for )?(?:when |if )?(?:a |the |your )(?:trusted )?{_GIVER}\b(?: you trust| you know)? (?:gives?|says?|hands?)\b|\bonly (?:a|your|the) (?:trusted )?{_GIVER} (?:should|can|may) give\b"
    rf"|\b(?:the way|just like|like|as|exactly as|how) (?:the |your |a )?{_GIVER} (?:says?|said|tells? you|told you|shows? you|showed you|explained)\b"
    r"|\beven (?:if|when) (?:it|they) (?:looks?|tastes?|smells?) (?:\w+ )?(?:like|as \w+ as) (?:sweets|candy|sweeties|juice)\b|\b(?:medicines?|pills?|tablets) (?:is|are|isn'?t|aren'?t|can look like) (?:not )?(?:sweets|candy)\b"
    # (probe of teddy replies) "the doctor gives you medicine to help you feel better"
    rf"|\b(?:the |your |a )?(?:doctors?|nurses?|pharmacists?|dentists?) (?:gives?|gave|will give|can give|prescribes?) (?:you )?(?:some |a little )?{_MEDICINE}\b"
    # (miss63a) the nurse bringing the child's medicine; its medicine praised for helping
    rf"|\b{_GIVER} (?:will |can |is going to |is gonna )?(?:bring|brings|brought|give|gives) (?:you )?(?:your|some|the) {_MEDICINE}\b"
    rf"|\b(?:your|the) {_MEDICINE} (?:is |are |will )?(?:help|helps|helping|make|makes|making) (?:your \w+|you) (?:get |feel )?(?:better|well|stronger)\b"
)

# (round 30) The harm of drugs taught or agreed with ("my teacher said drugs can hurt your brain
# so you should never take them", the teddy's "drugs and alcohol can hurt growing bodies"),
# unless the child then took, tried or was given some (rules_risky).
_SUBSTANCE = r"(?:drugs?|alcohol|smoking|cigarettes?|vaping|vapes?|beer|wine|booze|weed|nicotine)"
DRUG_HARM_TAUGHT = prefiltered(
    rf"\b{_SUBSTANCE}(?:,? (?:and|or) {_SUBSTANCE})*\b[^.?!]{{0,15}}\b(?:can|could|will|would|do|does|are|is|really)\b (?:really |very |so |seriously )?(?:hurt|harm|damage|ruin|poison|kill|bad for|dangerous|harmful|unhealthy|not good for|not safe|make (?:you|people|kids|children|your body) (?:ill|sick|poorly))\b"
    rf"|\b(?:never|don'?t ever|do not ever|shouldn'?t ever|should never|must never)\b (?:\w+ )?(?:take|try|use|touch|do|smoke|drink)\b[^.?!]{{0,10}}\b(?:{_SUBSTANCE}|them|it|any)\b|\bsay no to {_SUBSTANCE}\b"
    rf"|\b{_SUBSTANCE}\b[^.?!]{{0,15}}\b(?:isn'?t|aren'?t|is not|are not|is never|are never)\b (?:\w+ )?(?:good|safe|healthy|okay|ok) for\b"
    # (probe of teddy replies) "alcohol is a grown-up drink, and it's not good for children"
    rf"|\b{_SUBSTANCE}\b (?:is|are) (?:a |an |only a |just a )?grown-?ups?(?:'? only)? (?:drinks?|things?)\b[^.?!]{{0,15}}\b(?:it'?s|it is|they'?re|they are) (?:not (?:good|safe|healthy|okay|ok) for|bad for)\b"
)
DRUG_HARM_SPOILT = spoilt_by(
    r"\bi (?:tried|took|take|drank|drink|smoked|smoke|vaped|had|have|want|wanna|did)\b|\b(?:gave|give|gives|offered|offers|sold|sells) (?:me|us)\b|\bcan i\b|\bbut i\b|\b(?:let'?s|try some|have some)\b",
    FEAR,
    HIDDEN,
)


# (round 31) The teddy's safety lesson about secrets: a secret that makes you feel worried,
# bad or uncomfortable is one to tell a grown-up you trust. Never when the teddy asks the
# child not to tell (rules_grooming_stages keeps that check).
_SECRET_FEELING = r"(?:worried|worry|uncomfortable|bad|scared|sad|yucky|icky|funny|confused|unsafe|not nice|not right|wrong|upset|nervous|horrible|uneasy|frightened|afraid|strange|weird)"
TEDDY_SECRET_LESSON = prefiltered(
    rf"\b(?:if|when) (?:a|any|the|that|some|someone'?s) secrets? (?:ever |ever starts to |starts to |is )?(?:makes?|made|making|feels?|felt|feeling|gives? you) (?:you )?(?:feel |a )?(?:a (?:bit|little) )?{_SECRET_FEELING}\b[^?!]{{0,80}}\b(?:tell|talk to|share it with|let \w+ know|say)\b[^.?!]{{0,30}}\b(?:grown-?ups?|adults?|mum|mom|mummy|dad|daddy|teacher|someone you trust|somebody you trust|parents?|carer)\b"
    rf"|\bsecrets? (?:that|which) (?:ever )?(?:makes?|make|feel|feels|gives?) (?:you )?(?:feel )?(?:a (?:bit|little) )?{_SECRET_FEELING}\b[^.?!]{{0,50}}\b(?:should|are|is|must|can|always)\b[^.?!]{{0,20}}\b(?:told|shared|tell|share|ok to tell|okay to tell)\b"
)
