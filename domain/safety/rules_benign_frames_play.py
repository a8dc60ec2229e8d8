# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Benign frames from play, outings and story time that look like harm to the rules.

- going away to a place (the park, nan's, on holiday): never "go away!" said to someone
  (rules_language);
- a classroom feely-bag game ("the touching game where you guess what's in the bag"),
  spoilt by a grown-up, a secret or a body (rules_harm, rules_meaning_abuse);
- "high" as height: climbing, swinging, jumping, a kite (rules_risky);
- the teddy telling a well-known fairy tale or storybook plot, which the toxicity model
  takes for violence (engine), spoilt when it turns the story on the child;
- (round 29) glue for slime or crafts, spoilt by sniffing, eating or drinking it (rules_risky).
- (round 30) a story's pirate or king drinking rum, told by the teddy (rules_risky);
- (round 30) a drawing game asking what the child's room looks like (rules_meaning_teddy).
- (round 42) the storybook frame is spoilt too by "try that too", undressed grown-ups or a
  people called bad for their skin (rules_meaning_teddy_story_harms blocks those itself).
- (round 46) the big bad wolf's huffing and puffing, spoilt by glue, gas or getting high
  (rules_risky).
- (mends) a water, nerf or toy gun taken along to play ("im gonna get you with my water gun"),
  spoilt by a real gun named beside it, a real weapon, hurting or killing, or "for real"
  (rules_meaning_flags_everyday.WEAPON_IN); it waives MEANS, whose "shoot you" is its own
  harmless reading, and names the weapons itself.
"""

from __future__ import annotations

from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import MEANS
from domain.safety.prefilter import Prefiltered, prefiltered

# Going away somewhere: to a place, on a trip, for a holiday or a weekend.
GO_AWAY_TO_A_PLACE = prefiltered(
    r"\b(?:go|goes|going|went|gone) away (?:to (?:(?:the|a|an|my|our|his|her|their|\w+'?s) )?(?!(?:sky|heavens?|stars|other side|place|end|somewhere|anywhere|nowhere|die|sleep|be|live|hide|where|a place|god|jesus|angels)\b)\w+"
    r"|on (?:holiday|holidays|vacation|a trip|a holiday|an adventure|a camping trip)|camping"
    r"|for (?:the|a|two|three|a few|one) (?:weekend|week|holiday|night|nights|days?|weeks)|for half term|for the summer"
    r"|(?:to|for) (?:school|camp|scout camp|brownies camp|cubs camp|uni|university|work))\b"
)
# ...unless it is going away for good.
GO_AWAY_FOR_GOOD = prefiltered(
    r"\b(?:forever|for ever|for good|never (?:come|coming) back|not come back|never be back|no one (?:would|will) (?:find|miss|notice)|nobody (?:would|will) (?:find|miss|notice)|and die|disappear|better off|run away from)\b"
)

# A classroom or party feely-bag game: guessing what is in a bag or box by touch.
FEELY_BAG_GAME = prefiltered(
    r"\b(?:touching|touch|feely|feelie|feeling|mystery|guessing) (?:game|bag|box)\b[^.?!]{0,60}\b(?:guess\w*|what'?s in|whats in|what is in|in the (?:bag|box|sack)|blindfold\w*|without looking)\b"
    r"|\b(?:guess\w*|without looking|blindfold\w*)\b[^.?!]{0,40}\b(?:in the (?:bag|box|sack))\b[^.?!]{0,30}\b(?:touching|touch|feel\w*) (?:game|it)\b"
)
FEELY_BAG_SPOILT = prefiltered(
    r"\b(?:uncle|step ?dad|stepdad|daddy|dad|grandad|grandpa|man|men|cousin|babysitter|coach|neighbour|neighbor|him)\b"
    r"|\b(?:don'?t|dont|not to|never) tell\b|\bsecret\b|\bprivate\b|\bprivates\b|\bwilly|\bbum\b|\bclothes\b|\bundress\w*|\bnaked\b|\bbedroom\b|\byucky\b|\bweird\b|\bicky\b|\bscared\b|\bwith me\b|\btouch(?:es|ed|ing)? me\b|\bon me\b|\bmy body\b",
)
feely_bag_game = Frame(FEELY_BAG_GAME, FEELY_BAG_SPOILT)

# "High" as height: the climbing wall, the swings, a jump, a kite, a tree.
HEIGHT_HIGH = prefiltered(
    r"\b(?:climb\w*|swing\w*|jump\w*|bounc\w*|trampoline|monkey bars|climbing (?:wall|frame)|slide|kite|ladder|tree|branch|rope|hill|mountain|fly\w*|flew|balloon|throw\w*|threw|kick\w*|tower|stilts|see-?saw|zip ?line|rollercoaster|shoulders)\b"
)
HIGH_AS_HEIGHT = prefiltered(
    r"high on (?:the|a|an|that|this|your|my|our|those|these|daddy'?s|dad'?s|mum'?s|mummy'?s) (?:big |tall |new |red |blue |green |wobbly )?"
    r"(?:climbing wall|climbing frame|wall|swings?|trampoline|monkey bars|slide|tree|ladder|rope|frame|bars|see-?saw|shoulders|hill|mountain|rock|rocks|branch|bunk bed|stilts|horse|pony|ride|rollercoaster|big wheel|ferris wheel|zip ?line|jungle gym|tower|climber)\b"
)
# ...on play equipment made for it: never a dare to climb a roof or a tree (rules_risky).
HIGH_ON_PLAY_EQUIPMENT = prefiltered(
    r"high on (?:the|a|an|that|this|your|our) (?:big |tall |new |bouncy )?"
    r"(?:climbing wall|climbing frame|swings?|trampoline|monkey bars|slide|see-?saw|jungle gym|climber|bouncy castle)\b"
)
DRUG_HIGH_TOO = prefiltered(
    r"\b(?:weed|drugs?|pills?|smok\w*|sniff\w*|stoned|drunk|vape\w*|gummies|brownies|stuff|medicine|tablets|glue|gas)\b"
)

# A well-known fairy tale or storybook plot: the wolf, the witch, the giant, the troll.
STORYBOOK_PLOT = prefiltered(
    r"\b(?:big bad wolf|three little pigs|little pigs|red riding hood|riding hood|billy goats? gruff|troll under the bridge|gingerbread (?:man|house)|hansel and gretel|hansel|gretel"
    r"|jack and the beanstalk|beanstalk|fee,? fi,? fo,? fum|snow white|poisoned apple|wicked (?:witch|queen|stepmother)|evil queen|sleeping beauty|cinderella|ugly sisters|ugly stepsisters"
    r"|rumpelstiltskin|rapunzel|goldilocks|three bears|captain hook|peter pan|tick[- ]tock crocodile|the gruffalo|gruffalo|hungry caterpillar|three billy goats|pinocchio|little mermaid"
    r"|beauty and the beast|the beast|puss in boots|huff and (?:i'?ll )?puff|blow (?:your|the) house down|once upon a time|fairy ?tale|in the story|the story of|storybook)\b"
    # a story the teddy marks as one: its ending, or the offer of the next one
    r"|\bthe end[!.]|\bhappily ever after\b|\b(?:would you like|shall i tell you|do you want|want|ready for) (?:a new|another|the next) (?:story|adventure|chapter)\b"
)
STORY_TURNED_ON_CHILD = prefiltered(
    r"\b(?:you|u) (?:should|could|can|must|ought to|need to|have to) (?:\w+ ){0,3}(?:kill|eat|poison|push|burn|cook|lock|hurt|stab|bite|hit|run away|go with)\b"
    r"|\b(?:don'?t|dont|never) tell\b|\bsecret\b|\b(?:like|just like) (?:the|a) (?:wolf|witch|giant|troll)\b[^.?!]{0,20}\b(?:you|i'?ll|i will)\b|\b(?:you'?re|you are|youre|ur) (?:a |an |the )?(?:ugly|stupid|fat|pig|witch)\b"
    # (round 42) a character's deed offered to the child, undressed grown-ups, a people judged by skin
    r"|\b(?:try|do) (?:that|it|this|the same) (?:too|yourself)\b|\bnaked\b|\b(?:took|take|takes) off (?:all )?their clothes\b|\bprivate parts\b|\bskin colou?rs?\b[^.?!]{0,20}\b(?:bad|evil|dirty|dangerous|wrong)\b",
)
storybook_told = Frame(STORYBOOK_PLOT, STORY_TURNED_ON_CHILD)

# (round 29) Glue for slime, a card or a model: a craft, not a poison.
GLUE_FOR_CRAFTS = prefiltered(
    r"\b(?:slime|pva|glitter glue|craft glue|school glue|glue ?stick|papier[- ]?m[aâ]ch[eé]|collage|card|model|scrapbook|stick (?:it|them|the|on)|craft\w*|art project|junk model\w*)\b"
)
GLUE_MISUSED = prefiltered(
    r"\b(?:sniff\w*|huff\w*|smell\w*|eat|eating|ate|drink\w*|drank|swallow\w*|lick\w*|taste\w*|in (?:my|his|her|your) (?:eyes?|mouth|nose|hair)|super ?glue (?:my|his|her) (?:fingers|eyes|lips))\b",
)
glue_for_crafts = Frame(GLUE_FOR_CRAFTS, GLUE_MISUSED)
# (round 30) A story's pirate, king or giant drinking rum or ale, told by the teddy: a plot, not
# an offer (rules_risky; an invitation to "you" spoils it, TEDDY_DRINK_INVITES).
STORY_CHARACTER_DRINKS = prefiltered(
    r"\b(?:pirates?|sailors?|captain|king|queen|giant|troll|ogre|wizard|dwarf|dwarves|innkeeper|sheriff|cowboys?|vikings?|goblins?|villain|baddie|robbers?|bandits?|smugglers?|crew|knights?|the old man)\b[^.?!]{0,20}\b(?:drank|drinks|drinking|had|has|gulped|guzzled|swigged|sipped|was drunk|got drunk|were drunk|fell asleep)\b[^.?!]{0,25}\b(?:rum|grog|ale|wine|beer|mead|cider|whiske?y|potion)\b"
)

# (round 30) A drawing game in which the teddy asks what the child's room looks like: it asks
# no place. Asking which window or which room, or where in the house, still asks where
# (meaning_concepts_teddy.TEDDY_WHERE_BEDROOM, rules_meaning_teddy_probes).
_ROOM_LOOKS = r"\bwhat does (?:your|ur) (?:bed)?room look like\b"
ROOM_DRAWN = prefiltered(
    r"\b(?:draw|drawing|drew|paint|painting|colour (?:it|in)|color (?:it|in)|picture of|crayons?|felt tips?|make a model|lego)\b"
)
_ROOM_LOOKS_ONLY = prefiltered(_ROOM_LOOKS)


def room_drawn(text: str, where_asked: Prefiltered) -> bool:
    """Is the only "where is your room" in `text` a drawing game's "what does your room look
    like"? `where_asked` is the pattern that would otherwise read it as a place asked."""
    if not ROOM_DRAWN.search(text) or not _ROOM_LOOKS_ONLY.search(text):
        return False
    return where_asked.search(_ROOM_LOOKS_ONLY.sub(" ", text)) is None


# (round 46) The wolf's huffing and puffing: a story voice asked for or played, spoilt by a
# substance or getting high (rules_risky's "huff").
WOLF_HUFFS = prefiltered(
    r"\b(?:wolf|wolfy|three little pigs|little pigs|pigs|straw house|house of (?:straw|sticks|bricks)|blow (?:your|the|his|her|their|my) house (?:down|in))\b[^.?!]{0,60}\bhuff\w*(?: and (?:i'?ll |he'?ll |she'?ll )?puff\w*)?\b"
    r"|\bhuff\w* and (?:i'?ll |he'?ll |she'?ll |you'?ll )?puff\w*\b[^.?!]{0,60}\b(?:wolf|blow (?:your|the|his|her|their|my) house (?:down|in)|pigs?|straw|sticks|bricks|voice)\b"
)
WOLF_HUFF_SPOILT = prefiltered(
    r"\b(?:glue|gas|petrol|aerosols?|deodorant|markers?|sharpies?|paint|solvents?|lighter fluid|nitrous|balloons? of|high|stoned|drugs?|vapes?|vaping|smok\w*|weed|sniff\w*|fumes)\b"
)
wolf_huffs = Frame(WOLF_HUFFS, WOLF_HUFF_SPOILT)


# (review54) A lookahead for the carer-harm pattern (rules_harm): a child thrown into the pool,
# the air or the leaves, or onto the sofa in play, is no blow ("dad threw me into the swimming
# pool and i laughed"); a handshake is looked for there too.
NOT_THROWN_IN_PLAY = (
    r"(?!(?:threw|throws?) me (?:in|into|in to|up|high|up in|onto|on|on to) (?:the |a |our |my )?(?:air|sky|pool|swimming pool|paddling pool|water|sea|lake|waves?|leaves|snow|ball pit"
    r"|(?:sofa|couch|bed|beanbag)\b(?=[^.?!]{0,40}\b(?:playing|play|laugh\w*|fun|lol|haha\w*|game|tickl\w*|giggl\w*|wrestl\w*)\b))\b)"
)


# (mends) A gun that is a toy: water, squirt, nerf, bubble... ("my nerf gun", "a super soaker").
_TOY_GUN_KINDS = (
    "water",
    "squirt",
    "squirty",
    "nerf",
    "toy",
    "bubble",
    "glue",
    "foam",
    "cap",
    "laser",
    "paint",
    "lego",
    "confetti",
    "snow",
    "pretend",
    "plastic",
)
TOY_GUN = prefiltered(rf"\b(?:{'|'.join(_TOY_GUN_KINDS)}) ?guns?\b|\bsuper ?soakers?\b")
# ...unless a real gun is named beside it ("a gun", "dads gun": a gun with no toy word just
# before it), a real weapon, hurting or killing.
_NOT_A_TOY = "".join(f"(?<!{kind} )" for kind in _TOY_GUN_KINDS)
TOY_GUN_MEANT = prefiltered(
    rf"\b{_NOT_A_TOY}guns?\b|\b(?:real (?:gun|one|bullets?)|bullets?|rifle|shotgun|pistol|knife|knives|blade|stab\w*|hammer|axe|machete|screwdriver|"
    r"kill\w*|hurt\w*|injure\w*|blind\w*|in (?:his|her|their|the) (?:eyes?|face))\b"
)
toy_gun_in_play = Frame(TOY_GUN, TOY_GUN_MEANT, waives=(MEANS,))
