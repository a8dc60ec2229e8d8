# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Family care that reads like harm to the rules (round 39's false alerts, fixed as families),
each with the words that spoil it:

- a parent or grandparent settling the child to sleep ("when I can't sleep mummy lies next to
  me until I fall asleep", "dad sits with me when I have a bad dream"), spoilt by fear of
  someone, a secret, a touch, a grown-up who is not a parent, crying every night or being
  left alone (softens the distress words of rules_wellbeing, through engine._rule_findings);
- (round 43) a worry a parent then settled: homesick at a sleepover "so dad came and got me",
  scared of the dark "but mum left the landing light on", a call home and "then i felt fine";
  spoilt by fear of someone, shouting, hurting, a secret, or nobody coming (softens
  rules_wellbeing's distress words and rules_meaning_flags' homesick flag);
- a grown-up's own medicine taken the usual way, the child only helping ("Grandpa takes his
  heart pills every morning and lets me open the little days-of-the-week box"), spoilt by the
  child swallowing, tasting or trying any, a secret, sweets, too many (rules_risky's
  dangers);
- (round 58) a grandparent's fond secret kept from the other children ("grandma says im her
  favourite but dont tell my cousins lol"), spoilt by a secret from the parents, a touch, money,
  a bedroom or being alone (rules_harm.find_abuse's secrecy);
- (fa8485b) a family recipe kept from outsiders ("we have a secret family recipe for lasagne and
  nana says i cant tell anyone the ingredients"), spoilt by the parents kept out, a touch, a
  bed or a bath, photos, presents heaped on the child (rules_harm.find_abuse's secrecy)."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import AGAIN, HIDDEN, SCARED
from domain.safety.benign_softening import mild_distress
from domain.safety.findings import Finding
from domain.safety.meaning_concepts_acts import SECRET_SPOILT
from domain.safety.meaning_concepts_people import DADS, MUMS
from domain.safety.prefilter import prefiltered

_CARER = r"(?:mum|mummy|mom|mommy|mam|mama|dad|daddy|papa|my (?:mum|mom|dad|nan|nana|gran|granny|grandma|grandad|grandpa|parents)|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|granddad|mum and dad|mom and dad|my parents)"
_SETTLES = (
    r"(?:lies|lays|lie|lay|sits|sit|stays|stay|cuddles|cuddle|snuggles|snuggle|reads|read|sings|sing|strokes|stroke|rubs|rub|holds|hold|comes|come|tucks|tuck)"
    r"(?: (?:down|up|in))?(?: (?:with|next to|beside|by|on) (?:me|my bed)| me| to me| my (?:back|hair|head))?"
)
CARER_SETTLES_ME = prefiltered(
    rf"\b{_CARER}\b (?:always |usually |sometimes |just )?{_SETTLES}\b[^.?!]{{0,30}}\b(?:until|till|til|so|and then|while) (?:i|I) (?:fall|falls|fell|go|get|drift|nod)\w* (?:off |back )?(?:asleep|to sleep|off)\b"
    rf"|\b(?:when|if|whenever) (?:i|I) (?:can'?t|cant|cannot|don'?t|do not) (?:get to )?sleep\b[^.?!]{{0,20}}\b{_CARER}\b (?:always |usually |sometimes |just )?{_SETTLES}\b"
    rf"|\b(?:when|if|whenever) (?:i|I) (?:have|get|had) (?:a )?(?:bad dreams?|nightmares?)\b[^.?!]{{0,20}}\b{_CARER}\b (?:always |usually |sometimes |just )?{_SETTLES}\b"
)
SETTLING_SPOILT = prefiltered(
    r"\b(?:scared of (?:him|her|them|my|the)|afraid of (?:him|her|them|my|the)|secret\w*|don'?t tell|touch\w*|under (?:my|the) (?:covers|duvet|pyjamas|clothes)|private|naked|hurts?|hit\w*|every night i cry|cry every night|crying every night|all night|alone|nobody|no one"
    r"|(?:uncle|step ?dad|stepdad|boyfriend|lodger|babysitter|neighbou?r|coach|man|men)\b)",
)


# A parent or grandparent settling the child to sleep, nothing spoiling it.
settled_by_a_carer = Frame(CARER_SETTLES_ME, SETTLING_SPOILT)

# (round 43) A worry away from home or in the night that a parent then settled: homesick at a
# sleepover "so dad came and got me", scared of the dark "but mum left the landing light on",
# homesick at camp "so mum rang me and then i felt fine".
_WORRY = (
    r"(?:homesick|home sick|scared|frightened|afraid|upset|worried|sad|lonely|cried|crying|teary"
    r"|(?:couldn'?t|could not|can'?t|cant|couldnt) (?:get to )?sleep|(?:a )?bad dreams?|(?:a )?nightmares?"
    r"|missed (?:my )?(?:mum|mummy|mom|mommy|dad|daddy|home|my bed)|wanted (?:my )?(?:mum|mummy|mom|mommy|dad|daddy|to go home))"
)
_CAME_FOR_ME = (
    r"(?:came|come|comes|drove (?:over |round |all the way )?|rushed (?:over |round )?)(?: (?:and|to|over|round|straight)){0,3}"
    r" (?:got|get|gets|fetch(?:ed)?|collect(?:ed)?|pick(?:ed)? me up|took me home|take me home|brought me home|bring me home|cuddled me|cuddle me|gave me (?:a )?(?:hug|cuddle)|sat with me|sit with me|stayed with me|lay with me|lie with me)"
    r"|(?:picked|fetched|collected) me(?: up)?|took me home|brought me home"
    r"|(?:rang|called|phoned|facetimed|video ?called) (?:me|us)\b[^.?!]{0,30}\b(?:felt|feel|was|i'?m|got) (?:better|fine|ok|okay|happy|calm)"
    r"|(?:left|leaves|leave|put|puts|turned|turns|switched|switches) (?:on )?(?:the |a |my )?(?:landing|hall|hallway|night|bathroom|big|little|door|lamp) ?(?:light|lamp)(?: on)?|(?:left|leaves|leave) (?:the|my) door open"
)
CARER_CAME_FOR_ME = prefiltered(
    rf"\b{_WORRY}\b[^.?!]{{0,60}}\b{_CARER}\b (?:\w+ ){{0,3}}?(?:{_CAME_FOR_ME})\b"
)
CAME_FOR_ME_SPOILT = prefiltered(
    r"\b(?:(?:scared|afraid|frightened|terrified) of (?:him|her|them|my \w+|the (?:man|men|lady|boy|boys|girl|girls|stranger|babysitter|big kids))|secret\w*|don'?t tell|touch\w*|private|naked|hurt\w*|hit\w*|smack\w*|shout\w*|yell\w*|angry|cross with me|mad at me"
    r"|nobody|no one|didn'?t come|never came|wouldn'?t come|won'?t come|still (?:scared|crying|homesick|sad|upset|frightened))\b",
)
# A parent came for the child, rang, or left a light on, nothing spoiling it.
settled_after_a_worry = Frame(CARER_CAME_FOR_ME, CAME_FOR_ME_SPOILT, waives=(SCARED,))


def settled_by_a_parent(text: str) -> bool:
    """Settled to sleep, or settled after a worry (rules_wellbeing, rules_meaning_flags)."""
    return settled_by_a_carer(text) or settled_after_a_worry(text)


def soften_settled_distress(findings: list[Finding], text: str) -> list[Finding]:
    """rules_wellbeing's distress words ("I can't sleep") in a line where a parent settles
    the child to sleep: recorded as mild, not flagged."""
    if not any(f.category is SafetyCategory.DISTRESS for f in findings):
        return findings
    if not settled_by_a_parent(text):
        return findings
    return [
        mild_distress(f) if f.category is SafetyCategory.DISTRESS and f.label == "distress" else f
        for f in findings
    ]


_ELDER = r"(?:grandpa|grandad|granddad|grampa|gramps|grandma|gran|granny|nan|nana|nanny|mum|mummy|mom|mommy|dad|daddy|my (?:nan|gran|grandma|grandpa|grandad|mum|mom|dad|auntie|aunt|uncle)|auntie|aunty|he|she)"
_OWN_MEDS = r"(?:his|her|their) (?:\w+ ){0,3}?(?:pills|tablets|medicine|medicines|medication|meds|inhaler|insulin|vitamins)"
ELDER_OWN_MEDICINE = prefiltered(
    rf"\b{_ELDER}\b (?:always |has to |needs to |must |just )?(?:takes?|has|needs|swallows?|uses?) {_OWN_MEDS}\b"
    r"[^.?!]{0,60}\b(?:lets? me|let me|helps? me|i|i get to|i can|i always|i help (?:him|her|them))\s?(?:to )?(?:help|open|hand|pass|fetch|bring|get|count|remind|press|fill|pour|close|sort|put|pop|push|check)\b"
)
ELDER_MEDICINE_SPOILT = prefiltered(
    r"\b(?:i (?:ate|eat|took|take|swallowed|swallow|tried|try|tasted|taste|licked|had) (?:one|some|a few|them|it|a pill|a tablet)|(?:ate|swallowed|tasted|tried) (?:one|some|a few)|look like (?:sweets|candy|smarties)|sweets|candy|secret\w*|sneak\w*|all of them|too many|extra|without (?:asking|him knowing|her knowing)|by myself|on my own|when (?:he|she)'?s (?:asleep|not looking)|"
    r"i get (?:one|some)|(?:gives?|gave|lets?) me (?:one|some|have|try|taste)|i want to (?:try|taste|take|eat)|can i (?:try|taste|take|have|eat))\b",
)


# A grown-up's own medicine taken the usual way, the child helping with the box.
elder_own_medicine = Frame(ELDER_OWN_MEDICINE, ELDER_MEDICINE_SPOILT, waives=(AGAIN,))


# (round 58) A grandparent's or a parent's fond secret kept from the other children: "grandma
# says im her favourite but dont tell my cousins lol". Spoilt by a secret from the parents, a
# touch, a gift of money or a phone, a bedroom or being alone with them (and the shared kinds).
_FOND_ONE = r"(?:nan|nana|nanny|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grampa|grandfather|mum|mummy|mom|mommy|dad|daddy|auntie|aunty|aunt)"
_OTHER_KIDS = r"(?:(?:my|the|her|his|our) (?:little |big |older |younger |baby |twin )?(?:cousins?|brothers?|sisters?|siblings?|bro|sis|sibs)|the (?:others|other (?:kids|grandkids|grandchildren|cousins))|(?:my|the|her|his) (?:other )?(?:grandkids|grandchildren))"
_NOT_TELL = r"(?:(?:don'?t|dont|do not|not to|never|mustn'?t|shh+,?) (?:tell|say to)|shh+)"
FAVOURITE_KEPT_FROM_KIDS = prefiltered(
    rf"\b{_FOND_ONE}\b (?:says?|said|told me|tells me|thinks?)\b[^.?!]{{0,20}}\b(?:i'?m|im|i am|i was) (?:her|his|their|the) (?:fav(?:ou?rite|e|orite)?|best)\b[^.?!]{{0,30}}\b{_NOT_TELL} {_OTHER_KIDS}\b"
    rf"|\b{_NOT_TELL} {_OTHER_KIDS}\b[^.?!]{{0,20}}\b{_FOND_ONE}\b (?:says?|said|told me|tells me|thinks?)\b[^.?!]{{0,20}}\b(?:i'?m|im|i am|i was) (?:her|his|their|the) (?:fav(?:ou?rite|e|orite)?|best)\b"
)
FAVOURITE_SPOILT = prefiltered(
    r"\b(?:uncle|step ?dad|stepdad|boyfriend|lodger|babysitter|neighbou?r|coach|teacher|man|men|money|cash|phone|bedroom|in bed|alone|just (?:me and|us)|lap|kiss\w*|cuddl\w*|photos?|pictures?|special (?:game|secret|girl|boy)|our (?:game|secret))\b"
)

# (round 58) A fond favourite kept from the cousins, nothing spoiling it.
favourite_kept_from_kids = Frame(FAVOURITE_KEPT_FROM_KIDS, FAVOURITE_SPOILT)

# (fa8485b) A family recipe or its secret ingredient kept from outsiders: "nana says i cant tell
# anyone the ingredients". A secret is its reading (HIDDEN waived); the parents kept out, a touch,
# a bed, a bath, photos or presents heaped on the child spoil it.
RECIPE_SECRET = prefiltered(
    r"\b(?:recipes?|ingredients?|secret (?:sauce|spices?|spice mix|formula|method|trick to (?:it|making))|how (?:she|he|they|we) (?:makes?|bakes?|cooks?) (?:it|them))\b"
)
_PARENTS_KEPT_OUT = (
    rf"\b(?:(?:don'?t|dont|do not|never|not to|mustn'?t|can'?t|cant|not allowed to) tell (?:my |your |ur |our )?(?:{MUMS}|{DADS}|parents|teachers?)"
    rf"|secret from (?:my |your |ur |our )?(?:{MUMS}|{DADS}|parents)|(?:{MUMS}|{DADS}|parents) (?:can'?t|mustn'?t|won'?t|will never|must never|doesn'?t|never) (?:know|find out))\b"
)
RECIPE_SECRET_SPOILT = prefiltered(f"{SECRET_SPOILT.pattern.pattern}|{_PARENTS_KEPT_OUT}")
recipe_kept_in_family = Frame(RECIPE_SECRET, RECIPE_SECRET_SPOILT, waives=(HIDDEN,))
