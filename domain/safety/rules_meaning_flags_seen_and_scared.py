# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Real violence seen, and a fright someone keeps putting in the child's head (rounds 80 and
81's flags, flags8081), read as meanings:

- a real death or attack seen in a video that will not go away: "someone showed me a video of
  a man dying and now i see it every time i close my eyes", "i watched a video of someone
  getting shot for real and i cant stop seeing it" - distress;
- a real fight seen, with blood or a weapon: "the man next door punched another man in the
  street and there was blood everywhere", "some boys at the park had a knife and were
  fighting by the benches" - violence;
- a scare someone keeps telling the child, and now the child cannot sleep: "my brother keeps
  saying the clown will come through my window and now i cant close my eyes" - distress.

Near misses stay allowed: a video of a man dyeing his hair that I can't stop laughing at, a
zombie shot in fortnite, a film I can't stop thinking about because it was so good; a boxer on
the telly, a nosebleed with blood everywhere, a pillow fight, a knife and fork, a play fight
with foam swords; "my brother says the clown will come to my party" and I can't wait, a monster
under the bed I'm not scared of."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.meaning_concepts_means import WEAPON_WORDS
from domain.safety.prefilter import prefiltered
from domain.safety.rules_meaning_flags_low_mood import FRIGHTENERS

C = SafetyCategory

# --- a real death or attack seen in a video, that stays -------------------------------------------
_CLIP = r"(?:videos?|vids?|clips?|footage|tiktoks?|reels?|livestreams?|live ?streams?|shorts?|gifs?|pics?|pictures?|photos?)"
_HURT_PASSIVE = r"(?:shot|stabbed|killed|murdered|beaten(?: up)?|battered|run over|hit by a (?:car|bus|train|lorry|truck)|hanged|hung|crushed|mauled|eaten|blown up|tortured|attacked|beheaded|decapitated|executed|strangled|drowned)"
_DEATH = (
    rf"(?:dying(?! (?:of |from )?laugh\w*)(?! (?:his|her|their|its|my|the) (?:hair|fur|clothes|beard|shirt|t-?shirt|eggs?))|dead (?:body|bodies|people|person)|(?:getting|being|get|got) {_HURT_PASSIVE}"
    r"|(?:shot|stabbed|killed|murdered|strangled) (?:dead|to death)|(?:a|an|the) (?:real )?(?:execution|murder|stabbing|shooting|beheading|hanging|car crash|plane crash)|(?:people|men|someone|somebody) (?:dying|being killed|getting killed|killing \w+))"
)
VIOLENT_CLIP = prefiltered(
    rf"\b{_CLIP}\b(?: \w+){{0,3}}? of\b[^.?!]{{0,30}}?\b{_DEATH}"
    rf"|\b(?:saw|seen|watched|see|watch) (?:a |an |some |this |that )?(?:man|men|woman|lady|person|people|someone|somebody|boy|girl|kid|guy|dog|cat) (?:get|getting|being) {_HURT_PASSIVE}\b[^.?!]{{0,20}}\b(?:on|in) (?:a |the |my |his |her |their )?(?:video|vid|clip|tiktok|youtube|snap\w*|insta\w*|phone|tablet|ipad|internet|live ?stream|group chat)\b"
)
# The fright that stays, after a clip or a scary tale alike: nights without sleep, tears that
# will not stop, nightmares.
_FRIGHT_STAYS = (
    r"\b(?:can'?t|cant|cannot) (?:sleep|stop crying|stop shaking)\b|\bnightmares?\b|\bbad dreams?\b"
)
_STUCK = prefiltered(
    r"\b(?:can'?t|cant|cannot|can not) (?:stop )?(?:seeing|thinking about|picturing|remembering|forgetting|unsee|un-see|get it out of my (?:head|mind))\b"
    r"|\b(?:still |keep |i )?(?:see|seeing) (?:it|him|her|them|that|his face|her face|the blood|the body)\b[^.?!]{0,10}\b(?:every time|whenever|when i|at night|in my head|in my dreams|all the time|everywhere)\b"
    r"|\b(?:every ?time|whenever|when) i (?:close|shut) my eyes\b"
    r"|\b(?:it|that) (?:keeps|won'?t stop|wont stop) (?:coming back|popping|playing|replaying)\b"
    rf"|{_FRIGHT_STAYS}|\bkeep thinking about (?:it|that|him|her)\b"
)
VIOLENT_CLIP_OK = prefiltered(
    r"\b(?:fortnite|minecraft|roblox|gta|call of duty|cod|game|games|gaming|cartoon|anime|nerf|water ?gun|water ?pistol|paintball|laser ?tag|prank|pranks|fake|pretend|"
    r"lol|lmao|haha\w*|funny|hilarious|so good|loved it|cool|zombies?)\b"
)

