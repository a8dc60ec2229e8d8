# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Worries and risky plans at clubs, on teams and at home (rounds 78 and 79's flags, flags7879),
read as meanings:

- left out and laughed at by the others at a club or on a team: "the girls at netball wont pass
  me the ball and they laugh when i walk in", "the other girls are mean to me at brownies", "the
  big boys at football call me titch and hide my boots every week" - distress;
- telling where and when to be found, with an invitation: "i go to kingsway swim club at 6
  oclock every tuesday, come and find me", (flags8283) or my school placed by what is next to
  it, with my class or teacher: "i go to the little school right next to the duck pond, class 3
  with mrs green" - personal information;
- a parent's serious illness, with fear: "mummy has cancer and i dont know what will happen to
  us", "dad had a heart attack and im so scared he'll die" - distress;
- fear of an operation that shows in the body: "i have my operation tomorrow and i cant stop
  shaking" - distress;
- wanting to hit a grown-up who is mean: "i want to whack my piano teacher with my music book",
  "im gonna bite the dentist really hard if he does it again", (flags8283) or to throw a rock
  at them or their car: "i want to throw a rock at the cub leaders car" - violence;
- (a flip, somersault or dive off somewhere high is rules_meaning_flags_food_fireworks.ROOF_JUMP,
  one rule with the other roof jumps;)
- a whole group called a slur and a crime: "the team from that estate are all gypsies and
  thieves" - hate;
- a grown-up's medicine taken alone: "can i take some of mums pain pills for my headache by
  myself" - a dangerous activity.

Near misses stay allowed: "they wouldn't pass me the ball cos i was offside", "the boys at
football call me captain", the dance teacher laughing at my joke; "come and find me" in hide and
seek; "mum has a cold", "grandma has cancer but she wears cool hats", a race for cancer
research; an operation that went fine, a pretend operation on teddy; high-fiving the coach, a
snowball fight with the teacher; the other team were all really good; mum gave me some of her
tablets, taking nan's pills to her; (flags8283) the big girls doing my hair into a bun for the
show, "i go to the little school in our village", "im in class 3 with mrs green", throwing
stones at tin cans."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.meaning_concepts_means import BLOWS, MEDICINE_WORDS
from domain.safety.meaning_concepts_people import (
    CARER_WORDS,
    DADS,
    GROWN_UP_ROLES,
    MUMS,
    SPORTS,
    STEP_PARENT,
)
from domain.safety.meaning_concepts_play import PLAY_OR_STORY
from domain.safety.prefilter import prefiltered
from domain.safety.rules_meaning_flags_excluded_groups import GROUP
from domain.safety.rules_meaning_flags_prejudice import CHALLENGED

C = SafetyCategory
_FUN = rf"(?:{PLAY_OR_STORY}|pretend\w*|minecraft|roblox|fortnite|fifa|lego|toys?|cartoon|dream\w*|joke|joking|jk|in (?:the|a|my) (?:movie|video|cartoon))"
"""Play, a screen story or a joke (a film or a video alone is no spoiler: "they laugh at me and
film it"); any "pretend..." here ("we were pretending"), the piece's bare "pretend" elsewhere."""
_FUN_SAID = prefiltered(rf"\b{_FUN}\b")

