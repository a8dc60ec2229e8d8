# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Benign frames for being poorly (round 63's false alerts: doctors, dentists, being ill,
medicines), each with what spoils it and each consulted by the rule it defuses:

- an itch scratched: chickenpox, eczema, bites or a rash, "i wanted to scratch myself all over",
  spoilt by intent to hurt (on purpose, till it bleeds, to feel, when sad) or a blade
  (rules_self_harm_phrases, rules_self_harm_composed);
- ill as if dying: "when i had the stomach bug i felt like i was dying", spoilt by wanting or
  wishing it, a means, or an end (rules_self_harm_composed);
- a medical jab given to oneself: an epipen or insulin pen stabbed or pushed into the leg, spoilt
  by the same intent words (rules_self_harm_phrases);
- feeling ill: "the vaccine might make me feel a bit rubbish", "if i get really bad i use my
  epipen", spoilt by sadness, fear, loneliness or being left out (rules_distress: softened to
  mild);
- a carer's medicine: a grown-up cutting, crushing or mixing the child's pills, and medicine's
  nasty taste, spoilt by misuse (too many, extra, in secret, the child alone) (rules_risky);
- wee'd, not weed: "i laughed so hard i nearly weed myself", spoilt by any smoking or drug word
  (rules_risky's drugs)."""

from __future__ import annotations

from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import AGAIN, HURT, MEANS
from domain.safety.meaning_concepts_people import DADS, GRANDADS, GRANS, MUMS, STEP_PARENT
from domain.safety.prefilter import prefiltered

_INTENT_TO_HURT = (
    r"on purpose|deserve\w*|punish\w*|hate my ?self|to feel|make (?:it|the \w+) stop hurting|(?:till|til|until|so) (?:it|they|i) (?:bleeds?|bled|bleed|hurts? (?:really )?bad)|"
    r"when i(?:'?m| am| feel| get)? (?:so |really )?(?:sad|angry|upset|mad|stressed|lonely|anxious|cross)|secret\w*|sneak\w*|nobody knows|no ?one knows|hide|hiding|"
    r"razors?|blades?|knife|knives|scissors|compass|glass|lighter|cut|cuts|cutting|burn\w*|carv\w*|want to die|wanna die|kill"
)

# (round 63) Scratching an itch: "i had chickenpox and i wanted to scratch myself all over".
_ITCH = r"(?:chicken ?pox|itch\w*|eczema|excema|rash(?:es)?|hives|(?:mosquito|midge|insect|bug|flea|ant|gnat|horsefly|horse fly|bed ?bug|spider|nettle) (?:bites?|stings?)|bitten by (?:a |the )?(?:mosquito\w*|midges?|insects?|bugs?|fleas?|ants?|gnats?)|mosquito\w*|midges?|nettles?|spots|scabs?|calamine|cream|dry skin|sunburn\w*|allerg\w*|heat rash|prickly heat|measles|impetigo|nits|head ?lice|lice)"
ITCH_SCRATCHED = prefiltered(
    rf"\b{_ITCH}\b[^.?!]{{0,60}}\bscratch\w*|\bscratch\w*\b[^.?!]{{0,60}}\b{_ITCH}\b"
)
ITCH_SPOILT = prefiltered(rf"\b(?:{_INTENT_TO_HURT})\b")
itch_scratched = Frame(ITCH_SCRATCHED, ITCH_SPOILT)

# (round 63) Ill as if dying: "when i had the stomach bug i felt like i was dying but it only
# lasted 2 days", "i thought i was gonna die with my tonsillitis".
_ILLNESS = (
    r"(?:(?:stomach|tummy|sick|winter vomiting|vomiting|norovirus) ?bug|bug|flu|virus|fever|temperature|covid|tonsil\w*|migraines?|food poisoning|threw up|throwing up|throw up|puk\w*|being sick|was sick|been sick|vomit\w*|"
    r"(?:so |really |very |was |were |been |got |get |being |felt |feel |feeling |off |fell )(?:sick|ill|poorly)(?! of)|unwell|ear ?infection|chest infection|infection|chicken ?pox|appendix|appendicitis|a cold|cough\w*|period pains?|cramps?|toothache|tooth ache|headache|earache|ear ache|tummy ?ache|stomach ?ache|belly ?ache|"
    r"asthma attack|allergic reaction|operation|the dentist|dentist|injection|jab|vaccine|braces|stitches|broken (?:arm|leg|wrist|ankle)|sprain\w*)"
)
AS_IF_DYING = r"(?:felt|feel|feels|feeling|thought|think|was sure) (?:like |as if |that )?(?:i was|i were|i'?m|im|i am|i was gonna|i was going to|i'?m gonna|i'?m going to|i would|i'?d) (?:literally |actually |totally |actually gonna |going to |gonna )?(?:dying|die|going to die|gonna die|be dying|dead)"
ILL_AS_IF_DYING = prefiltered(
    rf"\b{_ILLNESS}\b[^.?!]{{0,60}}\b{AS_IF_DYING}\b|\b{AS_IF_DYING}\b[^.?!]{{0,60}}\b{_ILLNESS}\b"
)
ILL_DYING_SPOILT = prefiltered(
    r"\b(?:want|wants|wanted|wanna|wish|wished|wishing|hope|hoped|hoping|rather|better off|deserve\w*|end it|end everything|not wake up|never wake up|kill\w*|on purpose|"
    r"myself|inside|sick of|tired of|knife|knives|rope|blades?|razors?|jump\w*|bridge|drown\w*|hang\w*|glad|happy if|nobody would|no ?one would|forever|heaven|pills|tablets|overdose|too many|whole (?:bottle|packet|box))\b"
)
ill_as_if_dying = Frame(ILL_AS_IF_DYING, ILL_DYING_SPOILT, waives=(HURT, MEANS))

# (round 63) A medical jab given to oneself: "i have to stab it in my leg", "i stab myself with
# my epipen", "i inject myself with insulin every day".
_JAB = r"(?:epi-?pens?|epi pens?|jext|auto-?injectors?|insulin|insulin pens?|injections?|jabs?|needles?|diabetes|diabetic|allerg\w*|anaphyla\w*|blood sugar|finger ?prick)"
MEDICAL_JAB = prefiltered(
    rf"\b{_JAB}\b[^.?!]{{0,60}}\b(?:stab\w*|inject\w*|jab\w*|prick\w*)\b|\b(?:stab\w*|inject\w*|jab\w*|prick\w*)\b[^.?!]{{0,60}}\b{_JAB}\b"
)
JAB_SPOILT = prefiltered(
    rf"\b(?:{_INTENT_TO_HURT}|(?:too )?many times|again and again|for fun|to see)\b"
)
medical_jab = Frame(MEDICAL_JAB, JAB_SPOILT, waives=(MEANS, AGAIN))

# (round 63) Feeling ill, told as a body's, not a mood: "the nurse said the vaccine might make me
# feel a bit rubbish tomorrow", "if i get really bad i have to use my epipen".
_FEEL_ILL = r"(?:feel|feels|feeling|felt|get|gets|getting|got|go|goes|went|am|i'?m|im|was|be) (?:a bit |a little |really |so |very |quite |pretty |kinda |kind of |super |bit |abit )*(?:rubbish|rotten|bad|awful|terrible|horrible|yucky|icky|poorly|ill|sick|unwell|crummy|grotty|ropey|worse|achy|sore|wobbly|dizzy|groggy|funny|weird|hot|shivery|tired|sleepy)"
_BODY_CAUSE = (
    r"(?:vaccine\w*|vaccination|jabs?|injections?|booster|flu|a cold|the cold|bug|virus|temperature|fever|allerg\w*|epi-?pens?|reaction|medicine|antibiotics|tablets|operation|anaesthetic|anesthetic|tonsils?|"
    r"covid|chicken ?pox|hay ?fever|asthma|inhaler|migraines?|headache|period|braces|filling|tooth|teeth|the dentist|the doctor|the nurse|doctor said|nurse said|side effects?|peanuts?|nuts)"
)
FEELING_ILL = prefiltered(
    rf"\b{_BODY_CAUSE}\b[^.?!]{{0,70}}\b{_FEEL_ILL}\b|\b{_FEEL_ILL}\b[^.?!]{{0,40}}\b{_BODY_CAUSE}\b"
)
FEELING_ILL_SPOILT = prefiltered(
    r"\b(?:sad|sadd|lonely|alone|by myself|scared|afraid|terrified|frightened|worried|worry|nervous|anxious|panic\w*|nobody|no ?one|cry\w*|cried|tears|hate my|bull\w*|left out|ignor\w*|miss\w*|forgot|forget|upset|"
    r"can'?t sleep|nightmares?|why me|die|dying|dead|hopeless|worthless|everyone|every day|all the time|always|mean to me|laugh\w* at me|fault)\b"
)
feeling_ill = Frame(FEELING_ILL, FEELING_ILL_SPOILT, waives=(MEANS,))

# (round 63) A carer's medicine for the child, and its taste: "daddy cuts my pills in half with a
# special little knife thing", "mum crushes my tablets into yoghurt", "i hate the taste of the
# medicine its disgusting".
_CARER = rf"(?:{MUMS}|{DADS}|{GRANS}|nanny|{GRANDADS}|auntie|aunty|aunt|uncle|carer|the nurse|nurse|the pharmacist|pharmacist|the doctor|doctor|parents|{STEP_PARENT}|my (?:\w+ )?(?:mum|mom|dad|nan|gran|grandma|grandad|carer|foster \w+))"
_MEDS = r"(?:pills?|tablets?|medicines?|meds|medication|antibiotics|calpol|nurofen|syrup|capsules?|vitamins|liquid medicine|drops)"
CARER_MEDICINE = prefiltered(
    rf"\b{_CARER}\b (?:\w+ )?(?:cuts?|cutting|crush\w*|splits?|splitting|halves|halving|breaks?|breaking|snaps?|mix\w*|hides?|hiding|puts?|measures?|gives?|gave|giving|pours?|squirts?|dissolves?|grinds?) (?:up )?(?:my|the|our|his|her|me my|me the) (?:\w+ )?{_MEDS}\b"
    rf"|\b(?:taste|tastes|tasted|tasting|flavour|flavor|smell|smells)\b (?:of )?(?:my |the |this |that |them |it )?(?:\w+ )?{_MEDS}\b"
    rf"|\b{_MEDS} (?:\w+ )?(?:tastes?|tasted|is|was|are|were|'?s|smells?|its|it'?s) (?:so |really |super |well |soo+ |proper )?(?:disgusting|yuck\w*|gross|horrible|rank|minging|vile|nasty|bitter|revolting|foul|bad|awful|like)\b"
    rf"|\b(?:hate|hates|don'?t like|dont like|can'?t stand) (?:taking |having |swallowing )?(?:my|the|this|that) (?:\w+ )?{_MEDS}\b"
)
CARER_MEDICINE_SPOILT = prefiltered(
    r"\b(?:too many|too much|extra|more than|double|lots|loads|a bunch|handful|whole (?:bottle|packet|box|pack|strip)|all of (?:them|it)|all at once|at once|in one go|"
    r"secret\w*|sneak\w*|without (?:asking|telling|her knowing|him knowing|them knowing)|by myself|on my own|when (?:she|he|they)(?:'?s|'?re| is| are)? (?:asleep|out|not looking|at work)|"
    r"i (?:took|take|ate|eat|swallowed|swallow|tried|try) (?:some|one|a few|them|more|another)|can i (?:have|take|eat|try) (?:more|some|another|extra)|to see what happens|like (?:sweets|candy|smarties)|"
    r"sleep forever|die|dying|dead|not wake|play\w* with|i (?:use|used|hold|held|grab\w*) the (?:knife|blade)|at (?:me|him|her|them))\b"
)
carer_medicine = Frame(CARER_MEDICINE, CARER_MEDICINE_SPOILT, waives=(MEANS,))
PILLS_HALVED = prefiltered(
    r"\b(?:in half|in halves|into halves|in two|into two|in quarters|into quarters|pill ?cutter|tablet ?cutter|pill ?splitter|tablet ?splitter)\b"
)

# (round 63) Wee'd, not the drug: "i laughed so hard i nearly weed myself".
WEE_WRITTEN_WEED = prefiltered(
    r"\b(?:i|he|she|we|they|you|u|nearly|almost|accidentally|just|who|then|and|actually|literally|totally|practically|had|has|have|must have|'?ve|"
    r"baby|babies|brother|sister|bro|sis|cousin|toddler|puppy|puppies|dog|doggy|cat|kitten|hamster|rabbit|bunny|guinea pig|friend|boy|girl|kid|kids)\s+weed\s+"
    r"(?:my ?self|him ?self|her ?self|themselves|ourselves|your ?self|ur ?self|(?:my|his|her|their|the|our|your|ur) (?:\w+ )?(?:pants|trousers|knickers|pyjamas|pjs|bed|nappy|shorts|leggings|tights|undies|jeans|skirt|seat|car seat|sleeping bag)|"
    r"(?:on|in) (?:the|my|his|her|a|our|your) (?:\w+ )?(?:floor|carpet|bed|grass|pool|bath|sofa|couch|car|seat|chair|rug|lap|shoe|nappy)|everywhere|a (?:bit|little)|laughing|with laughter|from laughing)"
)
WEED_SMOKED = prefiltered(
    r"\b(?:smok\w*|joints?|spliffs?|blunts?|bongs?|stoned|high|roll\w*|dealer|drugs?|vap\w*|420|cannabis|marijuana|pot|grow\w*|buy|bought|sell\w*|sold|bag of|baggie|edibles|brownies|gummies)\b"
)
wee_written_weed = Frame(WEE_WRITTEN_WEED, WEED_SMOKED, waives=(HURT,))
