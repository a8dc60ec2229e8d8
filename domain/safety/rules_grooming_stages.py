# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Grooming stages (secrecy, trust, isolation, photos, meeting, gifts) and who is behind them.

find_grooming (rules_grooming) decides what the stages found here add up to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from domain.enums import SafetyCategory
from domain.safety.findings import MILD, Finding, compile_all
from domain.safety.meaning_concepts_acts import SECRET_SPOILT
from domain.safety.meaning_concepts_people import (
    CARER_WORDS,
    DADS,
    GRANDADS,
    GRANS,
    GROWN_UP_ROLES,
    MUMS,
)
from domain.safety.meaning_concepts_teddy import CHORE_BY_YOURSELF_RE
from domain.safety.prefilter import Prefiltered, prefiltered
from domain.safety.rules_benign_frames import TEDDY_SECRET_LESSON
from domain.safety.rules_benign_frames_small_things import meets_in_a_game

G = SafetyCategory.GROOMING

_APPS = (
    r"(?:snapchat|snap|whatsapp|discord|telegram|kik|wickr|signal|instagram|insta|tiktok|facetime|skype|"
    r"text|texts|dms?|private (?:chat|message|messages|server|room)|direct message|my phone|his phone|her phone)"
)
_PARENTS = rf"(?:your|ur|my|the|his|her) (?:{CARER_WORDS}|family|teachers?|grown ?ups|grownups|folks)|(?:{CARER_WORDS}|anyone|anybody|nobody|no one|grown ?ups|grownups|teachers?)"
_STAGES: dict[str, Prefiltered] = {
    "secrecy": compile_all(
        [
            rf"\b(?:don'?t|dont|do not|never|not|shouldn'?t|can'?t|cannot|mustn'?t|won'?t|not supposed to|not allowed to|no need to)\s+(?:(?:to|ever|need to|have to|gotta|got to|want to|going to)\s+)?(?:tell|say anything to|show|let|talk to|mention (?:it|this|us|me) to)\b (?:{_PARENTS})\b",
            r"\b(?:our|a|little|special|big) (?:little |special |big )?secret\b(?!\s+(?:handshake|code|club|base|recipe|passage|door|ingredient|hideout|agent|mission|santa|garden|word|level|room|fort|map|treasure|language|sauce|path|tunnel|weapon|area|stash|stashes|supply|hiding ?(?:place|spot)|hidey ?holes?|den|box|tin|drawer|diary|journal|notebook|snacks?|sweets?|sweeties|chocolates?|biscuits?|treats?|candy|crisps|toys?|pocket|compartment|collection|shelf|cupboard|stuff))",
            r"\bkeep (?:it|this|that|our \w+|these|them|everything|what \w+ (?:do|did|said)) (?:a |our |as a )?(?:secret|private|between us|quiet|to (?:ourselves|yourself))\b",
            r"\bkeep (?:a|the|our|my|his|her) secrets?\b(?!\s+(?:stash|stashes|supply|hiding ?(?:place|spot)|hidey ?holes?|den|box|tin|drawer|diary|journal|notebook|snacks?|sweets?|sweeties|chocolates?|biscuits?|treats?|candy|crisps|toys?|pocket|compartment|collection|shelf|cupboard|stuff|handshake|recipe|code|base|fort|map)\b)",
            r"\b(?:just|only) between (?:us|you and me|me and you|the two of us)\b",
            r"\bdelete (?:the|our|these|those|my|his|her|all the|your) (?:messages|chats|texts|pictures|photos|pics|history|conversation)",
            r"\b(?:nobody|no one|no body) (?:needs|has|have|ever needs) to know\b",
            # "my nan doesn't know how to use her phone" is a grown-up's skill, not a secret
            rf"\b(?:{_PARENTS})\s+(?:doesn'?t|don'?t|do not|does not|won'?t|will never|never|shouldn'?t) (?:need to |have to |ever |get to )?(?:know|find out|hear|see)\b(?! how to\b)",
            r"\bsecret (?:friend|chat|account|boyfriend|girlfriend|friendship|meeting)\b",
        ]
    ),
    "trust": compile_all(
        [
            r"\b(?:you can|u can|you should) (?:always )?trust me\b",
            r"\b(?:you'?re|you are|u r|ur|(?:says|said|told me|thinks|think|tells me) (?:that )?(?:i'?m|i am|i was|im))\s+(?:so\s+|really\s+|very\s+|super\s+|more\s+)?(?:special|mature|grown up|grown-up|sexy|hot)\b",
            r"\bmature for (?:your|my|ur) age\b",
            r"\b(?:he|she|they) (?:says|said|told me|tells me) (?:that )?(?:he|she|they) (?:loves?|love|really likes?) me\b",
            r"\b(?:date|dating|be my boyfriend|be my girlfriend|be his girlfriend|be her boyfriend|go out with|marry|kiss) me\b|\b(?:his|her) (?:girlfriend|boyfriend)\b",
            r"\b(?:understands?|gets?) (?:you|me) (?:better|more|like (?:no one|nobody)|like i do)\b",
            r"\b(?:i'?m|i am|he'?s|she'?s|he is|she is) (?:your|ur|my) (?:only|real|true|special|secret|best) (?:real |true |best )?friend\b|\b(?:he|she) is my friend\b",
            r"\bonly (?:one|person|friend) who (?:really )?(?:understands|gets|cares about|loves) (?:you|me)\b",
            r"\b(?:i|he|she|they) (?:love|loves|really likes|likes) (?:you|me)\b(?=[^.?!]{0,40}\b(?:online|game|internet|met|meet|secret|mature|girlfriend|boyfriend|more than)\b)|\b(?:online|internet|game) (?:boyfriend|girlfriend)\b",
        ]
    ),
    "isolation": compile_all(
        [
            r"\btrust me more than\b",
            # (miss7677) "my family doesn't love me like he does": a grown-up's love set against the family's
            r"\b(?:doesn'?t|don'?t|does not|do not|never|won'?t|can'?t) (?:really |even )?(?:love|care about|understand|get|look after) (?:me|you|u) (?:like|as much as|the way) (?:he|she|i) (?:does|do|did)\b",
            r"\b(?:parents|mom|mum|dad|they|grown ?ups|grownups|your family|adults|teachers)\b (?:wouldn'?t|won'?t|don'?t|do not|would not|will not|never|can'?t) (?:understand|get it|need to know|let you|care about you|love you)\b",
            rf"\b(?:add|message|text|talk|talking|chat|chatting|dm|call|video ?call|facetime|move|switch|go|come|join|download|meet|get|continue)\b[^.?!]{{0,25}}\b(?:on|in|over|through|to|using) {_APPS}\b",
            r"\b(?:asked|asks|asking|wants?|wanted) (?:for )?(?:me to (?:add|get|download|give)|my) (?:him on )?(?:snapchat|snap|whatsapp|discord|insta|instagram|kik|telegram|number|phone number|address|email)\b",
            r"\b(?:video ?call|call|facetime|talk|chat|meet|be|stay)\b[^.?!]{0,25}\b(?:(?<!left )alone|in private|privately|secretly|in secret)\b(?![^.?!]{0,10}\b(?:scared|sad)\b)",
            r"\b(?:it'?s|its|somewhere|much|a lot) more private\b",
            rf"\b(?:add|message|text|dm) (?:me|him|her|them)\b[^.?!]{{0,15}}\b{_APPS}\b",
            r"\b(?:just the two of us|come alone|by yourself|without your (?:parents|mom|dad|mum)|don'?t bring anyone|where no one can see|where nobody can see)\b",
            r"\b(?:asked|asks|asking|wants to know|wanted to know)\b[^.?!]{0,10}\b(?:if|whether|when)\b[^.?!]{0,25}\b(?:my (?:parents|mom|dad|mum)|i'?m (?:home )?alone|anyone (?:is )?home|i have my own (?:phone|room)|i'?m allowed)",
            r"\b(?:other people|your friends|your family|your parents|nobody else|no one else|they)\s+(?:don'?t|doesn'?t|do not|never|won'?t) (?:really )?(?:care about|like|understand|love|get) (?:you|u)\b",
            r"\b(?:secret|private|hidden) (?:app|account|chat|phone|number)\b",
            r"\bwhen (?:your|ur|my) (?:mom|mommy|mum|dad|daddy|parents|family) (?:is|are|'s|'re) (?:asleep|sleeping|at work|out|away|not (?:home|looking|around)|gone)\b",
            r"\bprivate (?:chat|room|server)\b|\bsomewhere (?:private|more private|else to talk)\b",
        ]
    ),
    "photo": compile_all(
        [
            r"\b(?:send|show|take|share|post|give|snap|text)\b[^.?!]{0,25}\b(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos|nudes?)\b(?:[^.?!]{0,15}\b(?:of (?:you|yourself|ur ?self|me|myself)|in (?:your|my|ur) (?:pajamas|pyjamas|underwear|swimsuit|bathing suit|bed|room|bath)))?",
            r"\b(?:wants?|wanted|asked|asks|asking|keeps asking|begged|begging|told me) (?:me )?(?:for )?(?:a |my |some |more )?(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|video)\b",
            r"\b(?:turn on|switch on|open) (?:your|ur|my) (?:camera|webcam|cam)\b|\bwhat do you look like\b|\bsee (?:you|what you look like) on (?:camera|video)\b",
        ]
    ),
    "meeting": compile_all(
        [
            r"\bmeet (?:up|me|him|her|them|you|in (?:real life|person)|irl|somewhere)\b",
            r"\bmeet (?:at|in|by) (?:the|a|my|your) (?:park|mall|playground|store|library|shop|corner|school|woods|pool|beach|house|car)\b",
            r"\bcome (?:over )?to (?:my|his|her) (?:house|place|car|home|room|apartment|flat|van)\b",
            r"\b(?:pick|picks|picking) (?:you|me) up\b|\bget in (?:my|his|her) (?:car|van|truck)\b",
            r"\b(?:wants?|wanted|asked|asking|asks|would like|'?d like|love) (?:me )?(?:to )?(?:meet\b(?:\s+(?:me|you|up|us|in person)\b)?|see (?:me|you) (?:alone|in person|in real life|irl|somewhere))",
            r"\bwhere (?:can|could|should|do) we meet\b|\bin real life\b|\birl\b",
            r"\b(?:send|give|tell|text|dm) (?:him|her|them) (?:my|where i live|what school|my home) ?(?:address|number|phone number|school|location|house)?\b(?=[^.?!]{0,40}\b(?:visit|come|see me|find me|pick me up|meet|address|live)\b)|\bso (?:he|she|they) (?:can|could) (?:visit|come over|see me|find me|pick me up|meet me)\b",
            r"\brun away with (?:him|her|them|me)\b|\b(?:come|go|get in|walk|leave) with (?:him|her|them)\b|\bto see (?:his|her|the|some|their) (?:puppies|puppy|kittens|kitten|dog|cat|pets?|bunnies)\b|\b(?:help (?:him|her|them) find|find (?:his|her|their)) (?:lost )?(?:dog|puppy|cat|kitten)\b",
            r"\b(?:wants?|wanted|asked|asking) (?:me )?(?:to )?see me\b(?! (?:play|dance|sing|perform|in the|at my|score))",
            r"\b(?:asked|asks|asking|wants to know|wanted to know|keeps asking|keep asking)\b[^.?!]{0,20}\b(?:where i live|my address|what street|what school|which school|where i go to school|when i'?m (?:home )?alone|if i'?m (?:home )?alone|if my parents are)",
            # (round 56) Where and when the class, the club or the school trip goes, or a
            # "surprise" turning up there: "asked where my class is going on the trip so he
            # can surprise me there".
            r"\b(?:asked|asks|asking|wants to know|wanted to know|keeps asking|keep asking)\b[^.?!]{0,20}\b(?:where|when|what day|what time) (?:my|our|the|your|ur) (?:class|school|year|team|club|group|scouts|brownies|cubs|guides) (?:is |are |was |were )?(?:going|goes|go|heading|off)\b",
            r"\b(?:asked|asks|asking|wants to know|wanted to know|keeps asking|keep asking)\b[^.?!]{0,20}\b(?:where|when|what day|what time) (?:my|our|the|your|ur) (?:school |class |year \d |club )?(?:trip|outing|residential)\b",
            r"\bso (?:he|she|they) (?:can|could|would|will|'?d|'?ll) (?:surprise (?:me|us)|turn up|show up|be there|come along|wait for (?:me|us)|come (?:and |to )?(?:see|find|watch) (?:me|us)) (?:there|at (?:the|my|our)|on (?:the|my|our) trip)\b",
        ]
    ),
    "gifts": compile_all(
        [
            r"\b(?:give|buy|send|get|gives|gave|bought|sends|sent|promised|offers?|offered|pays?|paid)\b (?:you|me|u)\b[^.?!]{0,25}\b(?:free )?(?:robux|v-?bucks|gift ?cards?|money|cash|\$\d+|presents?|gifts?|candy|sweets|skins?|gems|coins|a phone|games?|a puppy|toys?)\b",
            r"\bfree (?:robux|v-?bucks|vbucks|skins|gems|coins|gift ?cards?)\b",
            r"\b(?:robux|v-?bucks|vbucks|gift ?cards?|money|presents?|candy)\b[^.?!]{0,25}\bif (?:you|i|u)\b",
        ]
    ),
}
BENIGN_SECRET = prefiltered(
    r"\b(?:surprise|present|presents|gift|birthday|party|christmas|santa|handshake|crush|fancies|fancy|who (?:she|he|they) likes?|like (?:a|the) (?:boy|girl)|(?:boy|girl) (?:in|from) my (?:class|year|school)\b[^.?!]{0,20}\bi (?:really )?(?:like|love|fancy)|"
    r"code ?word|safe ?word|in case (?:a|of|someone|somebody)|i (?:told|tell|asked) (?:my )?(?:mom|mum|mommy|dad|daddy|parents|teacher|grandma|grandpa|nana)|likes? [a-z]+|recipe|tooth fairy|easter|valentine|card for|mother'?s day|father'?s day|fort|clubhouse|mission|breakfast in bed|"
    r"(?:make|making|made|bake|baking|draw|drawing|plan|planning|for) (?:\w+ )?(?:for )?(?:your |my |our )?(?:mom|mum|mommy|dad|daddy|grandma|grandpa|nana|teacher|family|sister|brother))\b"
)
_CONCEAL_FROM_PARENTS = prefiltered(
    r"\b(?:don'?t|do not|never|not) (?:tell|show|let)\b[^.?!]{0,20}\b(?:anyone|anybody|grown|parents)\b|\bbetween (?:us|you and me)\b|\bjust (?:us|you and me)\b"
)
ONLINE_ACTOR = prefiltered(
    r"\b(?:online|internet|game chat|in (?:my |the )?(?:game|chat)|chat room|roblox|fortnite|minecraft|discord|tiktok|"
    r"youtube|snapchat|instagram|whatsapp|xbox|playstation|steam|among us|a man|a guy|an old man|a lady|a woman|a stranger|"
    r"stranger|strangers|(?:some|this|that|a|the) (?:guy|man|person|dude|lady|woman|grown ?up|adult|boy|girl|teenager|player)|"
    r"(?:someone|somebody|a person|a kid|a boy|a girl|people|a man|a lady|a guy) (?:i|we) (?:don'?t|do not|didn'?t) know|"
    r"(?:[2-9]\d|1[89]) ?(?:yo|y/o|year old|years old|yr old)|grown (?:man|woman)|my (?:online|internet|new|secret|game) friend|(?:online|internet|new) friend)\b"
)
# "he", "she", "someone" count as the person behind a request only when no family member
# is named ("dad said he'd get me a puppy if..." is not grooming).
PRONOUN_ACTOR = prefiltered(r"\b(?:he|she|they|someone|somebody|him|her|them)\b")
FAMILY = prefiltered(
    r"\b(?:mom|mommy|mum|mummy|mother|mama|dad|daddy|father|papa|parents?|grandma|grandpa|granny|"
    r"nana|grandad|granddad|grandmother|grandfather|aunt|auntie|aunty|uncle|brother|sister|cousin|"
    r"teacher|coach|santa|tooth fairy|easter bunny|my friend [a-z]+|best friend)\b"
    r"(?=\s+(?:said|says|told|tells|will|would|'?ll|'?d|gave|gives|bought|buys|promised|promises|is going to|"
    r"wants|wanted|asked|asks|got|gets|let|lets|and i|and me|took|takes|made|makes)\b)"
)
# (secret8485) A "he" or "she" after a family member of that sex stands for them: "i miss daddy
# since he moved out", "my brother hid mum's keys and he said it's our secret".
_KIN_OF = {
    "he": prefiltered(
        rf"\b(?:{DADS}|father|step ?dad|{GRANDADS}|granddad|grandfather|uncle|brother|bro|cousin)s?\b"
    ),
    "she": prefiltered(
        rf"\b(?:{MUMS}|mother|step ?(?:mum|mom)|{GRANS}|grandmother|aunt|auntie|aunty|sister|sis|cousin)s?\b"
    ),
}
_KIN_OF["him"], _KIN_OF["her"] = _KIN_OF["he"], _KIN_OF["she"]
# (secret8485) Someone who said, told or made the child promise that a thing is a secret kept
# from a carer: "he said it's our little secret so my mum doesn't find out", "she made me
# promise not to tell my dad", "they told me don't let your mum see", "my tutor says not to
# tell mum".
_KEPT_FROM_CARER = (
    rf"(?:(?:so|or|and|then|that|cos|because) (?:(?:my|your|ur|the) )?(?:{CARER_WORDS}|family|folks) (?:doesn'?t|doesnt|don'?t|dont|does not|do not|won'?t|wont|will not|can'?t|cant|never|wouldn'?t|wouldnt|shouldn'?t|mustn'?t) (?:ever )?(?:know|find out|hear|see|notice)"
    rf"|(?:don'?t|dont|do not|never|not to|not|mustn'?t) (?:ever )?(?:tell|let|show)(?: (?:it|this|that|anything|them))? (?:to )?(?:(?:my|your|ur|the) )?(?:{CARER_WORDS}|family|folks))\b"
)
SECRET_ASKER = prefiltered(
    rf"\b(?P<who>he|she|they|someone|somebody|(?:(?:my|the|a|our) )?(?:{GROWN_UP_ROLES}))\s+(?:[^.?!]{{0,30}}? (?:and|then|but) )?(?:said|says|told me|tells me|told us|made me (?:promise|swear)|makes me (?:promise|swear)|asked me to (?:promise|swear))\b"
    rf"(?:[^.?!]{{0,40}}?\b(?:secret|secrets|between us|just us)\b)?[^.?!]{{0,30}}?\b{_KEPT_FROM_CARER}"
)


