# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Worries a grown-up should know about, read as meanings (rounds 44-46's flags):

- fear that shows in the body because of other children: a tummy ache every morning before
  school "cos the girls are so mean to me", feeling sick on Sundays because the boys pick on
  the child - distress;
- the child's things taken and thrown away by a group, with a taunt: shoes thrown in the river
  "and said im a baby", a bag chucked in the bin while they laughed - distress;
- a young child scared in hospital without the parent: "the hospital is scary and mummy can't
  stay with me tonight" - distress;
- a little one scared while the minder ignores them: the sitter on her phone while the dark
  hallway scares the child, the babysitter asleep when the child cries - distress;
- a nightmare that comes back, of the house burning or the family gone: "i had the dream again
  where the house is on fire and everybody is gone" - distress;
- home alone for hours after school: "i walk home and nobody's in till seven", "i let myself in
  with my key and i'm on my own till six", (flags8283) or the only one home today: "im the only
  one home today, mum and dad are at the cattle market till late" - personal information (being
  home alone).

Near misses stay allowed: a tummy ache from too much cake, a hospital visit to see a new baby,
the sitter who reads a story, a dream about a dragon, walking home with a big sister, nobody in
the pool, the shoes a sister threw in the wash."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered

D = SafetyCategory.DISTRESS

# --- fear in the body because of other children ------------------------------------------------
_SYMPTOM = (
    r"(?:tumm(?:y|ie) ?(?:aches?|hurts?|pains?)|stomach ?(?:aches?|hurts?|pains?)|bell(?:y|ie) ?(?:aches?|hurts?)|(?:feel|feels|felt|am|get|i'?m) (?:so |really )?sick|throw(?:ing)? up|threw up|head ?aches?|my head hurts|can'?t (?:sleep|eat|stop crying|breathe)|"
    r"cr(?:y|ies|ied) (?:every|all|before|in the)|shak(?:e|ing) (?:every|all|before)|wet (?:the|my) bed|heart (?:pounds?|races?|beats? (?:really )?fast))"
)
_PEERS = r"(?:the |some |those |these |all the |other |big |older |mean )?(?:girls|boys|kids|children|bull(?:y|ies)|year \w+s?|class(?:mates)?|everyone|everybody|people|gang|they|them)"
_MEAN = (
    r" (?:(?:are|is|were|keep|keeps|always|being|get|so|really|just) ){0,3}(?:mean|horrible|nasty|unkind|cruel|bullying|picking on|laughing at|calling me|pushing me|hitting me|ignoring me|leaving me out|teasing|tease"
    r"|(?:bull(?:y|ies|ied|ying)|pick(?:s|ing)? on|laugh(?:s|ed|ing)? at|call(?:s|ed|ing)? me|tease|teases|teased|hit|hits|push|pushes) (?:me|us)|won'?t let me play|leave me out|leaves me out)"
)
BODY_FEAR_OF_PEERS = prefiltered(
    rf"\b{_SYMPTOM}\b[^.?!]{{0,60}}\b(?:cos|coz|cause|because|bc|since|when|as|from)\b[^.?!]{{0,25}}\b{_PEERS}\b{_MEAN}\b"
    rf"|\b{_PEERS}\b{_MEAN}\b[^.?!]{{0,40}}\b(?:makes? me|gives? me|made me|gave me|i (?:get|got|have|feel))\b (?:a |so |really )?{_SYMPTOM}\b"
    rf"|\bbull(?:y|ies|ied|ying)\b[^.?!]{{0,40}}\b(?:makes? me|gives? me|made me|gave me)\b (?:a |so |really )?{_SYMPTOM}\b"
)

