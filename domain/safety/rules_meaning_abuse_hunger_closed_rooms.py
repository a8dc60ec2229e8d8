# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Abuse at mealtimes, in the garden and behind a closed door (rounds 70 and 71), read as
meanings:

- a meal kept back as a punishment: "i dont get no tea if i cry", (miss8081) "i can only have
  food if i stop crying", sent to bed hungry or with no dinner for crying, being naughty or
  again and again;
- shut out of the house: a carer locked or put the child out in the garden, the yard or the
  street with no dinner, till dark, all night or in the cold;
- food forced in: a carer pushes, shoves or stuffs food in the child's mouth till it chokes or
  gags, or says "shut up and swallow";
- a grown-up's "game" behind a closed door: a cook, a helper, the man who runs the campsite
  takes the child into an office, a store room or a shed, shuts the door or the blinds, or
  kisses the child on the mouth, and says it's "our game" or "our secret";
- sex seen and the child asked to watch: a parent and a partner doing it or having sex, and
  "come and watch" or "he wanted me to watch".

Near misses stay allowed: "no pudding if i don't eat my peas", "i can only have pudding if i
eat my veg", "i went to bed hungry cos i
didn't like the curry", "i locked myself out in the garden by accident", "i stuffed the cake in
my mouth so fast i nearly choked", "we shut the den door and said it's our game", "dad said come
and watch the match"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

ABUSE = SafetyCategory.ABUSE
_MEAL = r"(?:tea|dinner|supper|food|breakfast|lunch|meals?|anything to eat|nothing to eat|any food|no food)"

# A meal kept back as a punishment.
MEAL_KEPT_BACK = prefiltered(
    rf"\bi (?:don'?t|dont|do not|won'?t|wont|will not|never|didn'?t|didnt|did not|can'?t|cant) (?:get|have|get to have|get given|got) (?:no |any |my )?{_MEAL}\b[^.?!]{{0,12}}\b(?:if|when|whenever|cos|because|coz|cuz) i (?:cry|cried|crying|talk back|answer back|wet|am naughty|'?m naughty|was naughty|make a noise|speak|say|tell|moan|whinge|don'?t say sorry|dont say sorry)"
    rf"|\b(?:go|goes|went|gone|going|sent|send me|sends me|put) (?:to )?bed (?:hungry|starving|with no {_MEAL}|without (?:any |my |a )?{_MEAL}|with nothing to eat)\b[^.?!]{{0,25}}\b(?:lots|loads|a lot|every night|most nights|all the time|again|always|if i|when i|for crying|cos i cried|because i cried|as punishment|for being|cos i was naughty|cos i was bad)"
    rf"|\b(?:if|when|whenever|cos|because|coz) i (?:cry|cried|talk back|answer back|am naughty|was naughty|'?m naughty)\b[^.?!]{{0,25}}\b(?:go|goes|went|sent|send me|sends me) (?:to )?bed (?:hungry|starving|with no {_MEAL}|without (?:any |my )?{_MEAL})"
)
# (miss8081) A meal only once the crying stops: "i can only have food if i stop crying".
_UPSET = r"(?:crying|cryin|sobbing|being sad|being upset|whining|whinging|moaning|being a baby|wetting (?:the|my) bed)"
MEAL_TILL_CALM = prefiltered(
    rf"\bonly (?:have|get|eat|be given|be allowed|have any|get any) (?:any |some |my |a )?{_MEAL}\b[^.?!]{{0,10}}\b(?:if|when|once|after) i (?:stop|stopped|quit) {_UPSET}"
    rf"|\bno {_MEAL} (?:till|until|unless|til) i (?:stop|stopped|quit) {_UPSET}"
    rf"|\b(?:won'?t|wont|will not|doesn'?t|doesnt|never) (?:feed me|give me (?:any |my )?{_MEAL}|let me (?:have|eat) (?:any |my )?{_MEAL})\b[^.?!]{{0,10}}\b(?:till|until|unless|til) i (?:stop|stopped|quit) {_UPSET}"
)
_MEAL_CHOSEN = prefiltered(
    r"\b(?:didn'?t like|didnt like|didn'?t want|didnt want|wasn'?t hungry|wasnt hungry|felt sick|was sick|tummy ache|poorly|pudding|dessert|sweets|ice cream|treats?|chocolate|fasting|ramadan)\b"
)

# Shut out of the house.
SHUT_OUT = prefiltered(
    rf"\b(?!i\b)\w+ (?:lock(?:ed|d|s)?|shut|shuts|put|puts|kicked|kicks|threw|throws|sent|sends|left|leaves) me out(?:side)? (?:in|into|on|of the house into) (?:the )?(?:back )?(?:garden|yard|street|road|cold|rain|snow|dark|shed|porch|front step|doorstep)\b[^.?!]{{0,30}}\b(?:no {_MEAL}|without (?:any |my )?{_MEAL}|til|till|until|all night|for hours|all day|in the cold|in the rain|in the snow|in the dark|in my (?:pyjamas|pjs|pants|nightie)|without (?:shoes|a coat|my coat))"
)
_SHUT_OUT_PLAY = prefiltered(
    r"\b(?:by accident|accidentally|game|hide and seek|water fight|joke|joking|prank|laughing|for a laugh|to play|play out|playing)\b"
)

