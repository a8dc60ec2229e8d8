# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A carer's neglect told by where the child is left or what nobody does (rounds 31 and 32),
read for rules_meaning_abuse.find_abuse_more as carer_neglect:

- left in the car for hours, at night or while a carer is at the pub; (round 32) in a hot car
  for a long time, or while a carer is at the casino, the bingo or the pub;
- nobody washing the child's clothes for weeks, the child smelling for it;
- made to stand or stay outside all night in the cold or with no shoes;
- a child made to sleep in the garage or the shed when a carer is angry, or always hungry;
- always starving and eating other children's leftovers or food from the bin.

Near misses stay allowed: waiting in the car for five minutes while mum buys bread, a long
drive or a traffic jam in the heat, watching a meteor shower outside, a sleepover or a camp in
the garage, the dog's or the football kit's washing."""

from __future__ import annotations

from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_car_trip import car_wait_kept_safe
from domain.safety.rules_benign_frames_home import pet_sleeps_out

# (round 31) Left in the car for hours, at night or while a carer is at the pub or out
# drinking; waiting in the car for five minutes while mum buys bread is not it.
_IN_THE_CAR = r"(?:left|leave|leaves|leaving|locked|lock|locks|stuck|wait|waiting|waited|sit|sitting|sat|stay|stayed|staying|sleep|sleeping|slept) (?:(?:me|us|me and my \w+(?: \w+)?|my \w+(?: \w+)? and me|them) )?(?:alone |on (?:our|my) own |by (?:my|our) ?sel\w+ )?(?:in|inside) (?:the |a |our |her |his |mums? |dads? )?(?:car|van|truck)"
LEFT_IN_CAR = prefiltered(
    rf"\b{_IN_THE_CAR}\b[^.?!]{{0,50}}\b(?:for hours|hours and hours|for (?:two|three|four|five|\d+) hours|all night|all evening|at night|in the dark|(?:till|until) (?:really |very |super )?(?:late|midnight|it'?s dark|closing)|while (?:she|he|they|mum|mam|mom|mummy|mammy|dad|daddy|my (?:mum|mam|mom|dad|step ?\w+|parents)|mum and \w+)(?:'?s| is| are| was| were| goes| go| went)? (?:(?:in|at|down|inside)(?: (?:the|a))? (?:pub|bar|casino|club|party|bookies|betting shop|bingo)|drinking|getting drunk)\b)"
    rf"|\b(?:pub|bar|casino|bookies|club)\b[^.?!]{{0,50}}\b{_IN_THE_CAR}\b[^.?!]{{0,30}}\b(?:for hours|all night|in the dark|till (?:late|midnight)|ages)"
)
CAR_WAIT_ORDINARY = prefiltered(
    r"\b(?:(?:a|one|two|five|ten|few|couple of|\d+) (?:minutes?|mins?)|a minute|quick|quickly|petrol|paid for|pay for|drive[- ]thru|drive[- ]through|film|movie|cinema|traffic jam|road trip|holiday|camping|ferry)\b"
)
# (round 31) Nobody washing the child's clothes for weeks, the child smelling for it.
UNWASHED_WEEKS = prefiltered(
    r"\b(?:nobody|no ?one|no-one|nobody'?s|mum|mam|mom|dad|they|she|he)\b (?:has |have |had |ever |hasn'?t |haven'?t |hadn'?t |doesn'?t |don'?t |didn'?t |never )?(?:washed|wash|washes|cleaned|clean|done)\b (?:my|our|me and my \w+'?s?) (?:clothes|uniform|school (?:uniform|clothes|jumper)|jumper|pants|socks|sheets|bedding|bed ?sheets|washing)\b[^.?!]{0,20}\b(?:in|for) (?:weeks|ages|months|a month|forever|(?:two|three|four|\d+) weeks)\b"
    r"|\b(?:wear|wore|wearing|in) (?:the )?same (?:clothes|uniform|pants|socks|jumper)\b[^.?!]{0,20}\b(?:for|all) (?:weeks|a week|the whole week|ages|a month|(?:two|three|\d+) weeks)\b[^.?!]{0,40}\b(?:smell|stink|nobody|no one|mum|dad|dirty)\w*"
    r"|\b(?:kids|they|everyone|people|the others)\b (?:say|says|said|tell me|told me) i (?:smell|stink)\b[^.?!]{0,60}\b(?:nobody|no one|mum|mam|dad)\b[^.?!]{0,20}\b(?:washes|washed|wash|stays in bed|never gets up|won'?t get up|sleeps all day)\b"
)
UNWASHED_ORDINARY = prefiltered(r"\b(?:dog|teddy|car|bike|football kit|kit|doll'?s)\b")


# (round 32) Left in a hot car for a long time, or for a long time while a carer is at the
# casino, the bingo or the pub ("it was sooo hot and mom was in the casino"); a long drive or a
# traffic jam in the heat is not it.
LEFT_IN_HOT_CAR = prefiltered(
    r"\b(?:left|leave|leaves|leaving|locked|lock|locks) (?:(?:me|us|me and my \w+(?: \w+)?|my \w+(?: \w+)? and me|them) )?(?:alone |on (?:our|my) own )?(?:in|inside) (?:the |a |our |her |his |mums? |dads? )?(?:hot |boiling )?(?:car|van|truck)\b[^.?!]{0,40}\b(?:for ages|ages and ages|(?:a |such a )?(?:really |very |super |so+ )?long(?: long)*(?: time)?|forever|for ever)\b"
)
CHILD_IN_CAR = prefiltered(
    r"\b(?:me|us|we|i|my (?:brother|sister|baby \w+|little \w+|big \w+|cousin|friend|brothers|sisters))\b"
)
HOT_OR_AWAY = prefiltered(
    r"\b(?:hot|boiling|baking|roasting|sweat\w*|in the sun|so warm|couldn'?t breathe|casino|bingo|pub|bookies|betting shop|bar|club|slots|arcade)\b"
)
# (round 32) Made to stand or stay outside all night in the cold or with no shoes.
OUT_IN_THE_COLD = prefiltered(
    r"\b(?:made|makes?|forced|forces?|put|puts|locked|locks?|shut|shuts|left|leaves|kept|keeps) me (?:to )?(?:stand |stay |sleep |wait |sit |be |go )?(?:out|outside|out the back|in the (?:garden|yard|back ?yard|street|cold|snow|rain|dark))\b[^.?!]{0,50}\b(?:all night|till (?:the )?morning|overnight|the whole night)\b"
)
OUT_ORDINARY = prefiltered(
    r"\b(?:meteor\w*|stars|telescope|camp\w*|tent|sleepover|festival|fireworks|scouts|brownies|cubs|party|fun)\b"
)
COLD_OR_UNDRESSED = prefiltered(
    r"\b(?:cold|freezing|snow\w*|rain\w*|dark|with no (?:shoes|coat|socks|jacket|jumper)|without (?:my |any )?(?:shoes|coat|socks|jacket|jumper)|in (?:my|just my) (?:socks|pyjamas|pjs|nightie|pants)|bare ?foot|bare feet)\b"
)
# (round 32) A child (a friend, a cousin, me) made to sleep in the garage or the shed when a
# carer is angry, or always hungry for it; a sleepover or a camp in the garage is not it.
SLEEPS_IN_THE_GARAGE = prefiltered(
    r"\b(?:has to|have to|had to|is made to|was made to|makes? (?:me|him|her|them)|made (?:me|him|her|them)|gets? (?:locked|put|sent|shut)|got (?:locked|put|sent|shut)|sends? (?:me|him|her|them)|sent (?:me|him|her|them)|locks? (?:me|him|her|them)|locked (?:me|him|her|them))(?: to)? (?:sleep |stay |live |go )?(?:out )?(?:in|into) (?:the |a |our |their |his |her )?(?:garage|shed|dog ?house|kennel|cellar|basement|coal shed|outhouse)\b"
)
GARAGE_WHY = prefiltered(
    r"\b(?:mad|angry|cross|drunk|in a mood|in a bad mood|shouting|naughty|bad|punish\w*|hungry|starving|no (?:dinner|food|tea|blanket)|never gets? (?:dinner|food|tea))\b"
)
GARAGE_ORDINARY = prefiltered(
    r"\b(?:sleepover|camp\w*|tent|den|fort|holiday|scouts|brownies|cubs|party|for fun|so fun|was fun|fun|tidy\w*|bikes?|paint\w*)\b"
)
# (round 32) Always starving and eating other children's leftovers or food from the bin.
SCAVENGES_FOOD = prefiltered(
    r"\b(?:eats?|eating|ate|takes?|taking|took|steals?|stealing|stole|picks?|picking|picked)\b[^.?!]{0,20}\b(?:(?:the )?other (?:kids|children|people|boys|girls)'?s? (?:leftovers|left ?overs|scraps|lunch(?:es)?|crusts|food)|(?:food|leftovers|scraps|lunch) (?:out of|from) (?:the |a )?bins?|out of (?:the )?bins?)\b"
)
ALWAYS_STARVING = prefiltered(
    r"\b(?:always|so|really|constantly|every day|all the time) (?:starving|hungry)\b|\b(?:starving|hungry) (?:all the time|every day|at school)\b|\b(?:no|never any|never has|never gets|doesn'?t get|never brings) (?:food|lunch|breakfast|dinner)\b|\b(?:none|nothing) (?:to eat )?at home\b"
)


def neglected_in_car_cold_or_garage(text: str) -> bool:
    """Left in the car for hours or in a hot one, out in the cold all night, sleeping in the
    garage, clothes unwashed for weeks or food scavenged (rounds 31 and 32): carer_neglect."""
    return (
        (
            LEFT_IN_CAR.search(text) is not None
            and not CAR_WAIT_ORDINARY.search(text)
            and not car_wait_kept_safe(text)
        )
        or (UNWASHED_WEEKS.search(text) is not None and not UNWASHED_ORDINARY.search(text))
        or (
            LEFT_IN_HOT_CAR.search(text) is not None
            and HOT_OR_AWAY.search(text) is not None
            and CHILD_IN_CAR.search(text) is not None
            and not CAR_WAIT_ORDINARY.search(text)
        )
        or (
            OUT_IN_THE_COLD.search(text) is not None
            and COLD_OR_UNDRESSED.search(text) is not None
            and not OUT_ORDINARY.search(text)
        )
        or (
            SLEEPS_IN_THE_GARAGE.search(text) is not None
            and GARAGE_WHY.search(text) is not None
            and not GARAGE_ORDINARY.search(text)
            and not pet_sleeps_out(text)
        )
        or (SCAVENGES_FOOD.search(text) is not None and ALWAYS_STARVING.search(text) is not None)
    )
