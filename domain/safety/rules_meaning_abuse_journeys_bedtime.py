# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Harm on long journeys, at the cinema and at bedtime (rounds 68 and 69), read as meanings:

- abuse: a child made to ride or put in the car boot (as a punishment or on long trips); food
  kept from the child on a journey or at home with its body run down ("fat girls dont need
  it") or a hunger that has lasted since yesterday; a cold bath or shower as the price of not
  sleeping or of being naughty; an older cousin, a big boy or a sitter who makes the child take
  its pyjamas or clothes off, at a sleepover or at night;
- grooming: a grown-up who gives the child his number (or a present, when he works at the
  cinema, the station or the museum) and says not to tell mum; an online or gaming friend, or
  an adult the child knows from a game, who tells it to get off the train or the bus somewhere
  and will pick it up or meet it there.

Near misses stay allowed: the car boot sale, the seats in the boot of a seven-seater, no food
on the plane because i was asleep, a cold bath after football because i wanted one, a cousin's
pyjama party, changing out of wet pyjamas, grandma's sweets and "don't tell mum", the usher
who showed us to our seats, a gaming friend who meets me in the game."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

AB = SafetyCategory.ABUSE
G = SafetyCategory.GROOMING

# Made to ride in the car boot.
IN_THE_BOOT = prefiltered(
    r"\b(?:makes?|made|making|puts?|putting|shuts?|shutting|locks?|locked|locking|shoves?|shoved|stuffs?|stuffed|throws?|threw|forces?|forced) (?:me|us|my (?:little |baby |big )?(?:brother|sister)|him|her) (?:to )?(?:ride |sit |go |travel |lie |lay |stay )?(?:in|into|inside) (?:the |his |her |their )?(?:car )?(?:boot|trunk)\b(?! (?:sale|seats?))"
    r"|\b(?:i|we) (?:have to|has to|had to|got to|gotta|must) (?:ride|sit|go|travel|lie|lay|stay) (?:in|inside) (?:the |his |her |their )?(?:car )?(?:boot|trunk)\b(?! (?:sale|seats?))[^.?!]{0,40}\b(?:when (?:i'?m|im|i am|i was|we'?re|we are) (?:naughty|bad|in trouble)|(?:cos|because|coz|cuz|cause) (?:i'?m|im|i am|i was|we were|we are|we'?re) (?:naughty|bad|in trouble)|as (?:a )?punishment|for being (?:naughty|bad))"
)
_BOOT_PLAY = prefiltered(
    r"\b(?:boot sale|hide and seek|hide ?n ?seek|hiding game|game|pretend|playing|for fun|let me|lets me|let us|dog|dogs|puppy|picnic|parked|camping|sleep in the boot|tailgate|seven ?seater|7 ?seater)\b"
)

# Food kept back with the body run down, or hunger since yesterday.
_NO_FOOD = r"(?:(?:don'?t|dont|do not|never|didn'?t|didnt|won'?t|wont) (?:get|got|have|give me|feed me|let me have|let me eat)|not allowed (?:to eat|to have|any)|can'?t have|cant have|no|nothing to eat|not given|doesn'?t give me|doesnt give me|won'?t give me|wont give me|isn'?t any|aint no)"
_FOOD = (
    r"(?:food|snacks?|dinner|tea|lunch|breakfast|tea|meals?|anything to eat|something to eat|eat)"
)
FOOD_KEPT_BACK = prefiltered(rf"\b{_NO_FOOD} (?:any )?{_FOOD}\b")
BODY_RUN_DOWN = prefiltered(
    r"\b(?:fat|chubby|fatty|piggy|greedy|too big|so big|heavy|lardy|podgy) (?:girls?|boys?|kids?|children|people|pigs?|things?|ones?|lumps?|cows?)\b[^.?!]{0,20}\b(?:don'?t|dont|do not|doesn'?t|doesnt|shouldn'?t|should not) (?:need|deserve|get|eat|have)\b"
    r"|\b(?:cos|because|coz|cuz|cause|since|as) (?:i'?m|im|i am) (?:too |so |a bit |getting )?(?:fat|chubby|big|heavy|podgy|greedy)\b"
    r"|\b(?:says?|said|calls?|called) (?:i'?m|im|i am|me) (?:too |so |a bit |getting )?(?:fat|chubby|podgy|a pig|fatty|greedy)\b"
)
HUNGRY_SINCE = prefiltered(
    r"\b(?:haven'?t|havent|havnt|hav'?nt|have not|hasn'?t|hasnt|not|didn'?t|didnt) (?:had|eaten|eatin|ate|eat|got) (?:any |a )?(?:food|dinner|tea|breakfast|lunch|anything|a thing|a meal)?\s?(?:since yesterday|since last night|for (?:two|2|three|3) days|all day yesterday|in (?:two|2|three|3) days)\b"
)
_FOOD_CARE = prefiltered(
    r"\b(?:operation|surgery|blood test|fasting|ramadan|lent|poorly|sick|tummy bug|vomit\w*|threw up|not hungry|never hungry|car ?sick|travel ?sick|asleep|slept|diet coke|doctor said|nurse said)\b"
)

# A cold bath as the price of not sleeping or of being naughty.
COLD_BATH = prefiltered(
    r"\b(?:puts?|putting|makes?|made|making|throws?|threw|dunks?|dunked|holds?|held|forces?|forced|sits?|sat) (?:me|us|my (?:little |baby |big )?(?:brother|sister)|him|her) (?:to )?(?:have |get |sit )?(?:in|into|under) (?:a |the )?(?:cold|freezing|icy|ice|ice cold|ice-cold|freezing cold) (?:bath|shower|water|tub)\b"
    r"|\b(?:cold|freezing|icy|ice cold|ice-cold) (?:bath|baths|shower|showers)\b[^.?!]{0,25}\b(?:as (?:a )?punishment|for punishment|to punish)\b"
)
PRICE_OF_NOT_OBEYING = prefiltered(
    r"\b(?:if|when|whenever|cos|because|coz|cuz|till|until) (?:i|we|he|she) (?:won'?t|wont|don'?t|dont|do not|will not|can'?t|cant|refuse|keep|am|'?m|is|are|cry|cries|wet|wets|get up|gets up|talk|talks|wake|wakes|misbehave|make|makes|shout|play up)\b"
    r"|\b(?:for|as) (?:a )?(?:being|crying|wetting|not|punishment|talking|getting up)\b|\bto punish\b|\bto (?:make|get) (?:me|us|him|her) (?:to )?(?:go to sleep|sleep|be quiet|stop crying|behave)\b"
)
_COLD_CARE = prefiltered(
    r"\b(?:after (?:sport|football|rugby|training|the match|my match|a match|running|the race|netball|hockey|swimming|dancing|gym)|muscles?|legs? (?:ache|hurt)|sore legs|i (?:want|wanted|like|liked|asked|ask|love|chose|choose)|if i want|hot day|so hot|too hot|heatwave|fever|temperature|ice bath challenge|for fun|athletes?)\b"
)

# An older cousin, a big boy or a sitter who makes the child undress.
_OLDER = r"(?:(?:my |me |the )?(?:big |older |teenage |eldest |oldest )?(?:cousin|cuzin|cuz|cousins|step ?brother|brothers? friend|brother'?s friend|sisters? boyfriend|sister'?s boyfriend|uncle|babysitter|baby sitter|sitter|lodger|neighbou?r|mums (?:friend|boyfriend)|mum'?s (?:friend|boyfriend)|dads friend|dad'?s friend)|(?:a|the|this|that) (?:big|older|teenage) (?:boy|lad|kid)|he)"
_CLOTHES = r"(?:jammies|jamas|pyjamas|pajamas|pjs|p\.?j\.?s|jimjams|nightie|night ?dress|nighty|clothes|pants|knickers|undies|underwear|shorts|top|trousers|vest|onesie)"
_UNDRESS_VERB = r"(?:always |sometimes |keeps? |kept |tries to |tried to )?(?:makes?|made|making|tells?|told|telling|wants?|wanted|forces?|forced|gets?|got|asks?|asked|dares?|dared)"
# Read forwards from the undressing; the older one who does it is looked for just before.
MADE_TO_UNDRESS = prefiltered(
    rf"\b{_UNDRESS_VERB} (?:me|us) (?:to )?(?:take|taking|took|pull|get|slip) (?:off )?(?:all )?(?:my|me|our) (?:\w+ )?{_CLOTHES}(?: off)?\b"
    rf"|\b{_UNDRESS_VERB} (?:me|us) (?:to )?(?:get|be|go) (?:naked|undressed|nudie|nuddy|in the nude|in the nuddy)\b"
    rf"|\b(?:always |sometimes |keeps? |kept |tries to |tried to )?(?:takes?|took|taking|pulls?|pulled|pulling) (?:off )?(?:my|me|our) (?:\w+ )?{_CLOTHES} (?:off|down)\b"
)
OLDER_ONE = prefiltered(rf"\b{_OLDER} $")
_UNDRESS_CARE = prefiltered(
    r"\b(?:spilt|spilled|spill|wet|soaked|dirty|muddy|sick|poo|wee|accident|wash|washing|bath|bath ?time|shower|swim\w*|pool|get dressed|getting dressed|school|uniform|clean (?:ones|pjs|pyjamas)|put (?:on|my)|fancy dress|costume|party outfit|too hot|sunburn|doctor|nurse)\b"
)

# A grown-up's number, or a present from someone working there, with a secret kept from mum.
CONTACT_GIVEN = prefiltered(
    r"\b(?:gave|give|gives|giving|wrote|writ\w*|passed|slipped|handed|put) (?:me|my) (?:his|her|a|their) (?:phone |mobile |own |personal |private )?(?:number|phone number|snapchat|snap|insta\w*|whatsapp|email|address|card with his number)\b"
)
_STAFF = prefiltered(
    r"\b(?:usher|the man (?:at|in|from|who works at) the (?:cinema|pictures|station|museum|library|kiosk|ticket office|shop|cafe|arcade)|ticket (?:man|guy|inspector|collector)|conductor|train guard|guard on the train|security (?:man|guard)|museum (?:guide|guard|man)|librarian|library (?:man|guy)|projectionist|(?:bus|coach|taxi|train) driver|cinema (?:man|guy|worker|staff))\b"
)
_PRESENT = prefiltered(
    r"\b(?:gave|gives|give|giving|bought|buys|got|gets) me (?:a |some |free |extra |a free |a big )?(?:\w+ )?(?:popcorn|sweets|candy|sweeties|chocolate|drink|slushie|ice ?cream|present|gift|money|ticket|tickets|toy|sticker|badge|poster|game)\b|\bfor free\b|\blet me in free\b"
)
SECRET_FROM_MUM = prefiltered(
    r"\b(?:don'?t|dont|do not|not to|never|mustn'?t|better not) (?:tell|say (?:anything )?to|mention it to|show) (?:my|your|ur|me|his) (?:mum|mom|mam|mummy|mommy|dad|daddy|parents|nan|gran|family|teacher)\b"
    r"|\b(?:don'?t|dont|do not|not to|never) tell (?:anyone|anybody|no ?one)\b|\b(?:our|a) (?:little |special )?secret\b|\bkeep (?:it|this) (?:a )?(?:secret|between us|quiet)\b"
)

# An online or gaming friend who will pick the child up on its journey.
_ONLINE_FRIEND = prefiltered(
    r"\b(?:gaming|online|internet|discord|roblox|fortnite|minecraft|xbox|playstation|ps[45]|tiktok|snapchat|insta\w*) (?:friend|mate|buddy|pal|bf|boyfriend|girlfriend)\b"
    r"|\b(?:friend|mate|buddy|pal|guy|man|boy|someone|person)\b[^.?!]{0,15}\b(?:from|on|off|in) (?:the |my )?(?:game|games|internet|discord|roblox|fortnite|minecraft|xbox|playstation|tiktok|snapchat|insta\w*|online)\b"
    r"|\b(?:met|know|knew) (?:him|her|them) (?:online|on (?:a |the )?(?:game|\w+ app|discord|roblox|fortnite|minecraft|xbox|tiktok|snapchat))\b"
    r"|\b(?:friend|mate|buddy|pal|guy|boy|man)\b[^.?!]{0,10}\b(?:who'?s|whos|who is|he'?s|hes|he is|she'?s|she is|aged) (?:1[6-9]|[2-6]\d)\b"
)
PICK_UP_ON_THE_WAY = prefiltered(
    r"\b(?:pick me up|pick me up from|come and get me|come get me|collect me|give me a lift|drive me|get off (?:the (?:train|bus|coach|tube|tram) )?at (?:the |a )?(?:next|\w+) (?:station|stop)|get off (?:at|early|before)|wait for me (?:at|outside|by)|meet (?:me|up) (?:at|outside|by|in) (?:the |a )?(?:station|platform|bus stop|stop|services|service station|car park|shops?|park|corner|cinema|museum|library|mcdonalds|his (?:house|flat|car)))\b"
)
_IN_GAME = prefiltered(
    r"\b(?:in (?:the )?game|in-game|ingame|on the server|server|lobby|party chat|virtually|his character|my character|in minecraft|in roblox|in fortnite)\b"
)


def find_journey_bedtime_harms(text: str) -> list[Finding]:
    whole = len(text)
    if IN_THE_BOOT.search(text) and not _BOOT_PLAY.search(text):
        return [Finding(AB, "made_to_ride_in_the_boot", CRITICAL, 0, whole)]
    if (
        FOOD_KEPT_BACK.search(text)
        and (BODY_RUN_DOWN.search(text) or HUNGRY_SINCE.search(text))
        and not _FOOD_CARE.search(text)
    ):
        return [Finding(AB, "food_kept_back_body_run_down", CRITICAL, 0, whole)]
    if COLD_BATH.search(text) and PRICE_OF_NOT_OBEYING.search(text) and not _COLD_CARE.search(text):
        return [Finding(AB, "cold_bath_as_punishment", CRITICAL, 0, whole)]
    undress = MADE_TO_UNDRESS.search(text)
    if (
        undress
        and OLDER_ONE.search(text[max(0, undress.start() - 45) : undress.start()])
        and not _UNDRESS_CARE.search(text)
    ):
        return [Finding(AB, "older_child_makes_undress", CRITICAL, 0, whole)]
    if SECRET_FROM_MUM.search(text) and (
        CONTACT_GIVEN.search(text) or (_STAFF.search(text) and _PRESENT.search(text))
    ):
        return [Finding(G, "number_or_present_kept_secret", CRITICAL, 0, whole, "secrecy")]
    if (
        _ONLINE_FRIEND.search(text)
        and PICK_UP_ON_THE_WAY.search(text)
        and not _IN_GAME.search(text)
    ):
        return [Finding(G, "online_friend_picks_up", CRITICAL, 0, whole, "meeting")]
    return []
