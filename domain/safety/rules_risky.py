# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Risky things for a child to do: dangerous activities, drugs and alcohol."""

from __future__ import annotations

import re
from collections.abc import Callable

from domain.enums import SafetyCategory
from domain.safety.findings import MILD, MODERATE, SEVERE, Finding, compile_all
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames import (
    ADULT_HAS_A_DRINK,
    DRINKING_CONCERN,
    DRUG_HARM_SPOILT,
    DRUG_HARM_TAUGHT,
    TEDDY_MEDICINE_RULE,
    teddy_drink_invites,
)
from domain.safety.rules_benign_frames_care import burn_seen_to
from domain.safety.rules_benign_frames_ended_well import home_accident
from domain.safety.rules_benign_frames_everyday import (
    FIRE_ALONE,
    FIRE_WITH_A_GROWN_UP,
    KNIFE_ALONE,
    KNIFE_IN_THE_KITCHEN,
    MEDICINE_MISUSE,
    TEDDY_ROAD_RISK,
    TEDDY_ROAD_SAFETY,
    TEDDY_TOOL_ALONE,
    TEDDY_TOOL_WITH_GROWN_UP,
)
from domain.safety.rules_benign_frames_family import elder_own_medicine
from domain.safety.rules_benign_frames_family_life import skill_taught_hands_held
from domain.safety.rules_benign_frames_growing import matches_as_games, teddy_kitchen_roles
from domain.safety.rules_benign_frames_home import BLUNT_AS_DULL, BLUNT_SMOKED
from domain.safety.rules_benign_frames_kept_safe import (
    grown_up_keeps_the_danger,
    pet_guarded_from_wires,
    pretend_faint,
)
from domain.safety.rules_benign_frames_outdoors import slang_said_literally
from domain.safety.rules_benign_frames_over_now import skill_shown
from domain.safety.rules_benign_frames_play import (
    DRUG_HIGH_TOO,
    HEIGHT_HIGH,
    HIGH_AS_HEIGHT,
    HIGH_ON_PLAY_EQUIPMENT,
    STORY_CHARACTER_DRINKS,
    glue_for_crafts,
    wolf_huffs,
)
from domain.safety.rules_benign_frames_poorly import (
    PILLS_HALVED,
    carer_medicine,
    wee_written_weed,
)
from domain.safety.rules_benign_frames_small_things import birthday_candles

DA = SafetyCategory.DANGEROUS_ACTIVITY
DR = SafetyCategory.DRUGS_ALCOHOL

