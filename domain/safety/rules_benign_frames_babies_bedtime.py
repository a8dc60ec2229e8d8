# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A new baby and bedtime read as harm by the rules (flags6869, rounds 68 and 69's false
alerts), fixed as families, each with the words that spoil it; the table BABIES_BEDTIME
(benign_softening), applied with the other benign frames by drop_noticed_frames, takes back
what each one explains:

- a baby's grasp: "the baby is so cute she grabbed my finger", "my baby brother pulls my hair
  and giggles", spoilt by a grown-up outside the family, a blow, anger, "on purpose" or the
  shared kinds: the abuse findings are dropped;
- a way to fall asleep: "when i cant sleep i count sheep", "i read my book when i can't get to
  sleep", spoilt by a nightmare, a worry, crying, shouting, a reason ("cos ..."), sadness or
  the shared kinds: distress is lowered to mild;
- a dream's creature sent away: "in my nightmare there was a witch but i told her to go away
  and she did", spoilt by it being real or in the room, someone coming in, a grown-up or the
  shared kinds but fear: the insult phrase "go away" is dropped.
- (fa8687) a bedtime story in the child's bed: "grandad gets into my bed to read me a story",
  "mum lies in my bed and reads to me", (fanote) "nanny climbs into my bed to finish our book",
  spoilt by touching, no clothes, a secret, hurt, fear, the covers or the door shut, a man or a
  grown-up unnamed: the abuse finding of a grown-up in my bed is not raised
  (rules_harm.find_abuse), nor the sexual one (rules_meaning_sexual_watched).
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import FEAR, HIDDEN, HURT, OLDER, SCARED, TOUCH, spoilt_by
from domain.safety.benign_softening import Softening, mild_distress, words_are
from domain.safety.prefilter import prefiltered

# --- a baby's grasp -----------------------------------------------------------------------------
_BABY = r"(?:baby|babies|newborn|new ?born|toddler|little one)(?: (?:brother|sister|sis|bro|cousin|niece|nephew))?"
_GRASP = r"(?:grab|grabs|grabbed|grabbing|grip|grips|gripped|gripping|grasp|grasps|grasped|grasping|held|holds|hold|holding|squeez\w*|clutch\w*|pull|pulls|pulled|pulling|tug|tugs|tugged|tugging|yank|yanks|yanked|yanking)"
_SMALL_HOLD = r"(?:finger|fingers|thumb|thumbs|hand|hands|hair|nose|ear|ears|earrings?|glasses|necklace|plaits?|ponytail|top|sleeve|jumper|cheeks?|lip|lips|beard)"
BABY_GRASP = prefiltered(
    rf"\b{_BABY}\b(?:[^.?!]{{0,40}}\b(?:she|he|it|they))?\s+(?:just |always |then |even |really |tightly |so tight(?:ly)? |keeps |kept |likes to |loves to )?{_GRASP}\s+(?:on ?to |onto |hold of |at )?(?:my|mine)\s+(?:\w+\s+)?{_SMALL_HOLD}\b"
)
BABY_GRASP_SPOILT = prefiltered(
    r"\b(?:on purpose|punish\w*|hits?|hitting|kick\w*|slap\w*|punch\w*|smack\w*|dragg?\w*|threw|thrown|shook me|angry|furious|uncle|step ?\w+|babysitter|teacher|boyfriend|girlfriend|man|men|lady|"
    r"big (?:brother|sister|cousin)|older (?:brother|sister|cousin)|(?:he'?s|she'?s|hes|shes) (?:1[0-9]|[2-9]\d)|wouldn'?t let go|won'?t let go)\b"
)
baby_grasp = Frame(BABY_GRASP, BABY_GRASP_SPOILT)

# --- a way to fall asleep -----------------------------------------------------------------------
_NO_SLEEP = (
    r"(?:can'?t|cant|cannot|couldn'?t|couldnt|can not) (?:get to |go to |fall )?(?:sleep|asleep)"
)
_SETTLE = r"(?:count\w* (?:sheep|to (?:a )?(?:hundred|\d+)|backwards)|read\w*|listen\w* to|cuddl\w*|hug\w*|sing\w*|hum\w*|think\w* (?:about|of) (?:nice|happy|my favourite|fun)|imagin\w*|do (?:my )?(?:breathing|belly breaths)|breathe slowly|(?:get|have|had|got) (?:a )?(?:drink|glass of (?:water|milk)|warm milk)|audio ?books?|(?:a )?stor(?:y|ies)|white noise|night ?light|play\w* (?:i spy|quiet|a quiet)|look\w* at the stars)"
SLEEP_ROUTINE = prefiltered(
    rf"\b(?:when|if|whenever) (?:i|i'?m|im) {_NO_SLEEP}\b[^.?!]{{0,40}}\b{_SETTLE}"
    rf"|\b{_SETTLE}\b[^.?!]{{0,40}}\b(?:when|if|whenever) (?:i|i'?m|im) {_NO_SLEEP}\b"
    r"|\bcount\w* sheep\b"
)
SLEEP_ROUTINE_SPOILT = prefiltered(
    r"\b(?:nightmares?|bad dreams?|worr\w*|cry\w*|sob\w*|shout\w*|yell\w*|scream\w*|fight\w*|argu\w*|hid|hide|hiding|since|because|cos|coz|cause|cuz|sad|lonely|miss|alone|shaking|noises?|someone|somebody|door|for hours|all night|never)\b"
)
sleep_routine = Frame(SLEEP_ROUTINE, SLEEP_ROUTINE_SPOILT)

