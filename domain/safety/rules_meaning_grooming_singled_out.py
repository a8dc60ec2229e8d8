# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A grown-up singling a child out, told as everyday things (round 38):

- A present from a coach, a tutor or a neighbour "between us", "our secret", "don't tell" (the
  others "will be jealous").
- "More mature than other kids", with lessons or a visit at his flat, house or car instead.
- Messages late at night from a grown-up (a mum's friend's husband, a coach) who says I'm his
  favourite, special, or that he loves or misses me.
- A friend from a game or an app asking which bus the child takes, what time it gets to the
  stop, which way it walks home.
- Someone online showing the child how to hide apps, chats or photos from its parents' checks.
- Two of the signs together from a grown-up (round 43: "the coach at my new school gives only
  me presents and says im more mature than the other girls and our texts should stay
  private"): presents for me alone, "more mature" than the others, texts or chats kept
  private or secret, being his favourite.
- (miss8283) A trip or an outing for me alone kept from the others or from home ("hes taking
  just me on a special trip and not to tell the others").

Near misses stay allowed: a coach who buys the whole team pizza, a surprise for mum kept
quiet, a teacher who says I'm mature and gives me a reading award, piano lessons at the
teacher's house with mum, a best friend who texts at night, mum asking which bus I take,
dad showing me how to put apps in a folder, a teacher who says I'm more mature than the
others and gives the whole class stickers."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_people import CARER
from domain.safety.prefilter import prefiltered

G = SafetyCategory.GROOMING

_GROWN_UP = r"(?:coach|coaches|teacher|tutor|instructor|trainer|leader|neighbou?r|uncle|man|guy|lodger|babysitter|caretaker|priest|vicar|driver|mr \w+|sir|husband|boyfriend|(?:\w+'?s )?(?:friend|dad|husband|boyfriend|uncle|brother)|he)"
_GIFT = (
    r"(?:bought|buys|buy|gave|gives|give|got|gets|get|sent|sends|brought|brings) me\b[^.?!]{0,40}"
)
_KEEP_QUIET = r"(?:keep (?:it|this|them|that) (?:between us|between (?:me and him|the two of us)|our (?:little )?secret|secret|quiet|to (?:my ?self|ourselves|ourself))|(?:just |only )?between (?:us|you and me|me and him|the two of us)|our (?:little )?secret|(?:don'?t|dont|do not|not to|never) (?:tell|mention|say)\w*(?: it| this)?(?: to)? (?:anyone|anybody|my (?:mum|mom|dad|parents)|the others|the other \w+|your (?:mum|mom|dad|parents)|no ?one)|(?:others?|everyone else|the other \w+) (?:will|would|might)(?: all)? (?:be|get) jealous)"
GIFT_KEPT_BETWEEN_US = prefiltered(
    rf"\b{_GROWN_UP}\b[^.?!]{{0,20}}\b{_GIFT}\b[^.?!]{{0,30}}\b{_KEEP_QUIET}"
)
_GIFT_SAFE = prefiltered(
    r"\b(?:surprise|birthday|christmas|party|present for (?:mum|mom|dad|nan|my)|the whole (?:team|class)|everyone|all of us)\b"
)
_MATURE = r"(?:more mature|so mature|really mature|very mature|mature for (?:my|your|her|his) age|grown[- ]?up for (?:my|your) age|older than (?:my|your) age|not like (?:the )?other (?:kids|children|girls|boys)|different (?:from|to) (?:the )?other (?:kids|children|girls|boys)|more grown[- ]?up than)"
_HIS_PLACE = r"(?:(?:at|to|in|round|over) (?:his|her) (?:flat|house|home|place|apartment|car|room|office|caravan)|(?:at|to) his|just the two of us|on our own|alone|without (?:my )?(?:mum|mom|dad|parents))"
MATURE_AND_ALONE = prefiltered(
    rf"\b{_MATURE}\b[^.?!]{{0,80}}\b{_HIS_PLACE}\b|\b{_HIS_PLACE}\b[^.?!]{{0,60}}\b{_MATURE}\b"
)
_NIGHT = r"(?:late at night|at night|every night|in the night|at midnight|after midnight|past midnight|after (?:my )?bedtime|in the middle of the night|when (?:everyone|every one|my (?:mum|mom|parents)|mum|dad)(?:'?s| is| are)? (?:asleep|in bed)|after (?:my )?(?:mum|mom|dad|parents) (?:go|goes|went|have gone) to bed|really late|so late|at \d+ ?(?:am|o'?clock)?)"
_SINGLED = r"(?:i'?m (?:his|her) (?:favou?rite|special|best|number one|little)|i am (?:his|her) (?:favou?rite|special)|(?:he|she) (?:loves|misses|needs|adores|thinks about) me|(?:his|her) (?:special|favou?rite|secret) (?:girl|boy|one|friend)|our (?:little )?secret|(?:don'?t|not to|never) (?:tell|show) (?:my|anyone|anybody|mum|dad))"
NIGHT_MESSAGES_SINGLED_OUT = prefiltered(
    rf"\b(?:messag|text|dm|snap|whatsapp|call|facetim|chat|ring|phon)\w* me\b[^.?!]{{0,40}}\b{_NIGHT}\b[^.?!]{{0,60}}\b{_SINGLED}"
    rf"|\b{_NIGHT}\b[^.?!]{{0,30}}\b(?:messag|text|dm|snap|whatsapp|call|facetim|chat|ring|phon)\w* me\b[^.?!]{{0,60}}\b{_SINGLED}"
)
_PEER_OR_FAMILY = prefiltered(
    r"\b(?:my (?:best )?(?:friend|mate|bestie|cousin|sister|brother|nan|nana|gran|grandma|grandad|grandpa|auntie|aunt|mum|mom|dad)\b(?!'?s)|best friend|bestie|girl in my class|boy in my class|classmate)\b"
)
_ONLINE_FRIEND = r"(?:gaming friend|game friend|online friend|friend (?:from|on|in) (?:the |a |my )?(?:game|app|internet|online|discord|roblox|fortnite|minecraft|snapchat|insta|instagram|tiktok|xbox|playstation|chat)|friend i met (?:online|in a game|on \w+)|someone (?:i met )?(?:online|on (?:the )?(?:game|app|discord|roblox|fortnite|minecraft|snapchat|tiktok|insta))|(?:a |this |some )?(?:man|guy|player|gamer|stranger|person|boy|girl|teen)(?: i met)? (?:online|on (?:the )?(?:game|app|discord|roblox|fortnite|minecraft|snapchat|tiktok|insta|xbox)))"
# A man or a stranger asking about the route is as worrying as an online friend; (fa8687) but
# not the lollipop or crossing-patrol man, whose job is the walk to school ("the lollipop man
# asked what time i walk home").
_STRANGER = r"(?:a |the )?(?<!lollipop )(?<!crossing )(?<!patrol )(?:man|guy|stranger)"
_ROUTE = r"(?:(?:which|what) (?:bus|train|tram|route|way|road|street)|what (?:number )?bus|what time (?:i|it|the bus|my bus|school) (?:get|gets|leave|leaves|finish|finishes|walk|come|arrive|arrives)\w*|where (?:i|the bus) (?:get off|get on|stop|wait)|(?:my|which|what) (?:bus )?stop|when i (?:walk|get) home|if i walk home (?:alone|on my own|by myself))"
ASKED_THE_ROUTE = prefiltered(
    rf"\b(?:{_ONLINE_FRIEND}|{_STRANGER})\b[^.?!]{{0,20}}\b(?:ask\w*|wants? to know|wanted to know|keeps? asking|said tell him|told me to tell)\b[^.?!]{{0,15}}\b{_ROUTE}\b"
)
_HIDE_FROM_CHECKS = r"(?:(?:hide|hiding|disguise|lock|vanish|secret|conceal|delete|clear)\w*\b[^.?!]{0,20}\b(?:apps?|chats?|messages|texts|photos|pics|pictures|history|account|it|them)\b[^.?!]{0,40}\b(?:(?:parents?|mum|mom|dad|they|nobody|no one)\b[^.?!]{0,10}\b(?:checks?|checking|looks?|looking|see|sees|find|finds|know|knows)|don'?t show up|won'?t show up|can'?t (?:see|find)|invisible|from (?:my )?(?:parents|mum|mom|dad)))"
SHOWN_HOW_TO_HIDE = prefiltered(
    rf"\b(?:show\w*|teach\w*|taught|told|tell\w*|explain\w*|help\w*) me (?:how )?(?:to )?{_HIDE_FROM_CHECKS}"
)
_FAMILY_HELPER = prefiltered(
    r"\b(?:my (?:mum|mom|dad|sister|brother|teacher)|mum|mom|dad|teacher) (?:showed|shows|taught|teaches|helped|helps|told) me\b"
)


_GIFT_NOUN = r"(?:presents?|gifts?|sweets|candy|chocolates?|treats?|money|cash|stuff|things|jewell?ery|makeup|clothes|phone|toys?)"
_ONLY_ME_GIFTS = prefiltered(
    rf"\b(?:gives?|gave|giving|buys?|bought|buying|gets?|got|brings?|brought|sends?|sent) (?:only|just) me\b[^.?!]{{0,20}}\b{_GIFT_NOUN}\b"
    rf"|\b(?:gives?|gave|buys?|bought|gets?|got|brings?|brought|sends?|sent) me\b[^.?!]{{0,30}}\b{_GIFT_NOUN}\b[^.?!]{{0,30}}\b(?:only (?:to )?me|just (?:to )?me|not (?:the )?(?:others|other \w+|anyone else)|nobody else|no one else|none of the others)\b"
    rf"|\b(?:only|just) me (?:gets?|got|getting) (?:the )?{_GIFT_NOUN}\b"
)
_MATURE_SAID = prefiltered(rf"\b{_MATURE}\b")
# (miss8283) An outing for me alone, kept from the others or from home: "hes taking just me on a
# special trip and not to tell the others".
_ONLY_ME_OUTING = prefiltered(
    r"\b(?:tak\w*|took|bring\w*|brought|invit\w*|driv\w*|drove|pick\w* up) (?:only|just) me\b[^.?!]{0,30}\b(?:trips?|outings?|days? out|drives?|rides?|sleepovers?|camping|holidays?|somewhere|away|out|to (?:his|her|their))\b"
    r"|\b(?:special|secret) (?:trips?|outings?|days? out|drives?|adventures?|sleepovers?|holidays?)\b[^.?!]{0,30}\b(?:only|just) (?:for )?(?:me|us two|the two of us|me and (?:him|her))\b"
)
_KEPT_QUIET = prefiltered(rf"\b{_KEEP_QUIET}")
_PRIVATE_CHATS = prefiltered(
    r"\b(?:our|his|the|my) (?:texts?|messages?|chats?|dms?|snaps?|calls?|emails?|conversations?)\b[^.?!]{0,25}\b(?:private|secret|between us|just (?:for )?us|our secret|delete\w*|hidden)\b"
    r"|\b(?:keep|delete|hide)\w* (?:our|his|the|these) (?:texts?|messages?|chats?|dms?|snaps?|conversations?)\b"
    # (miss8485ab) "what we talk about is private"
    r"|\bwhat (?:we|i) (?:talk|chat|say) (?:about )?(?:together )?(?:is|stays?|has to stay|must stay) (?:private|secret|between us|just (?:for )?us)\b"
)
_FAVOURITE = prefiltered(
    r"\b(?:i'?m|im|i am) (?:his|her) (?:favou?rite|special (?:girl|boy|one))\b"
)
_GROWN_UP_NAMED = prefiltered(
    r"\b(?:coach|teacher|tutor|instructor|trainer|leader|neighbou?r|uncle|man|guy|lodger|babysitter|caretaker|priest|vicar|driver|mr \w+|sir|(?:\w+'?s )(?:dad|husband|boyfriend|uncle|brother)|step ?dad|he|him)\b"
)
_WHOLE_GROUP = prefiltered(
    r"\b(?:the whole (?:team|class|group)|everyone|every(?:body| kid| child)|all of us|all the (?:kids|children|girls|boys|team))\b(?! else)"
)


def _signs_add_up(text: str) -> bool:
    """Two signs, one of them "more mature" or chats kept private (presents for a favourite
    niece alone are an uncle's everyday kindness)."""
    strong = [p for p in (_MATURE_SAID, _PRIVATE_CHATS) if p.search(text)]
    if not strong:
        return False
    signs = len(strong) + sum(1 for p in (_ONLY_ME_GIFTS, _FAVOURITE) if p.search(text))
    return signs >= 2 and bool(_GROWN_UP_NAMED.search(text)) and not _WHOLE_GROUP.search(text)


def _only_me_outing(text: str) -> bool:
    """A trip for me alone kept quiet (a surprise or a birthday from family is not it)."""
    return bool(
        _ONLY_ME_OUTING.search(text)
        and _KEPT_QUIET.search(text)
        and _GROWN_UP_NAMED.search(text)
        and not (_GIFT_SAFE.search(text) or _PEER_OR_FAMILY.search(text) or CARER.search(text))
    )


def find_singled_out(text: str) -> list[Finding]:
    hit = (
        (GIFT_KEPT_BETWEEN_US.search(text) and not _GIFT_SAFE.search(text))
        or MATURE_AND_ALONE.search(text)
        or (NIGHT_MESSAGES_SINGLED_OUT.search(text) and not _PEER_OR_FAMILY.search(text))
        or ASKED_THE_ROUTE.search(text)
        or (SHOWN_HOW_TO_HIDE.search(text) and not _FAMILY_HELPER.search(text))
        or _signs_add_up(text)
        or _only_me_outing(text)
    )
    return [Finding(G, "grooming_singled_out", CRITICAL, 0, len(text))] if hit else []