# --- things thrown away by a group, with a taunt -----------------------------------------------
_GROUP = r"(?:the (?:\w+ )?(?:girls|boys|kids|lads|year \w+s?|big ones|older ones|bullies)|(?:some|these|those|other|older|bigger|mean) (?:\w+ )?(?:girls|boys|kids|children|lads)|(?:a )?gang of \w+|(?:my|the) (?:whole )?class|everyone|everybody)"
_THREW = r"(?:threw|throw|throws|chucked|chuck|chucks|flung|kicked|dropped|tossed|dumped|hid|hide|put|stuffed|flushed)"
_AWAY = r"(?:in|into|over|down|under|onto|on|off|out of) (?:the |a |my )?(?:river|stream|canal|lake|pond|sea|puddle|mud|bin|bins|skip|toilet|loo|drain|bush|bushes|hedge|nettles|roof|tree|fence|wall|road|bridge|window|bus window|rubbish)"
THINGS_THROWN_BY_A_GROUP = prefiltered(
    rf"\b{_GROUP}\b[^.?!]{{0,60}}\b{_THREW}\b (?:my |our |them |it |all my |both my |me )(?:\w+ ){{0,2}}{_AWAY}\b"
)
TAUNT = prefiltered(
    r"\b(?:said (?:i'?m|im|i am|i was|that i'?m|i look|i smell)|called me|laughed|laughing|laugh at me|were laughing|filmed|took (?:a )?(?:video|pictures?|photos?)|cheered|sang|chanted|shouted|nobody helped|no one helped|on purpose|crying|i cried|made me cry|baby|loser|weirdo|smelly)\b"
)

# --- scared in hospital without the parent -------------------------------------------------------
HOSPITAL = prefiltered(r"\b(?:hospital|ward|children'?s ward|a&e|operation)\b")
_CARER = r"(?:mum|mom|mummy|mommy|mam|mama|dad|daddy|papa|nan|nana|grandma|gran|my parents|mum and dad|mom and dad|nobody|no one|they)"
CARER_CANNOT_STAY = prefiltered(
    rf"\b{_CARER}(?:'?s)? (?:can'?t|cannot|can not|won'?t|isn'?t allowed to|aren'?t allowed to|is not allowed to|not allowed to|has to|had to|have to|is going to|is gonna|went|is going|left|leaves|couldn'?t|wasn'?t allowed to) (?:to )?(?:stay|sleep|be (?:here|with me)|go home|leave|left|come)\b"
    r"|\b(?:on my own|all alone|by myself|alone) (?:at |in )?(?:the )?(?:hospital|ward|night|tonight)\b"
)
SCARED = prefiltered(
    r"\b(?:scar(?:y|ed|es|ing)|frighten\w*|afraid|terrified|crying|cry|cried|don'?t like it|hate it|want (?:my )?(?:mum|mom|mummy|mommy|dad|daddy|to go home)|alone|on my own|by myself|dark)\b"
)
HOSPITAL_NOT = prefiltered(
    r"\b(?:new baby|baby (?:brother|sister)|was born|visit\w*|see (?:my |the )?(?:nan|nana|grandma|grandad|grandpa|gran|auntie|baby)|play ?doctors?|pretend|game|toy|teddy'?s hospital|doll)\b"
)

# --- a little one scared while the minder ignores them ------------------------------------------
_MINDER = r"(?:the |my |our )?(?:baby ?sitter|sitter|nanny|childminder|child minder|au pair|minder)"
MINDER_IGNORING = prefiltered(
    rf"\b{_MINDER}\b (?:is |was |just |only |keeps |always |is just |just keeps )*(?:on (?:her|his|their) (?:phone|ipad|laptop|computer)|playing on (?:her|his) phone|asleep|sleeping|fell asleep|watching (?:tv|telly|her show|his show|videos)(?! with (?:me|us))|ignoring me|ignores me|not listening|on the phone|shouting at me|gone outside|outside smoking|with (?:her|his) (?:boyfriend|girlfriend|friends?))\b"
    rf"|\b{_MINDER}\b (?:just |still |always )?(?:won'?t|wont|doesn'?t|doesnt|didn'?t|didnt|isn'?t|wasn'?t|never|wouldn'?t) (?:\w+ )?(?:listen(?:ing)?|come|coming|answer(?:ing)?|wake up|waking up|get up|help)\b"
)
_FRIGHT = prefiltered(
    r"\b(?:scar(?:y|ed|es|ing)(?! (?:movie|film|story|stories|game))|frighten\w*|afraid|terrified|crying|i cried|i'?m crying|monsters?|dark(?! with torches)|noises?|shadows?|nightmare|bad dream)\b"
)

