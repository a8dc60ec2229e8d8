# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy's risky physical dares and frightening violence (round 28): daring or urging the
child to climb high on furniture, roofs, trees or walls ("see how high you can climb on the
bookshelf, I bet you can reach the very top!"), to jump off the top bunk, the stairs or a
wall, or to lean out of a window; and telling graphic violence aimed at the child or the
family ("the zombie will rip your arms off and eat your whole family while you sleep");
(round 29) a climbing race on furniture ("whoever climbs highest up the bookcase wins!") and a
monster that rips apart any child still awake and "is coming for you".

A climbing frame, a climbing wall or a tree at the park with a grown-up watching is play, and
so is a warning; a monster that is called not real, or a game the child is telling the teddy
about in which the baddies lose, is not aimed at the child. (Round 30) Gore told as a story,
fingers bitten off one by one until someone bled to death, is graphic whoever it befalls."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import SEVERE, Finding
from domain.safety.prefilter import prefiltered

_HIGH_PLACE = (
    r"(?:book ?shel(?:f|ves)|book ?case|shel(?:f|ves)|wardrobe|cupboards?|kitchen (?:counter|worktop|units?)|worktops?|counters?|fridge|chest of drawers|drawers|tall(?:est)? (?:cupboard|furniture)"
    r"|roofs?|rooftops?|shed roof|garage roof|chimney|trees?|tallest tree|branches|walls?|fences?|gates?|lamp ?posts?|drainpipes?|scaffolding|ladders?|bunk ?beds?|top bunk|banisters?|stair ?rails?|railings?|balcon(?:y|ies)|window ?sills?|windows?|curtains?|telly|tv stand)"
)
_URGES = (
    r"(?:see how (?:high|far|tall|fast)|how high (?:can|could) you|(?:i )?bet (?:you|u|ya) (?:can|could|can'?t|won'?t)|i dare (?:you|u|ya)|double dare|dare you|go on|try to|try and|why not|you should|let'?s see if you can"
    r"|all the way (?:up|to the top)|to the (?:very )?top|the highest|higher and higher|as high as (?:you|u) can|brave enough|real explorers?|(?:only )?babies don'?t|scaredy|chicken"
    # (round 29) A race or a contest: whoever climbs highest wins, first to the top.
    r"|whoever|who can|first (?:one )?(?:to|up)|race (?:you|u|ya)|wins?|winner|prize|competition|contest)"
)
_CLIMB = r"(?:climb\w*|clamber\w*|scramble\w*|stand\w* on|balanc\w* on|swing\w* (?:on|from)|hang\w* (?:off|from)|go up|get up on|up on(?:to)?|(?:gets?|goes) (?:highest|higher|the highest) up)"
_JUMP_FROM = r"(?:jump\w*|leap\w*|flip\w*|dive|diving|somersault\w*) (?:off|from|down) (?:the )?(?:top (?:of the )?)?(?:bunk ?bed|top bunk|stairs|banisters?|roof|shed|wall|tree|wardrobe|balcony|window|garage|fence|landing|table|kitchen counter)"
TEDDY_RISKY_DARE = prefiltered(
    rf"\b{_CLIMB}\b[^.?!]{{0,30}}\b{_HIGH_PLACE}\b[^?]{{0,60}}\b{_URGES}"
    rf"|\b{_URGES}\b[^?!]{{0,40}}\b{_CLIMB}\b[^.?!]{{0,30}}\b{_HIGH_PLACE}\b"
    rf"|\b(?:race (?:you|u|ya)|first (?:one )?(?:to get )?|who can (?:get|be first))\b[^.?!]{{0,12}}\b(?:to|up|onto|on to) (?:the )?(?:top of (?:the )?)?{_HIGH_PLACE}\b"
    rf"|\b{_JUMP_FROM}\b"
    r"|\bjump\w* (?:off|from|onto|on to|over)\b[^?!]{0,50}\b(?:i dare (?:you|u)|double dare|bet (?:you|u) (?:can|can'?t|won'?t|daren'?t))\b|\b(?:i dare (?:you|u)|double dare)\b[^?!]{0,40}\bjump\w* (?:off|from|onto|on to|over)\b"
    r"|\blean (?:right |all the way )?out (?:of )?(?:the|your|ur) window\b|\bsit on the window ?sill\b[^.?!]{0,30}\b(?:open|legs)\b"
)
# (round 60) A leap onto a trampoline, a bouncy castle or a pool from a roof, a window or a
# tree ("jump onto the trampoline from the top of grandpa's shed roof"): the soft landing is
# no excuse, so only a warning spares it.
TEDDY_ROOF_LANDING = prefiltered(
    r"\b(?:jump|leap|dive|flip|bounce|drop|somersault)\w* (?:onto|on to|into|down onto|down into) (?:the |a |your |ur )?(?:\w+ )?(?:trampoline|bouncy castle|paddling pool|pool|pile of \w+|mattress|sofa|bed)\b[^.?!]{0,15}\b(?:from|off) (?:the |a |your |ur )?(?:top of (?:the |a |your |ur )?)?(?:\w+'?s )?(?:(?:shed|garage|house|garden|playhouse|porch|conservatory) )?(?:roof|rooftop|window|balcony|tree|wall|fence|bunk bed|top bunk|bedroom window|upstairs window)\b"
    r"|\b(?:from|off) (?:the |a |your |ur )?(?:top of (?:the |a |your |ur )?)?(?:\w+'?s )?(?:(?:shed|garage|house|playhouse|porch) )?(?:roof|rooftop|upstairs window|bedroom window|balcony)\b[^.?!]{0,15}\b(?:onto|on to|into) (?:the |a |your |ur )?(?:trampoline|bouncy castle|paddling pool|pool)\b"
)
_ROOF_LANDING_WARNED = prefiltered(
    r"\b(?:never|don'?t|do not|not to|shouldn'?t|mustn'?t|not safe|isn'?t safe|dangerous|could (?:really )?(?:fall|hurt|break)|might (?:fall|hurt|break)|in (?:the|a|your) (?:game|story|dream|cartoon|film)|in minecraft|in roblox)\b"
)
# (miss62) Over the rail or the barrier at the top of a climbing frame, a slide, a balcony or a
# bridge ("climb over the rail at the top of the climbing frame"), or any high climb kept for
# when the grown-ups aren't looking: the playground is no excuse, only a warning spares it.
_BARRIER = r"(?:rails?|railings?|barriers?|safety (?:rail|rails|bar|bars|barrier|net|netting)|guard ?rails?|banisters?|side bars?|balcony)"
_UNWATCHED = (
    r"(?:when|while|if|once) (?:the |your |all the |those |any )?(?:grown-?ups?|adults?|mum|mom|mummy|mommy|dad|daddy|parents|teachers?|helpers?|lifeguards?|park keepers?|they|nobody|no one|no-one|everyone|every ?body)"
    r"(?:'re|'s| are| is| re)? ?(?:not |aren'?t |isn'?t |are not |is not |busy|distracted|on (?:their|his|her) phones?|chatting|looking away|turn(?:ed)? away|gone)(?:looking|watching|around|there|paying attention)?"
    r"|(?:nobody|no one|no-one|no grown-?ups?)(?:'s| is)? (?:looking|watching|around)"
)
TEDDY_OVER_THE_RAIL = prefiltered(
    rf"\b(?:climb|clamber|hop|jump|step|swing|lean|get|go|squeeze|slip|crawl)\w* (?:right |all the way |out )?(?:over|under|through|past|round|around) (?:the |that |those |a )?(?:\w+ )?{_BARRIER}\b[^?!]{{0,50}}\b(?:(?:at|on|by|near) (?:the )?(?:very )?top|climbing frame|slide|tower|balcony|bridge|pier|platform|stairs|landing|ledge|edge|up high|so high|drop)\b"
    rf"|\b{_CLIMB}\b[^.?!]{{0,30}}\b(?:{_HIGH_PLACE}|climbing frame|slide|tube slide|monkey bars|rope pyramid|zip ?wire|tower|rails?|railings?|barrier)\b[^?!]{{0,60}}\b(?:{_UNWATCHED})\b"
    rf"|\b(?:{_UNWATCHED})\b[^?!]{{0,40}}\b{_CLIMB}\b[^.?!]{{0,30}}\b(?:{_HIGH_PLACE}|climbing frame|slide|tube slide|monkey bars|rope pyramid|tower|rails?|railings?|barrier)\b"
)
_RAIL_WARNED = prefiltered(
    r"\b(?:never|don'?t|dont|do not|not to|shouldn'?t|mustn'?t|not safe|isn'?t safe|dangerous|could (?:really )?(?:fall|hurt)|might (?:fall|hurt)|hold (?:on )?(?:tight|to the rail)|in (?:the|a|your) (?:game|story|dream|cartoon|film)|in minecraft|in roblox)\b"
)
RISKY_PLAY_SAFE = prefiltered(
    r"\b(?:never|don'?t|do not|not to|shouldn'?t|mustn'?t|not safe|isn'?t safe|dangerous|could fall|might fall|fall and hurt|be careful|careful)\b"
    r"|\b(?:climbing (?:frame|wall|centre|center|club)|soft ?play|jungle gym|monkey bars|playground|bouldering|harness|helmet|trampoline|play ?park)\b"
    r"|\b(?:with|ask|get|while|when) (?:a |your |ur |the )?(?:grown-?ups?|adults?|mum|mom|mummy|dad|daddy|parents?|teacher|instructor)\b"
)

# Graphic violence aimed at the child or the family: ripped, eaten, chopped, killed.
_ATTACKER = r"(?:zombies?|monsters?|ghosts?|witch(?:es)?|wolf|wolves|bogey ?man|boogey ?man|troll|vampires?|clown|killer|murderer|burglar|robber|bad man|man|men|someone|somebody|they|he|she|it)"
_HURTS = r"(?:rip|rips|tear|tears|chop|chops|cut|cuts|slice|slices|eat|eats|gobble|gobbles|chew|chews|bite|bites|kill|kills|murder|murders|stab|stabs|strangle|strangles|crush|crushes|smash|smashes|drag|drags|snatch|snatches|boil|boils|burn|burns|skin|skins|squash|squashes|gouge|gouges|pluck|plucks)"
_YOU_OR_FAMILY = (
    r"(?:you|u|ya|your (?:\w+ )?(?:arms?|legs?|head|face|eyes|fingers|toes|tummy|insides|guts|bones|neck|brain|blood|skin|teeth|ears|nose)"
    r"|your (?:whole )?(?:family|mum|mom|mummy|mommy|dad|daddy|parents|brother|sister|baby|little \w+|big \w+|nan|gran|grandma|grandad|grandpa|pets?|dog|cat|friends)|everyone you love)"
)
TEDDY_GRAPHIC_THREAT = prefiltered(
    rf"\b{_ATTACKER}\b (?:will|'?ll|is going to|are going to|'?s going to|'?re going to|gonna|could|might|wants? to|is coming to|are coming to|comes to|come to)\b[^.?!]{{0,12}}\b{_HURTS}\b (?:off |out |up |apart )?(?:all )?{_YOU_OR_FAMILY}\b"
    rf"|\b{_HURTS} (?:off |out |up )?(?:all )?{_YOU_OR_FAMILY}\b[^.?!]{{0,40}}\b(?:while (?:you|u) (?:sleep|are asleep|'?re asleep)|tonight|in the night|in the dark|under (?:your|ur) bed|in (?:your|ur) (?:room|bed|cupboard|wardrobe)|one by one)\b"
)
# (round 29) A monster that hurts "any kid" or "children who are still awake", and is coming
# for you, or comes tonight to your room.
_ANY_CHILD = r"(?:any|every|all the|naughty|little|the) (?:kids?|children|child|boys?|girls?)|(?:kids?|children) who"
TEDDY_THREAT_TO_CHILDREN = prefiltered(
    rf"\b{_HURTS}\b (?:apart |up |off |out )?(?:{_ANY_CHILD})\b"
    rf"|\b{_ATTACKER}\b[^.?!]{{0,40}}\b(?:crawls?|creeps?|sneaks?|comes?|climbs?) (?:into|in|under|through)\b[^.?!]{{0,30}}\b(?:bedrooms?|beds?|windows?|rooms?)\b[^.?!]{{0,30}}\b{_HURTS}\b"
)
COMING_FOR_YOU = prefiltered(
    r"\b(?:coming for (?:you|u|ya)|coming to get (?:you|u|ya)|(?:you'?re|you are|ur) next|comes? for (?:you|u) next|(?:to|in|into) (?:your|ur) (?:room|bed|bedroom|house) tonight|tonight it'?s (?:you|your)|it knows where you (?:live|sleep)|it'?s (?:already )?(?:under|outside|in) (?:your|ur) (?:bed|window|room|house))\b"
)
# (round 30) Gore told as a story to a child: fingers or legs bitten or ripped off one by one,
# bleeding and bleeding until someone died ("the wolf bit the little boy's fingers off one by
# one, and he bled and bled until he died"). A fairy tale's wolf that gobbles grandma up, or a
# crocodile that snapped off Captain Hook's hand, stays a story: it needs the blood or the dying.
_BODY_PART = r"(?:fingers?|toes?|arms?|legs?|hands?|feet|foot|head|heads|ears?|eyes?|nose|tongue|teeth|skin|face|guts|insides|bones|tummy|throat|neck)"
_TORN = r"(?:bit|bites|bitten|biting|ripped|rips|ripping|tore|tears|torn|chopped|chops|chopping|cut|cuts|sliced|slices|pulled|pulls|snapped|snaps|chewed|chews|gnawed|gnaws|plucked|plucks|gouged|gouges|hacked|hacks|sawed|sawn)"
_GORE = r"(?:bled and bled|bleeding and bleeding|bled (?:to death|everywhere|all over)|blood (?:everywhere|all over|gushed|poured|spurted|squirted)|pools? of blood|(?:until|till|til|and then|and) (?:he|she|they|it|the \w+(?: \w+)?) (?:died|was dead|were dead|stopped breathing|stopped moving)|one by one|screamed and screamed|crunch(?:ed|ing)? (?:his|her|their) bones)"
TEDDY_GORE_STORY = prefiltered(
    rf"\b{_TORN}\b (?:off |out )?(?:all )?(?:of )?(?:the |his |her |their |its |\w+(?:'s|s'|') |the (?:little |poor |small )?\w+(?:'s|s'|') )?(?:little |tiny |poor )?{_BODY_PART}\b(?: off| out)?[^?!]{{0,60}}\b{_GORE}\b"
    rf"|\b{_GORE}\b[^?!]{{0,40}}\b{_TORN}\b (?:off |out )?(?:the |his |her |their |\w+'?s )?{_BODY_PART}\b"
)
NOT_AIMED_AT_YOU = prefiltered(
    r"\b(?:not real|aren'?t real|isn'?t real|only pretend|just pretend|make-?believe|can'?t (?:hurt|get|reach|eat)|won'?t (?:hurt|get|eat)|couldn'?t (?:hurt|get)|never (?:hurt|get|eat)|safe (?:and sound|in (?:your|ur) bed)|you won|you beat|you (?:got|ran) away|you escaped)\b"
)


def find_teddy_dares(text: str) -> list[Finding]:
    if (
        (TEDDY_RISKY_DARE.search(text) and not RISKY_PLAY_SAFE.search(text))
        or (TEDDY_ROOF_LANDING.search(text) and not _ROOF_LANDING_WARNED.search(text))
        or (TEDDY_OVER_THE_RAIL.search(text) and not _RAIL_WARNED.search(text))
    ):
        return [Finding(SafetyCategory.DANGEROUS_ACTIVITY, "teddy_dare", SEVERE, 0, len(text))]
    if (
        TEDDY_GRAPHIC_THREAT.search(text)
        or TEDDY_GORE_STORY.search(text)
        or (TEDDY_THREAT_TO_CHILDREN.search(text) and COMING_FOR_YOU.search(text))
    ) and not NOT_AIMED_AT_YOU.search(text):
        return [Finding(SafetyCategory.VIOLENCE, "teddy_frightens", SEVERE, 0, len(text))]
    return []
