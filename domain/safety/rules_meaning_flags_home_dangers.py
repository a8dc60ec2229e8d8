# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Dangers at home a young child asks about or plans, read as meanings (round 43's flags):

- jumping from a height indoors or in the garden: off the top bunk, the wardrobe, the
  banister, the top of the stairs or the kitchen counter, onto the floor "like a ninja"
  ("can i jump off the top bunk at the cabin onto the floor like a ninja") - a dangerous
  activity;
- a household chemical taken for a treat: the blue stuff under grandma's sink that "looks like
  slushie", the pink liquid in the bathroom cupboard, the bottle in the laundry that looks
  like lemonade ("can i drink the blue stuff under grandmas sink? it looks like slushie") - a
  dangerous activity;
- hurting a baby brother or sister out of jealousy: pushing the new baby off the couch, pinching
  or dropping the baby "so mum will look at me again", "because mum only cuddles her now"
  ("i wanna push the new baby off the couch so mom will look at me again") - violence.

Near misses stay allowed: jumping off the bottom step, the diving board or onto the
trampoline, sleeping on the top bunk, a blue slushie at the cinema, cleaning with grandma,
the cleaning things kept locked away, a baby brother who fell off the couch and was fine,
pushing the baby in her pram, cuddling the new baby.

(fa54) Opening up a mains appliance to fix its wires oneself ("the heater in the motel is broke
can i open it up and fix the wires myself") - a dangerous activity; near misses: a toy robot's
or a battery kit's wires, an electrician or a grown-up fixing it.

(miss6465b) Plugging in or switching on a lamp or a heater whose wires are poking out, frayed or
bare - a dangerous activity; near misses: a new lamp plugged in, a grown-up taping the wire or
an electrician checking it.

(miss91) The bottles under the sink or mum's cleaning sprays mixed into a potion or slime, and an
appliance taken apart or opened up while still plugged in or switched on - a dangerous
activity; near misses: a potion of water and glitter, vinegar and bicarb, the bottles locked
away, the old toaster taken apart with dad after unplugging it."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered

# --- a jump from a height -------------------------------------------------------------------
_ASKS_OR_PLANS = (
    r"(?:can i|could i|can we|could we|may i|is it ok(?:ay)? (?:if|to)|am i allowed to|i'?m allowed to|i want to|i wanna|i wanted to|i'?m gonna|im gonna|i'?m going to|im going to|gonna|i'?ll|ill|i will"
    r"|let'?s|lets|watch me|dare me to|dared me to|i dare you to|i bet i can|i like to|i always)"
)
_HIGH_PLACE = (
    r"(?:(?:the |my |our |his |her |\w+'?s )?(?:top (?:of (?:the |my |our )?)?)?(?:top bunk|bunk ?beds?|bunks?|wardrobes?|banisters?|bannisters?|stair ?rails?|landing|balcony|windowsills?|window ?sills?|fridge|kitchen (?:counter|worktop|cupboards?)|counters?|worktops?|bookcases?|bookshelf|bookshelves|shelves|tree ?house|high wall|shed|car roof)"
    r"|(?:the |our )?top (?:of the )?(?:stairs|steps|slide|ladder)|(?:the |our )?(?:upstairs )?window|halfway up the stairs)"
)
_JUMP = r"(?:jump|jumping|jumped|leap|leaping|leapt|dive|diving|dived|flip|flipping|flipped|somersault\w*|backflip\w*|bomb|fly|flying|hop|hopping)"
_LANDING = r"(?:floor|ground|concrete|tiles|tiled floor|carpet|laminate|patio|pavement|grass|hall|driveway|path|decking|wooden floor|hard floor|landing)"
_LIKE_A_HERO = r"like (?:a |an )?(?:ninja|superhero|super hero|superman|spider-?man|batman|bird|power ranger|stunt ?(?:man|woman|person)|parachute\w*|sky ?diver)"
JUMP_FROM_A_HEIGHT = prefiltered(
    rf"(?:\b{_ASKS_OR_PLANS}\b[^.?!]{{0,15}}|\b(?:i|we|me and (?:my )?\w+|(?:my|our) \w+ and (?:i|me)) (?:just |once |then |did a )?)\b{_JUMP}\b (?:off|from|down from|out of|out from) (?:of )?{_HIGH_PLACE}\b[^.?!]{{0,40}}\b(?:(?:onto|on to|on|into|to) (?:the |our |my )?{_LANDING}|{_LIKE_A_HERO}|head ?first|without (?:a |any )?(?:mat|cushion|anyone)|as high as|all the way down)\b"
)
# Soft, low or supervised: a gym, cushions, the bottom step, a crash mat, a pool.
JUMP_SAFE = prefiltered(
    r"\b(?:bottom (?:step|stair|bunk)|last (?:step|stair)|first step|one step|little step|low|small|gymnastics|gym class|trampoline|trampolining|soft play|foam pit|crash mats?|gym mats?|cushions?|pillows?|bean ?bags?|mattress|duvet|pool|water|swimming|diving board|lake|sea|sand|sandpit|ball pit"
    r"|in (?:my|the|a) (?:dream|game|minecraft|roblox|fortnite|story)|pretend|my (?:toy|teddy|lego|doll|action figure)|(?:toy|teddy|lego|doll|action figure)s? (?:jump|dive|fly)\w*|parachute (?:game|toy)|wouldn'?t|would never|not allowed|mum said no|dad said no)\b"
)

# --- a household chemical taken for a treat ----------------------------------------------------
_TAKE = r"(?:drink|drinking|drank|sip|sipping|sipped|taste|tasting|tasted|try|trying|tried|lick|licking|licked|eat|eating|ate|swallow|swallowing|swallowed|have (?:some|a sip|a taste|a bit)|had (?:some|a sip|a taste|a bit)|put (?:some|it) in my mouth)"
_THING = r"(?:stuff|liquid|juice|drink|water|gel|goo|bottle|bottles|tablets?|capsules?|pods?|cubes?|balls?|sweets?|powder|crystals|squirty stuff|spray|soap|bubbles)"
_COLOUR = r"(?:blue|green|pink|purple|yellow|orange|red|bright|shiny|sparkly|glittery|see-?through|clear|fizzy|bubbly|smelly|nice-?smelling|lemony|minty|gooey|squishy|squeezy|little|big|funny|weird)"
_KEPT = (
    r"(?:under (?:the |my |our |(?:\w+'?s) )?(?:kitchen |bathroom )?sinks?|(?:in|from|out of|inside|at the back of) (?:the |my |our |(?:\w+'?s) )?(?:(?:kitchen|bathroom|laundry|utility|cleaning|bottom|under ?stairs|under the stairs|garage|shed) )?(?:cupboards?|cabinets?|laundry room|utility room|garage|shed|toilet|toilet cistern|cleaning box|cleaning bucket|bucket|caddy|washing machine drawer)"
    r"|(?:next to|by|behind) (?:the |(?:\w+'?s) )?(?:toilet|sink|washing machine|bath))"
)
# "the blue stuff under grandma's sink", "the pink liquid in the bathroom cupboard".
_KEPT_THING = rf"(?:the |some |that |this |those |a |an |(?:\w+'?s) )?(?:{_COLOUR} ){{0,2}}{_THING}\b[^.?!]{{0,15}}\b{_KEPT}"
_LOOKS_LIKE_A_TREAT = (
    r"(?:looks?|looked|smells?|smelled|smelt|tastes?|seems?) (?:just |exactly |a bit |kind of |kinda |so much )?like (?:a |an |some )?(?:blue |green |pink |red |yellow |orange |purple |raspberry |strawberry |lemon |apple )?"
    r"(?:slushies?|slushy|slush puppies|slurpees?|juice|lemonade|squash|pop|fizzy drinks?|sweets?|sweeties|candy|candies|jelly|jellies|gummies|gummy bears?|smarties|skittles|milk|milkshake|smoothies?|sprite|fanta|ice ?pops?|lollies?|lollipops?|ice cream|sherbet|sugar|bubblegum|honey|syrup|energy drinks?|mouthwash|medicine)"
)
CHEMICAL_AS_A_TREAT = prefiltered(
    rf"\b{_TAKE}\b[^.?!]{{0,10}}{_KEPT_THING}\b"
    rf"|\b{_KEPT_THING}\b[^.?!]{{0,60}}\b(?:{_LOOKS_LIKE_A_TREAT}|can i (?:\w+ )?{_TAKE}|i (?:want|wanna|wanted) (?:to )?{_TAKE}|i'?m (?:gonna|going to) {_TAKE}|i {_TAKE})\b"
    rf"|\b(?:bleach|cleaner|cleaning (?:stuff|spray|liquid|products?)|washing[- ]up liquid|fabric softener|softener|toilet (?:duck|cleaner|blocks?|stuff)|window cleaner|disinfectant|dettol|domestos|fairy liquid|washing (?:liquid|powder)|laundry (?:liquid|pods?|capsules?)|dishwasher (?:tablets?|liquid|stuff)|drain cleaner|antifreeze|white spirit|turps|paraffin|lamp oil|air freshener)\b[^.?!]{{0,40}}\b{_LOOKS_LIKE_A_TREAT}\b[^.?!]{{0,30}}\b(?:can i|could i|i (?:want|wanna)|i'?m (?:gonna|going to)|i (?:drank|tasted|ate|licked|tried|had)|let'?s)\b"
)
# Cleaning with a grown-up, kept locked away, a real slushie bought or made: not a danger.
CHEMICAL_SAFE = prefiltered(
    r"\b(?:never (?:drink|touch|eat|taste)|don'?t (?:drink|touch|eat|taste)|(?:not|never) allowed|mustn'?t|locked|lock|child ?lock|poison (?:sign|label|sticker)|mr yuk|helped (?:her|him|mum|mom|dad|grandma|nan|gran|grandad|grandpa) (?:clean|wash|tidy)|for (?:the|my|a) (?:experiment|science|volcano|slime))\b"
)

# --- hurting a baby brother or sister out of jealousy ------------------------------------------
_BABY = r"(?:(?:the|my|our|that|this|stupid|new|silly|annoying) (?:(?:new|stupid|little|annoying|silly|horrible) ){0,2}(?:baby|babby)(?: (?:brother|sister|bro|sis|twins?))?|(?:my|our|the) (?:baby|little|new|newborn) (?:brother|sister|bro|sis|twins?)|(?:the|our|my) twins|the newborn)"
_HURT = (
    r"(?:push|pushed|pushing|shove|shoved|shoving|hit|hitting|smack|smacked|slap|slapped|pinch|pinched|pinching|bite|bit|biting|kick|kicked|kicking|scratch|scratched|squish|squished|squash|squashed|squeeze|squeezed|"
    r"drop|dropped|dropping|throw|threw|throwing|chuck|chucked|trip|tripped|poke|poked|punch|punched|hurt|hurting|sit on|sat on|tip|tipped|smother|smothered|suffocate|drown|choke)"
)
_PLACE = (
    r"(?:off|out of|down|in|into|under|on) (?:the |a |my |his |her |its )?(?:couch|sofa|settee|bed|cot|crib|bunk|changing (?:table|mat)|stairs|steps|high ?chair|table|bin|cupboard|wardrobe|bath|pool|pond|toilet|garden|floor|window|balcony|road|box|drawer|cellar|shed)"
    r"|on (?:the |his |her |its )?(?:head|face|tummy|soft spot)|really hard|so hard|on purpose|when (?:mum|mom|mummy|mommy|dad|daddy|nobody|no one|they)(?:'?s| is| isn'?t| are|'?re)? (?:not )?(?:looking|watching|asleep|out|downstairs|in the shower|busy)"
)
_JEALOUS = (
    r"(?:so|then|and then|cos|coz|because|cause|bc|since|till|until) (?:that )?(?:mum|mom|mummy|mommy|dad|daddy|mama|papa|they|everyone|everybody|my parents|mum and dad|mom and dad|nan|grandma)\w* (?:will |would |can |could |might |has to |have to |only |always |just |never |don'?t |doesn'?t |does|do )?"
    r"(?:look\w* at|notic\w*|pay\w* attention to|play\w* with|cuddl\w*|hold\w*|lov\w*|lik\w*|want\w*|car\w* about|talk\w* to|see|sees|spend\w* time with|read\w* to|pick\w* me up|hug\w*|kiss\w*)"
    r"|(?:hate|hates|don'?t like|don'?t want|never wanted|wish)\b[^.?!]{0,10}\b(?:the|my|our|that|this) (?:new |stupid )?(?:baby|babby|brother|sister)"
    r"|(?:go|send \w+|take \w+|give \w+) back (?:to the hospital|where (?:it|he|she) came from)|(?:go|went) back to (?:how|the way) it was|(?:mum|mom|mummy|mommy|dad|daddy) (?:only|always) (?:\w+ )?(?:the|my|our|that) (?:new )?baby|more than (?:me|i)\b|instead of me|(?:forgot|forget|forgotten|ignore|ignores|ignored) (?:about )?me|nobody (?:looks|plays|cares)|no one (?:looks|plays|cares)"
)
_WANTS = r"(?:i (?:want|wanna|wanted|feel like|wish i could|am (?:gonna|going to)|will|keep wanting|might|could)|i'?m (?:gonna|going to)|i'll|i'?m about to|gonna|i pushed|i hit|i pinched|i bit|i kicked|i dropped|i threw|i smacked|i slapped|i scratched|i squashed|i sat on|i tipped|i rolled|i poked|i punched|i shoved|i tripped)"
# Not "the baby's bottle" or "my baby sister's dummy": the baby itself.
_THE_BABY_ITSELF = rf"(?:{_BABY})\b(?!'?s\b| (?:brother|sister|bro|sis)'?s\b)"
_SHUT_AWAY = r"(?:put|putting|stuff|stuffed|lock|locked|shut|shove|throw|chuck|hide|hid)"
_AWAY_PLACE = r"(?:in|into|inside) (?:the |a )?(?:bin|wheelie bin|cupboard|wardrobe|toilet|box|drawer|cellar|shed|washing machine|oven|freezer|fridge|pond|bag|suitcase|rubbish)"
HURT_THE_BABY = prefiltered(
    rf"\b{_WANTS}\b (?:to )?(?:\w+ )?{_HURT}\b {_THE_BABY_ITSELF}[^.?!]{{0,50}}\b(?:{_PLACE}|{_JEALOUS})"
    rf"|\b{_WANTS}\b (?:to )?(?:\w+ )?{_SHUT_AWAY}\b {_THE_BABY_ITSELF}[^.?!]{{0,10}}\b{_AWAY_PLACE}\b"
)
HURT_THE_BABY_NOT = prefiltered(
    r"\b(?:pram|buggy|stroller|pushchair|swing|swings|bouncer|rocker|gently|softly|carefully|tickl\w*|raspberr\w*|peekaboo|peek-a-boo|by accident|accidentally|so cute|soo+ cute|she'?s cute|he'?s cute|cuddle (?:her|him|it) (?:so )?(?:tight|much)|kiss\w*|bath time|nappy|feed|bottle|burp|helped|help mum|help mom|doll|dolly|teddy|toy|pretend|game|pillow|cushion|joking|jk)\b"
)

# --- (fa54) opening up a mains appliance to fix its wires ----------------------------------------
_MEND = r"(?:open\w* (?:it|them|that|the \w+) up|open\w* up|take (?:it|them|that|the \w+) apart|taking (?:it|them|the \w+) apart|unscrew\w*|fix\w*|mend\w*|repair\w*|rewir\w*|strip\w*|poke\w*|touch\w*|twist\w*|cut\w*|pull\w* out|mess\w* (?:about |around )?with|play\w* with|join\w*)"
_MAINS = (
    r"(?:wires?|wiring|cables?|fuses?|fuse ?box|electrics|sockets?|plug sockets?|mains|live bits?)"
)
_APPLIANCE = r"(?:heater|radiator|kettle|toaster|lamp|tv|telly|television|fridge|freezer|microwave|sockets?|plugs?|fan|oven|cooker|washing machine|dishwasher|light ?switch|lights?|hair ?dryer|hairdryer|straighteners|extension (?:lead|cord)|fuse ?box|boiler|electric \w+|power (?:point|strip)|air ?con\w*)"
MEND_THE_MAINS = prefiltered(
    rf"\b{_ASKS_OR_PLANS}\b[^.?!]{{0,40}}\b{_MEND}\b[^.?!]{{0,25}}\b{_MAINS}\b"
)
MAINS_APPLIANCE = prefiltered(rf"\b{_APPLIANCE}\b")
# (miss6465b) Plugging in or switching on something whose wires are bare, frayed or poking out:
# "i wanna plug in the old lamp from the removal box, the wires are poking out a bit".
_BARE = r"(?:poking out|sticking out|hanging out|coming out|showing|exposed|bare|frayed|fraying|split|chewed|melted|burnt|burned|broken|snapped|cut|hanging off)"
BARE_WIRES_PLUGGED = prefiltered(
    rf"\b{_ASKS_OR_PLANS}\b[^.?!]{{0,20}}\b(?:plug|plugging|switch|switching|turn|turning|use|using|put|putting)\b[^.?!]{{0,60}}\b(?:wires?|wiring|cables?|leads?|flex|cords?|plugs?)\b (?:are |is |all |a bit |bit |kind of |kinda )*{_BARE}\b"
    rf"|\b(?:wires?|wiring|cables?|leads?|flex|cords?)\b (?:are |is |all |a bit |bit |kind of |kinda )*{_BARE}\b[^.?!]{{0,60}}\b{_ASKS_OR_PLANS}\b[^.?!]{{0,20}}\b(?:plug|switch|turn|use)\w*\b"
)
MEND_SAFE = prefiltered(
    r"\b(?:toy|toys|lego|robot|kit|batter(?:y|ies)|science|experiment|circuit kit|electrician|landlord|repair ?man|(?:with|help|helps|helped|watch\w*) (?:my |a |the )?(?:dad|daddy|mum|mom|grandad|grandpa|uncle|grown-?up|adult)|not allowed|never|shouldn'?t|should i ask|call (?:someone|a)|game|minecraft|roblox)\b"
)

# --- (miss91) cleaning bottles mixed into a potion, an appliance opened while plugged in -------
_CLEANERS = r"(?:(?:all |some |loads of |lots of )?(?:of )?(?:the |mums? |mum'?s |dads? |dad'?s |nan'?s |our |my )?(?:bottles|stuff|sprays?|liquids?|chemicals|cleaners|cleaning (?:stuff|sprays?|bottles|products|liquids?|things))(?: \w+){0,2} (?:from |in |out of )?(?:under the (?:\w+ )?sink|the (?:cleaning|bathroom|kitchen) cupboard|the shed|the garage)|(?:all |some |loads of |lots of )?(?:of )?(?:the |mums? |mum'?s |dads? |dad'?s |nan'?s |our )?(?:cleaning (?:stuff|sprays?|bottles|products|liquids?|things)|cleaners|chemicals|bleach|toilet cleaner|oven cleaner|drain cleaner|washing up liquid and bleach))"
MIX_THE_CLEANERS = prefiltered(
    rf"\b(?:mix|mixes|mixed|mixing|pour|pours|poured|pouring|combine|combined|combining|stir|stirred|stirring|put|putting) (?:together )?{_CLEANERS}\b[^.?!]{{0,50}}\b(?:together|potion|potions|slime|experiment|science|to see what happens|see what happens|magic|bucket|bowl|bottle|cup|in a)\b"
    rf"|\b(?:mix|mixes|mixed|mixing) {_CLEANERS}\b"
)
_MIX_SAFE = prefiltered(
    r"\b(?:locked|lock|not allowed|never|shouldn'?t|water and glitter|pretend|for cleaning|to clean|helped (?:my )?(?:mum|dad|nan)|with (?:my )?(?:mum|dad|nan|grandma))\b"
)
_OPEN_UP = r"(?:took|take|takes|taking|pull|pulled|pulling|prise|prised|prising) (?:\w+ ){0,3}?(?:apart|to bits|to pieces|open)|(?:open|opened|opening|opens) (?:\w+ ){0,3}?up|unscrew\w*|pok\w* (?:around |about )?inside|took the back off|take the back off|taking the back off"
_STILL_LIVE = r"(?:(?:while|when|with) (?:it|it'?s|its|it was|it is|they were|they are|the \w+ was|the \w+ is)? ?(?:still )?(?:plugged in|switched on|turned on|on at the (?:wall|plug|socket))|(?:while|when) (?:it|it'?s|its|it was|it is) still on|without (?:un ?plugging|switching (?:it )?off|turning (?:it )?off) (?:it|the \w+)?)"
APART_PLUGGED_IN = prefiltered(rf"\b(?:{_OPEN_UP})\b[^.?!]{{0,50}}?\b{_STILL_LIVE}")
# a rule told, not a thing done: "mum says never take a plug apart while its plugged in"
_TOLD_NOT_TO = prefiltered(r"\b(?:never|not allowed|shouldn'?t|mustn'?t|don'?t ever|do not)\b")


def find_home_danger_flags(text: str) -> list[Finding]:
    found: list[Finding] = []
    if (
        (JUMP_FROM_A_HEIGHT.search(text) and not JUMP_SAFE.search(text))
        or (CHEMICAL_AS_A_TREAT.search(text) and not CHEMICAL_SAFE.search(text))
        or (
            MEND_THE_MAINS.search(text)
            and MAINS_APPLIANCE.search(text)
            and not MEND_SAFE.search(text)
        )
        or (BARE_WIRES_PLUGGED.search(text) and not MEND_SAFE.search(text))
        or (MIX_THE_CLEANERS.search(text) and not _MIX_SAFE.search(text))
        or (APART_PLUGGED_IN.search(text) and not _TOLD_NOT_TO.search(text))
    ):
        found.append(
            Finding(SafetyCategory.DANGEROUS_ACTIVITY, "home_danger", MODERATE, 0, len(text))
        )
    if HURT_THE_BABY.search(text) and not HURT_THE_BABY_NOT.search(text):
        found.append(Finding(SafetyCategory.VIOLENCE, "hurt_the_baby", MODERATE, 0, len(text)))
    return found