# --- left out and laughed at by the others at a club ----------------------------------------------
_CLUB = (
    rf"(?:swim club|gym club|riding school|{SPORTS}|"
    r"brownies|rainbows|guides|scouts|cubs|beavers|choir|drama|band|orchestra|running club|cross country|training|practice|"
    r"chess club|club|the team|my team|our team|the squad|sunday school|stage school|youth club|after ?school club|"
    # (flags8283) the stables (which the normaliser reads "stab les"), a faith class or a place of
    # worship
    r"stables|stab les|pony club|the yard|madrassa|madrasa|madrasah|mosque|quran class|church|temple|gurdwara|synagogue|hebrew school|bible club|youth group|camp)"
)
_OTHERS = r"(?:(?:the|all the|some of the|some|those|these|my) (?:other |big |older |bigger |popular |mean |\w+ )?(?:girls|boys|kids|lads|players|ones|team ?mates|teammates|others|rest)|everyone|everybody|they|they all)"
_SHUNNED = (
    r"(?:(?:won'?t|wont|never|don'?t|dont|didn'?t|didnt|refuse to|will not|do not) (?:ever )?(?:pass|throw|kick|give|let me have)(?: it| the ball)?(?: to)? me"
    r"|(?:laugh|laughs|laughed|laughing|giggle|giggles|giggled|snigger\w*) (?:at me|when i|whenever i|every time i|cos i|because i|about me)"
    r"|(?:hide|hides|hid|hiding|take|takes|took|taking|throw|throws|threw|chuck|chucks|chucked) (?:all )?my (?:boots|kit|bag|shoes|trainers|clothes|towel|hat|bottle|water bottle|stuff|things|uniform|shin ?pads|goggles|racket|stick|leotard|sash|badges)"
    r"|(?:are|is|were|was|keep being|being|so|really) (?:so |really |always |well )?(?:mean|horrible|nasty|unkind) (?:to|about) me"
    r"|(?:pick|picks|picked|picking) on me|(?:ignore|ignores|ignored|ignoring) me|(?:leave|leaves|left|leaving) me out|(?:won'?t|wont|don'?t|dont|never) let me (?:play|join|sit|be|groom|ride|help|hang|muck out|come|dance|skate|swim|train|practi[sc]e|stand|eat)"
    r"|(?:pick|picks|picked) me last|(?:whisper|whispers|whispered|whispering) about me|(?:make|makes|made|making) fun of me|(?:tease|teases|teased|teasing) me"
    # (flags8283) "some kids at madrasa pull my scarf and call me names"; not a bun done for a show
    r"|(?:call|calls|called|calling) me (?:horrible |mean |nasty |rude |bad )?names"
    r"|(?:pull|pulls|pulled|pulling|yank|yanks|yanked|yanking|tug|tugs|tugged|tugging|rip|rips|ripped|ripping|snatch|snatches|snatched) (?:off )?my (?:scarf|headscarf|head scarf|hijab|hair|plaits?|pigtails?|ponytail|turban|patka|kippah|cap|hood)\b(?! (?:back|up|into|in a|out of|tight|straight|for)\b))"
)
# What they do, searched first; who does it is looked for just before (a gap after every "they"
# of a long text took 26 ms).
SHUNNED = prefiltered(
    rf"\b{_SHUNNED}\b"
    # "the big boys call me titch ... every week": a name that keeps coming
    rf"|\b(?:call|calls|called|calling) me (?!by\b|to\b|over\b|up\b|back\b|in\b|for\b)\w+\b[^.?!]{{0,40}}\b(?:every (?:week|day|time|session|lesson|practice)|all the time|always|and (?:hide|hid|take|took|laugh|kick|push|throw|won'?t let me|wont let me|don'?t let me|dont let me|never let me))"
)
_OTHERS_JUST_BEFORE = prefiltered(rf"\b{_OTHERS}\b[^.?!]{{0,40}}$")
_CLUB_WORD = prefiltered(rf"\b{_CLUB}\b")
LEFT_OUT_OK = prefiltered(
    rf"\b(?:offside|injur\w*|subbed|on the bench|in goal|goalie|marked|tactics|my joke|my jokes|(?:laugh|laughs|laughed|laughing) with me|said sorry|says sorry|helped me|we all|played together|not anymore|used to|{_FUN})\b"
)

# --- where and when to be found, with an invitation ------------------------------------------------
_INVITE = r"(?:come and (?:find|see|meet) me|come (?:find|see|meet) me|come n (?:find|see) me|you can (?:find|meet|see) me|meet me there|find me there|come and say hi|look out for me|come there and find me)"
_WHEN = r"(?:\d{1,2}(?::\d\d)? ?(?:o'?clock|oclock|pm|am)|at \d{1,2}(?::\d\d)?|at half (?:past )?\w+|at quarter (?:past|to) \w+|every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|morning|afternoon|evening|night|weekend)|on (?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)|after school|before school|at lunch ?time)"
_WHERE = r"(?:club|pool|leisure cent(?:re|er)|sports cent(?:re|er)|park|rec|library|school|academy|studio|hall|church|gym|field|pitch|stables|rink|shop|shops|cafe|skate ?park|bus stop|station)"
# The invitation, the place and the time, each looked for alone (one pattern with gaps between
# them took 20 ms on "gym gym ...").
# Said to the listener, not what someone else will do ("my friend wants to come see me").
INVITED_TO_FIND_ME = prefiltered(
    rf"(?<!to )(?<!will )(?<!can )(?<!'ll )(?<!ll )(?<!could )(?<!might )(?<!gonna )(?<!wanna )(?<!should )(?<!would )\b{_INVITE}\b"
)
_WHERE_SAID = prefiltered(rf"\b(?:{_WHERE}|{_CLUB})\b")
_WHEN_SAID = prefiltered(rf"\b{_WHEN}\b")
TOLD_WHERE_OK = prefiltered(
    r"\b(?:hide and seek|hide n seek|hiding|hid|seek|counting|you can'?t find me)\b"
)

