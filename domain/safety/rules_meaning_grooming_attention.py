# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Grooming told as attention, gifts and a private line (paraphrases_d).

- Gifts with a price: game currency or presents paid back "with a favour", given "only to
  me" and kept quiet, given with long hugs when we're alone, or with "a grown-up game" to
  learn; a stranger offering a lift home with sweets.
- A grown-up's special attention: an online friend of 25 who "never met anyone like me", a
  grown-up in a game who loves me and "i'm his favourite", who gets mad when i don't answer
  and says i'm the only one who understands him, "hey beautiful" on all my photos, a player
  who'd "be my daddy" and wants to phone me.
- A private line or meeting: email him so nobody sees, voice chat past midnight with only him,
  sneak out at night to see him, come over when his parents are out, earn money on a private
  cam site, prove i'm real with a video in bed, "our little routine, don't mention it", "a
  special thing, just between us".

Near misses stay allowed: a birthday present from nan, a coach who gives everyone medals, a
friend from school who is my favourite, voice chat with my class, a lift home from my
friend's mum.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

G = SafetyCategory.GROOMING

_GIFTS = r"(?:gifts?|presents?|robux|v-?bucks|vbucks|gems|skins?|coins|money|cash|gift ?cards?|sweets|candy|chocolate|a tablet|a phone|an ipad|stuff)"
_ADULT = r"(?:man|men|guy|grown ?-?ups?|adults?|older (?:boy|man|guy|teen|kid)|player|gamer|stranger|coach|teacher|tutor|uncle|neighbou?r|\w+'?s friend|online friend|friend (?:i|from)|someone|he|she)"

GIFT_WITH_PRICE = prefiltered(
    rf"\b{_GIFTS}\b[^.?!]{{0,60}}\b(?:pay (?:him|her|them) back|repay|owe (?:him|her|them))\b[^.?!]{{0,30}}\b(?:favou?r|something special|special|in other ways|with (?:a )?(?:photo|pic|video|kiss|hug))"
    rf"|\b(?:gives?|gave|giving|buys?|bought|sends?|sent)\b[^.?!]{{0,10}}\b(?:me )?{_GIFTS}\b[^.?!]{{0,40}}\b(?:only (?:to )?me|just me|nobody else|no one else)\b[^.?!]{{0,60}}\b(?:keep (?:it|them|this) (?:quiet|secret|to (?:my ?self|ourselves))|don'?t tell|not (?:to )?tell|jealous)"
    rf"|\b(?:special|favou?rite) (?:student|pupil|girl|boy|player|one|kid)\b[^.?!]{{0,40}}\b(?:presents?|gifts?)\b[^.?!]{{0,40}}\b(?:hugs?|hugging|cuddles?|kiss\w*)\b[^.?!]{{0,30}}\b(?:alone|for ages|nobody|no one|when we'?re|when we are)\b"
    rf"|\b(?:gave|gives|bought|buys|got) me (?:a |an )?(?:tablet|phone|ipad|console|game|present|gift)\b[^.?!]{{0,40}}\b(?:teach|show) me (?:a |his |her |their )?(?:grown ?-?up|secret|special|adult) (?:game|thing|stuff)\b"
    r"|\b(?:man|men|guy|stranger|lady|woman|someone)\b[^.?!]{0,30}\b(?:drive|take|give) me (?:a lift )?(?:home|in his car|in her car|to his)\b[^.?!]{0,40}\b(?:gave|give|offered|bought) me\b[^.?!]{0,15}\b(?:sweets|candy|chocolate|a (?:chocolate|sweet|lolly|treat|toy))"
    r"|\b(?:man|men|guy|stranger|lady|woman|someone)\b[^.?!]{0,30}\b(?:gave|give|offered) me\b[^.?!]{0,20}\b(?:sweets|candy|chocolate|a treat)\b[^.?!]{0,30}\b(?:drive|take) me (?:home|in his car|to his)"
)
GIFT_SAFE = prefiltered(
    r"\b(?:birthday|christmas|nan|nana|grandma|grandad|auntie|my (?:mum|mom|dad)'?s? (?:said|says)|everyone|the whole (?:team|class))\b"
)