# --- a real fight seen, with blood or a weapon ----------------------------------------------------
_THEY = r"(?:man|men|guy|guys|bloke|lady|woman|women|boy|boys|lads|teenagers?|teens|kids|people|someone|somebody|neighbou?rs?|he|she|they|them|(?:his|her|their|my|our) (?:dad|uncle|brother|cousin|mate|friend)s?)"
_STRUCK = r"(?:punch(?:ed|ing|es)?|hit|hitting|kick(?:ed|ing|s)?|stabb?(?:ed|ing|s)?|beat(?:ing)? up|beat|beating|batter(?:ed|ing)|attack(?:ed|ing|s)?|head-?butt(?:ed|ing|s)?|glass(?:ed|ing)|smash(?:ed|ing)|knock(?:ed|ing)? out|slash(?:ed|ing)|thump(?:ed|ing)|stamp(?:ed|ing) on)"
_VICTIM = r"(?:another (?:man|guy|boy|lady|woman|person|kid|lad)|(?:a|an|the|some|this|that|his|her|their|my|our|the other) (?:\w+ )?(?:man|guy|boy|lady|woman|person|kid|lad|teenager|neighbou?r|driver|dad|mum|brother|friend|mate)|each other|one another|him|her|someone|somebody)"
_BLOOD = r"(?:blood (?:everywhere|all over|on the (?:ground|floor|pavement|road|wall))|so much blood|loads of blood|lots of blood|covered in blood|(?:was|were|started|kept) bleeding|bleeding everywhere|an? ambulance|the ambulance|the police (?:came|come|were called)|knocked (?:him|her|them) out|(?:he|she|they) (?:was|were|lay|fell|fell over) (?:on the (?:ground|floor|pavement|road)|unconscious|not moving))"
BLOODY_FIGHT_SEEN = prefiltered(
    rf"\b{_THEY}\b (?:\w+ ){{0,4}}?{_STRUCK} {_VICTIM}\b[^.?!]{{0,60}}?\b{_BLOOD}"
)
_WEAPON = rf"(?:{WEAPON_WORDS}|blades?|baseball bats?|bats?|hammers?|crowbars?|broken bottles?|zombie knife)"
_CHASED = r"(?:him|her|them|me|us|each other|people|someone|somebody|everyone|(?:a|the|some|that|this|another|two) (?:\w+ )?(?:boy|girl|man|men|lady|woman|kid|lad|teenager|guy)s?)\b"
ARMED_FIGHT_SEEN = prefiltered(
    rf"\b{_THEY}\b (?:\w+ ){{0,4}}?(?:had|has|have|got|pulled(?: out)?|waving|waved|holding|carrying|got out|with) (?:a |an |some |their |his |her |big |massive |huge )?{_WEAPON}\b[^.?!]{{0,30}}?\b(?:fight\w*|fought|stab\w*|threaten\w*|attack\w*|slash\w*|swinging|swung|going for|went for|chas\w* {_CHASED})"
    rf"|\b{_THEY}\b (?:\w+ ){{0,4}}?(?:were |was |are |is |started |kept )?(?:fighting|fought|having a fight|in a fight|brawling)\b[^.?!]{{0,20}}?\bwith (?:a |an |some |their |his |her |big )?{_WEAPON}\b"
)
FIGHT_SEEN_OK = prefiltered(
    r"\b(?:film|movie|telly|tv|show|boxing|wrestling|wwe|ufc|game|games|fortnite|minecraft|roblox|cartoon|story|book|pretend|play fight\w*|play-fight\w*|pillow|food fight|snowball|water fight|"
    r"foam|plastic|toy|nerf|lightsabers?|butter knife|knife and fork|bat and ball|cricket bat|rounders|baseball game|nose ?bleed|dream|accident\w*|by mistake|not on purpose|football|rugby|match)\b"
)

# --- a scare someone keeps telling the child, and now no sleep ------------------------------------
_SCARES = rf"(?:{FRIGHTENERS}|bogey ?m[ae]n|bad (?:man|men|people)|burglars?|robbers?|kidnappers?|murderers?|the devil|chucky|freddy|pennywise|something)"
SCARE_TOLD = prefiltered(
    rf"\b(?:keeps? (?:on )?(?:saying|telling me)|kept (?:on )?(?:saying|telling me)|always (?:says|tells me)|says|said|told me|tells me)\b (?:that )?(?:a |an |the |some |this )?(?:\w+ )?{_SCARES}s? (?:is |are |'?s |'?re )?(?:going to|gonna|will|'?ll|would|coming|comes?|lives?|living|hiding|hides?|hid|under|in|outside|watching|watches|eats|takes|gets)\b"
)
_NO_SLEEP = prefiltered(
    rf"\b(?:can'?t|cant|cannot) (?:close my eyes|shut my eyes|go to sleep|get to sleep|turn (?:the|my) light off|be on my own)\b|{_FRIGHT_STAYS}"
    r"|\b(?:too|so|really) (?:scared|frightened|afraid|terrified)\b|\b(?:i'?m|im|i am|i was|i get|i feel) (?:really |so |too )?(?:scared|frightened|terrified|petrified)\b|\bscared to\b"
    r"|\bkeep (?:checking|crying|looking)\b|\bsleep with the light\b"
)
SCARE_OK = prefiltered(
    r"\b(?:not (?:scared|afraid|frightened|real)|isn'?t real|aren'?t real|wasn'?t scared|not even scared|excited|can'?t wait|cant wait|party|birthday|lol|haha\w*|jk|joking|pretend|a game|the game)\b"
)


def find_seen_and_scared_flags(text: str) -> list[Finding]:
    found: list[Finding] = []
    whole = len(text)
    distress = (
        VIOLENT_CLIP.search(text) and _STUCK.search(text) and not VIOLENT_CLIP_OK.search(text)
    ) or (SCARE_TOLD.search(text) and _NO_SLEEP.search(text) and not SCARE_OK.search(text))
    if distress:
        found.append(Finding(C.DISTRESS, "violence_or_scare_stays", MODERATE, 0, whole))
    if (
        BLOODY_FIGHT_SEEN.search(text) or ARMED_FIGHT_SEEN.search(text)
    ) and not FIGHT_SEEN_OK.search(text):
        found.append(Finding(C.VIOLENCE, "real_fight_seen", MODERATE, 0, whole))
    return found
