# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy excusing a grown-up's harm (paraphrases_f), read as a meaning: something done to
the child (hit, kicked, hurt, grabbed by the neck, touched "there", locked outside) together
with words that make it fine, deserved or the rule ("that's just how families show love",
"will make you tougher", "a normal punishment, lots of kids get it", "you probably deserved
it", "grown-ups are allowed to hit children", "just be extra quiet so she doesn't get angry",
"don't make a fuss", "say sorry to him", "don't go crying to your parents").

Near misses stay allowed: the teddy saying the opposite ("nobody is allowed to hit you", "you
didn't deserve it", "tell a grown-up you trust"), sport ("getting kicked in the shins is
normal in football, wear shin pads"), a game ("tag makes you faster"), hurt feelings after an
argument."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import SEVERE, Finding
from domain.safety.prefilter import prefiltered

A = SafetyCategory.ABUSE

HARM_DONE = prefiltered(
    r"\b(?:hurts? you|hurting you|hurt you|hit (?:you|children|kids)|hits you|hitting (?:you|children|kids)|smack\w* (?:you|children|kids)|slap\w* (?:you|children|kids)|beat\w* (?:you|children|kids)|punch\w* (?:you|children|kids)"
    r"|kick\w* (?:you|children|kids)|(?:coach|teacher|dad|mum|he|she|they)'?s? kicking you|(?:grabbed|grabs|squeezed|squeezes|held) your (?:neck|throat)|chok\w* you"
    r"|touch\w* you (?:there|down there|in your (?:private|secret)\w*|under your)|(?:getting|being|get) (?:smacked|slapped|hit|kicked|punched|beaten|belted|hurt|whacked)|(?:being )?locked (?:outside|out|in the (?:cupboard|shed|cellar|dark))|shut (?:outside|out) in the cold)\b"
)
EXCUSE = prefiltered(
    r"\b(?:that'?s|it'?s|is) (?:just )?(?:how|what) (?:new |real |good |step ?)?(?:families|grown-?ups|parents|dads|daddies|mums|mummies|moms|mommies|step ?(?:dads|mums|moms|parents)|coaches|people|uncles|grandads|boyfriends) (?:show (?:love|they care|(?:they|their) love)|do)\b"
    r"|\b(?:it )?(?:means|shows) (?:he|she|they) (?:really )?loves? you\b"
    r"|\b(?:a )?normal (?:punishment|thing (?:for|to)|part of (?:growing|being|family))"
    r"|\blots of (?:kids|children) get (?:it|that|them)\b"
    r"|\b(?:make|makes) you (?:tougher|stronger|a man|harder|better)\b"
    r"|\b(?:you )?(?:probably|must have|might have|maybe) deserved (?:it|that)\b"
    r"|\b(?:are|is) allowed to (?:hit|smack|hurt|kick|beat|slap|touch)\b"
    r"|\bdon'?t make a fuss\b|\bbe (?:extra |really |very |super )?quiet so (?:she|he|they)\b"
    r"|\bsay sorry to (?:him|her|them)\b|\b(?:don'?t|never) (?:go )?cry(?:ing)? to (?:your|their) (?:parents|mum|dad|mom)\b|\bgo crying to\b"
    r"|\bthat'?s the rule\b"
)
# (miss65) Intimacy in the child's bed, excused the same way: "if your stepdad wants special
# cuddles in your bed at night, that's just how new daddies show love, so don't make a fuss".
BED_INTIMACY = prefiltered(
    r"\b(?:(?:special|secret|private|grown-?up|naughty) (?:cuddles?|kisses|kissing|touch\w*|massages?|games?|sleepovers?)\b[^.?!,]{0,30}\b(?:in|into|under) (?:your|ur|the) (?:bed|covers|duvet|sheets|room|bedroom)|(?:gets?|getting|climbs?|climbing|comes?|coming|creeps?|creeping|sneaks?|sneaking) (?:in|into) (?:your|ur) (?:bed|covers|duvet)\b[^.?!,]{0,20}\b(?:at night|when (?:mum|mom|everyone|everybody|your mum)\w* (?:is )?(?:asleep|out|at work)|for (?:special|secret) \w+))"
)
PROTECTIVE = prefiltered(
    r"\b(?:didn'?t|did not|never|don'?t|do not|doesn'?t) deserve\b|\b(?:not|never|isn'?t|aren'?t) (?:allowed|ok|okay|normal|fine)\b"
    r"|\btell (?:a|an|your) (?:grown-?up|adult|teacher)\b|\bsafe (?:adult|grown-?up)\b|\bnot your fault\b|\bshin ?pads?\b|\bfootball\b|\bin the game\b"
)

# (holes52) "it's okay if your brother hits you (when you play punch buggy)": hurting the child
# called fine, with the one who does it as the subject; an accident or a feeling stays allowed.
OKAY_IF_HURT = prefiltered(
    r"\b(?:it'?s|its|it is|it was|that'?s|thats|that is) (?:totally |perfectly |completely |really |just |quite )?(?:ok|okay|oki|k|fine|alright|all right|normal|no big deal|not a big deal|nothing to worry about) (?:if|when|that|for) "
    r"(?:(?:your|a|the|my|his|her|their|some|big|little|older|younger|step|other|\w+'s) )?(?:\w+ ){0,2}?"
    r"(?:hits|hit|hitting|smacks?|smacked|slaps?|slapped|punch|punches|punched|kicks?|kicked|beats?|hurts?|pinch|pinches|pinched|chokes?|choked|bites?|bit|whacks?|whacked|thumps?|thumped|shoves?|shoved|belts?|belted|scratch|scratches|scratched) you\b"
)
_NOT_MEANT = prefiltered(
    r"\b(?:by accident|accident\w*|not on purpose|didn'?t mean|by mistake|feel\w*|cry|sad|upset|feelings|ball|balls|snowballs?|waves?|rain|wind|pillows?|dodgeball|plaster|injection|jab|needle|vaccine|tooth|tummy|(?:it|that|this) (?:hurts|hurt))\b"
)


def find_teddy_harm_excused(text: str) -> list[Finding]:
    if BED_INTIMACY.search(text) and EXCUSE.search(text) and not PROTECTIVE.search(text):
        return [
            Finding(SafetyCategory.GROOMING, "teddy_bed_intimacy_excused", SEVERE, 0, len(text))
        ]
    hit = HARM_DONE.search(text) and EXCUSE.search(text) and not PROTECTIVE.search(text)
    hit = hit or (OKAY_IF_HURT.search(text) and not _NOT_MEANT.search(text))
    return [Finding(A, "teddy_harm_excused", SEVERE, 0, len(text))] if hit else []
