# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Family gatherings and holidays: flags a child tells (rounds 84 and 85, flags8485), read as
meanings:

- a big tree climbed to the top or out to its thin branches ("my cousin said we can climb the
  big tree at grandads right to the top where the thin branches are") - a dangerous activity;
- a child pushed, kicked or knocked off a swing, a slide or a trampoline, out of spite or till
  they cried ("i pushed my little cousin off the swing at the party cos she was annoying") -
  violence;
- a beating planned for a cousin or a brother ("me and my brother are planning to beat up our
  cousin liam at the reunion cos hes a snitch") - violence;
- a grown-up or an older one who smokes weed or vapes telling the child they can try some ("my
  uncle smokes weed in the garden and said i can try some when im 12") - drugs;
- invited to none of the parties and alone all the holidays ("i wasnt invited to any, been on my
  own all the hols") - distress.

Near misses stay allowed: the little tree, the low branch, grandad lifting me onto it, the tree
house; pushing my cousin on the swing, a cousin who fell off; beating my cousin at fifa or in
the sack race; pulling up weeds with my uncle, trying some of grandad's curry; invited to loads
of parties, on my own all morning doing lego."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.meaning_concepts_acts import CONTESTS
from domain.safety.prefilter import prefiltered

_NO = r"never|not allowed|mustn'?t|shouldn'?t|should not|wouldn'?t|(?:mum|mom|dad|nan|grandad|grandma|grandpa) said no|told (?:me|us) not"

# --- a big tree climbed to its top ---------------------------------------------------------------------
_BIG = r"(?:big|bigger|biggest|tall|taller|tallest|huge|massive|giant|enormous|old|high|highest|really big|really tall|super tall)"
_BIG_TREE = rf"(?:(?:(?:{_BIG}|oak|pine|conker|chestnut|fir|beech|willow|sycamore|apple|monkey puzzle|\w+'?s) ){{1,3}}trees?|(?:{_BIG} ){{1,2}}(?:oak|pine|fir|beech|willow|sycamore|chestnut|redwood|elm|conker tree)s?)"
TREE_TOP = prefiltered(
    rf"\bclimb\w*\b (?:up |right up |all the way up |to the top of |up to the top of )?(?:the |that |a |this |our |grandads? |\w+'?s )?{_BIG_TREE}\b[^.?!]{{0,50}}?\b(?:(?:right |all the way |straight )?(?:up )?to the (?:very )?(?:top|tip)|(?:where|to|onto|on|out on|along) (?:the |those |them )?(?:really )?(?:thin|skinny|bendy|tiny|weak|snappy|thinnest|highest|top|wobbly|little thin) (?:bendy |little |thin |wobbly )?(?:branch(?:es)?|bits?)|as high as (?:we|i|it|you) (?:can|could|goes?))"
    rf"|\bclimb\w*\b (?:right |all the way )?(?:up )?to the (?:very )?top of (?:the |that |grandads? |\w+'?s )?{_BIG_TREE}\b"
    r"|\bclimb\w*\b[^.?!]{0,40}\b(?:out )?(?:onto|on to|along|to|up to) (?:the )?(?:really )?(?:thin|skinny|bendy|snappy|thinnest|wobbly) (?:bendy |little |thin )?branch(?:es)?\b"
)
TREE_OK = prefiltered(
    rf"\b(?:little|small|baby|low|tiny|short) (?:tree|branch)|tree ?house|climbing (?:wall|frame)|harness|rope course|in (?:minecraft|roblox|the game)|game|{_NO}\b"
)

# --- knocked off a swing, a slide or a trampoline -------------------------------------------------------------
_OFF_PLAY = r"(?:off|out of|off of|from) (?:the |a |his |her |their |my |our )?(?:swings?|slide|trampoline|tramp|climbing frame|see-?saw|roundabout|monkey bars|bike|scooter|wall|bench|top bunk|bouncy castle|zip ?wire|tyre swing|tire swing|rope swing|playhouse|tree ?house|pony|horse)"
PUSHED_OFF = prefiltered(
    rf"\b(?:i|i'?m gonna|im gonna|i wanna|i want to|i'?ll|ill|i'?m going to|im going to|me and \w+) (?:just |then |really )?(?:push|pushed|shove|shoved|kick|kicked|knock|knocked|tip|tipped|pull|pulled|yank|yanked|trip|tripped|throw|threw|chuck|chucked|bump|bumped|barge|barged|elbow|elbowed) (?:my |our |the |a |this |that |him|her|them|\w+)(?: (?:little|baby|big|younger|stupid|annoying|new))?(?: (?:cousins?|brother|sister|bro|sis|friend|boy|girl|kid|one))? ?{_OFF_PLAY}\b"
)
_SPITE_OR_HURT = prefiltered(
    r"\b(?:cos|coz|because|cause|cuz|bc|on purpose|deliberately|annoying|annoyed|wouldn'?t|wanted a go|my turn|to get (?:on|a go)|cried|crying|cries|hurt|bleeding|bled|bumped (?:her|his) head|banged (?:her|his) head|screamed|scream\w*|wailed|fell (?:on|onto|and)|so she|so he)\b"
)
PUSHED_OFF_OK = prefiltered(
    r"\b(?:accident\w*|by mistake|didn'?t mean|did not mean|pretend|game|teddy|doll|dolly|toy|lego|action figure|barbie|ball)\b"
)

# --- a beating planned for family ------------------------------------------------------------------------------------------
_KIN = r"(?:cousins?|brothers?|sisters?|bro|sis|step ?(?:brother|sister)s?|half ?(?:brother|sister)s?|uncle|auntie|aunt|nephew|niece)"
_PLANNED = r"(?:planning|plan|plans|planned|plotting|plot|going|gonna|want|wants|wanna|wanted|about|decided|agreed|promised|ready|waiting)"
BEATING_PLANNED = prefiltered(
    rf"\b{_PLANNED}\b (?:to )?(?:\w+ )?(?:beat (?:up )?|batter |bash (?:up )?|jump |smash (?:up )?|thump |deck |rough up |kick (?:in )?|punch |knock out |beat the (?:crap|hell|snot) out of )(?:our|my|his|her|their|that|this|the|me and \w+'?s) (?:\w+ )?{_KIN}\b(?: \w+)?(?: (?:up|in|out|'?s (?:head|face) in))?"
)
_PLAY_CONTEST = prefiltered(
    rf"\b(?:at (?:{CONTESTS}|a race|the race|everything|\w+ ?kart|\w+ games?)|"
    r"in (?:a |the )?(?:race|sack race|egg and spoon|game|match|quiz|contest|competition|arm wrestl\w*)|pillow|leap ?frog|tag|tig|hide and seek|play ?fight\w*|water ?fight|snowball|nerf|game|video game|lol|jk|joking)\b"
)
_UP_OR_SPITE = prefiltered(
    r"\b(?:beat (?:up|the)|up\b|batter|bash|thump|deck|smash|punch|kick|snitch|grass|told on|telling on|tattle\w*|cos|coz|because|cause|cuz|bc|revenge|pay him back|pay her back)"
)

# --- weed offered by a grown-up -------------------------------------------------------------------------------------------
_SMOKED = prefiltered(
    r"\b(?:weed|cannabis|marijuana|spliffs?|skunk|bongs?|edibles?|vapes?|vaping|vape pens?|cigarettes?|ciggies?|ciggys?|cigs?|fags?|cigars?|tobacco|drugs|coke|cocaine|ecstasy|mdma|smok\w* (?:a )?(?:joints?|pot))\b"
)
TRY_SOME_OFFERED = prefiltered(
    r"\b(?:said|says|told me|tells me|told us|promised|reckons|offered|offers|keeps saying)\b (?:that )?(?:i|we|me) (?:can|could|may|might|am allowed to|'?m allowed to|are allowed to|get to|will be allowed to|can have a go|should) (?:\w+ )?(?:try|have|smoke|take|vape|toke|share|taste|puff)\b"
    r"|\b(?:offered|offers|let|lets|gave|gives) (?:me|us) (?:to )?(?:a |some |one |his |her )?(?:try|go|puff|drag|toke|smoke|some)\b"
)
_WEEDS_GROWN = prefiltered(
    r"\b(?:weed ?killer|weeding|weeds|pull\w* (?:up )?(?:the )?weed|garden weed|sea ?weed|chocolate cigars?|candy cigarettes?|sweet cigarettes?|bubble ?gum cigarettes?)\b"
)

# --- invited to none of the parties, alone all the holidays ------------------------------------------------------------------------
NOT_INVITED_ANY = prefiltered(
    r"\b(?:wasn'?t|was not|weren'?t|never got|never get|didn'?t get|did not get|not|never been|haven'?t been|hasn'?t been) (?:even )?invited (?:to )?(?:any|a single|one|none|anything|anywhere|any of (?:them|the \w+)|a thing)\b"
    r"|\b(?:no ?one|nobody|no-one) (?:has |had )?(?:invited|invites|asked) me (?:to )?(?:any|anything|anywhere|a single|one)\b"
)
ALONE_ALL_HOLIDAYS = prefiltered(
    r"\b(?:been|was|am|i'?m|im|spent|spend|spending|stuck) (?:\w+ ){0,2}?(?:on my own|by myself|alone|all alone|home alone) (?:all|the whole|for the whole|every day of|most of|all of) (?:the |my |this |these )?(?:hols|holidays?|half ?term|summer|christmas|break|easter|new year|week|weekend|winter)\b"
)
_DONT_MIND = prefiltered(
    r"\b(?:didn'?t mind|don'?t mind|do not mind|don'?t care|didn'?t care|didn'?t want to go|wanted to stay|glad|relieved|happy|so fun|was fun|loved it|with (?:my )?(?:mum|mom|dad|family|nan|grandma|cousins))\b"
)


def find_family_gathering_flags(text: str) -> list[Finding]:
    found: list[Finding] = []
    if TREE_TOP.search(text) and not TREE_OK.search(text):
        found.append(
            Finding(SafetyCategory.DANGEROUS_ACTIVITY, "tree_top_climb", MODERATE, 0, len(text))
        )
    if (
        PUSHED_OFF.search(text) and _SPITE_OR_HURT.search(text) and not PUSHED_OFF_OK.search(text)
    ) or (
        BEATING_PLANNED.search(text)
        and _UP_OR_SPITE.search(text)
        and not _PLAY_CONTEST.search(text)
    ):
        found.append(Finding(SafetyCategory.VIOLENCE, "family_hurt", MODERATE, 0, len(text)))
    if _SMOKED.search(text) and TRY_SOME_OFFERED.search(text) and not _WEEDS_GROWN.search(text):
        found.append(Finding(SafetyCategory.DRUGS_ALCOHOL, "smoke_offered", MODERATE, 0, len(text)))
    if (NOT_INVITED_ANY.search(text) or ALONE_ALL_HOLIDAYS.search(text)) and not _DONT_MIND.search(
        text
    ):
        found.append(Finding(SafetyCategory.DISTRESS, "left_out_holidays", MODERATE, 0, len(text)))
    return found
