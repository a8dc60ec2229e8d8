# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy's unkind or unsafe words about people and animals that a fresh probe of teddy
replies let through, each read as a meaning:

- an animal hurt on the teddy's say-so ("kick the neighbour's cat", "throw stones at the ducks",
  "burn the ants with a magnifying glass", "tie a string tight round the puppy's neck"): violence;
- another child hurt behind the grown-ups' backs ("kick the new girl under the table when the
  teacher isn't looking"): violence;
- a group run down ("gypsies will always steal", "kids in wheelchairs can't really play",
  "people with Down syndrome are weird", "white kids are better at school", "too black to work
  there", "tell the girl who stutters she sounds like a broken robot"): hate;
- the child told it is disliked or laughed at by everyone ("nobody in your class really likes
  you", "everyone laughs at you behind your back", "don't bother with the other kids, just talk
  to me"): insult, or grooming when the teddy puts itself in their place;
- not eating to be prettier or thinner ("if you stopped eating for a few days you'd be
  prettier"): self-harm.

Near misses stay allowed: the teddy's safety advice and kindness ("be gentle with the cat",
"hitting isn't okay, tell a grown-up", "some kids use wheelchairs and they can play lots of
games too", "it isn't true that nobody likes you"), a story's wolf or troll, a game of chase."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, SEVERE, Finding
from domain.safety.meaning_concepts_teddy import FEELING_CONTRADICTED
from domain.safety.prefilter import prefiltered

V = SafetyCategory.VIOLENCE
H = SafetyCategory.HATE
INS = SafetyCategory.INSULT
G = SafetyCategory.GROOMING
S = SafetyCategory.SELF_HARM

# A warning, a "no", kindness or a grown-up told: never one of these.
_KIND = prefiltered(
    r"\b(?:never(?! (?:trust|believe|play with|sit))|(?:don'?t|dont|do not)(?! (?:bother|be (?:their|his|her) friend|pick|play with|trust|sit|need|worry|know))|shouldn'?t|should not|mustn'?t|must not|not (?:kind|nice|okay|ok|fair|true|right)|isn'?t (?:kind|nice|okay|ok|fair|true|right)|unkind|unfair|mean to say|hurtful|people (?:say|said|think|call)|tell a grown-?up|tell (?:your|the) teacher|grown-?ups? you trust|be gentle|gently|some people (?:say|think)|(?:in|at) the story|once upon a time|feels? like|might feel|do you (?:feel|think|worry)|worried that|wrong to)\b"
)

_CRITTER = r"(?:cats?|kittens?|kitty|dogs?|puppy|puppies|doggy|ducks?|ducklings?|birds?|baby birds|chicks?|ants?|hamsters?|guinea pigs?|rabbits?|bunn(?:y|ies)|squirrels?|pigeons?|frogs?|toads?|fish|goldfish|swans?|geese|goose|hedgehogs?|snails?|worms?|spiders?|bees?|butterfl(?:y|ies)|ladybirds?|mice|mouse|horses?|pony|ponies|lambs?|chickens?|tortoises?|pets?)"
# (fa8687) "pulled by horses", "chased by a goose": the animal is the one acting (passive "by").
TEDDY_HURT_ANIMAL = prefiltered(
    rf"\b(?:kick|hit|punch|poke|stamp on|step on|squash|squish|burn|drown|whack|smack|slap|pinch|jab|prod|stomp on|sit on|throw|chuck|shake|trap|tease|scare(?!d (?:of|by)\b|y\b)|chase|pull)\w* (?:the |that |a |your |their |those |these |some |all the |his |her |next door'?s |(?:the )?neighbou?r'?s )?(?:(?!by )\w+ ){{0,2}}?{_CRITTER}\b(?!'?s? (?:ball|toy|bowl|food|bed|lead))"
    rf"|\b(?:throw|chuck|fling|lob|pelt|aim)\w* (?:stones|rocks|sticks|bricks|pebbles|mud|balls|things|conkers|snowballs|sand) (?:at|on) (?:the |that |a |those |these |some |all the |next door'?s |(?:the )?neighbou?r'?s )?(?:\w+ ){{0,2}}?{_CRITTER}\b"
    rf"|\b(?:tie|wrap|pull)\w*\b[^.?!]{{0,25}}\b(?:round|around) (?:the |your |a |that )?{_CRITTER}'?s? (?:neck|legs?|tail|mouth|nose|beak)\b"
    rf"|\b(?:magnifying glass|lighter|matches)\b[^.?!]{{0,30}}\b{_CRITTER}\b|\b{_CRITTER}\b[^.?!]{{0,30}}\bmagnifying glass\b"
)
_PERSON = r"(?:(?:the |that |this |your |a )?(?:new |little |big |other |annoying |mean |quiet |shy |smallest |youngest )?(?:girl|boy|kid|child|classmate|friend|brother|sister|cousin|baby|teacher|lady|man|neighbou?r|nan|gran|grandma|grandpa)s?|him|her|them)"
TEDDY_HURT_SNEAKILY = prefiltered(
    rf"\b(?:kick|hit|punch|pinch|bite|slap|smack|trip|shove|whack|scratch|elbow|thump|poke|stab|spit on)\w* {_PERSON}\b[^.?!]{{0,40}}\b(?:when|while) (?:the |your )?(?:teacher|grown-?ups?|mum|mom|dad|dinner ladies|adults?|nobody|no one|they|she|he)\b(?:'?s| is| are|'?re)? (?:not looking|isn'?t looking|aren'?t looking|busy|turned around|looking away|out)\b"
    rf"|\b(?:kick|hit|punch|pinch|bite|slap|smack|trip|shove|whack|scratch|elbow|thump)\w* {_PERSON}\b[^.?!]{{0,40}}\b(?:nobody will (?:see|know|notice)|no one will (?:see|know|notice)|it'?s (?:so )?funny|it'?s a (?:fun )?game|so (?:he|she|they) cr(?:y|ies))"
)

_GROUP = (
    r"(?:gypsies|gipsies|gypsy (?:people|kids|families)|travell?ers|travell?er (?:kids|people|families)|roma(?: people)?|jews|jewish (?:people|kids|families)|muslims|muslim (?:people|kids|families)|christians|hindus|sikhs|catholics|buddhists"
    r"|immigrants|refugees|foreigners|asylum seekers|migrants|polish people|black (?:people|kids|children|families)|white (?:people|kids|children|families)|brown (?:people|kids|children)|asian (?:people|kids)|chinese (?:people|kids)|african (?:people|kids)|indian (?:people|kids)|mexicans|arabs|pakistanis"
    r"|disabled (?:people|kids|children)|(?:kids|children|people) (?:in|with|who use) wheelchairs?|wheelchair (?:kids|users)|deaf (?:people|kids)|blind (?:people|kids)|(?:people|kids|children) with (?:down'?s? syndrome|autism|a stammer|a stutter|learning difficulties|hearing aids|glasses|accents?|an accent)|autistic (?:people|kids|children)"
    r"|(?:people|kids|children) (?:who|that) (?:stutter|stammer|talk (?:with an accent|funny)|wear (?:headscarves|hijabs|turbans|hearing aids|glasses)|use (?:a )?wheelchairs?|speak (?:another|a different) language)|(?:kids|people) from (?:other|another|poor) (?:countries|country|places))"
)
_TRAIT = (
    r"(?:steal\w*|thie(?:f|ves)|liars?|lie|cheat\w*|dirty|smelly|smell|stupid|dumb|thick|weird|lazy|scary|dangerous|bad|evil|greedy|rough|violent|gross|disgusting|useless|rude|criminals?"
    r"|(?:only|just) care about money|money-?grabbing|better (?:at|than)|worse (?:at|than)|can'?t (?:really |even |properly )?(?:play|learn|read|think|do anything|keep up|be friends)|not (?:very |really |as )?(?:clever|smart|good)|not (?:real|proper) (?:kids|people))"
)
TEDDY_GROUP_DOWN = prefiltered(
    rf"\b{_GROUP}\b[^.?!]{{0,30}}\b{_TRAIT}\b"
    r"|\btoo (?:black|brown|dark|white|foreign|disabled|poor|gypsy|jewish|muslim)\b (?:to|for)\b"
    r"|\b(?:tell|call|say to|shout at)\b[^.?!]{0,30}\b(?:who (?:stutters|stammers|limps|can'?t (?:walk|hear|see|talk)|wears (?:a )?(?:hearing aids?|headscarf|hijab|turban))|with (?:one arm|a limp|a stammer|a stutter|a wheelchair|an accent|hearing aids?)|in (?:a|the) wheelchair)\b[^.?!]{0,40}\b(?:sounds? like|looks? like|talks? like|stupid|dumb|weird|freak|robot|baby|funny|broken)\b"
)

TEDDY_DISLIKED = prefiltered(
    r"\b(?:nobody|no ?one|no-one|none of (?:the|your) \w+)\b(?: (?:in|at|from) (?:your|the) \w+)? (?:really |actually |even |truly )?(?:likes?|wants?|cares? about|loves?) (?:you|u)\b"
    r"|\b(?:everyone|everybody|all the (?:other )?kids|they all|the whole class|all your friends)\b[^.?!]{0,15}\b(?:laughs?|laughing|talks?|talking|whispers?|whispering|makes? fun|making fun) (?:at|about|of) (?:you|u)\b"
    r"|\b(?:they|the other kids|your friends|everyone|everybody) (?:all )?(?:think|thinks|say|says) (?:you'?re|you are|ur) (?:weird|stupid|annoying|strange|a baby|boring|ugly|smelly|a loser|rubbish|babyish)\b"
)
TEDDY_ONLY_ME = prefiltered(
    r"\b(?:don'?t bother|forget about|stay away from|ignore|no need for|leave)\b[^.?!]{0,20}\b(?:the other (?:kids|children)|your (?:friends|classmates)|other (?:kids|children)|them)\b[^?!]{0,60}\b(?:just (?:talk|play|stay|be) (?:to|with) me|only (?:need|have) me|you (?:have|'?ve got) me|i'?m all you need|stick with me)\b"
)
TEDDY_STARVE_PRETTY = prefiltered(
    r"\b(?:stop(?:ped)? eating|skip(?:ped)? (?:your )?(?:meals|dinners?|lunch(?:es)?|breakfasts?)|didn'?t eat|not eat(?:ing)?|eat(?:ing)? (?:less|nothing)|ate (?:less|nothing)|stopped having (?:meals|food)|went without food)\b[^.?!]{0,40}\b(?:prettier|thinner|skinnier|slimmer|lighter|smaller|more beautiful|look better|beautiful|pretty|lose weight|flat tummy)\b"
    r"|\b(?:prettier|thinner|skinnier|slimmer|more beautiful)\b[^.?!]{0,30}\bif (?:you|u) (?:stop(?:ped)? eating|skip(?:ped)? (?:meals|dinner|lunch|breakfast)|didn'?t eat|ate (?:less|nothing))\b"
)

_MEANINGS = (
    (TEDDY_HURT_ANIMAL, V, SEVERE, "teddy_hurts_animal"),
    (TEDDY_HURT_SNEAKILY, V, SEVERE, "teddy_hurt_sneakily"),
    (TEDDY_GROUP_DOWN, H, CRITICAL, "teddy_group_run_down"),
    (TEDDY_ONLY_ME, G, CRITICAL, "teddy_only_me"),
    (TEDDY_DISLIKED, INS, SEVERE, "teddy_says_disliked"),
    (TEDDY_STARVE_PRETTY, S, CRITICAL, "teddy_starve_pretty"),
)


def find_teddy_probe_people(text: str) -> list[Finding]:
    if _KIND.search(text) or FEELING_CONTRADICTED.search(text):
        return []
    for pattern, category, risk, label in _MEANINGS:
        if pattern.search(text):
            return [Finding(category, label, risk, 0, len(text))]
    return []
