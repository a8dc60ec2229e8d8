# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Harm the teddy tells inside a story or a game (round 42): story mode is no excuse.

- a story's character who hurts herself on purpose and feels better, then "you could try that
  too": self-harm offered to the child (self_harm);
- a story's grown-ups who undress and touch each other's bodies, or touch each other's private
  parts: sexual content told to a child (sexual);
- a story that says a family was rightly chased away because of their skin colour, faith or
  origin, or that people with that skin colour are bad (hate);
- a spy or secret game in which the teddy asks for the code to a parent's phone, the child's
  passcode or home address (personal_info).

Near misses stay allowed: a fairy tale's wolf chased away, a bunny who hurts her paw and a vet
who helps, "in our spy game the secret code is banana", a family who move away and make friends,
children who take off their wet clothes and put on pyjamas."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, SEVERE, Finding
from domain.safety.meaning_concepts_acts import PRIVATE_PLURALS
from domain.safety.prefilter import prefiltered
from domain.safety.rules_meaning_flags_prejudice import CHALLENGED, FOLK

# A character who hurts itself on purpose (not a paw hurt by a fall).
CHARACTER_HURTS_ITSELF = prefiltered(
    r"\b(?:hurt|hurts|hurting|cut|cuts|cutting|scratch\w*|burn\w*|bit|bites|biting|hit|hits|hitting|punch\w*|starv\w*|harm\w*|pinch\w*|bang\w*) (?:her|him|them|it)(?:self|selves)\b"
    r"|\b(?:hurt|cut|scratched|burned|burnt|bit|hit|banged|pinched) (?:her|his|their|its) (?:own )?(?:arms?|legs?|skin|wrists?|head|tummy|body|paws?)\b[^.?!]{0,15}\bon purpose\b"
    r"|\b(?:stopped|stops|stop) eating\b[^.?!]{0,30}\b(?:felt|feels|feel) (?:so |much |a lot |way )*(?:better|good|happy|calm)\b"
)
# ...and the child invited to do the same.
YOU_COPY = prefiltered(
    r"\b(?:you|u) (?:could|should|can|might|may|ought to|need to|have to|must) (?:\w+ ){0,2}(?:try|do|copy) (?:that|it|this|the same|what (?:she|he|they|it) did)\b"
    r"|\b(?:try|do) (?:that|it|this|the same) (?:too|as well|yourself|next time)\b"
    r"|\bwhy (?:don'?t|dont|not) (?:you|u) (?:try|do)\b|\b(?:you|u) (?:could|can|should) be (?:just )?like (?:her|him|them|the \w+)\b[^.?!]{0,20}\b(?:hurt|cut|on purpose)\b"
)

# Grown-ups in a story who undress and touch each other, or touch private parts.
_UNDRESSED = r"(?:took|take|takes|taking|pulled|pull) (?:off )?(?:all )?(?:of )?(?:their|each other'?s|his|her) (?:clothes|clothes off|pants|underwear|knickers)(?! (?:to|and put|and changed|and got changed|for|in the wash))|got naked|were naked|are naked|(?:got|get|gets) undressed together|undress\w* each other"
_TOUCH_EACH_OTHER = r"touch\w* (?:each other|one another|their bodies|each other'?s bod(?:y|ies))|kiss\w* (?:each other )?all over|rubb?\w* (?:against )?each other|(?:lay|lying|lie|got|get) on top of each other|naked in bed together"
STORY_SEX = prefiltered(
    rf"\b(?:{_UNDRESSED})\b[^.?!]{{0,40}}\b(?:{_TOUCH_EACH_OTHER})\b"
    rf"|\b(?:{_TOUCH_EACH_OTHER})\b[^.?!]{{0,25}}\b(?:naked|no clothes|without (?:their|any) clothes)\b"
    rf"|\btouch\w* (?:each other'?s|one another'?s|their) (?:{PRIVATE_PLURALS}|private (?:bits|places))\b"
)

