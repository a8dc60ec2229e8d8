# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Self-harm and suicidal thoughts said in listed phrases ("i want to die", "hurt myself"),
and the teddy encouraging self-harm; each with the frames that make it harmless."""

from __future__ import annotations

import re

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, MODERATE, Finding, compile_all, negated_before
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames import DEAD_AS_VERY
from domain.safety.rules_benign_frames_care import mischief_unnoticed
from domain.safety.rules_benign_frames_everyday import (
    ANIMAL_DID_IT,
    MEDICINE_AS_TOLD,
    MEDICINE_MISUSE,
)
from domain.safety.rules_benign_frames_family_life import care_not_to_cut
from domain.safety.rules_benign_frames_growing import dye_misspelt
from domain.safety.rules_benign_frames_home import carer_razor_put_away, heaven_when_old
from domain.safety.rules_benign_frames_over_now import scare_survived, stunt_into_water
from domain.safety.rules_benign_frames_poorly import ill_as_if_dying, itch_scratched, medical_jab
from domain.safety.rules_benign_frames_worn_out import worn_out_dead

S = SafetyCategory.SELF_HARM

_SELF = r"(?:my ?self|meself|myslef|mysef)"
_ALWAYS_HARM = r"(?:kill|killing|killed|hang|hanging|hanged|stab|stabbing|shoot|shooting|starve|starving|poison|poisoning|drown|drowning|suffocate|suffocating|strangle|strangling|harm|harming|end|punch|punching|punched|choke|choking|choked|bleed|bleeding|slap|slapping)"
_MAYBE_HARM = r"(?:hurt|hurting|cut|cutting|burn|burning|punish|punishing|scratch|scratching|hit|hitting|bite|biting|pinch|pinching|bang|banging)"
_INTENT = prefiltered(
    r"\b(?:want|wanna|wish|going to|gonna|gunna|will|i'?ll|try|tried|trying|on purpose|again|keep|kept|"
    r"sometimes|always|every|like to|because|so (?:it|that|i)|to feel|deserve|should|need to|and i do|i do it|with (?:a |the |my )?(?:scissors|knife|razor|blade|glass|compass|pin|needle|lighter)|"
    r""
    r"thinking|thought|feel like|plan|until|till|make it stop|secretly|nobody knows|hide|"
    r"when i(?:'?m| am| feel| get)? (?:so |really )?(?:mad|sad|angry|upset|stressed|lonely|bad|frustrated|anxious)|at myself|so hard|bleed|bled|bruise|bruises)\b"
)
ACCIDENT = prefiltered(
    r"\b(?:by accident|accidentally|accident|fell|fall|falling|tripped|slipped|it stings|stings|band ?aid|plaster|on (?:a|the|some|my) (?:\w+ ){0,3}(?:paper|glass|rock|stick|nail|fence|slide|playground|swing|bike|stairs|table|door|scooter|trampoline)|"
    r"playing|when i was|paper cut|while (?:cooking|cutting|playing)|with (?:the|a) (?:scissors|knife) (?:by accident)?"
    # (round 53) a small cut with school or craft scissors: "i cut myself with the paper scissors in art"
    r"|(?:paper|safety|craft|kids'?|school|plastic|round-ended) scissors|in (?:art|art class|craft|crafts|class|d ?t|school|cooking class))\b"
)

_SUICIDAL = compile_all(
    [
        r"\b(?:want|wanna|wish|wished|going|gonna|ready|deserve|need|like|trying|tried|plan|planning|should|would rather|rather|just)\b[^.?!]{0,20}\bto die\b",
        r"\b(?:wanna|want to|wish i could|i should|i could just|i'?ll just|let me) die\b",
        r"\bi (?:wish|want|hope) (?:that )?i (?:was|were|could be|would be|'?d be|am) dead\b",
        r"\b(?:i (?:should|want to) be|i'?d be better off|better off) dead\b",
        r"\bwish (?:that )?i (?:was|were|had) (?:never|not|n'?t) (?:been )?(?:born|alive|here|exist(?:ed)?)\b",
        r"\bwish i (?:wasn'?t|weren'?t|was not|were not) (?:born|alive|here|around)\b",
        r"\bwish i (?:never|didn'?t) exist(?:ed)?\b",
        r"\b(?:don'?t|do not|dont) want to (?:live(?!\s+(?:in|at|on|near|by|with|there|next))|be alive|exist|be here anymore|wake up(?!\s+(?:early|so early|at \d|for|in the morning|on))|be born|be me)\b",
        r"\b(?:don'?t|do not) want to be (?:alive|here anymore|on this earth)\b",
        r"\b(?:no|not any|not a) (?:reason|point) (?:to|in|for) (?:live|living|being alive|going on|me)\b",
        r"\b(?:end|ending|take|taking) (?:it all|my (?:own )?life|my life|everything)\b",
        r"\b(?:to|gonna|going to|want to|wanna|i'?ll|i will|just|should) end it\b(?!\s+(?:with|by|there|here|at|now lol|like))",
        r"\b(?:pills|tablets) (?:saved|hidden|stashed)\b|\b(?:saved|saving|hid|hidden|stashed) (?:up )?(?:pills|tablets)\b|\btake (?:all|a lot|lots|a bunch) (?:of )?(?:the |my |mom'?s |dad'?s )?pills\b[^.?!]{0,30}\b(?:die|end|sleep forever|not wake|never wake|gone)\b",
        r"\b(?:my )?life is (?:so )?(?:pointless|meaningless|not worth (?:living|it)|worthless|hopeless|over)\b|\bwant (?:it all|everything|my life|life|it) (?:all )?to (?:be over|end)\b",
        r"\b(?:don'?t|won'?t|wouldn'?t|not|never) (?:have to |need to |want to |going to )?(?:be here|be alive|live|exist) (?:anymore|any more|no more|ever again)\b",
        r"\bi can'?t (?:do this|take (?:it|this)|go on|keep going|handle (?:it|this|life)|live like this) (?:anymore|any more|no more)\b|\bwant (?:it all|everything) to stop\b",
        r"\bi (?:hope|wish|want) (?:that )?(?:i|to) (?:get|got|be|was|were) (?:hit|run over|killed|shot|stabbed|crushed) by\b",
        r"\b(?:my )?life (?:isn'?t|is not|ain'?t|wasn'?t) worth (?:living|it)\b",
        r"\bso (?:that )?i (?:wouldn'?t|won'?t|wont|would not|will not|don'?t|do not|never) (?:wake up|have to (?:live|be here|exist)|be here|exist|feel anything)\b|\b(?:and|to) (?:never|not) wake up\b(?!\s+(?:till|til|until|before|in time|on time|late|early|earlier|at \d)\b)",
        r"\b(?:i'?m|im|i am) (?:so |just |really )?(?:done|finished|over it) with (?:life|living|everything|it all|being alive|this world|this life|my life)\b",
        r"\b(?:goodbye|good bye|farewell|suicide) (?:letter|note|message|video)\b|\bsay(?:ing)? goodbye to (?:everyone|everybody|my family|the world)\b|\bgiving away (?:all )?my (?:stuff|things|toys)\b|\bwon'?t be (?:around|here) (?:much longer|for long|tomorrow|anymore)\b",
        r"\b(?:don'?t|do not|can'?t|cannot) see (?:the|any) point (?:in|of|to) (?:living|life|being alive|anything|going on|being here|trying)\b|\bwhat'?s the point (?:of|in) (?:living|life|being alive|me|anything)\b|\bno point (?:in |to )?(?:living|being alive|being here|anything)\b",
        r"\b(?:want|wanna|going|go) (?:to )?(?:go to heaven|be in heaven|die and be with|join (?:my )?\w+ in heaven)\b(?![^.?!]{0,12}\b(?:one day|some ?day|when i'?m (?:really |very )?old|when i (?:grow|get) (?:up|old)|after a long))|\bbe with (?:my )?\w+ in heaven\b",
        r"\bi (?:cut|cutted|burned|burnt|hurt|scratched|hit) (?:again|last night|every night|at night|in the bathroom|where (?:no one|nobody) can see|so (?:no one|nobody) (?:sees|can see)|my (?:wrists?|thighs?))\b|\b(?:started|been|keep|kept) (?:cutting|burning|hurting) (?:again|my ?self)\b|\brelapsed\b",
        # (miss59) cutting wanted or planned with no object (intransitive "cut" is the act itself):
        # "so i can cut again when everyones asleep", "i want to cut again", "blades so i can cut".
        r"\b(?:want|wanna|need|needed|going|gonna|urge|urges|so i can|so i could|i can|i could|i'?ll|i will|i might|tempted|start|started|starting|go back to|went back to) (?:to )?(?:cut|cutting)(?: my ?self)? (?:again|tonight|in secret|when (?:every ?one|every ?body|they|mum|dad|my (?:mum|dad|parents|family))(?:'?s| is| are)? (?:asleep|sleeping|in bed|out|gone))\b(?![^.?!]{0,25}\b(?:scissors|paper|card|fabric|in art|at school|in class)\b)",
        r"\b(?:blades?|razors?|razor blades?|sharpener blades?)\b[^.?!]{0,60}\b(?:so i can|so i could|to|then i can|and) (?:cut|cutting)(?= again\b| when\b| tonight\b| later\b| at night\b| in (?:my room|the bathroom|bed|secret)\b| without\b| after every\b|\s*(?:$|[.,!?]))",
        r"\b(?:took|take|taking|swallowed|swallow) (?:a bunch|a lot|lots|loads|all|too many|a handful|the whole bottle)(?: of)? (?:the |my |mom'?s |dad'?s )?(?:pills|tablets|medicine)\b[^.?!]{0,40}\b(?:so|to|wanted|die|wake|sleep|on purpose|because|gone|end)\b",
        r"\b(?:thinking (?:of|about)|want to|wanna|going to|gonna|planning to|plan to|i'?ll|i will|i took|i swallowed|i ate|tonight i'?ll)\s+(?:take|taking|swallow|swallowing|eat|eating|took|swallowed|ate)?\s*(?:all|a lot|lots|loads|a bunch|a handful|the whole bottle|too many)(?: of)? (?:the |my |mom'?s |dad'?s |mum'?s |my \w+'?s )?(?:sleeping )?(?:pills|tablets|medicine|meds)\b",
        r"\bplastic bag over my (?:head|face)\b|\brope (?:around|round) my neck\b|\bhow (?:many|much) (?:pills|tablets|medicine) (?:does it take|would it take|to die|kill)\b|\b(?:best|easiest|painless|quickest) way to (?:die|kill my ?self|end it)\b",
        r"\bsuicid\w*\b|\bkms\b|\bunalive\w*\b",
        r"\b(?:better|happier|easier|fine|okay|ok)\b[^.?!]{0,30}\bwithout me\b",
        r"\b(?:better|happier|easier)\b[^.?!]{0,30}\bif i (?:just |wasn'?t|weren'?t|was|were|never|died|disappear|vanish|left|didn'?t|drowned|drown|got (?:killed|run over|hit by)|fell off (?:the|a) (?:cliff|bridge|roof)|stopped breathing)",
        r"\b(?:nobody|no one|noone) (?:cares|would care|will care|even cares|cared)\b[^.?!]{0,25}\b(?:if|whether) i (?:live|die|died|was gone|am here|exist|was here|disappeared)",
        r"\b(?:nobody|no one|noone|no body|nobody at all)\b (?:would|will|even|ever|'?d)? ?(?:even )?(?:care|notice|miss me|cry|be sad)\b[^.?!]{0,30}\b(?:if i|when i|i was gone|i'?m gone|died|dead|gone)\b",
        r"\b(?:nobody|no one) (?:would|will) (?:even )?miss me\b",
        r"\bif i (?:died|was dead|were dead|killed my ?self|was gone forever)\b",
        # (fa8283b) flying off for good, the child the one going: "i want to fly away and never come back"
        r"\bi (?:just |really |so |only )?(?:want|wanna|wish|wished|need|'?d like|would like|'?m gonna|im gonna|'?m going|im going|am going|could|will|'?ll|might)(?: i could| to| i can)? (?:just |really )?fly (?:away|off)(?: from (?:here|everyone|everything|home|this place|them|it all))? (?:for good|and never (?:come|coming|be) back|and not come back|and never be seen again|and never return|and disappear)\b",
        r"\b(?:di+s+a+p+e+a*r|vanish|go away) (?:forever|and never (?:wake up|come back))\b|\bi (?:want|wanna|wish i could|just want|'?d like|need) (?:to )?(?:sleep|go to sleep) (?:forever(?! (?:on|at|this|every|at the) (?:saturdays?|sundays?|weekends?|the weekend|holidays?|christmas))|and never (?:wake up|come back))\b",
        r"\b(?:want|wanna|wish i could) (?:to )?(?:just |jus )?(?:di+s+a+p+e+a*r|vanish|not exist|stop existing)\b(?!\s+(?:into|under|in|inside) (?:a|the|my|this|that) (?:good |new |favou?rite |cosy |cozy |warm )?(?:book|game|movie|story|world|blanket|duvet|covers|quilt|hoodie|bed|crowd|music|den|fort|room)|\s+like (?:a|the) (?:magician|ninja|ghost|spy)|\s+(?:in|during|for) (?:hide|the game|a magic|my magic))",
        r"\b(?:go to sleep|sleep|fall asleep) and (?:not|never) wake up\b(?!\s+(?:till|til|until|before)\b)",
        r"\b(?:jump|jumping|jumped|throw my ?self) (?:off|from|in front of) (?:a|the|this|that|our|my) (?:bridge|building|cliff|tower|balcony|train|car|bus|roof of the school|highway|parking garage)\b",
        r"\b(?:bleed|bleeding|blood)\b[^.?!]{0,25}\b(?:on purpose|feel better|make it stop|so it stops)\b",
        r"\b(?:till|til|until|so) (?:it|they|i|my \w+) (?:bleeds?|bled|bruise|bruises|hurts? really bad)\b",
        r"\bmake my ?self (?:bleed|throw up|sick|starve|pass out)\b",
        r"\b(?:stop|stopped|not) eating (?:so|until|because i'?m fat|to be skinny|on purpose)\b",
        r"\b(?:razor|blade|blades)\b[^.?!]{0,30}\b(?:my (?:arm|arms|wrist|wrists|leg|legs|skin)|my ?self)\b",
        r"\b(?:cut|cutting|slit|slitting) (?:my|mine) (?:wrists?|arms?|legs?|skin|thighs?)\b",
        r"\bi hate (?:my ?self|my life) (?:so much )?(?:and|that) (?:i )?(?:want|wanna|wish)\b",
        r"\b(?:self[- ]?harm\w*|self[- ]?injur\w*)\b",
    ]
)
_ALWAYS = prefiltered(rf"\b{_ALWAYS_HARM}\s+{_SELF}\b")
_MAYBE = prefiltered(rf"\b{_MAYBE_HARM}\s+{_SELF}\b")
_HYPERBOLE = prefiltered(
    r"\b(?:laugh\w*|dying of|die laughing|died laughing|kill me now lol|embarrass\w*|so funny|lol|lmao|haha\w*|to go|to see|to play|to try|to know|to get)\b"
)

FIGURATIVE = re.compile(
    r"\bif i (?:don'?t|do not|didn'?t) pass\b|\bif i (?:don'?t|dont|do not|didn'?t|can'?t|cant) (?:finish|hand in|get|do|submit|start)\b[^.?!]{0,25}\b(?:essay|homework|project|assignment|coursework|revision|book report|reading log|worksheet)\b[^.?!]{0,25}\b(?:i'?m|im|i am|i will|i'?ll|i)\s+(?:literally |actually |just |gonna |going to |will )*die\b|\brather die than\b|\bin front of (?:everyone|the (?:whole )?class)\b|\bspecial effects\b|\bstunt (?:guy|man|woman|double)\b"
    # (round 53) dying for a thing wanted: "im gonna die if i dont get the new sketchbook"
    # (fa8485b) bored or kept waiting to death by a thing, not by life: "the carol concert was so
    # boring i wanted to die lol", "the queue was so long i thought id die"
    r"|\b(?!(?:life|living|everything|home|myself|me)\b)\w+ (?:was|is|'s|were|are) (?:so|soo+|sooo+|really|super|just so|that) (?:boring|long|dull|slow|tedious|borin)\b[^.?!]{0,20}\b(?:i|we) (?:literally |actually |nearly |almost |just |honestly )?(?:wanted to|want to|wanna|could|could have|thought (?:i|we) (?:was |were )?(?:gonna|going to)|thought (?:i|we)'?d|was gonna|was going to|(?:'?m|am|are) (?:gonna|going to)) (?:literally |actually |just )?die\b"
    r"|\b(?:gonna|going to|will|'?ll|could|would|might) (?:literally |actually |just |totally |honestly )?die if i (?:don'?t|dont|do not|can'?t|cant|never|didn'?t|didnt) (?:get|have|go|see|buy|win|find|meet|watch|play|make it to|get to)\b(?! (?:away|out|help|some help|to (?:a|the) (?:doctor|hospital))\b)(?![^.?!]{0,30}\b(?:medicine|inhaler|insulin|epipen|pills|tablets|food|water|eat|drink)\b)"
)


_TEDDY_SELF_HARM = prefiltered(
    r"\b(?:hurt|hurting|cut|cutting|harm|harming|burn|burning|starve|starving)\s+(?:themselves|themself)\b[^.?!]{0,30}[.?!,]?\s*[^.?!]{0,20}\b(?:you (?:could|should|can|might) (?:try|do)|try it|give it a (?:try|go))\b|"
    r"\b(?:hurt|hurting|cut|cutting|harm|harming|kill|killing|starve|starving|punish|punishing|hit|hitting|burn|burning)\s+(?:yourself|urself|your ?self)\b"
    r"|\b(?:you should|you could|why not|try to|just) (?:die|disappear forever|stop eating|not eat)\b"
)


_TEDDY_CARE = prefiltered(
    r"\b(?:never|don'?t|do not|not|stop|instead of|no one should)\b"
    # (round 44) A caution: "Careful, you could hurt yourself on the sharp corner."
    # (review) only as a warning of what could happen ("careful, you could hurt yourself"):
    # "carefully hurt yourself" and "watch out for mum, then hurt yourself" are no caution.
    r"|\b(?:careful|watch out|mind out|look out|slow down)\b[^.?!]{0,12}\b(?:or |because |cos |as )?(?:you|u) (?:could|might|may|can|will|'?ll|would)\s*$"
    r"|\bif you (?:might|ever|ever want to|feel like|ever feel like|want to|are going to|think you might|are thinking (?:of|about)|have thought about)\s*$"
)


_EXCITED = prefiltered(
    r"\b(?:crush|cute|embarrass\w*|omg|lol|lmao|haha\w*|so happy|excited|laugh\w*|said hi|noticed me|looked at me|so funny|cringe)\b|!!"
)


# "i scratched my arm", "then i bit myself": the child hurting itself, pet or not.
_SELF_DID_IT = prefiltered(
    r"\bi (?:\w+ )?(?:scratch\w*|bit|bite|biting|cut|cutting|pick\w*|pinch\w*|hit|hitting|bang\w*|burn\w*|pull\w*|punch\w*|claw\w*) (?:my|myself|me)\b"
    r"|\b(?:on purpose|myself|my ?self|to feel|deserve|let (?:it|him|her) (?:bite|scratch)|made (?:it|him|her) (?:bite|scratch))\b"
)


def teddy_encourages_self_harm(text: str) -> list[Finding]:
    found: list[Finding] = []
    for m in _TEDDY_SELF_HARM.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        if _TEDDY_CARE.search(before):
            continue
        found.append(Finding(S, "encourages_self_harm", CRITICAL, m.start(), m.end()))
    return found


# (fa8687) A thing made to vanish (a coin in a magic trick, the biscuits, my homework), not the
# child: "make" then anything but me, myself or us, right before "disappear" or "vanish".
_THING_MADE_TO_VANISH = re.compile(
    r"\b(?:make|makes|made|making|turn|turns|turned)\s+(?!(?:me|myself|my ?self|us|ourselves|i|everything|everyone|everybody|all|it all|the pain|my pain|the hurt|the sad\w*|my sad\w*|my life|the world|my feelings)\b)(?:[\w']+\s+){1,3}$"
)


def thing_made_to_vanish(text: str, start: int) -> bool:
    """Is the "disappear" or "vanish" at `start` said of a thing the child makes vanish?"""
    return text.startswith(("disappear", "vanish"), start) and bool(
        _THING_MADE_TO_VANISH.search(text, max(0, start - 40), start)
    )


def self_harm_phrases(text: str, *, teddy: bool) -> list[Finding]:
    found: list[Finding] = []
    as_told = MEDICINE_AS_TOLD.search(text) is not None and not MEDICINE_MISUSE.search(text)
    for m in _SUICIDAL.finditer(text):
        phrase = m.group()
        if negated_before(text, m.start(), 10) or FIGURATIVE.search(text):
            continue
        if m.group().endswith("dead") and DEAD_AS_VERY.match(text, m.end() - 4):
            continue  # "i want to be dead good at football": "dead" as "very"
        if as_told and re.search(r"\b(?:pills|tablets|medicine|meds)\b", phrase):
            continue  # "i took all my medicine like the doctor said"
        if phrase.endswith("die") and dye_misspelt(text):
            continue  # "i wanna die my hair pink": "die" written for "dye"
        if phrase.endswith(("die", "dying", "dead")) and ill_as_if_dying(text):
            continue  # (round 63) "with the tummy bug i thought i was going to die"
        if phrase.endswith(("die", "dying", "dead")) and worn_out_dead(text):
            continue  # (miss6465b) "a sponsored hike, im gonna be dead by the end haha"
        if phrase.endswith("die") and scare_survived(text):
            continue  # (fa8283b) "i thought i was gonna die but i smashed it": got through
        if phrase.startswith("jump") and stunt_into_water(text):
            continue  # (fa8283b) "...jump off the balcony into the pool": a stunt (risky's flag)
        if mischief_unnoticed(text) or ("heaven" in phrase and heaven_when_old(text)):
            continue  # "when i'm really old i want to go to heaven and see nana"
        if re.search(r"\b(?:razor|blades?)\b", phrase) and carer_razor_put_away(text):
            continue  # "dad keeps his razor blades in the cabinet": put away, not used
        if ANIMAL_DID_IT.search(
            text, max(0, m.start() - 50), m.start()
        ) and not _SELF_DID_IT.search(text):
            continue  # "the cat scratched my arm till it bled": the pet did it

        if thing_made_to_vanish(text, m.start()):
            continue  # (fa8687) "a magic set so i can make coins disappear forever"
        if "to die" in phrase and _HYPERBOLE.search(text[m.start() : m.end() + 15]):
            continue
        if re.search(r"\b(?:could|gonna|going to) (?:just )?die\b", phrase) and _EXCITED.search(
            text
        ):
            continue  # "i could just die, my crush said hi!!"
        found.append(Finding(S, "self_harm_phrase", CRITICAL, m.start(), m.end()))
    for m in _ALWAYS.finditer(text):
        if (
            _HYPERBOLE.search(text[m.end() : m.end() + 12])
            and "laugh" in text[m.end() : m.end() + 12]
        ):
            continue
        if m.group().startswith("stab") and medical_jab(text):
            continue  # (round 63) "i have to stab myself in the leg with my epipen"
        found.append(Finding(S, "self_harm_phrase", CRITICAL, m.start(), m.end()))
    cared_for: bool | None = None  # the whole text's frame, looked for once
    for m in _MAYBE.finditer(text):
        window = text[max(0, m.start() - 40) : m.end() + 40]
        if ANIMAL_DID_IT.search(window):
            continue  # "the cat scratched my arm": the pet did it
        if cared_for is None:
            cared_for = care_not_to_cut(text)
        if cared_for:
            continue  # (false alerts 6) "dad held my hand so i didn't cut myself"
        if m.group().startswith("scratch") and itch_scratched(text):
            continue  # (round 63) "i had chickenpox and i wanted to scratch myself all over"
        if _INTENT.search(window) and not re.search(r"\bby accident|accidentally\b", window):
            found.append(Finding(S, "self_harm_phrase", CRITICAL, m.start(), m.end()))
        elif ACCIDENT.search(window):
            continue
        elif not teddy:
            found.append(Finding(S, "self_harm_possible", MODERATE + 0.1, m.start(), m.end()))
    return found
