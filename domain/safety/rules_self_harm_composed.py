# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Self-harm found by composition: a clause joining the self, death and wanting ("i keep
thinking about dying"), or the self's body, an injury and intent."""

from __future__ import annotations

import re

from domain.enums import SafetyCategory
from domain.safety.findings import CLAUSE_END, CRITICAL, Finding, negated_before
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames import DEAD_AS_VERY, to_death_idiom
from domain.safety.rules_benign_frames_care import first_aid
from domain.safety.rules_benign_frames_ended_well import taken_back
from domain.safety.rules_benign_frames_everyday import ANIMAL_DID_IT
from domain.safety.rules_benign_frames_family_life import care_not_to_cut
from domain.safety.rules_benign_frames_growing import dye_misspelt, sports_knock
from domain.safety.rules_benign_frames_home import heaven_when_old
from domain.safety.rules_benign_frames_kept_safe import kept_from_harm
from domain.safety.rules_benign_frames_over_now import scare_survived, stunt_into_water
from domain.safety.rules_benign_frames_poorly import ill_as_if_dying, itch_scratched
from domain.safety.rules_benign_frames_worn_out import worn_out_dead
from domain.safety.rules_self_harm_phrases import ACCIDENT, FIGURATIVE, thing_made_to_vanish

S = SafetyCategory.SELF_HARM

