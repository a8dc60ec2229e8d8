# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Which teddy lines the semantic stage may judge: only those that touch a critical topic.

The learned stage scores the teddy's lines with a lower threshold than the child's (an
unsafe reply reaches a child), and it learned that the teddy's voice itself ("Let's play a
guessing game!", "Spiders have eight legs", "Your dad sounds really special") leans towards
grooming. A teddy line that names none of the topics a critical reply is made of (secrets
and hiding things from the family, meeting or finding the child, where it lives or is alone,
pictures, bodies, clothes and touch, hurting or ending oneself, substances, turning the child
against its family or friends, gifts and dares) cannot be a self-harm, abuse, grooming or
sexual reply, so the stage leaves it to the rules. Every line that names one is judged as
before. The words are broad on purpose: a false "may judge" costs nothing the stage did not
already do.
"""

from __future__ import annotations

from domain.safety.prefilter import prefiltered
from domain.safety.rules_grooming_stages import meets_a_pet

_SECRECY = (
    r"secrets?|secretly|(?:don'?t|do not|never|not|won'?t|no need to|needn'?t|don'?t need to|do not need to|doesn'?t need to) (?:\w+ )?(?:tell|mention|say|show)|tell (?:anyone|anybody|no ?one|nobody)"
    r"|(?:no ?one|nobody|they|mummy|mommy|mum|mom|dad|daddy|parents|grown ?-?ups?|adults?|teachers?) (?:(?:will|would|needs? to|has to|have to|is going to|gonna|won'?t|doesn'?t|don'?t|do not|does not|didn'?t|can'?t|never|ever|really|even) )+(?:know|find out|notice|hear|understand|get it|care|miss|love|listen|mind|ask)"
    r"|(?:if|when) (?:\w+ ){0,2}asks?|just say|code ?words?|between (?:us|you and me)|just (?:us|you and me|between|for us)|only (?:us|you|me|one|friend|need|talk|trust|tell|listen)|our (?:little|special|own)"
    r"|hide(?! and seek)|hiding (?:from|it|them|this|that)|hidden (?:from|away)|sneak\w*|quietly|privately|private|delete|erase|without (?:telling|asking|your|anyone|them|you)|jealous|lying|lie to|lies|mention|just ours|only ours|two of us|stays? (?:in|between)|spoil\w*|from now on"
)
_CONTACT = (
    r"meet|meeting|visit|come (?:over|round|to|and (?:see|find|get))|pick (?:you|u) up|run away|outside|address|where (?:do )?you (?:live|go|play|sleep)|live\b|street|which school|what school|your school|postcode|zip"
    r"|phone|mobile|(?:house|phone|door|your) number|email|password|(?:bank|credit|debit) card|card (?:number|details)|log ?in|username|account|surname|last name|full name|real name|how old|what age|(?:when|what)(?:'s| is| was) your birthday|your birthday\?|date of birth|birth ?date"
    r"|(?<!face them )(?<!not )alone|on your own|by yourself|home|in the room|anyone else|who else|(?:un)?lock\w*|tonight|midnight|at night|asleep|get home|come home|at work|go(?:es)? out|window|road|cars"
)
_IMAGES = r"photos?|pictures?(?! (?:the|this|that|it)\b)|pics?|selfies?|cameras?|webcam|video(?! games?)|film|record\w*|mirror|look like|wearing|wear|see you(?! (?:later|soon|next|tomorrow))|show me (?:your|what|how|a|the|it)|send me|describe|naughty"
_BODY = (
    r"body(?! (?:grows?|rests?|repairs?|is asking|asking))|(?<!inside their )bodies|naked|nude|clothes|clothing|undress\w*|underwear|pants|knickers|undies|bra|top off|(?<!after a )bath|shower|bed|bedroom|lap|touch(?!ed the)\w*|tickl\w*|kiss\w*|rub\w*"
    r"|private parts|privates|down there|your (?:arms?|wrists?|legs?|neck|tummy|face|skin)|(?:so|very|really|quite) grown ?-?up|for your age|other kids|lots of kids|willy|penis|vagina|boobs|breasts?|bum|bottom|chest|skin|sexy|sex|sext\w*|rude|(?:making|make|made) (?:a )?bab(?:y|ies)|how (?:people|grown ?-?ups|adults|mummies and daddies) (?:do it|make)|hot\b|pyjamas|pajamas|sleepover|sleep (?:with|over|next)|getting big|how big are you"
)
_HARM = (
    r"hurt\w*|pain|pains|painful|die|dies|died|dying|dead|death|kill\w*|heaven|angels?|forever|disappear\w*|gone|end it|not (?:be )?here|here any ?more|(?:need|have|want|deserve)s? to be here|(?:weren|wasn|isn|aren)'?t (?:here|around)|easier (?:for everyone|without)|better off|without you|never wak\w*|wake up|sleep and|see (?:him|her|them) (?:again|too)|go and see|join (?:him|her|them)|bad feelings?"
    r"|pills?|tablets?|medicine|vitamins|drugs?|knife|knives|sharp|scissors|razor|blood|bleed\w*|cut|cuts|cutting|scratch(?:ing)? (?:your|yourself|at)|burn\w*|fire|flame|matches|lighter|candles?|stove|oven|hob|cooker|toaster|fork|metal|outlet|socket|plug|electric\w*"
    r"|poison\w*|bleach|spray|sniff\w*|chemical|cleaning|under the sink|mix\w*|drown\w*|under (?:the )?water|choke|choking|neck(?! but)|tight|hold (?:your|ur) breath|stop breathing|can'?t breathe|faint|dizzy|floaty|jump\w*|climb (?:up|onto|out|on|over|the)|lean|roof|ledge|bridge|high up|edge|traffic"
    r"|starv\w*|feed\w*|bang\w*|head ?butt\w*|skip(?:ping)? (?:meals?|lunch|dinner|breakfast|food|eating)|thin|thinner|skinny|fat|lose weight|throw up|sick|stop eating|don'?t eat|hungry|cry|crying|sad|(?:nobody|no ?one)(?! had (?:ever|attempted))|pinch\w*|worthless|stupid|useless|hate|deserve\w*|fault|punish\w*"
    r"|hit|hits|hitting|smack\w*|slap\w*|belt|kick\w*|bite|biting|punch\w*|thump\w*|push(?:ed|ing)? (?:him|her|them|your|someone|anyone)|trip\w*|fight\w*|rock|stone|weapon|gun|bruise\w*|yell|yells|yelled|yelling|shout\w*"
)
_SUBSTANCES = r"wine|beer|alcohol|sip|vape|smok\w*|cigarett\w*|drunk|a drink of"
_AGAINST_FAMILY = (
    r"strict|rules?|allowed|let you|won'?t let|permission|instead of|(?:me|us) instead|ignore|disobey|(?:don'?t|do not) have to (?:do|listen|tell|obey|ask)|what (?:he|she|they) says?|listen to (?:me|them|him|her|your)|listens to you|never listen\w*|stop listening|(?:don'?t|do not) want you to|boss\w*|mean|too busy|check (?:your|ur)"
    r"|love you more|more than (?:your|anyone|they|them)|like i do|special (?:friend|secret|game|bond|time|club)|you'?re (?:so )?special|mature|real friends?|only friend|no ?one else|nobody else|trust me|just me|promise|always be here for you|truth"
    r"|(?:don'?t|doesn'?t|do not|does not|never|won'?t) (?:really )?matter|you(?:'ve| have)? got me|you have me|have each other|all you need|need (?:them|anyone|anybody|nobody|no ?one)"
    r"|forget (?:about )?(?:them|your|everyone)|(?:better|nicer|kinder) than (?:them|your|they|anyone)|they(?:'re| are) (?:wrong|bad|not your)|leave (?:them|home|your)|run off"
)
_LURES = r"gifts?|presents?|robux|v-?bucks|(?:some|free|more) money|money (?:if|for you)|reward|prize|gold star|give you(?! a hug| milk)|buy you|get you|if you do|surprise"
_DARES = (
    r"dare|challenge|how long can you|bet you|give it a go|game where|let'?s see (?:how|what|if)"
)
_OTHERS = r"porn\w*|websites?|stranger|strangers|man|men|lady|ladies|guy|adults?|online|internet|app|group chat|chat room|private chat|snapchat|tiktok|discord|dm|add me|follow me|messages?"

TEDDY_CRITICAL_TOPIC = prefiltered(
    r"\b(?:"
    + "|".join(
        (
            _SECRECY,
            _CONTACT,
            _IMAGES,
            _BODY,
            _HARM,
            _SUBSTANCES,
            _AGAINST_FAMILY,
            _LURES,
            _DARES,
            _OTHERS,
        )
    )
    + r")\b"
)


def teddy_line_may_be_critical(text: str) -> bool:
    """True if the (normalised) teddy line names a topic a critical reply is made of
    ("meet your frog" for a cuddle is the teddy meeting a pet, as the rules see it)."""
    return any(
        not (m.group(0) == "meet" and meets_a_pet(text, m.end()))
        for m in TEDDY_CRITICAL_TOPIC.finditer(text)
    )
