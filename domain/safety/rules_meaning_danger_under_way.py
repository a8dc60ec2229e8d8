# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A danger already under way, not only asked about (miss8485sh: rounds 84 and 85's weddings,
parties and bonfire nights), read as meanings; asking "can i" stays the flag other modules give:

- Drink or a drug taken and the body going wrong: can't stand up or walk, being or about to be
  sick, the heart going mad, can't breathe, passed out ("uncle gave me and my cousin a whole
  bottle of vodka ... i cant stand up and i think im gonna be sick"); dizzy or giggly after a
  sip stays a flag, and too many sweets, a bouncy castle, dancing or a race is not it.
- A drug handed to the child by someone who is not a carer or a doctor, with the promise that
  it makes you feel happy, amazing or high ("my cousin gave me some of his white powder ... he
  said it makes u feel happy", "my mates brother gave us pills ... said wed feel amazing");
  sherbet, icing sugar or medicine from mum "to feel better" is not it.
- A household chemical to be drunk for a dare or at a set time ("me and my cousins are gonna
  drink the blue stuff under nans sink for a dare, its tonight"); "can i drink the blue stuff
  under the sink" or one drunk because it looked like squash stays a flag, cleaning with nan
  is not it.
- Fireworks being lit indoors, now ("im lighting them in my bedroom now while everyones
  asleep"); asking to, watching the rockets from a bedroom window, or a grown-up lighting them
  in the garden is not it.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import SEVERE, Finding
from domain.safety.meaning_concepts_means import PILLS
from domain.safety.meaning_concepts_people import CARER_WORDS
from domain.safety.prefilter import prefiltered
from domain.safety.rules_meaning_flags_home_dangers import CHEMICAL_AS_A_TREAT, CHEMICAL_SAFE

D = SafetyCategory.DRUGS_ALCOHOL
A = SafetyCategory.DANGEROUS_ACTIVITY

_DRINK = r"(?:vodka|beer|beers|wine|cider|lager|champagne|prosecco|bubbly|whiske?y|rum|gin|brandy|sherry|tequila|shots?|alcohol|booze|alcopops?|cocktails?|jaegerbombs?|wkd|smirnoff|bacardi)"
_DRUG = rf"(?:(?:white |brown |funny |magic )?powder|weed|spliff|joint|edibles?|coke|cocaine|ecstasy|mdma|molly|ket|ketamine|spice|acid|pills?|tablet(?! (?:to play|for (?:games|school|drawing)))|{PILLS}|(?:funny|magic|happy|little|special) (?:sweets?|tablets?|mushrooms?|cookies?|brownies?|gummies))"
# Taken (drunk, swallowed, smoked, sniffed, or given to the child) and a drink or a drug named.
_TAKEN = r"(?:drank|drunk|downed|necked|had|took|taken|swallowed|smoked|sniffed|snorted|ate|tried|gave (?:me|us)|given|made me (?:drink|take|have))"
TAKEN = prefiltered(rf"\b{_TAKEN}\b")
SUBSTANCE = prefiltered(rf"\b(?:{_DRINK}|{_DRUG})\b")
# The body going wrong: not dizzy or giggly alone.
BODY_GOING_WRONG = prefiltered(
    r"\b(?:can'?t|cant|couldn'?t|cannot) (?:even )?(?:stand|walk|get) up\b|\b(?:can'?t|cant|couldn'?t|cannot) (?:even )?(?:stand|walk|breathe|breath|see (?:straight|properly)|feel my (?:legs|arms|face))\b"
    r"|\b(?:gonna|going to|about to) (?:be sick|throw up|puke|spew|pass out|faint)\b|\b(?:been|keep being|keep|was|kept being|i'?ve been) (?:sick|throwing up|puking)\b"
    r"|\bheart (?:is |was |'?s |keeps )?(?:going|beating|pounding|racing|thumping|banging) (?:\w+ )?(?:fast|mad|crazy|weird|hard)\b|\bheart (?:is |was |'?s )?(?:racing|pounding|going mad|going crazy)\b"
    r"|\b(?:passed out|blacked out|collapsed)\b|\bwon'?t wake up\b|\bshaking (?:and|n) (?:sweating|sick)\b"
)
# A drug handed over with a promise of how good it feels.
_NOT_A_CARER = r"(?:(?:my |his |her |a |an |some |the |our |\w+'?s )(?:\w+ )?(?:cousin|mate|mates|friend|friends|brother|sister|bro|sis|boyfriend|girlfriend|neighbou?r|older (?:boy|girl|kid)s?|big (?:boy|girl|kid)s?|teenagers?|lad|lads|guy|man|someone|somebody|person|dealer)|(?:someone|somebody|a (?:man|guy|lad|boy|girl|teenager)) at the \w+)"
DRUG_GIVEN_TO_FEEL_GOOD = prefiltered(
    rf"\b{_NOT_A_CARER}\b[^.?!]{{0,15}}\b(?:gave|give|gives|handed|sold|offered|passed) (?:me|us)\b[^.?!]{{0,30}}\b{_DRUG}\b[^.?!]{{0,60}}\b(?:feel|makes? (?:you|u|ya|us|me) feel|be) (?:so |really |well |proper )?(?:happy|amazing|good|great|high|buzzing|buzzed|floaty|funny|relaxed|awesome|mint|sick|fire|wavy|mad)\b"
)
DRUG_GIVEN_NOT = prefiltered(
    r"\b(?:sherbet|icing sugar|icing|sugar|talc|baby powder|protein powder|hot chocolate|bath (?:powder|bomb)|glitter|holi|rangoli|chalk|vitamins?|calpol|nurse|doctor|dentist|pharmacist|chemist|feel better|when you'?re poorly|for my (?:cold|cough|headache|tummy|allergy|hay ?fever))\b"
)
DRINK_OR_DRUG_NOT = prefiltered(
    # a carer drunk or poorly is not the child taking it
    rf"\b(?:{CARER_WORDS}|uncle|auntie|aunty|aunt)\b (?:\w+ )?(?:drank|drinks|was drunk|is drunk|gets drunk|got drunk|took|takes|passed out|can'?t|cant|keeps being|was sick|is sick)\b"
    # medicine for being poorly, from a carer or a doctor
    rf"|\b(?:{CARER_WORDS}|doctor|nurse|chemist|pharmacist) (?:gave|gives|made) me\b|\bmy (?:meds|medicine|medication|tablets|inhaler|antibiotics)\b|\b(?:calpol|poorly|flu|a bug|tummy bug|temperature|fever|antibiotics|inhaler|chemo|hospital)\b"
    r"|\b(?:sweets|sweeties|candy|cake|bouncy castle|trampoline|dancing|danced|ran|running|race|rollercoaster|ride|spinning round|hide and seek|scared|nervous|laughing|laughed|lol|lmao|haha|shandy|non-?alcoholic|alcohol-?free|kids'? (?:champagne|wine)|pretend|fake|game)\b"
)

# A chemical to be drunk for a dare or at a set time (one drunk for a treat stays a flag).
_DARE_OR_SET = prefiltered(
    r"\b(?:for a dare|dare|dared|dares|daring|i bet|bet (?:you|me|u)|challenge)\b"
    r"|\b(?:gonna|going to|were going to|we'?re going to|will|i'?ll)\b[^.?!]{0,60}\b(?:tonight|later|tomorrow|after (?:school|tea|dinner)|at the sleepover|when (?:\w+ )?(?:is|are|'?s|'?re) asleep)\b"
)

# Fireworks being lit indoors, now.
_FIREWORKS = prefiltered(
    r"\b(?:fireworks?|rockets?|bangers?|roman candles?|catherine wheels?|sparklers?|firecrackers?|fountains? firework|mortars?)\b"
)
LIT_INDOORS_NOW = prefiltered(
    r"\b(?:i'?m|im|i am|we'?re|we are|were|me and \w+ (?:are|r)) (?:just |now |about to |gonna |going to )?(?:lighting|light|setting off|set off|letting off|let off)\b[^.?!]{0,40}\b(?:in|inside) (?:my|the|our|his|her) (?:bedroom|room|house|kitchen|living room|lounge|flat|bathroom|loft|attic|hallway|wardrobe|tent)\b"
    r"|\b(?:i|we) (?:just )?(?:lit|set off|let off)\b[^.?!]{0,40}\b(?:in|inside) (?:my|the|our) (?:bedroom|room|house|kitchen|living room|lounge|flat|bathroom|loft|attic|hallway)\b"
)
_NOW = prefiltered(
    r"\b(?:now|right now|tonight|while (?:every ?one|every ?body|they|mum|dad|\w+)(?:'?s| is| are|'?re) (?:asleep|sleeping|out|downstairs)|i'?m lighting|im lighting|i am lighting|we'?re lighting|lit)\b"
)
LIT_NOT = prefiltered(
    r"\b(?:can i|could i|may i|am i allowed|is it ok|window|watch\w*|candles?|birthday cake|diyas?|incense|pretend|toy|lego|drawing|drew|game|minecraft|roblox|film|video game)\b"
)


def find_danger_under_way(text: str) -> list[Finding]:
    whole = len(text)
    if (
        TAKEN.search(text)
        and SUBSTANCE.search(text)
        and BODY_GOING_WRONG.search(text)
        and not DRINK_OR_DRUG_NOT.search(text)
    ):
        return [Finding(D, "substance_taken_body_wrong", SEVERE, 0, whole)]
    if DRUG_GIVEN_TO_FEEL_GOOD.search(text) and not DRUG_GIVEN_NOT.search(text):
        return [Finding(D, "drug_given_to_feel_good", SEVERE, 0, whole)]
    if (
        CHEMICAL_AS_A_TREAT.search(text)
        and _DARE_OR_SET.search(text)
        and not CHEMICAL_SAFE.search(text)
    ):
        return [Finding(A, "chemical_dared", SEVERE, 0, whole)]
    if (
        _FIREWORKS.search(text)
        and LIT_INDOORS_NOW.search(text)
        and _NOW.search(text)
        and not LIT_NOT.search(text)
    ):
        return [Finding(A, "fireworks_lit_indoors", SEVERE, 0, whole)]
    return []
