# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Harmless school, home and game moments read as harm (fa78's false alerts, fixed as families),
each frame with the words that spoil it; a held frame takes back, or lowers to minor, only the
findings its harmless reading explains (a child's message unless said otherwise):

- a grown-up's own work or phone password kept secret ("my teachers password for the smartboard
  is a secret so only she knows it", "dad's phone pin is private"): the secrecy is taken back;
  spoilt by the child being told or given it, sharing it, "our secret", a secret from the
  parents, anyone asking for the child's own;
- a science volcano, rocket or experiment said to "blow up the classroom" that was only foam,
  bubbles or vinegar: the threat is taken back; spoilt by a bomb, a wish or a plan to do it, for
  real, people hurt or killed;
- a medical prick ("a skin prick allergy test at the hospital", "a finger prick blood test",
  (miss7879) "mum has to prick her finger every day to check her sugar",
  "a sharp little prick from the needle"): the rude word is taken back; spoilt by the word said
  of a person ("you're a prick", "such a prick", "his prick");
- a distress that is over ("i used to have nightmares every night but not anymore"): lowered to
  minor; spoilt by it still going on, coming back or getting worse, or by someone who causes it;
- a sip or a taste of a parent's drink, given by the parent and disliked ("mum let me try a sip
  of her wine and it was yucky"): the alcohol (and the "yucky") is taken back; spoilt by
  another giver, more of it, liking it, being drunk, a secret, it happening again;
- the teddy: a code, a puzzle or a riddle to "crack" ("maybe your friends can crack it
  together"): the drug word is taken back; spoilt by any drug, smoking, a pipe, a rock, trying
  some.

Declared as the tables SCHOOL_THINGS and SCHOOL_THINGS_TEDDY (benign_softening), applied by
rules_benign_frames_noticed.drop_noticed_frames with the other frame modules' tables.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import AGAIN, HIDDEN, HURT, OLDER
from domain.safety.benign_softening import Softening, mild_distress, words_are, words_fullmatch
from domain.safety.meaning_concepts_people import CARER_WORDS, DADS, MUMS, STEP_PARENT
from domain.safety.prefilter import prefiltered

C = SafetyCategory

# --- a grown-up's own password kept secret ----------------------------------------------------
_OWNER = rf"(?:(?:my |the |our )?(?:{CARER_WORDS}|teachers?|headteachers?|head|miss|sir|mr \w+|mrs \w+|ms \w+|school office|office|school)'?s?|his|her|their)"
_PASSCODE = r"(?:password|passwords|passcode|pin|pin number|login|code|log ?in)"
_KEPT = r"(?:(?:a |top |super |very |really |totally |completely |strictly )*(?:secret|private|secrets))"
_GROWN_UPS_PASSWORD = Frame(
    prefiltered(
        rf"\b{_OWNER} (?:\w+ )?{_PASSCODE}\b[^.?!]{{0,40}}\b(?:is|are|was|'s|stays?|kept|keeps? it) {_KEPT}\b"
        rf"|\b(?:teachers?|miss|sir|mr \w+|mrs \w+|ms \w+|{MUMS}|{DADS}|(?:he|she|they)) (?:has|have|had|keeps?|kept|uses?|used) (?:a |the |his |her |their )?{_KEPT} {_PASSCODE}\b (?:for|on|to) (?:the|his|her|their|our|a) (?:\w+ )?(?:smart ?board|computers?|laptops?|ipads?|tablets?|phones?|register|wi-?fi|printer|screen|whiteboard|alarm|safe|cupboard|door|office|email|bank|card|car|work)\b"
    ),
    prefiltered(
        r"\b(?:(?:told|tells|gave|gives|showed|shows|whispered|taught|teaches|texted|sent|shared|shares) (?:it |them |the \w+ )?(?:to |with )?(?:me|us)|let (?:me|us) (?:know|see|use|have|type|put)|i know (?:it|them|what)|i (?:saw|watched|remember)|"
        r"only (?:me|i|us|we|me and|she and i|he and i)|(?:and|but) (?:me|i)\b|(?:me|us) and (?:him|her|them|sir|miss)|just (?:me|us)|between (?:us|me)|our (?:little |special )?secret|keep (?:it|this|that) (?:a )?secret|"
        rf"don'?t tell|not (?:to )?tell|secret from|(?:{CARER_WORDS}|anyone|nobody|no one) (?:can'?t|cannot|can not|can never|mustn'?t|must not|won'?t|will never|must never|never|doesn'?t|don'?t) (?:know|find out)|"
        r"my (?:password|passcode|pin|login|code|account)|your (?:password|passcode|pin|login|code)|asked (?:me|for)|wants? (?:mine|me|my)|(?:his|her|their) (?:house|home|car|room)|come (?:over|round)|alone|touch\w*|photos?|pictures?)\b"
    ),
    waives=(
        HIDDEN,
    ),  # the grown-up's secret is the frame's own; hiding from the parents is re-listed
)

# --- a science volcano that "would blow up the classroom" --------------------------------------
_EXPERIMENT = r"(?:volcano(?:es|s)?|experiments?|science|rockets?|bottle rockets?|mentos|baking soda|bicarb\w*|vinegar|elephant toothpaste|slime|potion|lava|foam|fizz\w*|geysers?|balloons?)"
_JUST_FOAM = r"(?:(?:was|were|is|it'?s|its) (?:just|only|all) (?:\w+ ){0,3}?(?:foam|bubbles|vinegar|baking soda|fizz|water|coke|pretend|a joke|joking|slime|froth|lemonade|paint|food colouring|red stuff|goo)|only (?:fizzed|bubbled|foamed|frothed|popped|went fizz|made (?:a )?mess)|(?:just|only) (?:a )?(?:joke|joking|pretend|pretending|kidding)|(?:didn'?t|did not|never) (?:really |actually )?(?:blow|explode)|not (?:really|for real))"
_PRETEND_BLAST = Frame(
    prefiltered(
        rf"\b{_EXPERIMENT}\b[^.?!]{{0,60}}\b(?:(?:blow|blew|blowing|blown) up|explod(?:e|ed|es|ing))\b[^.?!]{{0,50}}\b{_JUST_FOAM}\b"
    ),
    prefiltered(
        r"\b(?:bombs?|explosives?|dynamite|grenades?|tnt|guns?|knife|knives|kill\w*|die|dead|death|hurt\w*|injur\w*|burn\w*|fire|on fire|everyone (?:in it|inside)|all of (?:them|you)|for real|really (?:going|gonna)|"
        r"i(?: will|'ll|ll| want to| wanna| am going to|'m going to|'m gonna|m gonna| am gonna| gonna| would love to| wish i could)|(?:we|he|she|they) (?:will|'ll|are going to|'re going to|want to|wanna) (?:blow|explode)|next time|tomorrow|tonight|hate|revenge)\b"
    ),
)

# --- a medical prick ---------------------------------------------------------------------------
_PRICK_MEDICAL = Frame(
    prefiltered(
        r"\b(?:skin|finger|heel|pin|needle|thumb)[- ]?pricks?\b|\bpricks? tests?\b|\bpricks? (?:testing|on (?:my|the|his|her|your) (?:arm|finger|skin|back|hand))\b"
        # (miss7879) a finger pricked for a blood-sugar check: "mum has to prick her finger every day"
        r"|\bprick(?:s|ed|ing)? (?:my|his|her|their|your|our|its|the|a|baby'?s|(?:\w+'?s)) (?:own )?(?:little |tiny )?(?:fingers?|finger ?tips?|thumbs?|heels?|toes?|ear ?lobes?)\b(?![^.?!]{0,40}\b(?:for fun|on purpose|to see|to feel|to make it bleed|with a (?:pin|compass|knife|blade)))"
        r"|\b(?:a|one|the) (?:(?:tiny|little|small|quick|sharp|teeny|wee) ){0,2}pricks?\b[^.?!]{0,50}\b(?:needles?|jabs?|injections?|vaccin\w*|blood tests?|allerg\w*|doctors?|nurses?|hospital|clinic|dentist|thorns?|roses?|cactus|brambles?|holly|nettles?|hedgehogs?)\b"
        r"|\b(?:needles?|jabs?|injections?|vaccin\w*|blood tests?|allerg\w*|doctors?|nurses?|dentist|thorns?|roses?|cactus|brambles?|holly|hedgehogs?)\b[^.?!]{0,50}\b(?:a|one|the|like a) (?:(?:tiny|little|small|quick|sharp|teeny|wee) ){0,2}pricks?\b"
    ),
    prefiltered(
        r"\b(?:you'?re|youre|you are|ur|u r|you|u|he'?s|hes|she'?s|shes|he is|she is|they'?re|theyre|they are|he was|she was|is such|was such|what|such|total|absolute|massive|proper|big|stupid|dumb|fat|ugly) (?:a |an |such a |total |absolute |massive |proper |little |big |stupid |real ){0,3}pricks?\b(?! tests?\b)(?!(?: from| of| on| in) )"
        r"|\b(?:his|my|your|ur|their|her|a man'?s|the man'?s) pricks?\b(?! tests?\b)|\b(?!(?:it|that|this|which|there)\b)\w+ (?:is|was|'s|are|were|being) (?:a |an |such a |total |absolute |massive |proper |big |stupid |real ){0,3}pricks?\b(?! tests?\b)(?!(?: from| of| on| in| with) )|\bpricks? (?:like|face|head)\b|\bcalled (?:me|him|her|them|us) (?:a |an )?(?:\w+ )?pricks?\b|\btouch\w*|\bsuck\w*|\bwank\w*"
    ),
    waives=(HURT, AGAIN),  # the hospital and the blood test are the frame's own, and daily
)

# --- a distress that is over ---------------------------------------------------------------------
_OVER = r"(?:not any ?more|not now|i (?:don'?t|dont|do not) (?:\w+ )?(?:any ?more|now)|(?:they|it|that|those)(?:'?ve| have|'?s| has)? (?:all )?(?:stopped|gone|gone away|finished)|now i'?m (?:\w+ )?(?:fine|ok|okay|happy|better|good|alright|all right)|now i (?:sleep|feel) (?:\w+ )?(?:fine|ok|okay|good|better|great|well|happy)|(?:now )?i'?m (?:all )?(?:better|over it) now|never any ?more)"
_USED_TO = (
    r"\b(?:i )?used to (?:have|get|be|feel|cry|wake|hate|worry|panic)\b"
    r"|\b(?:last year|when i was (?:little|small|younger|\d|five|six|seven|eight)|before|ages ago|a long time ago|when we (?:moved|first moved))\b[^.?!]{0,40}\bi (?:had|got|was|felt|cried|woke)\b"
    r"|\bi (?:had|got|was|felt|cried|woke)\b[^.?!]{0,40}\b(?:last year|when i was (?:little|small|younger|\d|five|six|seven|eight)|ages ago|a long time ago)\b"
)
_DISTRESS_OVER = Frame(
    prefiltered(rf"(?:{_USED_TO})[^.?!]{{0,60}}\b(?:but|and) (?:(?:now|then|these days) )?{_OVER}"),
    prefiltered(
        r"\b(?:still|again|back|came back|coming back|come back|started (?:again|back)|worse|sometimes|some nights|most nights|tonight|lately|this week|these days i (?:have|get|cry|feel)|"
        r"but now (?:i|they|it)(?:'?re|'?s| are| is)? (?:\w+ )?(?:have|get|got|cry|feel|worse|back|bad|sad|scared|every|all)|i'?m (?:\w+ )?(?:sad|scared|lonely|worried|upset) (?:now|again|still)|"
        rf"because (?:of )?(?:him|her|them|my (?:{CARER_WORDS}|step\w*|uncle|brother|sister))|(?:he|she|they) (?:hurt|hit|hits|shout\w*|yell\w*)|hurt\w*|hit|hits|secret|don'?t tell|pretend\w*|fake|lie|lying|hide|hiding|die|dead|kill\w*|cut\w*|myself)\b"
    ),
    waives=(AGAIN,),  # "every night" was then
)

# --- a sip of a parent's drink, disliked -------------------------------------------------------------
_PARENT = rf"(?:(?:my )?(?:{MUMS}|{DADS}|parents)|mum and dad|mom and dad)"
_DRINK = r"(?:wine|beer|beers|lager|cider|champagne|prosecco|fizz|sherry|ale|bitter|stout|guinness|whisk(?:e)?y|brandy|rum|gin|port|baileys|alcohol|drink|pint|glass)"
_TASTE = r"(?:sip|tiny sip|little sip|taste|tiny taste|little taste|tiny bit|little bit|drop|tiny drop|lick|smell|sniff)"
_DISLIKED = r"(?:yuck|yucky|yuk|disgusting|disgustin|gross|horrible|horrid|nasty|rank|minging|vile|revolting|bitter|sour|icky|eww+|blegh|bleugh|the worst|tasted (?:bad|funny|weird|horrible|like \w+)|i (?:hated|hate|did not like|didn'?t like|don'?t like|dont like|didnt like) it|spat it out|spit it out|never again|not nice)"
_PARENTS_SIP = Frame(
    prefiltered(
        rf"\b{_PARENT} (?:let|lets|gave|gives|let me have|let me try)\b (?:me )?(?:(?:have|try|taste|smell|sniff|drink) )?(?:a |one )?(?:(?:tiny|little|small|teeny|wee) )?(?:{_TASTE}|(?:of )?(?:her|his|their) {_DRINK})\b[^.?!]{{0,50}}\b{_DISLIKED}\b"
        rf"|\bi (?:tried|tasted|had|smelled|smelt|sniffed) (?:a |one )?(?:(?:tiny|little|small|teeny|wee) )?(?:{_TASTE} (?:of )?)?(?:my )?(?:{MUMS}|{DADS})'?s? (?:\w+ )?{_DRINK}\b[^.?!]{{0,50}}\b{_DISLIKED}\b"
    ),
    prefiltered(
        rf"\b(?:{STEP_PARENT}|boyfriend|girlfriend|partner|uncle|aunt\w*|babysitter|nanny|friend\w*|brother|sister|cousin|neighbou?r|man|lady|woman|teenager|stranger|"
        r"more|again|another|every|always|loads|lots|whole|full|bottles?|cans|glasses|drunk|tipsy|dizzy|wobbly|sick|i (?:liked|like|loved|love|enjoyed) it|yummy|(?<!not )(?<!n't )nice|tasty|delicious|(?<!not )(?<!n't )good|"
        r"secret\w*|sneak\w*|snuck|don'?t tell|not (?:to )?tell|when (?:she|he|they) (?:wasn'?t|was not|weren'?t) looking|asleep|made me (?:drink|have|finish|try)|forced|had to (?:drink|finish)|cigarettes?|smok\w*|vap\w*|weed|drugs?|coke|cocaine|pills?|high)\b"
    ),
    waives=(OLDER,),
)

# --- the teddy: a code or a puzzle to crack ---------------------------------------------------------
_CRACKED_PUZZLE = Frame(
    prefiltered(
        r"\b(?:codes?|puzzles?|riddles?|mystery|mysteries|clues?|cipher|ciphers|secret messages?|message|case|password|passwords|combination|safe|treasure hunt|maths? problems?|sums?|problems?|brain ?teasers?|jigsaw|crossword|quiz|escape room|detectives?)\b"
        r"[^.?!\n]{0,50}(?:[.?!][^.?!\n]{0,40})?\bcrack (?:it|them|this|that|the|those|these|your|our|its)\b|\bcrack (?:it|them|this|that)\b[^.?!\n]{0,40}\b(?:codes?|puzzles?|riddles?|mystery|clues?|cipher|secret messages?|password)\b|\bcrack (?:the|this|that|these|those|your|our|a|my) (?:\w+ )?(?:codes?|puzzles?|riddles?|mystery|mysteries|clues?|cipher|secret messages?|messages?|case|passwords?|combination|safe|problems?|sums?|quiz|jigsaw|crossword)\b"
    ),
    prefiltered(
        r"\b(?:don'?t tell|not (?:to )?tell|keep (?:it|this) (?:a )?secret|our (?:little |special )?secret\b(?! (?:code|message|club|mission|agent))|smok\w*|pipes?|rocks?|cocaine|coke|heroin|meth|drugs?|high|snort\w*|needles?|inject\w*|powder|dealers?|buy|sell|try (?:some|it)|some crack|crack (?:is|was|makes|feels)|taste|feel good|weed|pills?|vape|cigarettes?|"
        rf"secret from (?:\w+ )?(?:{CARER_WORDS}|grown ?-?ups|family)|(?:{CARER_WORDS}|grown ?-?ups) (?:can'?t|mustn'?t|won'?t|never|don'?t|doesn'?t) (?:know|find out))\b"
    ),
    waives=(HIDDEN,),  # a secret code is the frame's own; hiding from the parents is re-listed
)

SCHOOL_THINGS = (
    Softening(
        C.GROOMING,
        (_GROWN_UPS_PASSWORD,),
        words=words_fullmatch(r"(?:a |top |super |very |really )*secrets?"),
    ),
    Softening(C.VIOLENCE, (_PRETEND_BLAST,)),
    Softening(C.PROFANITY, (_PRICK_MEDICAL,), words=words_fullmatch(r"pricks?")),
    Softening(C.DISTRESS, (_DISTRESS_OVER,), mild_distress),
    Softening(C.DRUGS_ALCOHOL, (_CRACKED_PUZZLE,), words=words_are("crack")),
    Softening(C.DRUGS_ALCOHOL, (_PARENTS_SIP,)),
    Softening(C.INSULT, (_PARENTS_SIP,), words=words_fullmatch(_DISLIKED)),
)
"""What the school and home frames take back, or lower to minor (a child's message)."""
SCHOOL_THINGS_TEDDY = (
    Softening(C.DRUGS_ALCOHOL, (_CRACKED_PUZZLE,), words=words_are("crack")),
    Softening(C.PROFANITY, (_PRICK_MEDICAL,), words=words_fullmatch(r"pricks?")),
)
"""What the teddy's frames take back."""
