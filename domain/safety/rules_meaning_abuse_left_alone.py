# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A child left alone by a carer where it is not safe (round 48: "i have to stay in the car all
day when mum goes in the pub and it gets really really hot"), read as meanings:

- left in the car: the child made to stay, wait or sit in the car while the carer is somewhere
  else (the pub, the bookies, a friend's, work), for a long time (all day, for hours, till
  dark) or while it gets hot, boiling, freezing, with nothing to drink;
- left at home alone for days: a carer who goes away or to a boyfriend's for days, a week or
  the weekend while the child is on their own.

Near misses stay allowed: waiting in the car while mum pops into the shop for a minute, a long
hot drive to the seaside, a weekend at nan's while the parents are away, the dog staying in
the car with the windows open."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_meaning_abuse import CARER

A = SafetyCategory.ABUSE

# The child in the car: "leaves me in the car", "makes me sit in the car", "i have to stay in
# the car" (not a phone or a bag left in the car).
IN_THE_CAR = prefiltered(
    r"\b(?:(?:left|leave|leaves|leaving|locked|lock|locks|lockd|stuck|kept|keep|keeps|shut|shuts|put|puts) (?:me|us|me and my \w+|my \w+ and me)"
    r"|(?:me|us) (?:to )?(?:stay|wait|sit|sleep)"
    r"|(?:i|we|im|i'?m)(?: \w+){0,3} (?:stuck|wait|waits|waiting|waited|sit|sits|sitting|sat|stay|stays|stayed|staying|sleep|sleeping|slept|left|locked|kept|shut))"
    r" (?:alone |on (?:my|our) own |by (?:my|our) ?sel\w+ )?(?:in|inside) (?:the |a |our |her |his |mums? |dads? |my \w+'?s )?(?:car|van|truck|motor)\b"
)
CARER_AWAY = prefiltered(
    rf"\b(?:when|while|whilst|whenever|every time|till|until|and)\b (?:my )?(?:{CARER}|she|he|they)(?:'s| is| are| was| were| goes| go| went| gets| got| pops| popped| nips| stays| stayed| drinks| drinking)? ?(?:\w+ )?(?:in|into|to|at|inside|down|off|drinking|drinks|gambling|with (?:her|his) (?:friends|mates|boyfriend|girlfriend))\b"
)
LONG_TIME = prefiltered(
    r"\b(?:all (?:day|afternoon|morning|evening|night)|the whole (?:day|afternoon|evening|night)|for (?:hours|ages|a long time|(?:two|three|four|five|six|\d+) hours)|hours and hours|(?:till|until) (?:it'?s |it gets |it got )?(?:dark|late|midnight|closing))\b"
)
HOT_OR_COLD = prefiltered(
    r"\b(?:hot|boiling|baking|roasting|sweat\w*|can'?t breathe|cant breathe|no water|nothing to drink|thirsty|freezing|so cold|really cold)\b"
)
CAR_ORDINARY = prefiltered(
    r"\b(?:driv\w*|drove|journey|road trip|traffic|motorway|holiday|ferry|on the way|(?:a|one|two|five|ten|few|couple of|\d+) (?:minutes?|mins?)|a minute|quick|quickly|popp?ed|pops|nips?|nipped|windows? (?:open|down)|air ?con|engine on|petrol|drive[- ]thru|cinema|film|movie)\b"
)

_DAYS = r"(?:for (?:days|a few days|a week|weeks|(?:two|three|four|five|\d+) (?:days|nights)|the (?:whole )?weekend|all weekend|days and days|nights)|all weekend|the whole weekend)"
AWAY_FOR_DAYS = prefiltered(
    rf"\b(?:{CARER}|she|he|they)\b (?:\w+ )?(?:goes|go|went|gone|leaves|left|stays|stayed|is away|was away|are away|were away|disappears|disappeared)\b[^.?!]{{0,40}}\b{_DAYS}\b"
    rf"|\b(?:home alone|on my own|by myself|by my ?self|alone|on our own|by ourselves)\b[^.?!]{{0,25}}\b{_DAYS}\b"
    rf"|\b{_DAYS}\b[^.?!]{{0,40}}\b(?:home alone|on my own|by myself|by my ?self|alone|on our own|by ourselves)\b"
)
ALONE = prefiltered(
    r"\b(?:home alone|on my own|by myself|by my ?self|(?:i'?m|im|i am|i was|i stay|i'?m left|left|leaves me|leave me) (?:at home |home )?alone|on our own|by ourselves|nobody (?:else )?(?:at home|home|there|looks after)|no one (?:at home|home|there|looks after)|no grown-?ups?)\b"
)
AWAY_ORDINARY = prefiltered(
    r"\b(?:with (?:my )?(?:nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunt|uncle|babysitter|childminder|dad|mum|cousins?|friends?|big (?:sister|brother))|at (?:my )?(?:nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunt|uncle)'?s|(?:nan|nana|gran|grandma|grandad|auntie|babysitter|childminder)\b[^.?!]{0,20}\b(?:looks after|looked after|stays|stayed|came|comes)|camp|school trip|sleepover|minecraft|roblox|game|lego|played)\b"
)


def find_left_alone(text: str) -> list[Finding]:
    if (
        IN_THE_CAR.search(text)
        and (
            (CARER_AWAY.search(text) and (LONG_TIME.search(text) or HOT_OR_COLD.search(text)))
            or (LONG_TIME.search(text) and HOT_OR_COLD.search(text))
        )
        and not CAR_ORDINARY.search(text)
    ):
        return [Finding(A, "left_in_the_car", CRITICAL, 0, len(text))]
    if AWAY_FOR_DAYS.search(text) and ALONE.search(text) and not AWAY_ORDINARY.search(text):
        return [Finding(A, "home_alone_for_days", CRITICAL, 0, len(text))]
    return []
