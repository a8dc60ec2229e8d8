# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Care or teaching used as a pretext (the spoilt versions of rules_benign_frames_family_life's
doctor's exam and skill taught with hands held), critical:

- A doctor, nurse, dentist or physio who undresses the child or checks the private parts, with
  a secret ("said not to tell my mum"), the parent sent out or away ("when mum went out of the
  room"), the child alone with them, photos or filming, or the private parts touched for no
  reason the child gives (a sore, a rash, it hurts when i wee).
- Someone who says or pretends they are a doctor or a nurse, or plays doctors or hospitals
  with the child, and undresses the child or checks under the pants ("the man said he's a
  doctor and needed to check under my pants").
- A grown-up teaching or helping the child (swimming, a bike, a knife, the bath, getting
  changed) who adds a secret to touching, to the bath or changing, or to "our special lesson";
  or who touches the child's bottom or private parts "as part of the lesson".

Near misses stay allowed: an exam with a parent there, nits, a jab, a rash looked at, "the
doctor said not to tell me the end of the film", doctors played with teddies, a swimming
teacher holding the child's tummy, a secret that is a present, a surprise or a magic trick."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_acts import PRIVATE_NAMES, PRIVATE_WORDS, benign_secret
from domain.safety.meaning_concepts_people import DADS, GRANDADS, GRANS, MUMS, STEP_PARENT
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames import BODY_SAFETY_LESSON, TOLD_OF_SELF
from domain.safety.rules_benign_frames_family_life import MEDICAL_EXAM_WITH_PARENT

A = SafetyCategory.ABUSE
X = SafetyCategory.SEXUAL

_PARENT = rf"(?:{MUMS}|ma|{DADS}|my parents|parents|{GRANS}|{GRANDADS}|{STEP_PARENT})"
_CLOTHES = r"(?:top|t-?shirt|tshirt|shirt|vest|jumper|clothes|pants|trousers|jeans|shorts|knickers|undies|underwear|panties|pyjamas|pajamas|pj'?s|skirt|dress|nightie|nappy|swimsuit|costume|leggings|tights|bottoms)"
_PARTS = rf"(?:{PRIVATE_WORDS}|private (?:area|place|places|spot)|bits|{PRIVATE_NAMES}|penis|vagina|wee ?wee|pee ?pee|bum|bottom|butt|boobs?|nipples?)"
_UNDER_CLOTHES = r"(?:under|in|inside|down|up) my (?:pants|knickers|undies|underwear|panties|shorts|nappy|swimsuit|costume|skirt|nightie|pyjamas|pajamas|trousers)"
# What a verb reaches: my private parts, down there, under my pants, me on the bottom.
_REACHES = rf"(?:(?:at |on )?(?:all )?my {_PARTS}|(?:at )?(?:me )?down there|(?:me )?{_UNDER_CLOTHES}|me (?:on|in) (?:the |my )?{_PARTS})(?!\w)"
# The child undressed, or the private parts looked at or touched.
UNDRESSED = prefiltered(
    rf"\bmy (?:(?:school|new|pe|swimming|swim|wet|dirty|night|under) )?{_CLOTHES}(?: and (?:my )?{_CLOTHES})? (?:off|down)\b"
    rf"|\b(?:off|down) my (?:(?:school|new|pe|swimming|swim|wet|dirty|night|under) )?{_CLOTHES}\b|\b(?:take|took|takes|taking|get|got|gets|getting) (?:everything|it all|all my clothes) off\b"
    r"|\b(?:undress\w*|strip|strips|stripped|stripping|get naked|got naked|naked|nakey|no clothes|nothing on|without (?:my |any )?clothes)\b|"
    # (miss5455) "a pic of me with no top on", "topless"
    r"\bno (?:top|t-?shirt|tshirt|shirt|vest|trousers|bottoms|pants|knickers|undies) on\b|\bwithout (?:my |a |any )?(?:top|t-?shirt|tshirt|shirt|vest|trousers|bottoms|pants|knickers|undies) on\b|\b(?:topless|shirtless)\b|\b(?:just |only |down )?(?:in|to) my (?:pants|knickers|undies|underwear|vest and pants)\b"
)
PRIVATE_CHECKED = prefiltered(
    rf"\b(?:check\w*|look|looks|looked|looking|feel|feels|felt|feeling|touch\w*|see|saw|examin\w*|rub\w*|poke\w*|prod\w*|peek\w*|measur\w*|inspect\w*) {_REACHES}"
)
# --- a medic -----------------------------------------------------------------------------
MEDIC = prefiltered(
    r"\b(?:doctors?|doctor'?s|docs?|dr|gp|nurses?|paediatrician|pediatrician|dentist|physio|surgeon|medic|consultant)\b"
)
_SECRET = prefiltered(
    r"\b(?:secret|secrets|between us|between you and me|just us two|promise (?:not|never)|made me promise|"
    r"(?:not|never|mustn'?t|mustnt|don'?t|dont|do not|shouldn'?t|shouldnt) (?:to )?(?:tell|mention)|"
    r"(?:can'?t|cant|won'?t|wont|not allowed to|never allowed to|not supposed to) (?:tell|say|mention) (?:anyone|anybody|any ?one|no ?one|nobody|mum|mom|dad|mummy|daddy|my|your|our|about)|"
    r"(?:nobody|no one|noone) (?:can|will|must|needs to|has to|is allowed to) (?:know|find out)|(?:so|that) (?:mum|mom|dad|my parents|nobody|no one) (?:doesn'?t|don'?t|won'?t|never) (?:know|find out)|"
    r"(?:mum|mom|dad|my mum|my mom|my dad|my parents|parents|nobody|no one) (?:doesn'?t|doesnt|didn'?t|didnt|don'?t|dont) (?:need|have) to (?:know|find out))\b"
)
_PARENT_AWAY = prefiltered(
    rf"\b{_PARENT}\b (?:wasn'?t|wasnt|was not|weren'?t|werent|were not|isn'?t|is not) (?:there|in the room|with me|in there|allowed in|looking)\b"
    rf"|\b{_PARENT}\b (?:had |has )?(?:went|gone|go|goes|going|left|stepped|popped|nipped|ran|had to go|had to leave|was sent|got sent) "
    r"(?:out|away|outside|off|to (?:the )?(?:toilet|loo|bathroom|car|car ?park|shops?|get|pay|reception|the phone|answer|move|park|feed|fetch|find))\b"
    rf"|\b{_PARENT}\b (?:had to |was told to |was asked to |has to )?(?:wait|waited|waiting|waits|stay|stayed) (?:outside|in the (?:corridor|car|hall|hallway|waiting room))\b"
    rf"|\b(?:sent|sends|told|tells|asked|asks|made|makes|got) (?:my )?{_PARENT}\b (?:to )?(?:out|away|go|leave|wait)\b|\bwithout (?:my )?{_PARENT}\b"
    r"|\b(?:out of|left|leave|leaves) the room\b"
)
_ALONE = prefiltered(
    r"\b(?:alone|(?:on my own|by myself) with|(?:come|came|go|went|be|stay|visit) (?:in |back )?(?:on my own|by myself)|(?:was|were|in there|in the room|left me) (?:all )?(?:on my own|by myself)|just (?:me|us) and (?:him|her|them|the \w+)|only me and (?:him|her)|lock\w* the door)\b"
)
_CAMERA = prefiltered(
    r"\b(?:photos?|photograph\w*|pictures?|pics?|camera|film|filmed|filming|films|video|videos|videoed|record|recorded|recording|selfies?)\b"
)
# Photos of a rash or an x-ray, a sore down there: a medic's reason, said by the child.
_PHOTO_REASON = prefiltered(
    r"\b(?:rash|moles?|spots?|eczema|birthmark|burn|cut|graze|wound|x-?rays?|scans?|bites?|swelling|lump|stitches|scar|watch\w*|ipad|tablet|cartoons?|to show (?:the|another|a) (?:doctor|specialist|skin doctor))\b"
)
_PRIVATE_REASON = prefiltered(
    r"\b(?:sore|hurts?|hurting|hurt|itch\w*|rash|infection|red|swollen|lump|operation|hernia|stings?|when i (?:wee|pee)|bleeding|poorly|ill|worms?|constipat\w*|injection|jab|cream|nappy|tummy)\b"
)
# --- someone who plays or pretends to be a doctor -----------------------------------------------
PRETEND_MEDIC = prefiltered(
    r"\b(?:said|says|say|told me|tells me|telling me|claim\w*|reckons?|makes? out) (?:that )?(?:he|she|they)(?:'?s| is| was| were| are|'?re)? (?:a |the |like a )?(?:doctor|nurse|medic|dentist)\b"
    r"|\b(?:pretend\w*|acts?|acting|dress\w* up) (?:to be |like |as )?(?:a |the |my )?(?:doctor|nurse|medic)\b"
    r"|\bplay(?:s|ed|ing)? (?:at )?(?:doctors?|hospitals?|nurses?|check-?ups?)\b|\b(?:doctors and nurses|hospital game|doctor game|doctors game|check-?up game)\b"
    r"|\b(?:he|she) (?:was|is|'?s) the (?:doctor|nurse) and i (?:was|am|'?m) the patient\b"
)
_TOYS = prefiltered(
    r"\b(?:teddy|teddies|teddys|bunny|dolls?|dollies|stuffies|stuffy|plushies|soft toys?|toys?|bears?)\b"
)
# --- a grown-up teaching or helping --------------------------------------------------------
TEACHING = prefiltered(
    r"\b(?:teach\w*|taught|show(?:s|ed|ing)? me how|lessons?|practi[sc]\w*|training|coach\w*|instructor|tutor\w*|learn\w*|"
    r"help\w* me (?:to )?(?:swim|ride|float|dive|use|hold|cut|carve|whittle|wash|dry|change|get changed|get dressed|get undressed|undress|in the (?:bath|shower|pool))|"
    r"(?:swimming|bike|riding|football|gymnastics|dance|karate|piano|guitar|drums?)\b)"
)
_GROWN_UP = prefiltered(
    r"\b(?:uncle|aunt|auntie|aunty|grandad|granddad|grandpa|gramps|grandma|nan|nana|granny|coach|teacher|instructor|tutor|leader|lifeguard|man|men|guy|lady|woman|neighbou?r|"
    r"step ?\w+|boyfriend|babysitter|sitter|nanny|lodger|cousin|grown ?-?up|adult|mum|mom|mummy|mommy|dad|daddy|(?:mum|mom|dad)'?s friend|(?:1[6-9]|[2-9]\d) ?(?:yo|years? old))\b"
)
_NOT_A_PARENT = prefiltered(
    r"\b(?:uncle|aunt|auntie|aunty|grandad|granddad|grandpa|gramps|coach|teacher|instructor|tutor|leader|lifeguard|man|men|guy|lady|woman|neighbou?r|"
    r"step ?\w+|boyfriend|babysitter|sitter|nanny|lodger|cousin|friend|(?:mum|mom|dad)'?s friend)\b"
)
_CONTACT = prefiltered(
    r"\b(?:held|holds|holding|hold) (?:me|my|onto me)\b|\b(?:his|her|their) hands? (?:on|over|around|round|up|down) (?:me|my|mine)\b"
    r"|\b(?:touch\w*|tickl\w*|cuddl\w*|kiss\w*|strok\w*|rub\w*|squeez\w*|grab\w*) (?:me|my)\b|\b(?:sat|sits|sit|put|puts) me on (?:his|her) (?:lap|knee|knees)\b"
)
_UNDRESSED_SETTING = prefiltered(
    r"\b(?:baths?|bathtub|showers?|get(?:ting)? changed|changing room|changing|undress\w*|get(?:ting)? dressed|naked|in my (?:pants|knickers|undies|towel)|in (?:his|her|my) (?:bed|bedroom|room)|alone|on my own|just (?:me|us) and)\b"
)
_SPECIAL_LESSON = prefiltered(
    r"\b(?:special|secret|extra special) (?:lessons?|practi[sc]e|training|classes?|sessions?)\b|\b(?:our|my) private (?:lessons?|practi[sc]e|training|classes?|sessions?)\b|\bprivate (?:lessons?|classes?|sessions?)\b"
)
# "he says it's part of training", "that's how you learn": the pretext said out loud.
_PART_OF_IT = prefiltered(
    r"\b(?:it'?s|its|it is|it was|that'?s|thats|this is) (?:all |just )?(?:part of (?:the |my )?(?:training|lesson|lessons|class|learning|swimming|it)|how you (?:learn|get better|train)|what (?:all )?(?:coaches|teachers|instructors|swimmers|dancers|gymnasts|athletes) (?:do|have to)|normal (?:for|in) (?:training|lessons?|swimming|gymnastics|dance))\b"
)
_BODY_LOOKED_AT = prefiltered(
    r"\b(?:check\w*|look\w* at|measur\w*|feel\w*|felt|weigh\w*|examin\w*|inspect\w*) (?:all (?:of )?)?my (?:body|shape|muscles|chest|legs|thighs|hips|tummy|belly|skin)\b"
)
_CARE_OR_PLAY = prefiltered(
    r"\b(?:cream|sun ?cream|towel|dry|dried|drying|wash\w*|wip\w*|sore|rash|nappy|potty|toilet|itch\w*|sunburn\w*|bath\w*|laugh\w*|lol|haha\w*|joke|joking|giggl\w*|game)\b"
)
BOTTOM_TOUCHED = prefiltered(
    rf"\b(?:touch\w*|rub\w*|strok\w*|feel|feels|felt|grab\w*|squeez\w*|pat|pats|patted|patting|pinch\w*|kiss\w*|tickl\w*) {_REACHES}"
    r"|\b(?:his|her|their) hands? (?:on|in|inside|under|down|up) my (?:bum|bottom|butt|privates?|private \w+|pants|knickers|undies|swimsuit|costume|shorts|skirt)\b"
)


def _medic_pretext(text: str) -> bool:
    undressed = UNDRESSED.search(text) is not None
    private = PRIVATE_CHECKED.search(text) is not None
    if not (undressed or private):
        return False
    secret = _SECRET.search(text) is not None and not benign_secret(text)
    camera = _CAMERA.search(text) is not None and not _PHOTO_REASON.search(text)
    if secret or camera or _PARENT_AWAY.search(text) or _ALONE.search(text):
        return True
    # Private parts checked with a parent there, or for a reason the child gives: care.
    return (
        private and not _PRIVATE_REASON.search(text) and not MEDICAL_EXAM_WITH_PARENT.search(text)
    )


def _teaching_pretext(text: str) -> bool:
    if not _GROWN_UP.search(text):
        return False
    if BODY_SAFETY_LESSON.search(text) and not TOLD_OF_SELF.search(text):
        return False  # "we learned at school that if someone touches you ... tell"
    outsider = _NOT_A_PARENT.search(text) is not None
    # Touched on the bottom or the private parts: by a parent, only without a reason of care.
    if BOTTOM_TOUCHED.search(text) and (outsider or not _CARE_OR_PLAY.search(text)):
        return True
    # The child undressed for a "check" that is "part of training".
    if (
        outsider
        and UNDRESSED.search(text)
        and (_PART_OF_IT.search(text) or _BODY_LOOKED_AT.search(text))
    ):
        return True
    secret = _SECRET.search(text) is not None and not benign_secret(text)
    special = _SPECIAL_LESSON.search(text) is not None
    if not (secret or (special and _CONTACT.search(text))):
        return False
    if _UNDRESSED_SETTING.search(text) or special:
        return True
    # Hands held with a secret: a grown-up who is not the child's mum or dad.
    return outsider and _CONTACT.search(text) is not None


# (fixholes) A body-safety lesson retold, then "my uncle does that to me".
BODY_LESSON = prefiltered(
    r"\b(?:learn\w*|taught|teach\w*|lessons?|talk\w*|told us|video|pshe|rshe|rse|sex ed\w*|health class)\b[^.?!]{0,40}\b(?:puberty|private parts|privates|body parts|bad touch\w*|unsafe touch\w*|sex|how babies are made|where babies come from|consent|pants rule|underwear rule|pants|abuse)\b"
)
DOES_THAT_TO_ME = prefiltered(
    r"\b(?:uncle|dad|daddy|stepdad|step ?dad|step ?mum|mum|mummy|mom|grandad|grandpa|granddad|cousin|brother|babysitter|coach|teacher|neighbou?r|tutor|boyfriend|he|she|someone|a man|a lady)\b(?:'?s \w+)? (?:\w+ )?"
    r"(?:does|did|has done|keeps doing|always does|still does|used to do|makes me do|made me do|tries to do|tried to do|is doing|was doing) (?:that|this|those (?:things|stuff)|that stuff|it|the same|them)(?: (?:thing|stuff|things))? (?:to|on) me\b"
)
# Consent kept: "my friend always asks before she hugs me".
_LESSON_KIND = prefiltered(
    r"\b(?:asks? (?:me )?(?:first|before)|always asks|lets me say no|stops when i say)\b"
)


def find_pretext_abuse(text: str) -> list[Finding]:
    out: list[Finding] = []
    if BODY_LESSON.search(text) and DOES_THAT_TO_ME.search(text) and not _LESSON_KIND.search(text):
        out.append(Finding(A, "lesson_then_done_to_me", CRITICAL, 0, len(text)))
    if MEDIC.search(text) and _medic_pretext(text):
        pretend = PRETEND_MEDIC.search(text) is not None
        if not (pretend and _TOYS.search(text) and not _ALONE.search(text)):
            out.append(Finding(A, "medical_pretext", CRITICAL, 0, len(text)))
    if PRETEND_MEDIC.search(text) and (UNDRESSED.search(text) or PRIVATE_CHECKED.search(text)):
        out.append(Finding(X, "pretend_medic", CRITICAL, 0, len(text)))
    if TEACHING.search(text) and _teaching_pretext(text):
        out.append(Finding(A, "lesson_pretext", CRITICAL, 0, len(text)))
    return out