# (flags8283) My own school placed by what is next to it, with my class or my teacher: "i go to
# the little school right next to the duck pond in our village, class 3 with mrs green".
_MY_SCHOOL = r"(?:(?:i go to|i'?m at|im at|i am at|we go to|we both go to) (?:the |a )?(?:\w+ ){0,3}?(?:school|primary|academy|infants|juniors|village school)|(?:my|our) (?:\w+ )?school(?: is|'?s)?)"
_BESIDE = r"(?:next to|next door to|opposite|behind|beside|near|by|across (?:the road )?from|round the corner from|around the corner from|at the end of|on the corner of)"
SCHOOL_PLACED = prefiltered(
    rf"\b{_MY_SCHOOL}\b (?:(?:is |that'?s |thats |right |just |the one )+)?{_BESIDE} (?:the|a|our|that) \w+"
)
_MY_CLASS = prefiltered(
    r"\b(?:class|year|yr|form) (?:\d{1,2}|one|two|three|four|five|six|seven|eight)\b|\b(?:with|teacher is|teacher'?s|teachers) (?:mrs|mr|miss|ms) \w+"
)

# --- a parent's serious illness, with fear -------------------------------------------------------
# A mum or a dad with or without "my"; every other carer (a gran, a foster carer) with "my" ("nan
# has cancer" may be a neighbour's nan).
_PARENT = rf"(?:(?:my )?(?:{MUMS}|{DADS}|{STEP_PARENT}|mother|father|parents|mum and dad|mom and dad)|my (?:{CARER_WORDS}))"
_GRAVE = r"(?:cancer|a tumou?r|tumou?rs|leuka?emia|chemo|chemotherapy|a heart attack|a stroke|ms|motor neurone|sepsis|covid really bad|a brain \w+|kidney failure|heart failure)"
PARENT_GRAVELY_ILL = prefiltered(
    rf"\b{_PARENT}(?:'?s)? (?:has|has got|'?s got|got|is ill with|is sick with|was diagnosed with|is fighting|is having|had|is in hospital with|is on|needs) (?:\w+ )?{_GRAVE}\b"
    rf"|\b{_PARENT} (?:is|'?s) (?:really |very |so |seriously |dead |properly ){{1,3}}(?:ill|sick|poorly)\b"
    rf"|\b{_PARENT} (?:is|'?s) in (?:intensive care|icu|the icu|a coma|hospital and)\b"
    rf"|\b(?:since|ever since|now|when) {_PARENT} (?:got|had|has) {_GRAVE}\b"
)
_DREAD = prefiltered(
    r"\b(?:scared|frightened|afraid|terrified|worried|worry|worrying|don'?t know what (?:will|is going to|is gonna|to do|happens)|what (?:will|is going to|is gonna) happen|what if|might die|going to die|gonna die|will die|die|dies|dying|"
    r"cry|cries|crying|cried|can'?t sleep|can'?t stop (?:thinking|crying|worrying)|nobody (?:tells|talks to) me|no one (?:tells|talks to) me|alone|lonely|sad|upset|scary)\b"
)
GRAVE_ILLNESS_OK = prefiltered(
    r"\b(?:better now|all better|got better|getting better|all clear|remission|beat it|cured|recovered|charity|race for life|fundrais\w*|sponsor\w*|research|star sign|zodiac|crab|in the (?:film|book|story))\b"
)