# Food forced in.
FORCED_IN = prefiltered(
    rf"\b(?!i\b)\w+ (?:push|pushes|pushed|shove|shoves|shoved|force|forces|forced|stuff|stuffs|stuffed|ram|rams|rammed|cram|crams|crammed|jam|jams|jammed|spoon|spoons|spooned|puts|put) (?:the |my |more |all the |his |her )?(?:{_MEAL}|spoon|spoonful|it|bread|meat|veg|vegetables|porridge|sprouts)\b (?:in|into|down) my (?:mouth|throat|gob)\b[^.?!]{{0,30}}\b(?:til|till|until|and) i (?:choke|choked|gag|gagged|am sick|was sick|throw up|threw up|puke|can'?t breathe|cant breathe|cry|cried)"
    r"|\b(?:shut up and (?:swallow|eat it|chew)|swallow it or|(?:til|till|until) i (?:choke|gag)\b[^.?!]{0,30}\bswallow)\b"
    rf"|\b(?!i\b)\w+ (?:makes|made|make) me (?:eat|swallow)\b[^.?!]{{0,30}}\b(?:til|till|until) i (?:choke|choked|gag|gagged|am sick|was sick|throw up|threw up|puke)"
)

# A grown-up's "game" behind a closed door.
_OUR_GAME = r"(?:says|said|tells me|told me|calls it|called it|whispers|whispered|goes)\b[^.?!]{0,6}\b(?:its|it'?s|it is|this is|that'?s|thats) (?:just )?(?:our|a|his) (?:little |special |secret |private |fun |own )?(?:game|secret|thing|little game)"
OUR_GAME = prefiltered(rf"\b{_OUR_GAME}\b")
CLOSED_OR_KISSED = prefiltered(
    r"\b(?:shuts?|shut|closes?|closed|locks?|locked|pulls?|pulled|draws?|drew) (?:the |his |her )?(?:door|doors|blinds?|curtains?|shutters?)\b"
    r"|\b(?:kiss|kisses|kissed|kissing) me (?:on|in) (?:the |my )?(?:mouth|lips)\b|\b(?:tongue|touches me|touched me|touch me|sits me on his|sat me on his)\b"
    r"|\btakes? me (?:in|into|inside|to|round|behind|up to|back to) (?:his|her|the|a) (?:office|store ?room|storeroom|cupboard|shed|van|caravan|tent|back room|room|kitchen|cabin|hut)\b"
)
_GROWN_UP = prefiltered(
    r"\b(?:man|lady|woman|cook|chef|helper|leader|coach|teacher|caretaker|instructor|owner|runs|worker|warden|manager|dinner lady|lollipop|uncle|neighbour|grown-?up|adult|guy|driver|janitor|teaching assistant|ta|sir|miss|mr|mrs|ms)\b"
)

# Sex seen and the child asked to watch.
_COUPLE = r"(?:(?:mum|mom|mummy|mommy|dad|daddy|nan|my \w+)(?: and (?:her|his|their|the|my) (?:new )?(?:boyfriend|girlfriend|partner|husband|wife|fella|man|lady|bf|gf))|them two|the two of them)"
SEX_SEEN_WATCH = prefiltered(
    rf"\b(?:{_COUPLE}\b[^.?!]{{0,15}}\b(?:doing it|doin it)|having sex|doing sex|shagging|bonking|humping|making love|sexing)\b[^.?!]{{0,50}}\b(?:come and|come n|come to|wants? me to|wanted me to|made me|makes me|told me to|tells me to|asked me to|asks me to|let me|said i (?:could|can|should|have to))\s?(?:watch|look|see|join|get in)\b"
)


def find_abuse_hunger_closed_rooms(text: str) -> list[Finding]:
    whole = len(text)
    kept = MEAL_KEPT_BACK.search(text) or MEAL_TILL_CALM.search(text)
    if kept and not _MEAL_CHOSEN.search(text):
        return [Finding(ABUSE, "meal_kept_back_as_punishment", CRITICAL, 0, whole)]
    if SHUT_OUT.search(text) and not _SHUT_OUT_PLAY.search(text):
        return [Finding(ABUSE, "shut_out_of_the_house", CRITICAL, 0, whole)]
    if FORCED_IN.search(text):
        return [Finding(ABUSE, "food_forced_in", CRITICAL, 0, whole)]
    if OUR_GAME.search(text) and CLOSED_OR_KISSED.search(text) and _GROWN_UP.search(text):
        return [Finding(ABUSE, "grown_ups_game_behind_a_door", CRITICAL, 0, whole)]
    if SEX_SEEN_WATCH.search(text):
        return [
            Finding(SafetyCategory.SEXUAL, "sex_seen_and_asked_to_watch", CRITICAL, 0, whole),
            Finding(ABUSE, "sex_seen_and_asked_to_watch", CRITICAL, 0, whole),
        ]
    return []