def _not_kin(text: str, found: Iterable[re.Match[str]], group: int | str = 0) -> bool:
    """Some pronoun (or role) found has no family member of its sex named before it; the
    first such family member is searched once per sex."""
    first: dict[str, int] = {}
    for m in found:
        who = m.group(group)
        kin = _KIN_OF.get(who)
        if kin is None:
            return True
        if who not in first:
            k = kin.search(text)
            first[who] = k.start() if k else len(text)
        if first[who] >= m.start():
            return True
    return False


def pronoun_actor(text: str) -> bool:
    """A "he", "she", "they" or "someone" in the text that is not a family member named
    before it ("i miss daddy since he moved out" is daddy)."""
    return _not_kin(text, PRONOUN_ACTOR.finditer(text))


def secret_asker(text: str) -> bool:
    """Someone not of the family made the child keep a secret from a carer (even when a
    family member is named: "he said it's our secret so my mum doesn't find out")."""
    return _not_kin(text, SECRET_ASKER.finditer(text), "who")


_CONTACT_DETAILS = prefiltered(
    r"\b(?:asked|asks|asking|wants?|wanted|keeps asking)\b[^.?!]{0,15}\b(?:for )?(?:my|me for my) (?:phone ?number|number|snapchat|snap|whatsapp|insta|instagram|discord|kik|email|real name|last name|full name|password)\b"
)
_TEDDY_SECRECY = compile_all(
    [
        r"\b(?:keep|keeping) (?:this|it|our (?:chats?|talks?|messages|conversations?|games?|friendship|secret|time together)|everything|what we \w+) (?:a |our )?(?:secret|between us|private|to ourselves|quiet|just ours|hidden)\b|\bkeep a secret\b",
        r"\b(?:our|a) (?:little )?secret\b",
        r"\b(?:don'?t|do not|never) (?:tell|show|let) (?:your|ur|anyone|anybody|mom|dad|parents|grown)",
        r"\btell me (?:a|your|all your) secrets?\b|\bcan you keep a secret\b",
    ]
)
_TEDDY_PHOTO = compile_all(
    [
        # "guess what I want: a picture of you in the bath"; "show me on the camera".
        r"\b(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos) of (?:you|yourself|ur ?self)\b[^.?!]{0,20}\b(?:in (?:the |your )?(?:bath|shower|bed|pyjamas|pajamas|underwear|undies|pants|knickers|swimsuit|towel)|naked|undressed|with(?:out)? (?:your |no )?clothes)\b",
        r"\bshow me (?:on|through|with|in front of|over) (?:the |your |a )?(?:camera|webcam|cam|video|video call)\b",
        r"\btake (?:them|it|those|that|your \w+) off\b[^.?!]{0,30}\b(?:show me|send me|on (?:the )?camera|tell me what)",
    ]
)


