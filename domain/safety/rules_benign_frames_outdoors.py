# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Benign frames for round 48's false alerts (outdoors, sport and pets), each with what spoils
it and each consulted by the rule it defuses:

- drink and drug slang said in its first sense: nails or tent pegs hammered in, a team that got
  hammered 6-0, pocket money or a penalty wasted, a trail blazed ("the farrier hammered nails
  into the horses feet"), spoilt by any drink, drug or party in the message (rules_risky's
  drugs);
- a small hurt checked and found fine: the horse stood on my foot, the pony bit me, I fell off
  and cried, but the nurse, the doctor or mum said nothing is broken, it's just a bruise, it
  stopped hurting; spoilt by a person who did it, a cover story, a secret, it still hurting or
  happening again (rules_distress: softened to mild, never dropped);
- tears of joy or laughter: cried laughing, happy tears, laughed till I cried, spoilt by
  sadness or hurt in the message (rules_distress: softened to mild)."""

from __future__ import annotations

from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import HURT
from domain.safety.prefilter import prefiltered

SLANG_SAID_LITERALLY = prefiltered(
    r"\bhammer(?:ed|ing|s)? (?:it |them |one |each |the \w+ )?(?:in |down |on |into |onto |through |flat |home |back )?(?:the |a |an |some |two |three |four |\d+ |big |tiny |little |metal |long |his |her |my |our |their |all the |all of the |new |old )?(?:\w+ )?(?:nails?|pegs?|tent ?pegs?|posts?|fence ?posts?|shoes?|horse ?shoes?|stakes?|wood|planks?|metal|tacks?|pins?|spikes?|rivets?|boards?|signs?|hooks?|wedges?|chisel)\b"
    r"|\b(?:got|get|gets|getting|were|was|been|are|be) (?:absolutely |totally |properly |well |so )?hammered (?:\d+|by (?:the |their |that |a )?(?:other |\w+ )?(?:team|side|club|school|year \d+s?|under \d+s?|\w+ (?:fc|united|city|town|rovers))|in the (?:final|semi|semis|match|game|league|cup|quarter)|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\bhammered (?:us|them|\w+ (?:fc|united|city|town|rovers|wanderers|athletic)|the other team|their team) (?:\d+|at|in|on|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b|\bhammered (?:\w+ )?\d+ ?(?:-|nil|to) ?\d*\b"
    r"|\bwasted (?:my|our|his|her|their|the|all|so much|a lot of|loads of|lots of|too much|half|a whole|an? \w+) (?:\w+ )?(?:money|pocket money|time|chance|chances|food|water|paper|go|turn|penalty|shot|shots|ticket|day|morning|afternoon|journey|trip|effort|paint|glue|wish|wishes|points?|lives|coins?|gems|robux|throw|free kick)\b"
    r"|\b(?:a|what a|such a) (?:total |complete )?wasted (?:trip|day|journey|shot|chance|penalty|morning|afternoon|effort|goal)\b|\bwasted (?:it|them) on\b"
    r"|\bblazed (?:a |the )?trail\b|\b(?:fire|sun|bonfire|campfire|flames?) (?:\w+ )?blazed\b|\bblazed (?:past|through|down|along|round|across)\b"
)
SLANG_MEANT = prefiltered(
    r"\b(?:drunk|drink\w*|drank|beer|beers|wine|vodka|cider|lager|booze|alcohol|pub|party|parties|shots of|weed|high|drugs?|smok\w*|vap\w*|stoned|pills?|hangover|tipsy)\b"
)
slang_said_literally = Frame(SLANG_SAID_LITERALLY, SLANG_MEANT)


_CHECKER = r"(?:nurse|doctor|doctors|docs?|gp|paramedics?|first aider|vet|mum|mom|mummy|mommy|dad|daddy|nan|gran|grandma|grandad|grandpa|teacher|coach|instructor|lifeguard|x-?ray|they|she|he|the lady|the man)"
INJURY_CHECKED_FINE = prefiltered(
    rf"\b(?:but|and|then) (?:the |a |my |our )?{_CHECKER}\b[^.?!]{{0,30}}\b(?:said|says|told me|checked|looked)\b[^.?!]{{0,30}}\b(?:nothing(?:'?s| is| was)? broken|(?:it'?s|its|it is|it was|they'?re|its) not broken|(?:isn'?t|wasn'?t|aren'?t) broken|no(?:thing)? broken|(?:just|only) (?:a |an )?(?:bruise|bump|graze|scratch|sprain|twist|nick|scrape|little cut|small cut)|(?:it'?s|its|i'?m|im|i am|i'?ll be|it will be|it'?ll be|i will be|he'?s|she'?s) (?:totally |completely |all |going to be |gonna be )?(?:fine|ok|okay|alright|all right|good)|nothing (?:to worry about|serious|wrong))\b"
    r"|\bbut (?:it |then it |now it )?(?:stopped|stops) hurting\b|\bbut (?:it )?(?:doesn'?t|does not|didn'?t) hurt (?:any ?more|now)\b|\bbut (?:\w+ ){0,2}(?:put|gave me|got me|stuck on) (?:a |an )?(?:plaster|bandage|ice ?pack|frozen peas)\b[^.?!]{0,30}\b(?:fine|better|ok|okay|stopped)\b"
)
INJURY_SPOILT = prefiltered(
    r"\b(?:he|she|they|him|mum|mom|mummy|dad|daddy|step ?\w+|uncle|auntie|coach|teacher|someone|somebody|brother|sister|boy|girl|man|lady|kids?)\b (?:\w+ )?(?:hit|hits|kicked|kicks|pushed|pushes|shoved|stamped on|stood on|twisted|grabbed|threw|punched|slapped|smacked|bit|pinched|whacked|dragged|squeezed) (?:me|my)\b"
    r"|\b(?:told (?:them|the nurse|the doctor|her|him|everyone|the teacher) (?:i|it)|said to say|to say i|pretend\w*|really|actually|secret|don'?t tell|not to tell|still hurts?|hurts? (?:loads|so much|really bad)|again|every (?:day|time|week)|always|won'?t take me|wouldn'?t take me|didn'?t take me|bleed\w*|blood)\b",
)
injury_checked_fine = Frame(INJURY_CHECKED_FINE, INJURY_SPOILT, waives=(HURT,))


TEARS_OF_JOY = prefiltered(
    r"\bcr(?:y|ied|ies|ying) (?:with |from )?(?:laugh\w*|happiness|joy)\b|\bhappy tears\b|\btears of (?:joy|happiness|laughter)\b|\bcried (?:happy|because (?:i was|we were) so (?:happy|proud|excited))\b|\blaugh(?:ed|ing)? (?:so (?:hard|much) )?(?:till |until |that )?i cried\b"
)
# (miss6465b) the hospital clown or a clown doctor is no hurt: the shared HURT kind is waived for
# the injuries named here, so "at the hospital" alone does not spoil laughing till i cried.
TEARS_SAD_TOO = prefiltered(
    r"\b(?:sad|upset|hurt\w*|alone|lonely|nobody|no one|noone|bull\w*|mean|hate|scared|angry|shout\w*|yell\w*|hit|"
    r"bleed\w*|bled|blood|bloody|bruis\w*|black eye|swollen|stitches|concussion|ambulance|a ?& ?e|unconscious|passed out|broke(?:n)? (?:my|his|her)|can'?t breathe|cant breathe)\b",
)
tears_of_joy = Frame(TEARS_OF_JOY, TEARS_SAD_TOO, waives=(HURT,))
