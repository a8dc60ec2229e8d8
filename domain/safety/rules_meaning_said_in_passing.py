# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Round 47's critical misses: harm said in passing, often around a holiday or a birthday.

- Self-harm: not being around for a future event ("i won't be around for the next one
  anyway"); a resolution or a wish to stop existing; going out into the snow or the cold with
  no coat and not coming back in; pills saved up till there are "almost enough"; deserving to
  get hurt and doing it to oneself.
- Abuse: told not to tell or a carer "will do it again".
- Sexual: a young child's words for penetration ("where big cousin put his thing"); a hand
  down the child's tights, pants, knickers or leggings; how to give a bj, blowjob or hand job.
- Grooming: someone from an online game or server who wants to send a present and needs the
  address.

Near misses stay allowed: not around for christmas because the family goes to spain, the
dinosaurs that stopped existing, a snow angel, nana who takes sleeping pills, a cousin who put
his thing away, santa's hand on my head, a diamond sword sent on the server, BJ as a name.

(review47) Narrowed on everyday talk: not around next summer "at my grans" or "on tuesdays
because i started gymnastics", a list "to die for", "dead good", "never wake up late", "stop
living on sweets", "die my hair", out in the snow "till the snowman is finished", saving money
for the dog's medicine, "i'll do it myself" of homework, a film's ending told "again", the
dentist's fingers in a mouth, mum's hand up a top for a temperature, head spins and head shots,
a farm's cock. Holes closed: a reason word beside an end ("mum's better off"), a nana's
boyfriend or a coach who will do it again, "his thing inside me", "to keep me warm" and
"tickling" as a care reason, a hand in a pocket and then down the pants.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_acts import PRIVATE_NAMES
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_care import care_under_clothes
from domain.safety.rules_meaning_self_harm_plans import _PILLS, _PILLS_RETURNED, _STORE

S = SafetyCategory.SELF_HARM
A = SafetyCategory.ABUSE
X = SafetyCategory.SEXUAL
G = SafetyCategory.GROOMING

_NOT_AROUND = r"(?:i won'?t|i wont|i will not|i'?m not going to|im not going to|i'?m not gonna|im not gonna|i probably won'?t|i prob wont|i doubt i'?ll|i don'?t think i'?ll|i dont think ill)"
# (review47) "around"/"here" only with "anyway", "by then" or a bare "any more" ("i wont be
# around next summer, we'll be at my grans" is a trip); "alive" with a next event too.
_NEXT = r"(?:next one|next (?:year|birthday|christmas|easter|summer|time)|another (?:one|birthday|christmas))"
NOT_AROUND_FOR_NEXT = prefiltered(
    rf"\b{_NOT_AROUND} (?:even )?(?:be|still be) (?:around|here)\b[^.?!]{{0,30}}\b(?:anyway|by then|any ?more\b(?! (?:on|at|in|for|after|because|cos|when|till|until)\b))"
    rf"|\b{_NOT_AROUND} (?:even )?(?:be|still be) alive\b[^.?!]{{0,30}}\b(?:anyway|any ?more|by then|{_NEXT})\b"
)
# Where the child will be instead, or the event that keeps them away; never with an end told.
_AWAY_FOR_A_REASON = prefiltered(
    r"\b(?:going to|go to|goin to|we'?re going|we are going|we'?ll be|we will be|we might be|we'?re|we are|visiting|holiday|trip|abroad|away (?:at|in|on)|staying (?:at|with)|camp|moving|move|flying|flight|because we|cos we|cuz we|cause we|spain|france|(?:at|to) (?:my |our )?(?:\w+'s|\w+s'|gran\w*|nan\w*|grandma\w*|grandad\w*|granny\w*|grandpa\w*|aunt\w*|uncle\w*|cousin\w*|dad\w*|mum\w*|mom\w*|friend\w*)|boarding school|new school|new job|wedding|christening|party|sleepover|tournament|match|lessons?|practice|training|club|started)\b"
)
_AWAY_SPOILT = prefiltered(
    r"\b(?:die|dead|dying|kill\w*|better off|miss me|gone for ?good|end it|disappear\w*|exist\w*|not alive|want to go|wanna go|hurt myself|(?:i'?ll|ill|i will) be gone)\b"
)
_ENDS = r"(?:stop existing|stop living|not exist(?:ing)?|not be alive|not be here|not wake up|never wake up|be dead|die|kill myself|end it(?: all)?|disappear (?:forever|for good)|unalive myself)"
# (review47) not "to die for", "be dead good", "never wake up late", "stop living on sweets",
# "die my hair": the end closes the clause or a word that keeps its meaning follows.
_ENDS_CLOSED = r"(?=\s*(?:$|[,.!?;:)]|(?:again|ever|forever|for ?ever|anymore|any more|and|so|because|cos|coz|please|already|for good|tonight|today|soon|one day|someday|lol|tbh|honestly|fr|for real|im|i'?m|i am|no one|nobody|then|now|tho|though|but|like)\b))"
RESOLVED_TO_END = prefiltered(
    rf"\b(?:resolution|resolutions|birthday wish|christmas wish|wish list|wishlist|birthday list|christmas list|my wish|goal for (?:this|next) year|goal this year|new year goal|plan for (?:this|next) year|letter to santa)\b[^.?!]{{0,30}}?(?:[:\-]|\bis\b|\bwas\b|\bto\b)\s*(?:to |just |is to |finally )*{_ENDS}{_ENDS_CLOSED}"
)
_COLD = r"(?:snow|cold|freezing|frost|ice|icy|rain|storm|blizzard|night)"
OUT_IN_THE_COLD = prefiltered(
    rf"\b(?:go|going|walk|walking|stay|staying|lie|lay|sleep|sit)\b[^.?!]{{0,15}}\b(?:out|outside)\b[^.?!]{{0,25}}\b{_COLD}\b[^.?!]{{0,50}}\b(?:(?:won'?t|wont|not|never|don'?t|dont) (?:come|go|get|make it) (?:back )?(?:in|inside|indoors|home|back)\b(?!(?: (?:in|inside|indoors|home))? (?:till|until|til|before|when|after|for (?:tea|dinner|lunch|a bit|ages)|unless)\b)|freeze to death|freeze solid|turn to ice|not wake up|never wake up|not be found till|let myself (?:freeze|die)|(?:till|until) i (?:freeze|die|stop breathing))\b"
)
# The gap after the pills, "[^,.?!]{0,50}[,.]?[^.?!]{0,20}" written so each length is tried once
# (the same strings: up to 50 before the first comma or full stop, up to 20 after it).
PILLS_ALMOST_ENOUGH = prefiltered(
    rf"\b{_STORE}\b[^.?!]{{0,40}}\b{_PILLS}\b(?:[^,.?!]{{0,50}}(?:[,.][^.?!]{{0,20}})?|[^,.?!]{{51}}[^.?!]{{0,19}})\b(?:(?:almost|nearly|just about|finally|soon|now) (?:got |have |had |'ve got |ve got |got myself )?enough|(?:i'?ve|ive|i have) got enough|enough (?:now|soon|to (?:do it|end it|not wake up|never wake up|die|do the job)))\b"
)
# (review47) "saving up for my dog's medicine, nearly got enough money": pills to be bought.
_PILLS_BOUGHT = prefiltered(
    r"\b(?:money|pocket money|cash|pounds|dollars|to buy|buy (?:her|him|them|some|it)|pay for|afford|empty|craft|crafts|model|project)\b"
)
DESERVE_HURT_DO_IT = prefiltered(
    r"\bi (?:deserve|deserved|should) (?:to )?(?:get |be )?(?:hurt|pain|to suffer|suffer|punished|to bleed|bleed)\b[^.?!]{0,40}\b(?:do it to (?:me|myself)|hurt myself|punish myself|(?:cut|burn|hit|scratch) (?:me|myself)|make myself (?:bleed|hurt|suffer)|(?:do|try) it on myself|(?:do|did|doing) (?:it|that|things|stuff|bad things|something) to myself)\b"
)

_TOLD = r"(?:can'?t|cant|cannot|not allowed to|mustn'?t|mustnt|won'?t|wont|not supposed to|if i)\b (?:ever )?tell\b"
_AGAIN = r"(?:will|'ll|ll|would|'d|is going to|is gonna|gonna) (?:do (?:it|that|the thing|the same) (?:again|to me again|more)|hurt me again|come back and do it)\b"
_NAMED = r"(?:step ?dad|step ?mum|step ?mom|step ?brother|step ?sister|dad|daddy|mum|mom|mummy|uncle|auntie|aunty|aunt|grandad|grandpa|grandma|nan|nana|gran|cousin|brother|sister|babysitter|childminder|nanny|coach|teacher|tutor|neighbou?r|boyfriend|girlfriend|husband|partner)"
# "or he will do it again" needs the "or"; a named carer does not ("if i tell my teacher my
# mums boyfriend said he'll do it again").
TELL_OR_AGAIN = prefiltered(
    rf"\b{_TOLD}[^.?!]{{0,60}}\b(?:or|otherwise|else|because|cos|coz|cause|then)\b[^.?!]{{0,10}}\b(?:my )?(?:{_NAMED}|he|she|they)\b {_AGAIN}"
    rf"|\b{_TOLD}[^.?!]{{0,60}}\b{_NAMED}\b (?:(?:says|said|told me|warned me|promised) (?:that )?(?:he|she|they)\b ?)?{_AGAIN}"
)

_THING = r"(?:thing|willy|wily|winky|privates?|private part|wee ?wee|pee ?pee|peepee|ding ?dong|sausage(?! rolls?| dogs?)|tail|fingers?)"
_LOW_PART = rf"(?:{PRIVATE_NAMES}|winkle|bum|bottom|butt|botty|privates?|private parts?|minnie|mini|foof|fanny|wee wee|pee pee|down there|mouth|tuppence|noo ?noo)"
PUT_HIS_THING = prefiltered(
    rf"\bmy {_LOW_PART}\b[^.?!]{{0,15}}\b(?:hurts|hurt|is sore|sore|stings|bleed\w*|feels funny)\b[^.?!]{{0,30}}\b(?:put|puts|pushed|pushes|stuck|sticks|poked|pokes|shoved)\b (?:his|her) (?:big )?{_THING}\b(?! away| back| on)"
    rf"|\b(?:put|puts|putting|pushed|pushes|stuck|sticks|poked|pokes|shoved)\b (?:his|her) (?:big )?{_THING}(?<!finger)(?<!fingers)\b (?:in|inside|into|up|on) my {_LOW_PART}\b"
    # (review47) fingers, but never in the mouth (the dentist's, a baby brother's); a thing "in me"
    rf"|\b(?:put|puts|putting|pushed|pushes|stuck|sticks|poked|pokes|shoved)\b (?:his|her) (?:big )?fingers?\b (?:in|inside|into|up|on) my (?!mouth){_LOW_PART}\b"
    r"|\b(?:put|puts|putting|pushed|pushes|stuck|sticks|shoved)\b (?:his|her) (?:big )?(?:thing|willy|wily|winky|privates?|private part|wee ?wee|pee ?pee|ding ?dong|fingers?) (?:in|inside|into|up) me\b"
)
_GARMENT = r"(?:tights|pants|knickers|leggings|underwear|undies|trousers|shorts|skirt|pyjamas?|pjs|jammies|nightie|nightdress|swimsuit|swimming costume|jeans|boxers|bottoms|joggers|top|shirt)"
# (review47) the hand may go elsewhere first ("in my pocket and then down my pants"); a pocket
# of the garment is not the garment.
HAND_DOWN_MY = prefiltered(
    rf"\b(?:put|puts|putting|stuck|sticks|slid|slides|slipped|shoved|pushed|reached|reaches)\b (?:his|her|their) (?:hand|hands|fingers?)\b(?: [^.?!,]{{0,25}}?\b(?:and|then))? (?:down|up|inside|into|in|under) my {_GARMENT}\b(?! pockets?)"
)
# (review47) a care reason, but not "to keep me warm", "tickling" or "checking for spiders" (an
# abuser's excuses) and never with a secret; a top or shirt has everyday reasons too.
_CARE_REASON = prefiltered(
    r"\b(?:change me|changing me|wipe|wiping|nappy|rash|eczema|sun ?cream|sunburn|(?:the|a) (?:doctor|nurse) (?:put|puts|was|checked)|help me (?:get|dress|change|undress)|helped me (?:get|dress|change|undress)|get (?:it|the \w+|my \w+)\b[^.?!]{0,25}\bout|got stuck|tag|label|(?:a|the) (?:bee|wasp|spider|bug|ant))"
)
_CARE_TOP = prefiltered(
    r"\b(?:my (?:top|shirt)|up my (?:top|shirt))\b[^.?!]{0,40}\b(?:temperature|temp|fever|hot|heartbeat|heart|ice ?cubes?|snow|snowball|a joke|prank\w*|cold hands)\b"
)
_CARE_SPOILT = prefiltered(
    r"\b(?:secret|don'?t tell|dont tell|not (?:to )?tell|nobody (?:can|will) know|no one (?:can|will) know|special|our game)\b"
)

_ONLINE_PERSON = r"(?:guy|man|someone|somebody|person|boy|girl|dude|player|friend|lady|woman|stranger|grown ?up|adult|teen(?:ager)?|older (?:boy|girl|guy|kid))"
_ONLINE_PLACE = r"(?:server|servers|game|games|discord|roblox|fortnite|minecraft|chat|chats|tiktok|insta\w*|snap\w*|whatsapp|online|internet|youtube|twitch|stream|app|group chat|gc)"
GIFT_NEEDS_ADDRESS = prefiltered(
    rf"\b{_ONLINE_PERSON}\b (?:from|on|in|i met on|i met in|i know from|off) (?:my |a |the |this |that )?(?:\w+ )?{_ONLINE_PLACE}\b[^.?!]{{0,60}}\b(?:send|post|mail|give|bring|deliver|drop)\w*\b[^.?!]{{0,40}}\b(?:present|gift|something|parcel|package|surprise|prize|phone|toy|card|stuff)\b[^.?!]{{0,50}}\b(?:address|where i live|where (?:my house|i stay) is|house number|post ?code|zip ?code|what street)\b"
)

_SEX_ACT = r"(?:bj|b j|bjs|blow ?jobs?|blowie|blowy|hand ?jobs?|hj|rim ?jobs?|head(?=\s*(?:$|[,.!?]|(?:to|on|for) (?:a |an |him|her|them|boys?|girls?|guys?|my|your|ur|someone|somebody)|(?:properly|well|right|good|lol|tbh)\b))|a dick|dick|a cock|cock)"
SEX_ACT_HOW = prefiltered(
    rf"\b(?:how (?:do|does|to|would|can|should|d) (?:u |you |i |ya |people |someone |girls |boys |ppl )?|teach me (?:how )?to |show me how to |what'?s it like to |tips? (?:on|for) (?:how to )?)(?:give|do|get|suck)(?:ing)? (?:a |an |some )?(?:good |proper |real |nice |decent )?{_SEX_ACT}\b"
    r"|\b(?:how (?:do|does|to|would|can|should|d) (?:u |you |i |ya |people |someone |ppl )?|teach me (?:how )?to )suck (?:a |his |her |ur |your |my )?(?:dick|cock|thing|willy|private)\b"
)


# (review47) the thing done "again" is harmless: a film's ending, a joke, tidying.
_AGAIN_HARMLESS = prefiltered(
    r"\b(?:ending|spoil\w*|joke\w*|tidy\w*|tidied|homework|the (?:film|movie|book|answer|plot)|surprise party|prank\w*)\b"
)
_AGAIN_HURT = prefiltered(
    r"\b(?:hurt\w*|touch\w*|hit\w*|smack\w*|kiss\w*|private\w*|pants|naked|bad|scared|cry|cried)\b"
)


# (review47) "how do you get a cock for our chickens": a farm's bird.
_FARM_BIRD = prefiltered(r"\b(?:chickens?|hens?|roosters?|cockerels?|farm|crow\w*|eggs?|coop)\b")


def find_said_in_passing(text: str) -> list[Finding]:
    found: list[Finding] = []
    if (
        NOT_AROUND_FOR_NEXT.search(text)
        and not (_AWAY_FOR_A_REASON.search(text) and not _AWAY_SPOILT.search(text))
    ) or (
        RESOLVED_TO_END.search(text)
        or OUT_IN_THE_COLD.search(text)
        or (
            PILLS_ALMOST_ENOUGH.search(text)
            and not _PILLS_RETURNED.search(text)
            and not _PILLS_BOUGHT.search(text)
        )
        or DESERVE_HURT_DO_IT.search(text)
    ):
        found.append(Finding(S, "self_harm_said_in_passing", CRITICAL, 0, len(text)))
    if TELL_OR_AGAIN.search(text) and (
        not _AGAIN_HARMLESS.search(text) or _AGAIN_HURT.search(text)
    ):
        found.append(Finding(A, "abuse_told_or_again", CRITICAL, 0, len(text)))
    if PUT_HIS_THING.search(text) or (
        HAND_DOWN_MY.search(text)
        and not (
            (_CARE_REASON.search(text) or _CARE_TOP.search(text)) and not _CARE_SPOILT.search(text)
        )
        and not care_under_clothes(text)
    ):
        found.append(Finding(X, "sexual_touch_in_childs_words", CRITICAL, 0, len(text)))
        found.append(Finding(A, "sexual_touch_in_childs_words", CRITICAL, 0, len(text)))
    if GIFT_NEEDS_ADDRESS.search(text):
        found.append(Finding(G, "online_gift_needs_address", CRITICAL, 0, len(text)))
    if SEX_ACT_HOW.search(text) and not _FARM_BIRD.search(text):
        found.append(Finding(X, "sex_act_how", CRITICAL, 0, len(text)))
    return found