_DANGER = compile_all(
    [
        r"\b(?:matches|match ?box|lighters?|lighter fluid|gasoline|petrol|fireworks?|firecrackers?|sparklers?)\b",
        # (round 56) "can i light the diwali rockets in my hand": a rocket or banger lit in a hand.
        r"\b(?:light|lights|lit|lighting|set off|sets off|let off|lets off|setting off|letting off)\b[^.?!]{0,25}\b(?:rockets?|roman candles?|bangers?|catherine wheels?|crackers?)\b[^.?!]{0,20}\bin (?:my|your|his|her|our|their|ur) (?:bare )?hands?\b",
        # (fa8687) Candles are lit or played with; made candles are a craft ("how do you make candles").
        r"\b(?:light|lit|lighting|start|started|starting|make|set|play with|playing with) (?:a |the |some |my |our )?(?:fires?|things on fire|\w+ on fire|flames?)\b|\b(?:light|lit|lighting|set|play with|playing with) (?:a |the |some |my |our )?candles?\b|\bset (?:\w+ ){0,2}on fire\b|\bplay(?:ing)? with fire\b|\bburn (?:the|my|a|our|some|down) (?:house|paper|things|stuff|couch|curtains|bed|school|leaves)\b",
        r"\b(?:fork|knife|key|keys|finger|fingers|paper ?clip|metal|pen|spoon|nail|hairpin|bobby pin|wire)\b[^.?!]{0,25}\b(?:sockets?|outlets?|plugs?|power points?|toaster)\b|\b(?:sockets?|outlets?|plugs?)\b[^.?!]{0,15}\b(?:fork|knife|finger|metal|paper ?clip|key)\b",
        r"\b(?:touch|touching|lick|licking|bite|biting|chew|chewing|pull|cut|cutting|play with)\b[^.?!]{0,15}\b(?:wires?|electric fence|power lines?|cables?|electricity)\b",
        r"\b(?:hair ?dryer|toaster|radio|phone charger)\b[^.?!]{0,20}\b(?:bath|bathtub|tub|water|pool|sink)\b",
        # (miss59) a device in the bath while it is charging: "my tablet in the bath ... while its charging"
        r"\b(?:tablets?|ipads?|phones?|laptops?|switch|nintendo|speakers?|kindle|consoles?)\b[^.?!]{0,30}\b(?:in|into|by|next to|near|on the side of) (?:the |my |a )?(?:bath|bathtub|tub|hot tub|jacuzzi)\b[^.?!]{0,60}\b(?:charging|plugged in|on charge|on the charger|with the charger|(?:with|on) the (?:cable|lead|wire|extension))\b"
        r"|\b(?:charging|plugged in|on charge)\b[^.?!]{0,30}\b(?:in|into|by|next to|near) (?:the |my |a )?(?:bath|bathtub|tub|hot tub|jacuzzi)\b",
        # Speed: every height below starts with one of r, o, t, f, b, l, s, v, p, c, w, e, looked
        # for first (the gap after every "go" of "go go go ..." took 23 ms).
        r"\b(?:climb|climbing|climbed|jump|jumping|jumped|go|going|get|sit|sitting|stand|standing|walk|walking|hang|hanging|lean|leaning)\b[^.?!]{0,30}\b(?=[rotfblsvpcwe])(?:roofs?|rooftops?(?! (?:cafe|bar|restaurant|terrace|garden|pool|playground|party|cinema|car park))|(?:out|through|from|off) (?:the|a|my) (?:window|balcony|ledge)|balcony|balconies|ledges?|top of the (?:fridge|bookshelf|shelf|shelves|house|building|wardrobe|cupboard|stairs|bunk bed|slide railing)|really high|super high|very high|bridge railing|railings?|power poles?|cliffs?|water tower|(?:electricity |power |electric )?pylons?|electricity (?:towers?|poles?)|telegraph poles?)\b",
        r"\b(?:flip|flipping|flipped|bounce|bouncing|bounced|somersault\w*)\b[^.?!]{0,40}\b(?:onto|on to|off|from) (?:the|a|our|my) (?:\w+ )?roof\b",
        r"\bjump (?:off|from)\b[^.?!]{0,20}\b(?:like (?:superman|batman|a superhero|a bird)|and fly|to fly)\b|\b(?:fly|flying) (?:off|from) the (?:roof|balcony|stairs)\b",
        r"\b(?:pills?|tablets|medicines?|medication|vitamins|cough syrup|sleeping pills)\b",
        r"\b(?:bleach|detergent|tide pods?|laundry pods?|dish ?washer (?:soap|tablets?)|cleaning (?:stuff|spray|liquid|products?)|drain cleaner|antifreeze|paint thinner|glue(?! ?guns?\b)|rat poison|poison|nail polish remover|mouthwash)\b",
        r"\b(?:knives|knife|razors?|razor blades?|scissors|axe|sharp (?:things|stuff|ones)|(?:hot )?glue ?guns?)\b",
        # (round 63) a tooth pulled out with a tool or a string tied to something that moves:
        # "im gonna pull my wobbly tooth out with mums tweezers and a string tied to my bike".
        r"\b(?:pull|pulling|yank|yanking|rip|ripping|get|getting|take|taking)\b (?:out )?(?:my|his|her|the|me|a) (?:\w+ )?(?:tooth|teeth|toof)(?: out)?\b[^.?!]{0,40}\b(?:pliers|tweezers|scissors|knife|fork|screwdriver|string (?:tied )?(?:to|on|round) (?:my |the |a |his |her )?(?:bike|door|car|scooter|dog|ball|football|arrow|rocket|skateboard)|tie\w* (?:it |a string |string )?to (?:my |the |a )?(?:bike|door|car|scooter|dog))\b",
        # (round 58) a grown-up's power tool: "grandpa lets me use his chainsaw when grandma isnt looking".
        r"\b(?:chain ?saws?|angle grinders?|circular saws?|power saws?|jig ?saws?|nail guns?|blow ?torch(?:es)?|hedge trimmers?|strimmers?|log splitters?|wood ?chippers?|welders?|welding torch(?:es)?|machetes?|hatchets?)\b",
        r"\b(?:drink|drinking|eat|eating|taste|tasting|swallow|swallowing|sniff|sniffing)\b (?:the |some |that |a )?(?:stuff|liquid|things?|bottles?|juice|water|powder|spray) (?:in|from|under|on) (?:the |my |a )?(?:\w+ )?(?:garage|shed|sink|cupboard|cabinet|laundry|bathroom|basement|toolbox|bucket)\b|"
        r"\b(?:stuff|bottles?|liquid|things?|spray|soap|chemicals?) under the (?:sink|counter)\b|\b(?:drink|drinking|eat|eating|taste|tasting|swallow|swallowing|sniff|sniffing)\b (?:the |some |a |mom'?s |dad'?s )?(?:\w+ )?(?:soap|shampoo|perfume|cleaner|paint|gas|chemicals|lotion|batteries|battery|magnets?|coins?|hand sanitizer|sanitiser|sanitizer|hand ?gel|hand ?sanitiser|hair ?spray|air freshener|body spray|deodorant|nail varnish)\b",
        r"\b(?:touch|touching|put my hand (?:on|in)|lick|grab|hold)\b[^.?!]{0,15}\b(?:hot|stove|oven|iron|kettle|fire|flames?|heater|fireplace|grill|candle|boiling)\b",
        r"\b(?:choking|blackout|pass out|passing out|fainting|tide pod|skull breaker|fire|cinnamon|benadryl) challenge\b|\b(?:(?:till|until|so|and) (?:we|i|you|they|he|she|u) (?:pass|passes|black|blacks) out|faint)\b|\bhold (?:my|your|their|our|his|her|ur) breaths?\b[^.?!]{0,25}\b(?:pass out|long as|minutes|until)\b|\bchoke (?:my ?self|each other)\b",
        r"\b(?:drive|driving|drove) (?:the|my \w+'?s|dad'?s|mom'?s|mum'?s|a|grandpa'?s) (?:car|truck|tractor)\b",
        r"\b(?:swim|swimming|go in|going in)\b[^.?!]{0,20}\b(?:alone|by myself|on my own|without (?:a |any )?(?:grown ?up|adult|mom|dad|lifeguard)|in the deep end|in the river|in the lake|in the ocean|at night)\b|\b(?:walk|walking|skate|skating) on the (?:ice|frozen (?:lake|pond|river))\b",
        r"\b(?:make|making|build|building|how to make|how to build) (?:a |an |some )?(?:bomb|bombs|explosives?|grenade|molotov|pipe bomb|weapon|gun|poison|flamethrower)\b",
        # Speed: "with" within the 40 characters is looked for first (a literal the gap stops at).
        r"\b(?:ride|riding|rode|go|going|skate|skating|bike|biking|sled|sledding|drive|driving)\b(?=[^.?!]{0,40}with)[^.?!]{0,40}\b(?:with no|without (?:any |a |my )?) ?(?:brakes|helmet|seat ?belt|life ?jacket|pads|hands)\b|\b(?:ride|riding|cycle|cycling|bike|biking|skate|skating|scooter\w*)\b[^.?!]{0,50}\b(?:no helmet|no hands|in (?:the )?traffic)\b",
        r"\b(?:cross|crossing|run across|ride my bike (?:on|across|in)) (?:the )?(?:busy )?(?:road|street|highway|train tracks|railway|motorway)\b|\bplay(?:ing)? on the (?:train tracks|railway|road|highway)\b",
        r"\bgo (?:with|in the car with|home with) (?:a |the |some )?(?:stranger|man i don'?t know|lady i don'?t know|someone i don'?t know)\b",
        r"\b(?:gun|guns|pistol|rifle)\b[^.?!]{0,25}\b(?:play|touch|hold|find|found|shoot|load|drawer|closet|under)\b|\b(?:play|touch|hold|found|find)\b[^.?!]{0,25}\b(?:dad'?s|mom'?s|the|a|real|my \w+'?s) (?:gun|pistol|rifle)\b",
        r"\b(?:stove|oven|hob|iron|kettle|fryer|grill|barbecue|bbq|microwave)\b[^.?!]{0,25}\b(?:by myself|alone|on my own|without|touch|put my hand|metal|foil|fork|egg|cat|hamster|turn on)\b",
    ]
)
# (falsealerts) A firework lit, let off or held in someone's hand, or thrown at people: a
# danger told, whoever does it ("my uncle let off bangers in his hand at the party"), unless
# it is warned against. Sparklers, made to be held, are not in it.
_FIREWORK = (
    r"(?:rockets?|roman candles?|bangers?|catherine wheels?|firecrackers?|fireworks?|crackers?)"
)
_FIREWORK_IN_HAND = prefiltered(
    rf"\b(?:light|lights|lit|lighting|set off|sets off|let off|lets off|setting off|letting off)\b[^.?!]{{0,25}}\b{_FIREWORK}\b[^.?!]{{0,25}}\bin (?:my|your|his|her|our|their|ur) (?:bare |own )?hands?\b"
    rf"|\b(?:hold|holds|held|holding)\b (?:a |the |some |his |her |their )?(?:lit )?{_FIREWORK}\b[^.?!]{{0,15}}\bin (?:my|your|his|her|our|their|ur) (?:bare )?hands?\b[^.?!]{{0,30}}\b(?:light|lights|lit|lighting|goes off|went off|go off|explode\w*|bang\w*|fizz\w*)\b"
    rf"|\b(?:throw|throws|threw|throwing|chuck|chucks|chucked|chucking)\b (?:lit )?{_FIREWORK}\b[^.?!]{{0,10}}\bat (?:people|us|me|cars|kids|him|her|them|houses|the \w+)\b"
)
_FIREWORK_WARNED = prefiltered(
    r"\b(?:never|don'?t|do not|not allowed|shouldn'?t|should not|mustn'?t|must not|dangerous|not safe|unsafe|could lose|told (?:him|her|them) off)\b"
)
_POWER_TOOL = re.compile(
    r"(?:chain ?saws?|angle grinders?|circular saws?|power saws?|jig ?saws?|nail guns?|blow ?torch(?:es)?|hedge trimmers?|strimmers?|log splitters?|wood ?chippers?|welders?|welding torch(?:es)?|machetes?|hatchets?)"
)
# (fanote) A jigsaw is a puzzle ("can we do a jigsaw", "Let's do a jigsaw together!") unless
# the saw is meant: cutting, wood, a blade, the plug, switched on, used or held, a grown-up's
# tool, the shed.
_JIGSAW_AS_SAW = prefiltered(
    r"\bjig ?saws?\b(?! ?puzzles?)(?=[^.?!]{0,40}\b(?:cut\w*|wood|planks?|blades?|plug\w*|switch\w* (?:it )?on|turn\w* (?:it )?on|electric|power|sharp|noisy|loud)\b)"
    r"|\b(?:cut\w*|wood|blades?|plug\w*|electric|power|sharp|shed|garage|workshop|tools?|drill|(?:use|uses|used|using|hold|holds|held|holding|start|switch on|turn on) (?:the|his|her|their|a|my|dad'?s|mum'?s|grandad'?s|grandpa'?s)|(?:dad|daddy|grandad|grandpa|uncle|his|her)'?s)\b[^.?!]{0,30}\bjig ?saws?\b(?! ?puzzles?)"
)
# (mends) a grown-up letting the child hold or use a power tool: "grandad let me hold the chain saw".
_LET_ME_USE = prefiltered(
    r"\b(?:let|lets|letting|allowed|allows) me (?:hold|use|start|rev|try|turn on|switch on|have a go)\b"
)
_WIRES = re.compile(r"\b(?:wires?|cables?|electric fence|power lines?|electricity)\b")
_HOT_THING = re.compile(
    r"\b(?:hot|stove|oven|iron|kettle|fire|flames?|heater|fireplace|grill|candle|boiling|hob|cooker|fryer)\b"
)
_AGENCY = prefiltered(
    r"\b(?:can i|could i|may i|how do i|how can i|how to|how do you|i want to|i wanna|i'?m going to|im going to|i'?m gonna|im gonna|gonna|"
    r"let'?s|i will|i'?ll|should i|is it ok|is it okay|what happens if|what if i|i like to|i tried|i did|i put|i ate|"
    r"i drank|i took|i found|i licked|i touched|i climbed|i jumped|by myself|on my own|alone|without (?:asking|telling|mom|dad|a grown)|"
    r"i want|i'?m allowed|nobody will know|secretly|i played|play with|playing with|taste|eat|eating|swallow|drink|try|trying|"
    r"i light|i lit|i'?m playing|we played|we'?re going to|we are going to|i plan|dare me|dared me|i'?m about to|"
    r"(?:dared|dare|daring|double dared) each other|we dared|i dared|we touched|we tried|"
    # (flags8081) a plan told in the plural: "me and my brother want to climb out the window"
    r"(?:we|me and (?:my )?\w+|me n (?:my )?\w+|my \w+ and (?:i|me)) (?:really )?(?:want to|wanna|are going to|are gonna|plan to|are planning to|will|'ll))\b"
)
_SAFE_USE = prefiltered(
    r"\b(?:gave me|give me|gives me|made me take|doctor|nurse|dentist|when i (?:was|had|got) (?:sick|ill|a cold|a fever|a cough)|"
    r"because i (?:was|had) (?:sick|a fever|a cold)|firefighters?|fire ?fighters?|fire (?:truck|engine|station|drill|alarm|fighter|safety|department)|"
    r"campfire|camp fire|bonfire|birthday candles?|blow out|blew out|cake|carrots?|vegetables|cooking with|helped (?:me|mom|dad)|with (?:mom|dad|mum|grandma|grandpa|my (?:mom|dad|mum|grandma|grandpa|parents))|"
    r"grown[- ]?ups? (?:helped|was|were|watched|did)|safety scissors|kid scissors|craft|crafts|cut out|cut paper|paper|hair cut|haircut|vitamin gummies|"
    r"glue stick|glue sticks|pritt|elmer'?s|lifeguard|swim(?:ming)? (?:lessons?|class|team)|arm ?bands|floaties|the dragon|dragons?|in (?:the|my) game|minecraft|fortnite|story|"
    r"safely|safety|scouts?|badge|supervis\w*|lessons?|with (?:our|my|a|the) (?:leader|teacher|coach|instructor|parents?)|"
    r"fish|fishing|no[,]? (?:thank|thanks)|wouldn'?t|never|don'?t|not allowed|(?:nobody|no ?one|no-one) should (?:ever )?(?:play|touch|use|light|set|let)|(?:kids|children|people|you|we) (?:shouldn'?t|should not|should never|mustn'?t|must not|must never)|scared of|afraid of|someday|some day|when i grow up|when i'?m (?:older|bigger|a grown ?up)|chef|cook|cooking|ear infection|on (?:his|her|their|the|grandpa'?s|uncle'?s) farm|(?:lets|let|letting|helps|helped|showed|shows|teaches|taught) me\b[^.?!]{0,40}\bwith (?:him|her|them)|(?:my|his|her) (?:medicine|inhaler|antibiotics|vitamins)|for (?:my|his|her|the) (?:cough|cold|fever|flu|allergies|allergy|asthma|headache|tummy ?ache|ear ?ache|sore throat|tummy|ears?|throat))\b"
)
_MEDICINE_WORDS = frozenset(
    ("pill", "pills", "tablets", "medicine", "medicines", "medication", "vitamins")
)
# (fa8687) or the flame in the child's own hands, alone: "he lets me hold the lighter on my own".
_FIRE_INTENT = prefiltered(
    r"\bi (?:want|wanna|'?m going|'?m gonna|will|'?ll) (?:to )?(?:burn|set fire|light)\b"
    r"|\b(?:lets? me |allows? me to |i (?:get to |can |could |am allowed to |'?m allowed to |always |got to )?)(?:hold|use|light|strike|have|play with|carry|click)(?:s|ed)? (?:the |a |his |her |my |our |some |their )?(?:long )?(?:lighters?|matches|match|match ?box|blow ?torch)\b[^.?!]{0,20}\b(?:on my own|by myself|all by myself|alone|without (?:him|her|them|help|anyone|a grown-?up))\b"
)
_TEDDY_ENCOURAGE = prefiltered(
    r"\b(?:you can|you could|try|go ahead|it'?s fun|is fun|are fun|so fun|really fun|taste like candy|tastes? (?:like candy|yummy|good|sweet)|by yourself|get (?:one|some|it) yourself|yourself|let'?s|why not|strike|"
    r"climb|just|totally fine|won'?t hurt|will not hurt|doesn'?t hurt|is safe|it'?s safe|is okay|is ok|it tickles|tickles|nobody will know|secretly|a few|jump)\b"
)
# (fanote) "don't" warns, but "you don't need to wait for the green man" waves a rule away.
_TEDDY_SAFETY = prefiltered(
    r"\b(?:never|(?:don'?t|do not)(?! (?:need|have to|bother|wait)\b)|only (?:for )?grown[- ]?ups|ask a grown[- ]?up|ask (?:your|a) (?:parent|mom|dad|grown)|with a grown[- ]?up|not safe|isn'?t safe|dangerous|stay away|be careful|not for kids|not toys|too (?:young|dangerous|hot|sharp)|let a grown[- ]?up (?:do|help|handle)|keep away|please don'?t|(?:are|is) (?:just |only )?for grown[- ]?ups|keep (?:the |your |it |them |that |those |all )?(?:\w+ ){0,2}?away from|safety rules?|ask (?:mum|mom|mummy|mommy|dad|daddy|your (?:mum|mom|dad|parents?)|a grown[- ]?up) to help)\b"
)

