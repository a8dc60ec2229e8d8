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
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_care import care_under_clothes
from domain.safety.rules_meaning_self_harm_plans import _PILLS, _PILLS_RETURNED, _STORE

S = SafetyCategory.SELF_HARM
A = SafetyCategory.ABUSE
X = SafetyCategory.SEXUAL
G = SafetyCategory.GROOMING

_NOT_AROUND = r"(?:i won'?t|i wont|i will not|i'?m not going to|im not going to|i'?m not gonna|im not gonna|i probably won'?t|i prob wont|i doubt i'?ll|i don'?t think i'?ll|i dont think ill)"
NOT_AROUND_FOR_NEXT = prefiltered(
    rf"\b{_NOT_AROUND} (?:even )?(?:be|still be) (?:around|here|alive)\b[^.?!]{{0,30}}\b(?:anyway|any ?more|by then|next one|next (?:year|birthday|christmas|easter|summer|time)|another (?:one|birthday|christmas))\b"
)
_AWAY_FOR_A_REASON = prefiltered(
    r"\b(?:going to|go to|goin to|we'?re going|we are going|visiting|holiday|trip|abroad|away at|staying (?:at|with)|camp|moving|move|flying|flight|because we|cos we|cuz we|cause we|spain|france|dad'?s|mum'?s|mom'?s|grandma'?s|nan'?s|granny'?s|school|boarding|hospital|work)\b"
)
_ENDS = r"(?:stop existing|stop living|not exist(?:ing)?|not be alive|not be here|not wake up|never wake up|be dead|die|kill myself|end it(?: all)?|disappear (?:forever|for good)|unalive myself)"
RESOLVED_TO_END = prefiltered(
    rf"\b(?:resolution|resolutions|birthday wish|christmas wish|wish list|wishlist|birthday list|christmas list|my wish|goal for (?:this|next) year|goal this year|new year goal|plan for (?:this|next) year|letter to santa)\b[^.?!]{{0,30}}?(?:[:\-]|\bis\b|\bwas\b|\bto\b)\s*(?:to |just |is to |finally )*{_ENDS}\b"
)
_COLD = r"(?:snow|cold|freezing|frost|ice|icy|rain|storm|blizzard|night)"
OUT_IN_THE_COLD = prefiltered(
    rf"\b(?:go|going|goes|walk|walking|stay|staying|lie|lay|sleep|sit)\b[^.?!]{{0,15}}\b(?:out|outside)\b[^.?!]{{0,25}}\b{_COLD}\b[^.?!]{{0,50}}\b(?:(?:won'?t|wont|not|never|don'?t|dont) (?:come|go|get|make it) (?:back )?(?:in|inside|indoors|home|back)|freeze to death|freeze solid|turn to ice|not wake up|never wake up|not be found till)\b"
)
PILLS_ALMOST_ENOUGH = prefiltered(
    rf"\b{_STORE}\b[^.?!]{{0,40}}\b{_PILLS}\b[^,.?!]{{0,50}}[,.]?[^.?!]{{0,20}}\b(?:(?:almost|nearly|just about|finally|soon|now) (?:got |have |had |'ve got |ve got |got myself )?enough|(?:i'?ve|ive|i have) got enough|enough (?:now|soon|to (?:do it|end it|not wake up|never wake up|die|do the job)))\b"
)
DESERVE_HURT_DO_IT = prefiltered(
    r"\bi (?:deserve|deserved|should) (?:to )?(?:get |be )?(?:hurt|pain|to suffer|suffer|punished|to bleed|bleed)\b[^.?!]{0,40}\b(?:do it (?:to )?(?:me|myself)|hurt myself|punish myself|(?:do|make) it myself|make myself (?:bleed|hurt|suffer)|on myself|to myself)\b"
)

_TOLD = r"(?:can'?t|cant|cannot|not allowed to|mustn'?t|mustnt|won'?t|wont|not supposed to|if i)\b (?:ever )?tell\b"
_AGAIN = r"(?:will|'ll|ll|would|'d|is going to|is gonna|gonna) (?:do (?:it|that|the thing|the same) (?:again|to me again|more)|hurt me again|come back and do it)\b"
_NAMED = r"(?:step ?dad|step ?mum|step ?mom|dad|daddy|mum|mom|mummy|uncle|grandad|grandpa|cousin|brother|stepbrother|babysitter|(?:mum|mom|mums|moms|mum'?s|mom'?s) boyfriend)"
# "or he will do it again" needs the "or"; a named carer does not ("if i tell my teacher my
# mums boyfriend said he'll do it again").
TELL_OR_AGAIN = prefiltered(
    rf"\b{_TOLD}[^.?!]{{0,60}}\b(?:or|otherwise|else|because|cos|coz|cause|then)\b[^.?!]{{0,10}}\b(?:my )?(?:{_NAMED}|he|she|they)\b {_AGAIN}"
    rf"|\b{_TOLD}[^.?!]{{0,60}}\b{_NAMED}\b (?:(?:says|said|told me|warned me|promised) (?:that )?(?:he|she|they)\b ?)?{_AGAIN}"
)

