# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Harmless readings of clubs, sport and the clinic (rounds 78 and 79's false alerts, miss7879),
each frame with the words that spoil it; a held frame takes back only the findings its harmless
reading explains:

- champagne sprayed or popped by the winners, the drivers or at a wedding, or the grown-ups'
  fizz while the children got lemonade ("the big boys team sprayed champagne when they won the
  cup but us kids got lemonade"): the drugs finding is taken back; spoilt by the child drinking,
  tasting or sneaking some, drunk or tipsy, a bottle taken;
- pictures of our drawings, dragons, pets or builds posted or shared in a club or a class ("in
  my online drawing club we post pictures of our dragons, mum checks the comments with me"):
  the photo stage is taken back; spoilt by pictures of me, my body or my face, a selfie, someone
  asking or wanting them, a private chat, sending them to him or her;
- a dentist's, a doctor's, a teacher's or a coach's secret signal for when the child wants to
  stop, needs a break or the toilet ("the dentist gave me a secret signal to do with my hand when
  i want her to stop"): the grooming secret is taken back; spoilt by the shared kinds (touching,
  a grown-up stranger), a secret from the parents, being alone, home, his car, coming with me;
- talking or walking funny "like i was drunk" after a medicine, the gas, an operation or a
  spin ("the sleepy medicine made me talk funny like i was drunk and mum filmed it"): the drugs
  and danger findings are taken back; spoilt by alcohol named, the child taking more, extra or
  its own, on purpose, to get high;
- the vet, the doctor or the hospital giving an animal or a person drugs for an illness ("the
  vet gave our rabbit drugs for her poorly eye"): the drugs finding is taken back; spoilt by
  street drugs, getting high, buying or selling, the child taking or trying them;
- something blunt: swords, scissors, a knife's end or a pencil ("Fencing uses blunt swords and
  masks so nobody gets hurt"), for the child and the teddy: the drugs finding is taken back;
  spoilt by smoking, rolling or lighting one, weed, getting high.

Declared as the tables CLUBS_AND_CLINICS and CLUBS_AND_CLINICS_TEDDY (benign_softening),
applied by rules_benign_frames_noticed.drop_noticed_frames with the other harmless-sense tables.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import AGAIN, HIDDEN, HURT, OLDER
from domain.safety.benign_softening import Softening
from domain.safety.prefilter import prefiltered

C = SafetyCategory

# --- champagne sprayed by the winners, lemonade for the children -------------------------------
_FIZZ = r"(?:champagne|champers|prosecco|cava|bubbly|fizz)"
_WINNERS_FIZZ = Frame(
    prefiltered(
        rf"\b(?:spray\w*|squirt\w*|pop\w*|shook|shaking|shake|poured (?:it )?(?:over|on)|threw|chucked) (?:\w+ ){{0,3}}?{_FIZZ}\b|\b{_FIZZ}\b[^.?!]{{0,40}}\b(?:spray\w*|everywhere|all over (?:each other|them|everyone)|on the podium|corks?|went pop)\b"
        rf"|\b(?:grown ?-?ups?|adults|parents|mums and dads|the big (?:boys|girls|ones)|the team|the winners|bride|groom)\b[^.?!]{{0,40}}\b(?:{_FIZZ}|wine|beer|cocktails?)\b[^.?!]{{0,40}}\b(?:but |and |while )?(?:us (?:kids|children)|we|the (?:kids|children)|i) (?:all )?(?:got|had|get|have|were given|was given|drank) (?:\w+ )?(?:lemonade|juice|shloer|squash|pop|fizzy (?:pop|drinks?|juice)|kids'? (?:champagne|fizz)|coke|cola|milkshakes?|water)\b"
    ),
    prefiltered(
        rf"\b(?:i|we|me|us)\b (?:\w+ ){{0,2}}?(?:drank|drunk|drink|tasted|taste|tried|try|sipped|sip|licked|lick|snuck|sneaked|nicked|took|stole|downed|finished|swigged)\b[^.?!]{{0,30}}\b(?:{_FIZZ}|wine|beer|cider|alcohol|booze|sip|swig|glass|taste|bottles?|the rest|leftovers?|some|it)\b"
        rf"|\b(?:i|we|me|us)\b (?:\w+ ){{0,2}}?(?:had|got|have|get) (?:a |some |the |a bit of |a sip of |a taste of |a glass of |a swig of )?(?:{_FIZZ}|wine|beer|cider|alcohol|booze|sip|swig|taste|glass)\b"
        r"|\b(?:let|lets|gave|give|offered) (?:me|us)\b|\b(?:drunk|tipsy|dizzy|sick|hangover|secret\w*|sneak\w*|snuck|nick\w*|don'?t tell|not tell|bottle (?:home|to take)|kept the bottle)\b"
    ),
    waives=(OLDER,),  # the winners and the grown-ups are the frame's own
)

# --- pictures of our drawings posted in a club ---------------------------------------------------
_MADE_OR_KEPT = r"(?:dragons?|drawings?|art|artwork|paintings?|sketch(?:es)?|doodles?|comics?|characters?|ocs?|fan ?art|lego|lego \w+|builds?|models?|cakes?|bakes?|baking|cookies|biscuits|pets?|dogs?|puppy|puppies|cats?|kittens?|hamsters?|rabbits?|bunn(?:y|ies)|guinea pigs?|fish|tortoises?|horses?|ponies|pony|crafts?|slime|gardens?|plants?|flowers?|creations?|projects?|robots?|rockets?|inventions?|cards?|monsters?|unicorns?|castles?|dens?|houses|bases|worlds|maps|minecraft \w+|roblox \w+|pokemon|sculptures?|clay \w+|knitting|sewing|cross stitch|embroidery|costumes?|outfits for (?:my |our )?(?:dolls|characters))"
_PICTURES_OF_THINGS = Frame(
    prefiltered(
        rf"\b(?:post|posts|posted|posting|share|shares|shared|sharing|upload\w*|put up|puts up|putting up|show|shows|showed|showing)\b (?:\w+ ){{0,2}}?(?:pictures?|pics?|photos?|drawings?|videos?|snaps?|images?) of (?:our|my|the|their|all (?:our|the|my)|everyone'?s|each other'?s|your) (?:own |new |best |latest |finished )?(?:\w+ )?{_MADE_OR_KEPT}\b"
        rf"|\b(?:post|posts|posted|posting|share|shares|shared|sharing|upload\w*|put up|puts up|putting up)\b (?:our|my|their|all (?:our|the|my)|everyone'?s) (?:own |new |best |latest |finished )?(?:\w+ )?{_MADE_OR_KEPT}\b"
    ),
    prefiltered(
        r"\b(?:of (?:me|myself|my ?self|my body|my face|you|yourself|ur ?self)|selfies?|my (?:face|body|legs|tummy|belly)|(?:in|wearing) (?:my|your|ur) (?:pyjamas|pjs|underwear|pants|knickers|swimsuit|swimming costume|bikini|bra|nightie|bed)|(?:he|she|they|someone|somebody|a man|a lady) (?:\w+ )?(?:asked|asks|wants?|wanted|keeps asking|begged)|send (?:him|her|them|it to)|sent (?:him|her|them)|private (?:chat|message|messages|server)|privately|dms?|direct message|snapchat|just for (?:him|her)|delete\w*|nobody can see|no ?one can see)\b"
    ),
)

# --- a grown-up's secret signal for "stop" -------------------------------------------------------
_HELPER = r"(?:dentists?|doctors?|nurses?|hygienists?|orthodontists?|opticians?|physios?|surgeons?|anaesthetists?|play specialists?|speech therapists?|therapists?|counsellors?|teachers?|teaching assistants?|ta|miss|sir|coach|coaches|instructors?|swimming teachers?|dance teachers?|hairdressers?|barbers?|lifeguards?|referees?|ref|leaders?|brown owl|akela|dinner ladies|lollipop (?:man|lady))"
_SIGNAL = r"(?:signals?|signs?|hand signals?|hand signs?|thumbs up|waves?|knocks?|taps?|codes?|code words?|words?|gestures?|raised hand|finger)"
_SIGNAL_TO_STOP = Frame(
    prefiltered(
        rf"\b(?:the |my |our |a |her |his )?{_HELPER}\b[^.?!]{{0,50}}\b(?:secret|special|private) {_SIGNAL}\b[^.?!]{{0,60}}\b(?:stop|break|rest|pause|toilet|loo|bathroom|wee|hurts?|sore|worried|nervous|scared|sick|help|too much|can'?t (?:do|breathe|see)|wait|slow down|need)\b"
        rf"|\b(?:secret|special|private) {_SIGNAL}\b[^.?!]{{0,60}}\b(?:stop|break|rest|pause|toilet|loo|hurts?|sore|worried|nervous|sick|help|too much|slow down)\b[^.?!]{{0,60}}\b{_HELPER}\b"
    ),
    prefiltered(
        r"\b(?:alone|just (?:me and|the two of) (?:him|her|us)|his (?:car|house|flat|van|room)|her (?:car|house|flat|room)|(?:his|her) phone|home|after (?:school|class|the lesson)|at night|online|message|text|don'?t (?:tell|say)|not (?:to )?tell|mum (?:can'?t|mustn'?t|won'?t) know|our (?:little )?secret|(?:comes?|came|goes|went|follows?|followed) (?:in )?with me|takes? me|took me|in there with me|lock\w*|kiss\w*|cuddl\w*|lap|touch\w*|privates?|clothes|undress\w*|presents?|gifts?|sweets|secret from|keep (?:it|this|that) (?:a )?secret|(?:mum|mom|dad|parents) (?:can'?t|mustn'?t|won'?t|don'?t|doesn'?t|never) (?:know|find out))\b"
    ),
    waives=(HIDDEN,),  # "a secret signal" is its own; a secret from mum is re-listed
)

# --- talking funny "like i was drunk" after a medicine or a spin ---------------------------------
_DOSED = r"(?:medicine|medicines|meds|medication|tablets?|syrup|calpol|piriton|antihistamines?|anaesthetic|anesthetic|general|sedation|sedative|sleepy (?:stuff|juice|medicine|gas)|gas and air|laughing gas|the gas|operation|op|surgery|dentist|wisdom teeth|tonsils?|hospital|injection|jab|ride|rides|roundabout|waltzers?|teacups|spinning|spun|merry-?go-?round|dizzy|tired|sleepy|no sleep)"
_AS_IF_DRUNK_WORDS = Frame(
    prefiltered(
        r"\b(?:like|as if|as though) (?:i was|i were|i'?m|im|i am|a|he was|she was|we were|they were|someone) (?:a bit |really |totally |proper |completely )?(?:drunk|tipsy|wasted)\b"
    ),
    prefiltered(
        r"\b(?:beer|wine|vodka|cider|lager|gin|rum|whisk(?:e)?y|alcohol|booze|shots?|cocktails?|i drank|we drank|drank (?:some|it|loads)|more than|extra|too (?:much|many)|loads of|lots of|whole (?:bottle|packet|box)|on purpose|for fun|to feel|to get|high|buzz|again|(?:took|take|had|have) (?:some|more) (?:by|on) my ?(?:self|own)|by my ?self|on my own|without asking|secret\w*|snuck|sneak\w*|nick\w*|stole|steal\w*|my own (?:medicine|meds|tablets)|someone else'?s|my (?:brother|sister|friend)'?s (?:medicine|meds|tablets|pills))\b"
    ),
    waives=(HURT,),  # the hospital is the frame's own
)
_DOSED_OR_SPUN = prefiltered(rf"\b{_DOSED}\b")


def _as_if_drunk(text: str) -> bool:
    """ "like i was drunk" after a medicine, the gas, an operation or a spin (looked for apart:
    one pattern spanning both scanned far from every "op" and "ride")."""
    return _AS_IF_DRUNK_WORDS(text) and _DOSED_OR_SPUN.search(text) is not None


# --- the vet or the doctor giving drugs for an illness --------------------------------------------
_CLINIC = r"(?:vets?|vet nurse|veterinary|animal hospital|doctors?|gp|nurses?|hospital|surgery|pharmacist|chemist|hospice|specialist)"
_ILL = r"(?:poorly|sore|bad|infected|broken|hurt|injured|sick|ill|pain|painful|operation|op|surgery|eyes?|ears?|legs?|paws?|teeth|tooth|tummy|stomach|skin|fleas|worms|cough|cold|infection|arthritis|cancer|heart|lungs?|chest|back|hips?|knees?|wound|stitches|lump|illness|condition|diabetes|epilepsy|fits|seizures?|kidneys?|liver|joints?|bladder|thyroid|allerg\w*|asthma|breathing|itch\w*|to (?:sleep|calm down|relax)|to make (?:him|her|it|them) (?:sleep|better|feel better))"
_CLINIC_GAVE_DRUGS = Frame(
    prefiltered(
        rf"\b(?:the |our |my |a |his |her )?{_CLINIC}\b[^.?!]{{0,40}}\b(?:gave|gives|give|giving|prescribed|prescribes|put (?:him|her|it|them) on|injected|gave (?:him|her|it|them) some) (?:\w+ ){{0,4}}?(?:drugs|drug)\b[^.?!]{{0,50}}\b(?:for|to|because|cos|after|before) (?:\w+ ){{0,3}}?{_ILL}\b"
        rf"|\b(?:drugs|drug)\b (?:from|by) (?:the |our |a )?{_CLINIC}\b[^.?!]{{0,50}}\b(?:for|to|because|cos|after|before) (?:\w+ ){{0,3}}?{_ILL}\b"
    ),
    prefiltered(
        r"\b(?:weed|cannabis|cocaine|coke|crack|heroin|meth|ketamine|ket|ecstasy|mdma|pills? (?:for|to) (?:fun|party)|high|stoned|buzz|sell\w*|sold|buy\w*|bought|dealers?|i took|we took|i tried|we tried|try some|tried some|took some|stole|steal\w*|nick\w*|pinch\w*|for fun|smok\w*|snort\w*|sniff\w*|too many|extra|my own|by my ?self|without asking|secret\w*|sneak\w*|snuck|ate (?:some|them|it)|to (?:see what|feel))\b"
    ),
    waives=(HURT, AGAIN),  # the hospital, the daily dose
)

# --- something blunt ------------------------------------------------------------------------------
_BLUNT_THING = Frame(
    prefiltered(
        r"\bblunt(?:-ended|-tipped| ended| tipped| edged| edges?| ends?| tips?| points?)?\b (?:\w+ ){0,2}?(?:swords?|foils?|epees?|sabres?|blades?|knife|knives|scissors|pencils?|crayons?|needles?|pins?|tools?|axes?|saws?|instruments?|cutlery|arrows?|spears?|lances?|sticks?|weapons?|teeth|claws?|horns?|spikes?|edges?|ends?|tips?|points?|side|rapiers?)\b"
        r"|\b(?:swords?|foils?|epees?|sabres?|blades?|knife|knives|scissors|pencils?|crayons?|needles?|tools?|axes?|saws?|arrows?|spears?|teeth|claws?|horns?|tips?|points?|edges?|ends?)\b (?:\w+ ){0,2}?(?:are|is|were|was|went|go|goes|gone|get|got|getting|stay|that are|kept) (?:\w+ )?blunt\b"
    ),
    prefiltered(
        r"\b(?:smok\w*|roll\w*|light (?:it|one|up)|lit|lighter|puff\w*|weed|joints?|spliffs?|high|stoned|blaze\w*|drugs?|buy\w*|sell\w*|dealers?|a blunt|the blunt|blunts)\b"
    ),
    waives=(HURT, AGAIN, OLDER),  # "so nobody gets hurt"
)

CLUBS_AND_CLINICS = (
    Softening(C.DRUGS_ALCOHOL, (_WINNERS_FIZZ, _as_if_drunk, _CLINIC_GAVE_DRUGS, _BLUNT_THING)),
    Softening(C.GROOMING, (_PICTURES_OF_THINGS,), label="photo"),
    Softening(C.GROOMING, (_SIGNAL_TO_STOP,), label="secrecy"),
    Softening(C.GROOMING, (_SIGNAL_TO_STOP,), label="secret_with_contact"),
    Softening(C.DANGEROUS_ACTIVITY, (_as_if_drunk,)),
)
"""What the harmless readings above take back in a child's message."""
CLUBS_AND_CLINICS_TEDDY = (Softening(C.DRUGS_ALCOHOL, (_BLUNT_THING, _CLINIC_GAVE_DRUGS)),)
"""What the teddy's harmless readings take back."""