_DRUG_WORDS = prefiltered(
    r"\b(?:beer|beers|wine|vodka|whiske?y|rum|tequila|gin|brandy|sherry|lager|prosecco|schnapps|bourbon|hot toddy|alcohol|alcoholic|booze|liquor|champagne|cocktails?|drunk|tipsy|hangover|"
    r"cigarettes?|cigs?|cigars?|tobacco|(?:try|trying|tried|start|started|like|love|enjoy|go|went) smok(?:e|ing)|(?:(?<=\bi )|(?<=\bwe )|(?<=\bu ))smok(?:e|ed|ing)|(?:you|they|kids|people|teens|he|she|dad|mom|mum) smok(?:e|es|ed|ing)|smok(?:e|es|ed|ing) (?=(?:a |some |the )?(?:cigarettes?|cigs?|weed|pot|joints?|cigars?|vapes?|blunts?|crack|meth|it|them|one))|vapes?|vaping|vaped|juul|nicotine|weed|marijuana|cannabis|pot brownies?|edibles|joints?|blunts?|bongs?|"
    r"cocaine|coke|crack|meth|heroin|lsd|acid|shrooms|mushrooms that make|ecstasy|molly|drugs?|sniff(?:ing|ed)? (?:the |some |a |mums |mum'?s |dads |dad'?s |my |that )?(?:markers?|sharpies?|glue|pens|paint|petrol|gas|aerosols?|deodorant|nail polish|nail varnish|whiteboard pens|hand ?gel|hand ?saniti[sz]er|saniti[sz]er|hair ?spray|air freshener|spray paint|correction fluid|tipp?-?ex|lighter fluid|nail polish remover|lynx|body spray)|huff(?:ing)?|get high|getting high|got high|stoned|high on|makes? (?:you|u|me|people|us) high|"
    r"pills to get|xanax|fentanyl|opioids?|snort\w*|inject\w*|shots of|hard liquor|lean|sizzurp|"
    r"get(?:ting)? (?:wasted|hammered|plastered|smashed|trashed|buzzed|blazed|baked|faded|crossfaded)|wasted|hammered|blazed|420|dab pen|thc|cbd gumm\w*)\b"
)
_CHILD_ONLY_DRINKS = frozenset(
    ("brandy", "sherry", "lager", "prosecco", "schnapps", "bourbon", "hot toddy")
)
_DRUG_BENIGN = prefiltered(
    r"\b(?:root beer|ginger beer|butter ?beer|smoke (?:alarm|detector|signals?|machine|bomb)|smoked (?:salmon|ham|meat|cheese)|smokey|"
    r"smoke (?:from|came out of) the (?:campfire|fire|chimney|dragon|volcano|train|toaster|oven|kitchen)|dragon (?:smoke|breath)|weeds? (?:the|in the) garden|pull(?:ed|ing)? (?:the )?weeds|"
    r"drug ?store|wine gums?|coke (?:zero|a cola|can)|(?:cans?|bottles?|glass|cups?) of coke|diet coke|coca[- ]?cola|red wine vinegar|cooking wine|acid rain|lemon|citric acid|"
    r"inject(?:ion)? at the doctor|vaccine|crack (?:an egg|the code|the egg|open|the eggs|eggs|(?:me|us|him|her) up)|cracked|cracks|(?:ice|glass|eggs?|screens?|it) (?:can |could |might |will |may )?crack|rum cake|gin rummy|brandy (?:snaps?|butter|sauce)|sherry trifle|lean (?:on|against|back|forward)|smoke (?:and|or) fire|the fire|campfire|joints? (?:hurt|ache)|knee joint)\b"
)
_DRUG_INVOLVED = prefiltered(
    r"\b(?:i|me|we|my friend and (?:i|me)|can i|could i|how do you|how do i|how to|let'?s|try|tried|trying|taste|tasted|drink|drank|"
    r"smoke|smoked|gave me|give me|offered me|gave us|give us|offered us|us|want|wanna|had some|have some|sip|sips|buy|bought|sneak|snuck|steal|stole|get me|got me|dared|"
    r"can you|how much|how many|where can|where do|is it (?:ok|okay|safe|fun|bad)|what does it feel|feel like|you should|got drunk|get drunk|party)\b"
)


