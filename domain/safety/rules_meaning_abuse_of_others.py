# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Abuse told as another child's (round 37): a friend, a classmate or a cousin, or a toy
speaking for the child ("my bunny says...").

- Another child's carer (her dad, his mum, a friend's stepdad) who hits, beats, whips, burns
  or slaps them, or by whom they get hit with a stick or a belt; a game, a sport, a pillow
  fight, a chess match or an accident is not it.
- A man or a grown-up who comes into her or his room or bed at night and hurts or touches
  her or him, and hurting or touching her or him in her or his pants or private parts; a
  tummy ache, cream, a nappy change or the doctor is not it.
- Made to suck or lick their or his "thing", willy or private parts, or a thing put in the
  child's mouth (older boys, a cousin, anyone); sucking a lemon or a lolly is not it.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_acts import PRIVATE_NAMES
from domain.safety.prefilter import prefiltered

A = SafetyCategory.ABUSE
X = SafetyCategory.SEXUAL

_CARER = r"(?:dad|daddy|da|father|mum|mam|mom|mummy|mommy|mother|ma|step ?(?:dad|daddy|mum|mom|father|mother)|stepdad|stepmum|stepmom|(?:mum|mom|mam|dad)'?s (?:new )?(?:boyfriend|girlfriend|partner)|uncle|auntie|aunt|nan|nana|gran|granny|grandad|grandpa|grandma|parents?|carer|foster (?:dad|mum|mom|parents?)|babysitter)"
_WHOSE = r"(?:his|her|their|\w+'s|\w+s)"
_BEATS = r"(?:hits?|hitting|beats?|beating|whips?|whipped|whipping|slaps?|slapped|slapping|punch(?:es|ed|ing)?|smacks?|smacked|smacking|belts?|belted|thumps?|thumped|chokes?|choked|burns?|burnt|burned|burning|kicks?|kicked|kicking|batters?|battered|whacks?|whacked|strangles?|strangled|hurts?)"
_AFTER_OBJECT = r"(?=\s*(?:$|[.,!?]|with\b|and\b|so\b|really\b|very\b|every\b|each\b|when\b|if\b|till\b|until\b|hard\b|all\b|on (?:the|her|his|their)\b|in the (?:face|head|tummy|stomach|back|legs?|arms?)\b|across\b|around\b|for\b|again\b|because\b|cos\b|a lot\b|lots\b|loads\b|but\b|then\b|too\b|whenever\b|at (?:night|home)\b|black and blue\b|till (?:she|he|they) (?:cr|bleed)))"
# Another child's carer hitting them, or the child hit by their carer with something.
OTHER_CHILD_BEATEN = prefiltered(
    rf"\b{_WHOSE} (?:new )?{_CARER}\b (?:always |keeps |still |really |sometimes |often )?{_BEATS} (?:him|her|them){_AFTER_OBJECT}"
    rf"|\b(?:gets?|got|getting|is|was) (?:hit|beaten|beat|whipped|slapped|smacked|belted|punched|kicked|burnt|burned|battered|whacked|thumped|hurt)\b[^.?!]{{0,30}}\bby {_WHOSE} (?:new )?{_CARER}\b"
    rf"|\b{_WHOSE} (?:new )?{_CARER}\b[^.?!]{{0,30}}\b(?:hits?|beats?|whips?|smacks?|whacks?|burns?) (?:him|her|them) (?:with (?:a|the|his|her|their) (?:stick|belt|cable|wire|wooden spoon|spoon|slipper|shoe|hanger|coat hanger|ruler|cane|rod|hose|lead|lighter|iron|fist|hot \w+))\b"
)
OTHER_CHILD_PLAY = prefiltered(
    r"\b(?:pillow|game|games|play\w*|pretend|chess|cards|at (?:tennis|football|golf|chess|cards|uno|mario|fifa|racing|a race)|ball|balls|shuttlecock|pi[nñ]ata|tennis|golf|cricket|baseball|rounders|hockey|by accident|accidentally|by mistake|tickl\w*|play ?fight\w*|wrestl\w*|feelings|drums?|nail|in the game|minecraft|roblox|fortnite|bounce|water fight|snowball|high ?five|back of the net)\b"
)

