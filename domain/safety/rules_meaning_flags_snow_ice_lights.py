# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Winter and festival dangers and hurts a child plans or tells (round 85's flags, flags8485),
read as meanings:

- out onto the ice of a canal, river, pond, lake or reservoir ("me and jake are gonna slide
  across the canal ice tomorrow its well frozen") - a dangerous activity;
- a sledge run that ends on the road or in the traffic ("im gonna sledge down the big hill
  right onto the road, the cars usually stop") - a dangerous activity;
- a fuel poured or sprayed on candles or a fire to make it bigger ("can i pour the lamp oil on
  the menorah candles") - a dangerous activity;
- extension leads stacked or plugged into each other, everything on one socket ("can i plug all
  the christmas lights in one socket if i stack up the extension things") - a dangerous
  activity;
- a stone or a lump of ice hidden in a snowball to throw at someone ("im putting a rock inside
  my snowball and throwing it at max's face") - violence;
- others throwing icy snowballs, ice or stones at my face again and again ("some big boys throw
  icy snowballs at my face every break and say theyll do it again tomorrow") - distress.

Near misses stay allowed: ice skating at the rink, ducks on the frozen pond, staying on the
towpath; sledging on the hill in the park or far from the road; lighting the menorah with dad,
filling the diya or the oil lamp with mum, brandy on the christmas pudding; dad plugging the
lights into the extension lead; a snowball fight, a snowball in the face in a game, stones for
the snowman's eyes."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.meaning_concepts_people import FIRST_PERSON
from domain.safety.prefilter import prefiltered

_ME = prefiltered(rf"\b(?:{FIRST_PERSON}|our|let'?s|lets|can i|could i|should i)\b")
_NO = r"never|not allowed|mustn'?t|shouldn'?t|should not|dangerous|(?:mum|mom|dad|nan|grandad|grandma|grandpa) said no|told (?:me|us) not|wouldn'?t"

# --- out onto a frozen canal, river or pond ---------------------------------------------------------
_WATER = r"(?:canal|river|pond|lake|reservoir|quarry|loch|stream|brook|dam|harbou?r|marina|lagoon|duck ?pond|boating lake|flooded field)"
_ONTO = r"(?:slid\w*|slide|walk\w*|skat\w*|run|runs|running|ran|go|going|went|play\w*|stand\w*|stood|jump\w*|cycl\w*|ride|riding|rode|sledg\w*|step\w*|cross\w*|get|getting|crawl\w*|dance|dancing|race|racing|skid\w*)"
FROZEN_WATER = prefiltered(
    rf"\b{_ONTO} (?:right |all the way |straight |out )?(?:across|over|on|onto|on to|along|out on|out onto|into the middle of) (?:the |that |a |this )?(?:(?:{_WATER}) ice|(?:frozen|iced over|icy) {_WATER}|ice (?:on|of|in) the {_WATER})\b"
    rf"|\b{_ONTO} (?:right |all the way |straight |out )?(?:across|over|on|onto|on to|along|out on|out onto) (?:the |that )?{_WATER}\b[^.?!]{{0,30}}\b(?:it'?s|its|it is|cos it'?s|now it'?s|since it'?s) (?:\w+ )?(?:frozen|iced over|solid|icy)\b"
)
FROZEN_WATER_OK = prefiltered(
    rf"\b(?:rink|ice rink|skating lessons?|indoor|stayed on the (?:path|bank|towpath)|from the (?:bank|path|towpath|bridge)|watch\w* the ducks|{_NO})\b"
)

# --- a sledge run onto the road -----------------------------------------------------------------------
SLEDGE_ONTO_ROAD = prefiltered(
    r"\b(?:sledg\w*|sled|sleds|sledding|toboggan\w*)\b[^.?!]{0,60}\b(?:(?:onto|on to|into|out onto|out into|across|straight into|right into) (?:the |a )?(?:main |busy |big )?(?:road|roads|street|traffic|cars|car park|carpark|motorway|junction|crossing|bus lane)"
    r"|(?:the )?(?:cars|drivers|buses|traffic) (?:usually|always|will|would|normally|should|can|just) (?:stop|brake|see us|move))\b"
)
SLEDGE_OK = prefiltered(
    rf"\b(?:away from|nowhere near|not near|far from|stop(?:ped)? before|before the|fence|hay ?bales?|{_NO})\b"
)

# --- a fuel put on candles or a fire ----------------------------------------------------------------------
_FUEL = r"(?:lamp oil|oil|lighter fluid|lighter gas|petrol|gasoline|gas|paraffin|kerosene|meths|methylated spirits?|white spirit|turps|fuel|diesel|hair ?spray|deodorant|body spray|aerosol|nail varnish remover|vodka|alcohol|firelighter fluid)"
_FLAMES = r"(?:candles?|fire|flames?|bonfire|campfire|camp fire|fireplace|fire ?pit|bbq|barbecue|barbeque|menorah|wick|wicks|log burner|them|it)"
FUEL_ON_FLAMES = prefiltered(
    rf"\b(?:pour|pours|poured|pouring|put|putting|add|adding|squirt\w*|spray\w*|splash\w*|tip|tipping|chuck\w*|throw|throwing|drip|dripping|dump|dumping|use|using) (?:some |the |a bit of |a little |more |loads of |lots of |a load of |the rest of the |dad'?s |mum'?s |my )?{_FUEL}\b (?:on|onto|on to|in|into|over|at)\b (?:the |my |our |those |these |all the |a )?(?:\w+ )?{_FLAMES}\b"
    rf"|\b(?:spray|squirt|point)\w* (?:the |my |some |a )?(?:hair ?spray|deodorant|body spray|aerosol|lighter fluid)\b[^.?!]{{0,15}}\b(?:at|into|through) (?:the |a |my )?(?:candles?|flames?|fire|lighter|bonfire|menorah)\b"
)
_FIRE_THERE = prefiltered(
    r"\b(?:candles?|fire|flames?|bonfire|campfire|fireplace|fire ?pit|bbq|barbecue|barbeque|menorah|wicks?|log burner|burn\w*|light|lit)\b"
)
FUEL_OK = prefiltered(
    rf"\b(?:pudding|pan|frying|salad|chips|cook\w*|bike chain|engine|lawn ?mower|diyas?|oil lamps?|lamp with|{_NO})\b"
)

# --- extension leads stacked ---------------------------------------------------------------------------------
_LEADS = r"(?:extension (?:leads?|cords?|cables?|things?|blocks?|sockets?|plugs?|strips?)|extensions|extension|adapters?|adaptors?|power ?strips?|multi ?plugs?|plug ?boards?|gang ?plugs?|splitters?|double adapters?)"
LEADS_STACKED = prefiltered(
    rf"\b(?:stack\w*|daisy[- ]?chain\w*|chain\w*|pile\w*) (?:up |together )?(?:all )?(?:the |my |some |loads of |lots of |a few |two |three |a load of |a bunch of |these |those )?(?:\w+ )?{_LEADS}"
    rf"|\b(?:plug|plugs|plugging|plugged|put|putting|stick|sticking|join\w*|connect\w*)\b (?:an? |the |one |my )?{_LEADS}\b (?:in|into|onto|on to|to) (?:an?other|the other|a second|another one|each other|a different) ?(?:{_LEADS})?"
    rf"|\b{_LEADS}\b (?:plugged )?(?:into|in|on) (?:each other|one another|an?other {_LEADS})"
    rf"|\b(?:plug|plugging|put|putting|run|running)\b[^.?!]{{0,60}}\b(?:in|into|on|off) (?:just )?(?:one|1|a single|the same|the one) (?:socket|plug|plug ?socket|outlet|power point|wall socket)\b[^.?!]{{0,40}}\b(?:loads of|lots of|stack\w*|chain\w*|all the|(?:\w+ )?{_LEADS})"
)
LEADS_OK = prefiltered(rf"\b(?:electrician|surge protector|{_NO})\b")

# --- a stone in a snowball thrown at someone --------------------------------------------------------------------
_HARD = r"(?:rocks?|stones?|pebbles?|bricks?|gravel|marbles?|glass|a chunk of ice|chunks of ice|ice ?(?:blocks?|chunks?|lumps?|cubes?)|bits of ice|lumps? of ice|conkers?|batteries|a battery|coins?|bolts?|nails?)"
LOADED_SNOWBALL = prefiltered(
    rf"\b(?:put\w*|stuff\w*|hid|hide|hiding|hidden|pack\w*|sneak\w*|roll\w*|squish\w*|squash\w*|press\w*|wrap\w*|make|making|made) (?:a |some |little |big |sharp |massive |tiny )*{_HARD} (?:inside|in|into|in the middle of) (?:my |the |a |our |his |her |their |them |these |those |all the |all my )?(?:\w+ )?snowballs?\b"
    rf"|\bsnowballs? (?:with|full of|made of|packed with) (?:a |some |little |big |sharp )*{_HARD}\b(?: (?:in|inside) (?:it|them))?"
)
_AT_SOMEONE = prefiltered(
    r"\b(?:throw\w*|threw|chuck\w*|lob\w*|pelt\w*|aim\w*|hit|hitting|smash\w*|fire|firing|launch\w*|get|gonna get)\b[^.?!]{0,40}\b(?:at|in|for) \w+|\bat \w+'?s (?:face|head)\b"
)
LOADED_OK = prefiltered(
    r"\b(?:snowman|snowmen|eyes|buttons?|nose|never|wouldn'?t|not allowed|target|tree|wall|bin|can|cans)\b"
)

# --- icy snowballs at my face, again and again ----------------------------------------------------------------------
PELTED_AGAIN = prefiltered(
    r"\b(?:throw|throws|threw|throwing|chuck|chucks|chucked|chucking|pelt\w*|lob\w*|fire|fires|firing|smash\w*|shove\w*|rub|rubs|rubbed|rubbing|stuff\w*|push\w*|shov\w*) (?:\w+ ){0,2}?(?:icy |hard |ice |frozen |wet |massive |big |rock hard |solid )*(?:snowballs?|ice|ice ?balls?|stones?|rocks?|slush|snow|conkers?|gravel) (?:at|in|into|down|on) (?:my|me)\b"
)
_AGAIN = prefiltered(
    r"\b(?:every (?:single )?(?:break|day|lunch|lunchtime|playtime|morning|time|recess|afternoon|week)|(?:do|doing) it again|again tomorrow|all the time|(?:keep|keeps|kept) (?:doing|throwing|chucking|on)|won'?t stop|wont stop|(?:every|each) time i)\b"
)
PELTED_OK = prefiltered(
    r"\b(?:snowball fights?|fight|game|fun|funny|lol|haha|we (?:all )?laugh\w*|i threw|we threw|i throw|we throw|each other|back at (?:them|him|her))\b"
)


def find_snow_ice_light_flags(text: str) -> list[Finding]:
    found: list[Finding] = []
    danger = (
        (FROZEN_WATER.search(text) and not FROZEN_WATER_OK.search(text))
        or (SLEDGE_ONTO_ROAD.search(text) and not SLEDGE_OK.search(text))
        or (FUEL_ON_FLAMES.search(text) and _FIRE_THERE.search(text) and not FUEL_OK.search(text))
        or (LEADS_STACKED.search(text) and not LEADS_OK.search(text))
    )
    if danger and _ME.search(text):
        found.append(
            Finding(
                SafetyCategory.DANGEROUS_ACTIVITY, "snow_ice_light_danger", MODERATE, 0, len(text)
            )
        )
    if LOADED_SNOWBALL.search(text) and _AT_SOMEONE.search(text) and not LOADED_OK.search(text):
        found.append(Finding(SafetyCategory.VIOLENCE, "loaded_snowball", MODERATE, 0, len(text)))
    if PELTED_AGAIN.search(text) and _AGAIN.search(text) and not PELTED_OK.search(text):
        found.append(Finding(SafetyCategory.DISTRESS, "pelted_again", MODERATE, 0, len(text)))
    return found