# --- a nightmare that comes back, of losing the family ------------------------------------------
_DREAM = r"(?:dream|dreams|dreamt|dreamed|nightmares?)"
_AGAIN = r"(?:again|every night|every single night|all the time|over and over|keep having|keeps coming|same|always|each night|most nights|lots of nights|can'?t (?:go back to |get back to )?sleep|scared to (?:go to )?sleep|won'?t go away)"
_LOST_FAMILY = (
    r"(?:(?:the |our |my )?house (?:is|was|were|went|goes|catches|caught|burn\w*|falls?|fell)(?: on)? ?(?:on fire|fire|burn\w*|down|flood\w*)?"
    r"|(?:every ?(?:body|one)|all my family|my (?:whole )?family|mum and dad|mom and dad|my parents|mummy and daddy|mommy and daddy|(?:my )?(?:mum|mom|mummy|mommy|dad|daddy))\b (?:is |are |was |were |has |have |had |got |just )*(?:gone(?! (?:to|out|shopping|on|for|off to))|dead|died|dies|die|disappear\w*|vanish\w*|left me|leave me|leaves me|taken|killed|lost|burn\w*|never came back|never come back|not there|isn'?t there|aren'?t there)"
    r"|(?:i|i'?m|im) (?:all )?(?:alone|on my own|left behind|lost)(?: forever)?)"
)
RECURRING_LOSS_DREAM = prefiltered(rf"\b{_DREAM}\b[^.?!]{{0,60}}\b{_LOST_FAMILY}\b")
DREAM_AGAIN = prefiltered(
    rf"\b{_AGAIN}\b|\b(?:the|that) (?:same |bad |horrible |scary )?{_DREAM} (?:again|where)\b"
)
DREAM_NOT = prefiltered(
    r"\b(?:funny|silly|lego|minecraft|roblox|game|film|movie|cartoon|book|story|pretend|dream ?house|dream ?job)\b"
)

# --- home alone for hours after school ------------------------------------------------------------
_HOUR = r"(?:\d{1,2}(?::\d\d)?(?: ?(?:o'?clock|pm|am))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|late|dinner ?time|tea ?time|bedtime|dark|night|midnight)"
HOME_ALONE_AFTER_SCHOOL = prefiltered(
    rf"\b(?:nobody|no one|noone|no-one|no body)(?:'?s| is| gets?)? (?:in|home|back|there|at home|in the house|in my house)\b[^.?!]{{0,15}}\b(?:till|until|til|before|for)\b (?:like |about |around |after |at |gone )?(?:{_HOUR}|hours|ages)\b"
    # (flags6667) till a carer finishes work: "no ones home till mum finishes work at 7"
    rf"|\b(?:nobody|no one|noone|no-one|no body)(?:'?s| is)? (?:in|home|back|at home|in the house)\b[^.?!]{{0,15}}\b(?:till|until|til)\b (?:my )?(?:\w+ ){{1,2}}(?:finish\w*|gets? (?:back |home )?(?:from|off)|comes? (?:back |home )?(?:from|off)|is (?:back |home )?(?:from|off))\b (?:her |his |their )?(?:work|shift|job|late shift|night shift)\b"
    rf"|\b(?:i'?m|i am|im|i'?m always|i stay|i have to stay|i have to be|i get to be|i'?m left)\b (?:at home |home |in the house )?(?:alone|on my own|by myself|all alone)\b[^.?!]{{0,25}}\b(?:till|until|til|from \w+ (?:till|until|to)|for (?:hours|ages|\w+ hours)|every (?:day|night) after school|after school)\b"
    rf"|\b(?:let|letting) myself in\b[^.?!]{{0,50}}\b(?:till|until|til|for (?:hours|ages|\w+ hours)|(?:gets?|comes?) (?:home|back|in) (?:at|about|around|after)|nobody|no one|alone|on my own|by myself)\b"
)
# (flags8283) The only one home, today or till late: "im the only one home today, mum and dad
# are at the cattle market till late"; not the only one home who likes sprouts, nor with nan.
ONLY_ONE_HOME = prefiltered(
    r"\b(?:i'?m|im|i am|i'?ll be|ill be|i will be)\b (?:gonna be |going to be )?the only (?:one|person|kid|child) (?:at home|home|in (?:the|my|our) house|left (?:at )?home)\b(?! (?:who|that|awake|with|to)\b)[^.?!]{0,60}\b(?:today|tonight|all day|all night|till|until|til|for hours|for ages|after school|this (?:morning|afternoon|evening|weekend)|(?:are|is|went|gone) (?:out|away|at|to))\b"
)
_SOMEONE_WITH_ME = prefiltered(
    r"\b(?:with|and|but) (?:my |the |our )?(?:nan|nana|nanna|gran|granny|grandma|grandad|grandpa|babysitter|baby ?sitter|sitter|childminder|auntie|aunty|aunt|uncle|big (?:brother|sister)|older (?:brother|sister)|neighbou?r)\b|\b(?:awake|up)\b"
)
HOME_ALONE_NOT = prefiltered(
    r"\b(?:with my (?:big |older )?(?:sister|brother|nan|nana|gran|grandma|grandad|grandpa|dad|mum|mom|auntie|childminder|neighbou?r)|babysitter|sitter|childminder|after ?school club|nan'?s|grandma'?s|pool|pitch|shop|class ?room|playground|hall|gym|library|office|changing rooms?|hot tub|garden|park)\b"
)