_TEDDY_ADVICE = prefiltered(
    r"\b(?:should never|shouldn'?t|should not|must never|mustn'?t|don'?t ever|no one should|nobody should|"
    r"(?:safe|good|kind) (?:people|grown[- ]?ups|adults) (?:don'?t|never)|real friends (?:don'?t|never)|"
    r"it'?s not (?:ok|okay|safe) (?:to|for)|isn'?t (?:ok|okay|safe) (?:to|for)|"
    r"if (?:someone|anyone|a stranger|somebody|an adult|a grown[- ]?up|people) (?:[\w'-]+ ){0,5}?(?:ever )?(?:asks?|wants?|tells?|says?|tries?|offers?))\b"
    r"|\b(?:never|don'?t ever|don'?t|do not) (?:meet|go|visit|talk to|chat with) (?:[\w'-]+ ){0,6}$"
    r"|\b(?:never|don'?t|do not)\s+$|\bif (?:someone|anyone|a stranger|somebody|an adult|a grown[- ]?up|people)(?: \w+)?\s*$"
)


# (probe of teddy replies) Praise for a thing done: "you worked that puzzle out all by yourself!"
_DONE_BY_YOURSELF = prefiltered(
    r"\b(?:did|made|built|drew|wrote|read|tied|learned|learnt|solved|finished|figured|worked|fixed|tidied|dressed|managed|done|cooked|baked|painted|coloured|colored|counted|spelled|spelt)\b[^.?!]{0,30}\b(?:all )?by yourself\b"
    rf"|{CHORE_BY_YOURSELF_RE}"
)