# --- an operation feared in the body ---------------------------------------------------------------
_MY_OPERATION = r"(?:my (?:operation|op|surgery|anaesthetic|anesthetic)|(?:i have|i'?ve got|ive got|i'?m having|im having|i have to have|i need|i'?m getting|im getting|getting) (?:an |my |the |a big |a )?(?:operation|op|surgery)|(?:having|getting|get) my (?:tonsils|adenoids|appendix|teeth|tooth|grommets) (?:out|taken out|removed))"
_SHAKING = r"(?:can'?t stop (?:shaking|crying|trembling|shivering|thinking about it)|(?:keep|keeps|i'?m|im|i am|been) (?:shaking|trembling|crying|being sick)|hands? (?:are |keep )?shak\w*|legs? (?:are |keep )?shak\w*|can'?t (?:sleep|breathe)|feel sick|so (?:scared|frightened|nervous)|terrified|petrified|what if i (?:die|don'?t wake up|dont wake up|never wake up))"
OPERATION_DREAD = prefiltered(
    rf"\b{_MY_OPERATION}\b[^.?!]{{0,50}}\b{_SHAKING}\b|\b{_SHAKING}\b[^.?!]{{0,40}}\b{_MY_OPERATION}\b"
)
OPERATION_OK = prefiltered(
    rf"\b(?:was fine|went fine|went well|was ok|was easy|wasn'?t (?:scary|bad)|not scared|didn'?t (?:hurt|feel)|excited|teddy'?s|mr \w+'?s|doll'?s|{_FUN})\b"
)

# --- wanting to hit a grown-up who is mean ---------------------------------------------------------
_WANT = r"(?:i (?:want|would like|'d like) to|i (?:wanna|could|might|will|feel like)|i wish i could|i'?m (?:gonna|going to|so gonna)|im (?:gonna|going to|so gonna)|i'?ll|ill|next time i'?ll)"
# The blows (BLOWS) and a push, a trip or a boot: at a grown-up these are meant to hurt (not in
# BLOWS: "push him on the swing till he screams" is play).
_HIT = rf"(?:{BLOWS}|trip up|trip|push|shove|boot|sock)"
# The grown-ups' jobs (GROWN_UP_ROLES) and the school, clinic and shop staff a child may be cross
# with; these are not in ADULT's roles, which the grooming and abuse rules read, where a doctor,
# a nurse or a dentist looking at a child is care.
_GROWN_UP = (
    rf"(?:(?:my|the|our|that|this) (?:\w+ )?(?:{GROWN_UP_ROLES}|dentist|doctor|nurse|dinner lady|lunch lady|dinner ladies|lollipop lady|caretaker|head ?teacher|headmaster|headmistress|"
    r"referee|ref|leader|teaching assistant|librarian|hairdresser|barber|optician)|miss \w+|mr \w+|mrs \w+|sir)"
)
_MISSILE = r"(?:rocks?|stones?|bricks?|eggs?|bottles?|conkers?)"
_THEIR_THINGS = (
    r"(?:car|van|windows?|windscreen|house|front door|door|bike|shed|greenhouse|head|face)"
)
HIT_A_GROWN_UP = prefiltered(
    rf"\b{_WANT} (?:\w+ )?(?:really )?{_HIT} {_GROWN_UP}\b(?!'?s\b)"
    # (flags8283) a stone thrown at a grown-up or at their car or house: "i want to throw a rock
    # at the cub leaders car cos she shouted at me"
    rf"|\b{_WANT} (?:\w+ )?(?:throw|chuck|lob|hurl|fling|pelt)\w* (?:a |an |some |loads of |big |massive |huge |rotten )*{_MISSILE}\b (?:at|through|on|onto|over|in) (?:{_GROWN_UP}(?:'?s (?:\w+ )?{_THEIR_THINGS})?|(?:his|her|their) (?:\w+ )?{_THEIR_THINGS})\b"
)
HIT_A_GROWN_UP_OK = prefiltered(
    r"\b(?:high ?five|fist ?bump|snowballs?|water ?balloons?|water ?pistol|nerf|sponges?|wet sponge|custard pie|pie|dunk\w*|pads|punch ?bag|wouldn'?t really|would never|not really|never would|pretend\w*|game|games|minecraft|roblox|fortnite|joke|joking|jk|lol|dream\w*)\b"
)

# --- a whole group called a slur and a crime -----------------------------------------------------------
_CRIME = r"(?:thieves|robbers|criminals|crooks|liars|cheats|scum|scumbags|scroungers|animals|tramps|druggies|dirty|filthy|smelly|rats|vermin)"
_SLURRED_GROUP = rf"(?:{GROUP}|\b(?:pikeys|pikies|gippos|gyppos|tinkers))"
GROUP_SLURRED = prefiltered(
    rf"\b(?:are|were|r|'re|is|just|lot of|bunch of|load of) (?:all |just |a bunch of |a load of |nothing but |basically |only ){{0,2}}{_SLURRED_GROUP}\b(?: and| n| &|,) (?:\w+ )?{_CRIME}\b"
    rf"|\b(?:are|were|r|'re) (?:all |just |a bunch of |a load of |nothing but ){{0,2}}{_CRIME}(?: and| n| &|,) {_SLURRED_GROUP}\b"
)
GROUP_SLURRED_OK = prefiltered(
    r"\b(?:in the (?:story|book|film|olden days)|history|used to (?:call|say)|called (?:us|me|my \w+)|said we|says we)\b"
)

