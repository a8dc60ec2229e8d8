# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Sexual content reaching the child (round 36): found, or asked for.

- Pictures, a magazine or videos of people with no tops or no clothes on, in rude poses or
  hidden away (found under a brother's bed): a painting in a museum, a statue, or a baby in
  the bath is not it.
- A child asking for a description of sex ("describe what it feels like to do it with your
  boyfriend in detail"): "what is it like to have a boyfriend" is not it.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

X = SafetyCategory.SEXUAL

_MEDIA = r"(?:magazines?|mags?|pictures?|pics|photos?|videos?|vids|dvds?|calendars?|cards|websites?|site|books?|posters?|comics?)"
_PEOPLE = r"(?:ladies|lady|women|woman|girls?|men|man|boys?|people|grown-?ups|adults|couples?)"
NUDE_PEOPLE_MEDIA = prefiltered(
    rf"\b{_MEDIA}\b[^.?!]{{0,40}}\b{_PEOPLE}\b[^.?!]{{0,30}}\b(?:(?:with )?no (?:tops?|tops on|tops? on|clothes|clothes on|bras?|knickers|pants|shirts?)|nothing on|naked|nude|topless|(?:boobs|boobies|bums?|willies?|privates|private parts) out|in (?:their|just their) (?:undies|underwear|knickers|pants))\b"
    rf"|\b(?:naked|nude|topless|rude) {_PEOPLE}\b[^.?!]{{0,30}}\b{_MEDIA}\b|\b{_MEDIA}\b[^.?!]{{0,30}}\b(?:naked|nude|topless) {_PEOPLE}\b"
)
RUDE_OR_HIDDEN = prefiltered(
    # (miss67) "top shelf magazines in the corner shop": the shelf kept for them, or mucky mags
    r"\b(?:top[- ]?shelf|mucky|nudie|nudey|porno?|playboy)\b|"
    r"\b(?:rude|dirty|sexy|naughty|poses?|posing|posed|touching|kissing|doing (?:stuff|things|it)|under (?:his|her|my|the|their) (?:bed|mattress|pillow)|hidden|hid|hides|hiding|secret|grown-?up (?:magazine|video|website)s?|adult (?:magazine|video|website)s?|porn\w*)\b"
)
NUDE_ART = prefiltered(
    r"\b(?:museum|gallery|painting|paintings|statues?|sculptures?|art|artist|greek|roman|history|babies|baby|toddlers?|breast ?feed\w*|feeding the baby|doctor|nurse|medical|biology|science|anatomy)\b"
)

# (miss62) Someone who bares himself and makes the children look: "a big kid at the playground
# pulled his pants down and made us all look" (a toddler's pants down for a wee, or a look
# away, is not it).
_BOTTOMS = r"(?:pants|trousers|shorts|knickers|undies|underwear|boxers|bottoms|joggers|trackies|skirt|nappy)"
_MADE_LOOK = r"(?:made|makes|making|make|told|tells|wanted|wants|forced|forces|got|gets) (?:us|me|everyone|them|all of us|my (?:friends?|sister|brother)|the (?:little|other|younger) (?:kids|ones|children))(?: all)? (?:to )?(?:look|watch|see|stare|touch)\b(?! (?:away|the other way|somewhere else))"
BARED_MADE_LOOK = prefiltered(
    rf"\b(?:pulled|pulls|pulling|pull|took|takes|taking|dropped|drops|dropping|whipped|whips|yanked|yanks) (?:down |off )?(?:his|her|their) {_BOTTOMS}(?: down| off| right down| all the way down)?\b[^.?!]{{0,40}}\b(?:{_MADE_LOOK}|(?:said|says|shouted|saying|shouting) (?:look|watch|see)\b)"
    rf"|\b{_MADE_LOOK}[^.?!]{{0,30}}\b(?:pulled|pulls|pulling|took|takes|dropped|drops|whipped|yanked) (?:down |off )?(?:his|her|their) {_BOTTOMS}\b"
    rf"|\b(?:pulled|pulls|pulling|took|takes|dropped|drops|whipped|yanked) (?:down |off )?(?:his|her|their) {_BOTTOMS}(?: down| off)? (?:in front of|at) (?:us|me|all of us|everyone|the (?:little|younger) (?:kids|ones|children))\b[^.?!]{{0,30}}\b(?:on purpose|and (?:waggled|wiggled|shook|danced|showed))"
)
_BARED_NOT = prefiltered(
    r"\b(?:wee|wees|weeing|pee|peeing|toilet|potty|nappy change|change (?:his|her) nappy|doctor|nurse|splinter|bruise|scab|cut|graze|plaster|sting|rash|bite|swimming costume|swimmers|pyjamas|get changed|getting changed)\b"
)

# (miss65) A game or an app in which the player undresses people: "his dads game where you can
# make the ladies take there tops off" (a dress-up game's new outfits is not it).
GAME_UNDRESSES = prefiltered(
    rf"\b(?:games?|app|apps|website|site|level)\b[^.?!]{{0,40}}\b(?:make|makes|made|get|gets|let|lets|have) (?:the |all the |them |some )?(?:{_PEOPLE}|characters?|her|them) (?:\w+ )?(?:take (?:off )?(?:their|there|her|his|they'?re) (?:tops?|clothes|bras?|shirts?|knickers|pants|undies|underwear)(?: off)?|undress|strip\w*|get naked|go naked|go topless)\b"
    rf"|\b(?:games?|app|apps|website|site)\b[^.?!]{{0,40}}\b(?:take|takes|took|taking) (?:off )?(?:the )?(?:{_PEOPLE})'?s? (?:tops?|clothes|bras?|knickers|pants|underwear) off\b"
)
_GAME_DRESS_UP = prefiltered(
    r"\b(?:dress ?up|dolls?|barbies?|outfits?|new (?:clothes|ones)|put (?:new|different|other|their) \w+ on|coats?|hats?|shoes|pyjamas|swimming costumes?|get ready for bed|bath ?time)\b"
)

DESCRIBE_SEX = prefiltered(
    r"\b(?:describe|tell me|explain|talk about|write (?:about|me)|say)\b[^.?!]{0,40}\b(?:do(?:ing)? it|hav(?:e|ing) sex|sleep(?:ing)? with|mak(?:e|ing) love|shag\w*|bang\w*|hook(?:ing)? up|get(?:ting)? laid)\b (?:with )?(?:your|a|my|his|her|their|ur) (?:boyfriend|girlfriend|bf|gf|husband|wife|partner|man|woman|lover|crush)\b"
    r"|\b(?:describe|tell me|explain|talk about|write (?:about|me))\b[^.?!]{0,30}\b(?:sex|having sex|doing it|making love)\b[^.?!]{0,30}\b(?:in detail|step by step|exactly|what it feels like|how it feels)\b"
)


def find_sexual_exposure(text: str) -> list[Finding]:
    if NUDE_PEOPLE_MEDIA.search(text) and RUDE_OR_HIDDEN.search(text) and not NUDE_ART.search(text):
        return [Finding(X, "exposure_or_nudity", CRITICAL, 0, len(text))]
    if BARED_MADE_LOOK.search(text) and not _BARED_NOT.search(text):
        return [Finding(X, "bared_made_look", CRITICAL, 0, len(text))]
    if GAME_UNDRESSES.search(text) and not _GAME_DRESS_UP.search(text):
        return [Finding(X, "game_undresses_people", CRITICAL, 0, len(text))]
    if DESCRIBE_SEX.search(text):
        return [Finding(X, "sexual_question", CRITICAL, 0, len(text))]
    return []
