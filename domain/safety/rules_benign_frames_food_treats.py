# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Harmless food and mealtime moments read as harm (round 70's false alerts, fixed as families),
each frame with the words that spoil it; a held frame takes back, or lowers to minor, only the
findings its harmless reading explains (a child's message):

- tears from onions, shampoo, smoke, hay fever or laughing ("i cried chopping the onions, it was
  just the onion making my eyes sting"): the distress is lowered to minor; spoilt by a cover
  story ("i said it was the onions"), a person who made me cry, sadness named, shouting;
- a treat dropped, broken or lost and replaced ("my ice cream fell on the floor but mum got me
  another one"): the distress is lowered to minor; spoilt by a grown-up's anger or a blow;
- a food said to be disgusting ("i hate fish fingers theyre disgusting", "sprouts are so gross"):
  the insult is taken back; spoilt by the word turned on a person ("you're disgusting", "im
  gross"), a body, not eating, being sick on purpose;
- a skin-prick allergy test at the hospital or the clinic ("they scratched my arm with tiny bits
  of food to test my allergies"): the abuse is taken back; spoilt by it being done at home or by
  someone who is no medic, on purpose, as a punishment, real pain, blood;
- cola the drink ("how much sugar is in coke", "coke and popcorn at the cinema"): the drug word
  is taken back; spoilt by lines, powder, sniffing, a dealer, a spirit mixed in, being drunk;
- the grown-ups' drink or pudding with the child's own instead ("the grown up trifle has sherry
  so i had the kids one", "the wine is for grown ups so i got apple juice"): the alcohol is
  taken back; spoilt by the child tasting, sneaking or finishing the grown-ups' one, or being
  given some.

Declared as the table FOOD_TREATS (benign_softening), applied by
rules_benign_frames_noticed.drop_noticed_frames before the holiday and harmless-sense frames.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import HURT, OLDER
from domain.safety.benign_softening import Softening, mild_distress, words_are, words_fullmatch
from domain.safety.prefilter import prefiltered

C = SafetyCategory
_GIVER = r"(?:(?:my )?(?:mum|mom|mummy|mommy|mam|dad|daddy|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|auntie|aunty|uncle|big sister|big brother|sister|brother|teacher|parents)|the (?:man|lady|ice ?cream (?:man|lady|van)|shop ?keeper)|miss|sir|we|they|he|she)"
_ANGER = r"shout\w*|yell\w*|scream\w* at|smack\w*|slap\w*|hit|hits|hitting|punch\w*|kick\w*|angry|furious|punish\w*|naughty|(?:told|tells) me off|on purpose|bull(?:y|ies|ied|ying)"

# --- tears from onions, soap or smoke --------------------------------------------------------
_STINGS = r"(?:onions?|shampoo|soap|bubble bath|smoke|smoky|hay ?fever|pollen|chill(?:i|ies|y)|pepper|the wind|cold wind|yawn\w*|laugh\w*|sun ?cream|chlorine|sand|dust|an? eyelash|eye ?drops|lemon juice|perfume|mustard|horseradish|wasabi)"
_EYES = r"(?:cried|cry|cries|crying|tears|teary|watery eyes|eyes? (?:water\w*|stream\w*|sting\w*|burn\w*|went red|go red|all red))"
_EYES_STING = Frame(
    prefiltered(
        rf"\b{_EYES}\b[^.?!]{{0,60}}\b{_STINGS}\b"
        rf"|\b{_STINGS}\b[^.?!]{{0,30}}\b(?:made|make|makes|making|got|gets|went|goes) (?:me|my eyes|in my eyes) (?:cry|crying|water|watering|sting|stinging|stream|teary|all teary|burn)\b"
    ),
    prefiltered(
        rf"\b(?:said it was|say it was|told (?:\w+ )?it was|pretend\w*|blamed|really (?:i was|crying|because)|actually|not (?:just )?(?:the|because of)|wasn'?t (?:really |just )?(?:the|because)|sad|lonely|upset|miss\w*|hurt\w*|scared|worried|died|dead|made me cry|every (?:night|day)|{_ANGER})\b"
    ),
)

# --- a treat dropped and replaced ------------------------------------------------------------
_LOST = r"(?:fell|fall|falls|dropped|drop|drops|broke|broken|breaks|popped|pops|lost|melted|melts|spilt|spilled|spills|flew away|blew away|squashed|smashed|ripped|burst|bursts|went in the sea|got wet|got eaten|pinched)"
_REPLACED = r"(?:another|another one|a new|new one|one more|more|it back|a replacement|a spare|some of (?:his|hers|theirs|hers|hers)|half of)"
_TREAT_REPLACED = Frame(
    prefiltered(
        rf"\b{_LOST}\b[^.?!]{{0,50}}\bbut (?:then )?{_GIVER} (?:\w+ )?(?:got|bought|gave|gives|gets|buys|made|makes|found|fixed|mended|glued|shared|let me have|blew up|won)\b[^.?!]{{0,20}}\b{_REPLACED}\b"
    ),
    prefiltered(rf"\b(?:{_ANGER}|every (?:day|time)|always|never|not fair|hate)\b"),
)

# --- a food said to be disgusting ------------------------------------------------------------
_FOOD = (
    r"(?:fish fingers?|fish|broccoli|brussels? sprouts?|sprouts|peas|mushrooms?|cabbage|carrots?|tomato(?:es)?|olives?|cheese|liver|soup|porridge|custard|school dinners?|"
    r"beans|baked beans|spinach|cauliflower|onions?|salad|lettuce|cucumber|peppers|sweetcorn|eggs?|curry|stew|gravy|sausages?|pasta|rice|jelly|semolina|beetroot|parsnips?|"
    r"celery|avocados?|prawns?|tuna|sardines|coffee|milk|vegetables|veg|veggies|greens|medicine|cough (?:syrup|medicine)|toothpaste|mash|mashed potato(?:es)?|quiche|kale|"
    r"lentils|chickpeas|hummus|marmite|pickles?|gherkins?|coleslaw|mayo|mayonnaise|ketchup|mustard|fish pie|shepherd'?s pie|cottage pie|lasagne|risotto|seafood|"
    r"the food|the dinner|dinner|lunch|tea|breakfast|sandwich(?:es)?|crusts?|yoghurt|yogurt|raisins|sultanas|coconut|banana|bananas|pears?|plums?|grapefruit|"
    r"sushi|pizza|burgers?|nuggets|chips|crisps|smoothie|juice|water|squash|cereal|toast|bread|meat|chicken|beef|pork|ham|bacon|turkey|stuffing|christmas pudding|"
    r"trifle|cake|sauce|spaghetti|noodles|beans on toast|fruit|apple|oranges?|berries|blueberries|strawberr(?:y|ies))"
)
_YUCK = r"(?:disgusting|disgustin|discusting|gross|yucky|yuck|nasty|rank|minging|mingin|rancid|vile|horrible|revolting|rotten|horrid|foul|bogging|manky|icky|eww+|the worst)"
_FOOD_DISLIKED = Frame(
    prefiltered(
        rf"\b{_FOOD}\b[^.?!]{{0,20}}\b(?:they'?re|theyre|they are|it'?s|its|it is|is|are|was|were|tastes?|tasted|smells?|smelled|smelt|looks?|looked|taste like|smell like)\s+(?:(?:so|really|well|super|proper|absolutely|totally|just|very|actually|sooo+|soo|kind of|kinda|a bit|dead|well) )*{_YUCK}\b"
        rf"|\b{_YUCK}\b (?:(?:old|cold|soggy|slimy|smelly|school|squishy|mushy|lumpy|burnt|green) )?{_FOOD}\b"
    ),
    prefiltered(
        r"\b(?:you'?re|you are|ur|youre|i'?m|im|i am|he'?s|hes|she'?s|shes|he is|she is|they say i|they said i|called me|calls me|call me|(?:says?|said) (?:i'?m|im|i am)|my body|i look|fat|ugly|"
        r"so i (?:won'?t|don'?t|dont|wont|never) eat|not eating|stop eating|won'?t eat anything|starv\w*|sick on purpose|make my ?self sick|hate my ?self|myself|made me eat|makes me eat|force\w*|"
        r"or (?:else|i get|no)|till i|until i|smack\w*|hit|punish\w*)\b"
    ),
)

# --- a skin-prick allergy test ------------------------------------------------------------------
_MEDIC = r"(?:hospital|clinic|doctors?|doctor'?s|dr|nurses?|allerg(?:y|ies) (?:clinic|test|tests|testing|doctor|nurse|specialist)|allergist|specialist|consultant|gp|surgery)"
_PRICKED = r"(?:scratch\w*|prick\w*|poke\w*|jab\w*|dab\w*|put (?:drops|tiny bits|little bits|bits|dots|spots)|dropp\w*|little scratches|tiny scratches|drew|marked|numbered)"
_SKIN_TEST = Frame(
    prefiltered(
        rf"\b{_MEDIC}\b[^.?!]{{0,80}}\b{_PRICKED}\b[^.?!]{{0,70}}\b(?:to (?:test|check|see|find out)|test\w*|allerg\w*|what i'?m allergic)"
        rf"|\b{_PRICKED}\b[^.?!]{{0,70}}\b(?:to (?:test|check|see|find out)|allerg\w*)\b[^.?!]{{0,80}}\b{_MEDIC}\b"
    ),
    prefiltered(
        r"\b(?:at home|in (?:my|the) (?:room|bedroom|bathroom)|on purpose|punish\w*|naughty|secret\w*|really (?:hurt|hurts)|hurt (?:so|really|loads|a lot)|screamed|held me down|wouldn'?t stop|"
        r"(?:mum|mom|dad|step ?\w+|uncle|boyfriend|brother|sister|cousin)'?s? (?:scratched|pricked|poked|jabbed)|bleed\w*|bled|blood|bruis\w*|scars?|again and again|every (?:day|night|time)|knife|blade|pin|compass|needle at home)\b"
    ),
    waives=(HURT,),  # the hospital is the frame's own place; its other words are re-listed above
)

# --- cola, the drink -----------------------------------------------------------------------------
_COLA_CUE = r"(?:sugar|sugary|sugar cubes?|teaspoons?|spoonfuls?|fizzy|fizz|bubbles|burp\w*|teeth|tooth|rots?|rotting|caffeine|healthy eating|unhealthy|mentos|float|ice cubes?|ice|lemon|straw|cans?|bottles?|glass|cup|pint|a large|a small|a medium|meal deal|happy meal|popcorn|crisps|pizza|burgers?|nuggets|chips|fries|mcdonalds|maccies|burger king|kfc|cinema|volcano|experiment|diet|zero|cherry|vanilla|drink|drinks|pop)"
_COLA = Frame(
    prefiltered(rf"\b{_COLA_CUE}\b[^.?!]{{0,40}}\bcoke\b|\bcoke\b[^.?!]{{0,40}}\b{_COLA_CUE}\b"),
    prefiltered(
        r"\b(?:lines?|snort\w*|powder\w*|white stuff|sniff\w*|nose|rolled|note|bag|baggie|bags|dealer|deal\w*|sell\w*|sold|gram|grams|high|off (?:his|her|their|my) face|buzz\w*|"
        r"vodka|rum|whisk(?:e)?y|jack daniels|bacardi|gin|brandy|alcohol|spiked|drunk|tipsy|wasted|mixed (?:with|it)|with (?:vodka|rum|whisky|gin)|party|parties|weed|drugs?)\b"
    ),
)

# --- the grown-ups' drink or pudding, the child's own instead ----------------------------------------
_ALCOHOL = r"(?:wine|mulled wine|beer|beers|lager|cider|sherry|brandy|rum|whisk(?:e)?y|vodka|gin|champagne|prosecco|fizz|baileys|port|liqueur|alcohol|booze|eggnog|snowballs?|punch|cocktails?)"
_MINE = (
    r"(?:(?:a |an |the |some |my |our |me |us )?(?:kids'?|kid'?s|children'?s|child'?s|alcohol-? ?free|non-? ?alcoholic|normal|plain|other|own|special|little|baby|virgin)? ?"
    r"(?:one|ones|version|bowl|bit|glass|cup|juice|apple juice|orange juice|lemonade|squash|milk|water|hot chocolate|cocoa|fizzy|pop|cola|coke|shloer|kids'? fizz|smoothie|milkshake|"
    r"fanta|sprite|ribena|tea|custard|jelly|ice ?cream|cake|mocktail|j2o|fruit shoot|capri ?sun|fizzy pop|appletiser|elderflower|ginger beer|root beer))"
)
_GROWN_UPS_ONE = Frame(
    prefiltered(
        rf"\b(?:grown[- ]?ups?|grownups?|adults?|big people|mum and dad|my parents)(?:'s?)?\b[^.?!]{{0,40}}\b(?:so|and|but|while|whereas|instead)\b (?:i|we|me and \w+|me and my \w+|the kids|us kids|the children|my (?:brother|sister|cousin) and (?:i|me))\b (?:\w+ )?(?:had|got|have|get|drank|drink|was given|were given|gets|got given|could have|can have)\b {_MINE}\b"
        rf"|\b{_ALCOHOL}\b[^.?!]{{0,30}}\b(?:for (?:the )?(?:grown[- ]?ups|grownups|adults)|not for (?:kids|children|me|us))\b[^.?!]{{0,30}}\b(?:so|and|but)\b (?:i|we|me|us)\b (?:\w+ )?(?:had|got|have|get|drank|drink|was given|were given)\b {_MINE}\b"
        # a pudding with the drink in it: "the christmas pudding has brandy so i had ice cream"
        rf"|\b(?:has|had|with|got|is made with|'?s got)\b (?:\w+ )?{_ALCOHOL}\b(?: in(?: it)?)?(?: so| and| but)\b (?:i|we|me|us)\b (?:\w+ )?(?:had|got|have|get|ate|eat|was given|were given)\b {_MINE}\b"
    ),
    prefiltered(
        r"\b(?:drunk|tipsy|dizzy|sip|sips|sipped|swig\w*|gulp\w*|taste|tasted|tasting|tried|try|sneak\w*|snuck|nick\w*|stole|steal|secretly|when (?:no ?one|nobody|they)|the rest of|leftovers?|left ?over|"
        r"finished (?:their|his|her|the|it|off)|let me (?:try|have)|gave me (?:some|a|it)|by mistake|accidentally|mixed up|wrong one|swapped|but i (?:had|drank|tried|ate)|also|as well|"
        r"and (?:also )?some (?:of )?(?:the |their )?(?:grown|wine|beer|sherry|cider|brandy|rum)|i had (?:some|a bit|a sip|the grown)|made me|sick|threw up)\b"
    ),
    waives=(OLDER,),  # the grown-ups are the frame's own
)

# --- a soft drink that looks like the grown-ups' one ----------------------------------------------
# (fa8889) "mum let me have shloer at the wedding it looks like wine but its just fizzy grape
# juice", "kids champagne is really just apple juice": the alcohol is taken back; spoilt by the
# child also having the real one, feeling drunk, or sneaking it.
_LOOKS_LIKE = r"(?:looks?|looked|tastes?|tasted|smells?|smelled|is|was|'?s) (?:just |exactly |a bit |kind of |kinda )?like (?:real |proper |grown[- ]?up |the grown[- ]?ups'? )?"
_SOFT_LOOKALIKE = Frame(
    prefiltered(
        rf"\b{_LOOKS_LIKE}{_ALCOHOL}\b[^.?!]{{0,20}}\bbut (?:it'?s|its|it is|it was|there'?s|theres|there is|it has|it'?s got)\b (?:\w+ ){{0,2}}?(?:just|only|actually|really|no alcohol|not (?:real|alcohol|actual))\b"
        rf"|\b(?:kids'?|kid'?s|children'?s|alcohol-? ?free|non-? ?alcoholic|pretend|fake|no alcohol|0 ?%|zero alcohol) {_ALCOHOL}\b[^.?!]{{0,40}}\b(?:just|only|really|actually|basically)\b (?:\w+ )?(?:juice|pop|fizzy|lemonade|squash|apple|grape|shloer)\b"
    ),
    prefiltered(
        r"\b(?:drunk|tipsy|dizzy|sneak\w*|snuck|secretly|the real (?:one|wine|beer|stuff)|(?:some|a sip|a taste|a bit) of (?:the |their |his |her |mum'?s |dad'?s )?(?:real|proper|grown[- ]?ups?'?) ?(?:one|wine|beer|champagne|prosecco|stuff)?|when (?:no ?one|nobody) (?:was )?look\w*|made me (?:feel )?(?:funny|sick|giddy))\b"
    ),
    waives=(OLDER,),  # the grown-ups' drink named is the frame's own
)


FOOD_TREATS = (
    Softening(C.DISTRESS, (_EYES_STING, _TREAT_REPLACED), mild_distress, label="distress"),
    Softening(C.INSULT, (_FOOD_DISLIKED,), words=words_fullmatch(_YUCK)),
    Softening(C.ABUSE, (_SKIN_TEST,)),
    Softening(C.DRUGS_ALCOHOL, (_COLA,), words=words_are("coke")),
    Softening(C.DRUGS_ALCOHOL, (_GROWN_UPS_ONE, _SOFT_LOOKALIKE), words=words_fullmatch(_ALCOHOL)),
)
"""What the food frames take back, or lower to minor (a child's message only)."""
