# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Abuse told as a punishment, a cover story or going without (paraphrases_d).

- A cover story: a carer told the doctor or the school "i fell" but it was her; kept off
  school until the marks or bruises go away, or from the dentist or doctor lest they see them.
- Cruel or degrading punishments: a head shaved as a punishment, food eaten off the floor
  like a dog, soap in the mouth with the nose held, a hand held under very hot water, hit
  with a stick (and called the devil's child), a kitchen knife waved with "he'll use it".
- Going without: not fed for days, the lights off; never washed clothes, no dentist for a
  black tooth that hurts; a baby shaken hard, or to stop its crying (round 52); a sibling
  thrown against a wall or down the stairs (round 52); an inhaler or medicine kept back as a
  punishment or while the child can't breathe (miss5455).

Near misses stay allowed: dad's head shaved with clippers, a dog fed off the floor, soap for
washing hands, a hot water bottle, the doctor after i really fell off the swing, dad shaking the baby's rattle, mum throwing my
brother onto the bed in a pillow fight.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_meaning_abuse import CARER

A = SafetyCategory.ABUSE

_THEY = rf"(?:{CARER}|they|he|she|(?:me|my) (?:da|mam|ma|pa|old man|old fella))"
COVER_STORY_HURT = prefiltered(
    r"\b(?:told|tells|tell|said|says)\b (?:the )?(?:doctors?|nurse|hospital|teachers?|school|everyone|people|police)\b[^.?!]{0,10}\bi (?:fell|fall|tripped|slipped|walked into|bumped|banged)\b[^.?!]{0,40}\b(?:but|really) it was (?:her|him|them|my (?:mum|mom|dad|step ?\w+|\w+'?s boyfriend|\w+'?s girlfriend)|mum|mom|dad|mummy|daddy)\b(?! who (?:pushed|tripped|bumped))"
    # (round 35) A carer broke or burnt a part of me, and the story told to the nurse or doctor.
    rf"|\b{_THEY}\b[^.?!]{{0,40}}\b(?:broke|broken|burnt|burned|cut|bruised|twisted|sprained|dislocated|cracked|split|smashed|snapped)\b[^.?!]{{0,25}}\bmy (?:\w+ )?(?:fingers?|arms?|wrists?|hands?|nose|legs?|ribs?|lip|tooth|teeth|collar ?bone|ankles?|toes?|head|eye|jaw|shoulder)\b[^.?!]{{0,60}}\b(?:told|tells|tell|said|says|made me (?:say|tell)|had to (?:say|tell)|we (?:said|told))\b (?:the |my |a )?(?:nurses?|doctors?|hospital|a ?& ?e|paramedics?|teachers?|school|everyone|people|police)\b[^.?!]{{0,15}}\bi (?:fell|fall|tripped|slipped|walked into|bumped|banged|did it|hurt it|crashed)\b"
    r"|\b(?:not allowed|can'?t|cannot|won'?t let me|don'?t let me) (?:to )?go (?:to|back to) school (?:till|until|til|before)\b[^.?!]{0,20}\b(?:marks?|bruises?|cuts?|burns?|swelling|black eye)\b(?<!pox marks)"
    # (miss5455) Kept from the dentist, the doctor, school or swimming so that no one sees the
    # marks: "my step dad wont let me go to the dentist cos he says they will see the marks on
    # my face".
    rf"|\b{_THEY}\b[^.?!]{{0,30}}\b(?:not allowed|can'?t|cannot|won'?t let me|wouldn'?t let me|don'?t let me|doesn'?t let me|didn'?t let me|never lets? me|stops? me|stopped me|kept me off|keeps? me off|kept me home|keeps? me home|cancell?ed|won'?t take me|wouldn'?t take me|doesn'?t take me)\b(?: (?:to )?(?:go|going|went))?(?: (?:to|back to|in to|into))? (?:the |my |school |swimming |pe )?(?:school|dentist|doctors?|gp|nurse|hospital|swimming|pe|p\.e|gym|club|appointment|check ?up|nans?|grandmas?|granny'?s|nana'?s)\b[^.?!]{{0,50}}\b(?:they|he|she|someone|somebody|people|anyone|teachers?|the (?:teachers?|dentist|doctors?|nurse|lady|man))\b[^.?!]{{0,12}}\b(?:see|sees|seeing|notice\w*|spot\w*|ask\w* about|find\w* out about|know\w* about)\b[^.?!]{{0,20}}\b(?:(?<!pox )(?<!birth )marks?|bruises?|bruised|cuts?|burns?|swelling|swollen|black eye|my (?:face|arms?|legs?|back|neck|eye|lip)|what (?:he|she|they) (?:did|does|done))\b"
)
CRUEL_PUNISHMENT = prefiltered(
    rf"\b{_THEY}\b[^.?!]{{0,10}}\b(?:shaved|shaves|cut off|cuts off|chopped off)\b (?:all )?(?:of )?my (?:head|hair)\b[^.?!]{{0,20}}\b(?:punish\w*|because i|cos i|when i|for being)"
    # (miss6465b) "dad cut my hair off as a punishment", "mum chopped all my hair off to teach me a lesson"
    rf"|\b{_THEY}\b[^.?!]{{0,10}}\b(?:shaved|shaves|cut|cuts|chopped|chops|hacked|hacks)\b (?:all |most )?(?:of )?my (?:\w+ )?(?:hair|head|plaits?|braids?|ponytail|fringe|curls)\b (?:all )?off\b[^.?!]{{0,25}}\b(?:punish\w*|because i|cos i|coz i|when i|for being|to teach me|as a lesson|so i would(?:n'?t| learn)|for (?:talking|answering|lying|being|crying|not))"
    rf"|\b{_THEY}\b[^.?!]{{0,10}}\b(?:makes?|made|forces?|forced) (?:me|us|my (?:brother|sister))\b (?:eat|lick)\b[^.?!]{{0,20}}\boff the floor\b"
    rf"|\b{_THEY}\b[^.?!]{{0,10}}\b(?:puts?|put|shoves?|shoved)\b soap in my mouth\b[^.?!]{{0,30}}\b(?:holds?|held|pinch\w*) my (?:nose|mouth)\b"
    r"|\b(?:holds?|held|puts?|put|forces?|forced|pushes|pushed) my (?:hands?|arms?|feet|fingers?|face|head)\b (?:under|in|into) (?:really |very |boiling |burning |super )+hot (?:water|tap)\b"
    rf"|\b{_THEY}\b[^.?!]{{0,50}}\b(?:hits?|hitting|beats?|whacks?|whacked|smacks?|smacked) me with (?:a|the|his|her) (?:stick|belt|cane|spoon|wooden spoon|shoe|slipper|hanger|cable|rod|ruler)\b"
    rf"|\b{CARER}\b[^.?!]{{0,10}}\b(?:waves?|waved|waving|points?|pointed|holds?|held) (?:a |the |his |her )?(?:kitchen )?(?:knife|blade|scissors)\b (?:at|near|to) me\b[^.?!]{{0,30}}\b(?:use it|cut me|stab|hurt me|kill)"
)
CRUEL_NOT = prefiltered(
    r"\b(?:clippers|barber|hairdresser|nits|lice|charity|for fun|my dad'?s head|dog'?s bowl|the dog|the cat)\b"
)

GOING_WITHOUT = prefiltered(
    rf"\b{CARER}\b[^.?!]{{0,10}}\b(?:hasn'?t|has not|haven'?t|hadn'?t|didn'?t|not) (?:fed|feed|given|gave|made) (?:us|me)\b[^.?!]{{0,15}}\b(?:since|for (?:days|two|three|\d+)|all week|in days)"
    rf"|\b{CARER}\b[^.?!]{{0,10}}\bnever (?:washes|cleans|washed) my (?:clothes|uniform|hair)\b[^.?!]{{0,40}}\b(?:dentist|doctor|hurts|black|rotten|smell)"
    rf"|\b{CARER}\b[^.?!]{{0,10}}\b(?:never|won'?t|doesn'?t) (?:take|takes|took) me to the (?:dentist|doctor)\b[^.?!]{{0,40}}\b(?:black|rotten|hurts|bleeding|broken|infected)\b"
    rf"|\b{CARER}\b[^.?!]{{0,10}}\b(?:shook|shakes|shaked|shaking) (?:the|my) (?:baby|little (?:brother|sister)|baby (?:brother|sister))\b (?:really |so |very )?(?:hard|roughly|violently)\b"
)
# (miss5455) Medicine kept back as a punishment or while the child can't breathe: "mum wont
# give me my inhaler when im naughty even when i cant breathe"; not "till after dinner".
_MEDICINE = r"(?:inhalers?|puffers?|blue inhaler|medicine|medication|meds|epi-?pens?|insulin|tablets|pills|antibiotics|painkillers|calpol|nurofen|cream|eczema cream|drops)"
_WHEN_PUNISHED = r"(?:naughty|bad|punish\w*|told off|in trouble|cheek\w*|answer\w* back|talk\w* back|misbehav\w*|can'?t breathe|cannot breathe|couldn'?t breathe|could not breathe|struggl\w* to breathe|wheez\w*|asthma attack|attack|go blue|went blue|in pain|crying|cry|scream\w*|beg\w*|lesson)"
MEDICINE_KEPT_BACK = prefiltered(
    rf"\b{_THEY}\b[^.?!]{{0,15}}\b(?:won'?t|wouldn'?t|doesn'?t|didn'?t|don'?t|never|refuses? to|refused to|stopped|stops) (?:give|giving|gives|let me (?:have|use|take|get)|letting me (?:have|use|take))\b (?:me )?(?:my |the |me my )?(?:\w+ )?{_MEDICINE}\b[^.?!]{{0,40}}\b{_WHEN_PUNISHED}\b"
    rf"|\b{_THEY}\b[^.?!]{{0,15}}\b(?:takes?|took|taking|hides?|hid|hiding|locks?|locked|locking|keeps?|kept) (?:away )?my (?:\w+ )?{_MEDICINE}\b[^.?!]{{0,40}}\b{_WHEN_PUNISHED}\b"
)
SHAKEN_OR_THROWN = prefiltered(
    # (round 52) a baby shaken hard, roughly or to stop its crying ("mommys new boyfrend shakes
    # the baby realy hard when she crys"), a sibling thrown against a wall or down the stairs
    rf"\b{CARER}\b[^.?!]{{0,10}}\b(?:shook|shakes|shaked|shaking|shake) (?:the|my|our|her|his) (?:new |little |baby |twin |tiny )*(?:baby|babies|brother|sister|twins?)\b(?! ?(?:'?s\b|bottle|milk|formula|rattle|toy|monitor|blanket|carrier|bouncer|swing|gently|softly))[^.?!]{{0,25}}\b(?:hard|roughly|rough|violently|like a rag doll|(?:when|cos|because|if|till|until) (?:she|he|it|they|the baby) (?:cr\w+|scream\w*|won'?t stop|doesn'?t stop|wakes? up|stop\w*))\b"
    rf"|\b{CARER}\b[^.?!]{{0,25}}\b(?:threw|throws|throwed|thrown|flung|flings?|slammed|slams|shoved|shoves|pushed|pushes|chucked|chucks|smashed|banged|hurled) (?:my|our) (?:little |big |baby |older |younger |twin |step ?|half ?)?(?:sister|brother|sis|bro|siblings?|cousin)\b (?:in ?to|against|across|down|at|onto) (?:the |a )?(?:walls?|floor|door|stairs|radiator|table|wardrobe|cupboard|fridge|room|ground|window)\b"
)
_SHAKEN_NOT = prefiltered(r"\b(?:game|pretend|dolls?|teddy|toy|playing|by accident|accidentally)\b")


def find_punishment_abuse(text: str) -> list[Finding]:
    hit = (
        COVER_STORY_HURT.search(text)
        or (CRUEL_PUNISHMENT.search(text) and not CRUEL_NOT.search(text))
        or GOING_WITHOUT.search(text)
        or MEDICINE_KEPT_BACK.search(text)
        or (SHAKEN_OR_THROWN.search(text) and not _SHAKEN_NOT.search(text))
    )
    return [Finding(A, "abuse_punishment", CRITICAL, 0, len(text))] if hit else []