_ONLINE = r"(?:online|on the internet|in (?:the|my|a) game|on (?:roblox|fortnite|minecraft|discord|snap|snapchat|insta|instagram|tiktok|an app|the app|xbox)|from (?:the|my) game|player|gamer|i met on|met online)"
SPECIAL_ATTENTION = prefiltered(
    rf"\b(?:online friend|friend {_ONLINE}|{_ADULT} {_ONLINE}|{_ONLINE} friend)\b[^.?!]{{0,40}}\b(?:is|he'?s|she'?s) (?:1[89]|[2-9]\d)\b[^.?!]{{0,30}}\b(?:never met anyone like me|loves? me|i'?m (?:so )?(?:special|mature|different)|understands? me)"
    rf"|\b(?:grown ?-?up|adult|man|guy|older (?:boy|guy|man)|player|gamer)\b(?:[^.?!]{{0,40}}|[^.?!]{{0,25}}{_ONLINE}[^.?!]{{0,15}})\b(?:says?|said|tells me|told me)\b[^.?!]{{0,10}}\b(?:he|she) loves? me\b"
    rf"|\b(?:grown ?-?up|adult|man|guy|player|gamer)\b[^.?!]{{0,30}}\b(?:i'?m|im|i am) (?:his|her) (?:favou?rite|special (?:girl|boy|one)|number one)\b"
    r"|\b(?:gets?|got|goes) (?:mad|angry|upset|cross|sad)\b[^.?!]{0,20}\b(?:when|if) i (?:don'?t|dont|do not|didn'?t) (?:answer|reply|text back|message back|respond|pick up)\b[^.?!]{0,40}\b(?:only one|only person|nobody else|no one else)\b[^.?!]{0,15}\b(?:understands?|gets|cares about) (?:him|her|them|me)\b"
    r"|\b(?:a |some |this |an? )?(?:old(?:er)? |creepy |random |strange )?(?:man|guy|grown ?-?up|adult|stranger)\b[^.?!]{0,20}\b(?:keeps? |always )?(?:liking|likes|commenting on|comments on)\b[^.?!]{0,15}\b(?:my )?(?:photos|pics|pictures|posts|videos)\b[^.?!]{0,40}\b(?:beautiful|gorgeous|sexy|hot|pretty|cute|baby ?girl)\b"
    r"|\b(?:player|gamer|man|guy|someone|grown ?-?up)\b[^.?!]{0,20}\b(?:be|become|play) my (?:daddy|dad|boyfriend|husband)\b[^.?!]{0,40}\b(?:call|phone|ring|facetime|meet|video)\b"
)