# An injection at the doctor's, the vet's or the farm, for a vaccine or for insulin; (false
# alerts 5) or the child's own injections ("im getting my injections tomorrow", "do
# injections hurt? i have to get one next week").
_MEDICAL_INJECTION = prefiltered(
    r"\b(?:doctors?|nurse|vaccin\w*|jab|hospital|dentist|flu|injection for|vets?|lambs?|calves|cows?|sheep|horses?|animals?|farmer|insulin|diabet\w*|epi-?pen|allerg\w*)\b"
    r"|\b(?:my|our) (?:\w+ )?injections?\b|\binjections? (?:hurt|sting|stings|hurts)\b|\b(?:get|getting|got|had|having|have) (?:an |my |our |the |\w+ )?injections?\b"
    r"|\b(?:measles|mumps|rubella|mmr|polio|tetanus|whooping cough|chicken ?pox|meningitis|hpv|covid|germs|immun\w*|booster)\b|\binjections? (?:was|were|is|are|can|might|may|will|felt|feels?)? ?(?:so |really |a bit |a little |quite )?(?:brutal|pinch\w*|sore|scratch\w*|painful|quick|scary|horrible|awful|ouchy)\b"
)
_HARD_DRUG = prefiltered(
    r"weed|marijuana|cannabis|edibles|joints?|blunts?|bongs?|cocaine|meth|heroin|lsd|shrooms|ecstasy|molly|drugs?|high|stoned|xanax|fentanyl|opioids?|snort|inject|thc|dab pen|wasted|hammered|blazed|420|lean|sizzurp"
)
_DISAPPROVAL = prefiltered(
    r"\b(?:(?:i think|it'?s|that'?s|its) (?:so |really )?(?:gross|bad|disgusting|yucky|stupid|dumb|dangerous)|i (?:would|will) never|i (?:don'?t|do not) want to|i said no|bad for you)\b"
)
_EDUCATION = prefiltered(
    r"\b(?:health class|in class|at school we|learned about|learning about|talked about|a report on|project on|dare program|why (?:they'?re|it'?s|they are|it is) bad|bad for (?:you|your|people)|legal (?:drinking )?age|say no to)\b"
    r"|\b(?:in|at|during|for) (?:pshe|pshce|pse|rse|health|science|assembly|class|circle time|citizenship|biology)\b|\b(?:pshe|pshce|health|science|biology|citizenship) (?:lesson|class|topic|homework|project|teacher)\b|\b(?:lesson|assembly|talk|topic) (?:about|on)\b"
)