def grooming_stages(text: str, *, teddy: bool) -> list[Finding]:
    """Every grooming stage signal, weak ones included; callers decide what they add up to."""
    found: list[Finding] = []
    for stage, pattern in _STAGES.items():
        for m in pattern.finditer(text):
            if m.group().endswith("by yourself") and _DONE_BY_YOURSELF.search(text):
                continue
            found.append(Finding(G, stage, MILD, m.start(), m.end(), stage))
    for m in _CONTACT_DETAILS.finditer(text):
        found.append(Finding(G, "isolation", MILD, m.start(), m.end(), "isolation"))
    # (fa54) "my online friend wants to meet up in the game": inside the game, not in person.
    found = [f for f in found if not (f.stage == "meeting" and meets_in_a_game(text, f.end))]
    if teddy:
        for m in _TEDDY_SECRECY.finditer(text):
            found.append(Finding(G, "secrecy", MILD, m.start(), m.end(), "secrecy"))
        for m in _TEDDY_PHOTO.finditer(text):
            found.append(Finding(G, "photo", MILD, m.start(), m.end(), "photo"))
        # A surprise the teddy helps plan for the family is not a secret kept from them.
        if (
            (BENIGN_SECRET.search(text) and not SECRET_SPOILT.search(text))
            or TEDDY_SECRET_LESSON.search(text)
        ) and not _CONCEAL_FROM_PARENTS.search(text):
            found = [f for f in found if f.stage != "secrecy"]
        # Safety advice ("grown-ups should never ask kids to keep secrets") is not grooming.
        found = [f for f in found if not _TEDDY_ADVICE.search(text[max(0, f.start - 70) : f.start])]
        # Privacy advice ("never tell anyone online your school") keeps details back, not secrets.
        found = [f for f in found if not _KEEP_DETAILS_BACK.match(text, f.end, f.end + 60)]
        # The teddy lives with the child: "I'd love to meet your frog" is meeting a pet or a
        # toy, not the child, unless a place, a time, bringing it or coming alone is named.
        found = [f for f in found if not (f.stage == "meeting" and meets_a_pet(text, f.end))]
    return found