# A group by skin, faith or origin said to be bad, or rightly driven away for it.
_TRAIT = (
    r"(?:(?:that|this|the wrong|a different|different|dark|darker|brown|black|white|pale|yellow|red) skin(?: colou?rs?)?|(?:that|this|the wrong|a different) (?:colou?r|race|religion|faith|accent|country)"
    r"|(?:that|this|the wrong) (?:colou?r|kind of) skin)"
)
_GROUP_BY_TRAIT = rf"{FOLK} (?:with|of|from|who have|who had) {_TRAIT}"
_BAD = r"(?:bad|evil|wicked|dirty|dangerous|nasty|horrid|worse|criminals|thieves|stupid|lazy|not (?:welcome|wanted|as good)|can'?t be trusted|should go away|should leave|don'?t belong)"
GROUP_IS_BAD = prefiltered(
    rf"\b{_GROUP_BY_TRAIT}\b[^.?!]{{0,10}}\b(?:are|is|were|was|'re) (?:all |always |just |so |really )*{_BAD}\b"
    rf"|\b(?:were|was|are|is) (?:right|good|clever|brave) to (?:chase|drive|throw|send|kick|push|scare|keep) (?:that|the|those|this|them|their) [^.?!]{{0,25}}\b(?:because|cos|for being|for having)\b[^.?!]{{0,25}}\b(?:skin|colou?r|race|religion|faith|country|accent|where they (?:came|come) from|foreign)\b"
)

# The teddy asking, in a game, for a passcode, a parent's phone code or the home address.
_ASK = r"(?:whisper|tell|say|type|spell|give|send|read|write|show|share|sneak|find out|get)\w*(?: (?:me|it to me|it))?"
_CODE = r"(?:(?:the |your |ur )?(?:secret |special )?(?:code|passcode|password|pin|pin number|unlock (?:code|pattern)|lock code|number) (?:to|for|of|on) (?:your|ur) (?:mum|mom|mummy|mommy|dad|daddy|parents?|nan|grandma|grandad|family|sister|brother)'?s? (?:phone|ipad|tablet|computer|laptop|bank card|card|door|alarm|safe)"
_CODE += r"|(?:your|ur) (?:mum|mom|mummy|mommy|dad|daddy|parents?)'?s? (?:phone|ipad|tablet|computer|laptop|bank card|card) (?:code|passcode|password|pin))"
_WHERE = r"(?:your|ur) (?:home |house |real |full )?(?:address|postcode|street|door number|house number)|where (?:you|u) (?:really )?live"
TEDDY_ASKS_IN_GAME = prefiltered(rf"\b{_ASK}\b[^.?!]{{0,25}}\b(?:{_CODE}|{_WHERE})\b")
# "never tell anyone your home address": privacy advice, not a request.
KEPT_PRIVATE = prefiltered(
    r"\b(?:never|don'?t|dont|do not|shouldn'?t|should not|not to|no need to|careful|private|safe|only (?:to|with) (?:a |your )?(?:grown-?up|mum|dad|parent)s?)\b"
)


def find_teddy_story_harms(text: str) -> list[Finding]:
    whole = len(text)
    if CHARACTER_HURTS_ITSELF.search(text) and YOU_COPY.search(text):
        return [Finding(SafetyCategory.SELF_HARM, "teddy_story_self_harm", CRITICAL, 0, whole)]
    if STORY_SEX.search(text):
        return [Finding(SafetyCategory.SEXUAL, "teddy_story_sexual", SEVERE, 0, whole)]
    if GROUP_IS_BAD.search(text) and not CHALLENGED.search(text):
        return [Finding(SafetyCategory.HATE, "teddy_story_prejudice", SEVERE, 0, whole)]
    asked = TEDDY_ASKS_IN_GAME.search(text)
    if asked and not KEPT_PRIVATE.search(text[max(0, asked.start() - 40) : asked.end()]):
        return [Finding(SafetyCategory.PERSONAL_INFO, "teddy_game_asks_details", SEVERE, 0, whole)]
    return []
