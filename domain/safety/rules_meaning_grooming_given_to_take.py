# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Something given to the child to drink, eat or take, with a secret or an effect (known
misses, round 39): a person outside the close family (a coach, a babysitter, mum's boyfriend,
a man next door, a bare "he") + a drink, a sweet, a pill, "something in my juice" given to the
child or that the child has to have + "don't tell", "our secret", or it makes the child sleepy,
dizzy, funny or floaty. Read in one clause whatever the order: "coach said i have to drink his
special drink and not tell", "the man next door gave me a drink that made me dizzy". A parent
or a grandparent counts too when a pill or "something in my drink" to make the child sleep
comes with a secret.

Near misses stay allowed: the coach giving the whole team orange juice after the match, the
doctor's medicine that makes me sleepy, mum's calpol, a sweet from a friend with "don't tell",
grandad's sweet before dinner, the big kids' gummy (a drugs flag, not grooming), a surprise drink for mum's birthday, a fizzy drink that made my
tummy feel funny."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CLAUSE_END, CRITICAL, Finding
from domain.safety.meaning_concepts_who import CLOSE, OUTSIDE_ADULT, SOMEONE
from domain.safety.prefilter import prefiltered

G = SafetyCategory.GROOMING
A = SafetyCategory.ABUSE

_THING = (
    r"(?:drinks?|juice|pop|squash|smoothie|milkshake|shake|tea|coffee|hot chocolate|potion|beer|wine|vodka|cider|alcohol|shots?|sips?|"
    r"sweets?|sweeties|candy|lolly|lollies|lollipops?|gumm(?:y|ies)|jelly ?beans?|chocolates?|mints?|brownies?|cookies?|cakes?|"
    r"pills?|tablets?|medicines?|meds|vitamins?|capsules?|powder|drops|something|stuff|it|this|that)"
)
_GIVE = r"(?:gives?|gave|giving|given|hands?|handed|offers?|offered|brings?|brought|buys?|bought|sneaks?|snuck|slips?|slipped|spiked?|makes?|made|pours?|poured|mixes|mixed)"
_INGEST = r"(?:drink|drinks|drank|drinking|eat|eats|ate|eating|swallow\w*|take|takes|took|taking|try|tries|tried|sip|sips|sipped|have|has|had|having)"
_MADE_TO = r"(?:have to|had to|has to|got to|gotta|must|made me|makes me|make me|told me to|tells me to|wants me to|wanted me to|asked me to|asks me to|says i (?:have to|must|should|can)|said i (?:have to|had to|must|should|can)|lets me|let me)"
# Given to the child, or the child made to have it: "gave me a drink", "i have to drink his
# special drink", "puts something in my juice".
GIVEN = prefiltered(
    rf"\b{_GIVE}\b (?:me|us|my (?:\w+ )?(?:brother|sister))\b[^.?!]{{0,25}}\b{_THING}\b"
    rf"|\b{_MADE_TO}\b[^.?!]{{0,10}}\b{_INGEST}\b[^.?!]{{0,30}}\b{_THING}\b"
    r"|\b(?:puts?|putting|put|slips?|slipped|sneaks?|snuck|mixes|mixed|pours?|poured|drops?|dropped)\b[^.?!]{0,20}\b(?:in|into) (?:my|our|me) (?:drink|juice|cup|bottle|food|dinner|tea|milk|water|squash|pop|glass)\b"
    r"|\b(?:his|her|their) (?:special|secret|magic|grown ?-?up|adult|big (?:boy|girl)|sleepy|happy|funny) (?:drink|juice|sweets?|medicine|pills?|tablets?|vitamins?|potion|candy|gummies)\b"
)
SECRET = prefiltered(
    r"\b(?:not (?:to )?(?:tell|say)|don'?t (?:tell|say)|dont (?:tell|say)|never (?:tell|say)|can'?t tell|cant tell|mustn'?t (?:tell|say)|won'?t tell|not allowed to (?:tell|say)|"
    r"not say anything|keep (?:it|this|them) (?:a )?(?:secret|quiet|between us|to (?:my ?self|ourselves))|(?:our|a) (?:little |special |big )?secret|between (?:us|me and (?:him|her))|"
    r"(?:nobody|no one|noone) (?:can|must|is allowed to|should|needs to) know|hide (?:it|them)|promise (?:not|never) to)\b"
)
_ODD = r"(?:dizzy|woozy|wobbly|floppy|floaty|fuzzy|spinny|drunk|high|funny|weird|strange|sick and sleepy|like i was dreaming)"
_LOST = r"(?:pass(?:ed)? out|black(?:ed)? out|can'?t remember|couldn'?t remember|don'?t remember|didn'?t remember|can'?t move|couldn'?t move|couldn'?t wake up|forgot everything)"
# What it did: made the child dizzy, floaty or funny, or it passed out or forgot.
EFFECT = prefiltered(
    rf"\b(?:makes?|made|making|make|to make|it'?ll make|will make) (?:me|us|you|u|my (?:brother|sister))\b (?:feel |go |get |act |so |really |all |a bit |very |super ){{0,2}}(?:\w+ and )?{_ODD}\b"
    rf"|\b(?:i|we)\b (?:\w+ ){{0,2}}?(?:felt|feel|feeling|got|get|went|go|going|was|am|started)\b (?:all |really |so |a bit |very |super |proper )?{_ODD}\b"
    rf"|\b(?:i'?m|im|i am) (?:all |really |so |a bit |very |super )?(?:dizzy|woozy|wobbly|floaty|drunk|high)\b|\b{_LOST}\b"
    # What the giver promised it would do: "said it would make me feel happy and sleepy".
    r"|\b(?:said|says|told me|tells me|promised|promises)\b[^.?!]{0,20}\b(?:make|makes) (?:me|you|u) (?:feel |go |get )?(?:\w+ and )?(?:sleepy|drowsy|relaxed|calm|chilled|grown ?-?up|happy|dizzy|floaty|funny|weird|good|nice)\b"
)
# Sleepy counts when it is a pill, "something" or his special drink that does it.
SLEEPY = prefiltered(
    r"\b(?:sleepy|sleep|asleep|drowsy|dozy|knock (?:me|us) out|knocked (?:me|us) out)\b"
)
_SUSPECT_THING = prefiltered(
    r"\b(?:pills?|tablets?|medicines?|meds|powder|drops|something|stuff|(?:special|secret|magic|grown ?-?up|adult|sleepy|happy|funny) (?:drink|juice|sweets?|medicine|potion|candy|gummies|vitamins?))\b"
)
# Care, a group treat or the child's own gift: never it.
ORDINARY = prefiltered(
    r"\b(?:doctor|doctors|gp|nurse|dentist|hospital|operation|pharmacist|chemist|prescri\w*|antibiotics|hay ?fever|allerg\w*|travel sick\w*|"
    r"everyone|every ?body|all of us|us all|the (?:whole )?(?:team|class|group)|all the (?:kids|children|team)|after the (?:match|game|race)|half ?time|"
    r"surprise|birthday|present for|christmas|mother'?s day|father'?s day|fizzy|sugar|too many sweets)\b"
)
# A pill, a tablet or something in a drink to make the child sleep: told of a parent too.
DRUGGED = prefiltered(
    r"\b(?:pills?|tablets?|medicines?|powder|drops|something|stuff)\b[^.?!]{0,40}\b(?:sleep|asleep|sleepy|drowsy|knock me out|pass out|quiet|shut up)\b"
)
# Other children sharing sweets or a gummy: a drugs matter (rules_risky), not grooming.
PEERS = prefiltered(
    r"\b(?:kids|boys|girls|lads|children|teens|teenagers|year (?:\d+|five|six|seven|eight|nine|ten)s|older (?:kids|boys|girls)|big (?:kids|boys|girls))\b"
)


def _actor(clause: str) -> bool:
    return bool(OUTSIDE_ADULT.search(clause)) or (
        bool(SOMEONE.search(clause)) and not CLOSE.search(clause)
    )


def find_given_to_take(text: str) -> list[Finding]:
    if not GIVEN.possible(text):
        return []
    for clause in CLAUSE_END.split(text):
        if not GIVEN.search(clause) or ORDINARY.search(clause) or PEERS.search(clause):
            continue
        secret = SECRET.search(clause)
        effect = EFFECT.search(clause) or (SLEEPY.search(clause) and _SUSPECT_THING.search(clause))
        if _actor(clause) and (secret or effect):
            return [Finding(G, "given_to_take", CRITICAL, 0, len(text))]
        if secret and DRUGGED.search(clause):
            return [Finding(A, "given_to_take", CRITICAL, 0, len(text))]
    return []