# Compositional detection: a sentence that joins the self, death and wanting ("i keep
# thinking about dying", "maybe it would be better if i wasn't alive") is suicidal even
# when no listed phrase matches; so is the self's body joined with injury and intent.
_SELF_WORD = prefiltered(r"\b(?:i|i'?m|im|i'?ll|i'?d|i'?ve|me|my|myself|mine)\b")
_DEATH = prefiltered(
    r"\b(?:die|dying|died|dead|death|suicid\w*|end (?:it|my life|everything|it all)|(?:not|wasn'?t|weren'?t|never) (?:be )?alive|"
    r"(?:never|not|don'?t|didn'?t) wake up(?!\s+(?:till|til|until|before|in time|on time|late|early|earlier|at \d)\b)|stop(?:ped|s)? breathing(?! (?:so|loud|loudly|through|when i|with my|like that|weird))|heart (?:to |would |will |could )?stop|stop my heart|noose|(?:don'?t|dont|do not) (?:want to|wanna) (?:be (?:here|alive|around)|exist|live anymore|be born)|(?:don'?t|not|never|didn'?t) breathe|disappear(?:ed)? forever|gone forever|"
    r"(?:not|never|didn'?t|don'?t) exist|stop existing|overdose|not be (?:here|around)|wasn'?t (?:here|around)|weren'?t (?:here|around)|"
    r"in heaven|to heaven|go away forever|sleep forever|jump off(?! (?:the |a |my |our )?(?:high |low |big |little |top )?(?:(?:shed|garage|playhouse|wendy house|tree ?house|porch|caravan|bike shed) roof|diving board|board|swing|swings|trampoline|slide|couch|sofa|bed|step|steps|dock|pier|boat|rock|log|stage|bunk bed|monkey bars)|(?: (?:the |a |my |our )?(?:top )?(?:bunk|bunkbed|bunk bed|wardrobe|cupboard|chair|table|armchair|dresser|chest of drawers|climbing frame|bed|sofa|couch)\b[^.?!]{0,30}\blike (?:spider-?man|super-?man|bat-?man|a superhero|superheroes|a ninja|iron ?man|super ?girl|wonder ?woman|a power ranger)(?![^.?!]{0,40}\b(?:hurt\w*|break|broke|neck|head first|onto my head|on my head|die|dead|kill\w*|hospital|bleed\w*|never|forever|on purpose))))|(?:jump|jumping|step|stepping|walk|walking|run|running|lie|lying|lay|laying) (?:out )?in front|kill myself|unalive|stop living|quit living|not live|stop being alive)\b"
)
_WANTING = prefiltered(
    r"\b(?:want|wanna|wanting|wanted|wish|wished|wishing|hope|hoping|thinking about|think about|thought about|keep thinking|plan|planning|going to|gonna|"
    r"should|better if|better off|deserve|ready to|try to|tried to|would be (?:better|easier|happier)|maybe|rather|can'?t wait to|"
    r"no reason|what if i|what would happen if i|what happens if i|looked up|look up|how to|searched|sometimes i|i might|want to be|feel like|feels like|felt like)\b"
)
_OTHER_DIES = prefiltered(
    r"\b(?:my|the|our|his|her|their|a|an|that|this|grandma'?s|grandpa'?s)\s+(?:\w+\s+){0,2}(?:doesn'?t |won'?t |will |would |could |might |is going to |gonna |is |was |to )?$"
    r"|\b(?:he|she|they|it|grandma|grandpa|nana|mom|dad|mum|mommy|daddy|nanny|nan|nanna|granny|gran|grandad|granddad|auntie|aunty|uncle|mummy|papa)\s+(?:doesn'?t |won'?t |will |would |could |might |is going to |gonna |is |was |went |has gone |had gone |'?s gone |just went )?$"
    # (review54) someone else safe in heaven: "i hope my hamster is happy in heaven"
    r"|\b(?:is|'s|are|was|were) (?:so |really |very |all |now )?(?:happy|safe|okay|ok|fine|resting|playing|at peace|sleeping|having fun|an angel|watching (?:over )?(?:me|us)) (?:now )?$"
)
_DEATH_JOKE = prefiltered(
    r"\b(?:test|exam|homework|maths|math|lesson|class|pe|practice|day|movie|film|game|level|joke|song|show|assembly|trip|dinner|this|it|that|school|waiting) (?:was|is|'?s) so (?:hard|boring|long|bad|embarrassing|cringe)\b[^.?!]{0,20}\b(?:(?:wanted|want|could) to|(?:i'?m|im|i am) (?:gonna|going to)) die\b|\bon (?:saturdays?|sundays?|weekends?)\b|\bat the weekend\b|\blie-?ins?\b|\bwhen i'?m (?:really |very )?old\b|\bwhen i (?:grow|get) old\b|\bone day when\b|\bdying (?:to|of|for)\b|\bdie (?:of|from) (?:boredom|embarrassment|laughter|laughing|cuteness|hunger|thirst|excitement|shame|happiness|cringe)\b|\bdied laughing\b|\b(?:die|dying) if i (?:don'?t|do not|can'?t|cannot) (?:get|have|eat|drink|find|go) (?:a |an |some |my |the |another |more |something )?(?:drink|water|food|snack|to eat|to drink|toilet|loo|wee|pee|bathroom|ice ?cream|sweets?|chocolate|pizza|lunch|dinner|tea|breakfast|cake|biscuits?|crisps|juice|squash|to the (?:toilet|loo|bathroom))\b|\bso (?:thirsty|hungry|hot|boiling|full|stuffed|bored|itchy|excited) (?:i'?m|im|i am|i|i'?ll|ill) (?:gonna |going to |could |will |literally )?die\b|\bdie laughing\b|\bso dead\b|\bi'?m dead\b(?! inside)|\bdead tired\b|\bdead (?:serious|easy|funny)\b|"
    r"\b(?:game|level|respawn|lives left|extra life|minecraft|fortnite|roblox|boss|zombie|character|story|book|movie|dinosaurs?|when (?:we|people) die|what happens when)\b"
)
# (round 45) "i'm gonna die" as hyperbole, taken back ("jk its easy"): rules_benign_frames_ended_well.
_DIE_HYPERBOLE = re.compile(
    r"\b(?:gonna|going to|'?ll|will|could|would) (?:literally |just |totally )?die$"
)
_BODY = prefiltered(
    r"\b(?:my ?self|my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|head|face|stomach|tummy|hand|hands|hair|body|fingers?))\b"
)
_INJURY = prefiltered(
    r"\b(?:cut|cuts|cutting|razor|razors|blade|blades|bleed|bleeds|bleeding|bled|blood|burn|burns|burning|burned|burnt|bang|bangs|banging|"
    r"scratch\w*|carve\w*|wrote on|writing on|bruise\w*|scars?|starv\w*|pull(?:ing)? out my hair|punch\w*|hit|hits|hitting)\b"
)
# (mends) a haircut ("my hair grows so fast i need to get it cut again", "mum cut my hair"):
# blanked before the body and the injury are looked for, so another body part still counts.
_HAIRCUT = prefiltered(
    r"\bmy hair\b(?:(?!\bmy\b)[^.?!]){0,40}?\b(?:cut|cuts|cutting|trim\w*)\b(?: (?:off|short|shorter|again))?"
    r"|\b(?:cut|cuts|cutting|trim\w*)\b (?:off )?(?:all )?(?:of )?my hair\b|\bhair ?cuts?\b"
)
# (fanote) An injury done to the child by someone else, read where the injury word starts: a
# third person's "hits my legs", "burns my hand", "scratches my face", or "he hit my arm".
_DONE_TO_ME = prefiltered(r"(?:hits|cuts|burns|bangs|scratches|punches|bruises) (?:me|my)\b")
_DONE_BY_HIM = prefiltered(r"(?:hit|cut|burnt|burned|banged|scratched|punched|bruised) (?:me|my)\b")
_HE_BEFORE = prefiltered(r"\b(?:he|she) (?:\w+ )?$")
_RESULT = prefiltered(r"(?:bleed|bled|blood|bruise|scar)")