_GROWN = r"(?:man|men|grown ?up|grown-up|uncle|step ?dad|stepdad|daddy|dad|mr \w+|boyfriend|big boy|old man|the monster|he|someone)"
_HER_PLACE = r"(?:her|his|their|\w+'s) (?:room|bed|bedroom|cot|tent|bunk)"
# A grown-up coming into her or his room at night and hurting or touching her or him.
NIGHT_VISIT_HURTS = prefiltered(
    rf"\b{_GROWN}\b[^.?!]{{0,20}}\b(?:comes?|came|coming|goes|went|gets?|got|sneaks?|snuck|creeps?|crept|climbs?|climbed)\b (?:in|into|in to|inside) {_HER_PLACE}\b[^.?!]{{0,40}}\b(?:hurts?|hurt|touch(?:es|ed|ing)?|feels?|felt|rubs?|rubbed|pokes?|poked|does (?:things|stuff|bad things)|lies on|lays on|gets on top of|squash\w*|presses on) (?:her|him|them)\b"
)
_PRIVATE = rf"(?:pants|knickers|undies|underwear|nappy|private\w*|private parts?|bits|bottom|bum|{PRIVATE_NAMES}|down there|wee ?wee|pee ?pee|minnie|foof|tuppence|flower|vagina|penis|nightie|pyjamas|pajamas)"
# Hurting or touching her or him in her or his pants or private parts.
HURT_IN_PANTS = prefiltered(
    rf"\b(?:hurts?|hurt|hurting|touch(?:es|ed|ing)?|rubs?|rubbed|rubbing|pokes?|poked|poking|feels?|felt|grabs?|grabbed|squeez(?:es|ed|ing)|fiddles? with|fiddled with|plays? with|played with) (?:her|him|them) (?:in|on|under|inside|down) (?:her|his|their) {_PRIVATE}\b"
)
PANTS_CARE = prefiltered(
    r"\b(?:doctor|nurse|cream|nappy chang\w*|chang\w* (?:her|his) nappy|wip\w*|wash\w*|bath\w*|potty|toilet|rash|bee|wasp|nettles?|stung|stings|jellyfish|ants?|itch\w*|injection|jab|medicine|plaster)\b"
)

_THING = r"(?:thing|things|willy|willies|privates?|private parts?|bits|pee ?pee|wee ?wee|dick|dicks|cock|penis|wiener|winkle|todger|down there|stuff down there)"
# Made to suck or lick a "thing", or it put in the child's mouth.
MADE_TO_SUCK = prefiltered(
    rf"\b(?:made|makes|making|make|forced|forces|force|told|tells|wants?|wanted|asked|asks|tried to make|dared|dares|got)\s+me\s+(?:to\s+)?(?:suck|lick|kiss|put|have|take)\s+(?:on\s+)?(?:his|their|her|the (?:older |big )?(?:boys?|man'?s|guys?)'?s?)\s+{_THING}\b"
    rf"|\b(?:put|puts|putting|stuck|sticks|shoved|shoves|pushed|pushes)\s+(?:his|their|her)\s+{_THING}\s+(?:in|into|inside|on|in to)\s+my\s+(?:mouth|face|bottom|bum|pants|hand|hands)\b"
    rf"|\bmade me (?:put|have|take) (?:his|their|her) {_THING} (?:in|into|inside) my (?:mouth|face)\b"
)


def find_abuse_of_others(text: str) -> list[Finding]:
    if MADE_TO_SUCK.search(text):
        return [Finding(X, "made_to_suck", CRITICAL, 0, len(text))]
    if (NIGHT_VISIT_HURTS.search(text) or HURT_IN_PANTS.search(text)) and not PANTS_CARE.search(
        text
    ):
        return [Finding(A, "other_child_touched", CRITICAL, 0, len(text))]
    if OTHER_CHILD_BEATEN.search(text) and not OTHER_CHILD_PLAY.search(text):
        return [Finding(A, "other_child_beaten", CRITICAL, 0, len(text))]
    return []
