# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Harms told about days out at the fair, the pier and the theme park, school trips and a new or a
children's home (miss8889: rounds 88 and 89), read as meanings:

- a fall or a jump off a high ride or place (the big wheel, the pier's end, a helter skelter)
  thought about, and then nothing hurting, not being a problem for anyone, on purpose: "i keep
  thinking about going off the end of the pier on purpose so im not a problem" - self-harm;
- left in the car by a carer all day, till dark or all night: "mum left me in the car at the
  zoo car park all day cos i was naughty" - abuse;
- a grown-up on a trip touching the child under the covers, in the sleeping bag or the bed:
  "one of the teachers came in our dorm and touched me under the covers" - abuse;
- someone older made the child "do stuff to him", or "do stuff" called a game or a secret: "my
  step brother is 16 and he makes me do stuff to him and says its just a game" - abuse;
- a man at the fair, the ride or the stall asking the child back without mum, after closing or
  to his caravan: "the ride man said i can come to his caravan after the fair closes" - grooming;
- a lost child led off "to find mummy" to a car park or a car, "get in quick" - grooming;
- a naked picture sent by a friend with one wanted back: "she sent me a nudey pic and wants me to
  send one back" - sexual;
- held down and hit while the staff or the grown-ups just watch - abuse.

Near misses stay allowed: "i was scared id fall off the big wheel but i held on", "mum left me in
the car for two minutes while she paid", "the teacher tucked the covers round me", "my cousin
makes me do stuff for him like get his crisps", "the man said come back with your mum tomorrow
for another go", "a lady took me to the lost children desk to find mummy", "the big lads hold
me down in a play fight and the staff tell them to stop"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, SEVERE, Finding
from domain.safety.meaning_concepts_people import CARER_WORDS
from domain.safety.meaning_concepts_play import PLAY_OR_STORY
from domain.safety.prefilter import prefiltered

_I_THINK = r"(?:\bi (?:\w+ )?(?:want|wanna|wish|keep thinking|kept thinking|keep imagining|kept imagining|think about|thought about|thinking about|dream about|feel like)|\bim (?:gonna|going to|thinking)|\bhow easy it would be|\b(?:what if|if|maybe) i)\b"
_HIGH = r"(?:big wheel|ferris wheel|helter ?skelter|pier|rollercoaster|roller coaster|ride|tower|drop tower|observation deck|viewing platform|cliff|top)"
_OFF = r"(?:let go (?:and|n) (?:fall|drop)|(?:fall|falling|fell) off|drop(?:ping|ped)? off|(?:go|going|went) off (?:it|the (?:end|edge|side|top))|jump(?:ing|ed)? off|(?:throw|throwing|threw) my ?self (?:off|over)|climb(?:ing)? over (?:the )?(?:rail|railings?|side|edge|barrier))"
_NOTHING_AFTER = r"(?:nothing (?:would|will|could) (?:ever )?hurt|(?:it|everything|it all) (?:would|will|'?d) (?:all )?(?:stop|end|be over)|(?:im|i'?m|i am|i'?d|i would|i wouldn'?t|i wouldnt) (?:not |never )?(?:be )?(?:a |the )?(?:problem|burden|bother|pain|trouble) (?:for|to) (?:anyone|anybody|everyone|them)|(?:everyone|they|mum|dad) (?:would|will|'?d) be (?:better off|happier)|(?:and|then|to) (?:just )?(?:not|never) (?:come|get) (?:back|home|up)|(?:and|then|to) die|nobody (?:would|will) (?:miss|care))"
HIGH_AND_GONE = prefiltered(
    rf"\b{_HIGH}\b[^.?!]{{0,80}}?{_I_THINK}[^.?!]{{0,40}}\b{_OFF}\b[^.?!]{{0,50}}?\b{_NOTHING_AFTER}\b"
    rf"|{_I_THINK}[^.?!]{{0,40}}\b{_OFF}\b[^.?!]{{0,30}}\b{_HIGH}\b[^.?!]{{0,50}}?\b{_NOTHING_AFTER}\b"
)

LEFT_IN_CAR = prefiltered(
    rf"\b(?:{CARER_WORDS}|they|she|he)\b (?:\w+ )?(?:left|leaves|leave|locked|locks|lock|kept|keeps|shut|shuts) (?:me|us) (?:\w+ )?in (?:the|our|her|his|their) (?:car|van|truck)\b[^.?!]{{0,60}}?\b(?:all day|all night|the whole day|the whole night|overnight|for (?:hours|ages and ages|the whole day|the whole night|\w+ hours)|(?:till|until|til) (?:it was |it got )?(?:dark|night|the morning|bedtime))\b"
)

_TRIP_ADULT = r"(?:teachers?|sir|miss|mr \w+|mrs \w+|leaders?|instructors?|staff|helpers?|coach|carers?|(?:a|the|one of the) (?:man|men|grown ?ups?|adults?|dads?|mums?)|he|she)"
UNDER_THE_COVERS = prefiltered(
    rf"\b{_TRIP_ADULT}\b[^.?!]{{0,60}}\b(?:touched|touches|touching|felt|feels|stroked|strokes|put (?:his|her) hands?|puts (?:his|her) hands?|rubbed|rubs)\b (?:me |my (?:\w+ )?)?(?:under|inside|in) (?:the|my) (?:covers|duvet|blankets?|sleeping ?bag|sheets|pyjamas|pjs|pajamas|nightie|quilt)\b"
)

_OLDER = r"(?:cousin|step ?brother|step ?sister|step ?dad|brother|sister|uncle|lad|boy|man|neighbou?r|friend|babysitter|(?:1[3-9]|[2-9]\d))"
DO_STUFF_TO_HIM = prefiltered(
    rf"\b{_OLDER}\b[^.?!]{{0,40}}\b(?:makes?|made|making|forces?|forced|gets|got|tells?|told) (?:me|us) (?:to )?do (?:stuff|things|rude (?:stuff|things)|stuff like that|weird (?:stuff|things)) (?:to|on|with|for) (?:him|her|them|his)\b(?!,? (?:like|such as|homework|chores|washing|jobs|shopping|tea|lunch|drinks?|crisps|room|bed|car|bike|game)\b)"
    # "to him" itself, or "with him", "for him" with a game, a secret or a private place
    r"(?:(?<=to him)|(?<=to her)|(?<=to them)|[^.?!]{0,60}?\b(?:game|secret|our (?:thing|game)|don'?t tell|not (?:to )?tell|normal|everyone does|in the (?:tent|bed|dark|bathroom|shed))\b)"
)

_FAIR_MAN = r"(?:(?:the |a |this |that )?(?:ride|fair|fairground|stall|hook a duck|dodgems?|waltzer|candy floss|ice cream|arcade|theme park|helter skelter|pier|donkey|bouncy castle) (?:man|men|guy|bloke|worker|lady)|(?:the |a )?(?:man|guy|bloke|lady) (?:who|that) (?:does|runs|works on|works at|works|did|ran) (?:the )?\w+(?: \w+){0,2}|(?:fair|fairground|ride|stall) workers?|showman)"
FAIR_MAN_ASKS_BACK = prefiltered(
    rf"\b{_FAIR_MAN}\b[^.?!]{{0,120}}\b(?:come|go|comes?|coming) (?:back )?(?:\w+ )?(?:without (?:my |your )?(?:{CARER_WORDS}|parents|grown ?ups?|anyone|anybody)|on (?:my|your) own|by (?:my|your)self|to (?:his|her|their) (?:caravan|trailer|van|lorry|truck|tent|house|car)|(?:after|when) (?:it|the fair|the park|everything|the rides?|they) (?:closes?|shuts?|is closed|finish\w*)|(?:at|tonight at) night)\b"
)
_LOST_HELP = r"(?:lost children|help desk|information|info desk|first aid|security|staff|the office|the entrance|the gate|a police|the police)"
LED_OFF = prefiltered(
    rf"\b(?:a|some|this|the) (?:man|men|guy|bloke|lady|woman|stranger|person)\b[^.?!]{{0,40}}\b(?:take|took|bring|show|walk|help) (?:me|us) (?:to )?(?:find|get|see|back to) (?:my |your )?(?:{CARER_WORDS}|nanny)\b"
    r"[^.?!]{0,60}\b(?:car ?park|his car|her car|his van|the van|a van|the car|get in|outside the park|out the back|the woods|behind the|round the back|out the gate)\b"
)
_LED_SAFE = prefiltered(rf"\b{_LOST_HELP}\b")
_NUDE = r"(?:nude|nudes|nudey|nudie|nudy|naked|nakey|nuddy|no clothes|rude|topless)"
NUDE_SWAP = prefiltered(
    rf"\b(?:sent|sends|send|showed|shows|gave|airdropped|snapped)\b (?:me |us )?(?:a |an |her |his |this |some |one )?(?:\w+ )?{_NUDE} (?:pic|pics|picture|pictures|photo|photos|selfie|selfies|video|vid|one|ones)\b[^.?!]{{0,60}}\b(?:wants?|wanted|asked|asks|asking|keeps asking|told|tells|says?|said)\b[^.?!]{{0,20}}\b(?:send|sent|do|give|take|swap)\b (?:\w+ )?(?:one|some|mine|me|back|one back|a pic|a picture|a photo|the same)\b"
)
HELD_DOWN_STAFF_WATCH = prefiltered(
    r"\b(?:hold|holds|held|pin|pins|pinned|sit on|sat on)\b (?:me|us) down\b[^.?!]{0,30}\b(?:hit|hits|punch|punches|punched|kick|kicks|kicked|slap|slaps|slapped|beat|beats|batter\w*|hurt|hurts)\b"
    r"[^.?!]{0,60}\b(?:staff|carers?|grown ?ups?|adults|teachers?|workers?|key ?workers?|mum|dad)\b (?:\w+ )?(?:just )?(?:watch|watches|watched|watching|laugh|laughs|laughed|do nothing|did nothing|don'?t (?:do anything|stop|care|help)|didn'?t (?:do anything|stop|care|help)|never (?:stop|help|do anything)|let them|walk off|walked off|look away|looked away)\b"
)
_PRETEND = prefiltered(
    rf"\b(?:{PLAY_OR_STORY}|minecraft|roblox|fortnite|dream(?:t|ed)? (?:that|about)|play ?fight\w*|wrestl\w*)\b"
)


def find_fairs_trips_harms(text: str) -> list[Finding]:
    if _PRETEND.search(text):
        return []
    found: list[Finding] = []
    if HIGH_AND_GONE.search(text):
        found.append(Finding(SafetyCategory.SELF_HARM, "fair_high_gone", CRITICAL, 0, len(text)))
    if LEFT_IN_CAR.search(text):
        found.append(Finding(SafetyCategory.ABUSE, "left_in_car_all_day", SEVERE, 0, len(text)))
    if UNDER_THE_COVERS.search(text) or DO_STUFF_TO_HIM.search(text):
        found.append(Finding(SafetyCategory.ABUSE, "made_to_do_stuff", CRITICAL, 0, len(text)))
    if FAIR_MAN_ASKS_BACK.search(text) or (LED_OFF.search(text) and not _LED_SAFE.search(text)):
        found.append(Finding(SafetyCategory.GROOMING, "fair_man_lure", CRITICAL, 0, len(text)))
    if NUDE_SWAP.search(text):
        found.append(Finding(SafetyCategory.SEXUAL, "nude_swap_asked", CRITICAL, 0, len(text)))
    if HELD_DOWN_STAFF_WATCH.search(text):
        found.append(Finding(SafetyCategory.ABUSE, "hurt_while_staff_watch", SEVERE, 0, len(text)))
    return found
