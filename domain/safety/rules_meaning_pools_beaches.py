# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Harm at the pool, the beach and in the changing rooms (round 66), read as meanings:

- a grown-up who bares himself where children are and looks at them ("why did the man on the
  beach have his thing out and he was looking at us"): sexual;
- people filmed or photographed undressed (in the changing rooms, the showers, with no clothes
  on) and the film sent round or posted ("some kids in the changing room were filming
  everyone with no clothes on and sending it round"): sexual;
- children daring each other to undress and take pictures ("me and my friend dared each other
  to take our costumes off and take pics"): sexual;
- someone online with a made-up role (a swim scout, a model agent, a talent spotter) who needs
  videos or pictures of the child in a costume or doing stretches, kept from the coach or mum
  ("a lady on tiktok said shes a swim scout and needs vids of me doing stretches in my costume
  and not to tell my coach"): grooming;
- taken into a hut, a shed, a tent or the toilets by an older child or a grown-up and made to
  "do stuff", told it is a game for big kids or a secret ("my brothers friend made me go in the
  beach hut with him and do stuff and said its a game for big kids"): abuse;
- a weapon brought to hurt a named child ("im bringing my dads knife to the pool tmrw and im
  gonna get kyle in the changing rooms for real"): violence.

Near misses stay allowed: a man whose shorts fell down in a wave, a toddler with no clothes on
at the beach, "we filmed our diving and sent it to nan", "we took our wetsuits off and took
pics of the sunset", "a lady on tiktok does swimming tips", "my coach films our stretches to
check our form", "my brother made me go in the beach hut with him to get changed", "im
bringing my knife and fork to the picnic", "im gonna get kyle back at tag tomorrow"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, SEVERE, Finding
from domain.safety.meaning_concepts_means import WEAPON_WORDS
from domain.safety.meaning_concepts_who import OUTSIDE_ADULT
from domain.safety.prefilter import prefiltered

# A grown-up who bares himself and looks at the children (who it is shows in the "his").
_HIS_PART = r"(?:thing|willy|willie|winkle|privates|private (?:parts?|bits)|front bottom|penis|dick|wiener|weiner|todger|tackle|you know what)"
_OUT_VERB = r"(?:had|has|have|got|gets|get|getting|taken|took|takes|pulled|pulls|put|puts|whipped|whips|hanging|hung)"
BARED_HIMSELF = prefiltered(
    rf"\b{_OUT_VERB} (?:(?:his|their) {_HIS_PART} out|out (?:his|their) {_HIS_PART})\b(?! of\b)"
    rf"|\b(?:showed|shows|showing|flashed|flashes|flashing) (?:us |me |everyone |them )?(?:his|their) {_HIS_PART}\b"
    rf"|\b(?:his|their) {_HIS_PART} (?:was|were|is|are|hanging|sticking) (?:out|showing|all out)\b"
    r"|\b(?:flashed|flashes|flashing|exposed|exposes|exposing) (?:him|them)sel(?:f|ves)\b"
)
LOOKED_AT_US = prefiltered(
    r"\b(?:look\w*|star(?:e|es|ed|ing)|watch\w*|smil\w*|wav\w*|laugh\w*|walk\w* (?:over|up|towards?)|came (?:over|up)|com\w* (?:over|up|closer)|follow\w*|wink\w*) (?:at |to(?:wards)? )?(?:us|me|my (?:friends?|sister|brother)|the (?:kids|children|girls|boys))\b"
    r"|\b(?:at|to|in front of) (?:us|me|the (?:kids|children))\b|\b(?:on purpose|touch\w*|rubb\w*|wiggl\w*|shak\w*|play\w* with)\b"
)
_BARED_INNOCENT = prefiltered(
    r"\b(?:wee|wees|weeing|pee|peeing|toilet|potty|baby|toddler|little (?:boy|kid)|dog|puppy|horse|nappy|fell down|came off|wave knocked|by accident|accidentally|doctor|nurse|statue|painting|cartoon|film|movie)\b"
)

# People filmed or photographed undressed, and the film shared.
_FILMED = r"(?:film\w*|record\w*|video\w*|tak\w* (?:pics|pictures|photos|videos|vids|snaps|selfies)|took (?:pics|pictures|photos|videos|vids|snaps)|photograph\w*|snapchat\w*|snapp\w*)"
_UNDRESSED_PEOPLE = r"(?:(?:with )?no (?:clothes|clothes on|tops? on|pants on|costumes? on)|without (?:any |their )?clothes|with nothing on|naked|nude|undressed|getting (?:changed|undressed|dressed)|in the (?:showers?|changing (?:rooms?|cubicles?))|in (?:their|her|his|my) (?:pants|undies|knickers|underwear|towels?)|under (?:the|my|her|his) (?:cubicle|door|curtain))"
FILMED_UNDRESSED = prefiltered(
    rf"\b{_FILMED}\b[^.?!]{{0,40}}\b{_UNDRESSED_PEOPLE}\b|\b{_UNDRESSED_PEOPLE}\b[^.?!]{{0,40}}\b{_FILMED}\b"
)
SHARED_ROUND = prefiltered(
    r"\b(?:send\w*|sent|shar\w*|post\w*|put\w*|upload\w*|spread\w*|show\w*|airdrop\w*|pass\w*) (?:it|them|the (?:vids?|videos?|pics?|photos?|pictures?|film|clip)s?|everyone|to)\b[^.?!]{0,25}\b(?:round|around|about|online|on (?:snap\w*|tiktok|insta\w*|the group|whatsapp|youtube|the internet|their stor(?:y|ies))|to (?:everyone|the whole|the group|people|all)|the group ?chat|everyone)\b"
    r"|\b(?:going|gone|went) round (?:the )?(?:school|class|year|group)\b|\bin (?:the|a) group ?chat\b"
)
_FILM_INNOCENT = prefiltered(
    r"\b(?:baby|toddler|dog|puppy|nan|nana|grandma|gran|sunset|waves|dive|diving|race|gala|costume party|fancy dress)\b"
)

# Children daring each other to undress and take pictures.
_CLOTHES = r"(?:costumes?|cossies?|cozzies?|swimsuits?|swimming costumes?|bikinis?|trunks|clothes|tops?|t-?shirts?|shirts?|pants|knickers|undies|underwear|bottoms|shorts|bras?)"
UNDRESS_FOR_PICS = prefiltered(
    rf"\b(?:dare\w*|dared|double dare|truth or dare)\b[^.?!]{{0,40}}\b(?:take|took|taking|pull|pulled|get|got|strip|stripped) (?:off )?(?:our|my|your|their|her|his) {_CLOTHES}(?: off| down)?\b[^.?!]{{0,40}}\b(?:take|took|taking|send|sent|make|made) (?:some |a |the )?(?:pics?|pictures?|photos?|videos?|vids?|selfies?|snaps?)\b"
    rf"|\b(?:take|took|taking|pull|pulled|get|got|strip|stripped) (?:off )?(?:our|my|their) {_CLOTHES}(?: off| down)?\b[^.?!]{{0,20}}\b(?:and|to|then) (?:take|took|taking|send|sent|film|filmed) (?:some |a |the )?(?:pics?|pictures?|photos?|videos?|vids?|selfies?|snaps?)\b[^.?!]{{0,20}}\b(?:of (?:us|each other|ourselves|our ?selves|me|her|him)|for (?:a|the) dare|naked|with nothing on)\b"
)

# Someone online with a made-up role who needs videos of the child in a costume.
_ONLINE = r"(?:online|on (?:tiktok|tik tok|insta\w*|snap\w*|roblox|discord|youtube|the internet|an app|fortnite|minecraft|whatsapp|facebook|messenger)|dm\w*|messag\w*|from (?:tiktok|insta\w*|snap\w*|the internet|online)|followed me)"
_ROLE = r"(?:scout|talent|agent|agency|model(?:ling)?|casting|sponsor|judge|recruit\w*|photographer|olympic|team gb|talent spotter)"
_BODY_CLIP = (
    r"(?:vids?|videos?|clips?|pics?|pictures?|photos?|selfies?|snaps?) of (?:me|you|u|my body|my legs)\b[^.?!]{0,40}\b"
    r"(?:in (?:my|a|your|ur) (?:costume|cossie|cozzie|swimsuit|swimming costume|swim ?suit|bikini|leotard|trunks|crop top|underwear|undies|pants|shorts)|doing (?:stretches|stretching|the splits|splits|poses|backbends?|bridges|yoga)|stretching|posing|in the (?:bath|shower))"
)
ASKED_FOR_BODY_CLIPS = prefiltered(
    rf"\b(?:needs?|needed|wants?|wanted|asks?|asked|asking|told me to (?:send|make|film)|says? i (?:have|need|should) to (?:send|make|film)|send (?:him|her|them))\b[^.?!]{{0,15}}\b{_BODY_CLIP}"
)
KEPT_FROM_COACH = prefiltered(
    r"\b(?:not to tell|don'?t tell|dont tell|do not tell|never tell|mustn'?t tell|keep it (?:a )?secret|our secret|without telling|(?:don'?t|dont) let (?:my |your |ur )?\w+ know|not tell (?:my|your|ur))\b"
)
ONLINE = prefiltered(rf"\b{_ONLINE}\b")
MADE_UP_ROLE = prefiltered(rf"\b{_ROLE}\b")

# Taken somewhere hidden and made to "do stuff", called a game or a secret.
_TAKEN = r"(?:made|makes|make|making|took|takes|taken|taking|got|gets|told|tells|wanted|wants|pulled|pulls|dragged|drags|led|leads|asked|asks|forced|forces|tricked)"
_HIDDEN_PLACE = r"(?:huts?|sheds?|tents?|toilets?|loos?|cubicles?|changing (?:rooms?|huts?|tents?)|bushes|woods|dens?|garages?|vans?|cars?|caravans?|bedrooms?|rooms?|dunes|caves?|rocks|alley|bathrooms?|boat ?houses?|bins)"
TAKEN_ASIDE_DO_STUFF = prefiltered(
    rf"\b{_TAKEN} (?:me|us)\b (?:to )?(?:go |come |get |went )?(?:in|into|inside|behind|under|round|to|in to)\b[^.?!]{{0,25}}\b{_HIDDEN_PLACE}\b[^.?!]{{0,25}}\b(?:and|to|then) (?:(?:made|make|makes|got|gets|told|tells) (?:me|us) (?:to )?)?(?:do|did|doing|try|tried) (?:stuff|things|something|some ?thing|bad stuff|weird stuff|grown ?-?up stuff|rude stuff|stuff to (?:him|her)|things to (?:him|her)|it)\b"
)
GAME_OR_SECRET = prefiltered(
    r"\b(?:game for (?:big|older|grown ?-?up) (?:kids|boys|girls|people|ones)|(?:big|older|grown ?-?up) (?:kids|boys|girls)'? game|grown ?-?ups?'? game|special game|secret game|our (?:little )?secret|(?:it'?s|its|it is|was) (?:a|our) (?:secret|game)|what (?:big|older) (?:kids|boys|girls|people) do|(?:don'?t|dont|not to|never) tell|nobody (?:would|will) believe|didn'?t want to|didnt want to|i was scared|scary|hurt|weird|yucky|icky)\b"
)

# A weapon brought to hurt a named child.
_WEAPON = rf"(?:{WEAPON_WORDS}|blade|stanley knife|flick ?knife|penknife|pen knife|razor|screwdriver|hammer|knuckle ?dusters?)"
WEAPON_BROUGHT = prefiltered(
    rf"\b(?:bring\w*|brought|tak(?:e|es|ing)|took|sneak\w*|snuck|carry\w*|carried|pack\w*|hid\w*|hide|got|have|'?ve got) (?:my |a |the |his |her |\w+'?s |our )?(?:\w+ )?{_WEAPON}\b"
)
GONNA_GET_THEM = prefiltered(
    r"\b(?:i'?m|im|i am|i will|i'?ll|ill|we'?re|we are|we'?ll|gonna|going to|gunna|plan to|want to|wanna)\b (?:gonna |going to |gunna )?(?:get|stab|shank|slash|cut|hurt|do|jump|batter|sort out|finish|knife|deal with) (?!(?:changed|ready|dressed|out|in|home|there|back|some|my|a|an|the|it|to|up|down|off|on|lunch|food|sweets|chips|wet|cold|bored|ice|new|more|them all|everything)\b)[a-z]+\b"
)
_WEAPON_INNOCENT = prefiltered(
    r"\b(?:knife and fork|butter knife|fishing|whittl\w*|carv\w* (?:a|the|some) (?:stick|wood|pumpkin)|cake|bread|sandwich|apple|fruit|picnic|cook\w*|dinner|tea|toy|pretend|nerf|water ?gun|water pistol|squirt\w*|game|fortnite|roblox|minecraft|lol|jk|haha|kidding|joking)\b"
)


def _found(
    category: SafetyCategory, label: str, text: str, risk: float = CRITICAL
) -> list[Finding]:
    return [Finding(category, label, risk, 0, len(text))]


def find_pool_beach_harms(text: str) -> list[Finding]:
    if (
        BARED_HIMSELF.search(text)
        and LOOKED_AT_US.search(text)
        and not _BARED_INNOCENT.search(text)
    ):
        return _found(SafetyCategory.SEXUAL, "grown_up_bared", text)
    if (
        FILMED_UNDRESSED.search(text)
        and SHARED_ROUND.search(text)
        and not _FILM_INNOCENT.search(text)
    ):
        return _found(SafetyCategory.SEXUAL, "filmed_undressed_shared", text)
    if UNDRESS_FOR_PICS.search(text):
        return _found(SafetyCategory.SEXUAL, "undress_dare_pictures", text)
    if ASKED_FOR_BODY_CLIPS.search(text) and (
        (KEPT_FROM_COACH.search(text) and (ONLINE.search(text) or OUTSIDE_ADULT.search(text)))
        or (ONLINE.search(text) and MADE_UP_ROLE.search(text))
    ):
        return _found(SafetyCategory.GROOMING, "body_clips_asked", text)
    if TAKEN_ASIDE_DO_STUFF.search(text) and GAME_OR_SECRET.search(text):
        return _found(SafetyCategory.ABUSE, "taken_aside_made_to", text)
    if (
        WEAPON_BROUGHT.search(text)
        and GONNA_GET_THEM.search(text)
        and not _WEAPON_INNOCENT.search(text)
    ):
        return _found(SafetyCategory.VIOLENCE, "weapon_brought_for_someone", text, SEVERE)
    return []
