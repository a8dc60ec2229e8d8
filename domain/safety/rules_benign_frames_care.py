# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Everyday care and mischief that reads like self-harm to the rules (known false alerts,
fixed as families), each with the words that spoil it and each consulted by the rule it
defuses:

- first aid: a burn held under cold water, a plaster, ice on a bump ("dad held my hand under
  the cold water when i burnt it"), spoilt by hot or boiling water, on purpose, punishment,
  screaming or hurting oneself (rules_self_harm_composed's self-injury); (fa9091) the same
  for a small burn from a hot tool, the tool's "hot" its own word (rules_risky);
- outgrown things given away ("i gave my old bike to my cousin, i wont need it"), spoilt by
  goodbyes, not being here, needing nothing any more, sadness or dying
  (rules_meaning_self_harm_signs, rules_meaning_self_harm_farewell);
- mischief nobody would notice ("nobody would notice if i had a second cookie"), spoilt by
  not being here, disappearing, dying or sadness (rules_self_harm_phrases);
- a lie-in: staying asleep forever on saturdays, spoilt by never waking up, for good or dying
  (rules_meaning_self_harm_signs, rules_meaning_self_harm_farewell);
- baby photos taken by a parent ("mum took photos of me naked when i was a baby"), spoilt by
  now, a secret, sending or showing them, a touch or anyone but family (rules_harm's abuse,
  rules_meaning_grooming);
- fasting before an operation or a blood test ("i cant eat before my operation, i havent
  eaten since yesterday"), spoilt by days, punishment, locks or it happening always
  (rules_harm's abuse, rules_meaning_abuse_signs' neglect);
- (leftovers) a carer's care under a young child's clothes ("mummy put her hand in my pants to
  put cream on my rash"), spoilt by anyone else, a secret, pain, bed or night, "again" or a
  pretext (rules_meaning_abuse_signs, rules_meaning_said_in_passing).
"""

from __future__ import annotations

from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import FEAR, HIDDEN, HURT, MEANS, TOUCH, spoilt_by
from domain.safety.findings import SENTENCE_END
from domain.safety.meaning_concepts_people import DADS, GRANS, MUMS
from domain.safety.prefilter import prefiltered

# Sadness, death and going away: spoils every frame here.
_DARK = (
    r"sad|upset|lonely|cr(?:y|ied|ies|ying)|hate my ?self|hate my life|die|dies|died|dying|dead|death|kill\w*|suicid\w*|"
    r"heaven|grave|goodbye|good ?bye|bye forever|farewell|miss me|not (?:be )?(?:here|around|alive)|won'?t be (?:here|around|alive)|wont be (?:here|around|alive)|"
    r"gone|disappear\w*|vanish\w*|go away|run away|for good|forever and ever|never (?:wake|come back|be back)|no more|any ?more|anything ever|end it|better off|"
    r"burden|nobody (?:cares|loves|likes|wants)|no one (?:cares|loves|likes|wants)|hurt\w* my ?self|harm\w*|pills|tablets"
)

FIRST_AID = prefiltered(
    r"\b(?:cold|cool|cooling|running|icy|ice|freezing) (?:water|tap|flannel|cloth|pack|compress)\b|\bunder the (?:cold )?tap\b"
    r"|\b(?:a|the|some) (?:plaster|band ?aid|bandage|ice ?pack|bag of (?:frozen )?peas|frozen peas|cream|savlon|sudocrem|antiseptic)\b|\bice on\b"
)
_AID_SPOILT = (
    r"boiling|scald\w*|steam\w*|on purpose|deliberately|punish\w*|naughty|scream\w*|shout\w*|yell\w*|screamed|angry|cross|hit|hits|smack\w*|slap\w*|"
    rf"held me down|pinned|secret\w*|don'?t tell|not tell|blame\w*|lie|lied|stairs|myself|my ?self|keep|kept|again|every|always|{_DARK}"
)
FIRST_AID_SPOILT = prefiltered(rf"\b(?:hot|{_AID_SPOILT})\b")
# (fa9091) A small burn from a hot tool seen to ("the hot glue gun got my finger a tiny bit so i
# put it under cold water like miss said"): the hot tool is its own word, not hot water; held,
# pressed or pushed on it, a dare or a look to see spoil it as well.
BURN_SEEN_TO_SPOILT = prefiltered(
    rf"\b(?:hot (?:water|tap|bath|shower)|{_AID_SPOILT}|(?:held|holds?|press\w*|push\w*|forc\w*|shov\w*|stuck|put) (?:it|my|me)\b(?! under)|made me|makes me|dare\w*|to see)\b"
)

GIVEN_AWAY_OUTGROWN = prefiltered(
    r"\b(?:gave|give|giving|given|passed|passing|handed|donated|donating|sold|selling)\b (?:\w+ ){0,2}?(?:my )?(?:old|outgrown|baby|tiny|small|little|too small|last year'?s)\b"
    r"|\b(?:too (?:small|big|babyish|little) for me|grown out of|outgrown|grew out of|(?:is|are|was|were|it'?s|its) too small|getting a (?:new|bigger)|got a (?:new|bigger)|(?:bigger|new) one)\b"
)
GIVEN_AWAY_SPOILT = prefiltered(
    rf"\b(?:won'?t|wont|will not|don'?t|dont) need (?:anything|any of (?:it|this|them|my (?:things|stuff))|my (?:things|stuff)|all my|them all|it any ?more|it anymore|them any ?more)\b"
    rf"|\b(?:all|everything|every one of) (?:my|i)\b|\bmy (?:things|stuff|favourite|favorite|teddy|toys)\b|\bwhere i'?m going\b|\bwhen i'?m gone\b|\b(?:remember me|look after (?:it|them) for me)\b"
    rf"|\b(?:{_DARK})\b",
)

MISCHIEF_UNNOTICED = prefiltered(
    r"\b(?:nobody|no one|no-one|noone|mum|mom|dad|they|anyone)\b (?:would|will|wud|wouldn'?t|won'?t|even) (?:\w+ )?(?:notice|know|see|find out|miss)\b[^.?!]{0,40}"
    r"\b(?:cookies?|biscuits?|sweets?|chocolates?|cakes?|crisps|ice ?cream|treats?|snacks?|sweeties|candy|lolly|lollies|doughnuts?|donuts?|a (?:second|third|extra|another) \w+|second \w+|extra \w+|another \w+|"
    r"stay(?:ed)? up|tv|telly|screen|ipad|tablet|game|homework|peas|sprouts|broccoli|vegetables|veg|bath|teeth|brush\w*|bed ?time|sock|socks|tidy\w*|pudding|dessert)\b"
)
MISCHIEF_SPOILT = prefiltered(
    rf"\b(?:if i (?:was|were|wasn'?t|weren'?t) (?:gone|here|there|dead)|if i (?:left|went|ran)|if i died|missing|even care|cares?|{_DARK})\b",
)

LIE_IN = prefiltered(
    r"\b(?:stay|sleep|slept|staying|sleeping|lie|lay|stayed) (?:asleep|in bed|in|sleeping)? ?(?:forever|all day|till (?:lunch|dinner|noon|midday|twelve|12))\b[^.?!]{0,40}"
    r"\b(?:on )?(?:saturdays?|sundays?|weekends?|holidays?|the holidays|half ?term|christmas|lie[- ]?ins?|lazy|cosy|cozy|comfy|warm|duvet|snooze|no school)\b"
    r"|\b(?:saturdays?|sundays?|weekends?|holidays?|no school|lie[- ]?ins?)\b[^.?!]{0,40}\b(?:stay|sleep|lie|stayed|slept) (?:asleep |in bed |in )?(?:forever|all day)\b"
)
LIE_IN_SPOILT = prefiltered(
    rf"\b(?:never (?:wake|get up)|not wake|don'?t wake|wouldn'?t wake|no waking|every day|school days?|weekdays?|mondays?|{_DARK})\b",
)


# A burn or a bump looked after: "dad held my hand under the cold water when i burnt it", with nothing hot, deliberate or punishing.
first_aid = Frame(FIRST_AID, FIRST_AID_SPOILT)
burn_seen_to = Frame(FIRST_AID, BURN_SEEN_TO_SPOILT)


# Something outgrown given away: "i gave my old bike to my cousin, i wont need it".
outgrown_given_away = Frame(GIVEN_AWAY_OUTGROWN, GIVEN_AWAY_SPOILT)


# A small mischief nobody would notice: "nobody would notice if i had a second cookie".
mischief_unnoticed = Frame(MISCHIEF_UNNOTICED, MISCHIEF_SPOILT)


# A lie-in: "i wish i could stay asleep forever on saturdays".
lie_in = Frame(LIE_IN, LIE_IN_SPOILT)


# Baby photos taken by family: "mum took photos of me naked when i was a baby".
_FAMILY = r"(?:mum|mummy|mom|mommy|mam|mama|dad|daddy|papa|my parents|parents|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|auntie|aunty)"
BABY_PHOTOS = prefiltered(
    rf"\b{_FAMILY}\b[^.?!]{{0,40}}\b(?:photos?|pictures?|pics?|videos?|snaps?)\b[^.?!]{{0,40}}\bwhen i was (?:a |just a |only a |tiny |little |a little |a tiny |a newborn )?(?:baby|babies|newborn|toddler|tiny|little|one|two|1|2)\b"
    r"|\b(?:my )?baby (?:photos?|pictures?|pics?|album|book)\b"
)
BABY_PHOTOS_SPOILT = prefiltered(
    r"\b(?:now|still|today|yesterday|last (?:night|week)|tonight|every|always|again|keeps?|secret\w*|don'?t tell|not (?:to )?tell|send\w*|sent|post\w*|online|internet|share\w*|show\w* (?:them|it|people|his|her|their)|friends?|"
    r"touch\w*|weird|uncomfortable|scared|didn'?t like|don'?t like|uncle|step ?dad|step ?mum|boyfriend|girlfriend|man|men|stranger|neighbou?r|coach|phone|i'?m (?:\d|nine|ten|eight|seven)|big girl|big boy|pose|posing|bed|private\w*)\b",
)

# Fasting before an operation or a blood test: "i havent eaten since yesterday".
FASTING_FOR_HOSPITAL = prefiltered(
    r"\b(?:operation|op|surgery|blood tests?|anaesthetic|anesthetic|procedure|endoscopy|colonoscopy|nil by mouth|fasting bloods?|mri|scan)\b"
)
FASTING_SPOILT = prefiltered(
    r"\b(?:days|(?:two|three|four|2|3|4) days|a week|all week|weeks|punish\w*|naughty|locked|lock|hit|hits|hurt\w*|shout\w*|yell\w*|angry|cross|always|every|never lets?|won'?t let|wont let|doesn'?t let|no dinner again|bin|steal\w*|stole|starv\w* me|secret|scared|sad)\b",
)


# Family's photos of the child as a baby: "mum took photos of me naked when i was a baby", with nothing secret, sent, touching or recent.
baby_photos = Frame(BABY_PHOTOS, BABY_PHOTOS_SPOILT, waives=(TOUCH,))


# Going without food before an operation or a blood test, nothing withheld as punishment: "i cant eat before my operation, i havent eaten since yesterday".
fasting_for_hospital = Frame(FASTING_FOR_HOSPITAL, FASTING_SPOILT, waives=(HURT,))

# (round 60) A baby or a little one who bites because it is teething, or "babies do that".
TEETHING_BITE = prefiltered(
    r"\b(?:teething|teeth (?:coming|are coming|growing)|(?:new|first) (?:teeth|tooth)|tooth (?:is )?coming (?:in|through)|"
    r"(?:babies|toddlers|little ones|baby|toddler) (?:do (?:that|it|this)|always bite|bite (?:everything|things|everyone))|(?:that'?s|its|it'?s) what (?:babies|toddlers) do)\b"
)
TEETHING_SPOILT = prefiltered(
    r"\b(?:on purpose|punish\w*|hits?|hitting|kick\w*|slap\w*|punch\w*|smack\w*|uncle|step ?\w+|babysitter|teacher|boyfriend|girlfriend|man|men|lady|"
    r"big (?:brother|sister|cousin)|older (?:brother|sister|cousin)|(?:he'?s|she'?s|hes|shes) (?:1[0-9]|[2-9]\d)|bit (?:me|my \w+) (?:so hard|really hard)|wouldn'?t let go)\b"
)
teething_bite = Frame(TEETHING_BITE, TEETHING_SPOILT)


# (leftovers) A carer's hand inside a young child's clothes for care, said plainly: "mummy put
# her hand in my pants to put cream on my rash", "daddy put his hand in my nappy to change it",
# "the nurse put her hand in my pants to check my rash". The carer (a parent, a grandmother, a
# nanny, a nurse or a doctor) is the one who does it, and a purpose of care (cream, a rash, a
# nappy, wiping, washing, medicine, checking for an accident or a temperature) is in the same
# sentence. Spoilt by anyone else named, secrecy, pain, dislike or fear, "again"/every night,
# bed, night or sleep, a game, a photo, "no reason", or the care told as a pretext.
_HAND_CARER = rf"(?:{MUMS}|mammy|{DADS}|{GRANS}|nanny|nurse|doctor|gp|dr [a-z]+)"
_CARE_PURPOSE = prefiltered(
    r"\b(?:(?<!ice )cream|lotion|ointment|sudocrem|vaseline|nappy|nappies|diaper|pull ?ups?|change (?:me|my \w+|it|them)|changing (?:me|my \w+|it)|"
    r"wipe\w*|clean (?:me|my \w+|it|up)|wash\w*|rash|eczema|sore|itch\w*|medicine|check(?:ed|ing)? (?:if|my|for|whether|me)|"
    r"see if i (?:was|had|'?d)|accident|wet|poo\w*|potty|toilet|temperature|splinter|poorly|infection|thrush|worms|plaster)\b"
)
_CARER_HAND_IN = prefiltered(
    rf"\b{_HAND_CARER}\b (?:\w+ ){{0,2}}?(?:put|puts|putting|stuck|slid|slipped|reached|reaches|felt|feels|checked|checks|looked|looks)\b"
)
_CARE_FIRST = prefiltered(
    rf"\b(?:to|so she could|so he could) (?:put (?:some |the |my )?(?:\w+ )?cream|change my (?:nappy|nappies|diaper|pull ?ups?)|wipe me|check my rash)\b[^.?!]{{0,20}}\b{_HAND_CARER}\b (?:\w+ ){{0,2}}?(?:put|puts|reached)\b"
)
CARE_UNDER_CLOTHES_SPOILT = spoilt_by(
    r"\b(?:man|men|boy|guy|lady|woman|uncle|cousin|brother|step ?\w+|boyfriend|girlfriend|partner|friend|babysitter|sitter|neighbou?r|teacher|coach|stranger|someone|somebody|grandad|grandpa|granddad|"
    r"secret\w*|don'?t tell|dont tell|not (?:to )?tell|never tell|can'?t tell|promise\w*|hurt\w*|pain\w*|cr(?:y|ied|ies|ying)|tears|didn'?t like|don'?t like|hate\w*|scared|frightened|weird|funny|uncomfortable|"
    r"again|every|always|keeps?|kept|lots|often|night|bed|bedtime|asleep|sleep\w*|woke|no reason|game|special|tickl\w*|lick\w*|kiss\w*|photo\w*|pictures?|video|camera|phone|"
    r"said it was|says it'?s|pretend\w*|naked|undress\w*|clothes off|for ages|(?:wouldn'?t|didn'?t|won'?t) stop|made me|makes me|touch\w*|rubb?ing (?:it|me)|alone|"
    r"(?:don'?t|didn'?t|dont|didnt) (?:have|had|need) (?:a|any|it)|no rash|not (?:sore|itchy|wet|poorly)|wasn'?t (?:sore|itchy|wet|poorly)|when (?:\w+ )?(?:is|was|'s) (?:out|away|at work|asleep))\b",
    HURT,
    MEANS,
    FEAR,
    HIDDEN,
)


def care_under_clothes(text: str) -> bool:
    """A carer's care under a young child's clothes, the purpose within 90 characters of the
    carer's hand in the same sentence: "mummy put her hand in my pants to put cream on my
    rash"; nothing in the message spoils it."""
    if CARE_UNDER_CLOTHES_SPOILT.search(text):
        return False
    if _CARE_FIRST.search(text):
        return True
    for n, m in enumerate(_CARER_HAND_IN.finditer(text)):
        if n >= 8:  # a long text of repeats: the first few carers decide
            break
        end = SENTENCE_END.search(text, m.end(), m.end() + 90)
        if _CARE_PURPOSE.pattern.search(text, m.end(), end.start() if end else m.end() + 90):
            return True
    return False
