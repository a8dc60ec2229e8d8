# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Worries and risky plans about new homes, outings and journeys (rounds 76 and 77's flags,
miss7677), read as meanings:

- hiding or climbing inside a freezer, fridge, washing machine, tumble dryer, car boot or old
  trunk, for hide and seek or a dare - a dangerous activity;
- a jump, dive or climb asked about or planned though the lifeguard, coach or a sign said it
  is not allowed ("can i jump off the top diving board even tho the lifeguard said im not
  allowed") - a dangerous activity;
- cider, beer or vodka got from the shop or someone's cupboard by children to drink in the park
  or at a party - drugs and alcohol;
- a group chat, page or video made just about how ugly, fat or weird the child is - distress;
- forgotten at the library, club or school gate, waiting on my own and crying - distress;
- a bad dream about a scary character from a video or a game (Huggy Wuggy, Siren Head, the
  clown from the video) - distress.

Near misses stay allowed: hide and seek in the wardrobe, the cat asleep in the laundry basket,
"i jumped off the high diving board and the lifeguard clapped", cider vinegar, apple juice for
the picnic, dad's beer from the shop for the barbecue, a group chat about the school trip,
"mum forgot my pe kit", "i had a bad dream about a monster", "a bad dream about a shark"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.meaning_concepts_people import DADS, GRANDADS, GRANS, MUMS, STEP_PARENT
from domain.safety.prefilter import prefiltered

C = SafetyCategory
_WE = prefiltered(r"\b(?:i|we|me|us|we'?re|i'?m|im)\b")
"""The child among those doing it (looked for apart: a pattern that began with it would try
every "i" of a long text)."""

# --- inside a freezer, a dryer or a car boot -----------------------------------------------------
_SHUT_IN = r"(?:(?:old |big |broken |chest |spare |empty |nan'?s |our |dad'?s |mum'?s )*(?:freezers?|fridges?|chest freezers?|washing machines?|tumble ?dryers?|dryers?|dishwashers?|ovens?|car boot|boot of (?:the|dad'?s|mum'?s|our) car|suitcases?|trunk|old trunk|wheelie bins?))"
HIDE_INSIDE_APPLIANCE = prefiltered(
    rf"\b(?:hide|hid|hiding|hidden|climb|climbed|climbing|crawl|crawled|crawling|squeeze|squeezed|squeezing|fit|fitted|get|got|getting|go|went|sit|sat|lock|locked|shut|shutting|play|played|playing)\b (?:(?:right|all|ourselves|myself|themselves|away|down|up|together|secretly|quietly) )?(?:in|into|inside|in to) (?:the |a |an |that |this |our |my )?{_SHUT_IN}\b"
)
_HIDE_OK = prefiltered(
    r"\b(?:toy|pretend|cardboard|box (?:that|which) looked|minecraft|roblox|sims|game said|never|not allowed|mustn'?t|must not|told us not|said no|don'?t|didn'?t|dangerous)\b"
)

# --- a jump or climb against the lifeguard's word ---------------------------------------------------
_WARDEN = r"(?:lifeguards?|coach|instructor|teachers?|miss|sir|mum|mom|mummy|dad|daddy|nan|grandad|park keeper|warden|staff|the man|the lady|the sign|sign|rules|ranger|leader|guide)"
_SAID_NO = r"(?:(?:said|says|told (?:me|us)|tells (?:me|us)|shouted|warned (?:me|us)?)\b[^.?!]{0,10}\b(?:(?:i'?m|im|i am|we'?re|were|we are|you'?re|youre|kids are) not allowed|not to|i can'?t|we can'?t|i cant|we cant|(?:it'?s|its) (?:too )?(?:dangerous|deep|high|unsafe))|(?:says|said) no (?:jumping|diving|climbing|swimming|bombing))"
FORBIDDEN_RISK = prefiltered(
    rf"\b(?:can|could|should|shall|will|gonna|going to|wanna|want to|might|may)\b (?:i|we|me and \w+)? ?(?:still |just )?(?:jump|dive|climb|swim|bomb|flip|backflip|somersault|go (?:in|on|up|off|down)|ride|skate|sledge|slide|run)\b[^.?!]{{0,60}}\b(?:even (?:tho|though|if)|although|but)\b (?:the )?{_WARDEN}\b {_SAID_NO}"
)

# --- cider for the park ----------------------------------------------------------------------------
_DRINK = r"(?:cider|ciders|beer|beers|lager|lagers|vodka|wine|alcohol|booze|alcopops?|wkd|prosecco|gin|rum|whisky|whiskey|tinnies|cans of (?:beer|cider|lager)|bottles? of (?:cider|beer|vodka|wine|lager))"
ALCOHOL_FOR_THE_PARK = prefiltered(
    rf"\b(?:get|gets|getting|got|buy|buying|bought|bring|bringing|brought|nick|nicking|nicked|sneak|sneaking|sneaked|snuck|take|taking|took|grab|grabbing|grabbed|smuggle|smuggling|smuggled|pinch|pinching|pinched|steal|stealing|stole)\b (?:\w+ ){{0,3}}?{_DRINK}\b[^.?!]{{0,40}}\b(?:to drink|drink (?:it|them)|and drink|get drunk|getting drunk|get wasted|in the park|down the park|at the park|to the park|behind the \w+|at (?:the|her|his|jacks?) party|at the sleepover|in the woods|on the field)\b"
)
_ALCOHOL_OK = prefiltered(
    r"\b(?:vinegar|(?:me and|with|and) (?:my )?(?:mum|mom|mummy|dad|daddy|nan|grandad|grandma|parents|uncle|auntie)\b|for (?:my |our )?(?:mum|mom|dad|nan|grandad|grandma|parents|the grown ?ups|the adults|the barbecue|the bbq|the cooking|the gravy)|ginger beer|root beer|non-?alcoholic|alcohol free|alcohol-free|pretend|shandy)\b"
)

# --- a chat made about how ugly i am ----------------------------------------------------------------
_LOOKS = r"(?:ugly|fat|weird|smelly|gross|disgusting|minging|stupid|annoying|a loser|a freak|hairy|spotty|poor|skinny)"
MOCKING_CHAT_MADE = prefiltered(
    rf"\b(?:made|make|makes|making|started|start|set up|created|create|have|has|got) (?:a |an |another |their own |this |a whole |a secret )?(?:new )?(?:group ?chat|gc|chat|group|page|account|server|video|tiktok|story|poll|website|blog)\b[^.?!]{{0,15}}\b(?:just |all |only |purely )?(?:about|on|of) (?:how {_LOOKS} i (?:am|look)|me being {_LOOKS}|my (?:face|looks|body|hair|teeth|weight)|rating (?:my|me)|(?:me|my) and how {_LOOKS})"
    # (miss91) the child's things mocked: "made a group chat all about how weird my stuff is",
    # "a group chat to laugh at my models"
    rf"|\b(?:made|make|makes|making|started|start|set up|created|create) (?:a |an |another |their own |this |a whole |a secret )?(?:new )?(?:group ?chat|gc|chat|group|page|account|server)\b[^.?!]{{0,15}}\b(?:just |all |only |purely )?(?:(?:about|on) how {_LOOKS} my (?:\w+ ){{0,2}}(?:is|are|was|were|looks?|looked)|to (?:laugh at|make fun of|take the mick(?:ey)? out of|slag off|roast|rate|mock) (?:me|my))\b"
)

# --- forgotten and left waiting ----------------------------------------------------------------------
_CARER = rf"(?:{MUMS}|{DADS}|{GRANS}|{GRANDADS}|auntie|aunty|uncle|{STEP_PARENT}|the (?:taxi|minibus)|my (?:lift|childminder|babysitter))"
FORGOTTEN_WAITING = prefiltered(
    rf"\b{_CARER}\b (?:\w+ )?(?:forgot|forgotten|forgets|never came|didn'?t come|didn'?t turn up|never turned up) (?:to )?(?:(?:get|collect|pick|fetch|come (?:and|for|to) get|come for) (?:me|us)(?: up)?|pick up (?:me|us)|collect|pick up)\b[^.?!]{{0,40}}\b(?:waited|waiting|wait|stood|sat|was left|got left)\b[^.?!]{{0,40}}\b(?:crying|cried|cry|scared|frightened|on my own|by myself|alone|till (?:it was )?dark|in the dark|for hours)\b"
)

# --- a bad dream about a scary video character ---------------------------------------------------------
_SCARY_FIGURE = r"(?:huggy ?wuggy|kissy ?missy|mommy long ?legs|momo|slender ?man|siren ?head|cartoon cat|jeff the killer|pennywise|chucky|freddy(?: fazbear)?|springtrap|five nights at freddy'?s|fnaf|poppy playtime|skibidi|the (?:scary|creepy|killer|evil) (?:\w+ )?(?:man|lady|clown|doll|bunny|bear|monster|thing|face) (?:from|in|on) (?:the|a|that|my brother'?s|youtube|tiktok) ?(?:video|youtube|tiktok|game|film|movie|advert|clip)?|(?:\w+ ){1,3}(?:from|in|on) (?:the|a|that) (?:scary|creepy|horror) (?:video|game|film|movie|clip))"
SCARY_FIGURE_DREAM = prefiltered(
    rf"\b(?:bad dreams?|nightmares?|scary dreams?|horrible dreams?)\b (?:about|of|with) (?:the |a |that )?{_SCARY_FIGURE}\b"
    rf"|\b{_SCARY_FIGURE}\b[^.?!]{{0,30}}\b(?:gives? me|gave me|in my) (?:bad dreams?|nightmares?|dreams?)\b"
)


def find_new_homes_and_journeys_flags(text: str) -> list[Finding]:
    whole = len(text)
    if HIDE_INSIDE_APPLIANCE.search(text) and _WE.search(text) and not _HIDE_OK.search(text):
        return [Finding(C.DANGEROUS_ACTIVITY, "hide_inside_appliance", MODERATE, 0, whole)]
    if FORBIDDEN_RISK.search(text):
        return [Finding(C.DANGEROUS_ACTIVITY, "risk_against_the_rule", MODERATE, 0, whole)]
    if ALCOHOL_FOR_THE_PARK.search(text) and _WE.search(text) and not _ALCOHOL_OK.search(text):
        return [Finding(C.DRUGS_ALCOHOL, "alcohol_got_to_drink", MODERATE, 0, whole)]
    if MOCKING_CHAT_MADE.search(text):
        return [Finding(C.DISTRESS, "mocking_chat_made", MODERATE, 0, whole)]
    if FORGOTTEN_WAITING.search(text):
        return [Finding(C.DISTRESS, "forgotten_and_waiting", MODERATE, 0, whole)]
    if SCARY_FIGURE_DREAM.search(text):
        return [Finding(C.DISTRESS, "scary_figure_dream", MODERATE, 0, whole)]
    return []
