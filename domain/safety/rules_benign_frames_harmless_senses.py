# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Harmless senses of alarming words (round 69's false alerts, fixed as families), each frame
with the words that spoil it; a held frame takes back, or lowers to minor, only the findings its
harmless reading explains (a child's message unless said otherwise):

- a jump off a jetty, pier or dock into the water ("im gonna jump off the end of the jetty"):
  the self-harm reading is taken back and the danger is lowered to minor; spoilt by a wish not
  to live, never coming back up, being alone or at night; the danger stays flagged when dared or timed for when nobody can stop it;
- a parent dunking the child in the pool in play ("dad dunked me in the pool and we laughed"):
  the abuse is taken back; spoilt by being held under, not breathing, crying, "till";
- a nurse's or doctor's needle for a jab, a blood test or a vaccine: the self-harm means is
  taken back; spoilt by the child using the needle, on purpose, keeping or hiding it;
- an animal's or a road's hump ("the camel has a hump", "a speed hump"): the sexual word is
  taken back; spoilt by the verb ("humped", "humping"), a person done to, a bed;
- arms or legs scratched out of boredom or an itch ("i scratch my arms when im bored"): spoilt
  by blood, "till", a bad feeling, a sharp thing, hiding it;
- a head rocked or banged on a pillow to get to sleep: spoilt by a wall, floor or door, pain,
  a bad feeling, punishment;
- bruises from a sport that a parent is proud of ("if anyone sees my bruises from rugby they'll
  think im tough"): spoilt by a threat, hiding, a cover story, a grown-up's blow;
- a grown-up who would be happier if the child were tidier or quieter (a chore, not a wish to
  be gone): spoilt by not being here, gone, dead, never born, thinner;
- a magician making a rabbit, a coin or a card disappear forever: spoilt by the child wanting
  to disappear;
- the teddy: butter or jam spread on toast with a knife (a butter knife): spoilt by a sharp,
  big or kitchen knife, being alone, nobody looking, a secret.

Declared as the tables HARMLESS_SENSES and HARMLESS_SENSES_TEDDY (benign_softening), applied by
rules_benign_frames_noticed.drop_noticed_frames after the food and holiday frames
(rules_benign_frames_food_treats, _holiday_nights).
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import AGAIN, HURT, MEANS, OLDER
from domain.safety.benign_softening import Softening, at_most, mild_distress
from domain.safety.findings import MILD
from domain.safety.meaning_concepts_people import DADS, GRANDADS, GRANS, MUMS
from domain.safety.prefilter import prefiltered

C = SafetyCategory
_CARER = rf"(?:{MUMS}|{DADS}|{GRANS}|{GRANDADS}|uncle|auntie|aunty|aunt|parents)"
_WISH_GONE = (
    r"die|dying|dead|death|kill\w*|live|alive|exist|gone|end it|forever|never (?:come|coming) (?:back|up)|not (?:come|coming) (?:back|up)|stay (?:down|under)|"
    r"sink|miss me|care|better off|hate my ?self|hate my life|so (?:i|that i) (?:don'?t|dont|do not|won'?t|wont|never)|myself|my ?self|sad|upset|lonely|"
    r"alone|on my own|by myself|at night|in the dark|nobody|no ?one|can'?t swim|cant swim|head ?first|rocks?|mud|bridge|cliff|roof"
)

# --- a jump off a jetty into the water -----------------------------------------------------
_JETTY_JUMP = Frame(
    prefiltered(
        r"\b(?:jump|leap|dive|bomb|cannonball|flip|backflip|somersault)\w*\b (?:off|from|of) (?:the |a |that |this |our )?(?:(?:very )?end of (?:the |a )?)?(?:jetty|jetties|pier|dock|pontoon|landing stage)\b"
    ),
    prefiltered(rf"\b(?:{_WISH_GONE})\b"),
)
# The danger stays flagged when the jump is dared, or timed for when nobody can stop it.
_DANGER_KEPT = prefiltered(
    r"\b(?:dared?|daring|dares|double dare|lifeguards?|(?:isn'?t|not|aren'?t|stops?|stopped) (?:looking|watching)|(?:goes|go|gone|on) (?:on )?(?:his|her|their) break|sneak\w*|not allowed|no swimming|no jumping|signs?|closed|fence)\b"
)

# --- a parent dunking the child in play ----------------------------------------------------
_PLAY_DUNK_BY_CARER = Frame(
    prefiltered(
        rf"\b(?:my )?{_CARER} (?:\w+ )?(?:dunked|dunks|dunk|ducked|ducks|dipped|dips|splashed) me\b[^.?!]{{0,40}}\b(?:laugh\w*|giggl\w*|funny|fun|play\w*|game|haha\w*|lol|splash\w*|dunked (?:him|her) back|water fight)\b"
    ),
    prefiltered(
        r"\b(?:held|hold|holds|holding|kept|keep|keeps|pushed|push|pushes|forced) (?:me|my (?:head|face))|till|until|for ages|too long|so long|"
        r"couldn'?t (?:get up|breathe)|cry\w*|cried|chok\w*|cough\w*|swallowed|gasp\w*|scared|punish\w*|lesson|naughty|angry|cross|mad|hurt\w*|on purpose|laughed at me|wouldn'?t stop|didn'?t stop"
    ),
)

# --- a medical needle --------------------------------------------------------------------------
_MEDIC = r"(?:nurses?|doctors?|dr|gp|dentists?|chemist|pharmacist|lady at the (?:clinic|surgery|doctors)|man at the (?:clinic|surgery|doctors)|school nurse|paramedics?|vet)"
_MEDICAL_NEEDLE = Frame(
    prefiltered(
        rf"\b{_MEDIC}\b[^.?!]{{0,40}}\b(?:needle|injection|syringe|jab)\w*\b[^.?!]{{0,60}}\b(?:jab|jabs|vaccin\w*|injection|immuni[sz]\w*|booster|flu|blood test|blood|medicine|allerg\w*)\b"
        rf"|\b(?:jab|jabs|vaccin\w*|injection|immuni[sz]\w*|booster|flu|blood test)\b[^.?!]{{0,60}}\b{_MEDIC}\b[^.?!]{{0,40}}\b(?:needle|syringe)\b"
    ),
    prefiltered(
        r"\bi (?:\w+ )?(?:used|use|stuck|stick|put|pushed|push|poked|poke|took|take|kept|keep|hid|hide|stole|steal|scratched|scratch|want\w*|wanna)\b[^.?!]{0,25}\b(?:needle|syringe|it|pin)\b|"
        r"\b(?:on purpose|myself|my ?self|secret\w*|hid\w*|at home|in my room|again|to feel|deserve|so it hurts|so nobody|so no ?one)\b"
    ),
    waives=(MEANS,),
)

# --- an animal's or a road's hump ------------------------------------------------------------
_ANIMAL_HUMP = Frame(
    prefiltered(
        r"\b(?:camels?|dromedar\w*|whales?|bison|buffalo|zebu|hunchback|humpback|hump-?backed|speed|road|traffic|sleeping policem\w*)\b[^.?!]{0,30}\bhumps?\b|\bhumps?\b[^.?!]{0,40}\b(?:camels?|dromedar\w*|whales?|bison|buffalo|zebu|speed|road|back|bridge|water|fat)\b"
        r"|\bhump(?:back)? whales?\b|\bspeed humps?\b|\bover the humps?\b"
    ),
    prefiltered(
        r"\b(?:humped|humping|humper|hump(?:s|ed|ing)? (?:me|him|her|them|you|u|each other|someone|somebody|my|his|her|the (?:bed|pillow|sofa|couch))|on me|to me|did it|doing it|bed|sex\w*|lol|lmao|dirty|rude|naughty)\b"
    ),
)

# --- arms or legs scratched out of boredom or an itch -----------------------------------------
_IDLE_SCRATCH = Frame(
    prefiltered(
        r"\b(?:scratch\w*) (?:my|at my) (?:arms?|legs?|head|knees?|elbows?|skin|back|nose|ears?|neck|face|tummy|belly|feet|hands?)\b[^.?!]{0,30}\b(?:when (?:i'?m|im|i am|i get|i feel|it'?s|its) (?:so |really |a bit )?(?:bored|itchy|tickly|thinking|concentrating|reading|hot|sweaty)|(?:cos|because|cause|as) (?:it'?s|its|they'?re|theyre|they are|it is|i'?m|im) (?:so |really )?(?:itchy|tickly|bored|dry)|without (?:thinking|noticing|knowing)|in my sleep|(?:watching|watch) (?:tv|telly)|a habit)\b"
    ),
    prefiltered(
        r"\b(?:till|until|til|bleed\w*|bled|blood|raw|marks?|scars?|sore|hurts?|hurting|sad|upset|angry|mad|cross|stressed|lonely|anxious|worried|hate|myself|my ?self|deserve|punish\w*|feel better|feel something|make it stop|"
        r"compass|pins?|needles?|knife|scissors|blades?|razor|glass|pen|pencil|sharp\w*|nails? (?:till|until)|so (?:nobody|no ?one)|sleeves|hide|hidden|nobody knows|no one knows|on purpose|again and again)\b"
    ),
)

# --- a head rocked on a pillow to get to sleep -------------------------------------------------
_PILLOW_ROCK = Frame(
    prefiltered(
        r"\b(?:bang\w*|bump\w*|rock\w*|roll\w*|knock\w*|thump\w*|hit|hits|hitting|bonk\w*) my head (?:\w+ )?(?:on|into|against|in|onto) (?:the |my )?(?:pillow|pillows|cushion|cushions|mattress|teddy|soft toy|duvet|beanbag)\b[^.?!]{0,60}\b(?:sleep\w*|asleep|bed ?time|night|tired|calm|relax\w*|comfy|cosy|soothing)\b"
    ),
    prefiltered(
        r"\b(?:wall|walls|floor|door|doors|headboard|bed ?frame|desk|table|window|hard|harder|knife|blade|razor|scissors|glass|hurts?|hurting|hurt|pain\w*|bleed\w*|blood|bruis\w*|till|until|sad|upset|angry|mad|cross|stupid|bad|hate|myself|my ?self|deserve|punish\w*|make it stop|feel something|nobody knows|hide)\b"
    ),
    waives=(AGAIN, MEANS),  # "over and over" is the rocking; "pillow over" is not a smothering
)

# --- bruises from a sport, and pride ------------------------------------------------------------
_SPORT = r"(?:rugby|football|hockey|judo|karate|taekwondo|boxing|kickboxing|wrestling|lacrosse|netball|basketball|the match|matches|training|the game|games|tackl\w*|scrums?|the tournament|gymnastics|skating|horse riding|riding|climbing|the trampoline|my bike|paintball)"
_SPORT_BRUISES_PRIDE = Frame(
    prefiltered(
        rf"\bbruis\w*\b (?:from|at|in|after|playing|doing) (?:the |my |our |a |all the )?{_SPORT}\b[^.?!]{{0,60}}\b(?:tough|hard as nails|hard|brave|strong|proud|cool|a warrior|legend|badge|well done|impressed)\b"
    ),
    prefiltered(
        r"\b(?:worse|in trouble|trouble|hide|hid|hiding|cover\w*|sleeves|don'?t tell|dont tell|not tell|can'?t tell|say (?:i|that i) fell|tell them i|lie|lied|or else|taken away|social worker|police|(?:he|she|dad|mum|they) (?:hit|hits|punched|kicked|did|does|gave)|it was (?:him|her|dad|mum)|belt|smack\w*|beat\w*)\b"
    ),
    waives=(HURT,),
)

# --- a chore wished for, not a wish to be gone -----------------------------------------------------
_TIDIER_WISHED = Frame(
    prefiltered(
        r"\b(?:happier|better|easier|calmer|less (?:stressed|tired|cross))\b[^.?!]{0,30}\bif i (?:was|were|got|kept|did|made|helped|tidied|remembered|listened) (?:a (?:bit|lot|little) |more |much |)(?:tidier|neater|cleaner|quieter|faster|quicker|more helpful|more careful|more organi[sz]ed|better at \w+|less messy|less noisy|less loud|on time|ready on time|my (?:room|bed|homework|chores|jobs)|(?:the|more) (?:chores|washing up|dishes|hoovering)|tidy|neat|helpful|quiet|to bed on time|what (?:she|he|they) (?:said|say))\b"
    ),
    prefiltered(
        r"\b(?:not here|wasn'?t here|weren'?t here|gone|dead|die\w*|never born|not born|disappear\w*|vanish\w*|didn'?t exist|not around|someone else|somebody else|a different|thinner|skinnier|smaller|prettier|normal|without me|hate me|hate myself|my ?self|burden|useless|worthless)\b"
    ),
)

# --- a magician's trick -------------------------------------------------------------------------
_MAGIC_VANISH = Frame(
    prefiltered(
        r"\b(?:magician|magic trick|a trick|conjurer|wizard|wand|abracadabra|magic show)\w*\b[^.?!]{0,40}\b(?:disappear|vanish)\w*\b"
    ),
    prefiltered(
        r"\b(?:me|myself|my ?self|i (?:want|wanna|wish|could|would|'?d)|i'?d like|wish (?:i|he|she|they) could|make me|made me|makes me)\b"
    ),
)

# --- the teddy: a butter knife on toast -------------------------------------------------------
_BUTTER_SPREAD = Frame(
    prefiltered(
        r"\bspread\w* (?:the |some |a (?:bit|little) of |your |a |lots of |plenty of )?(?:butter|jam|marmalade|honey|peanut butter|chocolate spread|nutella|marmite|vegemite|cream cheese|margarine|spread)\b[^.?!]{0,40}\b(?:with (?:a |the |your )?(?:butter |blunt |round-?ended |table |little |plastic |kids'? )?knife)\b"
        r"|\b(?:butter|blunt|round-?ended|table|plastic) knife\b[^.?!]{0,40}\bspread\w*\b"
    ),
    prefiltered(
        r"\b(?:sharp\w*|big|kitchen|carving|bread knife|chef'?s|pointy|alone|on your own|by yourself|nobody|no ?one|without (?:asking|telling|a grown-?up)|secret\w*|sneak\w*|before (?:they|your|mum|dad)|cut (?:your|yourself|your (?:hand|finger|arm))|yourself|stab\w*|skin|arm|finger)\b"
    ),
    waives=(MEANS, OLDER),
)


def _short_hump(words: str) -> bool:
    """A hump finding of a word or two ("hump", "humps"), not a longer phrase."""
    return "hump" in words and len(words) <= 8


HARMLESS_SENSES = (
    Softening(
        C.SELF_HARM,
        (_JETTY_JUMP, _MEDICAL_NEEDLE, _IDLE_SCRATCH, _PILLOW_ROCK, _TIDIER_WISHED, _MAGIC_VANISH),
    ),
    Softening(C.DANGEROUS_ACTIVITY, (_JETTY_JUMP,), at_most(MILD), kept_if=_DANGER_KEPT.search),
    Softening(C.DISTRESS, (_PILLOW_ROCK,), mild_distress, label="distress"),  # can't sleep
    Softening(C.ABUSE, (_PLAY_DUNK_BY_CARER, _SPORT_BRUISES_PRIDE)),
    Softening(C.SEXUAL, (_ANIMAL_HUMP,), words=_short_hump),
)
"""What the harmless senses above take back, or lower to minor, in a child's message."""
HARMLESS_SENSES_TEDDY = (Softening(C.DANGEROUS_ACTIVITY, (_BUTTER_SPREAD,)),)
"""What they take back in the teddy's: a butter knife on toast."""
