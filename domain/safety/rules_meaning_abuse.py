# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Carers hurting or neglecting a child, told in a child's words (round 21, paraphrases_a/_b):
burning or scalding as punishment, marks shaped like a hand or a buckle, a cover story for
an injury, being shut in the dark, being left alone for days, no food, sleeping in the car,
a carer too drunk to remember, being told you should never have been born; (round 22) no
food while the carer sleeps for days, a child left caring for a baby all weekend."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

A = SafetyCategory.ABUSE

CARER = r"(?:mum|mom|mummy|mommy|mama|dad|daddy|papa|father|mother|step ?(?:mum|mom|dad|mother|father)|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunt|uncle|carer|foster \w+|(?:mum|mom|mummy|mommy)'?s (?:new )?(?:boyfriend|friend|partner)|(?:dad|daddy)'?s (?:girlfriend|friend|partner))"

# A hand held on something hot; a carer burning, hitting, choking, dragging the child.
CARER_HARM = prefiltered(
    r"\b(?:puts?|put|held|holds|pressed|presses|pushed|pushes|forced|forces)\b[^.?!]{0,15}\bmy (?:hands?|fingers?|arms?|feet|foot|face)\b[^.?!]{0,12}\b(?:on|onto|against|in|into|under)\b[^.?!]{0,6}\b(?:the )?(?:hot|boiling)\b[^.?!]{0,10}\b(?:cooker|kettle|pan|oven|iron|stove|hob|water|radiator|tap|plate)\b"
    rf"|\b{CARER}\b[^.?!]{{0,8}}\b(?:burned|burns|hurts|hurt|hurting|kicked|kicks|punched|punches|choked|chokes|strangled) me\b"
    rf"|\b{CARER}\b[^.?!]{{0,8}}\b(?:pulled|pulls|dragged|drags) me (?:by|across|along|up)\b"
    rf"|\b(?:{CARER}|a parent)\b[^.?!]{{0,10}}\bto (?:choke|strangle|burn|punch|kick) (?:you|u|me|kids)\b"
    r"|\b(?:threw|throws|chucked|chucks)\b (?:a |the |his |her )?(?:plates?|cups?|mugs?|bottles?|chairs?|glass|remote)\b at me\b[^.?!]{0,30}$"
)
HARM_NOT = prefiltered(
    r"\b(?:by accident|accidentally|by mistake|tickl\w*|game|playing|pillow fight|brother|sister|friend|cousin|baby|dog|cat)\b"
)

# Marks shaped like a hand or a buckle; hit with a cable; smacked until the ear rang.
INJURY_MARK = prefiltered(
    r"\b(?:marks?|bruises?|lines|welts?|lumps?|puffy|swollen|black eye)\b[^.?!]{0,30}\b(?:from (?:where )?(?:the |his |her |a )?(?:shoe|belt|buckle|fist|cable|charger|stick|spoon|slipper) (?:end |hit)?|shaped like (?:a |an |\w+'?s )?(?:hand|belt|buckle|shoe)|from the buckle|from where \w+ (?:hit|kicked|punched|slapped|grabbed))"
    r"|\b(?:red|purple|big) hand ?print\b|\bhand ?print on my\b"
    r"|\b(?:hit|whipped|beaten|belted|smacked) with (?:the|a|his|her|my) (?:phone )?(?:charger|cable|cord|belt|buckle|stick|shoe|slipper|hanger|spoon|wire)\b"
    r"|\b(?:smack|slap|punch|hit) so hard\b[^.?!]{0,25}\b(?:ear|nose|lip|face|head)\b"
    rf"|\b{CARER}'?s? (?:belt|slipper|stick|strap) again\b"
    r"|\b(?:have to|told me to|tells me to|made me|makes me|supposed to) say (?:that )?i (?:fell|walked into|tripped|bumped|did it my ?self|hit my)\b"
    r"|\bkeeps? me (?:off|home from) school\b[^.?!]{0,30}\b(?:face|bruises?|marks?|eye|normal|heal\w*|go(?:es)? away)\b"
    r"|\bso (?:that )?(?:my teacher|nobody|no one|people|anyone) (?:wouldn'?t|won'?t|doesn'?t|can'?t|couldn'?t) see (?:the |my )?(?:marks?|bruises?|burns?)\b"
)

# Shut in the dark, kneeling on rice, held down until it hurts, "you should never have been born".
HARSH_MORE = prefiltered(
    r"\bhome is (?:worse|scarier) than school\b|\bput (?:me|us) in the (?:boot|trunk)\b"
    r"|\bkneel\w* on (?:rice|gravel|peas|salt)\b|\b(?:holds?|held|pins?|pinned) me down\b[^.?!]{0,25}\b(?:hurts|hurt|cry|can'?t breathe|scared)\b"
    r"|\b(?:shut|locked|lock|locks|shuts|puts?)\b (?:me )?(?:in|inside) (?:the|a|my) (?:dark )?(?:cupboard|cellar|basement|shed|closet|wardrobe|room)\b[^.?!]{0,40}\b(?:no (?:light|food)|when i'?m|if i|for (?:hours|ages)|all (?:day|night))\b"
    rf"|\b(?:{CARER}|he|she)\b[^.?!]{{0,25}}\bwish(?:es|ed)? (?:i|you) (?:was |were |had )?never (?:got |been )?born\b"
    rf"|\b{CARER}\b[^.?!]{{0,10}}\b(?:says?|said|tells me|told me|calls me|called me)\b[^.?!]{{0,8}}\b(?:worthless|a waste of space|a mistake|a burden)\b"
)

