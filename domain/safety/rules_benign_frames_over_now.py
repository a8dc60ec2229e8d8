# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Benign frames for rounds 82 and 83's false alerts (fa8283b), each with what spoils it:

- a scare got through, "i thought i was gonna die" told after it with its end or its laugh ("i
  was so nervous for my solo i thought i was gonna die but i smashed it", "the sea was
  freezing, i thought i was gonna die of cold lol"), spoilt by wanting it, an end or a means
  (rules_self_harm_phrases, rules_self_harm_composed);
- tears that are over ("i used to cry every night because of my grandad but now im fine"),
  spoilt by their still going on, a hurt, a secret or fear (rules_meaning_flags_hidden_tears);
- a jump into the water as a stunt ("my friend and i are gonna jump off the balcony into the
  pool"): still a dangerous activity, not self-harm; spoilt by wanting it to stop or end, not
  coming up or not swimming (rules_self_harm_phrases, rules_self_harm_composed);
- a treat kept from the other children of the family, or a nest kept from the dog ("my aunty
  slipped me extra eid money and said keep it quiet from my cousins so they dont get jealous",
  "the hedgehog is hiding her babies, its a secret so the dog doesnt find them"), spoilt by
  the parents kept out or anyone outside the family (rules_grooming);
- sorry for the farm's animals ("the pig farmer said the pigs go to slaughter in autumn, i
  felt a bit sad for them"), spoilt by its going on, loneliness or the child hurting them
  (rules_distress: softened to mild);
- a grown-up showing a group or the child how to use a tool ("the farmer showed us how to
  whittle a stick with his pocket knife"), spoilt as a skill taught with the hands held is
  (rules_risky's knives)."""

from __future__ import annotations

from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import AGAIN, HIDDEN, MEANS, SCARED
from domain.safety.meaning_concepts_people import CARER_WORDS
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_family_life import SKILL_TAUGHT_SPOILT
from domain.safety.rules_benign_frames_worn_out import WORN_OUT_SPOILT

# --- a scare got through ------------------------------------------------------------------
# (fa8485b) "we" too: "we were sledging so fast i thought we were gonna die lol best day ever".
_THOUGHT_I_WOULD_DIE = r"(?:thought|was sure|was convinced|were sure) (?:that )?(?:i was|we were|i'?d|we'?d|i would|we would) (?:gonna |going to |about to )?die"
SCARE_SURVIVED = prefiltered(
    rf"\b{_THOUGHT_I_WOULD_DIE}\b[^.?!]{{0,40}}\b(?:of|from) (?:the )?(?:cold|fright|shock|embarrassment|boredom|heat|nerves|excitement|laughing|cringe|hunger|tiredness)\b"
    rf"|\b{_THOUGHT_I_WOULD_DIE}\b[^.?!]{{0,25}}\b(?:but|then|and then|until|till) (?:i|we|it|in the end)\b[^.?!]{{0,20}}\b(?:smashed|nailed|aced|did|was|were|won|loved|survived|made|got|finished|turned out|went|ended)\b"
    rf"|\b{_THOUGHT_I_WOULD_DIE}\b[^.?!]{{0,30}}(?:\blol\b|\blmao\b|\bhaha\w*|\bxd\b)"
    # (fa8485b) a thrill loved: "... i thought we were gonna die, best day ever", "so fun"
    rf"|\b{_THOUGHT_I_WOULD_DIE}\b[^.?!]{{0,30}}\b(?:best (?:day|ride|time|thing|sledge|run) (?:ever|of my life)|so (?:much )?fun|loved it|(?:so |really )?(?:amazing|awesome|epic)|can'?t wait to (?:go|do it) again|want to (?:go|do it) again)"
)
SCARE_SPOILT = prefiltered(
    r"\b(?:he|she|they|him|her|them|hit\w*|punch\w*|kick\w*|chok\w*|strangl\w*|held me|pushed me|sat on me|wanted to die|still want|next time)\b"
)
_SCARE_SPOILERS = prefiltered(f"{WORN_OUT_SPOILT.pattern.pattern}|{SCARE_SPOILT.pattern.pattern}")
# (rounds 82-83) A fright got through is SCARED by its nature: waived.
scare_survived = Frame(SCARE_SURVIVED, _SCARE_SPOILERS, waives=(SCARED,))

# --- tears that are over --------------------------------------------------------------------
_CRIED = r"(?:cry|cried|sob|sobbed|weep|wept|be in tears|get upset)"
_NOW_FINE = r"(?:i'?m|im|i am|i feel|i'?m feeling|im feeling|it'?s|its|everything'?s|everything is|things are) (?:\w+ )?(?:fine|ok|okay|better|alright|all right|happy|good|much better|loads better)"
TEARS_OVER = prefiltered(
    rf"\bi used to {_CRIED}\b[^.?!]{{0,80}}\b(?:but|and|though) (?:now |these days |now that \w+ \w+ )?{_NOW_FINE}\b"
    rf"|\bi used to {_CRIED}\b[^.?!]{{0,80}}\b(?:but|and) (?:i )?(?:don'?t|dont|do not) (?:\w+ )?(?:any ?more|now)\b"
)
TEARS_STILL = prefiltered(
    r"\b(?:still|sometimes|again|started|start|pretend\w*|fake|not (?:really )?(?:fine|ok|okay)|hit\w*|hurt\w*|smack\w*|punch\w*|kick\w*|shout\w* at me|yell\w* at me|did to me|does to me|do to me|what he did|what she did|touch\w*|secret\w*|scared|afraid|frightened|nobody|no ?one|alone|hate|want to die|wanna die|cut\w*|myself)\b"
)
# (fa8283b) "every night" was then, not now: AGAIN waived, the still-going words kept.
tears_over = Frame(TEARS_OVER, TEARS_STILL, waives=(AGAIN,))

# --- a jump into the water as a stunt ---------------------------------------------------------
_WATER = r"(?:the |a |our |their |his |her )?(?:swimming pool|pool|plunge pool|hot tub|water|sea|river|lake|quarry|canal|harbour|waves|deep end)"
STUNT_INTO_WATER = prefiltered(
    rf"\b(?:jump|jumping|jumped|dive|diving|dived|dove|bomb|bombing|flip|flipping|leap|leaping|leapt) (?:off|from|of) (?:the |a |our |my |his |her |their |that |this )?(?:\w+ ){{0,2}}?(?:balcony|roof|wall|bridge|pier|rocks?|cliff|tree|shed|garage|top|edge|diving board|window)\b[^.?!]{{0,20}}\b(?:into|in|to) {_WATER}\b"
)
STUNT_SPOILT = prefiltered(
    r"\b(?:(?:it|everything|it all|things|the pain|my life) (?:all )?(?:stops?|stopped|ends?|ended|is over|would stop|would end|will stop|will end)|end it|end everything|make it stop|die|dies|died|dead|dying|kill\w*|never|forever|for good|not come up|not coming up|wouldn'?t come up|stay (?:under|down)|sink|sank|drown\w*|can'?t swim|cant swim|cannot swim|no water|empty|drained|nobody|no ?one|miss me|hate my ?self|hate my life|want to die|wanna die|sad|lonely|by myself|on my own|alone|rocks in|stones in|weights?|heavy|tie\w*)\b"
)
# (fa8283b) "off the balcony" is MEANS's words for a push; the stunt's own spoilers keep drowning.
stunt_into_water = Frame(STUNT_INTO_WATER, STUNT_SPOILT, waives=(MEANS,))

# --- a treat kept from the family's other children, a nest from the dog ------------------------
_RELATIVES = rf"(?:{CARER_WORDS}|auntie|aunty|aunt|nanny|grandparents|godmother|godparents)"
_OTHER_KIDS = r"(?:(?:my|our|the|her|his) )?(?:(?:little|big|baby|younger|older|twin) )?(?:brothers?|sisters?|siblings|cousins?|bro|sis|the other (?:grandkids|grandchildren|cousins))"
_PETS = r"(?:(?:the|my|our|next door'?s|the neighbou?rs'?) )?(?:dogs?|puppy|cats?|kitten|foxes|fox|birds|magpies|crows|rats|badgers?)"
# (speed) Looked for apart, as worn_out_dead does: the keeping from the other children, then a
# relative anywhere (one pattern spanning both scanned too far from every family word).
KEPT_FROM_KIDS = prefiltered(
    rf"\b(?:(?:quiet|secret|hidden|shh+|between us|to myself|to ourselves) (?:from|so) {_OTHER_KIDS}|(?:so|or) (?:they|he|she|{_OTHER_KIDS}) (?:don'?t|dont|doesn'?t|doesnt|won'?t|wont|wouldn'?t|do not|does not) (?:get |feel |go )?(?:jealous|upset|left out|sad))\b"
)
RELATIVE = prefiltered(rf"\b{_RELATIVES}\b")
SECRET_FROM_PETS = prefiltered(
    rf"\b(?:secret|hidden|hiding|hide|hid)\b[^.?!]{{0,30}}\b(?:from|so) {_PETS}\b"
)
SECRET_FROM_KIDS_SPOILT = prefiltered(
    r"\b(?:(?:don'?t|dont|do not|never|not) (?:tell|show|let) (?:my |your |ur )?(?:mum|mom|mam|dad|parents|grown-? ?ups?|teacher|anyone|anybody)|"
    r"(?:mum|mom|mam|dad|my parents|parents|anyone|anybody|nobody|no ?one) (?:can'?t|mustn'?t|won'?t|will never|must never|don'?t|doesn'?t|never|needs? to|has to) (?:ever )?(?:know|find out)|"
    r"online|game|snap\w*|app|message\w*|dm\w*|phone|photos?|pics?|pictures?|videos?|camera|special|favourite|favorite|only me|just me|man|men|guy|stranger|neighbou?r|coach|leader|teacher|friend'?s (?:dad|mum|mom|uncle)|uncle|step ?dad|mum'?s boyfriend|boyfriend|girlfriend|meet|car|van|room|bed|bath|kiss\w*|cuddl\w*|lap)\b"
)
# A secret kept from other children or a pet is its whole reading: HIDDEN waived, the parents
# kept out spoils it on its own words.
_KEPT_FROM_KIDS = Frame(KEPT_FROM_KIDS, SECRET_FROM_KIDS_SPOILT, waives=(HIDDEN,))
_SECRET_FROM_PETS = Frame(SECRET_FROM_PETS, SECRET_FROM_KIDS_SPOILT, waives=(HIDDEN,))


def secret_from_kids(text: str) -> bool:
    """A treat a relative gave kept from the other children, or a nest kept from the dog."""
    return (_KEPT_FROM_KIDS(text) and RELATIVE.search(text) is not None) or _SECRET_FROM_PETS(text)


# --- sad for the animals ----------------------------------------------------------------------
_ANIMALS = r"(?:pigs?|piglets?|cows?|calves|lambs?|sheep|chickens?|hens?|turkeys?|ducks?|geese|deer|animals?|fish|birds?|bugs?|worms?|spiders?|foxes|rabbits?|bunn(?:y|ies)|mice|hedgehogs?|bees?|whales?|polar bears?)"
SAD_FOR = prefiltered(
    r"\b(?:felt|feel|feeling|was|got|am|i'?m|im) (?:a bit |a little |kind of |kinda |so |really |quite |very |abit )?(?:sad|sorry|upset) (?:for|about) (?:them|it|the \w+|those \w+)\b"
)
ANIMALS = prefiltered(rf"\b{_ANIMALS}\b")
SAD_FOR_ANIMALS_SPOILT = prefiltered(
    r"\b(?:every|all the time|always|can'?t stop|nobody|no ?one|alone|lonely|hate my|want to die|wanna die|myself|made me (?:watch|kill|hurt)|i (?:killed|hurt|kicked|hit|drowned|squashed|stamped on))\b"
)
# (round 83) Sorry for the farm's pigs: the sadness is for them, not the child's own trouble.
_SAD_FOR = Frame(SAD_FOR, SAD_FOR_ANIMALS_SPOILT)


def sad_for_animals(text: str) -> bool:
    """Sorry for animals named in the message (looked for apart, for speed)."""
    return _SAD_FOR(text) and ANIMALS.search(text) is not None


# --- a grown-up showing how to use a tool ----------------------------------------------------
_SHOWS = rf"(?:{CARER_WORDS}|auntie|aunty|farmer|ranger|warden|park ranger|leaders?|teachers?|instructors?|coach|miss|sir|chef|blacksmith|carpenter|woodworker) (?:showed|shows|taught|teaches|was teaching|demonstrated|demonstrates|explained)"
SKILL_SHOWN = prefiltered(
    rf"\b{_SHOWS} (?:us|the (?:class|group|kids|children)|everyone|all of us|me and \w+) how to (?:whittle|carve|sharpen|safely use|use|hold|close|open|fold)\b"
)
# (round 83) A knife lesson is MEANS by its nature: waived, as skill_taught_hands_held does.
skill_shown = Frame(SKILL_SHOWN, SKILL_TAUGHT_SPOILT, waives=(MEANS,))