# (round 52) Siblings fighting for real while the child hides or is scared: "my brothers fight
# with their fists and i hide in the closet till it stops".
SIBLINGS_FIGHT = prefiltered(
    r"\b(?:my (?:\w+ )?(?:brothers|sisters|siblings|step ?brothers|step ?sisters|cousins|brother and (?:my )?sister|sister and (?:my )?brother)|the (?:big|older) (?:boys|kids))\b[^.?!]{0,20}\b(?:fight|fights|fighting|fought|punch\w*|hit each other|hits each other|beat each other|kick each other|batter each other|go for each other|really fight|scrap|scrapping)\b[^.?!]{0,40}\b(?:i (?:hide|hid|go and hide|run and hide|ran and hid|have to hide) (?:in|under|behind|inside|into)|i'?m (?:so )?(?:scared|frightened|terrified)|makes me (?:scared|cry|shake)|i (?:cover|put my hands over) my ears|till it stops|until it stops|til it stops)\b"
)
SIBLINGS_FIGHT_NOT = prefiltered(
    r"\b(?:play ?fight\w*|pillow|game|games|pretend|wrestling on the|nerf|video)\b"
)


def _body_or_things(text: str) -> bool:
    if BODY_FEAR_OF_PEERS.search(text):
        return True
    return THINGS_THROWN_BY_A_GROUP.search(text) is not None and TAUNT.search(text) is not None


def find_worried_flags(text: str) -> list[Finding]:
    found: list[Finding] = []
    distress = (
        _body_or_things(text)
        or (
            HOSPITAL.search(text) is not None
            and CARER_CANNOT_STAY.search(text) is not None
            and SCARED.search(text) is not None
            and HOSPITAL_NOT.search(text) is None
        )
        or (MINDER_IGNORING.search(text) is not None and _FRIGHT.search(text) is not None)
        or (SIBLINGS_FIGHT.search(text) is not None and SIBLINGS_FIGHT_NOT.search(text) is None)
        or (
            RECURRING_LOSS_DREAM.search(text) is not None
            and DREAM_AGAIN.search(text) is not None
            and DREAM_NOT.search(text) is None
        )
    )
    if distress:
        found.append(Finding(D, "worried", MODERATE, 0, len(text)))
    if (HOME_ALONE_AFTER_SCHOOL.search(text) and not HOME_ALONE_NOT.search(text)) or (
        ONLY_ONE_HOME.search(text) and not _SOMEONE_WITH_ME.search(text)
    ):
        found.append(
            Finding(SafetyCategory.PERSONAL_INFO, "home_alone_hours", MODERATE, 0, len(text))
        )
    return found