# Left alone for days or all night, no food for days, sleeping in the car, a drunk carer.
NEGLECT_MORE = prefiltered(
    r"\b(?:leaves?|left)\b (?:me|us)\b[^.?!]{0,35}\b(?:on (?:my|our) own|alone|by (?:my|our) ?sel\w+|with the baby|look after the baby)\b[^.?!]{0,30}\b(?:all (?:weekend|night|day|week)|for days|overnight|till morning|and goes out|and went out)\b"
    r"|\bgoes out\b[^.?!]{0,15}\b(?:leaves?|left) me\b[^.?!]{0,30}\b(?:till morning|all night|baby)\b"
    r"|\b(?:nobody|no one|no-one)\b[^.?!]{0,25}\b(?:home|there|came back)\b[^.?!]{0,20}\b(?:whole weekend|all weekend|for (?:two|three|four|five|\d+|a few) days|all week|for days)\b"
    r"|\b(?:haven'?t|have not|hasn'?t|didn'?t|not) (?:had|eaten|got) (?:any )?(?:food|dinner|anything to eat)\b[^.?!]{0,10}\bfor (?:two|three|four|five|\d+|a few|many) days\b"
    r"|\b(?:never|don'?t|won'?t) (?:give|gives) me (?:any )?(?:dinner|food|breakfast|tea|lunch)\b|\block\w* the (?:fridge|food|cupboards?|kitchen)\b"
    r"|\bforgets? to (?:buy|get|make|give) (?:me )?(?:food|dinner|tea)\b|\bonly if there'?s leftovers\b|\btoo (?:fat|bad|naughty) to eat with\b"
    r"|\blocked in (?:my|the) \w+\b[^.?!]{0,10}\bno food\b"
    r"|\b(?:sleep|sleeping|slept)\b in (?:the|our|a) car\b[^.?!]{0,40}\b(?:sometimes|now|cos|because|locks?|locked|drinks?|every night|most nights)\b"
    r"|\b(?:nobody|no one)\b (?:picks|picked|comes to pick|came to pick) me up\b[^.?!]{0,50}\b(?:dark|locked|nobody|no one|whole|all)\b"
    r"|\b(?:drinks|drunk|drinking)\b[^.?!]{0,30}\b(?:forgets? (?:i'?m|im|me|about me|to feed)|passes out)\b"
)

# No food in the house while the carer sleeps for a day or will not wake.
NO_FOOD = prefiltered(
    r"\b(?:no food|nothing to eat|no (?:dinner|tea|breakfast)|(?:nobody|no one|no-one) (?:made|cooked|makes|cooks|feeds?) (?:me |us )?(?:dinner|tea|breakfast|lunch|anything|us|me)?|(?:haven'?t|hasn'?t|didn'?t|not) (?:had|eaten|got) (?:any )?(?:dinner|tea|food|anything)|(?:i'?m|im|we'?re|so) (?:really |so )?(?:hungry|starving))\b"
)
CARER_UNRESPONSIVE = prefiltered(
    r"\b(?:asleep|sleeping|in bed|on the (?:sofa|couch|floor))\b[^.?!]{0,25}\b(?:since (?:yesterday|last night|this morning|\w+day)|for (?:two|three|\d+|a few) days|all day|all night|for ages)\b"
    r"|\b(?:won'?t|wont|will not|doesn'?t|can'?t) wake (?:up)?\b|\bcan'?t wake (?:her|him|them) up\b|\b(?:hasn'?t|has not|haven'?t|not) (?:got|gotten) (?:out of bed|up)\b[^.?!]{0,20}\b(?:days?|since|all)\b|\bpassed out\b|\balways asleep\b"
)
# Left for a whole weekend or night looking after a baby.
BABY_CARE = prefiltered(
    r"\b(?:look\w* after|feed|change|mind|babysit|bath|in charge of|make)\b[^.?!]{0,25}\b(?:baby|little (?:brother|sister)|nappy|nappies|bottle)\b"
)
ALONE_LONG = prefiltered(
    r"\b(?:alone|on (?:my|our) own|by (?:my|our) ?sel\w+|leave|leaves|left|go(?:es)? out|nobody|no one)\b[^.?!]{0,40}\b(?:(?:all|whole|every) (?:weekend|night|day|week)|for days|overnight|till morning)\b"
    r"|\b(?:(?:all|whole|every) (?:weekend|night|week)|for days|overnight)\b[^.?!]{0,40}\b(?:alone|on (?:my|our) own|by (?:my|our) ?sel\w+|leave (?:me|us)|leaves (?:me|us)|left (?:me|us))\b"
)
CARE_SHARED = prefiltered(
    r"\b(?:help\w*|with (?:mum|mummy|mom|dad|daddy|nan|nana|grandma|granny|my mum|my dad)|(?:mum|mummy|mom|dad|daddy) (?:watching|shows? me|showed me)|at (?:nan|grandma|granny)\w*)\b"
)

_CONCEPTS = (CARER_HARM, INJURY_MARK, HARSH_MORE, NEGLECT_MORE)


def find_abuse_more(text: str) -> list[Finding]:
    if CARER_HARM.search(text) and not HARM_NOT.search(text):
        return [Finding(A, "carer_harm", CRITICAL, 0, len(text))]
    for pattern in _CONCEPTS[1:]:
        if pattern.search(text):
            return [Finding(A, "carer_harm", CRITICAL, 0, len(text))]
    if NO_FOOD.search(text) and CARER_UNRESPONSIVE.search(text):
        return [Finding(A, "carer_neglect", CRITICAL, 0, len(text))]
    if BABY_CARE.search(text) and ALONE_LONG.search(text) and not CARE_SHARED.search(text):
        return [Finding(A, "carer_neglect", CRITICAL, 0, len(text))]
    return []
