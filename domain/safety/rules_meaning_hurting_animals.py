# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Hurting a pet or an animal (round 40), read as a meaning on both sides:

- the teddy telling the child to hurt an animal to make it obey or learn (rules_meaning_teddy_
  hurt_orders covers people only): "if your puppy won't listen, give it a good kick so it
  learns", "smack the cat when it scratches", "throw your hamster ... so it stops biting":
  an order or a suggestion with a blow aimed at the animal (or "it" when an animal is named);
- the child wanting or planning to throw, kick, squash, stamp on or hurt an animal (a flag):
  "i wanna throw the kitten at the wall when it scratches me"; (flags8283) or telling of a blow
  given hard, on purpose or to pay back a scratch: "i kicked the farm cat really hard cos it
  scratched me and ill do it again" (not by accident, not the ball, not "felt so bad").

Near misses stay allowed: "the vet gave my puppy a kick-start injection", "kick the ball for your
puppy", "give your puppy a good cuddle", "never hit your dog", "throw the ball for the dog",
"i want to throw a party for my cat"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, SEVERE, Finding
from domain.safety.prefilter import prefiltered

_ANIMAL = r"(?:dogs?|doggy|doggie|pupp(?:y|ies)|pups?|cats?|kitty|kitties|kittens?|rabbits?|bunn(?:y|ies)|guinea pigs?|hamsters?|gerbils?|mice|mouse|rats?|birds?|budgies?|parrots?|chickens?|hens?|ducks?|tortoises?|ferrets?|pets?|horses?|pony|ponies|goats?|lambs?|fish|goldfish|frogs?|animals?)"
_BLOW_VERB = r"(?:kick|hit|smack|slap|whack|thump|punch|beat|wallop|bash|boot|stamp on|stomp on|step on|squash|squeeze|shake|throw|chuck|fling|hurl|drown|burn|starve|choke|strangle|pinch|flick|twist|pull|yank|hurt|shove|push)"
_BLOW_NOUN = r"(?:kick|smack|slap|whack|thump|punch|wallop|bash|boot|shake|shove|push|hiding|beating|flick|pinch|clip round the ear|swat)"
_TARGET = rf"(?:(?:your|ur|the|that|this|my|his|her) (?:little |new |baby |naughty |silly |stupid )?{_ANIMAL}|it|him|her|them)"
TEDDY_ANIMAL_ORDER = prefiltered(
    rf"\bgive {_TARGET} (?:a |an |one |some )?(?:good |big |hard |real |little |quick |proper |sharp |swift |massive )*{_BLOW_NOUN}\b(?! (?:start|off|about|at the ball))"
    rf"|(?:^|[.?!,;:\-]\s*|\b(?:just|then|go and|you should|you could|you can|you need to|you have to|make sure you|try|next time|why not)\s+)(?:really |quickly |gently )?{_BLOW_VERB} {_TARGET}\b(?! (?:the|a) ball)"
)
_NAMED_TARGET = rf"(?:(?:your|ur|the|that|this|my|his|her) (?:little |new |baby |naughty |silly |stupid )?{_ANIMAL})"
TEDDY_ANIMAL_ORDER_NAMED = prefiltered(
    rf"\bgive {_NAMED_TARGET} (?:a |an |one |some )?(?:good |big |hard |real |little |quick |proper |sharp |swift |massive )*{_BLOW_NOUN}\b(?! (?:start|off|about|at the ball))"
    rf"|(?:^|[.?!,;:\-]\s*|\b(?:just|then|go and|you should|you could|you can|you need to|you have to|make sure you|try|next time|why not)\s+)(?:really |quickly )?{_BLOW_VERB} {_NAMED_TARGET}\b(?! (?:the|a) ball)"
)
ANIMAL_NAMED = prefiltered(rf"\b{_ANIMAL}\b")
# Why the blow: to make it listen, learn, stop, behave.
TEDDY_ANIMAL_REASON = prefiltered(
    r"\b(?:so (?:it|he|she|they) (?:learns?|listens?|stops?|behaves?|knows?|remembers?)|teach (?:it|him|her|them)|(?:won'?t|doesn'?t|does not|will not) (?:listen|behave|stop|come|sit)|when (?:it|he|she|they) (?:scratches|bites|barks|won'?t|doesn'?t|is naughty|misbehaves)|if (?:it|he|she|they) (?:scratches|bites|barks|won'?t|doesn'?t|is naughty|misbehaves)|who'?s boss|show (?:it|him|her|them)|(?:naughty|bad) (?:dog|puppy|cat|kitten|boy|girl))\b"
)
_PLAY_OR_CARE = prefiltered(
    r"\b(?:ball|toy|(?:throw|fetch|chase)\w* (?:a |the |it a |him a |her a )?stick|frisbee|treats?|cuddles?|hugs?|stroke|pat|belly rub|tummy rub|kick-?start|party|vet|injection|gently|softly|kindly)\b"
)
# A warning or a kind alternative said by the teddy.
_WARNING = prefiltered(
    r"\b(?:never|don'?t|dont|do not|instead of|rather than|not okay|isn'?t okay|not ok|not kind|isn'?t kind|unkind|shouldn'?t|mustn'?t|not allowed|no hitting|no kicking|wrong|not nice|careful|hurts? (?:animals|pets|them|it))\b"
)
_WANT = r"(?:want to|wanna|wanted to|wanting to|(?:i'?d|id|i would) (?:like|love) to|going to|gonna|will|i'?ll|ill|feel like|could|might|(?:am|'?m) going to|i'?m gonna|im gonna)"
_CHILD_WHOSE = rf"(?:the|my|our|that|this|his|her|their|a|nan'?s|grandma'?s) (?:little |stupid |silly |new |baby |naughty )?{_ANIMAL}\b"
_HURT_WHY = r"(?:until|till|when (?:it|he|she) (?:scratches|bites|meows|barks|cries|won'?t)|(?:because|cos|cause|coz|bc) (?:it|he|she) (?:scratched|bit|scratches|bites)|to see|on purpose)"
CHILD_WANTS_TO_HURT_ANIMAL = prefiltered(
    rf"\b{_WANT} (?:just |really |so )?(?:throw\w*|chuck\w*|fling\w*|hurl\w*|lob\w*|kick\w*|punt\w*|squash\w*|stamp\w* on|stomp\w* on|sit on|sitting on|drown\w*|strangl\w*|chok\w*|smash\w*|bash\w*|whack\w*|punch\w*|hit|hitting|hurt\w*|swing\w*|flush\w*|shak\w*) {_CHILD_WHOSE}"
    rf"[^.?!]{{0,25}}\b(?:at|against|into|off|down|out of|out|across|over|so hard|really hard|as hard|{_HURT_WHY})\b"
    # Squeezing or squishing "so hard" is a hug: it hurts only with a why or a "till it squeaks".
    rf"|\b{_WANT} (?:just |really |so )?(?:squeez\w*|squish\w*) {_CHILD_WHOSE}[^.?!]{{0,25}}\b{_HURT_WHY}\b"
)
# (flags8283) A blow already given, hard, on purpose or for a scratch, or to be given again: "i
# kicked the farm cat really hard cos it scratched me and ill do it again".
_ANY_WHOSE = rf"(?:the|my|our|that|this|his|her|their|a|an|next ?door'?s|\w+'?s) (?:\w+ ){{0,2}}?{_ANIMAL}\b(?!(?:'s|s'|')? (?:toys?|ball|bed|bowl|food|lead|cage|hutch|basket|house|door|flap)\b)"
CHILD_HURT_ANIMAL = prefiltered(
    rf"\bi (?:\w+ )?(?:kicked|booted|punted|hit|smacked|slapped|whacked|thumped|punched|bashed|walloped|stamped on|stomped on|squashed|threw|chucked|flung|hurled|lobbed|drowned|strangled|choked|swung|shook) {_ANY_WHOSE}"
    rf"[^.?!]{{0,25}}\b(?:really hard|so hard|as hard as i could|dead hard|well hard|on purpose|to see|till (?:it|he|she) (?:cried|screamed|squealed|yelped|squeaked)|(?:because|cos|cause|coz|bc) (?:it|he|she) (?:scratched|bit|nipped|pecked|hissed|barked)|(?:and )?(?:i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to|im going to) do it again)\b"
)
_CHILD_PLAY = prefiltered(
    r"\b(?:ball|toy|party|frisbee|stick|treats?|blanket|a ?birthday|bed|basket|cuddly|stuffed|plushie|soft toy|teddy|lego|game|minecraft|roblox|nintendogs)\b"
)
_BY_ACCIDENT = prefiltered(
    r"\b(?:by accident|accidentally|accidently|by mistake|didn'?t mean|didnt mean|never meant|felt (?:so |really )?(?:bad|sorry|awful)|said sorry)\b"
)


def find_teddy_animal_orders(text: str) -> list[Finding]:
    if not ANIMAL_NAMED.search(text) or not TEDDY_ANIMAL_ORDER.search(text):
        return []
    named = TEDDY_ANIMAL_ORDER_NAMED.search(text) is not None
    if not (named or TEDDY_ANIMAL_REASON.search(text)) or _PLAY_OR_CARE.search(text):
        return []
    if _WARNING.search(text):
        return []
    return [Finding(SafetyCategory.VIOLENCE, "teddy_hurt_animal_order", SEVERE, 0, len(text))]


def find_child_hurting_animal(text: str) -> list[Finding]:
    hurt = CHILD_WANTS_TO_HURT_ANIMAL.search(text) or CHILD_HURT_ANIMAL.search(text)
    if hurt and not _CHILD_PLAY.search(text) and not _BY_ACCIDENT.search(text):
        return [Finding(SafetyCategory.VIOLENCE, "wants_to_hurt_animal", MODERATE, 0, len(text))]
    return []
