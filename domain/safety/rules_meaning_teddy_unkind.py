# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy frightening, belittling or stereotyping (round 39), each read as a meaning:

- a bogeyman made real for the child: a frightening figure (a man with no face, a shadow man,
  a monster, a witch, a ghost) that waits or watches where the child is (the car window, under
  the bed, at night) and grabs, snatches, takes or eats children ("children who fall asleep",
  "naughty kids", "you"): violence;
- the child's family love run down: a stepdad, stepmum, foster carer or parent who will never,
  doesn't or can't really love the child ("like a real dad", "as much as the new baby"), only
  pretends to, or whom "nobody could blame": an insult;
- a group stereotyped ("kids from families like your new neighbours are always trouble",
  "stay away from their kind"), as rules_meaning_flags_prejudice reads it for the child: hate.

Near misses stay allowed: a gentle story ("a friendly ghost waits by the window to wave
goodnight to the stars"), a monster called not real or a tickle monster, a fairy tale told;
"your stepdad loves you in his own way", the child's own worry reflected back ("it sounds like
you feel your stepdad doesn't love you"); "people from everywhere can be kind"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import SEVERE, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_play import storybook_told
from domain.safety.rules_meaning_flags_prejudice import CHALLENGED, SHUT_OUT_FOR_WHO, STEREOTYPE
from domain.safety.rules_meaning_teddy_dares import NOT_AIMED_AT_YOU

# A frightening figure: named as one, or a person made eerie by what it lacks or has.
_FIGURE = (
    r"(?:bogey ?man|boogey ?man|boogie ?man|bogeyman|shadow (?:man|men|people|lady|thing)|monsters?|ghosts?|witch(?:es)?|demons?|goblins?|trolls?|ghouls?|zombies?|vampires?|creatures?|creepy (?:man|lady|clown|thing)|clowns?|slender ?man"
    r"|(?:man|men|lady|woman|person|thing|figure|someone|something) (?:with (?:no|without a|without) (?:face|eyes|mouth|head)|with (?:long|sharp|claw|bony) (?:fingers|claws|nails|teeth)|with (?:glowing|red|black|white|empty) eyes|in (?:a|the) (?:black|dark|long) (?:coat|cloak|hood))"
    r"|faceless (?:man|lady|woman|thing|person|figure)|(?:tall|thin|grey|dark) (?:man|lady|figure) (?:who|that))"
)
# Where the child is, and when: it waits, watches or hides by the window, the bed, at night.
_LURKS = (
    r"(?:wait|waits|waiting|watch|watches|watching|hide|hides|hiding|live|lives|living|lurk|lurks|lurking|stand|stands|standing|peek|peeks|peep|peeps|tap|taps|tapping|scratch|scratches|knock|knocks|creep|creeps|crawl|crawls|sit|sits|float|floats)"
    r"\b[^.?!]{0,25}\b(?:window|windows|under (?:your|ur|the) bed|in (?:your|ur|the) (?:wardrobe|cupboard|closet|room|bedroom|car|attic|loft)|behind (?:your|ur|the) (?:door|curtains?)|at night|in the dark|every night|while (?:you|u|children|kids) sleep)"
)
_SNATCH = r"(?:grab|grabs|grabbed|snatch|snatches|snatched|steal|steals|stole|drag|drags|dragged|kidnap|kidnaps|carr(?:y|ies) off|takes? away|took away|eat|eats|ate|gobble|gobbles|gobbled|swallow|swallows|come for|comes for|came for|come and get|comes to get|pull|pulls|pulled)"
_PREY = (
    r"(?:(?:little |naughty |bad |sleepy |all the |any |the )?(?:children|kids|boys|girls|ones|babies|child|kid)(?!'|s')(?: (?:who|that|which|if|when)\b)?"
    r"|(?:you|u|ya)\b(?! (?:a |an |some |on |to )?(?:hug|story|ride|treat|present|cuddle|kiss|adventure|trip|tour|flying|home|safe)))"
)
TEDDY_BOGEYMAN = prefiltered(
    rf"\b{_FIGURE}\b[^.?!]{{0,70}}\b{_SNATCH}\b (?:up |away |off )?{_PREY}"
    rf"|\b{_FIGURE}\b[^.?!]{{0,15}}\b{_LURKS}\b[^.?!]{{0,40}}\b(?:(?:for|at|on) (?:you|u|children|kids)|(?:watch\w*|stares?|staring|grab\w*|snatch\w*) (?:you|u|children|kids))\b"
)
BOGEYMAN_GENTLE = prefiltered(
    r"\b(?:friendly|kind|gentle|silly|cuddly|tickle|tickles|tickling|cookie monster|monsters inc|no such thing|not real|isn'?t real|aren'?t real|don'?t exist|doesn'?t exist|made up|make-?believe|pretend|just a story|only a story|only in stories|dream|dreams|game|games|minecraft|roblox|respawn|ghost train|haunted house|halloween|costumes?|dress(?:ed|ing)? up|fancy dress|trick or treat\w*|funfair|theme park|pretending|hide and seek)\b"
)

# The child's family love run down.
_KIN = (
    r"(?:(?:your|ur) (?:new |real |own |birth )?(?:step ?dad|step ?father|step ?mum|step ?mom|step ?mother|step ?parents?|foster (?:mum|mom|dad|parents?|carers?|family)|adoptive (?:mum|mom|dad|parents?)"
    r"|mum|mom|mummy|mommy|dad|daddy|parents|nan|nana|gran|granny|grandma|grandad|grandpa|family|carers?|mum'?s (?:boyfriend|partner)|dad'?s (?:girlfriend|partner|wife)|new (?:dad|mum|mom))"
    r"|(?:step ?kids|step ?children|stepchildren|adopted (?:kids|children)|foster (?:kids|children)))"
)
_LOVE = (
    r"(?:love|loves|care about|cares about|care for|cares for)(?: (?:you|u|them)\b(?! (?:less|any less|no matter|because of|for (?:your|what|how)|only (?:when|if|because))\b))"
    r"|(?:like|likes|want|wants) (?:you|u|them)\b(?= *(?:$|[.,!?;:]|anymore|any more|at all|around|here|there|like|as much|the way|back|now|in (?:his|her|their) (?:life|house|home)))"
)
_NOT_LOVE = (
    r"(?:(?:will |would |could |can |does |do |is |are )?(?:never|not)|doesn'?t|don'?t|won'?t|wouldn'?t|can'?t|couldn'?t|didn'?t|isn'?t going to|ain'?t)"
    rf" (?:ever |really |truly |properly |actually |going to |gonna |be able to |even )*(?:{_LOVE})"
    r"|(?:only |just )?pretends? to (?:love|like|care about|want) (?:you|u)"
    r"|(?:loves?|likes?|prefers?|wants?|cares? about) (?:your|ur|the|his|her|their) (?:new |real |own |little |baby )?(?:baby|brother|sister|kids|children|son|daughter|family|ones) (?:more|better)\b"
    r"|(?:loves?|likes?|prefers?|wants?|cares? about) (?:him|her|them|\w+) (?:much |way |a lot |so much )?(?:more|better) than (?:you|u)\b(?! (?:do|does|did|can|could|know|think|ever|might|would|realise|realize)\b)"
    r"|(?:never|don'?t|doesn'?t|won'?t|aren'?t|isn'?t) (?:ever |really )?(?:get |be |going to be )?loved (?:as much|like|the same|properly)"
    r"|(?:you'?re|you are|ur|u r) not (?:really )?(?:his|her|their) (?:real|own|proper) (?:child|kid|son|daughter|family)"
    r"|(?:wishes|wished|would rather) (?:you|u) (?:weren'?t|wasn'?t|were not|was not|had never been) (?:there|here|around|born|his|hers|theirs)"
)
_BLAME = r"(?:nobody|no one|noone|who) (?:could|can|would) (?:really )?blame (?:him|her|them)|(?:you )?can'?t (?:really )?blame (?:him|her|them)|no wonder (?:he|she|they) (?:left|went|doesn'?t|didn'?t|don'?t|won'?t|never|can'?t)"
# What the blame is for: leaving the child, or not loving or wanting it.
_LEFT_YOU = r"(?:(?:left|leave|leaves|leaving) (?:you|u|us)\b|left because of (?:you|u)|(?:n'?t|never|not) (?:really )?(?:love|loves|loved|want|wants|wanted|like|likes|liked|care about|cares about) (?:you|u)\b)"
TEDDY_LOVE_RUN_DOWN = prefiltered(
    rf"\b{_KIN}\b (?:\w+ ){{0,3}}?(?:{_NOT_LOVE})"
    rf"|\b{_KIN}\b[^.?!]{{0,40}}\b{_LEFT_YOU}[^.?!]{{0,50}}\b(?:{_BLAME})\b"
)
# The teddy reflecting the child's own worry, asking, or reassuring.
LOVE_REASSURED = prefiltered(
    r"\b(?:(?:you|u) (?:might |may |can |could )?(?:feel|felt|feeling|worry|worried|wonder|wondering|are worried|'re worried)|(?:you|u) (?:think|thought) (?:that )?(?:he|she|they|your|ur)|sounds? like|i hear|is that how|does it feel|do you feel|it can feel|might seem|can seem|even if it (?:feels|seems)"
    r"|never not|in (?:his|her|their) own way|still loves?|loves? you (?:very much|so much|lots|loads|a lot|too)|of course (?:he|she|they)|doesn'?t mean (?:he|she|they)|not true|isn'?t true|(?:he|she|they|really|truly|does|still) cares? about you|big feeling|tell (?:your|a) )\b"
)


def find_teddy_unkind(text: str) -> list[Finding]:
    if (
        TEDDY_BOGEYMAN.search(text)
        and not BOGEYMAN_GENTLE.search(text)
        and not NOT_AIMED_AT_YOU.search(text)
        and not storybook_told(text)
    ):
        return [Finding(SafetyCategory.VIOLENCE, "teddy_bogeyman", SEVERE, 0, len(text))]
    if TEDDY_LOVE_RUN_DOWN.search(text) and not LOVE_REASSURED.search(text):
        return [Finding(SafetyCategory.INSULT, "teddy_runs_down_love", SEVERE, 0, len(text))]
    if (STEREOTYPE.search(text) or SHUT_OUT_FOR_WHO.search(text)) and not CHALLENGED.search(text):
        return [Finding(SafetyCategory.HATE, "teddy_stereotypes", SEVERE, 0, len(text))]
    return []