_THING = r"(?:thing|willy|wily|winky|privates?|private part|wee ?wee|pee ?pee|peepee|ding ?dong|sausage|tail|fingers?)"
_LOW_PART = r"(?:willy|winkle|bum|bottom|butt|botty|front bottom|privates?|private parts?|minnie|mini|foof|fanny|wee wee|pee pee|down there|mouth|tuppence|noo ?noo)"
PUT_HIS_THING = prefiltered(
    rf"\bmy {_LOW_PART}\b[^.?!]{{0,15}}\b(?:hurts|hurt|is sore|sore|stings|bleed\w*|feels funny)\b[^.?!]{{0,30}}\b(?:put|puts|pushed|pushes|stuck|sticks|poked|pokes|shoved)\b (?:his|her) (?:big )?{_THING}\b(?! away| back| on)"
    rf"|\b(?:put|puts|putting|pushed|pushes|stuck|sticks|poked|pokes|shoved)\b (?:his|her) (?:big )?{_THING}\b (?:in|inside|into|up|on) my {_LOW_PART}\b"
)
_GARMENT = r"(?:tights|pants|knickers|leggings|underwear|undies|trousers|shorts|skirt|pyjamas?|pjs|jammies|nightie|nightdress|swimsuit|swimming costume|jeans|boxers|bottoms|joggers|top|shirt)"
HAND_DOWN_MY = prefiltered(
    rf"\b(?:put|puts|putting|stuck|sticks|slid|slides|slipped|shoved|pushed|reached|reaches)\b (?:his|her|their) (?:hand|hands|fingers?)\b (?:down|up|inside|into|in|under) my {_GARMENT}\b"
)
_CARE_REASON = prefiltered(
    r"\b(?:change me|changing me|wipe|wiping|cream|rash|doctor|nurse|help me (?:get|dress|change|undress)|helped me (?:get|dress|change|undress)|get (?:it|the \w+) out|got stuck|pocket|tickl\w*|warm|tag|label|bee|wasp|spider)\b"
)

_ONLINE_PERSON = r"(?:guy|man|someone|somebody|person|boy|girl|dude|player|friend|lady|woman|stranger|grown ?up|adult|teen(?:ager)?|older (?:boy|girl|guy|kid))"
_ONLINE_PLACE = r"(?:server|servers|game|games|discord|roblox|fortnite|minecraft|chat|chats|tiktok|insta\w*|snap\w*|whatsapp|online|internet|youtube|twitch|stream|app|group chat|gc)"
GIFT_NEEDS_ADDRESS = prefiltered(
    rf"\b{_ONLINE_PERSON}\b (?:from|on|in|i met on|i met in|i know from|off) (?:my |a |the |this |that )?(?:\w+ )?{_ONLINE_PLACE}\b[^.?!]{{0,60}}\b(?:send|post|mail|give|bring|deliver|drop)\w*\b[^.?!]{{0,40}}\b(?:present|gift|something|parcel|package|surprise|prize|phone|toy|card|stuff)\b[^.?!]{{0,50}}\b(?:address|where i live|where (?:my house|i stay) is|house number|post ?code|zip ?code|what street)\b"
)

_SEX_ACT = r"(?:bj|b j|bjs|blow ?jobs?|blowie|blowy|hand ?jobs?|hj|rim ?jobs?|head(?! ?(?:stand|start|butt|lice|teacher|count|massage|phones?|band|ache|first|to|over|up|down|in|of))|a dick|dick|a cock|cock)"
SEX_ACT_HOW = prefiltered(
    rf"\b(?:how (?:do|does|to|would|can|should|d) (?:u |you |i |ya |people |someone |girls |boys |ppl )?|teach me (?:how )?to |show me how to |what'?s it like to |tips? (?:on|for) (?:how to )?)(?:give|do|get|suck)(?:ing)? (?:a |an |some )?(?:good |proper |real |nice |decent )?{_SEX_ACT}\b"
    r"|\b(?:how (?:do|does|to|would|can|should|d) (?:u |you |i |ya |people |someone |ppl )?|teach me (?:how )?to )suck (?:a |his |her |ur |your |my )?(?:dick|cock|thing|willy|private)\b"
)


def find_said_in_passing(text: str) -> list[Finding]:
    found: list[Finding] = []
    if (NOT_AROUND_FOR_NEXT.search(text) and not _AWAY_FOR_A_REASON.search(text)) or (
        RESOLVED_TO_END.search(text)
        or OUT_IN_THE_COLD.search(text)
        or (PILLS_ALMOST_ENOUGH.search(text) and not _PILLS_RETURNED.search(text))
        or DESERVE_HURT_DO_IT.search(text)
    ):
        found.append(Finding(S, "self_harm_said_in_passing", CRITICAL, 0, len(text)))
    if TELL_OR_AGAIN.search(text):
        found.append(Finding(A, "abuse_told_or_again", CRITICAL, 0, len(text)))
    if PUT_HIS_THING.search(text) or (
        HAND_DOWN_MY.search(text) and not _CARE_REASON.search(text) and not care_under_clothes(text)
    ):
        found.append(Finding(X, "sexual_touch_in_childs_words", CRITICAL, 0, len(text)))
        found.append(Finding(A, "sexual_touch_in_childs_words", CRITICAL, 0, len(text)))
    if GIFT_NEEDS_ADDRESS.search(text):
        found.append(Finding(G, "online_gift_needs_address", CRITICAL, 0, len(text)))
    if SEX_ACT_HOW.search(text):
        found.append(Finding(X, "sex_act_how", CRITICAL, 0, len(text)))
    return found