_MEETING_ARRANGED = prefiltered(
    r"\b(?:park|playground|woods|shop|mall|library|pool|beach|corner|street|car|van|house|home|school|outside|after school|tonight|tomorrow|later|weekend|saturday|sunday|o'?clock|alone|on your own|by yourself|just (?:you|us)|only you|bring|come|take (?:him|her|it|them)|address|where|when|what time|secret|don'?t tell|real life|in person)\b"
)
_MEET_A_PET = prefiltered(
    r"\s+(?:your|ur)\s+(?!(?:\w+\s+)?(?:mum|mom|mam|mummy|mommy|mama|dad|daddy|papa|parents?|family|friends?|mates?|pals?|buddy|bestie|sister|brother|sis|bro|siblings?|cousins?|aunt|auntie|aunty|uncle|gran|granny|grandma|grandpa|grandad|granddad|nan|nana|grandparents?|teachers?|coach|class|classmates?|neighbou?rs?|babysitter|nanny|carer|step\w*|boyfriend|girlfriend|crush|school|house|home|self|yourself)\b)[a-z]+"
)
"""After "meet": the child's pet or toy ("meet your frog"), not one of its people."""


def meets_a_pet(text: str, end: int) -> bool:
    """A meeting phrase ending at `end` is the teddy meeting the child's pet or toy, with no
    place, time or coming alone arranged anywhere in the (normalised) text."""
    return _MEET_A_PET.match(text, end) is not None and not _MEETING_ARRANGED.search(text)