def _own_injury(clause: str) -> re.Match[str] | None:
    """The first injury in the clause the child does; once one is done to the child ("she
    scratches my face till it bleeds"), the bleeding or the bruise after it is its result."""
    done_to_me = False
    for injury in _INJURY.finditer(clause):
        if _done_to_me(clause, injury.start()):
            done_to_me = True
        elif not (done_to_me and _RESULT.match(injury.group())):
            return injury
    return None


def _done_to_me(clause: str, at: int) -> bool:
    return _DONE_TO_ME.match(clause, at) is not None or (
        _DONE_BY_HIM.match(clause, at) is not None
        and _HE_BEFORE.search(clause[max(0, at - 20) : at]) is not None
    )


_INJURY_INTENT = prefiltered(
    r"\b(?:on purpose|til|till|until|so (?:it|i|that)|when i(?:'?m| am| feel| get)?|because|keep|kept|always|every|want|wanna|sometimes|"
    r"secretly|razor|blade|(?<!didn't )(?<!didnt )(?<!doesnt )(?<!doesn't )(?<!not )(?<!never )(?<!wont )(?<!won't )(?:bleeds?|bled|bleeding)|again|at night|to feel|deserve|punish|nobody knows|no one knows|hide)\b"
)


def compositional_self_harm(text: str) -> list[Finding]:
    found: list[Finding] = []
    start = 0
    for clause in CLAUSE_END.split(text):
        offset = text.find(clause, start)
        start = max(start, offset)
        if not clause.strip():
            continue
        # Nothing below is found without a death word, or a body part and an injury: asked of
        # the pre-filter first, as it cannot rule out the self word (which would then run).
        if not (
            _DEATH.possible(clause) or (_BODY.possible(clause) and _INJURY.possible(clause))
        ) or (_SELF_WORD.search(clause) is None):
            continue
        joke = _DEATH_JOKE.search(clause) is not None or FIGURATIVE.search(clause) is not None
        for death in _DEATH.finditer(clause):
            if (
                joke
                or _OTHER_DIES.search(clause[: death.start()][-40:])
                or to_death_idiom(clause, death.end())
                or DEAD_AS_VERY.match(clause, death.start())
                or ("heaven" in death.group() and heaven_when_old(text))
                or (death.group() == "die" and dye_misspelt(clause))
                or ill_as_if_dying(
                    text
                )  # (round 63) "with the stomach bug i felt like i was dying"
                or worn_out_dead(text)  # (miss6465b) "a sponsored hike, ill be dead by the end"
                or scare_survived(text)  # (fa8283b) "i thought i was gonna die but i smashed it"
                # (fa8283b) "...jump off the balcony into the pool": a stunt, risky's flag
                or (death.group().startswith("jump") and stunt_into_water(text))
                # (fa8687) "a magic set so i can make coins disappear forever": a thing vanishes
                or thing_made_to_vanish(clause, death.start())
                or (
                    _DIE_HYPERBOLE.search(clause[max(0, death.start() - 25) : death.end()])
                    and taken_back(text)
                )
            ):
                continue
            if (
                negated_before(clause, death.start(), 6)
                and "wake" not in death.group()
                and "breathe" not in death.group()
            ):
                continue
            if _WANTING.search(clause):
                found.append(
                    Finding(
                        S,
                        "self_harm_phrase",
                        CRITICAL,
                        offset + death.start(),
                        offset + death.end(),
                    )
                )
                break
        if "hair" in clause:
            clause = _HAIRCUT.sub(lambda m: " " * len(m.group()), clause)
        body = _BODY.search(clause)
        # (fanote) the first injury the child does, not one done to the child by someone else
        # ("the swimming man hits my legs really hard every lesson" is abuse, not self-harm).
        injury = _own_injury(clause)
        if (
            body
            and injury
            and _INJURY_INTENT.search(clause)
            and not (ACCIDENT.search(clause) or first_aid(text) or sports_knock(text))
            and not care_not_to_cut(text)
            and not kept_from_harm(text)  # (round 42) a grown-up kept me from getting burned
            and not ANIMAL_DID_IT.search(clause)
            # (round 63) an itch scratched: "i had chickenpox and wanted to scratch myself"
            and not (injury.group().startswith("scratch") and itch_scratched(text))
        ):
            first = min(body.start(), injury.start())
            found.append(
                Finding(
                    S,
                    "self_injury",
                    CRITICAL,
                    offset + first,
                    offset + max(body.end(), injury.end()),
                )
            )
    return found