PRIVATE_LINE = prefiltered(
    r"\b(?:email|e-mail|text|message|dm|add|call)\w* (?:him|her|them)\b[^.?!]{0,30}\b(?:without (?:anyone|anybody|my (?:mum|mom|dad|parents)) (?:seeing|knowing|finding out|reading)|so (?:nobody|no one) (?:sees|can see|knows|reads)|so (?:my|ur|your) (?:parents|mum|mom|dad|family) (?:don'?t|dont|can'?t|cant|won'?t|wont|never) (?:see|know|find out|read))"
    r"|\b(?:stay up|up) (?:past|after|till|until) (?:midnight|\d+|late)\b[^.?!]{0,30}\b(?:voice ?chat|call|video|facetime|discord|chat)\b[^.?!]{0,25}\b(?:only (?:him|her)|just (?:him|her)|just us|with (?:only|just) (?:him|her))"
    r"|\b(?:stay|be|keep) (?:up|on|awake)\b[^.?!]{0,30}\b(?:voice ?chat|call|video|facetime|discord)\b[^.?!]{0,30}\b(?:all night|midnight|late)\b[^.?!]{0,20}\b(?:only (?:him|her)|just (?:him|her)|just us)\b"
    r"|\b(?:stay|be|keep) (?:up|on|awake)\b[^.?!]{0,30}\b(?:voice ?chat|call|video|facetime|discord)\b[^.?!]{0,20}\b(?:only (?:him|her)|just (?:him|her)|just us)\b[^.?!]{0,20}\b(?:all night|midnight|late)\b"
    r"|\b(?:sneak|creep|slip|climb) out\b[^.?!]{0,30}\b(?:to (?:see|meet)|and (?:see|meet)) (?:him|her|them|a man|the guy)\b"
    r"|\b(?:wants?|asked|invited|told) me to (?:come|go) (?:over|round|to (?:his|her) (?:house|place|flat))\b[^.?!]{0,25}\b(?:when|while|cos|because) (?:his|her|their) (?:parents|mum|mom|dad|family) (?:are|is|'?re|will be) (?:out|away|gone|not (?:in|home|there))"
    r"|\b(?:earn|make|get|pay)\w* (?:me )?(?:money|cash|robux|v-?bucks)\b[^.?!]{0,30}\b(?:chatting|talking|streaming|posing|dancing)\b[^.?!]{0,30}\b(?:private|cam|webcam|camera|on video)\b"
    r"|\bprove (?:i'?m|im|i am|you'?re|ur|you are) (?:real|a (?:girl|boy|kid))\b[^.?!]{0,30}\b(?:video|photo|pic|picture|selfie) (?:of (?:me|you|u|yourself|myself|ur ?self) )?(?:in bed|in (?:my|your|ur) (?:bed|pyjamas|pjs|underwear)|in the (?:bath|shower))\b"
    r"|(?<!mum )(?<!mom )(?<!mummy )(?<!dad )(?<!daddy )(?<!nan )(?<!gran )(?<!grandma )(?<!grandad )\b(?:drives?|drove|takes?|took|walks?) me (?:home )?(?:alone|on my own|by myself)\b[^.?!]{0,40}\b(?:our (?:little )?(?:routine|secret|thing)|not to (?:mention|tell)|don'?t (?:mention|tell))"
    # (round 35) A coach or a teacher texting at midnight: i'm his favourite, don't show my parents.
    r"|\b(?:coach|teacher|tutor|instructor|trainer|leader|neighbou?r|uncle|man|guy|priest|babysitter|mr \w+|sir)\b[^.?!]{0,30}\b(?:text|messag|dm|snap|call|whatsapp|facetim)\w*\b[^.?!]{0,15}\b(?:at|after|past|around|till|until|in the middle of the) (?:midnight|night|\d+ ?(?:am|in the morning)?|late|bedtime|\d{1,2}(?:[:.]\d\d)? ?am|(?:9|10|11|12)(?:[:.]\d\d)? ?pm)\b[^.?!]{0,60}\b(?:(?:his|her|their) favou?rite|so special|loves? me|misses me|our secret|(?:don'?t|dont|not to|never) (?:tell|show) (?:my|ur|your|anyone|anybody)|delete (?:them|it|the messages))"
    r"|\b(?:we have|we'?ve got|we got|it'?s) (?:a|our) (?:special|secret|little) (?:thing|bond|game|friendship)\b[^.?!]{0,30}\b(?:just |only )?between (?:us|me and (?:him|her)|the two of us)\b"
)

# A cousin's or a grandparent's house is family, not a private meeting.
FAMILY_VISIT = prefiltered(
    r"\b(?:cousins?|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunt)\b"
)


def find_attention_grooming(text: str) -> list[Finding]:
    hit = (
        (GIFT_WITH_PRICE.search(text) and not GIFT_SAFE.search(text))
        or SPECIAL_ATTENTION.search(text)
        or (PRIVATE_LINE.search(text) and not FAMILY_VISIT.search(text))
    )
    return [Finding(G, "grooming_attention", CRITICAL, 0, len(text))] if hit else []