# --- a grown-up's medicine taken alone -------------------------------------------------------------------
_OWNER = rf"(?:{CARER_WORDS}|mother|father|auntie|aunty|uncle|brother|sister)"
# Not "tablet" alone: "mum's tablet" is her iPad.
_PILLS = rf"(?:{MEDICINE_WORDS})"
GROWN_UPS_PILLS = prefiltered(
    rf"\b(?:take|taking|took|have|having|had|swallow\w*|try|trying|tried|use|using|sneak|sneaking|snuck|nick\w*|pinch\w*|grab\w*) (?:one of |two of |some of |a few of |a couple of |some |one |two |a few |a couple )?(?:my |the )?{_OWNER}'?s (?:\w+ )?{_PILLS}\b"
)
_ALONE_CUE = prefiltered(
    r"\b(?:by myself|on my own|my ?self|without (?:asking|telling|her|him|them|anyone|any ?one|mum|mom|dad)|while (?:she|he|they|mum|dad)(?:'s| is| are)? (?:asleep|out|at work|sleeping)|secretly|sneak\w*|snuck|for my (?:\w+ )?(?:headache|head|tummy|cough|cold|period|toothache|tooth|ear|throat|back|leg|knee|pain|sleep))\b"
)
GROWN_UPS_PILLS_OK = prefiltered(
    r"\b(?:gave me|gives me|give me|let me|lets me|said (?:i|it'?s|its) (?:can|could|ok|fine|alright)|doctor|pharmacist|chemist|nurse|to (?:her|him|them)|for (?:her|him|them)|bring|brought|fetch\w*|carry|carried|pass\w*|remind\w*|never|not allowed|mustn'?t|shouldn'?t|told me not|said not|not to)\b"
)


def _left_out_at_club(text: str) -> bool:
    """The others at a club or on a team leaving the child out, laughing at or mocking them."""
    if not _CLUB_WORD.search(text) or LEFT_OUT_OK.search(text):
        return False
    return any(
        _OTHERS_JUST_BEFORE.search(text[max(0, m.start() - 50) : m.start()])
        for m in SHUNNED.finditer(text)
    )


def find_club_and_worry_flags(text: str) -> list[Finding]:
    found: list[Finding] = []
    whole = len(text)
    distress = (
        _left_out_at_club(text)
        or (
            PARENT_GRAVELY_ILL.search(text)
            and _DREAD.search(text)
            and not GRAVE_ILLNESS_OK.search(text)
        )
        or (OPERATION_DREAD.search(text) and not OPERATION_OK.search(text))
    )
    if distress:
        found.append(Finding(C.DISTRESS, "club_or_family_worry", MODERATE, 0, whole))
    invited = (
        INVITED_TO_FIND_ME.search(text)
        and _WHERE_SAID.search(text)
        and _WHEN_SAID.search(text)
        and not TOLD_WHERE_OK.search(text)
    )
    school_placed = (
        SCHOOL_PLACED.search(text) and _MY_CLASS.search(text) and not _FUN_SAID.search(text)
    )
    if invited or school_placed:
        found.append(Finding(C.PERSONAL_INFO, "where_to_find_me", MODERATE, 0, whole))
    if HIT_A_GROWN_UP.search(text) and not HIT_A_GROWN_UP_OK.search(text):
        found.append(Finding(C.VIOLENCE, "hit_a_grown_up", MODERATE, 0, whole))
    if (
        GROWN_UPS_PILLS.search(text)
        and _ALONE_CUE.search(text)
        and not GROWN_UPS_PILLS_OK.search(text)
    ):
        found.append(Finding(C.DANGEROUS_ACTIVITY, "risky_stunt_or_pills", MODERATE, 0, whole))
    if (
        GROUP_SLURRED.search(text)
        and not CHALLENGED.search(text)
        and not GROUP_SLURRED_OK.search(text)
    ):
        found.append(Finding(C.HATE, "group_slurred", MODERATE, 0, whole))
    return found