def find_risky(text: str, *, teddy: bool) -> list[Finding]:
    found: list[Finding] = []
    # Each frame below reads the whole text: worked out once, at the first match that asks,
    # not once per match (a long text with many matches would otherwise go quadratic).
    frames: dict[str, bool] = {}

    def frame(name: str, test: Callable[[], object]) -> bool:
        if name not in frames:
            frames[name] = bool(test())
        return frames[name]

    for m in _DANGER.finditer(text):
        if m.group() == "matches" and frame("games", lambda: matches_as_games(text)):
            continue  # "drink lots of water before matches": games, not fire
        if m.group().startswith("jig") and not frame("saw", lambda: _JIGSAW_AS_SAW.search(text)):
            continue  # (fanote) "can we do a jigsaw": a puzzle, not the saw
        if m.group() == "faint" and frame("pretend_faint", lambda: pretend_faint(text)):
            continue  # (round 42) "at drama club i did a pretend faint": acting, not a game
        if teddy:
            if frame(
                "teddy_safe",
                lambda: (
                    frame("teddy_safety", lambda: _TEDDY_SAFETY.search(text))
                    or (TEDDY_MEDICINE_RULE.search(text) and not MEDICINE_MISUSE.search(text))
                    or (TEDDY_ROAD_SAFETY.search(text) and not TEDDY_ROAD_RISK.search(text))
                    or (TEDDY_TOOL_WITH_GROWN_UP.search(text) and not TEDDY_TOOL_ALONE.search(text))
                    or teddy_kitchen_roles(text)
                ),
            ):
                continue
            if (
                m.group().endswith("high")
                and HIGH_ON_PLAY_EQUIPMENT.match(text, m.end() - 4)
                and not frame("high_too", lambda: DRUG_HIGH_TOO.search(text))
            ):
                continue  # "you jumped really high on the trampoline": praise for a jump
            risk = SEVERE if frame("encourage", lambda: _TEDDY_ENCOURAGE.search(text)) else MODERATE
            found.append(Finding(DA, "dangerous_instruction", risk, m.start(), m.end()))
            continue
        frame(
            "fire_shared",
            lambda: FIRE_WITH_A_GROWN_UP.search(text) is not None and not FIRE_ALONE.search(text),
        )
        if _WIRES.search(m.group()) and frame("pet_wires", lambda: pet_guarded_from_wires(text)):
            continue  # (round 46) "how do i get my bunny to stop chewing the cables"
        if _HOT_THING.search(m.group()) and frame("accident", lambda: home_accident(text)):
            # (rounds 45-46) "i put my hand on the hot cooker by accident": a mention
            found.append(Finding(DA, "danger_mention", MILD, m.start(), m.end()))
            continue
        if (_HOT_THING.search(m.group()) or "glue" in m.group()) and frame(
            "burn_seen_to", lambda: burn_seen_to(text)
        ):
            continue  # (fa9091) "the hot glue gun got my finger so i put it under cold water"
        if m.group() == "glue" and frame("glue", lambda: glue_for_crafts(text)):
            continue  # "how do i make slime, mum said i can use her glue": a craft
        if m.group() in _MEDICINE_WORDS and frame("elder_meds", lambda: elder_own_medicine(text)):
            continue  # "grandpa takes his heart pills and lets me open the box": his, as usual
        if (
            m.group() in _MEDICINE_WORDS
            or (m.group() in ("knife", "knives") and PILLS_HALVED.search(text))
        ) and frame("carer_meds", lambda: carer_medicine(text)):
            continue  # (round 63) "daddy cuts my pills in half", "the medicine tastes yucky"
        if frame(
            "safe_use",
            lambda: (
                (
                    _SAFE_USE.search(text)
                    and (not _FIRE_INTENT.search(text) or frames["fire_shared"])
                )
                or frames["fire_shared"]
                or birthday_candles(text)  # (fa54) "i want to light the candles on my cake"
                or (KNIFE_IN_THE_KITCHEN.search(text) and not KNIFE_ALONE.search(text))
                # (false alerts 6) a grown-up teaching with a tool, holding the child's hands
                or skill_taught_hands_held(text)
                or skill_shown(text)  # (fa8283b) "the farmer showed us how to whittle"
                # (fa8485b) "grandpa lets me help with the bbq but he holds the long lighter"
                or grown_up_keeps_the_danger(text)
            ),
        ):
            continue
        if frame("agency", lambda: _AGENCY.search(text)) or (
            _POWER_TOOL.fullmatch(m.group()) and _LET_ME_USE.search(text)
        ):
            found.append(Finding(DA, "dangerous_activity", MODERATE, m.start(), m.end()))
        elif not _POWER_TOOL.fullmatch(m.group()):
            # (round 58) a grown-up's chainsaw only named (a fair's scare, a tree cut down) is
            # nothing; the child using it is the flag above.
            found.append(Finding(DA, "danger_mention", MILD, m.start(), m.end()))
    if not teddy and all(f.risk < MODERATE for f in found if f.category is DA):
        lit = _FIREWORK_IN_HAND.search(text)
        if lit and not _FIREWORK_WARNED.search(text):
            found.append(Finding(DA, "dangerous_activity", MODERATE, lit.start(), lit.end()))
    benign = _DRUG_BENIGN.search(text) is not None
    # "grandpa has a beer with his dinner": a grown-up's ordinary drink, the child not in it.
    ordinary = ADULT_HAS_A_DRINK.search(text) is not None and not DRINKING_CONCERN.search(text)
    # The teddy describing a grown-up's drink (never offering one) is a mention.
    teddy_describes = teddy and ordinary and not frame("invites", lambda: teddy_drink_invites(text))
    # (round 30) The harm of drugs taught or agreed with; a story's pirate drinking rum.
    harm_taught = DRUG_HARM_TAUGHT.search(text) is not None and not DRUG_HARM_SPOILT.search(text)
    story_drink = (
        teddy
        and STORY_CHARACTER_DRINKS.search(text) is not None
        and not frame("invites", lambda: teddy_drink_invites(text))
    )
    ordinary = ordinary and not teddy
    for m in _DRUG_WORDS.finditer(text):
        word = m.group()
        if teddy and word in _CHILD_ONLY_DRINKS:
            continue  # (miss5455) read in a child's words; the teddy's are judged as before
        if word.startswith("inject") and frame("medical", lambda: _MEDICAL_INJECTION.search(text)):
            continue
        if word == "weed" and frame("wee", lambda: wee_written_weed(text)):
            continue  # (round 63) "i laughed so hard i nearly weed myself": wee'd
        if word.startswith("huff") and frame("wolf", lambda: wolf_huffs(text)):
            continue  # (round 46) "do the big bad wolf voice, huff and puff": a story
        if word in ("hammered", "wasted", "blazed") and frame(
            "literal", lambda: slang_said_literally(text)
        ):
            continue  # (round 48) "the farrier hammered nails into the horses feet"
        if benign and (
            word
            in (
                "beer",
                "coke",
                "crack",
                "smoke",
                "weed",
                "acid",
                "lean",
                "wine",
                "gin",
                "rum",
                "brandy",
                "sherry",
            )
            or "smok" in word
        ):
            continue
        if (
            word.startswith("blunt")
            and frame("blunt_dull", lambda: BLUNT_AS_DULL.search(text))
            and not frame("blunt_smoked", lambda: BLUNT_SMOKED.search(text))
        ):
            continue  # "my sharpener blade is blunt": dull, not the drug
        if (
            word.endswith(("high", "high on"))
            and HIGH_AS_HEIGHT.match(text, m.start() + word.index("high"))
            and frame("height_high", lambda: HEIGHT_HIGH.search(text))
            and not frame("high_too", lambda: DRUG_HIGH_TOO.search(text))
        ):
            continue  # "you climbed so high on the climbing wall": height
        if teddy:
            if teddy_describes and not _HARD_DRUG.fullmatch(word):
                found.append(Finding(DR, "alcohol_drug_mention", MILD, m.start(), m.end()))
                continue
            if story_drink or frame(
                "teddy_drug_safe",
                lambda: (
                    (frame("teddy_safety", lambda: _TEDDY_SAFETY.search(text)) or harm_taught)
                    and not _TEDDY_ENCOURAGE.search(text.replace("just", ""))
                ),
            ):
                found.append(Finding(DR, "alcohol_drug_mention", MILD, m.start(), m.end()))
                continue
            found.append(Finding(DR, "encourages_drugs", SEVERE, m.start(), m.end()))
            continue
        if (
            (ordinary and not _HARD_DRUG.fullmatch(word))
            or frame("education", lambda: _EDUCATION.search(text))
            or harm_taught
            or (
                frame("disapproval", lambda: _DISAPPROVAL.search(text))
                and not _HARD_DRUG.fullmatch(word)
            )
        ):
            found.append(Finding(DR, "alcohol_drug_mention", MILD, m.start(), m.end()))
        elif frame("involved", lambda: _DRUG_INVOLVED.search(text)) or _HARD_DRUG.fullmatch(word):
            found.append(Finding(DR, "drugs_alcohol", MODERATE, m.start(), m.end()))
        else:
            found.append(Finding(DR, "alcohol_drug_mention", MILD, m.start(), m.end()))
    return found
