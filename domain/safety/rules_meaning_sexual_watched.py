# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A grown-up watching, photographing or getting into bed with a child, told as everyday
things (round 38):

- Made to change somewhere private (his office, his car, the back room) while he stays and
  watches, won't leave or won't look away.
- A man next door or a stranger taking photos or videos of me through the fence, the window
  or the hedge, or while I'm in the paddling pool, my swimsuit, the bath or my pants.
- A grown-up (an uncle, a stepdad, mum's boyfriend, a man) getting into my bed, "good girls
  let him"; (miss8283) a camp leader or counsellor getting into my sleeping bag.

Near misses stay allowed: a coach watching training, mum staying while a little one changes,
a neighbour's photo of the family at a street party with mum there, dad taking a picture of
me in the paddling pool for nan, my little brother getting in my bed when there's thunder."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_people import GROWN_UP_ROLES
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_babies_bedtime import bedtime_story_in_bed

X = SafetyCategory.SEXUAL

_CHANGE = r"(?:get(?:ting)? (?:changed|undressed|dressed|naked|into my (?:kit|swimsuit|costume|pyjamas))|chang(?:e|ing) (?:my clothes|into|out of|in (?:his|her|the|a))|undress\w*|take (?:my|off my) clothes off|strip\w*|shower\w*|have a (?:shower|bath)|in the (?:shower|bath))"
_STAYS = r"(?:(?:he|she|the coach|coach|the man|sir|the teacher|my uncle|uncle \w+)\b[^.?!]{0,20}\b(?:stays?|stayed|stands?|stood|sits?|sat|waits?)\b[^.?!]{0,20}\b(?:watch\w*|look\w*|stare\w*|there|in the room|and watch\w*|and look\w*)|(?:he|she)\b[^.?!]{0,10}\b(?:watches|watched|looks|looked|stares|stared|won'?t (?:leave|go|look away|turn round|turn around)|doesn'?t (?:leave|go|look away|turn round|turn around)|didn'?t (?:leave|look away)|never (?:leaves|looks away)))"
_PRIVATE = r"(?:(?:his|her|the) (?:office|room|bedroom|car|van|flat|house|shed|back room|study|changing room|cabin|tent|bathroom))"
CHANGE_WHILE_HE_WATCHES = prefiltered(
    rf"\b{_CHANGE}\b[^.?!]{{0,30}}\b{_PRIVATE}?[^.?!]{{0,20}}\b(?:and|while|but|then)\b[^.?!]{{0,5}}\b{_STAYS}"
    rf"|\b{_CHANGE}\b[^.?!]{{0,60}}\b(?:he|she|coach|uncle|the man|sir)\b[^.?!]{{0,25}}\b(?:stays?|stayed|stands?|stood|sits?|sat|waits?|comes in|came in|walks in|walked in)\b[^.?!]{{0,15}}\b(?:watch\w*|look\w*|star(?:e|es|ed|ing))\b"
    r"|\b(?:won'?t|wont|doesn'?t|doesnt|never|didn'?t) (?:leave|go out of|get out of) (?:the )?(?:bathroom|room|changing room|bedroom)\b[^.?!]{0,20}\b(?:when|while|whilst) (?:i'?m|im|i am|i get|i have|i was)\b[^.?!]{0,15}\b(?:bath|shower|changed|changing|undress\w*|dressed|naked|washing)\b"
    rf"|\b(?:makes?|made|tells?|told|asks?|asked|wants?) me to {_CHANGE}\b[^.?!]{{0,40}}\b(?:in front of (?:him|her)|while (?:he|she) (?:watch|look|stay)\w*)"
)
_NOT_FAMILY_WATCHER = prefiltered(
    r"\b(?:coach|teacher|tutor|instructor|man|guy|uncle|step ?dad|stepfather|mum'?s (?:boyfriend|friend)|neighbou?r|sir|lodger|babysitter|he|his|him)\b"
)
_CARE_WATCHER = prefiltered(
    r"\b(?:mum|mom|mummy|mommy|nan|nana|granny|grandma|nurse|doctor|lifeguard)\b(?!'?s (?:new )?(?:boyfriend|friend|husband|partner))|\b(?:so (?:i|that i) (?:don'?t|dont|do not)|make sure|to be safe|help me with (?:my|the) (?:zip|buttons))\b"
)
_CAMERA = r"(?:(?:takes?|took|taking|snaps?|snapped|snapping|gets?|got|getting) (?:lots of |loads of |some |a )?(?:photos?|pictures?|pics?|videos?|snaps?|footage) of|films?|filmed|filming|records?|recorded|recording|videos|videoed|photographs|photographed|photographing) (?:me|us|my (?:sister|brother))\b"
_SECRET_ANGLE = r"(?:through (?:the|his|our|a|my) (?:bedroom |bathroom |kitchen |front |back |garden )?(?:fence|window|hedge|gap|blinds|curtains|bushes|wall|keyhole|crack|door)|over (?:the|our) (?:fence|wall|hedge|gate)|from (?:his|their|next door'?s?|behind the|over the) (?:window|garden|fence|hedge|bushes|car|upstairs|bedroom)|(?:when|while|if) (?:i'?m|im|i am|we'?re|we are|we were|i was) (?:in|playing in|splashing in|getting out of)? ?(?:the |my |our )?(?:paddling pool|pool|sprinkler|bath|shower|swimsuit|swimming costume|cossie|bikini|pants|undies|knickers|underwear|nightie|pyjamas|bedroom|garden in my)|in (?:my|our) (?:swimsuit|swimming costume|cossie|bikini|pants|undies|knickers|underwear|nightie|pyjamas|paddling pool))"
_STRANGER = r"(?:man|men|guy|lady|woman|stranger|neighbou?r|(?:the )?(?:man|lady|people|boy|guy) (?:next door|across the road|over the road|opposite|upstairs|downstairs|from (?:the park|the flats|number \w+))|someone|somebody|a person|an old man|he|they)"
PHOTOS_THROUGH_THE_FENCE = prefiltered(
    rf"\b{_STRANGER}\b[^.?!]{{0,30}}\b{_CAMERA}[^.?!]{{0,30}}\b{_SECRET_ANGLE}\b"
)
_FAMILY_PHOTO = prefiltered(
    r"\b(?:of (?:us all|all of us|the family|our family|everyone)|(?:with|and) (?:my )?(?:mum|mom|dad|parents) (?:there|watching|next to)|(?:mum|mom|dad|my parents) (?:was|were) there|(?:mum|mom|dad|parents) said (?:it was )?(?:ok|okay|yes|fine)|for (?:nan|nana|grandma|granny|the (?:school|newsletter|family album))|school photographer|my (?:mum|mom|dad|nan|grandma|grandad|aunt|auntie|sister|brother) (?:takes?|took|filmed|films))\b"
)
_INTO_BED = r"(?:get|gets|got|getting|climb|climbs|climbed|climbing|come|comes|came|coming|crawl\w*|slip\w*|sneak\w*|snuck|lie|lies|lay|lying|sleep|sleeps|slept|sleeping|cuddle\w*|snuggle\w*) (?:in|into|under|in to|inside) (?:my|their|her|his|our|the) (?:bed|covers|duvet|sleeping bag|blanket|bunk)"
_BED_ADULT = r"(?:uncle|step ?dad|step ?father|stepdad|mum'?s (?:boyfriend|friend|partner)|mom'?s (?:boyfriend|friend|partner)|(?:the |a |an |this )?(?:man|guy|grown-?up|adult|lodger|neighbou?r|coach|babysitter|tutor|teacher)|(?:\w+'?s )?(?:husband|boyfriend))"
# (miss8283) Whoever is in charge on a trip or at a club: "the summer camp counsellor comes in
# our tent after lights out and gets in my sleeping bag with me" (not "helped me get into").
_IN_CHARGE = rf"(?:(?:camp|scout|cub|brownie|guide|group|youth|club|team|trip) )?(?:leaders?|helpers?|volunteers?|{GROWN_UP_ROLES}|akela|skipper|warden|youth worker|minister|vicar|imam)"
_INTO_MY_BED = r"(?<!me )(?<!us )(?<!to )(?:get|gets|got|getting|climb|climbs|climbed|climbing|come|comes|came|coming|crawl\w*|slip\w*|sneak\w*|snuck|lie|lies|lay|lying) (?:in|into|under|in to|inside) (?:my|our) (?:bed|covers|duvet|sleeping bag|blanket|bunk)"
ADULT_INTO_MY_BED = prefiltered(
    rf"\b(?:good|big|grown-?up|brave|special|clever|best) (?:girls|boys|kids|children|girl|boy)\b[^.?!]{{0,30}}\b(?:let|lets|allow|don'?t mind|have to let)\b[^.?!]{{0,20}}\b{_INTO_BED}\b"
    rf"|\b(?:let|lets|allow|allows|have to let|has to let)\b (?:him|her|them|uncle \w+|the man)\b[^.?!]{{0,5}}\b{_INTO_BED}\b[^.?!]{{0,40}}\b(?:when (?:i|we|they) (?:stay|sleep)\w*|at night|secret|special|don'?t tell|good (?:girl|boy)|when (?:mum|mom|dad)(?:'?s| is) (?:out|away|at work|asleep))"
    rf"|\b{_BED_ADULT}\b[^.?!]{{0,20}}\b{_INTO_BED}\b[^.?!]{{0,30}}\b(?:with me|when (?:i|we) (?:stay|sleep)\w*|at night|in the night|when (?:mum|mom|dad)(?:'?s| is) (?:out|away|at work|asleep)|secret|special|don'?t tell)"
)
# Two cheap scans (one pattern with 60 characters between cost 19 ms on "coach coach ..."),
# the grown-up first, in the same sentence, at most 60 characters before.
IN_CHARGE = prefiltered(rf"\b{_IN_CHARGE}\b")
INTO_MY_BED = prefiltered(rf"\b{_INTO_MY_BED}\b")
_BED_CARE = prefiltered(
    r"\b(?:thunder|storm|nightmare|bad dream|scared of the dark|read (?:me )?a story|bedtime story|poorly|sick|ill|the dog|the cat|puppy|kitten|teddy|little (?:brother|sister)|baby (?:brother|sister))\b"
)


def _in_charge_into_my_bed(text: str) -> bool:
    bed = INTO_MY_BED.search(text)
    if bed is None:
        return False
    window = text[max(0, bed.start() - 60) : bed.start()]
    ends = [who.end() for who in IN_CHARGE.finditer(window)]
    return bool(ends) and not any(mark in window[ends[-1] :] for mark in ".?!")


def find_watched_and_photographed(text: str) -> list[Finding]:
    hit = (
        (
            CHANGE_WHILE_HE_WATCHES.search(text)
            and _NOT_FAMILY_WATCHER.search(text)
            and not _CARE_WATCHER.search(text)
        )
        or (PHOTOS_THROUGH_THE_FENCE.search(text) and not _FAMILY_PHOTO.search(text))
        or (
            (ADULT_INTO_MY_BED.search(text) or _in_charge_into_my_bed(text))
            and not _BED_CARE.search(text)
            # (fanote) "nanny climbs into my bed to read the last chapter of my book"
            and not bedtime_story_in_bed(text)
        )
    )
    return [Finding(X, "watched_or_photographed", CRITICAL, 0, len(text))] if hit else []