# --- a dream's creature sent away ---------------------------------------------------------------
_CREATURE = r"(?:witch|witches|monsters?|ghosts?|dragons?|trolls?|goblins?|zombies?|wolf|wolves|vampires?|giants?|spiders?|sharks?|bad ?guys?|baddies|baddy|clowns?|aliens?|dinosaurs?|skeletons?|bogey ?man|ogres?|snakes?|bears?|creatures?)"
DREAM_FIGURE_SENT_AWAY = prefiltered(
    r"\b(?:nightmares?|bad dreams?|dreams?|dreamt|dreamed|dreaming)\b[^.?!]{0,80}\b(?:told|tell|telling|said|say|shouted|yelled|screamed|made) (?:at )?(?:it|her|him|them|(?:the|that|a|this|those) \w+)? ?(?:to )?go away\b"
    rf"|\b(?:told|tell|telling|said to|shouted at|yelled at|made) (?:the |that |a |those |this )?(?:big |scary |mean |bad |horrible |silly |old )?{_CREATURE} (?:to )?go away\b"
)
DREAM_FIGURE_SPOILT = prefiltered(
    r"\b(?:real|really (?:there|happened|was)|actually|not a dream|wasn'?t a dream|wasnt a dream|woke up (?:and|to)|in my (?:room|bed)|came in|comes in|come in|someone|somebody|door|uncle|teacher|boyfriend|girlfriend|you|teddy)\b"
)
dream_figure_sent_away = Frame(DREAM_FIGURE_SENT_AWAY, DREAM_FIGURE_SPOILT, waives=(SCARED,))


BABIES_BEDTIME = (
    Softening(SafetyCategory.ABUSE, (baby_grasp,)),
    Softening(
        SafetyCategory.INSULT,
        (dream_figure_sent_away,),
        label="insult_phrase",
        words=words_are("go away"),
    ),
    Softening(SafetyCategory.DISTRESS, (sleep_routine,), mild_distress, label="distress"),
)
"""What the frames above take back (or lower to mild), for the child and the teddy alike."""


# --- a bedtime story in my bed --------------------------------------------------------------------
_STORY_IN_BED = prefiltered(
    r"\b(?:read\w*|tell\w*|told) (?:me |us )?(?:a |my |the |our |some |another |one more )?(?:bed ?time |night ?time |favourite |funny |new |next |last |first )?(?:stor(?:y|ies)|book|chapter|tale|poem|comic|annual)s?\b"
    # (fanote) "to finish our book", "to read harry potter with me"
    r"|\b(?:finish|finishes|finished|finishing) (?:reading )?(?:a |my |the |our )?(?:\w+ )?(?:stor(?:y|ies)|book|chapter|comic)s?\b"
    r"|\bread(?:s|ing)? (?:\w+ ){1,3}with (?:me|us)\b"
    r"|\bread(?:s|ing)? (?:to )?(?:me|us)\b(?! (?:his|her|their) (?:messages|texts|chats))"
    r"|\b(?:bed ?time|night ?time) (?:stor(?:y|ies)|book|chapter)s?\b"
)
_STORY_IN_BED_SPOILT = spoilt_by(
    r"\b(?:no clothes|without (?:any |her |his |their )?clothes|(?:her|his|their) clothes off|under (?:the|my) (?:covers|duvet|blanket|quilt)|(?:shuts?|shut|locks?|locked|closes?|closed) the door|lights? off|in the dark|lies on me|lay on me|on top of me|cuddl\w* (?:me )?(?:too )?(?:close|tight)|pyjamas? off|pjs off|every night (?:when|after) (?:mum|mom|dad|everyone)|weird|uncomfortable|(?:don'?t|dont) like it|hate it)\b",
    TOUCH,
    HIDDEN,
    HURT,
    FEAR,
    OLDER,
)


def bedtime_story_in_bed(text: str) -> bool:
    """A grown-up in the child's bed to read or tell a story, and nothing to spoil it."""
    return _STORY_IN_BED.search(text) is not None and not _STORY_IN_BED_SPOILT.search(text)