_KEEP_DETAILS_BACK = prefiltered(
    r"\s*(?:anyone |anybody |people |strangers |someone )?(?:online |on the internet |in (?:games|chats|apps) |you meet online |you don'?t know )?(?:your (?:school|address|home address|full name|last name|surname|phone|phone number|number|password|location|street|postcode)|where you (?:live|go to school)|(?:which|what) school"
    # (fanote) the keys to the home: "never tell anyone the code for your front door", your
    # pin, where the spare key is (not kept from the teddy alone: "except me")
    r"|(?:the |your )?(?:(?:door|key|alarm|gate|lock|safe|secret) )?(?:codes?|pin|pin number|passcodes?|passwords?|combination|key ?pad number) (?:for|to|of|on) (?:your|the) (?:front |back )?(?:door|house|home|flat|building|gate|garage|alarm|lock|bike lock|locker|phone|tablet|ipad|safe)"
    r"|your (?:(?:front |back )?door code|pin|pin number|passcode|key ?code|alarm code|gate code|bank card|card number)|where (?:the|your|you keep the) (?:spare |house |door )?keys? (?:is|are)|(?:when|if) you'?re (?:home )?alone|(?:when|if) your (?:mum|mom|dad|parents|grown-?ups) (?:is|are) out)\b(?![^.?!]{0,40}\b(?:except|but|apart from|other than|only) (?:me|teddy)\b)"
)
